// A draft's attachments: added and removed while it is a draft (at most ATTACHMENT_LIMITS), stored as blobs, sent
// with every message, and scanned for malware before the campaign sends.
import type { Knex } from 'knex';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { BlobStore } from '../../platform/blobs';
import { ValidationError } from '../../platform/errors';
import type { User } from '../accounts';
import { writeScope } from './access';
import type { AttachmentsStore } from './data/attachmentsStore';
import type { CampaignsStore } from './data/campaignsStore';
import { ATTACHMENT_LIMITS, type CampaignAttachment } from './model';

export interface UploadedFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

// eslint-disable-next-line no-control-regex -- control characters are what is refused
const BAD_NAME = /[\u0000-\u001f\u007f/\\]/;

export class CampaignAttachments {
  constructor(
    private readonly db: Knex,
    private readonly campaigns: CampaignsStore,
    private readonly store: AttachmentsStore,
    private readonly blobs: BlobStore,
    private readonly audit: AuditService,
  ) {}

  list(campaignId: number): Promise<CampaignAttachment[]> {
    return this.store.list(campaignId);
  }

  async add(user: User, campaignId: number, file: UploadedFile | undefined, actor: Actor): Promise<void> {
    if (!file || !file.content.length) throw new ValidationError({ file: 'Choose a file to attach.' });
    const name = file.filename.trim();
    if (!name || name.length > ATTACHMENT_LIMITS.filename || BAD_NAME.test(name))
      throw new ValidationError({
        file: `Rename the file: at most ${ATTACHMENT_LIMITS.filename} characters, no slashes.`,
      });
    if (file.content.length > ATTACHMENT_LIMITS.bytes)
      throw new ValidationError({ file: 'Attach files of at most 5 MB: link to larger ones instead.' });
    await this.db.transaction(async (trx) => {
      const c = await this.campaigns.find(campaignId, writeScope(user), trx, true);
      if (!c || c.state !== 'draft') throw new ValidationError({ file: 'Files can only be attached to a draft.' });
      if ((await this.store.list(campaignId, trx)).length >= ATTACHMENT_LIMITS.files)
        throw new ValidationError({ file: `A campaign takes at most ${ATTACHMENT_LIMITS.files} files.` });
      const blobId = await this.blobs.put(file.content, trx);
      const contentType = /^[\w.+-]+\/[\w.+-]+$/.test(file.contentType) ? file.contentType : 'application/octet-stream';
      const a = await this.store.add(
        { campaignId, filename: name, contentType, blobId, size: file.content.length },
        trx,
      );
      await this.campaigns.updateDraft(campaignId, c, trx); // an edit: a release no longer holds
      await this.audit.record(
        actor,
        {
          action: 'campaign.attach',
          targetType: 'campaign',
          targetId: campaignId,
          details: { attachmentId: a.id, size: a.size },
        },
        trx,
      );
    });
  }

  async remove(user: User, campaignId: number, attachmentId: number, actor: Actor): Promise<void> {
    await this.db.transaction(async (trx) => {
      const c = await this.campaigns.find(campaignId, writeScope(user), trx, true);
      if (!c || c.state !== 'draft') throw new ValidationError({ file: 'Files can only be removed from a draft.' });
      if (!(await this.store.remove(campaignId, attachmentId, trx))) return;
      await this.audit.record(
        actor,
        { action: 'campaign.detach', targetType: 'campaign', targetId: campaignId, details: { attachmentId } },
        trx,
      );
    });
  }
}
