// The exports feature's values sealed with the data cipher, offered to key rotation (the keys feature): the lookup
// and search text a lead export's filter keeps (sealed, see leadsFile.ts), re-encrypted in batches of their own.
import type { DataCipher } from '../../platform/crypto';
import type { KeyedData } from '../keys';
import type { SealedFilterStore } from './data/exportsStore';
import type { LeadExportFilter } from './model';

const SEALED = ['lookupSealed', 'qSealed'] as const;

export const exportKeyedData = (store: SealedFilterStore, cipher: DataCipher): KeyedData => ({
  phase: 'data_exports',
  async batch(trx, cursor, size, target) {
    const rows = await store.after(cursor, size, trx);
    let changed = 0;
    for (const r of rows) {
      const next: LeadExportFilter = { ...r.filter };
      for (const k of SEALED) {
        const v = r.filter[k];
        if (typeof v === 'string' && cipher.keyIdOf(v) !== target) next[k] = cipher.reencrypt(v);
      }
      if (SEALED.every((k) => next[k] === r.filter[k])) continue;
      await store.set(r.id, next, trx);
      changed++;
    }
    return { cursor: rows.length ? String(rows[rows.length - 1].id) : cursor, changed, count: rows.length };
  },
  remaining: (target) => store.countNotStartingWith(cipher.prefixOf(target)),
});
