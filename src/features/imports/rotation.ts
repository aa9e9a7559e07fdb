// The imports feature's values sealed with the data cipher, offered to key rotation (the keys feature): the
// previous values import rows keep to undo an update, re-encrypted in batches of their own.
import type { DataCipher } from '../../platform/crypto';
import type { KeyedData } from '../keys';
import type { ImportPreviousStore } from './data/previousStore';

export const importKeyedData = (store: ImportPreviousStore, cipher: DataCipher): KeyedData => ({
  phase: 'import_rows',
  async batch(trx, cursor, size, target) {
    const rows = await store.after(cursor, size, trx);
    let changed = 0;
    for (const r of rows.filter((x) => cipher.keyIdOf(x.previousEnc) !== target)) {
      await store.set(r, cipher.reencrypt(r.previousEnc), trx);
      changed++;
    }
    return { cursor: rows.length ? rows[rows.length - 1].cursor : cursor, changed, count: rows.length };
  },
  remaining: (target) => store.countNotStartingWith(cipher.prefixOf(target)),
});
