// An import batch's rows on their way to leads: each valid row's probe (what the duplicate search compares) and
// the batch's leads still to be created, found again by exact e-mail, phone or name key, so that a later row of
// the same batch is a duplicate of an earlier one.
import { type Duplicate, type DuplicateProbe as Probe, type LeadInput, type Match } from '../leads';
/** A valid row not suppressed, with the leads it matches and those the user may see. */
export interface Candidate {
  no: number;
  input: LeadInput;
  probe: Probe;
  matches: Match[];
  visible: Duplicate[];
}
/** A row whose lead the batch will create (the visible duplicates are none). */
export type PendingLead = Omit<Candidate, 'visible'>;
/** The batch's leads to create, found again by exact e-mail, phone or name + company (duplicates within the file). */
export class Pending {
  readonly list: PendingLead[] = [];
  private readonly keys = new Map<string, PendingLead>();
  private static keysOf(p: Probe): string[] {
    return [p.email && `e:${p.email}`, p.phone && `p:${p.phone}`, `n:${p.nameKey}`].filter((k): k is string => !!k);
  }
  find(p: Probe): PendingLead | undefined {
    for (const k of Pending.keysOf(p)) {
      const hit = this.keys.get(k);
      if (hit) return hit;
    }
    return undefined;
  }
  add(lead: PendingLead): void {
    this.list.push(lead);
    for (const k of Pending.keysOf(lead.probe)) if (!this.keys.has(k)) this.keys.set(k, lead);
  }
}
