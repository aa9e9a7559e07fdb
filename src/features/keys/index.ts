// The keys feature: re-encrypting personal data under the newest DATA_KEYS key. Used by the CLI and the worker.
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import type { DataCipher } from '../../platform/crypto';
import { RotationStore } from './data/rotationStore';
import { KeyRotationService } from './service';

export type { Rotation } from './model';
export type { KeyRotationService } from './service';
export { keyJobs } from './jobs';

export const keyStores = (db: Knex, cipher: DataCipher) => ({ rotations: new RotationStore(db, cipher) });
export type KeyStores = ReturnType<typeof keyStores>;
export const createKeys = (p: Platform, stores: KeyStores) =>
  new KeyRotationService(p.db, stores.rotations, p.jobs, p.cipher.currentKeyId);
