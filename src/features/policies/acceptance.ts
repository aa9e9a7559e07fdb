// Acceptance: a user accepts the version in force (a tick for a material change; continuing for any other, as the
// terms say continued use is acceptance), or declines a material one (recorded, the admins told, the account
// unable to work until it accepts). Each record holds the SHA-256 of the exact text, how, when, IP and user agent;
// the tables are append-only. And the proof for compliance officers: who accepted, who has not, per version.
import type { Knex } from 'knex';
import type { AuditService, Actor } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import { BadRequestError, ValidationError } from '../../platform/errors';
import type { Broadcasts } from '../notifications';
import type { AcceptancesStore } from './data/acceptancesStore';
import type { PoliciesStore } from './data/policiesStore';
import { POLICY_KINDS, type Origin, type PublishedVersion } from './model';
import type { PoliciesService } from './service';

export const ACCEPT_REQUIRED = 'Tick "I accept" to continue, or decline.';

export interface AcceptanceDeps {
  db: Knex;
  store: AcceptancesStore;
  versions: PoliciesStore;
  policies: PoliciesService;
  broadcasts: Broadcasts;
  audit: AuditService;
  clock: Clock;
  baseUrl: string;
}

export interface Accepter {
  id: number;
  name: string;
  email: string;
}

export class AcceptanceService {
  constructor(private readonly d: AcceptanceDeps) {}

  /** The version, if it is the one of its kind in force now; an acceptance of any other is refused. */
  private async inForce(versionId: number): Promise<PublishedVersion> {
    const v = versionId >= 1 && versionId <= 2 ** 31 - 1 ? await this.d.versions.find(versionId) : undefined;
    const current = v && (await this.d.policies.current(v.kind));
    if (!v || !current || current.id !== v.id)
      throw new BadRequestError('That version is not the one in force: nothing was recorded.');
    return current;
  }

  /** Records the user's acceptance of the version in force (once: a second one changes nothing). */
  async accept(user: Accepter, versionId: number, ticked: boolean, origin: Origin, actor: Actor) {
    const v = await this.inForce(versionId);
    if (v.material && !ticked) throw new ValidationError({ accept: ACCEPT_REQUIRED });
    const method = ticked ? ('explicit' as const) : ('continued_use' as const);
    await this.d.db.transaction(async (trx) => {
      const at = this.d.clock();
      const fresh = await this.d.store.record(
        { userId: user.id, versionId: v.id, textSha256: v.textSha256!, method, at, ...origin },
        trx,
      );
      if (fresh)
        await this.d.audit.record(
          actor,
          {
            action: 'policy.accept',
            targetType: 'policy_version',
            targetId: v.id,
            details: { kind: v.kind, version: v.version, method, textSha256: v.textSha256 },
          },
          trx,
        );
    });
    return v;
  }

  /** A new user's explicit acceptance of each policy in force, ticked when they set their password. */
  async acceptOnJoin(user: Accepter, origin: Origin): Promise<void> {
    for (const kind of POLICY_KINDS) {
      const v = await this.d.policies.current(kind);
      if (v) await this.accept(user, v.id, true, origin, { userId: user.id, ip: origin.ip });
    }
  }

  /** Records that the user declined a material change; the admins are told of a user's first decline of it. */
  async decline(user: Accepter, versionId: number, origin: Origin, actor: Actor): Promise<PublishedVersion> {
    const v = await this.inForce(versionId);
    if (!v.material)
      throw new BadRequestError('This change takes effect by continued use; it cannot be declined here.');
    if ((await this.d.store.acceptedBy(user.id, [v.id])).size)
      throw new BadRequestError('You accepted this version already: it cannot be declined now.');
    const at = this.d.clock();
    await this.d.db.transaction(async (trx) => {
      const before = await this.d.store.declined(user.id, v.id, trx);
      await this.d.store.decline({ userId: user.id, versionId: v.id, at, ...origin }, trx);
      if (!before) await this.tellAdmins(user, v, at, trx);
      await this.d.audit.record(
        actor,
        {
          action: 'policy.decline',
          targetType: 'policy_version',
          targetId: v.id,
          details: { kind: v.kind, version: v.version },
        },
        trx,
      );
    });
    return v;
  }

  private async tellAdmins(user: Accepter, v: PublishedVersion, at: Date, trx: Knex.Transaction) {
    const url = `/compliance/acceptance?version=${v.id}`;
    const text = `${user.name} <${user.email}> declined version ${v.version} of the ${v.title} at ${at.toISOString()}. They were signed out, and their account cannot be used until they accept it.\n\nAcceptance records: ${this.d.baseUrl}${url}`;
    await this.d.broadcasts.create(
      {
        kind: 'terms',
        title: `${user.name} declined the ${v.title} version ${v.version}`,
        body: text,
        url,
        roles: ['admin'],
        email: { subject: `Declined: ${v.title} version ${v.version}`, text },
        dueAt: at,
      },
      trx,
    );
  }

  /** Who accepted the version (and how), and which active users have not (with when they were told): the first
   * `limit` of each, and how many. */
  async report(versionId: number, limit = 500) {
    const v = await this.d.versions.find(versionId);
    if (!v || v.state === 'draft') return undefined;
    return { version: v, ...(await this.d.store.report(v.id, v.broadcastId, limit)) };
  }

  /** Every row of both lists, streamed (for the CSV). */
  rows(v: { id: number; broadcastId: number | null }) {
    return this.d.store.all(v.id, v.broadcastId);
  }

  /** Cumulative acceptances per day, one line per published version (the first versions asked nobody). */
  async chart(versions: PublishedVersion[]) {
    const asked = versions.filter((v) => v.version > 1);
    const rows = await this.d.store.perDay(asked.map((v) => v.id));
    const days = [...new Set(rows.map((r) => r.day))].sort();
    const colours = ['#1f5fbf', '#b3541e', '#2e7d32', '#6a1b9a', '#00838f', '#9e9d24'];
    const datasets = asked.map((v, i) => {
      let total = 0;
      const per = new Map(rows.filter((r) => r.versionId === v.id).map((r) => [r.day, r.n]));
      return {
        label: `${v.title} v${v.version}`,
        data: days.map((d) => (total += per.get(d) ?? 0)),
        color: colours[i % colours.length],
      };
    });
    return { type: 'line', labels: days, datasets };
  }
}
