// The dashboard's tallies (lead_counts, appended to by triggers on leads and folded by a maintenance job) always
// equal a count of the live leads themselves, whatever changed them: create, edit, bulk, reassignment, merge, a
// team removed, a delete, the demo seed's COPY, concurrent writers, folding. The weekly chart counts whole weeks
// (Monday to Sunday, UTC).
import { expect } from 'chai';
import { s } from '../support/setup';
import { makeUser, PASSWORD, type TestUser } from '../support/helpers';
import { createLead, leadInput, loadStatuses } from '../support/leads';
import { weekStarts } from '../../src/features/leads/dashboard';
import { runJob } from '../../src/jobs';

const DAY = 86400_000;

/** Live leads per owner, team, status and week counted from the leads, and the tallies summed: both as sorted strings. */
async function bothCounts(): Promise<{ counted: string[]; tallied: string[] }> {
  const counted = await s.db
    .raw(`select owner_id, coalesce(team_id, 0) as team_id, status_id, (date_trunc('week', created_at at time zone 'UTC'))::date as week, count(*) as n
      from leads where merged_into_id is null group by 1, 2, 3, 4`);
  const tallied = await s
    .db('lead_counts')
    .select('owner_id', 'team_id', 'status_id', 'week')
    .sum({ n: 'n' })
    .groupBy('owner_id', 'team_id', 'status_id', 'week')
    .havingRaw('sum(n) <> 0');
  const key = (r: Record<string, unknown>) =>
    [r.owner_id, r.team_id, r.status_id, (r.week as Date).toISOString().slice(0, 10), Number(r.n)].join(' ');
  return { counted: counted.rows.map(key).sort(), tallied: tallied.map(key).sort() };
}

async function expectTalliesRight(when: string): Promise<void> {
  const { counted, tallied } = await bothCounts();
  expect(tallied, when).to.deep.equal(counted);
}

