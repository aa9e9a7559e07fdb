'use strict';
// Ham (second batch): invoices, payment reminders (bank details unchanged, PayPal as an
// option), account notices the user asked for, renewal receipts, and legitimate
// notifications that look like common phishing themes (voicemail, shared file, e-sign,
// storage quota, card declined).
const H = require('../lib/html.cjs');
module.exports = [
  // ---- invoices ----
  {
    slug: 'invoice-italian-fattura',
    cat: 'invoice',
    from: 'Amministrazione Ferramenta Galli <amministrazione@ferramenta-galli.example>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'Fattura 2026/0147 - ordine del 3 febbraio',
    date: '2026-02-09 10:30 +0100',
    text: `Gentile Marco,

in allegato la fattura n. 2026/0147 relativa all'ordine del 3 febbraio (catene di
ancoraggio e cricchetti). La copia elettronica è stata trasmessa anche tramite SdI.

Totale: 939,40 EUR (IVA inclusa)
Scadenza: 11 marzo 2026
Pagamento: bonifico bancario sul solito IBAN indicato nell'ordine.

Grazie e buona giornata,
Chiara Galli
Amministrazione – Ferramenta Galli Srl
`,
    att: ['inv-ferramenta'],
  },
  {
    slug: 'invoice-dutch-factuur',
    cat: 'invoice',
    from: 'Bakkerij Vos <administratie@bakkerij-vos.example>',
    to: 'Sanne de Vries <sanne@groenveld.example>',
    subject: 'Factuur VOS-25-0611 (november)',
    date: '2025-12-01 07:45 +0100',
    text: `Beste Sanne,

Bijgaand de factuur voor de lunches en het gebak in november.

Factuurnummer: VOS-25-0611
Bedrag: EUR 1.430,08 incl. 9% btw
Betaaltermijn: 14 dagen

Ons rekeningnummer is hetzelfde gebleven. Vragen over de factuur? Bel of mail
gerust.

Met vriendelijke groet,
Ingrid Vos
Bakkerij Vos
`,
    att: ['inv-vos'],
  },
  {
    slug: 'invoice-french-facture-paypal',
    cat: 'invoice',
    from: 'Maison Lefèvre – Comptabilité <compta@maison-lefevre.example>',
    to: 'Lena Hoffmann <l.hoffmann@auerbach-kliniken.example>',
    subject: 'Facture ML-2025-388 – linge de lit (commande du 2 octobre)',
    date: '2025-10-14 11:20 +0200',
    html: 'outlook',
    text: `Madame Hoffmann,

Veuillez trouver ci-joint la facture ML-2025-388 pour la livraison du 10 octobre.

Montant : 3 320,00 EUR HT (autoliquidation de la TVA)
Échéance : 13 novembre 2025

Règlement par virement sur notre compte habituel (coordonnées inchangées, voir
facture) ou, si vous préférez, par PayPal à l’adresse compta@maison-lefevre.example.

Avec nos remerciements,
Élodie Martin
Comptabilité – Maison Lefèvre SARL
`,
    att: ['inv-lefevre'],
  },
  {
    slug: 'invoice-pottery-paypal-or-transfer',
    cat: 'invoice',
    from: 'Hettie Lowe <hettie@lowepottery.example>',
    to: 'Hannah Moss <hannah@bramblecoffee.example>',
    subject: 'Invoice 0217 - cups and saucers for the café',
    date: '2026-02-27 18:02 +0000',
    html: 'apple',
    text: `Hi Hannah,

All 120 cups and saucers are packed and go out with the courier on Monday - they
came out of the kiln beautifully. Invoice 0217 is attached (GBP 1,665.00).

You can pay by bank transfer as before (same account, nothing has changed) or by
PayPal to hettie@lowepottery.example if that's easier for your bookkeeper.

Thanks so much for the order,
Hettie
`,
    att: ['inv-lowe'],
  },
  {
    slug: 'invoice-hosting-unchanged-bank',
    cat: 'invoice',
    from: 'Cobalt Hosting Billing <billing@cobalthosting.example>',
    to: 'Mia Schultz <mia.schultz@quillfield.example>',
    subject: 'Invoice INV-2026-0577 - Cobalt Hosting',
    date: '2026-05-01 02:10 +0100',
    text: `Hello,

Your invoice INV-2026-0577 for May 2026 is attached.

Amount due: GBP 234.00 (incl. VAT)
Due date: 15 May 2026

Please pay by bank transfer to the account shown on the invoice. Our bank details
have not changed, and we will never ask you by email to send money to a different
account. If you ever receive such a request, please call us on 0117 496 0140.

You can also pay by card in the control panel: https://my.cobalthosting.example/billing

Cobalt Hosting Ltd, 4 Quay Street, Bristol BS1 4XX (fictional)
`,
    att: ['inv-cobalt-may'],
  },
  {
    slug: 'invoice-freelancer-plain-text',
    cat: 'invoice',
    from: 'Tom Reyes <tom@reyes-photo.example>',
    to: 'Ben Carter <ben@anvil-oak.example>',
    subject: 'Invoice #2026-014 - showroom product shoot',
    date: '2026-03-19 21:37 +0000',
    text: `Hi Ben,

Thanks again for Tuesday - the gallery with all 64 edited images is here:
https://reyes-photo.example/g/anvil-oak-showroom

Invoice #2026-014
Product photography, full day (8 h) ........ GBP 950.00
Editing, 64 images ......................... GBP 320.00
Travel ..................................... GBP 38.00
Total ...................................... GBP 1,308.00

Payable within 30 days to the same account as last time (T Reyes, Starling). I'm
not VAT registered.

Cheers,
Tom
`,
  },
  // ---- payment reminders ----
  {
    slug: 'reminder-statement-overdue-gentle',
    cat: 'payment-reminder',
    from: 'Greenleaf Credit Control <creditcontrol@greenleaf-office.example>',
    to: 'accounts@harrowfinch.example',
    subject: 'Statement for March - one invoice overdue',
    date: '2026-03-10 09:05 +0000',
    html: 'outlook',
    text: `Dear Harrow & Finch accounts team,

Please find your March statement attached. Invoice 10512 (GBP 96.00) was due on
5 March and is still showing as open on our side - could you check whether it has
been paid? If it crossed with this email, please ignore this reminder.

Balance outstanding: GBP 414.75

Our bank details have not changed. We will never ask you by email to pay into a new
account; if you ever receive such a message, please call us before paying.

Kind regards,
Sarah Whitcombe
Credit Control, Greenleaf Office Supplies
0113 496 0177
`,
    att: ['stmt-greenleaf'],
  },
  {
    slug: 'reminder-second-notice-firm',
    cat: 'payment-reminder',
    from: 'Tidewater Marine Parts <accounts@tidewater-marine.example>',
    to: 'Will Barros <will@blueheron-charters.example>',
    subject: 'Second reminder: invoice #4471 is 21 days overdue',
    date: '2025-07-14 10:20 -0400',
    text: `Hi Will,

This is a second reminder that invoice #4471 ($181.25, due 23 June) is still open.

If there's a problem with the parts or the invoice, just reply and we'll sort it out.
Otherwise, could you let us know when we can expect payment? You can pay by card
over the phone or by ACH to the usual account.

We'll have to put the account on hold for new orders if it passes 30 days.

Thanks,
Denise
Accounts, Tidewater Marine Parts
(912) 555-0120
`,
  },
  {
    slug: 'reminder-german-zahlungserinnerung',
    cat: 'payment-reminder',
    from: 'Sabine Krüger <s.krueger@brightline-translate.example>',
    to: 'Jan Osterhagen <j.osterhagen@osterhagen-mb.example>',
    subject: 'Freundliche Erinnerung: Rechnung BR-7781',
    date: '2025-08-12 09:30 +0200',
    text: `Sehr geehrter Herr Osterhagen,

sicher ist es im Urlaubstrubel untergegangen: Für unsere Rechnung BR-7781 über
2.130,00 EUR (fällig am 28. Juli) konnten wir noch keinen Zahlungseingang feststellen.

Wir würden uns freuen, wenn Sie den Betrag in den nächsten Tagen auf unser bekanntes
Konto überweisen. Sollte die Zahlung bereits unterwegs sein, betrachten Sie diese
E-Mail bitte als gegenstandslos.

Mit freundlichen Grüßen
Sabine Krüger
Brightline Translation Services GmbH
`,
  },
  {
    slug: 'reminder-paypal-option-small-client',
    cat: 'payment-reminder',
    from: 'Harriet Vance <harriet@vance-pricing.example>',
    to: 'Rob Evans <rob@lumenfitness.example>',
    subject: 'Invoice 118 - nudge',
    date: '2025-10-03 12:48 +0100',
    html: 'gmail',
    text: `Hi Rob,

Just a gentle nudge on invoice 118 for the pricing review (GBP 1,200, due last
Friday). No rush if it's in the pipeline.

If card is easier than a transfer, I can send a PayPal invoice instead - just say.

Thanks!
Harriet
`,
  },
  {
    slug: 'reminder-card-declined-saas-dunning',
    cat: 'payment-reminder',
    from: 'Stackwise Billing <billing@stackwise.example>',
    to: 'Aisha Bello <aisha.bello@korafoods.example>',
    subject: 'We couldn\u2019t charge your card for Stackwise (Team plan)',
    date: '2026-01-03 06:00 +0000',
    text: `Hi Aisha,

We tried to charge the Visa ending 7710 for your Stackwise Team plan (GBP 149.00 for
January), but the payment was declined by your bank.

Nothing changes for now: your account stays fully active. We'll retry the card on
6 January and 10 January. If you've got a new card, you can update it in
Settings > Billing: https://app.stackwise.example/settings/billing

Payments are only ever taken inside the Stackwise app; we will never ask for card
details by email.

Stackwise Billing
`,
    html: H.app({
      brand: 'Stackwise',
      color: '#5a67d8',
      preheader: 'Your account stays active - we will retry on 6 January',
      heading: 'Your card was declined',
      paras: ['Hi Aisha,', 'We tried to charge the Visa ending 7710 for your Stackwise Team plan (GBP 149.00 for January), but the payment was declined by your bank.', 'Nothing changes for now: your account stays fully active. We\u2019ll retry the card on 6 January and 10 January.'],
      button: { label: 'Update card in Settings', url: 'https://app.stackwise.example/settings/billing' },
      footer: ['Payments are only ever taken inside the Stackwise app; we will never ask for card details by email.', 'Stackwise Ltd, 21 Canal Street, Manchester (fictional)'],
    }),
  },
  // ---- account notices the user asked for ----
  {
    slug: 'account-password-reset-valley',
    cat: 'account-notice',
    from: 'Valley CRM <no-reply@valley.example>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Your Valley CRM password reset link',
    date: '2026-02-16 14:31 -0500',
    text: `Hi Martin,

You asked to reset your Valley CRM password from the sign-in page a minute ago.

Choose a new password: https://app.valley.example/reset/2f9c81d0a4e7

The link works once and expires in 20 minutes. If you didn't ask for this, you can
ignore this email; your password stays the same.

Valley CRM
`,
    html: H.app({
      brand: 'Valley CRM',
      color: '#2b6cb0',
      heading: 'Reset your password',
      paras: ['Hi Martin,', 'You asked to reset your Valley CRM password from the sign-in page a minute ago.', 'The link works once and expires in 20 minutes.'],
      button: { label: 'Choose a new password', url: 'https://app.valley.example/reset/2f9c81d0a4e7' },
      footer: ["If you didn't ask for this, you can ignore this email; your password stays the same.", 'Valley CRM'],
    }),
  },
  {
    slug: 'account-signin-alert-orchard',
    cat: 'account-notice',
    from: 'Orchard Analytics <security@orchard-analytics.example>',
    to: 'Rob Evans <rob@lumenfitness.example>',
    subject: 'New sign-in from Safari on iPhone',
    date: '2025-08-30 19:12 -0700',
    text: `Hi Rob,

Your Orchard Analytics account was just used to sign in from a new device.

Device: Safari on iPhone
Location (approximate): Boulder, Colorado, US
Time: 30 Aug 2025, 19:11 MDT

If this was you, there's nothing to do. If not, open Orchard Analytics directly (not
from a link in an email), go to Settings > Security and choose "Sign out everywhere".

Orchard Analytics
`,
  },
  {
    slug: 'account-two-step-enabled',
    cat: 'account-notice',
    from: 'Cobalt Hosting <security@cobalthosting.example>',
    to: 'accounts@harrowfinch.example',
    subject: 'Two-step verification is now on for your account',
    date: '2025-06-09 10:44 +0100',
    text: `Hello,

Two-step verification was turned on for the Cobalt Hosting control panel account
accounts@harrowfinch.example at 10:43 today, using an authenticator app.

Your 10 backup codes were shown once on screen. Keep them somewhere safe.

If you didn't make this change, contact support straight away on 0117 496 0140.

Cobalt Hosting Ltd
`,
  },
  {
    slug: 'account-confirm-new-email',
    cat: 'account-notice',
    from: 'Harbor Books <accounts@harborbooks.example>',
    to: 'Ben Carter <ben@anvil-oak.example>',
    subject: 'Confirm your new email address',
    date: '2025-11-02 16:20 +0000',
    text: `Hello Ben,

You changed the email address on your Harbor Books business account to
ben@anvil-oak.example. Please confirm it so we can send order updates here:

https://harborbooks.example/account/confirm-email?t=8a71c2

If you didn't make this change, reply to this email and we'll look into it.

Harbor Books
`,
  },
  {
    slug: 'account-renewal-receipt-orchard',
    cat: 'renewal',
    from: 'Orchard Analytics <billing@orchard-analytics.example>',
    to: 'Rob Evans <rob@lumenfitness.example>',
    subject: 'Receipt: your annual Orchard Analytics plan has renewed',
    date: '2026-04-12 00:04 -0700',
    text: `Hi Rob,

Your Growth plan (5 seats) renewed today for another year, as scheduled. The
receipt is attached.

Amount charged: USD 2,646.00 to Visa ending 0921
Period: 12 Apr 2026 - 11 Apr 2027

We sent a reminder 30 days ago. If you meant to change seats or cancel, reply within
14 days and we'll refund the difference.

Orchard Analytics Inc., 120 Pine St, Portland OR (fictional)
`,
    att: ['receipt-orchard'],
  },
  {
    slug: 'account-domain-renewed-receipt',
    cat: 'renewal',
    from: 'Cobalt Domains <domains@cobalthosting.example>',
    to: 'admin@harrowfinch.example',
    subject: 'harrowfinch.example has been renewed for 1 year',
    date: '2025-06-02 03:15 +0100',
    text: `Hello,

Good news - harrowfinch.example renewed automatically today.

New expiry date: 2 June 2026
Charged: GBP 14.99 + VAT to the card on file ending 4417

Nothing else to do. Auto-renew stays on; you can change it in your control panel at
https://my.cobalthosting.example/domains

Cobalt Hosting Ltd
`,
  },
  // ---- legitimate notifications with phishing-like themes ----
  {
    slug: 'account-storage-quota-legit',
    cat: 'account-notice',
    from: 'Boxfold <notifications@boxfold.example>',
    to: 'Imogen Hart <imogen@copperleaf-digital.example>',
    subject: 'You\u2019ve used 90% of your Boxfold storage',
    date: '2025-12-04 09:00 +0000',
    text: `Hi Imogen,

Your Copperleaf Digital team space is using 90 GB of its 100 GB.

Biggest folders:
- Client video exports - 41 GB
- Archive 2023 - 22 GB

Nothing will be deleted. When you reach 100 GB, new uploads will pause until you
free some space or change plan. You can review large files in the Boxfold app under
Storage.

Boxfold
`,
    html: H.app({
      brand: 'Boxfold',
      color: '#00897b',
      preheader: 'Nothing will be deleted - here are your biggest folders',
      heading: 'You\u2019ve used 90% of your storage',
      paras: ['Hi Imogen,', 'Your Copperleaf Digital team space is using 90 GB of its 100 GB.', 'Nothing will be deleted. When you reach 100 GB, new uploads will pause until you free some space or change plan.'],
      table: [
        ['Client video exports', '41 GB'],
        ['Archive 2023', '22 GB'],
      ],
      button: { label: 'Review large files', url: 'https://app.boxfold.example/storage' },
      footer: ['Boxfold Ltd, 9 Wharf Road, London (fictional)', '<a href="https://app.boxfold.example/settings/notifications" style="color:#829ab1">Notification settings</a>'],
    }),
  },
  {
    slug: 'account-voicemail-pbx-wav',
    cat: 'account-notice',
    from: 'Phone System <pbx@northwind-logistics.example>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Voicemail from 01632 960 441 (Marta Kowalczyk) - 0:18',
    date: '2026-03-04 10:13 +0000',
    text: `New voicemail for extension 214 (Dana Whitfield)

From: 01632 960 441 (Marta Kowalczyk, Baltic Freightworks)
Received: Wed 4 Mar 2026 10:12
Length: 0:18

The recording is attached as a WAV file. You can also listen from your desk phone
(press the envelope key) or in the phone system portal.

Northwind IT
`,
    att: ['wav-voicemail'],
  },
  {
    slug: 'account-esign-request-legit',
    cat: 'account-notice',
    from: 'Priya Raman via SignFlow <notifications@signflow.example>',
    replyTo: 'priya.raman@solvent-labs.example',
    to: 'Lena Hoffmann <l.hoffmann@auerbach-kliniken.example>',
    subject: 'Priya Raman sent you "Solvent Labs DPA v2" to sign',
    date: '2025-07-03 09:02 +0200',
    text: `Priya Raman (priya.raman@solvent-labs.example) sent you a document to sign.

Document: Solvent Labs DPA v2 (4 pages)
Message: "Hi Lena, as promised yesterday - the DPA with your legal team's comments
accepted. Thanks! Priya"

Review and sign: https://sign.signflow.example/d/7Q2M-44KF

You don't need a SignFlow account. If you weren't expecting this, contact the sender
directly before signing.

SignFlow, 55 Harbour Street, Dublin (fictional)
`,
  },
  {
    slug: 'account-file-shared-colleague',
    cat: 'account-notice',
    from: 'Karin Dahl (via Boxfold) <notifications@boxfold.example>',
    replyTo: 'k.dahl@halvorsen-freight.example',
    to: 'Erik Halvorsen <erik@halvorsen-freight.example>',
    subject: 'Karin Dahl shared "Owner mapping - final.xlsx" with you',
    date: '2025-11-27 15:48 +0100',
    text: `Karin Dahl shared a file with you

Owner mapping - final.xlsx
"Erik - the owner mapping for Meridian, due tomorrow. Can you check the sales team
rows before I send it? /K"

Open in Boxfold: https://app.boxfold.example/f/hf-owner-mapping-final

Boxfold
`,
  },
];
