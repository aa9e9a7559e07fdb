// What an export holds, file by file: the columns of each CSV, each row as the CSV and the JSON write it, the
// sources the rows come from (the leads and campaigns features' own reads) and the README.txt.
import type { OwnedCampaign } from '../campaigns';
import type { ConsentRecord, OwnedHistoryEntry, OwnedLead } from '../leads';
import type { ExportCounts } from './model';

/** Cursors over what the user owns, read in one snapshot. */
export interface ExportSources {
  leads(userId: number): AsyncIterable<OwnedLead>;
  consents(userId: number): AsyncIterable<ConsentRecord>;
  history(userId: number): AsyncIterable<OwnedHistoryEntry>;
  campaigns(userId: number): AsyncIterable<OwnedCampaign>;
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

export const LEAD_COLUMNS = [
  'id',
  'first_name',
  'last_name',
  'company',
  'job_title',
  'email',
  'phone',
  'address',
  'notes',
  'source',
  'status',
  'tags',
  'team_id',
  'lawful_basis',
  'basis_method',
  'basis_source',
  'basis_obtained_at',
  'basis_wording',
  'basis_recorded_by',
  'do_not_contact',
  'created_at',
  'updated_at',
  'last_verified_at',
];
export const leadRow = (l: OwnedLead) => ({
  id: l.id,
  first_name: l.firstName,
  last_name: l.lastName,
  company: l.company,
  job_title: l.jobTitle,
  email: l.email,
  phone: l.phone,
  address: l.address,
  notes: l.notes,
  source: l.source,
  status: l.statusLabel,
  tags: l.tags.join('; '),
  team_id: l.teamId,
  lawful_basis: l.lawfulBasis,
  basis_method: l.basis.method,
  basis_source: l.basis.source,
  basis_obtained_at: l.basis.obtainedAt,
  basis_wording: l.basis.wording,
  basis_recorded_by: l.basis.recordedBy,
  do_not_contact: yesNo(l.doNotContact),
  created_at: l.createdAt,
  updated_at: l.updatedAt,
  last_verified_at: l.lastVerifiedAt,
});
export const leadJson = (l: OwnedLead) => {
  const { statusLabel, mergedIntoId: _merged, ...rest } = l;
  return { ...rest, status: statusLabel };
};

export const CONSENT_COLUMNS = [
  'id',
  'lead_id',
  'channel',
  'status',
  'method',
  'source',
  'obtained_at',
  'wording',
  'reason',
  'recorded_by',
  'recorded_at',
];
export const consentRow = (c: ConsentRecord) => ({
  id: c.id,
  lead_id: c.leadId,
  channel: c.channel,
  status: c.status,
  method: c.evidence.method,
  source: c.evidence.source,
  obtained_at: c.evidence.obtainedAt,
  wording: c.evidence.wording,
  reason: c.reason,
  recorded_by: c.recordedBy,
  recorded_at: c.recordedAt,
});

export const HISTORY_COLUMNS = [
  'id',
  'lead_id',
  'recorded_on_lead_id',
  'at',
  'user_id',
  'field',
  'old_value',
  'new_value',
];
export const historyRow = (h: OwnedHistoryEntry) => ({
  id: h.id,
  lead_id: h.ownLeadId,
  recorded_on_lead_id: h.leadId,
  at: h.at,
  user_id: h.userId,
  field: h.field,
  old_value: h.oldValue,
  new_value: h.newValue,
});

export const CAMPAIGN_COLUMNS = [
  'id',
  'name',
  'subject',
  'sender_name',
  'state',
  'created_at',
  'scheduled_at',
  'started_at',
  'finished_at',
  'recipients',
  'sent',
  'bounced',
  'complained',
  'unsubscribed',
];
export const campaignRow = (c: OwnedCampaign) => ({
  id: c.id,
  name: c.name,
  subject: c.subject,
  sender_name: c.senderName,
  state: c.state,
  created_at: c.createdAt,
  scheduled_at: c.scheduledAt,
  started_at: c.startedAt,
  finished_at: c.finishedAt,
  ...c.totals,
});
export const campaignJson = (c: OwnedCampaign) => ({
  id: c.id,
  name: c.name,
  subject: c.subject,
  senderName: c.senderName,
  body: c.body,
  audience: c.audience,
  state: c.state,
  createdAt: c.createdAt,
  scheduledAt: c.scheduledAt,
  startedAt: c.startedAt,
  finishedAt: c.finishedAt,
  totals: c.totals,
});

/** Rows the build writes in all: leads and campaigns twice (CSV and JSON), the rest once. */
export const rowsTotal = (c: ExportCounts) => 2 * c.leads + c.consents + c.history + 2 * c.campaigns;

export const readme = (name: string, at: Date, c: ExportCounts) =>
  [
    `Valley CRM: the data ${name} owns, exported ${at.toISOString()}.`,
    '',
    `leads.csv, leads.json   ${c.leads} leads you own, with their personal details and lawful basis`,
    `consents.csv            ${c.consents} marketing consent records of those leads`,
    `history.csv             ${c.history} history entries of those leads (and of leads merged into them)`,
    `campaigns.csv, .json    ${c.campaigns} campaigns you own, with their recipient counts`,
    'manifest.json           these counts and the export time, for machines',
    '',
    'Times are UTC (ISO 8601). Cells that a spreadsheet would run as a formula start with a quote mark.',
    'This file holds personal data: keep it safe and delete it when you no longer need it.',
    '',
  ].join('\r\n');
