// DataCipher.decryptShown: what decrypt() gives, remembered by ciphertext; a tampered value still fails.
import { expect } from 'chai';
import crypto from 'node:crypto';
import { DataCipher } from '../../src/platform/crypto';

describe('crypto: values decrypted for pages', () => {
  const cipher = new DataCipher([{ id: 1, key: crypto.randomBytes(32) }], crypto.randomBytes(32));

  it('gives what decrypt() gives, the second time from memory, and null for null', () => {
    const values = ['ana@example.com', 'bo@example.com', 'ana@example.com'].map((v) => cipher.encrypt(v));
    for (const round of [1, 2])
      expect(
        values.map((v) => cipher.decryptShown(v)),
        `round ${round}`,
      ).to.deep.equal(values.map((v) => cipher.decrypt(v)));
    expect(cipher.decryptShown(null)).to.equal(null);
  });

  it('refuses a value whose tag or ciphertext was changed, even after its original was shown', () => {
    const value = cipher.encrypt('carla@example.com');
    cipher.decryptShown(value);
    const parts = value.split('.');
    parts[4] = Buffer.from('mallory@example.com').toString('base64url');
    expect(() => cipher.decryptShown(parts.join('.'))).to.throw();
  });
});
