// Key rotations (key_rotations): the phase and cursor of each. What they re-encrypt are the KeyedData phases.
import type { Knex } from 'knex';
import { DONE, type Phase, type Rotation } from '../model';

const toRotation = (r: Record<string, any>): Rotation => ({
  id: r.id,
  targetKeyId: r.target_key_id,
  phase: r.phase,
  cursor: String(r.cursor),
  rowsDone: Number(r.rows_done),
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

export class RotationStore {
  constructor(private readonly db: Knex) {}

  /** The unfinished rotation, read under a lock that keeps two starts from both creating one. */
  async lockOpen(trx: Knex.Transaction): Promise<Rotation | undefined> {
    await trx.raw('lock table key_rotations in exclusive mode');
    const open = await trx('key_rotations').whereNull('finished_at').first();
    return open && toRotation(open);
  }
  async create(targetKeyId: number, trx: Knex.Transaction): Promise<Rotation> {
    const [r] = await trx('key_rotations').insert({ target_key_id: targetKeyId }).returning('*');
    return toRotation(r);
  }
  async finish(id: number, trx: Knex.Transaction): Promise<void> {
    await trx('key_rotations').where({ id }).update({ finished_at: new Date() });
  }
  async unfinished(): Promise<Rotation[]> {
    return (await this.db('key_rotations').whereNull('finished_at').orderBy('id')).map(toRotation);
  }
  async latest(): Promise<Rotation | undefined> {
    const r = await this.db('key_rotations').orderBy('id', 'desc').first();
    return r && toRotation(r);
  }
  async lock(id: number, trx: Knex.Transaction): Promise<Rotation | undefined> {
    const r = await trx('key_rotations').where({ id }).forUpdate().first();
    return r && toRotation(r);
  }
  async advance(
    id: number,
    to: { phase: Phase; cursor: string; changed: number },
    trx: Knex.Transaction,
  ): Promise<void> {
    await trx('key_rotations')
      .where({ id })
      .update({
        phase: to.phase,
        cursor: to.cursor,
        rows_done: trx.raw('rows_done + ?', [to.changed]),
        finished_at: to.phase === DONE ? new Date() : null,
      });
  }
}
