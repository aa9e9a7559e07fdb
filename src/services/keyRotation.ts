// Re-encrypts every personal value under the newest key, in resumable batches: the cursor lives in
// PostgreSQL (key_rotations), each batch is one transaction, and a restarted job carries on from it.
// The portal keeps working meanwhile: readers decrypt with whichever key id a value records.
import type { Knex } from 'knex';
import type { DataCipher } from './cipher';

type Phase = 'leads' | 'history' | 'users' | 'done';
export interface Rotation {
  id: number;
  targetKeyId: number;
  phase: Phase;
  rowsDone: number;
  startedAt: Date;
  finishedAt: Date | null;
}

const NEXT: Record<Phase, Phase> = { leads: 'history', history: 'users', users: 'done', done: 'done' };
const toRotation = (r: Record<string, any>): Rotation => ({ id: r.id, targetKeyId: r.target_key_id, phase: r.phase, rowsDone: Number(r.rows_done), startedAt: r.started_at, finishedAt: r.finished_at });

export class KeyRotationService {
  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
  ) {}

  /** Starts a rotation to the newest key, or returns the one already under way (to that key). */
  async start(): Promise<Rotation> {
    return this.db.transaction(async (trx) => {
      await trx.raw('lock table key_rotations in exclusive mode');
      const open = await trx('key_rotations').whereNull('finished_at').first();
      if (open && open.target_key_id >= this.cipher.currentKeyId) return toRotation(open);
      // An unfinished rotation to an older key (its worker stopped, then a newer key was added) could never
      // finish under this keyring; rotating to the newest key covers everything it had left, so close it.
      if (open) await trx('key_rotations').where({ id: open.id }).update({ finished_at: new Date() });
      const [r] = await trx('key_rotations').insert({ target_key_id: this.cipher.currentKeyId }).returning('*');
      return toRotation(r);
    });
  }

  async unfinished(): Promise<Rotation[]> {
    return (await this.db('key_rotations').whereNull('finished_at').orderBy('id')).map(toRotation);
  }
  async latest(): Promise<Rotation | undefined> {
    const r = await this.db('key_rotations').orderBy('id', 'desc').first();
    return r && toRotation(r);
  }

  /** Re-encrypts one batch; returns false once the rotation is finished. */
  async step(rotationId: number, batchSize = 500): Promise<boolean> {
    return this.db.transaction(async (trx) => {
      const rot = await trx('key_rotations').where({ id: rotationId }).forUpdate().first();
      if (!rot || rot.finished_at) return false;
      if (rot.target_key_id !== this.cipher.currentKeyId) throw new Error(`key rotation ${rotationId} targets key ${rot.target_key_id}, but the newest configured key is ${this.cipher.currentKeyId}`);
      const phase = rot.phase as Phase;
      const { lastId, changed, count } = await this.batch(trx, phase, Number(rot.cursor), batchSize, rot.target_key_id);
      const finishedPhase = count < batchSize;
      const nextPhase = finishedPhase ? NEXT[phase] : phase;
      await trx('key_rotations')
        .where({ id: rotationId })
        .update({ phase: nextPhase, cursor: finishedPhase ? 0 : lastId, rows_done: trx.raw('rows_done + ?', [changed]), finished_at: nextPhase === 'done' ? new Date() : null });
      return nextPhase !== 'done';
    });
  }

  /** Runs a rotation to the end (the worker job); safe to run again after a crash. */
  async run(rotationId: number, batchSize = 500): Promise<void> {
    while (await this.step(rotationId, batchSize));
  }

  private async batch(trx: Knex.Transaction, phase: Phase, cursor: number, size: number, target: number) {
    const c = this.cipher;
    const re = (v: string | null) => (v == null || c.keyIdOf(v) === target ? v : c.encrypt(c.decrypt(v)));
    let rows: Record<string, any>[] = [];
    let changed = 0;
    if (phase === 'leads') {
      rows = await trx('leads').select('id', 'key_id', 'email_enc', 'phone_enc', 'address_enc', 'notes_enc').where('id', '>', cursor).orderBy('id').limit(size).forUpdate();
      for (const r of rows.filter((x) => x.key_id !== target)) {
        await trx('leads').where({ id: r.id }).update({ email_enc: re(r.email_enc), phone_enc: re(r.phone_enc), address_enc: re(r.address_enc), notes_enc: re(r.notes_enc), key_id: target });
        changed++;
      }
    } else if (phase === 'history') {
      rows = await trx('lead_history').select('id', 'key_id', 'old_value', 'new_value').where('encrypted', true).where('id', '>', cursor).orderBy('id').limit(size).forUpdate();
      for (const r of rows.filter((x) => x.key_id !== target)) {
        await trx('lead_history').where({ id: r.id }).update({ old_value: re(r.old_value), new_value: re(r.new_value), key_id: target });
        changed++;
      }
    } else if (phase === 'users') {
      rows = await trx('users').select('id', 'totp_secret_enc').whereNotNull('totp_secret_enc').where('id', '>', cursor).orderBy('id').limit(size).forUpdate();
      for (const r of rows.filter((x) => c.keyIdOf(x.totp_secret_enc) !== target)) {
        await trx('users').where({ id: r.id }).update({ totp_secret_enc: re(r.totp_secret_enc) });
        changed++;
      }
    }
    return { lastId: rows.length ? Number(rows[rows.length - 1].id) : cursor, changed, count: rows.length };
  }

  /** How many stored values still use a key other than the newest (0 means old keys can be removed). */
  async remaining(): Promise<number> {
    const target = this.cipher.currentKeyId;
    const [a] = await this.db('leads').whereNot('key_id', target).count<{ count: string }[]>('* as count');
    const [b] = await this.db('lead_history').where('encrypted', true).whereNot('key_id', target).count<{ count: string }[]>('* as count');
    const users = await this.db('users').select('totp_secret_enc').whereNotNull('totp_secret_enc');
    return Number(a.count) + Number(b.count) + users.filter((u) => this.cipher.keyIdOf(u.totp_secret_enc) !== target).length;
  }
}
