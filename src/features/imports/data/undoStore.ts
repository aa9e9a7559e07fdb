// What undoing an import needs of a lead beyond the leads feature's store: whether it was erased since, and
// removing a lead the import created with its own history, consents and duplicate pairs. The removal runs in a
// savepoint: when anything else refers to the lead now (a campaign recipient, a contact, a lead merged into it),
// the foreign key refuses it and the lead is kept.
import type { Knex } from 'knex';

export class ImportUndoStore {
  async erased(leadId: number, trx: Knex.Transaction): Promise<boolean> {
    const r = await trx('leads').select('erased_at', 'merged_into_id').where({ id: leadId }).first();
    return !r || r.erased_at !== null || r.merged_into_id !== null;
  }

  /** Removes the lead; false (nothing removed) when something else refers to it or it was merged or erased. */
  async removeCreated(leadId: number, trx: Knex.Transaction): Promise<boolean> {
    if (await this.erased(leadId, trx)) return false;
    try {
      await trx.transaction(async (sp) => {
        await sp('lead_history').where({ lead_id: leadId }).delete();
        await sp('lead_consents').where({ lead_id: leadId }).delete();
        await sp('lead_duplicates').where({ lead_id: leadId }).orWhere({ other_id: leadId }).delete();
        await sp('leads').where({ id: leadId }).delete();
      });
      return true;
    } catch (err) {
      if ((err as { code?: string }).code === '23503') return false;
      throw err;
    }
  }
}
