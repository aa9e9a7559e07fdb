// Maintenance windows (admins): schedule, edit, cancel, end early. Each window owes notices (reminders at the
// configured lead times, start, end; "changed" and "cancelled" to those already told); this service writes
// them with the window, in one transaction, and the fan-out (notices.ts) sends them when they fall due.
import type { Knex } from 'knex';
import type { Actor, AuditService } from '../../platform/audit/service';
import type { Clock } from '../../platform/clock';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { NewNotice, NoticesStore } from './data/noticesStore';
import type { WindowsStore } from './data/windowsStore';
import { phaseOf, type MaintenanceWindow, type Notice, type NoticeKind, type WindowInput } from './model';

const HOUR = 3_600_000;
const MAX_LENGTH_MS = 7 * 24 * HOUR;
const MAX_AHEAD_MS = 366 * 24 * HOUR;
export const MESSAGE_MAX = 2000;

export interface WindowsDeps {
  db: Knex;
  windows: WindowsStore;
  notices: NoticesStore;
  audit: AuditService;
  clock: Clock;
  /** Lead times of the reminders, in hours (72 and 24 unless configured). */
  reminderHours: number[];
  /** After a change commits: the portal's mode cache and the notices due now. */
  changed(dueNow: number[]): Promise<void>;
  /** After a full stop ended early or was shortened: the mail it held is released. */
  ended(): Promise<void>;
}

const reminderKind = (h: number): NoticeKind => `reminder-${h}h`;
const stateOf = (w: MaintenanceWindow) => ({
  startsAt: w.startsAt.toISOString(),
  endsAt: w.endsAt.toISOString(),
  impact: w.impact,
  roles: w.roles,
});
/** What a "changed" notice says: the window before and after (its e-mail is written from these, not from the
 * window as it is when the e-mail goes out), and the roles newly affected, who are told too. */
function changeDetail(before: MaintenanceWindow, after: MaintenanceWindow) {
  const widened =
    after.roles === null ? before.roles !== null : after.roles.some((r) => !(before.roles ?? []).includes(r));
  return { before: stateOf(before), after: stateOf(after), ...(widened ? { widenedTo: after.roles } : {}) };
}
const hoursOf = (kind: string) => Number(/^reminder-(\d+)h$/.exec(kind)?.[1]);

export class MaintenanceWindows {
  constructor(private readonly d: WindowsDeps) {}

  /** When each timed notice of the window falls due. */
  private dueTimes(w: Pick<MaintenanceWindow, 'startsAt' | 'endsAt'>): [NoticeKind, Date][] {
    return [
      ...this.d.reminderHours.map((h): [NoticeKind, Date] => [
        reminderKind(h),
        new Date(w.startsAt.getTime() - h * HOUR),
      ]),
      ['start', w.startsAt],
      ['end', w.endsAt],
    ];
  }

  private skipReason(kind: NoticeKind, due: Date, now: Date): string | null {
    if (due >= now || !kind.startsWith('reminder-')) return null;
    return `The window starts less than ${hoursOf(kind)} h after it was scheduled: this reminder's time had passed.`;
  }

  private async validate(input: WindowInput, now: Date, except: MaintenanceWindow | null, trx: Knex.Transaction) {
    const errors: Record<string, string> = {};
    const started = except !== null && except.startsAt <= now;
    if (started && input.startsAt.getTime() !== except.startsAt.getTime())
      errors.startsAt = 'The window has started: its start cannot change (end it early, or change its end).';
    else if (!started && input.startsAt < now) errors.startsAt = 'The start is in the past. Choose a later time.';
    else if (input.startsAt.getTime() - now.getTime() > MAX_AHEAD_MS) errors.startsAt = 'Choose a start within a year.';
    if (input.endsAt <= input.startsAt) errors.endsAt = 'The end must be after the start.';
    else if (input.endsAt <= now) errors.endsAt = 'The end is in the past. Choose a later time.';
    else if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_LENGTH_MS)
      errors.endsAt = 'A window lasts at most 7 days. Schedule a longer outage as several windows.';
    if (input.message.length > MESSAGE_MAX) errors.message = `Keep the message under ${MESSAGE_MAX} characters.`;
    if (!errors.startsAt && !errors.endsAt) {
      const clash = await this.d.windows.overlapping(input.startsAt, input.endsAt, except?.id ?? null, trx);
      if (clash.length) errors.startsAt = `It overlaps window #${clash[0]}. Choose times outside it.`;
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
  }

