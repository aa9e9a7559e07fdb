// Devices a user has signed in from, kept only as SHA-256 hashes of a random device cookie.
import type { Knex } from 'knex';

export class DevicesStore {
  /** Remembers the device; `isNew` when it was not known, `firstEver` when the user had no device before. */
  async remember(
    userId: number,
    deviceHash: string,
    trx: Knex.Transaction,
  ): Promise<{ isNew: boolean; firstEver: boolean }> {
    const known = await trx('user_devices').where({ user_id: userId }).count<{ count: string }[]>('* as count');
    const inserted = await trx('user_devices')
      .insert({ user_id: userId, device_hash: deviceHash })
      .onConflict(['user_id', 'device_hash'])
      .ignore()
      .returning('user_id');
    return { isNew: inserted.length > 0, firstEver: Number(known[0].count) === 0 };
  }
}
