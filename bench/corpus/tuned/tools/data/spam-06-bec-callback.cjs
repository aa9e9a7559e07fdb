'use strict';
// Spam (second batch): business e-mail compromise (gift cards, urgent wires, changed
// vendor bank details, payroll diversion, data requests) and callback phishing (fake
// renewals that only give a phone number). Mostly plain text, no links.
const H = require('../lib/html.cjs');
const { rcv } = require('../lib/spam.cjs');
module.exports = [
  // ---- CEO / executive impersonation ----
  {
    slug: 'bec-ceo-google-play-cards',
    cat: 'bec',
    from: 'Erik Halvorsen <erik.halvorsen.ceo@freemail-box.test>',
    to: 'Karin Dahl <k.dahl@halvorsen-freight.example>',
    subject: 'Quick favor',
    date: '2025-06-13 08:47 +0200',
    text: `Karin, are you available? I need a quick favor. I'm tied up in back to back
meetings and can't take calls right now. Reply when you see this.

Erik
Sent from my mobile
`,
  },
  {
    slug: 'bec-ceo-gift-cards-followup',
    cat: 'bec',
    from: 'Erik Halvorsen <erik.halvorsen.ceo@freemail-box.test>',
    to: 'Karin Dahl <k.dahl@halvorsen-freight.example>',
    subject: 'Re: Quick favor',
    date: '2025-06-13 09:21 +0200',
    inReplyTo: true,
    text: `Thanks. I want to surprise some of the drivers with gifts today, it has to stay
between us until the staff meeting. Can you get 6 Google Play gift cards of 100 EUR
each from the shop near the office? Scratch the back, take a clear picture of each
card and email them to me. I will pay you back this evening.

How soon can you get it done?

Erik

On Fri, 13 Jun 2025 at 09:02, Karin Dahl wrote:
> Hi Erik, yes I'm here. What do you need?
`,
  },
  {
    slug: 'bec-ceo-urgent-wire-acquisition',
    cat: 'bec',
    from: 'Mia Schultz <mia.schultz@quillfield-ltd.test>',
    replyTo: 'mia.schultz.private@freemail-box.test',
    to: 'Rachel Quill <rachel.quill@quillfield.example>',
    subject: 'Confidential - Project Heron',
    date: '2026-02-24 10:15 +0000',
    html: 'outlook',
    text: `Rachel,

I need your help with something confidential. We are finalising the acquisition of
a small software company in the Netherlands (Project Heron). The board has approved
it but it must not be announced until next week, so please do not discuss it with
anyone in the office, not even the finance team.

A first payment of EUR 48,600.00 has to leave today for the escrow account of our
lawyers in Amsterdam. Mr. Pieter de Wit from the law firm will email you the
account details shortly. Please process it as soon as you receive them and send
me the confirmation.

I'm in meetings with the lawyers all day, email only please.

Thanks,
Mia
`,
  },
  {
    slug: 'bec-lawyer-escrow-details',
    cat: 'bec',
    from: 'Mr. Pieter de Wit <p.dewit@dewit-partners-advocaten.test>',
    to: 'Rachel Quill <rachel.quill@quillfield.example>',
    subject: 'Project Heron - escrow instructions',
    date: '2026-02-24 10:52 +0000',
    text: `Dear Ms Quill,

As discussed with Ms Schultz, please find below the escrow instructions for the
first instalment of Project Heron.

Beneficiary: DW Escrow Services BV
IBAN: XX00 0000 0000 0000 0000 00
BIC: XXXXXX00
Amount: EUR 48,600.00
Reference: HERON-01

Given the confidential nature of this transaction, kindly keep all correspondence
to this email address only. Please send me the payment confirmation as soon as it
is executed so we can notify the seller today.

Kind regards,
Pieter de Wit
Advocaat / Partner
`,
  },
  {
    slug: 'bec-ceo-wire-german',
    cat: 'bec',
    from: 'Jan Osterhagen <j.osterhagen@osterhagen-mb.test>',
    to: 'buchhaltung@osterhagen-mb.example',
    subject: 'Vertraulich: dringende Überweisung heute',
    date: '2025-10-07 11:40 +0200',
    text: `Guten Tag,

ich benötige heute noch eine dringende Auslandsüberweisung über 86.400,00 EUR für
eine vertrauliche Transaktion (Übernahme eines Zulieferers). Die Angelegenheit
unterliegt einer Verschwiegenheitspflicht, bitte sprechen Sie mit niemandem
darüber, auch nicht telefonisch.

Ein Anwalt der Kanzlei wird Sie in Kürze per E-Mail mit den Kontodaten
kontaktieren. Bitte bestätigen Sie mir kurz, dass Sie heute verfügbar sind.

Mit freundlichen Grüßen
Jan Osterhagen
Geschäftsführer
`,
  },
  {
    slug: 'bec-ceo-mobile-number-short',
    cat: 'bec',
    from: 'Ben Carter <ben.carter.anvil@freemail-box.test>',
    to: 'Raj Menon <raj.menon@anvil-oak.example>',
    subject: 'Task',
    text: `Raj, send me your cell number. I need you to do something for me quickly.

Ben
`,
  },
  {
    slug: 'bec-w2-employee-records',
    cat: 'bec',
    from: 'Martin Greer <m.greer@carrow-supply-corp.test>',
    replyTo: 'martin.greer.office@freemail-box.test',
    to: 'hr@carrow-supply.example',
    subject: 'Employee tax forms needed today',
    date: '2026-01-29 16:05 -0500',
    text: `Hi,

I need the 2025 W-2 forms (PDF) for all employees for a review with the auditors
tomorrow morning. Please send them to me today as one file. Also include the
current employee list with dates of birth and home addresses.

Thanks for the quick turnaround.

Martin Greer
`,
  },
  {
    slug: 'bec-aging-report-request',
    cat: 'bec',
    from: 'Greg Oduya <greg.oduya@redwater-pumps.test>',
    to: 'ar@redwater.example',
    subject: 'Updated AR aging report',
    text: `Hello,

Please send me the updated accounts receivable aging report with the customer contact
emails for each open invoice. I want to follow up personally on the overdue ones
before the end of the week.

Greg
`,
  },
  // ---- vendor bank detail changes ----
  {
    slug: 'bec-vendor-bank-change-audit',
    cat: 'bec',
    from: 'Greenleaf Office Supplies Accounts <accounts@greenleaf-offices.test>',
    to: 'Neil Foster <neil.foster@pinecrestdental.example>',
    subject: 'Change of remittance details - Greenleaf Office Supplies',
    date: '2025-07-21 14:22 +0100',
    html: 'outlook',
    text: `Dear valued customer,

Please be informed that due to our annual audit, our current bank account is under
review and we are unable to receive payments into it until further notice.

With immediate effect, kindly remit all outstanding and future payments to our new
bank account:

Bank: Meridian Commercial Bank
Account name: Greenleaf Office Supplies
Sort code: 00-00-00
Account number: 00000000

Please update your records and confirm once this has been done. Could you also send
us a statement of all open invoices so we can reconcile before the audit closes?

Kind regards,
Sarah Whitcombe
Credit Control
Greenleaf Office Supplies
`,
  },
  {
    slug: 'bec-vendor-bank-change-dutch',
    cat: 'bec',
    from: 'Bakkerij Vos Administratie <administratie@bakkerij-vos.test>',
    to: 'Sanne de Vries <sanne@groenveld.example>',
    subject: 'Wijziging bankgegevens Bakkerij Vos',
    text: `Beste klant,

Wij hebben per deze maand een nieuwe bankrelatie. Wilt u openstaande en toekomstige
facturen voortaan overmaken naar onderstaand rekeningnummer?

Nieuw IBAN: XX00 0000 0000 0000 00
Ten name van: Bakkerij Vos BV

Het oude rekeningnummer wordt binnenkort opgeheven. Betalingen naar het oude nummer
worden teruggestort. Graag ontvangen wij een korte bevestiging.

Met vriendelijke groet,
Ingrid Vos
Administratie
`,
  },
  {
    slug: 'bec-vendor-thread-hijack',
    cat: 'bec',
    from: 'Marta Kowalczyk <marta.kowalczyk@baltic-freightwork.test>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'RE: Audit fee invoice BF-2025-118',
    date: '2025-12-03 15:18 +0100',
    inReplyTo: true,
    text: `Hi Dana,

Thanks for confirming. Just one thing before you release the payment: please do not
use the account on the invoice. Our bank is migrating accounts this month and
payments to the old account are being returned. Please use our alternative account
below and let me know the date of transfer so I can inform our accounting.

Beneficiary: Baltic Freightworks
IBAN: XX00 0000 0000 0000 0000 0000 00
SWIFT: XXXXXXXX

Best regards,
Marta

-----Original Message-----
From: Dana Whitfield
Sent: Wednesday, December 3, 2025 11:02
Subject: RE: Audit fee invoice BF-2025-118

Hi Marta, invoice approved, it will go out with Friday's payment run.
Dana
`,
  },
  {
    slug: 'bec-vendor-new-account-pdf-letter-fr',
    cat: 'bec',
    from: 'Maison Lefevre - Comptabilité <compta@maison-lefevre-sarl.test>',
    to: 'l.hoffmann@auerbach-kliniken.example',
    subject: 'Changement de coordonnées bancaires / change of bank details',
    text: `Madame, Monsieur,

Nous vous informons que nos coordonnées bancaires ont changé suite à un changement
de banque. Merci d’effectuer dorénavant vos règlements sur le compte suivant :

IBAN : XX00 0000 0000 0000 0000 0000 000
Titulaire : Maison Lefevre SARL

La facture ML-2025-388 reste due pour le 13/11/2025. Merci de nous confirmer la
prise en compte de ce changement par retour de mail.

(English) Please note our new bank details above for all future payments.

Cordialement,
Service comptabilité
Maison Lefevre
`,
  },
  // ---- payroll diversion ----
  {
    slug: 'bec-payroll-change-before-cutoff',
    cat: 'bec',
    from: 'Sophie Ng <sophie.ng.kestrel@freemail-box.test>',
    to: 'payroll@kestrelbio.example',
    subject: 'Update my direct deposit before payroll',
    text: `Hello,

I recently opened a new account and would like my pay deposited there starting with
this payroll. Can you update it before the cutoff? Please let me know what
information you need, or send me the form and I'll fill it out right away.

I'm on the road this week so email works best.

Thank you,
Sophie Ng
`,
  },
  {
    slug: 'bec-payroll-italian-iban',
    cat: 'bec',
    from: 'Marco Ricci <marco.ricci.rt@freemail-box.test>',
    to: 'amministrazione@ricci-trasporti.example',
    subject: 'Cambio IBAN per lo stipendio',
    text: `Buongiorno,

ho cambiato banca e vorrei ricevere lo stipendio di questo mese sul nuovo conto.
Mi potete indicare cosa serve per aggiornare l'IBAN? È abbastanza urgente.

Grazie mille,
Marco
`,
  },
  // ---- callback phishing ----
  {
    slug: 'callback-geek-squad-renewal',
    cat: 'callback-phish',
    from: 'Geek Squad Billing <billing.department0381@freemail-box.test>',
    to: 'Olivia Brandt <olivia.brandt@kestrelbio.example>',
    subject: 'Order Confirmation #GS-58812093 - Auto Renewal Successful',
    autoText: true,
    html: `<html><body style="font-family:Arial;font-size:14px;color:#222">
<table width="560" cellpadding="10" style="border:1px solid #ddd"><tr><td style="background:#0a3d62;color:#fff"><b>GEEK SQUAD</b> | Total Tech Support</td></tr>
<tr><td>
<p>Dear Customer,</p>
<p>Thank you for renewing your Geek Squad Total Protection membership. Your subscription has been renewed for another year and the amount has been deducted from your account.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Invoice</td><td><b>GS-58812093</b></td></tr>
<tr><td>Product</td><td>Total Tech Support - 3 devices</td></tr>
<tr><td>Amount</td><td><b>$449.99</b></td></tr>
<tr><td>Payment</td><td>Auto debit</td></tr>
</table>
<p>If you wish to cancel and get a refund, please call our billing department within 24 hours:</p>
<p style="font-size:18px"><b>+1 (808) 555-0143</b></p>
<p>Thank you for choosing us.</p>
</td></tr></table></body></html>
`,
  },
  {
    slug: 'callback-norton-pdf-invoice',
    cat: 'callback-phish',
    from: 'Norton Support <norton.renewals.team@freemail-box.test>',
    to: 'accounts@harrowfinch.example',
    subject: 'Your invoice is attached (NT-8837201)',
    text: `Hello,

Your Norton 360 subscription was renewed today. The invoice is attached for your
records.

If you did not authorise this charge, call us within 24 hours at +1 (808) 555-0199.

Regards,
Billing Team
`,
    att: ['pdf-callback-norton'],
  },
  {
    slug: 'callback-mcafee-french',
    cat: 'callback-phish',
    from: 'McAfee Facturation <facturation.securite@freemail-box.test>',
    to: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    subject: 'Confirmation de renouvellement - commande 44-881-2093',
    text: `Bonjour,

Votre abonnement McAfee Total Protection a été renouvelé automatiquement pour
une durée de 2 ans.

Numéro de commande : 44-881-2093
Montant débité : 349,99 €
Mode de paiement : prélèvement automatique

Si vous n’êtes pas à l’origine de ce renouvellement, contactez notre service
client au +33 1 99 00 01 47 sous 48 heures pour obtenir un remboursement.

Service Facturation
`,
  },
  {
    slug: 'callback-amazon-iphone-order',
    cat: 'callback-phish',
    from: 'Amazon Order Support <order-update.amzn@freemail-box.test>',
    to: 'Greg Oduya <g.oduya@redwater.example>',
    subject: 'Your order of Apple iPhone 16 Pro Max has been placed',
    text: `Hello,

Thank you for your order. We'll let you know once your item has shipped.

Order #112-4471920-5530014
Apple iPhone 16 Pro Max, 1TB, Desert Titanium
Quantity: 1
Order total: $1,599.00
Payment: Visa ending in 2291
Estimated delivery: 2-3 business days

If you did not place this order, call Amazon Fraud Prevention immediately at
+1 (888) 555-0161 to cancel it before it ships.
`,
  },
  {
    slug: 'callback-microsoft-license-renewal',
    cat: 'callback-phish',
    from: 'Microsoft 365 Billing <ms365.licence.billing@freemail-box.test>',
    to: 'it@quillfield.example',
    subject: 'Microsoft 365 Business Premium - annual license renewed (25 users)',
    html: H.app({
      brand: 'Microsoft',
      color: '#2f2f2f',
      heading: 'Your subscription has been renewed',
      paras: ['Hello,', 'Your Microsoft 365 Business Premium subscription has been renewed automatically. No action is needed if you wish to continue.', 'If you did not authorise this renewal or want to change the number of licences, contact our billing desk on <b>+1 (877) 555-0108</b> (Mon-Sun, 24h).'],
      table: [
        ['Subscription', 'Microsoft 365 Business Premium'],
        ['Licences', '25'],
        ['Term', '12 months'],
        ['Amount charged', 'USD 6,600.00'],
      ],
      footer: ['Microsoft Corporation, One Microsoft Way, Redmond, WA'],
    }),
    autoText: true,
  },
  {
    slug: 'callback-german-abo-verlaengert',
    cat: 'callback-phish',
    from: 'Kundenservice Abrechnung <abrechnung.service24@freemail-box.test>',
    to: 'Lukas Brenner <lukas.brenner@alpenmed-devices.example>',
    subject: 'Ihr Abonnement wurde verlängert - Rechnung 2025-118804',
    text: `Sehr geehrter Kunde,

vielen Dank für Ihre Treue. Ihr Jahresabonnement "PC Sicherheitspaket Premium" wurde
automatisch verlängert.

Rechnungsnummer: 2025-118804
Betrag: 389,90 EUR
Zahlungsart: Lastschrift

Falls Sie die Verlängerung nicht wünschen, rufen Sie bitte innerhalb von 24 Stunden
unsere Hotline an: +49 30 5550 1872. Danach ist keine Erstattung mehr möglich.

Ihr Abrechnungsteam
`,
  },
  {
    slug: 'callback-spanish-suscripcion',
    cat: 'callback-phish',
    from: 'Soporte Facturación <facturacion.soporte.es@freemail-box.test>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'Recibo de su pago: PayPal - 699,00 EUR',
    text: `Estimado cliente:

Ha enviado un pago de 699,00 EUR a "Crypto Exchange Europe".

ID de transacción: 8HG44120X5530014
Fecha: hoy

Si no reconoce este pago, llame a nuestro servicio de atención al cliente al
+34 91 555 0188 para cancelarlo. Dispone de 24 horas.

Atentamente,
Servicio de Atención al Cliente
`,
  },
  {
    slug: 'callback-paypal-invoice-note',
    cat: 'callback-phish',
    from: 'service@paypal-invoicing-notice.test',
    to: 'Hettie Lowe <hettie@lowepottery.example>',
    subject: 'You have a new invoice from Tech Secure Solutions',
    received: [rcv('203.0.113.88', 'mail-sor-f41.paypal-invoicing-notice.test')],
    autoText: true,
    html: `<html><body style="font-family:Helvetica,Arial;color:#2c2e2f">
<div style="max-width:560px;margin:auto;padding:20px">
<p style="font-size:24px;color:#003087"><b><i>PayPal</i></b></p>
<p>Tech Secure Solutions sent you an invoice for <b>$599.00 USD</b></p>
<p>Due on receipt</p>
<p><b>Note from seller:</b><br>Your Defender Firewall annual plan was renewed. If you did not authorise this charge, contact our support team on +1 (808) 555-0134 to cancel. Do not pay online, refunds are processed by phone only.</p>
<p><a href="https://paypal-invoicing-notice.test/invoice/p/INV2-XQ44-8812">View and Pay Invoice</a></p>
</div></body></html>
`,
  },
];
