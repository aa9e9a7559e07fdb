// The operations CLI, run as a real process (tsx) against the test database and Redis.
import { expect } from 'chai';
import request from 'supertest';
import { s } from '../support/setup';
import { crm } from '../support/cli';
import { app, makeUser, signedInAgent, signIn, unique, type TestUser } from '../support/helpers';

const STRONG = 'quiet harbour lantern seventeen';

/** Runs `fn` with the append-only trigger off (the only way to alter history, and only for a superuser-ish owner). */
async function withTriggerOff(fn: () => Promise<void>): Promise<void> {
  await s.db.raw('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
  try {
    await fn();
  } finally {
    await s.db.raw('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
  }
}

describe('operations CLI', function () {
  this.timeout(60_000);

  describe('user:create', () => {
    it('creates an active user with CRM_PASSWORD, who can sign in; the password is not printed; audited as the CLI', async () => {
      const email = `${unique('cli')}@example.test`;
      const run = await crm(['user:create', '--email', email, '--name', 'Cli Person', '--role', 'staff'], {
        CRM_PASSWORD: STRONG,
      });
      expect(run.code, run.stderr).to.equal(0);
      const user = await s.users.findByEmail(email);
      expect(user).to.include({ name: 'Cli Person', role: 'staff', status: 'active' });
      expect(run.stdout).to.contain(`created user ${user!.id} (staff)`);
      expect(run.stdout + run.stderr).to.not.contain(STRONG);
      expect(run.stdout).to.not.contain('password');

      const agent = request.agent(app());
      await signIn(agent, { user: user!, email, password: STRONG });
      expect((await agent.get('/')).status).to.equal(200);

      const [entry] = await s.audit
        .find({ action: 'user.create' })
        .then((rows) => rows.filter((e) => e.targetId === String(user!.id)));
      expect(entry).to.include({ actorId: null, ip: 'cli' });
      expect(entry.details).to.deep.equal({ role: 'staff' });
    });

    it('without CRM_PASSWORD generates a strong password and prints it exactly once', async () => {
      const email = `${unique('cli-gen')}@example.test`;
      const run = await crm(['user:create', '--email', email, '--name', 'Generated Person', '--role', 'staff'], {
        CRM_PASSWORD: undefined,
      });
      expect(run.code, run.stderr).to.equal(0);
      const m = /password \(shown once\): (\S+)/.exec(run.stdout);
      expect(m, run.stdout).to.not.equal(null);
      const password = m![1];
      expect(password).to.have.length.of.at.least(20);
      expect(run.stdout.split(password).length - 1, 'printed once').to.equal(1);
      expect(run.stderr).to.not.contain(password);

      const user = (await s.users.findByEmail(email))!;
      expect(user.status).to.equal('active');
      expect(user.passwordHash)
        .to.match(/^\$argon2id\$/)
        .and.not.contain(password);
      const agent = request.agent(app());
      await signIn(agent, { user, email, password });
      expect((await agent.get('/')).status).to.equal(200);

      // another run generates a different one
      const again = await crm(
        [
          'user:create',
          '--email',
          `${unique('cli-gen')}@example.test`,
          '--name',
          'Other Person',
          '--role',
          'compliance',
        ],
        { CRM_PASSWORD: undefined },
      );
      expect(again.code).to.equal(0);
      expect(again.stdout).to.contain('password (shown once): ').and.not.contain(password);
    });

    const bad: [string, string[], RegExp][] = [
      ['a missing --role', ['--email', 'E', '--name', 'Nobody'], /--role is required/],
      ['an unknown option', ['--email', 'E', '--name', 'Nobody', '--role', 'staff', '--superuser'], /superuser/],
      ['a bad role', ['--email', 'E', '--name', 'Nobody', '--role', 'overlord'], /--role: Choose a role/],
      [
        'a bad e-mail address',
        ['--email', 'not-an-address', '--name', 'Nobody', '--role', 'staff'],
        /--email: Enter an e-mail address/,
      ],
      ['a stray argument', ['--email', 'E', '--name', 'Nobody', '--role', 'staff', 'extra'], /extra/],
    ];
    for (const [what, args, message] of bad) {
      it(`exits 2 with the usage text on ${what}, creating nobody`, async () => {
        const email = `${unique('cli-bad')}@example.test`;
        const run = await crm(['user:create', ...args.map((a) => (a === 'E' ? email : a))], { CRM_PASSWORD: STRONG });
        expect(run.code, run.stderr).to.equal(2);
        expect(run.stderr).to.match(message);
        expect(run.stderr).to.contain(
          'Usage: npm run crm -- user:create --email E --name N --role admin|staff|compliance',
        );
        expect(await s.users.findByEmail(email)).to.equal(undefined);
      });
    }

    it('exits 2 on a password too weak for the policy, naming the field, creating nobody', async () => {
      const email = `${unique('cli-weak')}@example.test`;
      const run = await crm(['user:create', '--email', email, '--name', 'Weak Person', '--role', 'staff'], {
        CRM_PASSWORD: 'short',
      });
      expect(run.code).to.equal(2);
      expect(run.stderr).to.contain('--password:');
      expect(await s.users.findByEmail(email)).to.equal(undefined);
    });

    it('exits 2 for an address already in use, leaving the existing user as it was', async () => {
      const existing = await makeUser('staff');
      const run = await crm(
        ['user:create', '--email', existing.email.toUpperCase(), '--name', 'Dup', '--role', 'admin'],
        { CRM_PASSWORD: STRONG },
      );
      expect(run.code).to.equal(2);
      expect(run.stderr).to.contain('--email: A user with this e-mail address already exists.');
      expect((await s.users.get(existing.user.id)).role).to.equal('staff');
    });
  });

  it('exits 2 on an unknown command, with the list of commands', async () => {
    const run = await crm(['user:obliterate', '--email', 'x@example.test']);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.contain('Unknown command: user:obliterate');
    expect(run.stderr)
      .to.contain('Usage: npm run crm -- <command> [options]')
      .and.contain('user:create')
      .and.contain('audit:verify');
    const none = await crm([]);
    expect(none.code, 'no command at all').to.equal(2);
    expect(none.stderr).to.contain('Usage:');
    const help = await crm(['help']);
    expect(help.code).to.equal(0);
  });

  describe('user:deactivate', () => {
    let u: TestUser;
    beforeEach(async () => {
      u = await makeUser('staff');
    });

    it('deactivates the user; their signed-in session is signed out on its next request; they cannot sign in', async () => {
      const agent = await signedInAgent(u);
      expect((await agent.get('/')).status).to.equal(200);
      const run = await crm(['user:deactivate', '--email', u.email]);
      expect(run.code, run.stderr).to.equal(0);
      expect(run.stdout).to.contain(`deactivated user ${u.user.id}`);
      expect((await s.users.get(u.user.id)).status).to.equal('deactivated');

      const next = await agent.get('/');
      expect(next.status).to.equal(302);
      expect(next.headers.location).to.equal('/login');
      expect((await agent.get('/account/security')).headers.location).to.equal('/login');
      expect(await s.sessions.list(u.user.id)).to.have.length(0);

      const again = request.agent(app());
      const page = await again.get('/login');
      const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
      const res = await again.post('/login').type('form').send({ email: u.email, password: u.password, _csrf: token });
      expect(res.status).to.equal(401);
      const [entry] = (await s.audit.find({ action: 'user.deactivate' })).filter(
        (e) => e.targetId === String(u.user.id),
      );
      expect(entry).to.include({ actorId: null, ip: 'cli' });
    });

    it('exits 1 for an unknown address and 2 without --email', async () => {
      const unknown = await crm(['user:deactivate', '--email', `${unique('nobody')}@example.test`]);
      expect(unknown.code).to.equal(1);
      expect(unknown.stderr).to.contain('no user has that e-mail address');
      const missing = await crm(['user:deactivate']);
      expect(missing.code).to.equal(2);
      expect(missing.stderr)
        .to.contain('--email is required')
        .and.contain('Usage: npm run crm -- user:deactivate --email E');
      expect((await s.users.get(u.user.id)).status).to.equal('active');
    });
  });

  describe('audit:verify', () => {
    it('says the chain is intact, names a row altered behind the app’s back (CLI and admin page), and is intact again once restored', async () => {
      // Some history of our own, so the altered row is not the last one.
      const target = await makeUser('staff');
      const admin = await signedInAgent(await makeUser('admin'));

      const intact = await crm(['audit:verify']);
      expect(intact.code, intact.stdout + intact.stderr).to.equal(0);
      expect(intact.stdout).to.match(/audit chain intact: \d+ rows verified/);

      const [row] = (await s.audit.find({ action: 'user.create' })).filter(
        (e) => e.targetId === String(target.user.id),
      );
      const last = await s.db('audit_log').max('id as id').first();
      expect(row.id).to.be.below(Number(last!.id));
      const { details: original } = await s
        .db('audit_log')
        .select(s.db.raw('details::text as details'))
        .where({ id: row.id })
        .first();

      try {
        await withTriggerOff(() =>
          s
            .db('audit_log')
            .where({ id: row.id })
            .update({ details: JSON.stringify({ role: 'admin' }) }),
        );

        const broken = await crm(['audit:verify']);
        expect(broken.code).to.equal(1);
        expect(broken.stdout).to.contain(`audit chain BROKEN at row ${row.id}: row content does not match its hash`);

        const page = await admin.get('/admin/audit?verify=1');
        expect(page.status).to.equal(200);
        expect(page.text).to.contain(`Chain broken at row ${row.id}`);
      } finally {
        await withTriggerOff(() =>
          s
            .db('audit_log')
            .where({ id: row.id })
            .update({ details: s.db.raw('?::jsonb', [original]) }),
        );
      }

      const restored = await crm(['audit:verify']);
      expect(restored.code, restored.stdout).to.equal(0);
      expect(restored.stdout).to.contain('audit chain intact');
      expect((await s.audit.verify()).ok).to.equal(true);
      const page = await admin.get('/admin/audit?verify=1');
      expect(page.text).to.contain('Chain intact:').and.not.contain('Chain broken');
    });

    it('names a row whose link to the previous row was altered', async () => {
      await makeUser('staff');
      const [latest] = await s.audit.find({ limit: 2 });
      try {
        await withTriggerOff(() =>
          s
            .db('audit_log')
            .where({ id: latest.id })
            .update({ prev_hash: 'f'.repeat(64) }),
        );
        const broken = await crm(['audit:verify']);
        expect(broken.code).to.equal(1);
        expect(broken.stdout).to.contain(`BROKEN at row ${latest.id}: previous-hash link does not match`);
      } finally {
        await withTriggerOff(() => s.db('audit_log').where({ id: latest.id }).update({ prev_hash: latest.prevHash }));
      }
      expect((await crm(['audit:verify'])).code).to.equal(0);
    });
  });
});