describe('leads: dashboard tallies', function () {
  this.timeout(60_000);
  let staff: TestUser;
  let mate: TestUser;
  let admin: TestUser;
  let statuses: { id: number }[];
  const actor = { userId: null };

  before(async () => {
    await loadStatuses();
    statuses = await s.leads.statusList();
    staff = await makeUser('staff');
    mate = await makeUser('staff');
    admin = await makeUser('admin');
    const team = await s.organisation.createTeam(`Tallies ${Date.now()}`, actor);
    await s.organisation.assignTeam(staff.user.id, team, actor);
    await s.organisation.assignTeam(mate.user.id, team, actor);
  });

  const userOf = async (u: TestUser) => await s.users.get(u.user.id);

  it('match the leads after every kind of change', async () => {
    await expectTalliesRight('at the start');
    const a = await createLead(staff, { statusId: String(statuses[0].id) });
    const b = await createLead(staff, { statusId: String(statuses[0].id) });
    const c = await createLead(mate, { statusId: String(statuses[1].id) });
    await expectTalliesRight('after creating');

    const me = await userOf(staff);
    const edit = await s.leads.update(
      me,
      a.id,
      leadInput({ statusId: String(statuses[2].id), ownerId: String(staff.user.id) }),
      true,
      actor,
    );
    expect(edit.status).to.equal('saved');
    await expectTalliesRight('after an edit that changes the status');

    expect(await s.leadActions.bulk(me, [a.id, b.id], 'status', String(statuses[3].id), actor)).to.equal(2);
    await expectTalliesRight('after a bulk status change');
    expect(await s.leadActions.bulk(me, [b.id], 'reassign', String(mate.user.id), actor)).to.equal(1);
    await expectTalliesRight('after reassignment');

    await s.leadActions.merge(await userOf(admin), a.id, c.id, actor);
    await expectTalliesRight('after a merge (the merged lead is no longer live)');

    await s
      .db('leads')
      .where({ id: b.id })
      .update({ created_at: new Date(Date.now() - 100 * DAY) });
    await expectTalliesRight('after moving a lead to another week');

    const doomed = await s
      .db('teams')
      .insert({ name: `Doomed ${Date.now()}` })
      .returning('id');
    await s.db('leads').where({ id: a.id }).update({ team_id: doomed[0].id });
    await s.db('teams').where({ id: doomed[0].id }).del();
    expect(
      (await s.db('leads').where({ id: a.id }).first()).team_id,
      'the team is set null by the foreign key',
    ).to.equal(null);
    await expectTalliesRight('after a team is removed');

    await s.db.transaction(async (trx) => {
      await trx('lead_duplicates').where({ lead_id: b.id }).orWhere({ other_id: b.id }).del();
      await trx('lead_history').where({ lead_id: b.id }).del();
      await trx('lead_consents').where({ lead_id: b.id }).del();
      await trx('leads').where({ id: b.id }).del();
    });
    await expectTalliesRight('after a delete');
  });

  it('match the leads after concurrent writers, and after folding (one row per group, none at 0)', async () => {
    const me = await userOf(staff);
    const leads = await Promise.all(
      Array.from({ length: 8 }, (_, i) => createLead(i % 2 ? staff : mate, { statusId: String(statuses[i % 3].id) })),
    );
    const ids = leads.map((l) => l.id);
    const results = await Promise.allSettled([
      s.leadActions.bulk(me, ids.slice(0, 6), 'status', String(statuses[4].id), actor),
      s.leadActions.bulk(me, ids.slice(2, 8).reverse(), 'status', String(statuses[5].id), actor),
      s.leadActions.bulk(me, ids.slice(1, 5), 'reassign', String(mate.user.id), actor),
      ...ids.map((id, i) =>
        s.leads.update(
          me,
          id,
          leadInput({ statusId: String(statuses[i % 4].id), ownerId: String(i % 2 ? staff.user.id : mate.user.id) }),
          true,
          actor,
        ),
      ),
      ...Array.from({ length: 4 }, () => createLead(staff)),
    ]);
    expect(
      results.filter((r) => r.status === 'rejected').map((r) => String(r.reason)),
      'no writer failed (no deadlock)',
    ).to.deep.equal([]);
    await expectTalliesRight('after concurrent writers');

    const folds = await Promise.all([runJob(s, 'lead-counts'), runJob(s, 'lead-counts')]); // one waits its turn or skips
    expect(folds.map((f) => typeof f.folded)).to.deep.equal(['number', 'number']);
    await expectTalliesRight('after folding');
    const rows = await s.db('lead_counts').select('owner_id', 'team_id', 'status_id', 'week', 'n');
    expect(
      rows.filter((r) => Number(r.n) === 0),
      'no group at 0',
    ).to.deep.equal([]);
    const groups = new Set(rows.map((r) => `${r.owner_id} ${r.team_id} ${r.status_id} ${r.week.toISOString()}`));
    expect(groups.size, 'one row per group').to.equal(rows.length);
  });

  it('count the demo seed, whose leads arrive by COPY', async () => {
    const result = await s.demo.seed(120, PASSWORD, actor);
    expect(result.leads).to.equal(120);
    await expectTalliesRight('after seed:demo');
  });

  it('give each user the pipeline and weekly counts of the leads they may see, by whole UTC weeks', async () => {
    const owner = await makeUser('staff');
    const stranger = await makeUser('staff');
    const now = new Date();
    const weeks = weekStarts(now, 12);
    const firstMonday = new Date(`${weeks[0]}T00:00:00Z`);
    const inFirstWeek = await createLead(owner, { statusId: String(statuses[1].id) });
    const justBefore = await createLead(owner, { statusId: String(statuses[1].id) });
    await createLead(owner, { statusId: String(statuses[0].id) });
    await s.db('leads').where({ id: inFirstWeek.id }).update({ created_at: firstMonday });
    await s
      .db('leads')
      .where({ id: justBefore.id })
      .update({ created_at: new Date(firstMonday.getTime() - 1000) });

    const dash = await s.dashboard.forUser(await userOf(owner), now);
    expect(dash.perWeek.map((w) => w.week)).to.deep.equal(weeks);
    expect(dash.perWeek[0].count, 'the first Monday, 00:00 UTC, is in the chart').to.equal(1);
    expect(dash.perWeek.at(-1)!.count, 'this week').to.equal(1);
    expect(
      dash.perWeek.reduce((n, w) => n + w.count, 0),
      'a second before the first Monday is not',
    ).to.equal(2);
    expect(dash.pipeline.map((p) => p.count).slice(0, 2)).to.deep.equal([1, 2]);

    const mateOfOwner = await makeUser('staff');
    const team = await s.organisation.createTeam(`Pipeline ${Date.now()}`, actor);
    await s.organisation.assignTeam(owner.user.id, team, actor);
    await s.organisation.assignTeam(mateOfOwner.user.id, team, actor);
    await s.db('leads').where({ owner_id: owner.user.id }).update({ team_id: team }); // the owner's leads join the team
    const mates = await s.dashboard.forUser(await userOf(mateOfOwner), now);
    expect(mates.pipeline.map((p) => p.count).slice(0, 2), 'a teammate sees the team’s leads').to.deep.equal([1, 2]);
    const theirs = await s.dashboard.forUser(await userOf(stranger), now);
    expect(
      theirs.pipeline.reduce((n, p) => n + p.count, 0),
      'another user’s leads are not counted',
    ).to.equal(0);
    const all = await s.dashboard.forUser(await userOf(admin), now);
    const live = Number(
      (await s.db('leads').whereNull('merged_into_id').count<{ count: string }[]>('* as count'))[0].count,
    );
    expect(
      all.pipeline.reduce((n, p) => n + p.count, 0),
      'an admin’s pipeline counts every live lead',
    ).to.equal(live);
  });

  it('migration: steps down (no table, no triggers; leads still save) and up again (tallies rebuilt from the leads)', async () => {
    const name = '20261202000000_lead_counts.ts';
    const triggers = async () =>
      (
        await s.db.raw(
          `select tgname from pg_trigger where tgrelid = 'leads'::regclass and tgname like 'leads_counts_%' order by 1`,
        )
      ).rows.map((r: { tgname: string }) => r.tgname);
    expect(await triggers()).to.deep.equal([
      'leads_counts_delete',
      'leads_counts_insert',
      'leads_counts_truncate',
      'leads_counts_update',
    ]);
    await s.db.migrate.down({ name });
    try {
      expect(await s.db.schema.hasTable('lead_counts')).to.equal(false);
      expect(await triggers()).to.deep.equal([]);
      await createLead(staff); // saved while the tallies do not exist
    } finally {
      await s.db.migrate.latest();
    }
    expect(await triggers()).to.have.length(4);
    await expectTalliesRight('after the migration ran again');
  });

  it('weekStarts gives the Mondays up to the current week', () => {
    expect(weekStarts(new Date('2026-12-02T10:00:00Z'), 2)).to.deep.equal(['2026-11-16', '2026-11-23', '2026-11-30']);
    expect(weekStarts(new Date('2026-11-30T00:00:00Z'), 1)).to.deep.equal(['2026-11-23', '2026-11-30']);
    expect(weekStarts(new Date('2026-12-06T23:59:59Z'), 0)).to.deep.equal(['2026-11-30']);
  });
});
