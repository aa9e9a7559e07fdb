// Plain-text e-mails. Links are absolute (BASE_URL); tokens appear only inside the message body.
import type { NewMessage } from '../../platform/outbox/store';

export class Emails {
  constructor(private readonly baseUrl: string) {}

  private link(p: string) {
    return new URL(p, this.baseUrl).toString();
  }

  passwordReset(to: string, token: string): NewMessage {
    return {
      kind: 'password-reset',
      to,
      subject: 'Reset your Valley CRM password',
      text: `Someone asked to reset the password of your Valley CRM account.\n\nTo choose a new password, open this link within 30 minutes:\n${this.link(`/password/reset/${token}`)}\n\nThe link works once. If you did not ask for this, ignore this e-mail: your password stays as it is.\n`,
    };
  }
  invitation(to: string, name: string, role: string, token: string): NewMessage {
    return {
      kind: 'invitation',
      to,
      subject: 'You are invited to Valley CRM',
      text: `Hello ${name},\n\nAn administrator invited you to Valley CRM as ${role}.\nChoose your password with this link (valid for 7 days, works once):\n${this.link(`/invite/${token}`)}\n`,
    };
  }
  credentialChanged(to: string, what: string): NewMessage {
    return {
      kind: 'credential-change',
      to,
      subject: `Your Valley CRM ${what} was changed`,
      text: `Your Valley CRM ${what} was changed just now.\n\nIf this was you, nothing more is needed. If it was not, reset your password at ${this.link('/password/forgot')} and tell your administrator.\n`,
    };
  }
  newDevice(to: string, device: string, ip: string): NewMessage {
    return {
      kind: 'new-device',
      to,
      subject: 'New sign-in to your Valley CRM account',
      text: `Your Valley CRM account was just signed in from a device we have not seen before:\n\n  ${device}\n  IP address ${ip}\n\nIf this was you, nothing more is needed. If not, change your password and sign out other sessions at ${this.link('/account/security')}.\n`,
    };
  }
  passwordReminder(to: string, days: number, dedupeKey: string): NewMessage {
    return {
      kind: 'password-reminder',
      to,
      dedupeKey,
      subject: 'Time to consider a new Valley CRM password',
      text: `Your Valley CRM password is more than ${days} days old. Our terms encourage regular updates: you can change it at ${this.link('/account/password')}.\n\nNothing will be forced: your current password keeps working.\n`,
    };
  }
}
