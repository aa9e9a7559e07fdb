// How a lead's history reads on its page: plain field names, and statuses, owners, teams, lawful bases and
// yes/no values in words instead of the ids and keys the history stores.
import { CHANNEL_LABELS, LAWFUL_BASES, type ConsentChannel, type HistoryEntry, type LeadStatus } from '../model';

const LABELS: Record<string, string> = {
  created: 'Created',
  merged: 'Merged',
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  jobTitle: 'Job title',
  email: 'E-mail',
  phone: 'Phone',
  address: 'Postal address',
  notes: 'Notes',
  source: 'Source',
  statusId: 'Status',
  tags: 'Tags',
  ownerId: 'Owner',
  teamId: 'Team',
  lawfulBasis: 'Lawful basis',
  doNotContact: 'Do not contact',
  lastVerifiedAt: 'Verified',
  'basis.method': 'Evidence: how obtained',
  'basis.source': 'Evidence: where obtained',
  'basis.obtainedAt': 'Evidence: when obtained',
  'basis.wording': 'Evidence: wording shown',
};
/** "Consent", "Legitimate interest": the part of each basis's explanation before its colon. */
const BASES: Record<string, string> = Object.fromEntries(
  Object.entries(LAWFUL_BASES).map(([k, text]) => [k, text.split(':')[0]]),
);
const BASIS_NAMES = new Map(Object.entries(BASES));

export interface HistoryRow {
  at: Date;
  userId: number | null;
  leadId: number;
  label: string;
  before: string;
  after: string;
}
export interface Names {
  statuses: LeadStatus[];
  /** user id → name, as the lead page already has it */
  people: Map<number, string>;
  teams: { id: number; name: string }[];
}

export function historyRows(entries: HistoryEntry[], names: Names): HistoryRow[] {
  const lookups: Record<string, Map<string, string>> = {
    statusId: new Map(names.statuses.map((s) => [String(s.id), s.label])),
    ownerId: new Map([...names.people].map(([id, name]) => [String(id), name])),
    teamId: new Map(names.teams.map((t) => [String(t.id), t.name])),
    lawfulBasis: BASIS_NAMES,
  };
  const value = (field: string, v: string | null): string => {
    if (v == null) return '';
    const lookup = lookups[field];
    if (lookup) return lookup.get(v) ?? `#${v}`;
    // doNotContact is stored as "true"/"false", the new value with its reason after it.
    if (field === 'doNotContact') return v.replace(/^true\b/, 'Yes').replace(/^false\b/, 'No');
    if (field === 'created')
      return v.replace(/^lawful basis: (\w+)/, (_all, key: string) => `lawful basis: ${BASES[key] ?? key}`);
    return v;
  };
  return entries.map((h) => {
    const channel = /^consent\.(\w+)$/.exec(h.field)?.[1];
    const label = channel
      ? `Marketing consent (${CHANNEL_LABELS[channel as ConsentChannel] ?? channel})`
      : (LABELS[h.field] ?? h.field);
    return {
      at: h.at,
      userId: h.userId,
      leadId: h.leadId,
      label,
      before: value(h.field, h.oldValue),
      after: value(h.field, h.newValue),
    };
  });
}
