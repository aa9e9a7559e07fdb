import { expect } from 'chai';
import request from 'supertest';
import { s } from '../support/setup';
import {
  app,
  linkIn,
  mailsTo,
  makeUser,
  signIn,
  signedInAgent,
  submit,
  unique,
  PASSWORD,
  type Agent,
  type TestUser,
} from '../support/helpers';
import { INVALID_LOGIN } from '../../src/features/accounts/auth';

const INVITED = 'You are invited to Valley CRM';
const CHOSEN = 'lantern meadow copper kettle';
const escapeHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&#34;');
const errorBeside = (html: string, field: string) =>
  new RegExp(`<p class="field-error" id="${field}-error">([^<]*)</p>`).exec(html)?.[1];
const inputValue = (html: string, name: string) =>
  new RegExp(`<input id="${name}" name="${name}"[^>]*?value="([^"]*)"`).exec(html)?.[1];
const selectedRole = (html: string) => /<option value="(\w+)" selected>/.exec(html)?.[1];

async function signedIn(agent: Agent): Promise<boolean> {
  const res = await agent.get('/');
  if (res.status === 302 && res.headers.location === '/login') return false;
  expect(res.status).to.equal(200);
  return true;
}
const login = (email: string, password: string) =>
  submit(request.agent(app()), '/login', '/login', { email, password });
const userPage = (id: number) => `/admin/users/${id}`;
/** POSTs one of the admin forms on the user page. */
const act = (
  admin: Agent,
  id: number,
  action: 'role' | 'deactivate' | 'reactivate',
  form: Record<string, string> = {},
) => submit(admin, userPage(id), `${userPage(id)}/${action}`, form);

