// A campaign's attachments: names and types here, bytes in the platform's blobs (stored once, sent by reference).
import type { Knex } from 'knex';
import type { CampaignAttachment } from '../model';

type Row = Record<string, any>;
const toAttachment = (r: Row): CampaignAttachment => ({
  id: Number(r.id),
  campaignId: Number(r.campaign_id),
  filename: r.filename,
  contentType: r.content_type,
  blobId: Number(r.blob_id),
  size: r.size,
});

export class AttachmentsStore {
  constructor(private readonly db: Knex) {}

  async list(campaignId: number, trx?: Knex.Transaction): Promise<CampaignAttachment[]> {
    const rows = await (trx ?? this.db)('campaign_attachments').where({ campaign_id: campaignId }).orderBy('id');
    return rows.map(toAttachment);
  }

  async add(a: Omit<CampaignAttachment, 'id'>, trx: Knex.Transaction): Promise<CampaignAttachment> {
    const [r] = await trx('campaign_attachments')
      .insert({
        campaign_id: a.campaignId,
        filename: a.filename,
        content_type: a.contentType,
        blob_id: a.blobId,
        size: a.size,
      })
      .returning('*');
    return toAttachment(r);
  }

  async remove(campaignId: number, id: number, trx: Knex.Transaction): Promise<boolean> {
    return (await trx('campaign_attachments').where({ campaign_id: campaignId, id }).delete()) === 1;
  }
}
