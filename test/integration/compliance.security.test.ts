// Attempts to bypass security raise flags, each with its evidence from the audit log: lead URLs outside the
// user's scope, repeated lockouts, CSRF failures, bursts of exports and of lead views. The events are made the way
// users make them (HTTP requests, sign-in attempts); the detector runs with low thresholds, as SECURITY_THRESHOLDS
// would set them.
import { expect } from 'chai';
import { SecurityDetector } from '../../src/features/compliance/security';
import { securityThresholds } from '../../src/features/compliance';
import { FlagsStore } from '../../src/features/compliance/data/flagsStore';
import { s } from '../support/setup';
import { makeUser, signedInAgent, type TestUser } from '../support/helpers';
import { createLead, loadStatuses } from '../support/leads';

const THRESHOLDS = 'SEC_LEAD_NOT_FOUND=3,SEC_LOCKOUTS=2,SEC_CSRF_FAILURES=3,SEC_EXPORT_BURST=2,SEC_VIEW_BURST=4';
const detector = () => new SecurityDetector(s.audit, new FlagsStore(s.db), s.clock, securityThresholds(THRESHOLDS));

/** The open security flags of a user, by rule, with their evidence. */
async function flagsOf(u: TestUser) {
  const rows = await s.db('compliance_flags').where({ kind: 'security', user_id: u.user.id }).orderBy('id');
  return rows.map((r) => ({ rule: r.hits[0].rule as string, auditIds: r.evidence.auditIds as number[] }));
}

/** The audit entries a flag names as its evidence are the user's entries of that action. */
async function expectEvidence(u: TestUser, rule: string, action: string, atLeast: number) {
  const flag = (await flagsOf(u)).find((f) => f.rule === rule);
  expect(flag, `${rule} raised`).to.not.equal(undefined);
  const entries = await s.db('audit_log').whereIn('id', flag!.auditIds);
  expect(entries.length).to.be.at.least(atLeast);
  expect(new Set(entries.map((e) => e.action))).to.deep.equal(new Set([action]));
}

describe('compliance: attempts to bypass security raise flags', () => {
  before(loadStatuses);

  it('flags repeated 404s on lead URLs outside the user’s scope, with the refused paths as evidence', async () => {
    const owner = await makeUser('staff');
    const prober = await makeUser('staff');
    const lead = await createLead(owner, {});
    const agent = await signedInAgent(prober);
    for (const id of [lead.id, lead.id + 100_000, lead.id + 100_001])
      expect((await agent.get(`/leads/${id}`)).status).to.equal(404);
    await detector().run();
    await expectEvidence(prober, 'SEC_LEAD_NOT_FOUND', 'lead.not_found', 3);
    expect(await flagsOf(owner)).to.deep.equal([]);
  });

  it('flags an account locked out again and again, counted for the account guessed at', async () => {
    const victim = await makeUser('staff');
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 10; i++)
        await s.auth.checkPassword(victim.email, `wrong ${i}`, { userId: null, ip: `198.51.100.${round}` });
      // the lock lapses (15 minutes later), and the guessing goes on
      for (const key of await s.redis.keys('*login:acct*')) await s.redis.del(key);
    }
    await detector().run();
    await expectEvidence(victim, 'SEC_LOCKOUTS', 'login.lockout', 2);
  });

  it('flags forms sent again and again without a valid CSRF token', async () => {
    const u = await makeUser('staff');
    const agent = await signedInAgent(u);
    for (let i = 0; i < 3; i++) {
      const res = await agent.post('/leads').type('form').send({ _csrf: 'forged', lastName: 'X' });
      expect(res.status).to.equal(403);
    }
    await detector().run();
    await expectEvidence(u, 'SEC_CSRF_FAILURES', 'security.csrf_failure', 3);
  });

  it('flags a burst of lead views, and one of exports (as the export job records them)', async () => {
    const u = await makeUser('staff');
    const lead = await createLead(u, {});
    const agent = await signedInAgent(u);
    for (let i = 0; i < 4; i++) expect((await agent.get(`/leads/${lead.id}`)).status).to.equal(200);
    // lead export lands with import/export; it records 'lead.export' per export through the audit service
    for (let i = 0; i < 2; i++)
      await s.audit.record({ userId: u.user.id }, { action: 'lead.export', targetType: 'user', targetId: u.user.id });
    await detector().run();
    await expectEvidence(u, 'SEC_VIEW_BURST', 'lead.view', 4);
    await expectEvidence(u, 'SEC_EXPORT_BURST', 'lead.export', 2);
  });

  it('raises each flag once per user and hour, however often the job runs, and not below the threshold', async () => {
    const u = await makeUser('staff');
    const agent = await signedInAgent(u);
    for (let i = 0; i < 2; i++) await agent.get(`/leads/${999_000_000 + i}`);
    await detector().run();
    expect(await flagsOf(u)).to.deep.equal([]);
    await agent.get(`/leads/${999_000_002}`);
    await detector().run();
    await detector().run();
    expect((await flagsOf(u)).map((f) => f.rule)).to.deep.equal(['SEC_LEAD_NOT_FOUND']);
  });
});
