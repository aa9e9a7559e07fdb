// Tamper-evident audit log: each row stores SHA-256(previous hash ‖ canonical row).
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { AuditEntry, AuditFilter, AuditStore } from './store';

/** Who did it, from where: taken from the request (or the CLI / a worker). */
export interface Actor {
  userId: number | null;
  ip?: string | null;
  requestId?: string | null;
}
export interface AuditEvent {
  action: string;
  targetType?: string;
  targetId?: string | number;
  details?: Record<string, unknown>;
}
export type VerifyResult = { ok: true; rows: number } | { ok: false; rows: number; brokenAt: number; reason: string };

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .sort()
      .filter((k) => obj[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function hashEntry(e: Omit<AuditEntry, 'hash'>): string {
  const row = canonical([
    e.id,
    e.at.toISOString(),
    e.actorId,
    e.action,
    e.targetType,
    e.targetId,
    e.ip,
    e.requestId,
    e.details,
  ]);
  return crypto.createHash('sha256').update(e.prevHash).update('\u2016').update(row).digest('hex');
}

export class AuditService {
  constructor(private readonly repo: AuditStore) {}

  /** Append one event; pass `trx` to commit it atomically with the change it records. */
  async record(actor: Actor, event: AuditEvent, trx?: Knex.Transaction): Promise<AuditEntry> {
    const build = (prevHash: string, id: number): AuditEntry => {
      const base = {
        id,
        at: new Date(),
        actorId: actor.userId,
        action: event.action,
        targetType: event.targetType ?? null,
        targetId: event.targetId == null ? null : String(event.targetId),
        ip: actor.ip ?? null,
        requestId: actor.requestId ?? null,
        details: event.details ?? {},
        prevHash,
      };
      return { ...base, hash: hashEntry(base) };
    };
    // on its own: a transaction straight on pg (AuditStore.appendAlone), one knex transaction less per lead page
    return trx ? this.repo.append(trx, build) : this.repo.appendAlone(build);
  }

  find(filter: AuditFilter) {
    return this.repo.find(filter);
  }
  actions() {
    return this.repo.actions();
  }
  entries(where: Parameters<AuditStore['entries']>[0]) {
    return this.repo.entries(where);
  }
  bursts(actions: string[], byTarget: string[], since: Date, min: number) {
    return this.repo.bursts(actions, byTarget, since, min);
  }

  /** Walks the chain and reports the first row whose link or hash does not hold. */
  async verify(): Promise<VerifyResult> {
    let prev = '';
    let rows = 0;
    for await (const e of this.repo.all()) {
      if (e.prevHash !== prev) return { ok: false, rows, brokenAt: e.id, reason: 'previous-hash link does not match' };
      if (hashEntry(e) !== e.hash)
        return { ok: false, rows, brokenAt: e.id, reason: 'row content does not match its hash' };
      prev = e.hash;
      rows++;
    }
    return { ok: true, rows };
  }
}
