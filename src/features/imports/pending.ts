// An import batch's rows on their way to leads: each valid row's probe (what the duplicate search compares) and
// the batch's leads still to be created, found again by exact e-mail, phone or name key, so that a later row of
// the same batch is a duplicate of an earlier one.
import { nameKey, type Duplicate, type LeadInput, type Match } from '../leads';

export type Probe = { email: string | null; phone: string | null; nameKey: string };
export const probeOf = (input: LeadInput): Probe => ({
  email: input.email,
  phone: input.phone,
  nameKey: nameKey(input),
});
/** A valid row not suppressed, with the leads it matches and those the user may see. */
export interface Candidate {
  no: number;
  input: LeadInput;
  probe: Probe;
  matches: Match[];
  visible: Duplicate[];
}
export interface PendingLead {
  no: number;
  input: LeadInput;
  matches: Match[];
  probe: Probe;
}
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
