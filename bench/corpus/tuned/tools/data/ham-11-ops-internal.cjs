'use strict';
// Ham (second batch): shipping notices naming carriers (with tracking links), HR mail,
// internal updates, support tickets and partner / supplier updates.
const H = require('../lib/html.cjs');
module.exports = [
  // ---- shipping ----
  {
    slug: 'ship-dhl-express-tiles',
    cat: 'shipping',
    from: 'Marisol Cerámica <pedidos@marisol-ceramica.example>',
    to: 'Jenny Holloway <jenny@hollowayfarm.example>',
    subject: 'Your tiles are on their way (DHL Express 4471 2290 16)',
    date: '2026-03-02 16:40 +0100',
    text: `Hi Jenny,

Your order MC-2026-031 left the workshop today with DHL Express: 3 boxes, 212 kg in
total, on one pallet.

Carrier: DHL Express
Waybill: 4471 2290 16
Expected delivery: Thursday 5 March
Track the shipment on our order page: https://marisol-ceramica.example/pedidos/MC-2026-031/seguimiento

Import duties for the UK were prepaid by us (DDP), so DHL should not ask you for any
payment. If anyone does, please call me before paying anything.

Un saludo,
Lucía
`,
  },
  {
    slug: 'ship-ups-freight-pallets',
    cat: 'shipping',
    from: 'Redwater Pumps Shipping <shipping@redwater.example>',
    to: 'Will Barros <will@blueheron-charters.example>',
    subject: 'Order RW-20877 shipped via UPS Freight - 2 pallets',
    date: '2025-10-15 14:05 -0400',
    html: H.app({
      brand: 'Redwater Pumps',
      color: '#b71c1c',
      heading: 'Your order has shipped',
      paras: ['Hi Will, order RW-20877 has left our Savannah warehouse.'],
      table: [
        ['Carrier', 'UPS Freight (LTL)'],
        ['PRO number', '0418-552-903'],
        ['Pallets', '2 (410 lb)'],
        ['Delivery appointment', 'Fri 17 Oct, 08:00-12:00'],
      ],
      button: { label: 'Track shipment', url: 'https://redwater.example/orders/RW-20877/tracking' },
      footer: ['The driver will call 30 minutes before arrival. Please check the pallets for damage before signing.', 'Redwater Pumps Inc., 600 River St, Savannah GA (fictional)'],
    }),
    text: `Hi Will, order RW-20877 has left our Savannah warehouse.

Carrier: UPS Freight (LTL)
PRO number: 0418-552-903
Pallets: 2 (410 lb)
Delivery appointment: Fri 17 Oct, 08:00-12:00

Track shipment: https://redwater.example/orders/RW-20877/tracking

The driver will call 30 minutes before arrival.
Redwater Pumps Inc., 600 River St, Savannah GA (fictional)
`,
  },
  {
    slug: 'ship-postnl-dutch-bezorging',
    cat: 'shipping',
    from: 'Groenveld Webshop <webshop@groenveld.example>',
    to: 'Ingrid Vos <ingrid@bakkerij-vos.example>',
    subject: 'Uw bestelling 30551 wordt morgen bezorgd door PostNL',
    date: '2025-12-08 17:30 +0100',
    text: `Beste Ingrid,

Goed nieuws: uw bestelling 30551 (4 dozen bakpapier en 2 rollen verpakkingsfolie)
wordt morgen tussen 09:00 en 13:00 bezorgd door PostNL.

Track & trace: https://groenveld.example/bestellingen/30551/volgen
Zendingnummer: 3SGRV0030551

Niet thuis? De chauffeur levert het pakket af bij een PostNL-punt in de buurt.

Met vriendelijke groet,
Groenveld Webshop
`,
  },
  {
    slug: 'ship-dpd-german-predict',
    cat: 'shipping',
    from: 'Osterhagen Ersatzteilservice <ersatzteile@osterhagen-mb.example>',
    to: 'Thomas Weber <t.weber@weber-druckluft.example>',
    subject: 'Versandbestätigung Auftrag 2026-0412 – DPD Predict',
    date: '2026-04-14 11:10 +0200',
    text: `Sehr geehrter Herr Weber,

Ihre Ersatzteile zu Auftrag 2026-0412 wurden heute an DPD übergeben.

Inhalt: 2 x Dichtungssatz DS-40, 1 x Druckschalter PS-12
Paketnummer: 0150 5882 0411 22
Zustellung: voraussichtlich morgen, DPD kündigt das Zeitfenster per SMS an.

Sendungsverfolgung über unser Kundenportal:
https://service.osterhagen-mb.example/auftraege/2026-0412

Mit freundlichen Grüßen
Ihr Ersatzteilservice
Osterhagen Maschinenbau GmbH
`,
  },
  {
    slug: 'ship-fedex-samples-express',
    cat: 'shipping',
    from: 'Kestrel Biotech Logistics <logistics@kestrelbio.example>',
    to: 'Sarah Lindell <sarah.lindell@pickwise-robotics.example>',
    subject: 'Sample totes sent by FedEx Priority Overnight - arriving tomorrow',
    date: '2026-03-03 15:25 -0700',
    html: 'gmail',
    text: `Hi Sarah,

As agreed, the six sample totes for your gripper tests left today with FedEx
Priority Overnight.

FedEx tracking: 7730 4412 9901 (our portal: https://logistics.kestrelbio.example/track/77304412)
Delivery: tomorrow before 10:30 am

The totes are empty and clean - please send them back with the prepaid return label
inside the box.

Thanks,
Miguel
Kestrel Biotech - Logistics
`,
  },
  {
    slug: 'ship-partial-backorder',
    cat: 'shipping',
    from: 'Greenleaf Office Supplies <orders@greenleaf-office.example>',
    to: 'Neil Foster <neil.foster@pinecrestdental.example>',
    subject: 'Order PO-9120: part shipped, 1 item back-ordered',
    date: '2025-09-22 10:02 +0100',
    text: `Dear Neil,

Part of your order PO-9120 has been dispatched with Royal Mail Tracked 48:

  Shipped:   8 x A4 copier paper (5 reams), 2 x desk organiser
  Tracking:  https://greenleaf-office.example/account/orders/PO-9120

  Back-ordered: 4 x Toner HL-220, expected 29 September.
  We'll send it free of charge as soon as it arrives.

You will only be invoiced for the back-ordered item once it ships.

Kind regards,
Greenleaf Office Supplies
88 Market Row, Leeds LS1 6XX (fictional)
`,
  },
  // ---- HR ----
  {
    slug: 'hr-benefits-open-enrollment',
    cat: 'hr',
    from: 'Carrow People Team <people@carrow-supply.example>',
    to: 'all-staff@carrow-supply.example',
    subject: 'Open enrollment for 2026 benefits: 3-21 November',
    date: '2025-10-30 09:00 -0500',
    html: 'outlook',
    text: `Hi everyone,

Open enrollment for 2026 benefits runs from Monday 3 November to Friday 21 November.

What's new:
- The 401(k) match goes up from 4% to 5%
- Dental and vision premiums stay the same
- A second medical plan (HDHP with HSA) is available

If you're happy with your current plans, you don't need to do anything - they roll
over automatically. To make changes, sign in to the HR portal from the intranet as
usual. The benefits guide is attached.

We'll hold two drop-in Q&A sessions in the break room: 5 Nov and 12 Nov at 12:30.

Thanks,
Lisa
People Team, Carrow Industrial Supply
`,
    att: ['hr-benefits'],
  },
  {
    slug: 'hr-holiday-calendar-2026',
    cat: 'hr',
    from: 'Anvil & Oak People <people@anvil-oak.example>',
    to: 'everyone@anvil-oak.example',
    subject: '2026 holiday calendar and Christmas shutdown',
    date: '2025-12-15 11:30 +0000',
    text: `Hi all,

The 2026 holiday calendar is attached so you can plan leave early.

Key dates:
- Bank holidays as usual (8 days)
- Christmas shutdown 29-31 December 2026 - please keep 3 days of leave for it
- You can carry over up to 5 days into 2027, to be used by 31 March

Book leave in the HR system as before. Questions to me or your manager.

Thanks,
Priya
People & Culture
`,
    att: ['hr-holiday'],
  },
  {
    slug: 'hr-payroll-date-change-no-action',
    cat: 'hr',
    from: 'Payroll <payroll@valley.example>',
    to: 'team@valley.example',
    subject: 'December pay date moves to 19 December',
    date: '2025-11-27 10:15 -0500',
    text: `Hi team,

Because of the holidays, December salaries will be paid on Friday 19 December
instead of the 26th. Payslips will be in the HR portal on 17 December.

You don't need to do anything. Your bank details stay as they are.

Reminder: Payroll will never ask you to send or confirm bank details by email. If
you ever want to change the account your salary goes to, do it yourself in the HR
portal - changes need your MFA and take effect from the following pay run.

Thanks,
Kwame
Finance & Payroll
`,
  },
  {
    slug: 'hr-expense-policy-update',
    cat: 'hr',
    from: 'Mia Schultz <mia.schultz@quillfield.example>',
    to: 'staff@quillfield.example',
    subject: 'Updated expenses policy from 1 March',
    date: '2026-02-16 16:00 +0000',
    html: 'outlook',
    text: `Hi all,

A few changes to the expenses policy from 1 March:

1. Hotel cap in London goes up to GBP 190 per night (from GBP 160).
2. Train travel over 2.5 hours can be booked in first class if booked 7+ days ahead.
3. Receipts must be uploaded within 30 days; older claims need a manager's note.
4. Client gifts over GBP 50 must be logged in the gifts register.

The full policy is on the intranet under Finance > Policies. Shout if anything is
unclear.

Mia
`,
  },
  {
    slug: 'hr-new-starter-it-setup',
    cat: 'hr',
    from: 'Northwind IT <it@northwind-logistics.example>',
    to: 'Tariq Hussain <tariq.hussain@northwind-logistics.example>',
    cc: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Welcome Tariq - your laptop and first login on Monday',
    date: '2026-01-09 14:20 +0000',
    text: `Hi Tariq,

Welcome to Northwind! Your laptop is ready and Dana will hand it over on Monday at
9:00.

First login:
- Your username is tariq.hussain
- A temporary password will be given to you in person by Dana (never by email)
- You'll be asked to choose your own password and set up the authenticator app on
  your phone - please bring your phone

If anything doesn't work, call us on extension 200 or come to the IT desk on the
ground floor.

See you Monday,
Northwind IT
`,
  },
  // ---- internal ----
  {
    slug: 'internal-forecast-xlsx-chart',
    cat: 'internal',
    from: 'Ben Carter <ben@anvil-oak.example>',
    to: 'sales-team@anvil-oak.example',
    subject: 'Q2 forecast by rep - please check your lines by Wednesday',
    date: '2026-03-30 08:40 +0100',
    html: 'gmail',
    text: `Morning team,

Attached is the Q2 forecast by rep (spreadsheet) plus the chart I'll show at the
board meeting. We're at 81% of target on weighted pipeline, which is better than
this time last year.

Please check your own rows by Wednesday, especially close dates - a few deals still
show March.

Ben
`,
    att: ['xlsx-forecast', 'chart-forecast'],
  },
  {
    slug: 'internal-phishing-simulation-notice',
    cat: 'internal',
    from: 'Martin Greer <m.greer@carrow-supply.example>',
    to: 'managers@carrow-supply.example',
    subject: 'Heads-up: phishing simulation in April (managers only)',
    date: '2026-03-27 13:10 -0400',
    text: `Hi all,

In April we'll run our quarterly phishing simulation with Guardrail Training. Staff
will get one or two fake emails (a parcel notice and a "shared document", probably).

Please don't warn your teams - the point is to see what happens normally. Anyone who
clicks gets a 3-minute training video, nothing more. Results by department (no
names) will be shared in May.

If someone forwards a suspicious email to you, please keep pointing them to the
"Report phishing" button as usual.

Thanks,
Martin
`,
  },
  {
    slug: 'internal-timesheet-reminder-csv',
    cat: 'internal',
    from: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    to: 'Pia Nyberg <p.nyberg@meridian-consult.example>',
    subject: 'Timesheet week 14 - two days missing',
    date: '2026-04-06 09:25 +0200',
    text: `Hi Pia,

Your export for week 14 is attached - Thursday and Friday are missing the project
code, so they don't show on the Halvorsen invoice. Could you fix them in the system
by tomorrow noon? Billing runs at 14:00.

Thanks!
Claire
`,
    att: ['csv-timesheet'],
  },
  {
    slug: 'internal-campaign-report-html',
    cat: 'internal',
    from: 'Hannah Moss <hannah@bramblecoffee.example>',
    to: 'Tom Ashworth <tom@bramblecoffee.example>',
    subject: 'March campaign report (exported)',
    date: '2026-04-01 10:05 +0100',
    text: `Tom,

Exported the March campaign report from the CRM (attached as HTML, opens in any
browser). The trade price list email did really well - 14.8% click rate. The spring
menu one was average.

Let's talk about the April plan at Thursday's catch-up.

H
`,
    att: ['html-report'],
  },
  {
    slug: 'internal-offsite-plan',
    cat: 'internal',
    from: 'Ines Moreau <ines@valley.example>',
    to: 'team@valley.example',
    subject: 'Team offsite 10-11 June: plan, travel and the form to fill in',
    date: '2026-04-21 15:30 -0400',
    html: 'apple',
    text: `Hi everyone,

The offsite is confirmed: 10-11 June at the Lakeview Lodge (2 hours north, shuttle
from the office at 8:00 on the 10th).

Day 1: product roadmap, customer panel, dinner
Day 2: team workshops, back by 17:00

Please fill in the short form by 8 May (dietary needs, shuttle yes/no, room sharing):
https://forms.valley.example/offsite-2026

Hotel and meals are booked and paid centrally - you don't need to pay for anything.

Ines
`,
  },
  // ---- support ----
  {
    slug: 'support-import-errors-csv',
    cat: 'support',
    from: 'Valley CRM Support <support@valley.example>',
    to: 'Karin Dahl <k.dahl@halvorsen-freight.example>',
    subject: 'Re: [Ticket #51877] 3 rows failed in my contact import',
    date: '2025-12-10 11:45 -0500',
    inReplyTo: true,
    text: `Hi Karin,

Thanks for sending the file. The import of 1,912 rows worked except for three, and
I've attached them as a CSV with the reason for each:

- row 14: the email address is incomplete ("anna.m@")
- row 233: duplicate of row 12 (same email), so we skipped it
- row 1877: no email address at all

You can fix those three rows and import just that small file - existing contacts
won't be duplicated.

Best,
Daniel
Valley CRM Support
`,
    att: ['csv-contacts-fix'],
  },
  {
    slug: 'support-sso-login-loop',
    cat: 'support',
    from: 'Orchard Analytics Support <support@orchard-analytics.example>',
    to: 'Rob Evans <rob@lumenfitness.example>',
    subject: '[OA-77310] Login loop with Google SSO',
    date: '2026-01-22 10:30 -0800',
    text: `Hi Rob,

Thanks for the screen recording - it helped a lot. The loop happens because your
browser blocks third-party cookies for our auth domain, and the Google SSO callback
can't set the session.

Two options:
1. Allow cookies for auth.orchard-analytics.example in your browser settings, or
2. Use the direct sign-in page, which doesn't need the cookie:
   https://app.orchard-analytics.example/login/sso

We're shipping a fix next week so this won't be needed. I'll update this ticket
when it's live.

Cheers,
Lauren
Orchard Analytics Support
`,
  },
  {
    slug: 'support-incident-resolved-postmortem',
    cat: 'support',
    from: 'Cobalt Hosting Status <status@cobalthosting.example>',
    to: 'Mia Schultz <mia.schultz@quillfield.example>',
    subject: 'Resolved: network outage in Bristol DC2 (18 Feb, 43 minutes)',
    date: '2026-02-19 12:00 +0000',
    text: `Hello,

Yesterday, 18 February, servers in our Bristol DC2 data centre were unreachable from
14:07 to 14:50 GMT. Your server DS-2 was affected.

What happened: a firmware update on one core router caused it to drop routes; the
standby router did not take over because of a configuration error on our side.

What we're doing: the standby configuration has been corrected and tested, and
firmware updates now happen only in the Sunday maintenance window.

As this broke our 99.95% SLA, a credit of GBP 18.90 will appear on your next
invoice automatically.

Sorry for the disruption,
Cobalt Hosting Operations
https://status.cobalthosting.example
`,
  },
  {
    slug: 'support-french-ticket-reply',
    cat: 'support',
    from: 'Support Solvent Labs <support@solvent-labs.example>',
    to: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    subject: 'Re: [SL-4410] Export des factures au format CSV',
    date: '2025-10-08 14:10 +0200',
    inReplyTo: true,
    text: `Bonjour Claire,

Merci pour votre message. L’export CSV des factures se trouve dans Facturation >
Historique > Exporter. Par défaut, le séparateur est la virgule ; pour Excel en
français, choisissez « point-virgule » dans la fenêtre d’export.

Si vous avez besoin de l’export automatique chaque mois, il est possible de le
programmer dans Paramètres > Exports planifiés.

Bonne journée,
Julien
Support Solvent Labs
`,
  },
  // ---- partner / supplier updates ----
  {
    slug: 'partner-program-2026-pdf',
    cat: 'partner-update',
    from: 'Valley CRM Partners <partners@valley.example>',
    to: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    subject: 'Partner program 2026: higher referral fee and deal registration',
    date: '2026-01-12 09:00 -0500',
    text: `Hi Claire,

Thanks for a great 2025 - Meridian referred 9 new customers to Valley CRM.

For 2026 we're making three changes, summarised in the attached PDF:
- Referral fee goes from 12% to 15% of the first-year subscription
- Deal registration protects a registered deal for 90 days
- Gold partners get a co-marketing fund (Meridian qualifies)

Your partner manager, Kwame, will reach out to plan Q1. Everything is also in the
partner portal: https://partners.valley.example

Best,
The Valley CRM Partner Team
`,
    att: ['partner-deck'],
  },
  {
    slug: 'partner-supplier-new-year-closure',
    cat: 'partner-update',
    from: 'Wendy Zhao <wendy.zhao@lianfa-packaging.example>',
    to: 'Jonas Eriksen <jonas@fjordpack.example>',
    subject: 'Factory closure for Chinese New Year: 10-24 February',
    date: '2026-01-08 10:20 +0800',
    text: `Dear Jonas,

Happy New Year! Please note our factory will be closed for the Spring Festival from
10 February to 24 February 2026. Our office will answer emails from 19 February.

To keep your March deliveries on time, please confirm any orders for valve bags and
kraft pouches by 20 January. Orders confirmed after that date will ship in the
second week of March.

Our bank details and company information remain the same. If you ever receive an
email claiming we changed accounts, please call me on WeChat or phone before paying.

Best regards,
Wendy Zhao
Sales Manager, Lianfa Packaging Co., Ltd. (fictional)
`,
  },
  {
    slug: 'partner-reseller-price-list',
    cat: 'partner-update',
    from: 'Polar Route Partners <partners@polarroute.example>',
    to: 'Ingrid Solheim <ingrid.solheim@polarroute.example>',
    cc: 'Pia Nyberg <p.nyberg@meridian-consult.example>',
    subject: 'Reseller price list Q3 2025 and new demo kit',
    date: '2025-06-30 08:00 +0200',
    html: 'outlook',
    text: `Hello partners,

The Q3 reseller price list is now in the partner portal. Hardware prices are
unchanged; the monthly subscription for the Pro tier goes from EUR 12 to EUR 11 per
vehicle for resellers with more than 200 active units.

New: a demo kit with two loggers and a door sensor can be ordered for EUR 49
(credited against your next order).

Partner portal: https://partners.polarroute.example/pricing

Kind regards,
Partner Team, Polar Route Telematics
`,
  },
  {
    slug: 'partner-api-deprecation-notice',
    cat: 'partner-update',
    from: 'Valley CRM Developers <devsupport@valley.example>',
    to: 'Rachel Quill <rachel.quill@quillfield.example>',
    subject: 'Action needed by 30 Sept: /api/v1/contacts will be retired',
    date: '2026-03-31 12:00 -0400',
    text: `Hi Rachel,

Your integration "Quillfield ERP Connector" called the /api/v1/contacts endpoint
about 48,000 times in the last 30 days. This endpoint will be retired on
30 September 2026.

What to do: switch to /api/v2/contacts. The main differences are cursor pagination
and ISO 8601 timestamps. Migration guide:
https://developers.valley.example/guides/v1-to-v2

We'll send reminders at 90, 30 and 7 days. Questions? Reply to this email - it goes
to the developer support team.

Valley CRM Developer Relations
`,
  },
  {
    slug: 'partner-referral-fee-paid',
    cat: 'partner-update',
    from: 'Valley CRM Partners <partners@valley.example>',
    to: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    subject: 'Referral fee for Q1 2026 paid: EUR 4,212.00',
    date: '2026-04-15 10:00 -0400',
    text: `Hi Claire,

We've paid your Q1 2026 referral fees to the bank account registered in the partner
portal (ending 0418).

Referred customers: Halvorsen Freight, Norrsken AB, Groenveld BV
Total: EUR 4,212.00
Remittance reference: VCP-2026Q1-MER

The statement is available in the partner portal under Payouts. If the bank account
needs to change, update it in the portal; changes are confirmed by phone with your
partner manager before the next payout.

The Valley CRM Partner Team
`,
  },
];
