// The deception checks beyond each rule's own example (compliance.rules.test.ts): phrases split by a plain-text
// part's line breaks, bank-detail changes in other languages, and a brand named by a sender that links only to itself.
import { expect } from 'chai';
import type { Example } from '../../src/features/compliance/rules';
import { messageHits } from '../../src/features/compliance/scorer';
import { factsOf } from '../support/spam';

const rulesOf = async (e: Example) => (await messageHits(await factsOf(e))).map((h) => h.rule);

describe('compliance deception checks', () => {
  it('match a phrase across the line breaks of a plain-text part', async () => {
    const text =
      'Order #112-447 placed: $1,599.00. If you did not place this order, call our Fraud\r\nDepartment immediately\r\non +1 (888) 555-0161 to cancel it.';
    expect(await rulesOf({ text })).to.include('HYG_CALLBACK_LURE');
  });

  it('read a change of bank details in French, German, Dutch, Spanish and Italian, and not a reminder', async () => {
    for (const text of [
      'Nos coordonnées bancaires ont changé : merci de payer sur le compte suivant.',
      'Bitte beachten Sie unsere neue Bankverbindung für alle Zahlungen.',
      'Wilt u voortaan betalen op ons nieuwe rekeningnummer?',
      'Le enviamos nuestros nuevos datos bancarios para las facturas pendientes.',
      'Vi comunichiamo le nuove coordinate bancarie per i prossimi pagamenti.',
      'Please pay invoice 1044 to our alternative account below; do not use the account on the invoice.',
    ])
      expect(await rulesOf({ text }), text).to.include('HYG_PAYMENT_REDIRECT');
    const reminder = 'Zahlungserinnerung: die Rechnung 1044 ist offen. Unsere Bankverbindung bleibt unverändert.';
    expect(await rulesOf({ text: reminder })).not.to.include('HYG_PAYMENT_REDIRECT');
  });

  it('let a sender name a carrier when its links go to its own domain, unless that domain spells a brand', async () => {
    const e: Example = {
      subject: 'Samples sent by FedEx Priority Overnight',
      fromDomain: 'kestrelbio.example',
      text: 'Tracking on our portal: https://logistics.kestrelbio.example/track/1',
    };
    expect(await rulesOf(e)).not.to.include('HYG_BRAND_IMPERSONATION');
    const lookalike = { ...e, fromDomain: 'fedex-notice.example', text: 'Track: https://fedex-notice.example/t/1' };
    expect(await rulesOf(lookalike)).to.include.members(['HYG_BRAND_IMPERSONATION', 'HYG_LOOKALIKE_SENDER']);
  });
});
