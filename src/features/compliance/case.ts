// "Export case": the evidence bundle for authorities. The flag and its hits, the campaign, the decisions, and the
// audit entries involved with their chain hashes; each entry's hash is recomputed here so the bundle says
// whether it verifies, and anyone can recompute it from the canonical form described in the bundle.
import { hashEntry, type AuditService } from '../../platform/audit/service';
import type { AuditEntry } from '../../platform/audit/store';
import type { Campaign, CampaignReview } from '../campaigns';
import type { User, UserAdminService } from '../accounts';
import type { FlagsStore } from './data/flagsStore';
import type { Flag } from './model';

export interface CaseBundle {
  generatedAt: string;
  flag: Flag;
  subject: Pick<User, 'id' | 'name' | 'email' | 'role' | 'status'> | null;
  campaign: Pick<Campaign, 'id' | 'name' | 'subject' | 'body' | 'state' | 'stateReason' | 'scan' | 'createdAt'> | null;
  decisions: Awaited<ReturnType<FlagsStore['decisions']>>;
  audit: (AuditEntry & { verifies: boolean })[];
  chain: { allVerify: boolean; how: string };
}

export class CaseExport {
  constructor(
    private readonly flags: FlagsStore,
    private readonly audit: AuditService,
    private readonly campaigns: Pick<CampaignReview, 'find'>,
    private readonly users: Pick<UserAdminService, 'find'>,
  ) {}

  async bundle(flag: Flag, now: Date): Promise<CaseBundle> {
    const decisions = await this.flags.decisions({ flagId: flag.id });
    const c = flag.campaignId ? await this.campaigns.find(flag.campaignId) : undefined;
    const ids = [...(flag.evidence.auditIds ?? []), ...decisions.flatMap((d) => (d.auditId ? [d.auditId] : []))];
    const entries = await this.audit.entries({
      ids,
      target: c ? { type: 'campaign', id: String(c.id) } : undefined,
    });
    const audit = entries.map((e) => ({ ...e, verifies: hashEntry(e) === e.hash }));
    const u = await this.users.find(flag.userId);
    return {
      generatedAt: now.toISOString(),
      flag,
      subject: u ? { id: u.id, name: u.name, email: u.email, role: u.role, status: u.status } : null,
      campaign: c
        ? {
            id: c.id,
            name: c.name,
            subject: c.subject,
            body: c.body,
            state: c.state,
            stateReason: c.stateReason,
            scan: c.scan,
            createdAt: c.createdAt,
          }
        : null,
      decisions,
      audit,
      chain: {
        allVerify: audit.every((e) => e.verifies),
        how: 'hash = SHA-256(prevHash ‖ "‖" ‖ canonical JSON of [id, at, actorId, action, targetType, targetId, ip, requestId, details]), keys sorted; each entry’s prevHash is the hash of the entry before it in the full log (`npm run crm -- audit:verify` walks it all).',
      },
    };
  }
}
