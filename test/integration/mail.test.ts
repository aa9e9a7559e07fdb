// The outbox: e-mail written in the caller's transaction, delivered once by a job, over real SMTP or the local mailbox.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { expect } from 'chai';
import request from 'supertest';
import { loadConfig } from '../../src/platform/config';
import { createApp } from '../../src/app';

import type { NewMessage } from '../../src/platform/outbox/store';
import { PermanentDeliveryError } from '../../src/platform/outbox/mail';
import { startWorkers } from '../../workers/index';
import { config, s, smtp, testServices, type TestServices } from '../support/setup';
import { deliverOutbox, makeUser, signIn, unique, waitFor, type TestUser } from '../support/helpers';

const message = (to: string, extra: Partial<NewMessage> = {}): NewMessage => ({
  kind: 'test',
  to,
  subject: `Test ${unique('subject')}`,
  text: 'Hello from the outbox.\n',
  ...extra,
});
const address = (label: string) => `${unique(label)}@example.test`;
const outboxRow = (id: number) => s.db('outbox').where({ id }).first();

describe('outbox mail', () => {
  describe('written in a transaction', () => {
    it('leaves no row, no job and no mail when the transaction rolls back', async () => {
      const to = address('rolled-back');
      let id: number | undefined;
      const failed = await s.db
        .transaction(async (trx) => {
          id = await s.mail.queue(message(to), trx);
          expect(await trx('outbox').where({ id }).first(), 'visible inside the transaction').to.not.equal(undefined);
          throw new Error('the change failed');
        })
        .then(
          () => false,
          () => true,
        );
      expect(failed).to.equal(true);
      expect(id).to.be.a('number');
      expect(await outboxRow(id!)).to.equal(undefined);
      expect(await s.db('outbox').where({ to_address: to }).first()).to.equal(undefined);
      expect(await s.jobs.mail.getJob(`mail-${id}`)).to.equal(undefined);
      await deliverOutbox();
      expect(smtp.to(to)).to.have.length(0);
    });

    it('enqueues a delivery job only once the transaction commits', async () => {
      const to = address('committed');
      const id = await s.db.transaction(async (trx) => {
        const queued = await s.mail.queue(message(to), trx);
        expect(await s.jobs.mail.getJob(`mail-${queued}`), 'no job before commit').to.equal(undefined);
        return queued!;
      });
      const job = await waitFor(() => s.jobs.mail.getJob(`mail-${id}`));
      expect(job.data).to.deep.equal({ outboxId: id }); // an id only: no address, no content
      expect((await outboxRow(id)).sent_at).to.equal(null);
    });

    it('queues a message with a dedupe key at most once', async () => {
      const to = address('dedupe');
      const key = unique('dedupe-key');
      const first = await s.mail.queue(message(to, { dedupeKey: key }));
      const second = await s.mail.queue(message(to, { dedupeKey: key }));
      expect(first).to.be.a('number');
      expect(second).to.equal(undefined);
      expect(await s.db('outbox').where({ to_address: to })).to.have.length(1);
    });
  });

  describe('delivery over SMTP', () => {
    it('sends exactly one message when delivered twice, with a Message-ID fixed by the outbox row', async () => {
      const to = address('twice');
      const m = message(to);
      const id = (await s.mail.queue(m))!;
      expect(await s.mail.deliver(id)).to.equal(true);
      expect(await s.mail.deliver(id)).to.equal(false);
      const received = smtp.to(to);
      expect(received).to.have.length(1);
      expect(received[0]).to.deep.include({ subject: m.subject, messageId: `<outbox-${id}@valley-crm>` });
      expect(received[0].text.trim()).to.equal(m.text.trim());
      const row = await outboxRow(id);
      expect(row).to.include({
        transport: 'smtp',
        message_id: `<outbox-${id}@valley-crm>`,
        attempts: 1,
        last_error: null,
      });
      expect(row.sent_at).to.be.instanceOf(Date);
    });

    it('sends exactly one message when two deliveries race', async () => {
      const to = address('race');
      const id = (await s.mail.queue(message(to)))!;
      const results = await Promise.all([s.mail.deliver(id), s.mail.deliver(id), s.mail.deliver(id)]);
      expect(results.filter(Boolean)).to.have.length(1);
      expect(await s.mail.deliver(id)).to.equal(false);
      expect(smtp.to(to)).to.have.length(1);
    });

    it('gives up a message the server refuses for good (550): kept unsent, never tried again', async () => {
      const to = address('refused');
      smtp.refusing.add(to);
      try {
        const id = (await s.mail.queue(message(to), undefined, { enqueue: false }))!;
        expect(await s.mail.deliver(id).catch((e: unknown) => e)).to.be.instanceOf(PermanentDeliveryError);
        const row = await outboxRow(id);
        expect([row.sent_at, row.given_up_at instanceof Date, row.last_error]).to.deep.equal([
          null,
          true,
          'refused: 550',
        ]);
        expect(await s.mail.deliver(id), 'a second delivery does nothing').to.equal(false);
        await s.mail.sweep(0);
        expect(await s.jobs.mail.getJob(`mail-${id}`), 'the sweep leaves it').to.equal(undefined);
        expect(smtp.to(to)).to.have.length(0);
      } finally {
        smtp.refusing.clear();
      }
    });

    describe('when the SMTP server does not answer', () => {
      let down: TestServices;
      before(() => {
        down = testServices(
          loadConfig({
            ...process.env,
            NODE_ENV: 'test',
            LOG_LEVEL: 'silent',
            VAR_DIR: 'var/test',
            SMTP_URL: 'smtp://127.0.0.1:1',
          }),
        );
      });
      after(() => down.close());

      it('records the failure, keeps the row unsent, and a later delivery sends it once', async () => {
        const to = address('smtp-down');
        const id = (await s.mail.queue(message(to)))!;
        const err = await down.mail.deliver(id).then(
          () => undefined,
          (e: Error) => e,
        );
        expect(err, 'delivery failed').to.be.instanceOf(Error);
        const failed = await outboxRow(id);
        expect(failed.sent_at).to.equal(null);
        expect(failed.attempts).to.equal(1);
        expect(failed.last_error).to.be.a('string').and.not.equal('');
        expect(smtp.to(to)).to.have.length(0);

        expect(await s.mail.deliver(id)).to.equal(true);
        expect(smtp.to(to)).to.have.length(1);
        expect(await outboxRow(id)).to.include({ attempts: 2, last_error: null });
      });
    });
  });

  describe('after Redis lost its jobs', () => {
    let running: Awaited<ReturnType<typeof startWorkers>> | undefined;
    afterEach(async () => {
      await running?.close();
      running = undefined;
    });

    it('the sweep re-enqueues the unsent row and a worker delivers it', async function () {
      this.timeout(30_000);
      const to = address('flushed');
      const id = (await s.mail.queue(message(to)))!;
      expect(await s.jobs.mail.getJob(`mail-${id}`)).to.not.equal(undefined);

      await s.redis.flushdb(); // only this suite's Redis database
      expect(await s.jobs.mail.getJob(`mail-${id}`), 'the job is gone').to.equal(undefined);
      expect((await outboxRow(id)).sent_at, 'the row is still there, unsent').to.equal(null);

      // A sweep that only takes rows older than a minute leaves this fresh one alone…
      await s.mail.sweep(60_000);
      expect(await s.jobs.mail.getJob(`mail-${id}`)).to.equal(undefined);
      // …one without an age limit re-enqueues it.
      expect(await s.mail.sweep(0)).to.be.at.least(1);
      expect(await s.jobs.mail.getJob(`mail-${id}`)).to.not.equal(undefined);

      running = await startWorkers(s);
      await waitFor(async () => (await outboxRow(id)).sent_at);
      expect(smtp.to(to)).to.have.length(1);
      expect(smtp.to(to)[0].messageId).to.equal(`<outbox-${id}@valley-crm>`);
    });
  });

  describe('the local mailbox (no SMTP_URL)', () => {
    let local: TestServices;
    let varDir: string;
    let admin: TestUser;

    before(async () => {
      varDir = fs.mkdtempSync(path.join(os.tmpdir(), 'valley-mail-'));
      const secrets = path.join(config.varDir, 'secrets.json');
      if (fs.existsSync(secrets)) fs.copyFileSync(secrets, path.join(varDir, 'secrets.json'));
      const loaded = loadConfig({
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        SMTP_URL: '',
        VAR_DIR: varDir,
        BASE_URL: 'http://portal.test',
      });
      // the same keys as the suite's services, so users made by the helpers can sign in here
      local = testServices({
        ...loaded,
        sessionSecret: config.sessionSecret,
        dataKeys: config.dataKeys,
        blindIndexKey: config.blindIndexKey,
      });
      if (local.redis.status !== 'ready') await once(local.redis, 'ready');
      admin = await makeUser('admin');
    });
    after(async () => {
      await local.close();
      fs.rmSync(varDir, { recursive: true, force: true });
    });

    const signedInLocal = async (u: TestUser) => {
      const agent = request.agent(createApp(local));
      await signIn(agent, u);
      return agent;
    };

    it('uses the local transport and writes each delivered message as a .eml file under VAR_DIR/mail', async () => {
      expect(local.mail.transportName).to.equal('local');
      const to = address('local');
      const m = message(to, { text: 'Local body line one.\nLine two.\n' });
      const id = (await local.mail.queue(m))!;
      expect(await local.mail.deliver(id)).to.equal(true);
      expect(await local.mail.deliver(id)).to.equal(false);

      const file = path.join(varDir, 'mail', `${String(id).padStart(8, '0')}.eml`);
      expect(fs.existsSync(file)).to.equal(true);
      expect(
        fs.readdirSync(path.join(varDir, 'mail')).filter((f) => f.startsWith(String(id).padStart(8, '0'))),
      ).to.have.length(1);
      const eml = fs.readFileSync(file, 'utf8');
      expect(eml).to.contain(`Message-ID: <outbox-${id}@valley-crm>`);
      expect(eml).to.contain(`To: ${to}`);
      expect(eml).to.contain(`Subject: ${m.subject}`);
      expect(eml).to.contain('Local body line one.\nLine two.');
      expect(smtp.to(to), 'nothing went over SMTP').to.have.length(0);
      expect(await outboxRow(id)).to.include({ transport: 'local', message_id: `<outbox-${id}@valley-crm>` });
    });

    it('lists local messages at /admin/mail and shows one at /admin/mail/:id, escaped, to admins', async () => {
      const to = address('mailbox');
      const m = message(to, {
        subject: `Mailbox <b>${unique('subj')}</b>`,
        text: 'Open <script>alert(1)</script> here.\n',
      });
      const id = (await local.mail.queue(m))!;
      await local.mail.deliver(id);
      const overSmtp = (await s.mail.queue(message(address('smtp-only'))))!;
      await s.mail.deliver(overSmtp);

      const agent = await signedInLocal(admin);
      const list = await agent.get('/admin/mail');
      expect(list.status).to.equal(200);
      expect(list.text).to.contain('<h1>Local mailbox</h1>').and.contain('SMTP_URL is not set');
      expect(list.text).to.contain(`href="/admin/mail/${id}"`).and.contain(to);
      expect(list.text).to.contain(m.subject.replace('<b>', '&lt;b&gt;').replace('</b>', '&lt;/b&gt;'));
      expect(list.text, 'SMTP deliveries are not in the local mailbox').to.not.contain(
        `href="/admin/mail/${overSmtp}"`,
      );

      const shown = await agent.get(`/admin/mail/${id}`);
      expect(shown.status).to.equal(200);
      expect(shown.text).to.contain(to).and.contain(`&lt;outbox-${id}@valley-crm&gt;`);
      expect(shown.text).to.contain('Open &lt;script&gt;alert(1)&lt;/script&gt; here.');
      expect(shown.text).to.not.contain('<script>alert(1)</script>');

      expect((await agent.get(`/admin/mail/${overSmtp}`)).status, 'an SMTP message is not shown').to.equal(404);
      expect((await agent.get('/admin/mail/999999999')).status).to.equal(404);
      expect((await agent.get('/admin/mail/abc')).status).to.equal(404);
    });

    it('refuses the mailbox to staff and compliance with 403, and sends visitors to sign in', async () => {
      const id = (await local.mail.queue(message(address('private'))))!;
      await local.mail.deliver(id);
      for (const role of ['staff', 'compliance'] as const) {
        const agent = await signedInLocal(await makeUser(role));
        for (const p of ['/admin/mail', `/admin/mail/${id}`]) {
          const res = await agent.get(p);
          expect(res.status, `${role} ${p}`).to.equal(403);
          expect(res.text).to.not.contain('Hello from the outbox.');
        }
      }
      const anon = await request(createApp(local)).get(`/admin/mail/${id}`);
      expect(anon.status).to.equal(302);
      expect(anon.headers.location).to.equal('/login');
    });
  });
});
