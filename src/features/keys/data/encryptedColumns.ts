// The usual place data-key ciphertext lives: text columns of a table with a numeric `id`, re-encrypted in batches
// by id. With a key-id column (leads.key_id) the row says which key all its values are under, and a rotation moves
// it with them; without one, each value's own key id (in its text) says whether it needs re-encrypting.
import type { Knex } from 'knex';
import type { DataCipher } from '../../../platform/crypto';
import type { KeyedBatch, KeyedData } from '../model';

export interface EncryptedColumnsSpec {
  /** The phase's name in key_rotations (defaults to the table's). */
  phase?: string;
  table: string;
  /** The columns holding ciphertext (or null). */
  columns: string[];
  /** A column naming the key of every value in the row, set to the target with them. */
  keyIdColumn?: string;
  /** Only the rows matching this hold ciphertext (e.g. lead_history's `{ encrypted: true }`). */
  where?: Record<string, string | number | boolean>;
}

export function encryptedColumns(db: Knex, cipher: DataCipher, spec: EncryptedColumnsSpec): KeyedData {
  const { table, columns, keyIdColumn: keyCol } = spec;
  const rowsOf = (q: Knex) => {
    const b = q(table);
    if (spec.where) b.where(spec.where);
    // without a key-id column a row of nulls only has nothing to re-encrypt
    if (!keyCol)
      b.where((w) => {
        for (const c of columns) w.orWhereNotNull(c);
      });
    return b;
  };
  const stale = (r: Record<string, any>, target: number) =>
    keyCol ? r[keyCol] !== target : columns.some((c) => r[c] != null && cipher.keyIdOf(r[c]) !== target);
  return {
    phase: spec.phase ?? table,
    async batch(trx, cursor, size, target): Promise<KeyedBatch> {
      const rows: Record<string, any>[] = await rowsOf(trx)
        .select(['id', ...columns, ...(keyCol ? [keyCol] : [])])
        .where('id', '>', cursor)
        .orderBy('id')
        .limit(size)
        .forUpdate();
      let changed = 0;
      for (const r of rows.filter((x) => stale(x, target))) {
        const update: Record<string, unknown> = Object.fromEntries(
          columns.map((c) => [c, r[c] == null ? r[c] : cipher.reencrypt(r[c])]),
        );
        if (keyCol) update[keyCol] = target;
        await trx(table).where({ id: r.id }).update(update);
        changed++;
      }
      return { cursor: rows.length ? String(rows[rows.length - 1].id) : cursor, changed, count: rows.length };
    },
    async remaining(target) {
      const q = rowsOf(db);
      if (keyCol) q.whereNot(keyCol, target);
      else
        q.where((w) => {
          for (const c of columns) w.orWhere(c, 'not like', `${cipher.prefixOf(target)}%`);
        });
      const [r] = await q.count<{ count: string }[]>('* as count');
      return Number(r.count);
    },
  };
}
