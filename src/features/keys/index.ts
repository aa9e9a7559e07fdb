// The keys feature: re-encrypting under the newest DATA_KEYS key every value sealed with the data cipher. It
// rotates leads, their history and TOTP secrets itself; the other features owning such values (privacy requests,
// imports, lead exports) offer them as KeyedData, built with `encryptedColumns` where they are plain columns. Used
// by the CLI and the worker.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import type { DataCipher } from '../../platform/crypto';
import { encryptedColumns } from './data/encryptedColumns';
import { RotationStore } from './data/rotationStore';
import type { KeyedData } from './model';
import { KeyRotationService } from './service';

export type { KeyedBatch, KeyedData, Rotation } from './model';
export type { KeyRotationService } from './service';
export { encryptedColumns, type EncryptedColumnsSpec } from './data/encryptedColumns';
export { keyJobs } from './jobs';

/** What this feature rotates itself (the first phases of every rotation, in this order). */
const ownData = (db: Knex, cipher: DataCipher): KeyedData[] => [
  encryptedColumns(db, cipher, {
    table: 'leads',
    columns: ['email_enc', 'phone_enc', 'address_enc', 'notes_enc'],
    keyIdColumn: 'key_id',
  }),
  encryptedColumns(db, cipher, {
    phase: 'history',
    table: 'lead_history',
    columns: ['old_value', 'new_value'],
    keyIdColumn: 'key_id',
    where: { encrypted: true },
  }),
  encryptedColumns(db, cipher, { table: 'users', columns: ['totp_secret_enc'] }),
];

export const keyStores = (db: Knex, cipher: DataCipher) => ({
  rotations: new RotationStore(db),
  own: ownData(db, cipher),
});
export type KeyStores = ReturnType<typeof keyStores>;

/** The rotation over this feature's own values and those the other features offer (`data`, after them). */
export const createKeys = (p: Platform, stores: KeyStores, data: KeyedData[]) =>
  new KeyRotationService(p.db, stores.rotations, p.jobs, p.cipher.currentKeyId, [...stores.own, ...data]);