describe('admin: users', () => {
  let admin: TestUser;
  let adminAgent: Agent;
  before(async () => {
    admin = await makeUser('admin');
    adminAgent = await signedInAgent(admin);
  });

  it('invites a user by e-mail; the invitee chooses a password through the link, once, and signs in', async () => {
    const email = `${unique('invitee')}@example.test`;
    const name = 'Grace O’Hopper';
    const res = await submit(adminAgent, '/admin/users/invite', '/admin/users/invite', { name, email, role: 'staff' });
    expect(res.status).to.equal(302);
    expect(res.headers.location).to.equal('/admin/users');
    const list = await adminAgent.get('/admin/users');
    expect(list.text).to.contain(`Invitation sent to ${email}.`);
    expect(list.text).to.contain(email);

    const invitee = (await s.users.findByEmail(email))!;
    expect(invitee).to.include({ name, role: 'staff', status: 'invited', passwordHash: null });
    expect((await login(email, CHOSEN)).status, 'no sign-in before accepting').to.equal(401);

    const mails = (await mailsTo(email)).filter((m) => m.subject === INVITED);
    expect(mails).to.have.length(1);
    expect(mails[0].text).to.contain(`Hello ${name}`).and.contain('as staff');
    const link = linkIn(mails[0].text);
    expect(link).to.match(/^\/invite\/[A-Za-z0-9_-]{20,}$/);

    const guest = request.agent(app());
    const page = await guest.get(link);
    expect(page.status).to.equal(200);
    expect(page.text).to.contain(`For <strong>${escapeHtml(name)}</strong>`);
    const unticked = await submit(guest, link, link, { password: CHOSEN, confirm: CHOSEN });
    expect(unticked.status, 'joining needs the terms accepted').to.equal(400);
    expect(errorBeside(unticked.text, 'terms')).to.equal('Tick to accept the Terms of Use and the Privacy Policy.');
    const weak = await submit(guest, link, link, {
      password: 'grace hopper rocks',
      confirm: 'grace hopper rocks',
      terms: 'yes',
    });
    expect(weak.status, 'the name is refused in the password').to.equal(400);
    expect(errorBeside(weak.text, 'password')).to.equal('The password must not contain your name.');
    const done = await submit(guest, link, link, { password: CHOSEN, confirm: CHOSEN, terms: 'yes' });
    expect(done.status).to.equal(302);
    expect(done.headers.location).to.equal('/login');

    expect((await s.users.get(invitee.id)).status).to.equal('active');
    // the tick is the record: the Terms of Use and the Privacy Policy in force, with their texts' hashes
    const records = await s
      .db('policy_acceptances as a')
      .join('policy_versions as v', 'v.id', 'a.version_id')
      .where('a.user_id', invitee.id)
      .select('v.kind', 'a.method', 'a.text_sha256', 'v.text_sha256 as hash');
    expect(records.map((r) => [r.kind, r.method, r.text_sha256 === r.hash]).sort()).to.deep.equal([
      ['privacy', 'explicit', true],
      ['terms', 'explicit', true],
    ]);
    const signedInRes = await login(email, CHOSEN);
    expect(signedInRes.status).to.equal(302);
    expect(signedInRes.headers.location).to.equal('/');
    expect((await request.agent(app()).get(link)).status, 'the link works once').to.equal(410);

    const [inviteEntry] = await s.audit
      .find({ actorId: admin.user.id, action: 'user.invite' })
      .then((l) => l.filter((e) => e.targetId === String(invitee.id)));
    expect(inviteEntry?.details).to.deep.equal({ role: 'staff' });
    const [accepted] = await s.audit.find({ actorId: invitee.id, action: 'user.invite_accept' });
    expect(accepted?.targetId).to.equal(String(invitee.id));
  });

  it('re-renders invalid input with errors beside the fields and the values kept', async () => {
    const email = 'not-an-address';
    const res = await submit(adminAgent, '/admin/users/invite', '/admin/users/invite', {
      name: 'Ada Lovelace',
      email,
      role: 'wizard',
    });
    expect(res.status).to.equal(400);
    expect(errorBeside(res.text, 'email')).to.equal('Enter an e-mail address like name@example.com.');
    expect(errorBeside(res.text, 'role')).to.equal('Choose a role: admin, staff or compliance.');
    expect(errorBeside(res.text, 'name')).to.equal(undefined);
    expect(inputValue(res.text, 'name')).to.equal('Ada Lovelace');
    expect(inputValue(res.text, 'email')).to.equal(email);

    const noName = await submit(adminAgent, '/admin/users/invite', '/admin/users/invite', {
      name: '  ',
      email: 'ada@example.test',
      role: 'compliance',
    });
    expect(noName.status).to.equal(400);
    expect(errorBeside(noName.text, 'name')).to.equal(escapeHtml('Enter the person’s name.'));
    expect(inputValue(noName.text, 'email')).to.equal('ada@example.test');
    expect(selectedRole(noName.text)).to.equal('compliance');
    expect(await s.users.findByEmail('ada@example.test')).to.equal(undefined);
    expect(await s.db('outbox').where({ to_address: 'ada@example.test' })).to.have.length(0);
  });

  it('refuses an e-mail address that is already in use (in any letter case)', async () => {
    const existing = await makeUser('staff');
    const before = await s.users.count();
    const res = await submit(adminAgent, '/admin/users/invite', '/admin/users/invite', {
      name: 'Someone Else',
      email: existing.email.toUpperCase(),
      role: 'staff',
    });
    expect(res.status).to.equal(400);
    expect(errorBeside(res.text, 'email')).to.equal('A user with this e-mail address already exists.');
    expect(await s.users.count()).to.equal(before);
    expect((await mailsTo(existing.email)).filter((m) => m.subject === INVITED)).to.have.length(0);
  });

  it('changes a role at once: the user’s session ends and the next one has the new role', async () => {
    const u = await makeUser('staff');
    const agent = await signedInAgent(u);
    expect((await agent.get('/admin/audit')).status, 'staff cannot read the audit log').to.equal(403);

    const res = await act(adminAgent, u.user.id, 'role', { role: 'compliance' });
    expect(res.status).to.equal(302);
    expect(res.headers.location).to.equal(userPage(u.user.id));
    expect(await signedIn(agent), 'signed out at once').to.equal(false);
    expect((await s.users.get(u.user.id)).role).to.equal('compliance');
    expect(await s.sessions.list(u.user.id)).to.have.length(0);

    // signs in again as compliance: two-factor set-up first, which proves the new role applies
    await signIn(agent, u);
    expect((await agent.get('/admin/audit')).headers.location).to.equal('/account/2fa/setup');

    const entries = (await s.audit.find({ actorId: admin.user.id, action: 'user.role_change' })).filter(
      (e) => e.targetId === String(u.user.id),
    );
    expect(entries).to.have.length(1);
    expect(entries[0].details).to.deep.equal({ from: 'staff', to: 'compliance' });

    const bad = await act(adminAgent, u.user.id, 'role', { role: 'owner' });
    expect(bad.status).to.equal(400);
    expect(errorBeside(bad.text, 'role')).to.equal('Choose a role: admin, staff or compliance.');
  });

  it('deactivates a user: sessions end at once and sign-in is refused; reactivation restores it', async () => {
    const u = await makeUser('staff');
    const agent = await signedInAgent(u);
    const res = await act(adminAgent, u.user.id, 'deactivate');
    expect(res.status).to.equal(302);
    expect(await signedIn(agent), 'signed out at once').to.equal(false);
    expect((await s.users.get(u.user.id)).status).to.equal('deactivated');
    const refused = await login(u.email, PASSWORD);
    expect(refused.status).to.equal(401);
    expect(refused.text).to.contain(escapeHtml(INVALID_LOGIN));
    const page = await adminAgent.get(userPage(u.user.id));
    expect(page.text).to.contain(`action="${userPage(u.user.id)}/reactivate"`);

    const back = await act(adminAgent, u.user.id, 'reactivate');
    expect(back.status).to.equal(302);
    expect((await s.users.get(u.user.id)).status).to.equal('active');
    expect((await login(u.email, PASSWORD)).headers.location).to.equal('/');

    const of = async (action: string) =>
      (await s.audit.find({ actorId: admin.user.id, action })).filter((e) => e.targetId === String(u.user.id));
    expect(await of('user.deactivate')).to.have.length(1);
    expect(await of('user.reactivate')).to.have.length(1);
  });

  it('makes the invitation link of a deactivated invitee stop working', async () => {
    const email = `${unique('invitee')}@example.test`;
    const res = await submit(adminAgent, '/admin/users/invite', '/admin/users/invite', {
      name: 'Late Joiner',
      email,
      role: 'staff',
    });
    expect(res.status).to.equal(302);
    const invitee = (await s.users.findByEmail(email))!;
    const [mail] = (await mailsTo(email)).filter((m) => m.subject === INVITED);
    const link = linkIn(mail.text);
    expect((await act(adminAgent, invitee.id, 'deactivate')).status).to.equal(302);

    const guest = request.agent(app());
    expect((await guest.get(link)).status).to.equal(410);
    const accept = await submit(guest, '/login', link, { password: CHOSEN, confirm: CHOSEN, terms: 'yes' });
    expect(accept.status).to.equal(410);
    expect((await s.users.get(invitee.id)).status, 'still deactivated').to.equal('deactivated');
    expect((await login(email, CHOSEN)).status).to.equal(401);
    expect(await s.audit.find({ actorId: invitee.id, action: 'user.invite_accept' })).to.have.length(0);
  });

  it('does not let an admin deactivate themself or change their own role', async () => {
    const self = admin.user.id;
    const off = await act(adminAgent, self, 'deactivate');
    expect(off.status).to.equal(400);
    expect(off.text).to.contain('<p class="field-error" id="user">You cannot deactivate your own account.</p>');
    const demote = await act(adminAgent, self, 'role', { role: 'staff' });
    expect(demote.status).to.equal(400);
    expect(errorBeside(demote.text, 'role')).to.equal('You cannot change your own role; ask another administrator.');
    const me = await s.users.get(self);
    expect(me).to.include({ status: 'active', role: 'admin' });
    expect(await signedIn(adminAgent)).to.equal(true);
    expect(
      (await s.audit.find({ actorId: self, action: 'user.deactivate' })).filter((e) => e.targetId === String(self)),
    ).to.have.length(0);
  });

  it('answers 404 for a user that does not exist', async () => {
    expect((await adminAgent.get('/admin/users/999999')).status).to.equal(404);
    expect((await adminAgent.get('/admin/users/abc')).status).to.equal(404);
    expect((await submit(adminAgent, '/admin/users', '/admin/users/999999/deactivate', {})).status).to.equal(404);
  });
});
