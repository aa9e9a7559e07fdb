// Reading the policies: the version in force of each kind (from a per-process list of the published versions,
// kept 3 s; the clock decides which is in force, so a scheduled version takes effect on time without a
// restart), any version by number, the history, a comparison, and which versions in force a user has yet to
// accept.
import type { Clock } from '../../platform/clock';
import type { AcceptancesStore } from './data/acceptancesStore';
import type { PoliciesStore } from './data/policiesStore';
import { compareTexts } from './diff';
import type { PolicyKind, PolicyVersion, PublishedVersion } from './model';

const CACHE_MS = 3000;

export class PoliciesService {
  private cache?: { at: number; list: Promise<PublishedVersion[]> };

  constructor(
    private readonly store: PoliciesStore,
    private readonly acceptances: AcceptancesStore,
    private readonly clock: Clock,
  ) {}

  /** Every published version, newest number first (cached 3 s in this process). */
  published(): Promise<PublishedVersion[]> {
    const now = Date.now();
    if (!this.cache || now - this.cache.at > CACHE_MS) {
      const list = this.store.published();
      this.cache = { at: now, list };
      list.catch(() => (this.cache = undefined));
    }
    return this.cache.list;
  }

  invalidate(): void {
    this.cache = undefined;
  }

  /** The version of the kind in force at `at` (now by default): the latest to have taken effect. */
  async current(kind: PolicyKind, at = this.clock()): Promise<PublishedVersion | undefined> {
    const list = (await this.published()).filter((v) => v.kind === kind && v.effectiveAt <= at);
    return list.sort((a, b) => b.effectiveAt.getTime() - a.effectiveAt.getTime() || b.version - a.version)[0];
  }

  /** The published versions of the kind, newest first, each marked in force, past or scheduled. */
  async history(kind: PolicyKind) {
    const inForce = await this.current(kind);
    const now = this.clock();
    return (await this.published())
      .filter((v) => v.kind === kind)
      .map((v) => ({
        ...v,
        phase: v.id === inForce?.id ? 'in force' : v.effectiveAt > now ? 'scheduled' : 'past',
      }));
  }

  version(kind: PolicyKind, n: number): Promise<PolicyVersion | undefined> {
    return this.store.byNumber(kind, n);
  }

  /** Two published versions compared; kept once computed (their texts never change), the last 50 of them. */
  async compare(kind: PolicyKind, from: number, to: number) {
    const key = `${kind}:${from}:${to}`;
    const kept = this.compared.get(key);
    if (kept) return kept;
    const [a, b] = await Promise.all([this.version(kind, from), this.version(kind, to)]);
    if (!a || !b) return undefined;
    const c = { from: a, to: b, ...compareTexts(a.body, b.body) };
    this.compared.set(key, c);
    if (this.compared.size > 50) this.compared.delete(this.compared.keys().next().value!);
    return c;
  }
  private readonly compared = new Map<
    string,
    { from: PolicyVersion; to: PolicyVersion } & ReturnType<typeof compareTexts>
  >();

  /** The published version of the kind before this one (what a change is compared with). */
  async previous(v: PublishedVersion): Promise<PublishedVersion | undefined> {
    return (await this.published()).find((p) => p.kind === v.kind && p.version < v.version);
  }

  /**
   * The versions in force the user has not accepted, terms first. Version 1 of each is the text the portal began
   * with, before acceptance was recorded: no one is asked about it. `known` holds versions the user is known to
   * have accepted (the session's memory), so a signed-in page asks PostgreSQL only about new ones.
   */
  async pendingFor(userId: number, known: readonly number[] = []) {
    const inForce = (await Promise.all([this.current('terms'), this.current('privacy')])).filter(
      (v): v is PublishedVersion => !!v && v.version > 1 && !known.includes(v.id),
    );
    const accepted = await this.acceptances.acceptedBy(
      userId,
      inForce.map((v) => v.id),
    );
    return { pending: inForce.filter((v) => !accepted.has(v.id)), accepted: [...accepted] };
  }
}
