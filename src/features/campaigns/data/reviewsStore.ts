// Senders whose next campaigns need review (after a campaign of theirs paused itself), and mail events already
// applied (a webhook event or an inbound report is applied once per id).
import type { Knex } from 'knex';

export interface SenderReview {
  userId: number;
  campaignId: number;
  reason: string;
  createdAt: Date;
}

export class ReviewsStore {
  constructor(private readonly db: Knex) {}

  async find(userId: number, trx?: Knex.Transaction): Promise<SenderReview | undefined> {
    const r = await (trx ?? this.db)('campaign_sender_reviews').select('*').where({ user_id: userId }).first();
    return r && { userId: r.user_id, campaignId: Number(r.campaign_id), reason: r.reason, createdAt: r.created_at };
  }

  /** Puts the user under review; false when they already were. */
  async add(userId: number, campaignId: number, reason: string, trx: Knex.Transaction): Promise<boolean> {
    const rows = await trx('campaign_sender_reviews')
      .insert({ user_id: userId, campaign_id: campaignId, reason })
      .onConflict('user_id')
      .ignore()
      .returning('user_id');
    return rows.length > 0;
  }

  /** Records a mail event's id; false when it was recorded before (the event is a repeat). */
  async firstEvent(eventId: string, kind: string, recipientId: number, trx: Knex.Transaction): Promise<boolean> {
    const rows = await trx('mail_events')
      .insert({ event_id: eventId, kind, recipient_id: recipientId })
      .onConflict('event_id')
      .ignore()
      .returning('event_id');
    return rows.length > 0;
  }
}
