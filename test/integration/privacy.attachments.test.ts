// A privacy request's attachment (review S4, C8): the ID scan is on disk only encrypted with the data cipher and
// decrypted for the officer who downloads it (a file stored before encryption still downloads as it is); and a
// file written for a request whose transaction fails is removed.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import request from 'supertest';
import { config, s } from '../support/setup';
import { app, csrfOf, makeUser, signedInAgent, type Agent } from '../support/helpers';
import { word } from '../support/leads';
import { clearThrottle, form, requestOf, submission } from '../support/privacy';
import { PrivacyIntake } from '../../src/features/privacy/intake';
import { ContactThrottle } from '../../src/features/privacy/throttle';

const dir = () => path.join(config.varDir, 'privacy-attachments');
const png = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.from(`scan of the passport of Jo ${word()}`),
]);

describe('privacy requests: attachments at rest', () => {
  let officer: Agent;
  before(async () => {
    officer = await signedInAgent(await makeUser('compliance'));
  });
  beforeEach(clearThrottle);

  async function sendWith(file: Buffer, name: string) {
    const agent = request.agent(app());
    const page = await agent.get('/contact');
    const email = `${word()}@example.test`;
    const res = await agent
      .post('/contact')
      .field({ ...form({ email }), _csrf: csrfOf(page.text) })
      .attach('attachment', file, name);
    expect(res.status).to.equal(303);
    return requestOf(email);
  }
  const download = (id: number) => officer.get(`/compliance/requests/${id}/attachment`).buffer(true);

  it('stores the file encrypted and gives the officer the bytes sent', async () => {
    const row = await sendWith(png, 'passport.png');
    const onDisk = await fs.readFile(path.join(dir(), row.attachment_file));
    expect(onDisk.includes(png.subarray(0, 8)), 'PNG signature on disk').to.equal(false);
    expect(onDisk.toString('latin1')).to.not.include('scan of the passport');
    expect(onDisk.toString('latin1')).to.not.include(png.toString('base64').slice(0, 40));
    const dl = await download(row.id);
    expect(dl.status).to.equal(200);
    expect(dl.headers['content-type']).to.equal('image/png');
    expect(Buffer.compare(dl.body as Buffer, png)).to.equal(0);
  });

  it('still gives an attachment stored before encryption as it is, and a 404 once its file is gone', async () => {
    const row = await sendWith(png, 'old.png');
    const file = path.join(dir(), row.attachment_file);
    await fs.writeFile(file, png);
    const dl = await download(row.id);
    expect(dl.status).to.equal(200);
    expect(Buffer.compare(dl.body as Buffer, png)).to.equal(0);
    await fs.rm(file);
    expect((await download(row.id)).status).to.equal(404);
  });

  it('removes the file written for a request whose transaction fails', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-'));
    const intake = new PrivacyIntake({
      db: s.db,
      store: s.stores.privacy.requests,
      cipher: s.cipher,
      mail: { queue: () => Promise.reject(new Error('outbox down')) },
      audit: s.audit,
      clock: () => new Date(),
      dir: tmp,
      throttle: new ContactThrottle(s.redis),
      contact: { objectByAddress: () => Promise.resolve([]) },
      suppressions: { suppress: () => Promise.resolve() },
      confirmUrl: (token) => `http://portal.test/contact/confirm/${token}`,
    });
    const email = `${word()}@example.test`;
    const sent = submission({ email, attachment: { name: 'id.png', content: png } });
    let failure: unknown;
    await intake.submit(sent, '192.0.2.7').catch((err: unknown) => (failure = err));
    expect((failure as Error | undefined)?.message).to.equal('outbox down');
    expect(await fs.readdir(tmp)).to.deep.equal([]);
    expect(await requestOf(email)).to.equal(undefined);
    await fs.rm(tmp, { recursive: true, force: true });
  });
});
