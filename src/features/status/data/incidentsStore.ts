// Incidents and their updates, in PostgreSQL.
import type { Knex } from 'knex';
import type { Incident, IncidentImpact, IncidentState, IncidentUpdate } from '../model';
import type { Role } from '../model';

type Row = Record<string, any>;
const toUpdate = (r: Row): IncidentUpdate => ({
  id: Number(r.id),
  incidentId: Number(r.incident_id),
  state: r.state,
  body: r.body,
  createdAt: r.created_at,
});
const toIncident = (r: Row, updates: IncidentUpdate[]): Incident => ({
  id: Number(r.id),
  title: r.title,
  impact: r.impact,
  parts: r.parts,
  roles: r.roles ?? null,
  openedAt: r.opened_at,
  resolvedAt: r.resolved_at,
  updates,
});

export interface NewIncident {
  title: string;
  impact: IncidentImpact;
  parts: string[];
  roles: Role[] | null;
}

export class IncidentsStore {
  constructor(private readonly db: Knex) {}

  async insert(i: NewIncident, by: number | null, now: Date, trx: Knex.Transaction): Promise<number> {
    const [r] = await trx('status_incidents')
      .insert({ title: i.title, impact: i.impact, parts: i.parts, roles: i.roles, opened_at: now, created_by: by })
      .returning('id');
    return Number(r.id);
  }

  async addUpdate(
    incidentId: number,
    u: { state: IncidentState; body: string },
    by: number | null,
    now: Date,
    trx: Knex.Transaction,
  ): Promise<number> {
    const [r] = await trx('status_incident_updates')
      .insert({ incident_id: incidentId, state: u.state, body: u.body, created_at: now, created_by: by })
      .returning('id');
    return Number(r.id);
  }

  async markResolved(id: number, at: Date, trx: Knex.Transaction): Promise<void> {
    await trx('status_incidents').where({ id }).update({ resolved_at: at });
  }

  async lock(id: number, trx: Knex.Transaction): Promise<{ resolvedAt: Date | null } | undefined> {
    const r = await trx('status_incidents').where({ id }).forUpdate().first('resolved_at');
    return r ? { resolvedAt: r.resolved_at } : undefined;
  }

  async find(id: number): Promise<Incident | undefined> {
    return (await this.withUpdates(this.db('status_incidents').where({ id })))[0];
  }

  async findByUpdate(updateId: number): Promise<Incident | undefined> {
    return (
      await this.withUpdates(
        this.db('status_incidents').whereIn(
          'id',
          this.db('status_incident_updates').where({ id: updateId }).select('incident_id'),
        ),
      )
    )[0];
  }

  /** Incidents opened since `since` or still open, newest first, each with its updates (newest first). */
  async since(since: Date, limit = 200): Promise<Incident[]> {
    return this.withUpdates(
      this.db('status_incidents')
        .where((q) => {
          void q.where('opened_at', '>=', since).orWhereNull('resolved_at');
        })
        .orderBy('opened_at', 'desc')
        .limit(limit),
    );
  }

  async open(): Promise<Incident[]> {
    return this.withUpdates(this.db('status_incidents').whereNull('resolved_at').orderBy('opened_at', 'desc'));
  }

  private async withUpdates(q: Knex.QueryBuilder): Promise<Incident[]> {
    const rows: Row[] = await q;
    if (!rows.length) return [];
    const updates = (
      await this.db('status_incident_updates')
        .whereIn(
          'incident_id',
          rows.map((r) => r.id),
        )
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
    ).map(toUpdate);
    return rows.map((r) =>
      toIncident(
        r,
        updates.filter((u) => u.incidentId === Number(r.id)),
      ),
    );
  }
}
