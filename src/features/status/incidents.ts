// Incidents (admins): open one with its first update, post updates, resolve it. Each update is one notice to
// the users it affects, written with the update and sent by the fan-out.
import type { Knex } from 'knex';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { IncidentsStore, NewIncident } from './data/incidentsStore';
import type { NoticesStore } from './data/noticesStore';
import { INCIDENT_IMPACTS, INCIDENT_STATES, PARTS, type Incident, type IncidentState } from './model';

export const TITLE_MAX = 200;
export const BODY_MAX = 5000;

export interface IncidentsDeps {
  db: Knex;
  incidents: IncidentsStore;
  notices: NoticesStore;
  audit: AuditService;
  clock: Clock;
  changed(dueNow: number[]): Promise<void>;
}

function checkUpdate(state: string, body: string, errors: Record<string, string>): void {
  if (!(INCIDENT_STATES as readonly string[]).includes(state)) errors.state = 'Choose the state of the incident.';
  if (!body) errors.body = 'Say what is happening and what users can do.';
  else if (body.length > BODY_MAX) errors.body = `Keep the update under ${BODY_MAX} characters.`;
}

export class IncidentService {
  constructor(private readonly d: IncidentsDeps) {}

  async open(i: NewIncident & { state: string; body: string }, actor: Actor): Promise<number> {
    const errors: Record<string, string> = {};
    if (!i.title) errors.title = 'Give the incident a short title.';
    else if (i.title.length > TITLE_MAX) errors.title = `Keep the title under ${TITLE_MAX} characters.`;
    if (!(INCIDENT_IMPACTS as readonly string[]).includes(i.impact)) errors.impact = 'Choose how bad it is.';
    if (!i.parts.length || i.parts.some((p) => !(PARTS as readonly string[]).includes(p)))
      errors.parts = 'Choose the parts of the portal it affects.';
    checkUpdate(i.state, i.body, errors);
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const now = this.d.clock();
    let notice = 0;
    const id = await this.d.db.transaction(async (trx) => {
      const id = await this.d.incidents.insert(i, actor.userId, now, trx);
      notice = await this.post(id, i.state as IncidentState, i.body, actor, now, trx);
      await this.d.audit.record(
        actor,
        {
          action: 'incident.open',
          targetType: 'incident',
          targetId: id,
          details: { title: i.title, impact: i.impact },
        },
        trx,
      );
      return id;
    });
    await this.d.changed([notice]);
    return id;
  }

  async update(id: number, state: string, body: string, actor: Actor): Promise<void> {
    const errors: Record<string, string> = {};
    checkUpdate(state, body, errors);
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const now = this.d.clock();
    let notice = 0;
    await this.d.db.transaction(async (trx) => {
      const found = Number.isSafeInteger(id) ? await this.d.incidents.lock(id, trx) : undefined;
      if (!found) throw new NotFoundError();
      if (found.resolvedAt)
        throw new ValidationError({ state: 'This incident is resolved: open a new one if it is back.' });
      notice = await this.post(id, state as IncidentState, body, actor, now, trx);
      await this.d.audit.record(
        actor,
        { action: 'incident.update', targetType: 'incident', targetId: id, details: { state } },
        trx,
      );
    });
    await this.d.changed([notice]);
  }

  private async post(id: number, state: IncidentState, body: string, actor: Actor, now: Date, trx: Knex.Transaction) {
    const updateId = await this.d.incidents.addUpdate(id, { state, body }, actor.userId, now, trx);
    if (state === 'resolved') await this.d.incidents.markResolved(id, now, trx);
    const [n] = await this.d.notices.insert([{ updateId, kind: 'incident', dueAt: now }], now, trx);
    return n.id;
  }

  async get(id: number): Promise<Incident> {
    const i = Number.isSafeInteger(id) ? await this.d.incidents.find(id) : undefined;
    if (!i) throw new NotFoundError();
    return i;
  }

  /** Incidents of the last 90 days, and any still open. */
  recent(): Promise<Incident[]> {
    return this.d.incidents.since(new Date(this.d.clock().getTime() - 90 * 24 * 3_600_000));
  }
}
