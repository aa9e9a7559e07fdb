// A lead's owner and team change only on purpose: an unrelated edit neither moves the lead to the
// owner's new team nor silently reassigns a lead whose owner was deactivated.
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, signedInAgent } from '../support/helpers';
import { createLead, leadInput, loadStatuses, word } from '../support/leads';

const actor = { userId: null };

describe('leads: owner and team stay put on unrelated edits', function () {
  this.timeout(30_000);
  before(loadStatuses);

  it('keeps the lead in its team when its owner has moved to another team, until it is reassigned', async () => {
    const [north, south] = await Promise.all([
      s.organisation.createTeam(`North ${word()}`, actor),
      s.organisation.createTeam(`South ${word()}`, actor),
    ]);
    const owner = await makeUser('staff');
    await s.organisation.assignTeam(owner.user.id, north, actor);
    const lead = await createLead(owner);
    expect(lead.teamId).to.equal(north);

    await s.organisation.assignTeam(owner.user.id, south, actor);
    const moved = await s.users.get(owner.user.id);
    const edit = await s.leads.update(
      moved,
      lead.id,
      leadInput({ firstName: 'Edited', ownerId: String(owner.user.id) }),
      true,
      actor,
    );
    expect(edit.status).to.equal('saved');
    expect((await s.stores.leads.leads.find(lead.id, { kind: 'all' }))!.teamId, 'unrelated edit').to.equal(north);

    const teammate = await makeUser('staff');
    await s.organisation.assignTeam(teammate.user.id, south, actor);
    const admin = await s.users.get((await makeUser('admin')).user.id);
    await s.leads.update(admin, lead.id, leadInput({ ownerId: String(teammate.user.id) }), true, actor);
    expect((await s.stores.leads.leads.find(lead.id, { kind: 'all' }))!.teamId, 'reassigned').to.equal(south);
  });

  it('keeps a deactivated owner on save, and the edit form still offers them', async () => {
    const owner = await makeUser('staff');
    const admin = await makeUser('admin');
    const lead = await createLead(owner);
    await s.users.deactivate(owner.user.id, { userId: admin.user.id });

    const agent = await signedInAgent(admin);
    const form = await agent.get(`/leads/${lead.id}/edit`);
    expect(form.status).to.equal(200);
    expect(form.text).to.match(new RegExp(`<option value="${owner.user.id}" selected>`));

    const adminUser = await s.users.get(admin.user.id);
    await s.leads.update(
      adminUser,
      lead.id,
      leadInput({ firstName: 'Still', ownerId: String(owner.user.id) }),
      true,
      actor,
    );
    const after = (await s.stores.leads.leads.find(lead.id, { kind: 'all' }))!;
    expect(after.ownerId).to.equal(owner.user.id);
    expect(after.firstName).to.equal('Still');
    expect((await s.audit.find({ action: 'lead.reassign' })).some((e) => e.targetId === String(lead.id))).to.equal(
      false,
    );
  });
});
