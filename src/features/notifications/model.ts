// Notifications: what a user is told in the portal (and, for some kinds, by e-mail).
export const SERVICE_KINDS = ['terms', 'maintenance', 'incident', 'security', 'flag', 'backup', 'export'] as const;
export const OPTIONAL_KINDS = ['announcement', 'campaign'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export type OptionalKind = (typeof OPTIONAL_KINDS)[number];
export type NotificationKind = ServiceKind | OptionalKind;

export const KIND_LABEL: Record<NotificationKind, string> = {
  terms: 'Changes to the Terms of Use and the Privacy Policy',
  maintenance: 'Planned maintenance',
  incident: 'Incidents',
  security: 'Security alerts (a sign-in from a new device, say)',
  announcement: 'Service announcements',
  campaign: 'My campaigns finished sending',
  flag: 'Compliance decisions on my campaigns',
  backup: 'Failed backups (administrators)',
  export: 'My data exports are ready',
};
/** Whether a user who said nothing gets e-mail of the kind. */
export const EMAIL_BY_DEFAULT: Record<OptionalKind, boolean> = { announcement: true, campaign: false };

export const isServiceKind = (k: string): k is ServiceKind => (SERVICE_KINDS as readonly string[]).includes(k);
export const isOptionalKind = (k: string): k is OptionalKind => (OPTIONAL_KINDS as readonly string[]).includes(k);

export interface Notification {
  id: number;
  userId: number;
  kind: NotificationKind;
  title: string;
  body: string;
  url: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** One notification for one user, as written (the e-mail, if any, is queued beside it). */
export interface NewNotification {
  userId: number;
  kind: NotificationKind;
  title: string;
  body?: string;
  url?: string | null;
  broadcastId?: number | null;
  outboxId?: number | null;
}

/** A message to many users: in the portal for each, and by e-mail where it says so. */
export interface NewBroadcast {
  kind: NotificationKind;
  title: string;
  body?: string;
  url?: string | null;
  /** null: every active user */
  roles: string[] | null;
  email?: { subject: string; text: string } | null;
  dueAt: Date;
}

export interface Broadcast extends Omit<NewBroadcast, 'email'> {
  id: number;
  email: boolean;
  emailSubject: string | null;
  emailText: string | null;
  state: 'pending' | 'done';
  cursor: number;
  createdAt: Date;
  doneAt: Date | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
}
