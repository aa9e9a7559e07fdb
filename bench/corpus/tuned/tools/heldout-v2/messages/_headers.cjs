'use strict';
// Gives spam definitions the same kind of sending headers that ham has, so that "sent through the
// CRM" headers (X-Mailer, List-Unsubscribe) are not a label signal: abusers send through the same
// CRM campaign tools as legitimate users, and some spam arrives from other mailers or none at all.
const crypto = require('node:crypto');

const pick = (slug, n) => parseInt(crypto.createHash('sha256').update(slug).digest('hex').slice(0, 8), 16) % n;

const MAILERS = [
  'Valley CRM Mailer 3.8',
  'Valley CRM Mailer 3.8',
  'Valley CRM Mailer 3.8',
  'Valley CRM Campaigns',
  'Valley CRM Campaigns',
  null,
  null,
  null,
  'PHPMailer 6.9.1',
  'Microsoft Outlook 16.0',
  'Foxmail 7.2.25.228',
  'iPhone Mail (21E236)',
];

function dress(list) {
  for (const d of list) {
    if (!('mailer' in d)) d.mailer = MAILERS[pick(d.slug, MAILERS.length)];
    if (d.mailer === 'Valley CRM Campaigns' && !(d.headers && d.headers['List-Unsubscribe'])) {
      const t = crypto.createHash('sha256').update('u' + d.slug).digest('hex').slice(0, 10);
      d.headers = { ...(d.headers || {}), 'List-Unsubscribe': `<https://crm.valleycrm.example/u/${t}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
    }
    if (!d.mailer) delete d.mailer;
  }
  return list;
}

module.exports = { dress };
