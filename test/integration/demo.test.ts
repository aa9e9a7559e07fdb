// seed:demo alongside an organisation's own data: it reuses teams whatever their letter case.
import { expect } from 'chai';
import { s } from '../support/setup';
import { PASSWORD } from '../support/helpers';

describe('demo data', () => {
  it('reuses an existing team of the same name in another letter case instead of failing', async () => {
    const teams = await s.organisation.listTeams();
    if (!teams.some((t) => t.name.toLowerCase() === 'partners'))
      await s.organisation.createTeam('partners', { userId: null });
    const result = await s.demo.seed(0, PASSWORD, { userId: null });
    expect(result.leads).to.equal(0);
    const partners = (await s.organisation.listTeams()).filter((t) => t.name.toLowerCase() === 'partners');
    expect(partners, 'one team called partners, in any case').to.have.length(1);
    const staff = await s.db('users').where('email', 'like', 'demo.staff%@valley.local').whereNotNull('team_id');
    expect(staff.length).to.equal(24);
  });
});
