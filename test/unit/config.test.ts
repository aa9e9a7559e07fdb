import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/platform/config';

const KEY = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const SECRETS = {
  SESSION_SECRET: 's'.repeat(40),
  DATA_KEYS: `1:${KEY(1)},2:${KEY(2)}`,
  BLIND_INDEX_KEY: 'b'.repeat(40),
  UNSUBSCRIBE_KEY: 'u'.repeat(40),
  MAIL_WEBHOOK_SECRET: 'w'.repeat(40),
};

/** The ConfigError loadConfig throws for `env` (fails the test when it does not throw one). */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).to.be.instanceOf(ConfigError);
    return err as ConfigError;
  }
  expect.fail('loadConfig accepted the configuration');
}

describe('configuration (loadConfig)', () => {
  let varDir: string;
  let base: NodeJS.ProcessEnv;

  beforeEach(() => {
    varDir = fs.mkdtempSync(path.join(os.tmpdir(), 'valley-config-'));
    // Deliberately not process.env: the result must depend only on what is passed in.
    base = {
      DATABASE_URL: 'postgres://valley:valley@db.invalid:5432/valley',
      REDIS_URL: 'redis://redis.invalid:6379/0',
      VAR_DIR: varDir,
    };
  });
  afterEach(() => {
    fs.rmSync(varDir, { recursive: true, force: true });
  });

  it('accepts a minimal development configuration with documented defaults', () => {
    const c = loadConfig(base);
    expect(c.NODE_ENV).to.equal('development');
    expect(c.production).to.equal(false);
    expect(c.PORT).to.equal(3000);
    expect(c.BODY_LIMIT).to.equal('100kb');
    expect(c.cookieSecure).to.equal(false);
    expect(c.varDir).to.equal(path.resolve(varDir));
    expect(c.SMTP_URL).to.equal(undefined);
  });

  it('refuses a missing DATABASE_URL, naming it', () => {
    const { DATABASE_URL: _omit, ...rest } = base;
    expect(configError(rest).message).to.contain('DATABASE_URL');
    // an empty value counts as missing
    expect(configError({ ...base, DATABASE_URL: '' }).message).to.contain('DATABASE_URL');
  });

  it('refuses a DATABASE_URL or REDIS_URL of the wrong kind, naming it', () => {
    expect(configError({ ...base, DATABASE_URL: 'mysql://h/db' }).message).to.contain('DATABASE_URL');
    expect(configError({ ...base, REDIS_URL: 'http://h:6379' }).message).to.contain('REDIS_URL');
  });

  it('refuses a bad PORT, naming it', () => {
    for (const PORT of ['abc', '70000', '-1', '80.5']) {
      const err = configError({ ...base, PORT });
      expect(err.message, PORT).to.contain('PORT');
      expect(err.message, PORT).to.not.contain('DATABASE_URL');
    }
    expect(loadConfig({ ...base, PORT: '8080' }).PORT).to.equal(8080);
  });

  it('refuses other malformed values, naming each', () => {
    const cases: [string, string][] = [
      ['SMTP_URL', 'http://mail.example.com'],
      ['BODY_LIMIT', 'lots'],
      ['LOG_LEVEL', 'chatty'],
      ['NODE_ENV', 'staging'],
      ['SESSION_SECRET', 'too short'],
      ['DATA_KEYS', 'not-a-keyring'],
      ['DATA_KEYS', `1:${Buffer.alloc(16).toString('base64')}`],
      ['COOKIE_SECURE', 'yes please'],
      ['BACKUP_KEY', `1:${Buffer.alloc(16).toString('base64')}`],
      ['BACKUP_KEY', `0:${Buffer.alloc(32).toString('base64')}`],
      ['BACKUP_KEY', `99999999999:${Buffer.alloc(32).toString('base64')}`],
      ['BACKUP_KEEP', 'daily=0,weekly=4'],
      ['BACKUP_KEEP', 'hourly=3'],
      ['BACKUP_SCHEDULE', 'every night'],
    ];
    for (const [name, value] of cases)
      expect(configError({ ...base, [name]: value }).message, `${name}=${value}`).to.contain(name);
  });

  it('requires every secret in production, naming the missing one, and generates nothing', () => {
    const prod = { ...base, NODE_ENV: 'production' };
    for (const name of Object.keys(SECRETS) as (keyof typeof SECRETS)[]) {
      const env: NodeJS.ProcessEnv = { ...prod, ...SECRETS };
      delete env[name];
      expect(configError(env).message, name).to.contain(name);
      expect(configError({ ...env, [name]: '' }).message, `${name} empty`).to.contain(name);
    }
    expect(fs.existsSync(path.join(varDir, 'secrets.json')), 'no generated secrets in production').to.equal(false);

    const c = loadConfig({ ...prod, ...SECRETS });
    expect(c.production).to.equal(true);
    expect(c.sessionSecret).to.equal(SECRETS.SESSION_SECRET);
    expect(c.cookieSecure, 'secure cookies by default in production').to.equal(true);
    expect(c.dataKeys.map((k) => k.id)).to.deep.equal([1, 2]);
    expect(c.dataKeys[1].key.equals(Buffer.alloc(32, 2))).to.equal(true);
    expect(fs.existsSync(path.join(varDir, 'secrets.json'))).to.equal(false);
  });

  it('generates development secrets into VAR_DIR/secrets.json once, then reuses them', async () => {
    const nested = path.join(varDir, 'not', 'yet', 'there');
    const file = path.join(nested, 'secrets.json');
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const first = loadConfig({ ...base, VAR_DIR: nested });
      expect(fs.existsSync(file)).to.equal(true);
      expect(fs.statSync(file).mode & 0o777, 'readable by the owner only').to.equal(0o600);
      const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(stored).to.have.all.keys(
        'SESSION_SECRET',
        'DATA_KEYS',
        'BLIND_INDEX_KEY',
        'UNSUBSCRIBE_KEY',
        'MAIL_WEBHOOK_SECRET',
      );
      expect(first.sessionSecret).to.equal(stored.SESSION_SECRET).and.have.length.of.at.least(32);
      expect(first.dataKeys).to.have.length(1);
      expect(first.dataKeys[0].key).to.have.length(32);
      expect(first.blindIndexKey.length).to.be.at.least(32);

      const written = fs.readFileSync(file, 'utf8');
      const second = loadConfig({ ...base, VAR_DIR: nested });
      expect(fs.readFileSync(file, 'utf8'), 'file not rewritten').to.equal(written);
      expect(second.sessionSecret).to.equal(first.sessionSecret);
      expect(second.dataKeys[0].key.equals(first.dataKeys[0].key)).to.equal(true);
      expect(second.blindIndexKey.equals(first.blindIndexKey)).to.equal(true);

      // a different VAR_DIR gets its own, different secrets
      const other = loadConfig(base);
      expect(other.sessionSecret).to.not.equal(first.sessionSecret);

      await new Promise<void>((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
      expect(
        warnings.filter((w) => w.includes(file)),
        'one warning for the one generation',
      ).to.have.length(1);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('adds the secrets a newer version needs to an older secrets.json, keeping the ones already there', () => {
    const older = path.join(varDir, 'older');
    fs.mkdirSync(older, { recursive: true });
    const file = path.join(older, 'secrets.json');
    const kept = {
      SESSION_SECRET: 's'.repeat(43),
      DATA_KEYS: `1:${Buffer.alloc(32, 7).toString('base64')}`,
      BLIND_INDEX_KEY: 'b'.repeat(43),
    };
    fs.writeFileSync(file, JSON.stringify(kept), { mode: 0o600 });
    const c = loadConfig({ ...base, VAR_DIR: older });
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(stored).to.include(kept);
    expect(stored.UNSUBSCRIBE_KEY).to.be.a('string').with.length.of.at.least(32);
    expect(stored.MAIL_WEBHOOK_SECRET).to.be.a('string').with.length.of.at.least(32);
    expect(c.sessionSecret).to.equal(kept.SESSION_SECRET);
    expect(c.mailWebhookSecret).to.equal(stored.MAIL_WEBHOOK_SECRET);
  });

  it('reaches the servers `npm start` recorded in VAR_DIR/services.json when the environment names none', () => {
    const { DATABASE_URL: _d, REDIS_URL: _r, ...noUrls } = base;
    const recorded = {
      DATABASE_URL: 'postgres://valley:valley@127.0.0.1:5432/valley_dev',
      REDIS_URL: 'redis://127.0.0.1:6379',
    };
    expect(configError(noUrls).message, 'nothing recorded yet: says what to do').to.match(
      /DATABASE_URL is not set: run `npm start` once/,
    );
    fs.writeFileSync(path.join(varDir, 'services.json'), JSON.stringify(recorded));
    const c = loadConfig(noUrls);
    expect([c.DATABASE_URL, c.REDIS_URL]).to.deep.equal([recorded.DATABASE_URL, recorded.REDIS_URL]);
    const exported = loadConfig({ ...noUrls, DATABASE_URL: 'postgres://elsewhere/db' });
    expect([exported.DATABASE_URL, exported.REDIS_URL], 'the environment wins').to.deep.equal([
      'postgres://elsewhere/db',
      recorded.REDIS_URL,
    ]);
    expect(configError({ ...noUrls, NODE_ENV: 'production' }).message, 'never in production').to.contain(
      'DATABASE_URL is not set',
    );
    fs.writeFileSync(path.join(varDir, 'services.json'), '{ damaged');
    expect(configError(noUrls).message, 'a damaged file is as good as none').to.contain('DATABASE_URL is not set');
  });

  it('lets explicitly set secrets win over generated ones in development', () => {
    const generated = loadConfig(base);
    const c = loadConfig({ ...base, ...SECRETS });
    expect(c.sessionSecret).to.equal(SECRETS.SESSION_SECRET).and.not.equal(generated.sessionSecret);
    expect(c.dataKeys.map((k) => k.id)).to.deep.equal([1, 2]);
    expect(c.blindIndexKey.toString()).to.equal(SECRETS.BLIND_INDEX_KEY);
  });
});