  async schedule(input: WindowInput, actor: Actor): Promise<MaintenanceWindow> {
    const now = this.d.clock();
    let due: number[] = [];
    const w = await this.d.db.transaction(async (trx) => {
      // one scheduler at a time: two overlapping windows submitted together cannot both pass the overlap check
      await trx.raw('select pg_advisory_xact_lock(hashtext(?))', ['maintenance_windows']);
      await this.validate(input, now, null, trx);
      const w = await this.d.windows.insert(input, actor.userId, now, trx);
      const plan: NewNotice[] = this.dueTimes(w).map(([kind, dueAt]) => {
        const skipReason = this.skipReason(kind, dueAt, now);
        return { windowId: w.id, kind, dueAt, state: skipReason ? 'skipped' : 'pending', skipReason };
      });
      due = (await this.d.notices.insert(plan, now, trx))
        .filter((n) => n.state === 'pending' && n.dueAt <= now)
        .map((n) => n.id);
      await this.d.audit.record(actor, this.event('maintenance.schedule', w), trx);
      return w;
    });
    await this.d.changed(due);
    return w;
  }

  private event(action: string, w: MaintenanceWindow, details: Record<string, unknown> = {}) {
    const { startsAt, endsAt, impact, roles } = w;
    return {
      action,
      targetType: 'maintenance_window',
      targetId: w.id,
      details: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), impact, roles, ...details },
    };
  }

  /** The window, locked, if it may still change. */
  private async editable(id: number, now: Date, trx: Knex.Transaction): Promise<MaintenanceWindow> {
    const w = Number.isSafeInteger(id) ? await this.d.windows.find(id, trx, 'update') : undefined;
    if (!w) throw new NotFoundError();
    const phase = phaseOf(w, now);
    if (phase === 'completed') throw new ValidationError({ window: 'This window has ended: it can no longer change.' });
    if (phase === 'cancelled')
      throw new ValidationError({ window: 'This window was cancelled: it can no longer change.' });
    return w;
  }

  /**
   * Changes the window. `seen` is the revision the admin's form showed: a change made meanwhile by someone else is
   * not silently overwritten.
   */
  async edit(id: number, input: WindowInput, actor: Actor, seen?: number): Promise<MaintenanceWindow> {
    const now = this.d.clock();
    const due: number[] = [];
    let heldLess = false;
    const w = await this.d.db.transaction(async (trx) => {
      await trx.raw('select pg_advisory_xact_lock(hashtext(?))', ['maintenance_windows']);
      const before = await this.editable(id, now, trx);
      heldLess = before.impact === 'full_stop' && (input.impact !== 'full_stop' || input.endsAt < before.endsAt);
      if (seen !== undefined && seen !== before.revision)
        throw new ValidationError({
          window: 'Someone changed this window since you opened it. Check it and save again.',
        });
      await this.validate(input, now, before, trx);
      const material =
        before.startsAt.getTime() !== input.startsAt.getTime() ||
        before.endsAt.getTime() !== input.endsAt.getTime() ||
        before.impact !== input.impact ||
        JSON.stringify(before.roles) !== JSON.stringify(input.roles);
      const w = await this.d.windows.update(id, { ...input, revision: before.revision + (material ? 1 : 0) }, now, trx);
      if (material) {
        await this.retime(before, w, now, trx);
        const [n] = await this.d.notices.insert(
          [{ windowId: id, kind: 'changed', revision: w.revision, dueAt: now, detail: changeDetail(before, w) }],
          now,
          trx,
        );
        if (n) due.push(n.id);
      }
      due.push(
        ...(await this.d.notices.forWindow(id, trx))
          .filter((n) => n.state === 'pending' && n.dueAt <= now)
          .map((n) => n.id),
      );
      await this.d.audit.record(actor, this.event('maintenance.edit', w, { revision: w.revision }), trx);
      return w;
    });
    await this.d.changed(due);
    if (heldLess) await this.d.ended();
    return w;
  }

  /**
   * The timed notices not yet begun whose time moved follow the window (skipped when their new time has passed); a
   * notice whose time did not move is left as it is, even if it is due and not sent yet.
   */
  private async retime(before: MaintenanceWindow, w: MaintenanceWindow, now: Date, trx: Knex.Transaction) {
    const existing = new Map((await this.d.notices.forWindow(w.id, trx)).map((n) => [n.kind, n]));
    const was = new Map(this.dueTimes(before).map(([kind, at]) => [kind, at.getTime()]));
    const missing: NewNotice[] = [];
    for (const [kind, dueAt] of this.dueTimes(w)) {
      const n = existing.get(kind);
      if (n && was.get(kind) === dueAt.getTime()) continue;
      const reason =
        dueAt < now && kind.startsWith('reminder-') ? "The window moved: this reminder's new time had passed." : null;
      if (n) await this.d.notices.reschedule(n.id, dueAt, reason ? 'skipped' : 'pending', reason, trx);
      else missing.push({ windowId: w.id, kind, dueAt, state: reason ? 'skipped' : 'pending', skipReason: reason });
    }
    await this.d.notices.insert(missing, now, trx);
  }

  async cancel(id: number, actor: Actor): Promise<MaintenanceWindow> {
    const now = this.d.clock();
    const due: number[] = [];
    const w = await this.d.db.transaction(async (trx) => {
      const before = await this.editable(id, now, trx);
      if (before.startsAt <= now)
        throw new ValidationError({ window: 'This window has started: end it early instead of cancelling it.' });
      const w = await this.d.windows.update(id, { cancelledAt: now, revision: before.revision + 1 }, now, trx);
      await this.d.notices.skipPending(id, 'The window was cancelled.', trx);
      const [n] = await this.d.notices.insert(
        [{ windowId: id, kind: 'cancelled', revision: w.revision, dueAt: now }],
        now,
        trx,
      );
      if (n) due.push(n.id);
      await this.d.audit.record(actor, this.event('maintenance.cancel', w), trx);
      return w;
    });
    await this.d.changed(due);
    return w;
  }

  async endEarly(id: number, actor: Actor): Promise<MaintenanceWindow> {
    const now = this.d.clock();
    const due: number[] = [];
    const w = await this.d.db.transaction(async (trx) => {
      const before = await this.editable(id, now, trx);
      if (before.startsAt > now)
        throw new ValidationError({ window: 'This window has not started: cancel it instead.' });
      const endsAt = now > before.startsAt ? now : new Date(before.startsAt.getTime() + 1);
      const w = await this.d.windows.update(id, { endsAt, endedEarlyAt: now }, now, trx);
      const end = (await this.d.notices.forWindow(id, trx)).find((n) => n.kind === 'end');
      if (end) {
        await this.d.notices.reschedule(end.id, now, 'pending', null, trx);
        due.push(end.id);
      }
      await this.d.audit.record(actor, this.event('maintenance.end_early', w), trx);
      return w;
    });
    await this.d.changed(due);
    if (w.impact === 'full_stop') await this.d.ended();
    return w;
  }

  async get(id: number): Promise<{ window: MaintenanceWindow; notices: Notice[] }> {
    const window = Number.isSafeInteger(id) ? await this.d.windows.find(id) : undefined;
    if (!window) throw new NotFoundError();
    return { window, notices: await this.d.notices.forWindow(id) };
  }

  /** Windows not ended, and those that ended in the last 90 days, newest first. */
  list(): Promise<MaintenanceWindow[]> {
    return this.d.windows.recent(new Date(this.d.clock().getTime() - 90 * 24 * HOUR));
  }

  counts(notices: Notice[]) {
    return this.d.notices.counts(notices.map((n) => n.id));
  }

  deliveryLog(id: number) {
    return this.d.notices.deliveryLog(id);
  }

  /** Hides the banner of the revision the user saw (the current one unless given); a later change shows it again.
   * Returns the revision dismissed. */
  async dismiss(userId: number, id: number, shown?: number): Promise<number> {
    const w = Number.isSafeInteger(id) ? await this.d.windows.find(id) : undefined;
    if (!w) throw new NotFoundError();
    const revision = shown !== undefined && shown > 0 && shown <= w.revision ? shown : w.revision;
    await this.d.windows.dismiss(userId, w.id, revision);
    return revision;
  }

  /** The revision of the window whose banner the user dismissed, if they did. */
  dismissed(userId: number, windowId: number): Promise<number | undefined> {
    return this.d.windows.dismissed(userId, windowId);
  }
}
