// Teams (who shares leads) and lead statuses, managed by admins: validation beside the fields with the
// values kept, audit, and the effect on leads at once (team access; new and renamed status labels).
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, signedInAgent, type Agent, type TestUser } from '../support/helpers';
import { createLead, createViaForm, fieldErrors, listedIds, loadStatuses, post, word } from '../support/leads';

const statusSelect = (page: string, id: string) =>
  new RegExp(`<select id="${id}" name="${id}">([\\s\\S]*?)</select>`).exec(page)?.[1] ?? '';

describe('leads: teams and statuses (admin)', function () {
  this.timeout(30_000);
  let admin: TestUser;
  let adminAgent: Agent;
  let staff: TestUser;
  let staffAgent: Agent;

  before(async () => {
    await loadStatuses();
    admin = await makeUser('admin');
    adminAgent = await signedInAgent(admin);
    staff = await makeUser('staff');
    staffAgent = await signedInAgent(staff);
  });

  describe('teams', () => {
    it('creates a team, with errors beside the name field and the value kept', async () => {
      const empty = await post(adminAgent, '/admin/teams', { name: '   ' }, '/admin/teams');
      expect(empty.status).to.equal(400);
      expect(fieldErrors(empty.text)).to.deep.equal({ name: 'Enter the team name.' });
      const long = await post(adminAgent, '/admin/teams', { name: 'x'.repeat(61) }, '/admin/teams');
      expect(fieldErrors(long.text)).to.deep.equal({ name: 'Use at most 60 characters.' });
      expect(long.text).to.contain(`value="${'x'.repeat(61)}"`);

      const name = `North ${word()}`;
      const ok = await post(adminAgent, '/admin/teams', { name: `  ${name.replace(' ', '   ')} ` }, '/admin/teams');
      expect(ok.status).to.equal(302);
      expect(ok.headers.location).to.equal('/admin/teams');
      const page = await adminAgent.get('/admin/teams');
      expect(page.text)
        .to.contain('Team created.')
        .and.match(new RegExp(`>${name}</a></td><td>0</td>`));
      const [entry] = await s.audit.find({ actorId: admin.user.id, action: 'team.create' });
      expect(entry.details).to.deep.equal({ name });

      const again = await post(adminAgent, '/admin/teams', { name: name.toUpperCase() }, '/admin/teams');
      expect(again.status).to.equal(400);
      expect(fieldErrors(again.text)).to.deep.equal({ name: 'A team with this name exists.' });
      expect(again.text).to.contain(`value="${name.toUpperCase()}"`);
    });

    it('gives a user a team from their page: their lead access follows at once, and ends when they leave', async () => {
      const teamName = `South ${word()}`;
      const team = await s.organisation.createTeam(teamName, { userId: null });
      const colleague = await makeUser('staff');
      await s.organisation.assignTeam(colleague.user.id, team, { userId: null });
      const lead = await createLead(colleague, { lastName: `Teamlead ${word()}` });
      expect(lead.teamId).to.equal(team);
      expect((await staffAgent.get(`/leads/${lead.id}`)).status).to.equal(404);

      const page = await adminAgent.get(`/admin/users/${staff.user.id}`);
      expect(page.text).to.contain(`<option value="${team}" >`);
      const res = await post(
        adminAgent,
        `/admin/users/${staff.user.id}/team`,
        { teamId: String(team) },
        `/admin/users/${staff.user.id}`,
      );
      expect(res.status).to.equal(302);
      expect(res.headers.location).to.equal(`/admin/users/${staff.user.id}`);
      expect((await adminAgent.get(`/admin/users/${staff.user.id}`)).text)
        .to.contain('Team changed. Their lead access follows at once.')
        .and.contain(`<option value="${team}" selected>`);
      const [entry] = await s.audit.find({ actorId: admin.user.id, action: 'user.team_change' });
      expect(entry).to.deep.include({ targetId: String(staff.user.id), details: { from: null, to: team } });

      // the same signed-in session now sees and may change the teammate's lead
      expect((await staffAgent.get(`/leads/${lead.id}`)).status).to.equal(200);
      expect(listedIds((await staffAgent.get(`/leads?team=${team}`)).text)).to.deep.equal([lead.id]);
      expect((await post(staffAgent, `/leads/${lead.id}/verify`, {})).status).to.equal(302);
      expect((await adminAgent.get('/admin/teams')).text).to.contain(`>${teamName}</a></td><td>2</td>`);
      // a lead they create now belongs to the team
      const theirs = await createViaForm(staffAgent);
      expect((await s.db('leads').where({ id: theirs }).first()).team_id).to.equal(team);

      const out = await post(
        adminAgent,
        `/admin/users/${staff.user.id}/team`,
        { teamId: '' },
        `/admin/users/${staff.user.id}`,
      );
      expect(out.status).to.equal(302);
      expect((await s.users.get(staff.user.id)).teamId).to.equal(null);
      expect((await staffAgent.get(`/leads/${lead.id}`)).status).to.equal(404);
      expect((await staffAgent.get(`/leads/${theirs}`)).status, 'still the owner').to.equal(200);
    });

    it('refuses a team that does not exist, and a user that does not exist', async () => {
      const res = await post(
        adminAgent,
        `/admin/users/${staff.user.id}/team`,
        { teamId: '999999' },
        `/admin/users/${staff.user.id}`,
      );
      expect(res.status).to.equal(400);
      expect((await s.users.get(staff.user.id)).teamId).to.equal(null);
      expect((await post(adminAgent, '/admin/users/999999/team', { teamId: '' }, '/admin/teams')).status).to.equal(404);
    });

    it('is for admins only', async () => {
      expect((await staffAgent.get('/admin/teams')).status).to.equal(403);
      expect((await post(staffAgent, '/admin/teams', { name: `Sneaky ${word()}` })).status).to.equal(403);
      expect((await post(staffAgent, `/admin/users/${staff.user.id}/team`, { teamId: '' })).status).to.equal(403);
    });
  });

  describe('statuses', () => {
    it('adds a status, with errors beside the field; the new label appears in every lead form and filter', async () => {
      const empty = await post(adminAgent, '/admin/statuses', { label: '' }, '/admin/statuses');
      expect(empty.status).to.equal(400);
      expect(fieldErrors(empty.text)).to.deep.equal({ label: 'Enter the status name.' });
      for (const taken of ['new', 'New!', '  QUALIFIED ']) {
        const res = await post(adminAgent, '/admin/statuses', { label: taken }, '/admin/statuses');
        expect(res.status, taken).to.equal(400);
        expect(fieldErrors(res.text), taken).to.deep.equal({ label: 'A status with this name exists.' });
        expect(res.text).to.contain(`value="${taken}"`);
      }
      const label = `Negotiating ${word()}`;
      const ok = await post(adminAgent, '/admin/statuses', { label }, '/admin/statuses');
      expect(ok.status).to.equal(302);
      const status = (await s.leads.statusList()).find((st) => st.label === label)!;
      expect(status.position).to.equal(Math.max(...(await s.leads.statusList()).map((st) => st.position)));
      const [entry] = await s.audit.find({ actorId: admin.user.id, action: 'status.create' });
      expect(entry).to.deep.include({ targetId: String(status.id), details: { label } });

      expect(statusSelect((await staffAgent.get('/leads/new')).text, 'statusId')).to.contain(`>${label}</option>`);
      const list = (await staffAgent.get('/leads?status=')).text;
      expect(statusSelect(list, 'status')).to.contain(`>${label}</option>`);
      const id = await createViaForm(staffAgent, { statusId: String(status.id) });
      expect((await staffAgent.get(`/leads/${id}`)).text).to.contain(`<dt>Status</dt><dd>${label}</dd>`);
      expect(statusSelect((await staffAgent.get('/leads')).text, 'statusValue'), 'bulk').to.contain(
        `>${label}</option>`,
      );
    });

    it('renames a status: the new label shows in forms and on leads at once; errors beside that status’s field', async () => {
      const label = `Proposal ${word()}`;
      await s.organisation.addStatus(label, { userId: null });
      const status = (await s.leads.statusList()).find((st) => st.label === label)!;
      const lead = await createViaForm(staffAgent, { statusId: String(status.id) });

      const empty = await post(
        adminAgent,
        `/admin/statuses/${status.id}`,
        { [`label-${status.id}`]: ' ' },
        '/admin/statuses',
      );
      expect(empty.status).to.equal(400);
      expect(fieldErrors(empty.text)).to.deep.equal({ [`label-${status.id}`]: 'Enter the status name.' });
      const taken = await post(
        adminAgent,
        `/admin/statuses/${status.id}`,
        { [`label-${status.id}`]: 'Contacted' },
        '/admin/statuses',
      );
      expect(fieldErrors(taken.text)).to.deep.equal({ [`label-${status.id}`]: 'A status with this name exists.' });
      expect(taken.text).to.match(new RegExp(`name="label-${status.id}" type="text"\\s*value="Contacted"`));
      expect((await s.leads.statusList()).find((st) => st.id === status.id)!.label).to.equal(label);

      const renamed = `Offer ${word()}`;
      const ok = await post(
        adminAgent,
        `/admin/statuses/${status.id}`,
        { [`label-${status.id}`]: renamed },
        '/admin/statuses',
      );
      expect(ok.status).to.equal(302);
      expect((await adminAgent.get('/admin/statuses')).text).to.contain('Status renamed.');
      const form = await staffAgent.get(`/leads/${lead}/edit`);
      expect(statusSelect(form.text, 'statusId'))
        .to.contain(`<option value="${status.id}" selected>${renamed}</option>`)
        .and.not.contain(label);
      expect((await staffAgent.get(`/leads/${lead}`)).text).to.contain(`<dt>Status</dt><dd>${renamed}</dd>`);
      const [entry] = await s.audit.find({ actorId: admin.user.id, action: 'status.rename' });
      expect(entry).to.deep.include({ targetId: String(status.id), details: { from: label, to: renamed } });
      // a status's own name may be kept with other casing
      expect(
        (
          await post(
            adminAgent,
            `/admin/statuses/${status.id}`,
            { [`label-${status.id}`]: renamed.toUpperCase() },
            '/admin/statuses',
          )
        ).status,
      ).to.equal(302);
    });

    it('answers 404 for a status that does not exist, and is for admins only', async () => {
      expect(
        (await post(adminAgent, '/admin/statuses/999999', { 'label-999999': 'Ghost' }, '/admin/statuses')).status,
      ).to.equal(404);
      expect((await staffAgent.get('/admin/statuses')).status).to.equal(403);
      expect((await post(staffAgent, '/admin/statuses', { label: `Sneaky ${word()}` })).status).to.equal(403);
    });
  });
});
