import type { Knex } from 'knex';
import type { LeadStatus } from '../model';

export class StatusesStore {
  constructor(private readonly db: Knex) {}

  async list(): Promise<LeadStatus[]> {
    return this.db('lead_statuses').select('id', 'key', 'label', 'position').orderBy('position');
  }
  async insert(key: string, label: string, trx: Knex.Transaction): Promise<number> {
    const [{ max }] = await trx('lead_statuses').max('position as max');
    const [r] = await trx('lead_statuses')
      .insert({ key, label, position: (max ?? 0) + 1 })
      .returning('id');
    return r.id;
  }
  async rename(id: number, label: string, trx: Knex.Transaction): Promise<number> {
    return trx('lead_statuses').where({ id }).update({ label });
  }
}
