'use strict';
// Ham: invoice notifications (with a real small PDF), renewal reminders, price-change announcements.
const H = require('../lib/html.cjs');
module.exports = [
  {
    slug: 'invoice-hosting-paid',
    cat: 'invoice',
    from: 'Cobalt Hosting Billing <billing@cobalthosting.example>',
    to: 'accounts@harrowfinch.example',
    subject: 'Invoice INV-2025-0412 (paid) - Cobalt Hosting',
    text: `Hello,

Your invoice INV-2025-0412 for April 2025 is attached. It has been paid using the card
on file ending 4417, so there is nothing for you to do.

Amount: GBP 68.40 (incl. VAT)

You can also download all invoices from your control panel:
https://my.cobalthosting.example/billing

Cobalt Hosting Ltd, 4 Quay Street, Bristol BS1 4XX (fictional)
`,
    att: ['inv-cobalt'],
    date: '2025-04-03 02:14 +0100',
  },
  {
    slug: 'invoice-office-supplies-due',
    cat: 'invoice',
    from: 'Greenleaf Office Supplies <invoices@greenleaf-office.example>',
    to: 'Neil Foster <neil.foster@pinecrestdental.example>',
    subject: 'Greenleaf invoice 10387 for order PO-8812',
    html: 'outlook',
    text: `Dear Neil,

Please find attached invoice 10387 for order PO-8812, delivered on 12 May.

Total: GBP 582.58
Due date: 11 June 2025 (30 days)

Payment details are on your monthly statement. If anything on the invoice looks wrong,
reply to this email and our accounts team will check it.

Kind regards,
Accounts Team
Greenleaf Office Supplies
`,
    att: ['inv-greenleaf'],
    date: '2025-05-12 15:40 +0100',
  },
  {
    slug: 'invoice-translation-project',
    cat: 'invoice',
    from: 'Sabine Krüger <s.krueger@brightline-translate.example>',
    to: 'Jan Osterhagen <j.osterhagen@osterhagen-mb.example>',
    subject: 'Rechnung BR-7781 / Betriebsanleitung DE>EN',
    text: `Sehr geehrter Herr Osterhagen,

anbei erhalten Sie unsere Rechnung BR-7781 für die Übersetzung der Betriebsanleitung
(14.200 Wörter) inklusive Korrektorat.

Rechnungsbetrag: 2.130,00 EUR (Reverse Charge)
Zahlungsziel: 14 Tage

Vielen Dank für den Auftrag!

Mit freundlichen Grüßen
Sabine Krüger
Brightline Translation Services GmbH
`,
    att: ['inv-brightline'],
    textEnc: 'quoted-printable',
  },
  {
    slug: 'invoice-saas-receipt-html',
    cat: 'invoice',
    from: 'Orchard Analytics <billing@orchard-analytics.example>',
    to: 'Rob Evans <rob@lumenfitness.example>',
    subject: 'Your Orchard Analytics receipt for February 2026',
    text: `Receipt for Lumen Fitness Studios

Invoice 2026-0093
Period: 1 Feb 2026 - 28 Feb 2026
Growth plan, 5 seats: USD 245.00
Dashboard exports (2): USD 20.00
Total charged: USD 265.00 (Visa ending 0921)

The PDF invoice is attached. Manage billing: https://app.orchard-analytics.example/billing

Orchard Analytics Inc., 120 Pine St, Portland OR (fictional)
`,
    html: H.app({
      brand: 'Orchard Analytics',
      color: '#c05621',
      heading: 'Receipt for Lumen Fitness Studios',
      paras: ['Thanks for your payment. Your PDF invoice is attached.'],
      table: [
        ['Invoice', '2026-0093'],
        ['Period', '1 Feb 2026 - 28 Feb 2026'],
        ['Growth plan, 5 seats', 'USD 245.00'],
        ['Dashboard exports (2)', 'USD 20.00'],
        ['Total charged (Visa 0921)', 'USD 265.00'],
      ],
      button: { label: 'Manage billing', url: 'https://app.orchard-analytics.example/billing' },
      footer: ['Orchard Analytics Inc., 120 Pine St, Portland OR (fictional)'],
    }),
    att: ['inv-orchard'],
    date: '2026-03-01 00:05 -0800',
  },
  {
    slug: 'invoice-marine-parts-short',
    cat: 'invoice',
    from: 'Tidewater Marine Parts <accounts@tidewater-marine.example>',
    to: 'Will Barros <will@blueheron-charters.example>',
    subject: 'Invoice #4471',
    text: `Hi Will, invoice #4471 for your parts order is attached ($181.25, net 15).
Thanks for the business!
Tidewater accounts
`,
    att: ['inv-tidewater'],
  },
  {
    slug: 'invoice-design-agency-danish',
    cat: 'invoice',
    from: 'Atelier Nord <regnskab@ateliernord.example>',
    to: 'Karin Berg <karin.berg@fjordline-outdoor.example>',
    subject: 'Faktura F-2025-1209 – brand refresh, fase 2',
    html: 'apple',
    text: `Hej Karin,

Vedhæftet er faktura F-2025-1209 for fase 2 af brand refresh-projektet.

Beløb: DKK 28.250,00 ekskl. moms
Forfald: 30. december 2025

(English: invoice F-2025-1209 for phase 2 is attached, due 30 December.)

Venlig hilsen
Atelier Nord ApS
`,
    att: ['inv-atelier'],
    textEnc: 'base64',
    date: '2025-11-30 11:00 +0100',
  },
  {
    slug: 'invoice-valley-annual',
    cat: 'invoice',
    from: 'Valley CRM Billing <billing@valley.example>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    cc: 'ap@carrow-supply.example',
    subject: 'Valley CRM invoice VC-000318 - paid',
    text: `Hi Martin,

Thanks for renewing your Valley CRM Team plan for another year. Invoice VC-000318 is
attached for your records.

Workspace: Carrow Industrial Supply
Plan: Team, 12 users, annual + Campaign add-on
Total: USD 3,650.40 (paid by ACH on 14 January 2026)

All invoices: https://portal.valley.example/settings/billing

Valley CRM Billing
`,
    att: ['inv-valley'],
    date: '2026-01-14 13:27 -0500',
  },
  {
    slug: 'invoice-catering-balance',
    cat: 'invoice',
    from: 'Rosa Jimenez <events@summitcatering.example>',
    to: 'Olivia Brandt <olivia.brandt@kestrelbio.example>',
    cc: 'finance@kestrelbio.example',
    subject: 'Final invoice 55120 - customer day 22 Sep',
    html: 'gmail',
    text: `Hi Olivia,

It was a pleasure catering your customer day - thanks for the kind words from your team.

Attached is the final invoice 55120. With the $1,000 deposit deducted, the balance is
$2,272.00, due within 14 days. You can pay by card at
https://summitcatering.example/pay/55120 or by bank transfer as before.

Rosa
`,
    att: ['inv-summit'],
    date: '2025-09-24 10:12 -0600',
  },
  // ---- renewal reminders ----
  {
    slug: 'renewal-domain-30days',
    cat: 'renewal',
    from: 'Cobalt Hosting <renewals@cobalthosting.example>',
    to: 'accounts@harrowfinch.example',
    subject: 'harrowfinch.example renews in 30 days',
    text: `Hello,

Your domain harrowfinch.example is set to auto-renew on 14 August 2025 for GBP 12.99
using the card ending 4417.

Nothing to do if you want to keep it. To turn off auto-renew or update your card:
https://my.cobalthosting.example/domains

Cobalt Hosting Ltd
`,
  },
  {
    slug: 'renewal-saas-annual-60days',
    cat: 'renewal',
    from: 'Fathom Data <renewals@fathom-data.example>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    cc: 'Nate Oyelaran <nate.oyelaran@fathom-data.example>',
    subject: 'Your Fathom Data subscription renews on 1 February',
    html: 'outlook',
    text: `Hi Martin,

Your annual Fathom Data subscription (Forecasting, 8 users) renews on 1 February 2026.

Current annual price: USD 14,400
Renewal price: USD 14,400 (no change)

If you want to add users or modules before renewal, reply to this email or contact
Nate directly. Renewing early? We can also move you to a two-year term at 8% off.

Thank you for being a customer,
Fathom Data Renewals
`,
  },
  {
    slug: 'renewal-insurance-policy',
    cat: 'renewal',
    from: 'Derek Mulligan <derek.mulligan@ironbridge-insure.example>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'Fleet policy renewal 1 April - documents needed',
    text: `Dear Marco,

Your fleet policy renews on 1 April 2026. To get renewal terms from the insurer, I
need the following by 6 March:

1. Updated vehicle list (registration, value, use)
2. Driver list with licence check dates
3. Telematics summary for the last 12 months

You can send them by reply or upload them here:
https://ironbridge-insure.example/upload?ref=RICCI-2026

Best regards,
Derek
`,
    date: '2026-02-16 09:40 +0000',
  },
  {
    slug: 'renewal-support-contract-expired',
    cat: 'renewal',
    from: 'Northstar HVAC Services <contracts@northstar-hvac.example>',
    to: 'Greg Oduya <g.oduya@redwater.example>',
    subject: 'Your maintenance contract has expired',
    text: `Hi Greg,

Your preventive maintenance contract for 2200 Harbor Industrial Way expired on 30 June.
Your units are no longer covered for priority call-outs.

Renew at last year's rate (USD 2,480/year) any time this month:
https://northstar-hvac.example/renew/RW-2200

Questions? Call us at (251) 555-0133.

Northstar HVAC Services
`,
    html: 'simple',
    date: '2025-07-03 08:00 -0500',
  },
  {
    slug: 'renewal-valley-seat-reminder',
    cat: 'renewal',
    from: 'Valley CRM <billing@valley.example>',
    to: 'Julia Marsh <julia.marsh@solvent-labs.example>',
    subject: 'Reminder: your Valley CRM plan renews in 7 days',
    html: H.app({
      brand: 'Valley CRM',
      color: '#2b6cb0',
      heading: 'Your plan renews in 7 days',
      paras: ['Hi Julia,', 'Your <b>Starter</b> plan for workspace <b>Solvent Labs</b> renews on <b>12 May 2025</b>.'],
      table: [
        ['Plan', 'Starter, monthly'],
        ['Users', '5'],
        ['Amount', 'USD 95.00'],
        ['Payment method', 'Mastercard ending 6620'],
      ],
      button: { label: 'Review billing', url: 'https://portal.valley.example/settings/billing' },
      footer: ['Valley CRM, 500 Example Avenue, Suite 12, Springfield (fictional)', 'This is a service message about your account.'],
    }),
    date: '2025-05-05 14:00 +0000',
  },
  {
    slug: 'renewal-trade-membership',
    cat: 'renewal',
    from: 'Regional Logistics Association <membership@rla-logistics.example>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Membership renewal 2026 - early-bird rate until 15 December',
    text: `Dear Dana,

Thank you for being a member of the Regional Logistics Association in 2025.

Renew before 15 December to keep the early-bird rate of EUR 390 (standard EUR 450).
Membership includes the spring conference, the quarterly freight index and access
to the legal helpline.

Renew online: https://rla-logistics.example/renew

Regional Logistics Association, Example Platz 3, 20095 Hamburg, Germany (fictional)
`,
  },
  // ---- price changes ----
  {
    slug: 'price-change-clay-pdf',
    cat: 'price-change',
    from: 'Kiln & Clay Supply <trade@kilnandclay.example>',
    to: 'Hettie Lowe <hettie@lowepottery.example>',
    subject: 'Trade price list 2026 (effective 1 March)',
    text: `Dear Hettie,

Our clay supplier has increased prices for 2026, and we have to pass part of that on.
The new trade price list is attached; glazes are unchanged.

Orders placed before 28 February are honoured at current prices, so if you want to
stock up, now is the time.

Best,
Martha
Kiln & Clay Supply Ltd, Unit 2, Example Pottery Lane, Stoke-on-Trent (fictional)
`,
    att: ['pricelist-kiln'],
    date: '2026-01-29 10:30 +0000',
  },
  {
    slug: 'price-change-fiber-csv',
    cat: 'price-change',
    from: 'Lightpath Supply <pricing@lightpath-supply.example>',
    to: 'purchasing@carrow-supply.example',
    subject: 'Price update for fibre accessories from 1 April 2026',
    html: 'outlook',
    text: `Dear customer,

Due to higher copper and polymer costs, prices for selected fibre accessories will
change from 1 April 2026. The attached CSV lists every affected SKU with old and new
prices; most changes are between 0% and 7%.

Orders confirmed before 31 March will be invoiced at current prices. Framework
agreements with fixed prices are not affected.

Kind regards,
Lightpath Supply - Pricing Team
Lightpath Supply BV, Example Straat 8, 3011 Rotterdam, Netherlands (fictional)
`,
    att: ['csv-pricelist'],
  },
  {
    slug: 'price-change-saas-plans',
    cat: 'price-change',
    from: 'Stackwise <billing@stackwise.example>',
    to: 'Aisha Bello <aisha.bello@korafoods.example>',
    subject: 'Changes to Stackwise pricing - your price is locked until 2027',
    html: 'simple',
    text: `Hi Aisha,

On 1 September we're updating Stackwise plans: Growth moves from GBP 79 to GBP 89 per
month for new customers, and it gains batch tracking and API access.

Because you're an existing customer, your current price of GBP 79 is locked until
1 September 2027. You don't need to do anything.

Full details: https://stackwise.example/pricing-2025

Thanks,
The Stackwise team
Stackwise Ltd, 3rd Floor, 41 Example Street, Manchester M1 2AB (fictional)
`,
  },
  {
    slug: 'price-change-freight-surcharge',
    cat: 'price-change',
    from: 'Baltic Freightworks <customers@baltic-freightworks.example>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Fuel surcharge adjustment, January 2026 + 2026 rate card',
    text: `Dear Dana,

From 1 January 2026 the fuel surcharge on road freight changes from 18.5% to 17.0%,
following the fall in diesel prices over the last quarter.

Our 2026 lane rate card is attached as a spreadsheet. Rates for the Gdansk-Hamburg
lane are unchanged.

Best regards,
Customer Service, Baltic Freightworks
`,
    att: ['xlsx-rates'],
    date: '2025-12-15 12:00 +0100',
  },
  {
    slug: 'price-change-coffee-wholesale-short',
    cat: 'price-change',
    from: 'Hannah Moss <hannah@bramblecoffee.example>',
    to: 'Ellie Park <ellie@corner-cafe.example>',
    subject: 'Heads up: wholesale prices going up 50p/kg in May',
    text: `Hi Ellie,

Just a heads up before it shows on your invoice - green coffee prices have jumped again,
so our wholesale blend goes from GBP 21.00 to GBP 21.50/kg from 1 May. Single origins
stay the same for now.

If you want to place a bigger order before then, let me know and I'll hold the old
price.

Hannah
`,
  },
];
