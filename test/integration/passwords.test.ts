// The password policy where users are created: refused passwords never reach the database; only a hash does.
import { expect } from 'chai';
import { ValidationError } from '../../src/platform/errors';
import { s } from '../support/setup';
import { unique } from '../support/helpers';

describe('password policy at user creation', () => {
  it('applies the policy when users are created, storing only an argon2id hash', async () => {
    const email = `${unique('policy')}@example.test`;
    const input = { email, name: 'Policy Person', role: 'staff' };
    let refused: unknown;
    try {
      await s.users.create(input, 'too short here', { userId: null });
    } catch (err) {
      refused = err;
    }
    expect(refused).to.be.instanceOf(ValidationError);
    expect((refused as ValidationError).errors.password).to.contain('at least 15 characters');
    expect(await s.users.findByEmail(email)).to.equal(undefined);

    const user = await s.users.create(input, 'plum river tank', { userId: null });
    const row = await s.db('users').where({ id: user.id }).first();
    expect(row.password_hash.startsWith('$argon2id$')).to.equal(true);
    expect(row.password_hash).to.not.contain('plum river tank');
  });
});
