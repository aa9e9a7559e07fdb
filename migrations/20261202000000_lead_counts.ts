import type { Knex } from 'knex';

// The dashboard's tallies: live leads per owner, team, status and week of creation (UTC, Monday). Triggers on leads
// append signed changes (+n, -n) as rows; the dashboard sums them; a maintenance job folds them into one row per
// group (LeadCountsRepository.compact). Appending takes no lock on an existing row, so lead writes never wait for
// each other here and cannot deadlock through it (an upsert would lock the shared row until commit, and a bulk
// change that also takes the audit lock between its updates could then deadlock with a single edit).
// Inserts and deletes are counted per statement (COPY included), updates per row and only when the owner, team,
// status, creation time or merge changes. team_id 0 stands for "no team". Merged leads are not live.
const KEY = 'owner_id, team_id, status_id, week';
const week = (row: string) => `(date_trunc('week', ${row}.created_at at time zone 'UTC'))::date`;
const fromRows = (rows: string, sign: number) =>
  `select owner_id, coalesce(team_id, 0), status_id, ${week(rows)}, ${sign} * count(*) from ${rows} where merged_into_id is null group by 1, 2, 3, 4`;
const fromRecord = (rec: 'old' | 'new', sign: number) =>
  `select ${rec}.owner_id, coalesce(${rec}.team_id, 0), ${rec}.status_id, ${week(rec)}, ${sign} where ${rec}.merged_into_id is null`;
const MOVED = ['owner_id', 'team_id', 'status_id', 'created_at', 'merged_into_id']
  .map((c) => `old.${c} is distinct from new.${c}`)
  .join(' or ');

const fn = (knex: Knex, name: string, body: string) =>
  knex.raw(`create function ${name}() returns trigger language plpgsql as $$
    begin
      ${body};
      return null;
    end $$`);

export async function up(knex: Knex): Promise<void> {
  // No lead changes between the tallies' first count and the triggers that keep them (until this commits).
  await knex.raw('lock table leads in share row exclusive mode');
  await knex.raw(`create table lead_counts (
    owner_id integer not null,
    team_id integer not null,
    status_id integer not null,
    week date not null,
    n bigint not null
  )`);
  await knex.raw(`insert into lead_counts (${KEY}, n) ${fromRows('leads', 1)}`);
  await fn(knex, 'lead_counts_insert', `insert into lead_counts (${KEY}, n) ${fromRows('new_rows', 1)}`);
  await fn(knex, 'lead_counts_delete', `insert into lead_counts (${KEY}, n) ${fromRows('old_rows', -1)}`);
  await fn(
    knex,
    'lead_counts_update',
    `insert into lead_counts (${KEY}, n) ${fromRecord('old', -1)} union all ${fromRecord('new', 1)}`,
  );
  await fn(knex, 'lead_counts_truncate', 'truncate lead_counts');
  // transition tables need one event per trigger
  await knex.raw(
    'create trigger leads_counts_insert after insert on leads referencing new table as new_rows for each statement execute function lead_counts_insert()',
  );
  await knex.raw(
    'create trigger leads_counts_delete after delete on leads referencing old table as old_rows for each statement execute function lead_counts_delete()',
  );
  await knex.raw(
    `create trigger leads_counts_update after update on leads for each row when (${MOVED}) execute function lead_counts_update()`,
  );
  await knex.raw(
    'create trigger leads_counts_truncate after truncate on leads for each statement execute function lead_counts_truncate()',
  );
}

export async function down(knex: Knex): Promise<void> {
  for (const event of ['insert', 'update', 'delete', 'truncate'])
    await knex.raw(`drop trigger leads_counts_${event} on leads`);
  for (const event of ['insert', 'update', 'delete', 'truncate'])
    await knex.raw(`drop function lead_counts_${event}()`);
  await knex.raw('drop table lead_counts');
}
