// Rules 2026-12-03.3 beyond each rule's own example (compliance.rules.test.ts): the scam phrase families and the
// deception checks in other languages, and the exemptions for ordinary business mail that looked like phishing or
// spam to the older rules.
import { expect } from 'chai';
import type { Example } from '../../src/features/compliance/rules';
import { messageHits } from '../../src/features/compliance/scorer';
import { factsOf } from '../support/spam';

const rulesOf = async (e: Example) => (await messageHits(await factsOf(e))).map((h) => h.rule);

describe('compliance scam checks', () => {
  it('read scam pitches in other languages', async () => {
    for (const text of [
      'Je cherche une relation sincère avec un homme sérieux.',
      'Offriamo 2.500 euro al mese per un lavoro da casa: ricevere pacchi a casa e rispedirli.',
      'Mit unserer Krypto-Plattform erzielen Sie passives Einkommen.',
      'Trabajar desde casa, sin experiencia necesaria, 300 euros al día.',
      'Wij bieden u een gegarandeerd rendement van 12% per maand.',
      'Procuro um relacionamento sério com um homem honesto.',
      'Praca z domu, bez doświadczenia, 400 zł dziennie.',
    ])
      expect(await rulesOf({ text }), text).to.include('HYG_SCAM_PITCH');
    const recruiting = 'I saw your profile on LinkedIn and think you would be a great fit for our logistics role.';
    expect(await rulesOf({ text: recruiting })).not.to.include('HYG_SCAM_PITCH');
  });

  it('read directory traps in German, and not an ordinary invoice', async () => {
    const de = 'Für den Eintrag Ihres Unternehmens in unser Online-Branchenverzeichnis berechnen wir 958,00 EUR.';
    expect(await rulesOf({ text: de })).to.include('HYG_DIRECTORY_TRAP');
    const invoice = 'Rechnung 2026-114: Beratung März, wie im Rahmenvertrag vereinbart. Zahlbar in 14 Tagen.';
    expect(await rulesOf({ text: invoice })).not.to.include('HYG_DIRECTORY_TRAP');
  });
});

describe('compliance deception checks in more languages and for more brands', () => {
  it('read a credential lure in Italian and French, and not a delivery notice', async () => {
    const it = "Il pacco è in giacenza: è necessario confermare l'indirizzo di consegna entro 48 ore.";
    expect(await rulesOf({ text: it })).to.include('HYG_CREDENTIAL_LURE');
    const fr = 'Votre compte sera suspendu : veuillez confirmer vos coordonnées bancaires.';
    expect(await rulesOf({ text: fr })).to.include('HYG_CREDENTIAL_LURE');
    const notice = 'Il tuo pacco è stato consegnato oggi alle 10:12. Grazie per aver scelto il nostro servizio.';
    expect(await rulesOf({ text: notice })).not.to.include('HYG_CREDENTIAL_LURE');
  });

  it('know Zoom, GoDaddy, national post and tax offices as brands', async () => {
    const zoom = {
      subject: 'Zoom: you missed a meeting',
      fromDomain: 'zoom-cloud-recording.example',
      text: 'Play: https://zoom-cloud-recording.example/rec/1',
    };
    expect(await rulesOf(zoom)).to.include.members(['HYG_BRAND_IMPERSONATION', 'HYG_LOOKALIKE_SENDER']);
    const tax = {
      subject: 'DGFiP : avis de remboursement',
      text: 'Formulaire : https://remboursement-impots.example/f',
    };
    expect(await rulesOf(tax)).to.include('HYG_BRAND_IMPERSONATION');
    const real = { subject: 'Our Zoom call on Tuesday', text: 'Join: https://us02web.zoom.us/j/8812' };
    expect(await rulesOf(real)).not.to.include('HYG_BRAND_IMPERSONATION');
  });
});

describe('compliance exemptions for ordinary business mail', () => {
  it('do not read a linked file name as a web address', async () => {
    const html = '<p>Slides: <a href="https://ridgeline.example/r/spring-2025.pdf">spring-2025.pdf</a></p>';
    expect(await rulesOf({ html, fromDomain: 'ridgeline.example' })).not.to.include('HYG_LINK_TEXT_MISMATCH');
  });

  it('do not count a merge field shown as an example of one', async () => {
    const text = 'Use a merge field like {{first_name}} so it does not read like a template.';
    expect(await rulesOf({ text })).not.to.include('HYG_UNFILLED_MERGE_FIELD');
    expect(await rulesOf({ text: 'Dear {{first_name}}, your quote is ready.' })).to.include('HYG_UNFILLED_MERGE_FIELD');
  });

  it('do not read a warning that quotes phishing as phishing', async () => {
    const text =
      'Some customers got emails saying "your workspace will be suspended" unless you "verify your billing details". They are not from us.';
    expect(await rulesOf({ text })).not.to.include('HYG_CREDENTIAL_LURE');
  });

  it('do not read deadlines, funds and attendee lists of partner programmes as spam offers or bank changes', async () => {
    const mdf =
      'Unclaimed funds do not roll over. To claim, upload an invoice and an attendee list. A talk covered how fraudsters ask to change bank details.';
    const rules = await rulesOf({ text: mdf });
    expect(rules).not.to.include('HYG_SPAM_OFFER');
    expect(rules).not.to.include('HYG_PAYMENT_REDIRECT');
    const seller = 'Would you be interested in acquiring the Expo 2026 attendees list? 12,480 verified contacts.';
    expect(await rulesOf({ text: seller })).to.include('HYG_SPAM_OFFER');
  });
});
