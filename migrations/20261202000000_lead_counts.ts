import type { Knex } from 'knex';

// The dashboard's tallies: live leads per owner, team, status and week of creation (UTC, Monday), kept by
// statement-level triggers on leads (one upsert per group per statement, COPY included). The pipeline and the
// weekly chart then read a few thousand tallies instead of every lead in the scope (1.7 s for an admin at 1M leads).
// team_id 0 stands for "no team" so the tally has a plain primary key. Merged leads are not live: a merge moves
// the lead out of its tally like a delete.
const KEY = 'owner_id, team_id, status_id, week';
const tally = (rows: string, sign: number) =>
  `select owner_id, coalesce(team_id, 0), status_id, (date_trunc('week', created_at at time zone 'UTC'))::date, ${sign} from ${rows} where merged_into_id is null`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`create table lead_counts (
    owner_id integer not null,
    team_id integer not null,
    status_id integer not null,
    week date not null,
    n bigint not null,
    primary key (${KEY})
  )`);
  await knex.raw(`insert into lead_counts (${KEY}, n) select ${KEY}, count(*) from (${tally('leads', 1)}) as t (${KEY}, d) group by ${KEY}`);
  // In key order, so concurrent statements wait for each other on a shared tally instead of deadlocking.
  const apply = (sources: string) => `insert into lead_counts (${KEY}, n)
        select ${KEY}, sum(d) from (${sources}) as t (${KEY}, d) group by ${KEY} having sum(d) <> 0 order by ${KEY}
        on conflict (${KEY}) do update set n = lead_counts.n + excluded.n`;
  const fn = (name: string, sources: string) =>
    knex.raw(`create function ${name}() returns trigger language plpgsql as $$
      begin
        ${apply(sources)};
        return null;
      end $$`);
  await fn('lead_counts_insert', tally('new_rows', 1));
  await fn('lead_counts_update', `${tally('new_rows', 1)} union all ${tally('old_rows', -1)}`);
  await fn('lead_counts_delete', tally('old_rows', -1));
  await knex.raw(`create function lead_counts_truncate() returns trigger language plpgsql as $$
      begin
        truncate lead_counts;
        return null;
      end $$`);
  // one event per trigger: PostgreSQL allows transition tables only so
  await knex.raw('create trigger leads_counts_insert after insert on leads referencing new table as new_rows for each statement execute function lead_counts_insert()');
  await knex.raw('create trigger leads_counts_update after update on leads referencing old table as old_rows new table as new_rows for each statement execute function lead_counts_update()');
  await knex.raw('create trigger leads_counts_delete after delete on leads referencing old table as old_rows for each statement execute function lead_counts_delete()');
  await knex.raw('create trigger leads_counts_truncate after truncate on leads for each statement execute function lead_counts_truncate()');
}

export async function down(knex: Knex): Promise<void> {
  for (const event of ['insert', 'update', 'delete', 'truncate']) await knex.raw(`drop trigger leads_counts_${event} on leads`);
  for (const event of ['insert', 'update', 'delete', 'truncate']) await knex.raw(`drop function lead_counts_${event}()`);
  await knex.raw('drop table lead_counts');
}
