'use strict';
const A = require('../build-attachments.cjs');
const CRM = 'Valley CRM Mailer 3.8';
const ESP = 'Valley CRM Campaigns';
const inv = (no, who, lines, total, extra = []) => A.pdf(`Invoice ${no}`, [who, '', ...lines, '', `Total due: ${total}`, ...extra]);
module.exports = [
{
  slug: 'invoice-pdf-web-design', cat: 'invoice', date: '2025-03-31 17:40:00 -0400', mailer: CRM,
  from: 'Tess Romero <tess@romero-studio.example>', to: 'accounts@bayside-chiro.example',
  subject: 'Invoice 2025-031 - website refresh (final)',
  text: `Hi there,

Attached is the final invoice for the website refresh. Thanks again, it was a fun project.
Payment terms are 14 days, bank details are on the invoice.

Tess Romero
Romero Studio
`,
  att: [{ name: 'Invoice-2025-031.pdf', type: 'application/pdf', content: inv('2025-031', 'Romero Studio - Bill to: Bayside Chiropractic', ['Website refresh, final 50% ...... 3,250.00'], 'USD 3,250.00', ['Due: 14 April 2025', 'Bank: First Coast Credit Union, acct 000000001234, routing 000000000'] ) }],
},
{
  slug: 'stripe-hosted-invoice', cat: 'invoice', date: '2025-06-01 12:00:03 +0000',
  from: 'Bramble Analytics <invoice+statements@bramble-analytics.example>', to: 'billing@ferncliff-retail.example',
  subject: 'Your invoice from Bramble Analytics #BA-10492',
  html: `<div style="font-family:Arial;max-width:480px;margin:auto"><p style="font-size:22px">$1,188.00</p><p>Due June 15, 2025</p><p><a href="https://invoice.stripe.com/i/acct_1Nq0Example/live_YWNjdF8xTnEwRXhhbXBsZSxfUXJ0" style="background:#635bff;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Pay this invoice</a></p><p>Invoice #BA-10492 · Bramble Analytics Growth plan, annual (Jun 2025 - May 2026)</p><p style="font-size:11px;color:#888">Questions? Contact billing@bramble-analytics.example</p></div>`,
  text: `Invoice #BA-10492 from Bramble Analytics: $1,188.00 due June 15, 2025.
Pay this invoice: https://invoice.stripe.com/i/acct_1Nq0Example/live_YWNjdF8xTnEwRXhhbXBsZSxfUXJ0`,
},
{
  slug: 'overdue-reminder-friendly', cat: 'invoice', messageId: '<friendly-reminder-mc2207@marlow-catering.example>', date: '2025-08-12 09:30:00 +0100', mailer: CRM,
  from: 'Accounts - Marlow Catering <accounts@marlow-catering.example>', to: 'Jo Pike <jo.pike@pike-events.example>',
  subject: 'Friendly reminder: invoice MC-2207 is 10 days overdue',
  text: `Hi Jo,

Just a gentle nudge - invoice MC-2207 (£2,460.00, the Hampton wedding on 12 July) was due on
2 August and we haven't seen payment yet. It may well be in the post!

If it's already been paid, please ignore this. Otherwise, our bank details are on the invoice
as usual (sort code 00-00-00, account 00001234).

Many thanks,
Ellie
Accounts, Marlow Catering
`,
},
{
  slug: 'final-notice-collections', cat: 'invoice', date: '2025-10-06 10:00:00 -0500', mailer: CRM,
  from: 'Receivables <ar@tristate-equipment.example>', to: 'Ron Pruitt <ron@pruitt-excavating.example>',
  subject: 'FINAL NOTICE - account 4471 - $6,812.40 past due 60 days',
  text: `Mr. Pruitt,

Despite our reminders of August 7 and September 8, the following invoices on account 4471 remain
unpaid:

  INV-88120  07/03/2025  $4,120.00
  INV-88341  07/18/2025  $2,692.40

If the balance of $6,812.40 is not received or a payment plan agreed by October 20, 2025, the
account will be placed on credit hold and referred to our collections agency.

You can pay by check, ACH, or by calling us at (412) 555-0133. If you believe this balance is
wrong, please call so we can sort it out.

Tri-State Equipment Rental - Accounts Receivable
`,
},
{
  slug: 'de-rechnung-iban', cat: 'invoice', date: '2025-05-06 14:22:00 +0200', mailer: CRM, lang: 'de',
  from: 'Buchhaltung Elektro Seidel <buchhaltung@elektro-seidel.example>', to: 'verwaltung@hausverwaltung-kurz.example',
  subject: 'Rechnung Nr. 2025-0412 - Wartung Notbeleuchtung',
  text: `Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung für die jährliche Wartung der Notbeleuchtung in der
Goethestraße 14.

Rechnungsbetrag: 1.130,50 EUR (inkl. 19% MwSt.)
Zahlbar innerhalb von 14 Tagen ohne Abzug auf:
IBAN DE00 0000 0000 0000 0000 00, Sparkasse Leipzig

Mit freundlichen Grüßen
Elektro Seidel GmbH
`,
  att: [{ name: 'Rechnung_2025-0412.pdf', type: 'application/pdf', content: inv('2025-0412', 'Elektro Seidel GmbH - Hausverwaltung Kurz', ['Wartung Notbeleuchtung, 24 Leuchten ..... 780,00', 'Ersatzakkus, 6 Stk ...................... 170,00', 'MwSt 19% ................................ 180,50'], 'EUR 1.130,50') }],
},
{
  slug: 'fr-facture-acompte', cat: 'invoice', date: '2025-09-03 11:05:00 +0200', mailer: CRM, lang: 'fr',
  from: 'Comptabilité Traiteur Lemaire <compta@traiteur-lemaire.example>', to: 'evenements@groupe-sorel.example',
  subject: "Facture d'acompte - séminaire du 16 octobre",
  text: `Bonjour,

Veuillez trouver ci-joint la facture d'acompte (30 %) pour le séminaire du 16 octobre.
Le règlement conditionne la réservation de la date. Merci d'indiquer le numéro de facture
dans le libellé du virement.

Bien à vous,
Service comptabilité - Traiteur Lemaire
`,
  att: [{ name: 'Facture-acompte-FA2025-118.pdf', type: 'application/pdf', content: inv('FA2025-118', 'Traiteur Lemaire - Groupe Sorel', ["Acompte 30 % seminaire 16/10, 85 couverts ... 1 912,50"], 'EUR 1 912,50 TTC', ['IBAN FR76 0000 0000 0000 0000 0000 000']) }],
},
{
  slug: 'nl-factuur-ideal', cat: 'invoice', date: '2026-02-02 08:00:00 +0100', lang: 'nl', mailer: ESP,
  from: 'Boekhouding Fietsfabriek <facturen@fietsfabriek-zwolle.example>', to: 'admin@koeriers-oost.example',
  subject: 'Factuur 2026-0077 - leasefietsen januari',
  text: `Beste klant,

Hierbij uw factuur voor het leasen van 12 bakfietsen in januari: € 1.428,00 incl. btw.

Betalen kan direct met iDEAL: https://pay.fietsfabriek-zwolle.example/ideal/2026-0077
Of via overboeking op NL00 BANK 0000 0000 00 o.v.v. het factuurnummer.

Met vriendelijke groet,
De Fietsfabriek Zwolle
`,
},
{
  slug: 'es-factura-mensual', cat: 'invoice', date: '2025-11-30 19:00:00 +0100', lang: 'es', mailer: CRM,
  from: 'Administración Limpiezas Sol <admin@limpiezas-sol.example>', to: 'contabilidad@asesoria-navarro.example',
  subject: 'Factura noviembre 2025 - F25/1130',
  text: `Buenas,

Os adjuntamos la factura de noviembre por el servicio de limpieza de oficinas. Se cobrará por
domiciliación bancaria el día 5 como siempre.

Saludos,
Administración - Limpiezas Sol
`,
  att: [{ name: 'F25-1130.pdf', type: 'application/pdf', content: inv('F25/1130', 'Limpiezas Sol S.L. - Asesoria Navarro', ['Servicio limpieza noviembre ..... 640,00', 'IVA 21% ......................... 134,40'], '774,40 EUR') }],
},
{
  slug: 'zip-of-invoices', cat: 'invoice', date: '2025-07-09 16:16:00 -0400', mailer: 'Microsoft Outlook 16.0',
  from: 'Denise Hart <dhart@hart-cleaning.example>', to: 'AP <ap@summit-medical-group.example>',
  subject: 'Q2 invoices for all three clinics (zip)',
  text: `Hello AP team,

As requested, the Q2 invoices for the Maple, Ridge and Lakeside clinics are in the attached zip,
one PDF per clinic. Same amounts as the monthly statements.

Thanks,
Denise Hart
Hart Commercial Cleaning
`,
  att: [{ name: 'Hart-Cleaning-Q2-2025.zip', type: 'application/zip', content: A.zip([
    ['Q2-2025-Maple.pdf', inv('HC-Q2-M', 'Hart Commercial Cleaning - Maple Clinic', ['Apr-Jun cleaning ..... 3,900.00'], 'USD 3,900.00')],
    ['Q2-2025-Ridge.pdf', inv('HC-Q2-R', 'Hart Commercial Cleaning - Ridge Clinic', ['Apr-Jun cleaning ..... 2,700.00'], 'USD 2,700.00')],
    ['Q2-2025-Lakeside.pdf', inv('HC-Q2-L', 'Hart Commercial Cleaning - Lakeside Clinic', ['Apr-Jun cleaning ..... 4,350.00'], 'USD 4,350.00')],
  ]) }],
},
{
  slug: 'paypal-me-small-biz', cat: 'invoice', date: '2025-04-25 20:10:00 -0700', eol: 'lf',
  from: 'Leah Kim <leah@leahkim-photo.example>', to: 'marketing@sundial-yoga.example',
  subject: 'Headshots - invoice + gallery',
  text: `Hi! Gallery is up here: https://leahkim-photo.example/g/sundial-team (password is the studio name, lowercase).

Invoice total is $650 for the 9 headshots. You can pay via paypal.me/leahkimphoto/650 or check, whatever is easier.

Thanks so much - Leah`,
},
{
  slug: 'remittance-advice-inbound', cat: 'invoice', date: '2025-08-29 10:02:00 +1000', mailer: 'SAP Business One',
  from: 'Accounts Payable <ap@harbourtown-council.example>', to: 'accounts@greenway-arborists.example',
  subject: 'Remittance advice - payment run 29/08/2025',
  text: `Please find attached remittance advice for payment made today by EFT.

This is an automated message from Harbourtown Council Accounts Payable. Please do not reply.
`,
  att: [{ name: 'Remittance_100334_20250829.pdf', type: 'application/pdf', content: A.pdf('Remittance Advice', ['Harbourtown Council', 'Payee: Greenway Arborists', '', 'Invoice GA-512 ..... 4,180.00', 'Invoice GA-519 ..... 1,260.00', 'Total paid: AUD 5,440.00 by EFT 29/08/2025']) }],
},
{
  slug: 'annual-renewal-receipt', cat: 'invoice', date: '2026-01-15 03:12:55 +0000',
  from: 'Sitebuilder Receipts <receipts@pagecraft.example>', to: 'hello@fernandcolour.example',
  subject: 'Receipt for your Pagecraft renewal',
  html: `<p>Thanks for renewing!</p><table cellpadding="4"><tr><td>Plan</td><td>Business, annual</td></tr><tr><td>Amount</td><td>$216.00</td></tr><tr><td>Card</td><td>Visa ending 4242</td></tr><tr><td>Date</td><td>Jan 15, 2026</td></tr></table><p>Manage billing at <a href="https://pagecraft.example/account/billing">pagecraft.example/account/billing</a>.</p>`,
  text: `Thanks for renewing! Business, annual - $216.00 - Visa ending 4242 - Jan 15, 2026.`,
},
{
  slug: 'order-confirmation-html', cat: 'order', date: '2025-05-13 13:45:10 -0500', mailer: ESP,
  from: 'Prairie Restaurant Supply <orders@prairie-rsupply.example>', to: 'kitchen@blue-heron-bistro.example',
  subject: 'Order #PRS-558120 confirmed',
  html: `<h3>Thanks, your order is confirmed</h3><table border="0" cellpadding="4"><tr><td>Hotel pans 1/2 size (x12)</td><td>$118.80</td></tr><tr><td>Cut-resistant gloves, L (x6)</td><td>$71.94</td></tr><tr><td>Shipping</td><td>$0.00</td></tr><tr><td><b>Total</b></td><td><b>$190.74</b></td></tr></table><p>Estimated delivery: Friday, May 16.</p><p><a href="https://prairie-rsupply.example/account/orders/PRS-558120">View order</a></p>`,
  text: `Order #PRS-558120 confirmed. Total $190.74. Estimated delivery Friday, May 16.`,
},
{
  slug: 'ups-tracking-real', cat: 'order', date: '2025-09-19 08:05:00 -0400', mailer: CRM,
  from: 'Shipping Dept <shipping@allegheny-valves.example>', to: 'receiving@ohio-river-pumps.example',
  subject: 'Shipped: PO 77310 (2 cartons)',
  text: `PO 77310 shipped today via UPS Ground, 2 cartons, 41 lb.

Tracking: 1Z999AA10123456784
https://www.ups.com/track?tracknum=1Z999AA10123456784

Packing list is inside carton 1 of 2.
Allegheny Valves shipping
`,
},
{
  slug: 'backorder-delay', cat: 'order', date: '2025-11-11 11:20:00 +0000', mailer: CRM,
  from: 'Customer Service <service@northsea-marine.example>', to: 'Ian Douglas <ian@douglas-boatyard.example>',
  subject: 'Your order SO-44190: one item delayed',
  text: `Dear Ian,

Two of the three lines on SO-44190 are in stock and will leave today. The 316 stainless cleats
(line 3) are on back-order from the manufacturer; the new ETA is 28 November.

Would you like us to send what we have now and the cleats separately (no extra shipping
charge), or hold the whole order?

Kind regards,
Fraser
North Sea Marine Supplies
`,
},
{
  slug: 'de-versand-dhl', cat: 'order', date: '2025-06-26 15:00:00 +0200', mailer: ESP, lang: 'de',
  from: 'Versand Kaffeerösterei Hahn <versand@roesterei-hahn.example>', to: 'einkauf@buero-lehmann.example',
  subject: 'Ihre Bestellung 30418 ist unterwegs',
  text: `Guten Tag,

Ihre Bestellung 30418 wurde heute an DHL übergeben.
Sendungsnummer: 00340434161234567890
Sendungsverfolgung: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890

Vielen Dank für Ihren Einkauf!
Kaffeerösterei Hahn
`,
},
{
  slug: 'rma-label-pdf', cat: 'order', date: '2026-02-24 10:30:00 -0700', mailer: CRM,
  from: 'Returns <returns@summitpoint-electronics.example>', to: 'Jake Fuller <jake@fuller-survey.example>',
  subject: 'RMA 20931 approved - return label attached',
  text: `Hi Jake,

Your return for the GNSS receiver (serial SP-88102) is approved. Print the attached label, tape it
over the old one and drop the box at any UPS location within 14 days. We'll ship the replacement
as soon as it's scanned in.

Summitpoint Returns
`,
  att: [{ name: 'RMA-20931-label.pdf', type: 'application/pdf', content: A.pdf('Return label RMA 20931', ['From: Fuller Survey, Boise ID', 'To: Summitpoint Electronics Returns, Dock 3, Denver CO', 'RMA 20931 - Prepaid']) }],
},
{
  slug: 'customs-eori-query', cat: 'order', date: '2025-02-12 09:55:00 +0000', mailer: 'Microsoft Outlook 16.0',
  from: 'Priya Shah <priya.shah@meridian-forwarding.example>', to: 'Tom Fielding <tom@fielding-ceramics.example>',
  subject: 'Shipment to Rotterdam - we need your EORI number',
  text: `Hi Tom,

For the export declaration on Friday's shipment to Rotterdam I need your company's EORI number
(starts with GB). It's on your HMRC registration letter.

No rush before Thursday midday.

Thanks,
Priya
Meridian Forwarding
`,
},
{
  slug: 'ticket-resolved-csat', cat: 'support', date: '2025-04-17 18:20:00 +0000',
  from: 'Brightdesk Support <support@brightdesk-voip.example>', to: 'office@winslow-physio.example',
  subject: '[#48210] Call forwarding after hours - resolved',
  html: `<p>Hi Karen,</p><p>Your after-hours forwarding now rings the on-call mobile from 18:00 to 08:00. We tested it twice from an outside line.</p><p>How did we do?</p><p><a href="https://support.brightdesk-voip.example/csat/48210?r=good">Good</a> &nbsp; <a href="https://support.brightdesk-voip.example/csat/48210?r=ok">OK</a> &nbsp; <a href="https://support.brightdesk-voip.example/csat/48210?r=bad">Bad</a></p><p>- Dev, Brightdesk Support</p>`,
  text: `Your after-hours forwarding is fixed. Rate us: https://support.brightdesk-voip.example/csat/48210`,
},
{
  slug: 'maintenance-window', cat: 'support', date: '2025-08-18 14:00:00 +0000', mailer: ESP,
  from: 'Cloudharbor Status <status@cloudharbor-hosting.example>', to: 'tech@redfern-books.example',
  subject: 'Scheduled maintenance: Sat 23 Aug, 01:00-03:00 UTC',
  text: `We'll be upgrading storage in our Frankfurt region on Saturday 23 August between 01:00 and
03:00 UTC. Websites stay online; the control panel and SFTP may be unavailable for up to 20 minutes.

Status page: https://status.cloudharbor-hosting.example
`,
},
{
  slug: 'failed-import-csv', cat: 'support', date: '2025-10-27 09:41:00 -0400',
  from: 'Valley CRM Support <support@valleycrm.example>', to: 'Holly Baird <holly@baird-realty.example>',
  subject: 'Re: [VC-31804] Import skipped 37 rows',
  text: `Hi Holly,

I had a look at the import log. The 37 skipped rows all have a date in the "Last contacted"
column written as 13/10/2025 while the import was set to US format (MM/DD/YYYY). I've attached
those rows as a CSV; if you switch the date format on step 2 of the import wizard and re-upload
just this file, they should go in fine.

Cheers,
Mateo, Valley CRM Support
`,
  att: [{ name: 'skipped-rows.csv', type: 'text/csv', content: 'row,first_name,last_name,email,last_contacted,error\r\n118,Grace,Holt,grace.holt@holt-home.example,13/10/2025,invalid date\r\n204,Sam,Ibe,sam.ibe@ibe-family.example,21/09/2025,invalid date\r\n377,Ana,Ruiz,ana.ruiz@ruiz-casa.example,30/08/2025,invalid date\r\n' }],
},
{
  slug: 'es-soporte-dns', cat: 'support', date: '2025-12-03 12:12:00 +0100', lang: 'es',
  from: 'Soporte Correo Nube <soporte@correonube.example>', to: 'it@bodegas-lazaro.example',
  subject: 'RE: [Ticket 77120] Configuración SPF y DKIM',
  text: `Hola Andrés,

Para que los correos de vuestro CRM no caigan en spam tenéis que añadir estos registros en el DNS
de bodegas-lazaro.example:

  TXT  @        v=spf1 include:_spf.correonube.example include:send.valleycrm.example ~all
  TXT  vc._domainkey   (la clave que os da el CRM en Ajustes > Dominios)

Una vez publicados, la propagación tarda hasta 24 horas. Si queréis lo revisamos juntos por
teléfono.

Un saludo,
Elena - Soporte Correo Nube
`,
},
{
  slug: 'autoreply-ticket-ack', cat: 'support', date: '2026-01-09 07:01:00 +0000',
  from: 'Helpdesk <helpdesk@lumen-payroll.example>', to: 'payroll@ashgrove-care.example',
  subject: 'We received your request [LP-90021]',
  headers: { 'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes' },
  text: `Thanks for contacting Lumen Payroll. Your request has been logged as LP-90021.

Our team answers within one working day. During payroll week this can take a little longer.
Please don't reply to this message - add details to your request in the portal instead.
`,
},
{
  slug: 'tls-cert-expiring', cat: 'support', date: '2025-05-20 06:00:00 +0000',
  from: 'CertWatch <alerts@certwatch-monitor.example>', to: 'webmaster@orchard-vets.example',
  subject: 'Certificate for shop.orchard-vets.example expires in 14 days',
  text: `The TLS certificate for shop.orchard-vets.example expires on 3 June 2025 (14 days).
Issuer: R11. If auto-renewal is configured on your host, no action is needed; we'll check again in 3 days.
`,
},
{
  slug: 'phishing-warning-from-vendor', cat: 'support', date: '2025-11-19 17:00:00 +0000', mailer: ESP,
  from: 'Ledgerline Trust & Safety <trust@ledgerline-app.example>', to: 'jwalsh@walsh-hardware.example',
  subject: 'Heads-up: fake "Ledgerline" invoices are going around',
  headers: { 'List-Unsubscribe': '<https://ledgerline-app.example/unsubscribe/ts-1119>' },
  text: `Hi Jamie,

Some customers have received emails pretending to be Ledgerline, asking them to "confirm a
payment" on a site that looks like ours. These emails come from addresses like
ledgerline-billing[.]com and ledger1ine[.]net.

We never ask you to pay or sign in through a link in an email about a payment you didn't expect.
When in doubt, type app.ledgerline-app.example into your browser yourself.

If you get one, forward it to phish@ledgerline-app.example and delete it.

Ledgerline Trust & Safety, 200 Market St, San Francisco CA 94105
`,
},
{
  slug: 'partner-price-list-csv', cat: 'partner', date: '2025-01-20 10:00:00 +0100', lang: 'de', mailer: CRM,
  from: 'Partnervertrieb Kälteprofi <partner@kaelteprofi.example>', to: 'haendler@kuehltechnik-roth.example',
  subject: 'Händlerpreisliste 2025 (CSV)',
  text: `Hallo Herr Roth,

anbei die Händlerpreisliste 2025 als CSV für Ihr Warenwirtschaftssystem. Die Preise gelten ab
1. Februar. Änderungen gegenüber 2024 sind in der Spalte "Änderung" markiert.

Viele Grüße
Partnervertrieb Kälteprofi
`,
  att: [{ name: 'Haendlerpreise_2025.csv', type: 'text/csv', charset: 'utf-8', content: 'Artikel;Bezeichnung;Händlerpreis EUR;Änderung\r\nKP-100;Kühlschrank Gastro 400 l;1.249,00;+3%\r\nKP-220;Tiefkühltruhe 300 l;899,00;0%\r\nKP-310;Getränkekühler Glastür;749,00;+2%\r\n' }],
},
{
  slug: 'partner-mdf-deadline', cat: 'partner', date: '2025-11-24 15:30:00 -0500', mailer: ESP,
  from: 'Cobalt Networks Partner Program <partners@cobalt-networks.example>', to: 'sales@keystone-it.example',
  subject: 'Reminder: claim your Q4 marketing funds by Dec 12',
  headers: { 'List-Unsubscribe': '<https://partners.cobalt-networks.example/unsub/pp-4410>' },
  text: `Hi Keystone IT team,

You have $2,500 in unclaimed market development funds for Q4. Claims must be submitted with
proof of execution by Friday, December 12 - after that the balance expires and doesn't roll over.

Submit a claim in the partner portal: https://partners.cobalt-networks.example/mdf/claims

Cobalt Networks Partner Program, 1 Cobalt Way, Raleigh NC 27601
Unsubscribe: https://partners.cobalt-networks.example/unsub/pp-4410
`,
},
{
  slug: 'api-deprecation-partner', cat: 'partner', date: '2025-07-14 16:00:00 +0000', mailer: ESP,
  from: 'Shipbridge Platform <platform@shipbridge.example>', to: 'dev@cartly-integrations.example',
  subject: 'Action needed: API v1 retires on 31 October',
  text: `Hello,

Your integration "Cartly Sync" made 48,210 calls to API v1 in the last 30 days. API v1 will stop
responding on 31 October 2025. The v2 migration guide is at https://developers.shipbridge.example/migrate-v2

Most integrations need only the auth header and two endpoint paths changed.

Shipbridge Platform Team
`,
},
{
  slug: 'deal-registration-approved', cat: 'partner', date: '2026-03-05 11:11:00 +0000',
  from: 'Deal Desk <dealdesk@orbitsec.example>', to: 'Ali Farouk <ali@farouk-systems.example>',
  subject: 'Deal registration DR-7720 approved (Hollybrook Schools)',
  text: `Hi Ali,

Your registration DR-7720 for Hollybrook Schools (220 seats) is approved. You have price
protection at partner tier Gold (-28%) for 90 days, until 3 June 2026.

OrbitSec Deal Desk
`,
},
{
  slug: 'co-marketing-proposal', cat: 'partner', date: '2025-04-08 13:00:00 -0700', mailer: 'Microsoft Outlook 16.0',
  from: 'Jenna Ortiz <jenna@tidewater-crm-consulting.example>', to: 'Partnerships <partners@valleycrm.example>',
  subject: 'Joint webinar idea for Q2?',
  text: `Hi partnerships team,

We've implemented Valley CRM for about 30 property management firms now. Would you be open to a
joint webinar in May - something like "Automating tenant follow-ups" - with one of our customers
as a guest? We'd handle the content and promotion to our list (about 4,000 contacts).

Jenna Ortiz
Tidewater CRM Consulting
`,
},
{
  slug: 'recruiter-hiring-manager', cat: 'recruiting', date: '2025-03-18 10:30:00 -0400', mailer: CRM,
  from: 'Monica Reyes <monica@talentbridge-search.example>', to: 'Greg Wilson <gwilson@wilson-controls.example>',
  subject: 'Controls engineers - 3 candidates available now',
  text: `Hi Greg,

I saw Wilson Controls is hiring a PLC programmer again. I'm working with three controls engineers
in the Charlotte area right now, all with Allen-Bradley experience, one with a PE.

Our fee is 18% of first-year salary and we only charge if someone starts. Want me to send
anonymised profiles?

Monica Reyes
TalentBridge Search | (704) 555-0125
`,
},
{
  slug: 'interview-invite-ics', cat: 'recruiting', date: '2025-08-21 09:00:00 +0100', mailer: CRM,
  from: 'Talent Team <careers@oakfield-logistics.example>', to: 'Daniel Okoro <daniel.okoro@mailbox-personal.example>',
  subject: 'Interview: Transport Planner - Tuesday 26 August',
  text: `Dear Daniel,

Thank you for your application. We'd like to invite you to a 45-minute interview with Sarah Lane
(Operations Manager) on Tuesday 26 August at 14:00 at our Daventry site. The invite is attached.

Please bring photo ID. Let us know if you need any adjustments.

Kind regards,
Oakfield Logistics Talent Team
`,
  att: [{ name: 'interview.ics', type: 'text/calendar; method=REQUEST', content: A.ics({ uid: 'int-2608-okoro@oakfield-logistics.example', start: '20250826T140000', end: '20250826T144500', tz: 'Europe/London', summary: 'Interview - Transport Planner', location: 'Oakfield Logistics, Daventry', organizer: { name: 'Talent Team', email: 'careers@oakfield-logistics.example' }, attendees: [{ name: 'Daniel Okoro', email: 'daniel.okoro@mailbox-personal.example' }] }) }],
},
{
  slug: 'fr-candidature-cv', cat: 'recruiting', date: '2025-09-25 20:14:00 +0200', lang: 'fr',
  from: 'Léa Fontaine <lea.fontaine@boite-perso.example>', to: 'recrutement@agence-horizon.example',
  subject: 'Candidature - Chargée de clientèle (réf. CC-09)',
  text: `Madame, Monsieur,

Je vous adresse ma candidature pour le poste de chargée de clientèle publié le 20 septembre.
Vous trouverez mon CV en pièce jointe.

Je vous remercie de l'attention portée à ma candidature.

Léa Fontaine
06 55 55 12 34
`,
  att: [{ name: 'CV_Lea_Fontaine.pdf', type: 'application/pdf', content: A.pdf('Lea Fontaine - CV', ['Chargee de clientele', 'Experience: 4 ans en agence de voyage', 'Langues: francais, anglais, espagnol']) }],
},
{
  slug: 'reference-request', cat: 'recruiting', date: '2025-12-01 11:45:00 +0000', mailer: 'Microsoft Outlook 16.0',
  from: 'HR - Kingsley Foods <hr@kingsley-foods.example>', to: 'Mark Dunn <mark.dunn@dunn-bakeries.example>',
  subject: 'Reference request - Aisha Begum',
  text: `Dear Mr Dunn,

Aisha Begum has applied for the role of Production Supervisor with us and gave your name as a
referee. Could you confirm her dates of employment and role, and tell us briefly about her
reliability and leadership?

A reply by email is fine, or call me on 0161 555 0148.

Thank you,
Joanne Price
HR Advisor, Kingsley Foods
`,
},
{
  slug: 'pl-rekrutacja-dzien-otwarty', cat: 'recruiting', date: '2026-02-16 08:30:00 +0100', lang: 'pl', mailer: ESP,
  from: 'Dział HR Stalbud <rekrutacja@stalbud.example>', to: 'kandydaci@stalbud.example',
  subject: 'Dzień otwarty rekrutacji - 28 lutego',
  text: `Dzień dobry,

zapraszamy na dzień otwarty w naszym zakładzie w Gliwicach, 28 lutego w godz. 9-15.
Szukamy spawaczy, operatorów CNC i magazynierów. Rozmowy na miejscu, decyzja tego samego dnia.

Dział HR Stalbud, ul. Przemysłowa 8, 44-100 Gliwice
Rezygnacja z powiadomień: https://stalbud.example/rezygnacja
`,
},
{
  slug: 'nps-one-click', cat: 'survey', date: '2025-06-30 16:00:00 +0000', mailer: ESP,
  from: 'Parcelhub <feedback@parcelhub.example>', to: 'tech@northwind-gifts.example',
  subject: 'How likely are you to recommend Parcelhub?',
  html: `<p>One click is all it takes:</p><p>${Array.from({ length: 11 }, (_, i) => `<a href="https://parcelhub.example/nps?s=${i}&amp;u=nw882">${i}</a>`).join(' ')}</p><p style="font-size:11px">Parcelhub Ltd, 10 Dock Road, Bristol BS1 6ZZ · <a href="https://parcelhub.example/unsubscribe/nw882">Unsubscribe</a></p>`,
  text: `How likely are you to recommend Parcelhub (0-10)? https://parcelhub.example/nps?u=nw882`,
  headers: { 'List-Unsubscribe': '<https://parcelhub.example/unsubscribe/nw882>' },
},
{
  slug: 'survey-gift-card-interview', cat: 'survey', date: '2025-10-15 13:20:00 -0400', mailer: CRM,
  from: 'Dana Pierce <dana.pierce@quotient-invoicing.example>', to: 'owner@brightline-tutors.example',
  subject: '30-minute chat about invoicing? ($50 gift card as thanks)',
  text: `Hi,

I'm a researcher on the Quotient product team. We're redesigning how late payment reminders
work and I'd love to hear how you chase invoices today.

It's a 30-minute video call, no prep needed, and we'll send a $50 gift card of your choice
afterwards as a thank-you. Pick a slot here if you're up for it: https://calendly.com/quotient-research/30min

Thanks!
Dana
`,
},
{
  slug: 'de-umfrage-gutschein', cat: 'survey', date: '2025-03-24 10:00:00 +0100', lang: 'de', mailer: ESP,
  from: 'Stadtwerke-Partnerservice <umfrage@stadtwerke-auen.example>', to: 'gewerbe@baeckerei-fuchs.example',
  subject: 'Ihre Meinung zählt: 5 Minuten, Verlosung von Restaurantgutscheinen',
  text: `Sehr geehrte Gewerbekundin, sehr geehrter Gewerbekunde,

wie zufrieden sind Sie mit unserem Service? Die Umfrage dauert etwa 5 Minuten:
https://forms.office.com/e/Xq8b2ZtN5p

Unter allen Teilnehmenden verlosen wir 10 Restaurantgutscheine à 50 Euro.

Stadtwerke Auen GmbH, Am Wasserwerk 1, 99999 Auen
`,
},
{
  slug: 'post-event-survey-google', cat: 'survey', date: '2025-05-16 09:00:00 -0500', mailer: ESP,
  from: 'Midwest Manufacturing Summit <hello@mw-mfg-summit.example>', to: 'ops@kessler-machining.example',
  subject: 'Thanks for coming - 3 quick questions',
  text: `Thanks for joining us in Milwaukee! Tell us what to keep and what to fix for next year
(3 questions): https://forms.gle/Zk3vQ9mWp2aLr7Ue8

Everyone who answers gets 20% off a 2026 pass.

Midwest Manufacturing Summit, 735 N Water St, Milwaukee WI 53202
Unsubscribe: https://mw-mfg-summit.example/unsubscribe/eb-7781
`,
},
{
  slug: 'one-line-thanks', cat: 'misc', date: '2025-07-31 17:58:00 +0100', eol: 'lf', mailer: 'iPhone Mail (22F76)',
  from: 'Ruth Ellis <ruth@ellis-accountancy.example>', to: 'Ben Shaw <ben@shaw-it.example>',
  subject: 'Re: printer',
  text: `Working now, thank you!!

Sent from my iPhone`,
},
{
  slug: 'forward-rfc822-attached', cat: 'misc', date: '2025-10-09 12:40:00 -0400', mailer: 'Microsoft Outlook 16.0',
  from: 'Kyle Bennett <kbennett@bennett-hvac.example>', to: 'Office <office@bennett-hvac.example>',
  subject: 'FW: warranty registration for the Carter job',
  text: `Can someone file this under the Carter job? Thanks. -K`,
  att: [{ name: 'Warranty registration.eml', type: 'message/rfc822', disposition: 'attachment', content: 'From: Warranty <warranty@coolair-mfg.example>\r\nTo: kbennett@bennett-hvac.example\r\nSubject: Warranty registration received\r\nDate: Tue, 7 Oct 2025 10:00:00 -0500\r\nMessage-ID: <wr-55120@coolair-mfg.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nRegistration W-55120 for serial CA-4490-221 (installed 10/06/2025) is complete. 10-year parts warranty.\r\n' }],
},
{
  slug: 'lnkd-article-share', cat: 'misc', date: '2026-01-28 08:22:00 -0800', eol: 'lf',
  from: 'Sean Murphy <sean@murphy-roofing.example>', to: 'Alicia Chen <alicia@chen-property.example>',
  subject: 'article on roof insurance claims',
  text: `Alicia - thought of you when I saw this, esp. the part about documenting hail damage before adjusters come out: https://lnkd.in/gR4xTq2e

no need to reply
Sean`,
},
{
  slug: 'internal-quarter-numbers', cat: 'misc', date: '2025-04-02 19:05:00 +0200', lang: 'nl', mailer: 'Microsoft Outlook 16.0',
  from: 'Joost Smit <joost@smit-installatie.example>', to: 'Team <team@smit-installatie.example>',
  subject: 'Q1 cijfers + borrel vrijdag',
  text: `Hoi allemaal,

Q1 is afgesloten met 14% meer omzet dan vorig jaar, vooral door de warmtepompen. Top gedaan!
Vrijdag vanaf 16:00 borrel in de kantine, ik trakteer.

Joost
`,
},
];
