// The compliance officers' queue: flags with filters (state, family, user, age), overdue ones marked, a chart of
// flags per week by family, and for one flag the sender's record (campaigns, flags, rates, earlier decisions).
import type { Clock } from '../../platform/clock';
import type { UserAdminService } from '../accounts';
import type { CampaignService } from '../campaigns';
import type { FlagFilter, FlagsStore } from './data/flagsStore';
import { FAMILIES, FLAG_DUE_MS, type Flag } from './model';

const WEEKS = 12;
const COLORS: Record<string, string> = {
  spamassassin: '#1f5fbf',
  hygiene: '#8a4b00',
  malware: '#b3261e',
  audience: '#5b2a86',
  behaviour: '#2e7d32',
  security: '#5b5b5b',
};

export class ComplianceQueue {
  constructor(
    private readonly flags: FlagsStore,
    private readonly campaigns: Pick<CampaignService, 'list'>,
    private readonly users: Pick<UserAdminService, 'find' | 'list'>,
    private readonly clock: Clock,
  ) {}

  async list(filter: FlagFilter & { olderThanDays?: number }) {
    const now = this.clock().getTime();
    const olderThan = filter.olderThanDays ? new Date(now - filter.olderThanDays * 86_400_000) : undefined;
    const flags = await this.flags.list({ ...filter, olderThan });
    const people = new Map((await this.users.list()).map((u) => [u.id, u]));
    return flags.map((f) => ({
      flag: f,
      user: people.get(f.userId),
      overdue: ['open', 'blocked'].includes(f.state) && now - f.createdAt.getTime() > FLAG_DUE_MS,
    }));
  }

  /** Flags per week (the last 12) and family, as Chart.js draws a stacked bar chart. */
  async chart() {
    const since = new Date(this.clock().getTime() - WEEKS * 7 * 86_400_000);
    const rows = await this.flags.perWeek(since);
    const weeks = [...new Set(rows.map((r) => r.week))].sort();
    const datasets = FAMILIES.filter((f) => rows.some((r) => r.family === f)).map((family) => ({
      label: family,
      color: COLORS[family],
      data: weeks.map((w) => rows.find((r) => r.week === w && r.family === family)?.n ?? 0),
    }));
    return { type: 'bar', labels: weeks, datasets, stacked: true };
  }

  /** The sender's record beside a flag. */
  async history(flag: Flag) {
    const user = await this.users.find(flag.userId);
    if (!user) return undefined;
    const campaigns = await this.campaigns.list(user);
    const totals = campaigns.reduce(
      (t, c) => ({
        sent: t.sent + (c.totals?.sent ?? 0),
        bounced: t.bounced + (c.totals?.bounced ?? 0),
        complained: t.complained + (c.totals?.complained ?? 0),
      }),
      { sent: 0, bounced: 0, complained: 0 },
    );
    const rate = (n: number) => (totals.sent ? `${((n / totals.sent) * 100).toFixed(2)}%` : '—');
    return {
      user,
      campaigns: campaigns.slice(0, 20),
      flags: (await this.flags.list({ userId: user.id, limit: 50 })).filter((f) => f.id !== flag.id),
      decisions: await this.flags.decisions({ userId: user.id }),
      rates: { ...totals, bounceRate: rate(totals.bounced), complaintRate: rate(totals.complained) },
    };
  }
}
