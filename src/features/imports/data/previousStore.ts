// The values import rows keep to undo an update (import_rows.previous_enc, sealed with the data cipher by the
// caller), for key rotation: in batches in primary-key order, (import_id, row_no), the pair packed into the one
// bigint cursor a rotation keeps (row_no, an integer, in the low 31 bits).
import type { Knex } from 'knex';

const ROW_BITS = 31n;
const pack = (importId: string | number, rowNo: number) => ((BigInt(importId) << ROW_BITS) + BigInt(rowNo)).toString();
const unpack = (cursor: string) => {
  const c = BigInt(cursor);
  return { importId: (c >> ROW_BITS).toString(), rowNo: Number(c & ((1n << ROW_BITS) - 1n)) };
};

export interface KeptValue {
  importId: string;
  rowNo: number;
  previousEnc: string;
  /** This row's position as a rotation's cursor. */
  cursor: string;
}

export class ImportPreviousStore {
  constructor(private readonly db: Knex) {}

  /** The next `size` rows keeping previous values after `cursor` ('0': from the first), locked. */
  async after(cursor: string, size: number, trx: Knex.Transaction): Promise<KeptValue[]> {
    const { importId, rowNo } = unpack(cursor);
    const rows: Record<string, any>[] = await trx('import_rows')
      .select('import_id', 'row_no', 'previous_enc')
      .whereNotNull('previous_enc')
      .whereRaw('(import_id, row_no) > (?, ?)', [importId, rowNo])
      .orderBy(['import_id', 'row_no'])
      .limit(size)
      .forUpdate();
    return rows.map((r) => ({
      importId: String(r.import_id),
      rowNo: r.row_no,
      previousEnc: r.previous_enc,
      cursor: pack(r.import_id, r.row_no),
    }));
  }

  async set(v: Pick<KeptValue, 'importId' | 'rowNo'>, previousEnc: string, trx: Knex.Transaction): Promise<void> {
    await trx('import_rows').where({ import_id: v.importId, row_no: v.rowNo }).update({ previous_enc: previousEnc });
  }

  /** How many rows keep previous values that do not begin with `prefix` (under another key). */
  async countNotStartingWith(prefix: string): Promise<number> {
    const [r] = await this.db('import_rows')
      .whereNotNull('previous_enc')
      .where('previous_enc', 'not like', `${prefix}%`)
      .count<{ count: string }[]>('* as count');
    return Number(r.count);
  }
}
