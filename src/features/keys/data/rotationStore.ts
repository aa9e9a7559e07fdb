// Key rotations (key_rotations: the cursor of each) and the batches of encrypted values they re-encrypt:
// personal fields of leads, encrypted lead history values, and users' TOTP secrets.
import type { Knex } from 'knex';
import type { DataCipher } from '../../../platform/crypto';
import type { Phase, Rotation } from '../model';

const toRotation = (r: Record<string, any>): Rotation => ({
  id: r.id,
  targetKeyId: r.target_key_id,
  phase: r.phase,
  cursor: Number(r.cursor),
  rowsDone: Number(r.rows_done),
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

export class RotationStore {
  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
  ) {}

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
    to: { phase: Phase; cursor: number; changed: number },
    trx: Knex.Transaction,
  ): Promise<void> {
    await trx('key_rotations')
      .where({ id })
      .update({
        phase: to.phase,
        cursor: to.cursor,
        rows_done: trx.raw('rows_done + ?', [to.changed]),
        finished_at: to.phase === 'done' ? new Date() : null,
      });
  }

  /** Re-encrypts the next `size` rows of the phase after `cursor` under key `target`, locked. */
  async batch(trx: Knex.Transaction, phase: Phase, cursor: number, size: number, target: number) {
    const c = this.cipher;
    const re = (v: string | null) => (v == null || c.keyIdOf(v) === target ? v : c.encrypt(c.decrypt(v)));
    let rows: Record<string, any>[] = [];
    let changed = 0;
    if (phase === 'leads') {
      rows = await trx('leads')
        .select('id', 'key_id', 'email_enc', 'phone_enc', 'address_enc', 'notes_enc')
        .where('id', '>', cursor)
        .orderBy('id')
        .limit(size)
        .forUpdate();
      for (const r of rows.filter((x) => x.key_id !== target)) {
        await trx('leads')
          .where({ id: r.id })
          .update({
            email_enc: re(r.email_enc),
            phone_enc: re(r.phone_enc),
            address_enc: re(r.address_enc),
            notes_enc: re(r.notes_enc),
            key_id: target,
          });
        changed++;
      }
    } else if (phase === 'history') {
      rows = await trx('lead_history')
        .select('id', 'key_id', 'old_value', 'new_value')
        .where('encrypted', true)
        .where('id', '>', cursor)
        .orderBy('id')
        .limit(size)
        .forUpdate();
      for (const r of rows.filter((x) => x.key_id !== target)) {
        await trx('lead_history')
          .where({ id: r.id })
          .update({ old_value: re(r.old_value), new_value: re(r.new_value), key_id: target });
        changed++;
      }
    } else if (phase === 'users') {
      rows = await trx('users')
        .select('id', 'totp_secret_enc')
        .whereNotNull('totp_secret_enc')
        .where('id', '>', cursor)
        .orderBy('id')
        .limit(size)
        .forUpdate();
      for (const r of rows.filter((x) => c.keyIdOf(x.totp_secret_enc) !== target)) {
        await trx('users')
          .where({ id: r.id })
          .update({ totp_secret_enc: re(r.totp_secret_enc) });
        changed++;
      }
    }
    return { lastId: rows.length ? Number(rows[rows.length - 1].id) : cursor, changed, count: rows.length };
  }

  /** How many stored values use a key other than `target`. */
  async remaining(target: number): Promise<number> {
    const [a] = await this.db('leads').whereNot('key_id', target).count<{ count: string }[]>('* as count');
    const [b] = await this.db('lead_history')
      .where('encrypted', true)
      .whereNot('key_id', target)
      .count<{ count: string }[]>('* as count');
    const users = await this.db('users').select('totp_secret_enc').whereNotNull('totp_secret_enc');
    return (
      Number(a.count) + Number(b.count) + users.filter((u) => this.cipher.keyIdOf(u.totp_secret_enc) !== target).length
    );
  }
}
