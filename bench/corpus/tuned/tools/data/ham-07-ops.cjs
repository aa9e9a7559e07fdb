'use strict';
// Ham: shipping notices, internal team updates, account/security service mails.
const H = require('../lib/html.cjs');
module.exports = [
  {
    slug: 'shipping-books-dispatched',
    cat: 'shipping',
    from: 'Harbor Books <orders@harborbooks.example>',
    to: 'Ben Carter <ben@anvil-oak.example>',
    subject: 'Your order HB-55821 has shipped',
    text: `Hi Ben,

Good news - order HB-55821 left our warehouse today.

Carrier: Example Parcel Service
Tracking: EPS 7730 1182 4490
Track it: https://track.parcel-service.example/EPS773011824490

Estimated delivery: Monday 10 November. Your packing slip is attached.

Harbor Books Ltd, 5 Example Harbour Road, Plymouth PL1 2XX (fictional)
`,
    html: H.app({
      brand: 'Harbor Books',
      color: '#1a237e',
      heading: 'Your order has shipped',
      paras: ['Hi Ben,', 'Good news - order <b>HB-55821</b> left our warehouse today. Estimated delivery: <b>Monday 10 November</b>.'],
      table: [
        ['Carrier', 'Example Parcel Service'],
        ['Tracking number', 'EPS 7730 1182 4490'],
      ],
      button: { label: 'Track my parcel', url: 'https://track.parcel-service.example/EPS773011824490' },
      footer: ['Harbor Books Ltd, 5 Example Harbour Road, Plymouth PL1 2XX (fictional)'],
    }),
    att: ['slip-harbor'],
    date: '2025-11-07 16:22 +0000',
  },
  {
    slug: 'shipping-pallet-delivery-window',
    cat: 'shipping',
    from: 'Lightpath Supply Dispatch <dispatch@lightpath-supply.example>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Delivery booked: PO-30418, 2 pallets, Thu 08:00-12:00',
    text: `Delivery notification

Order: PO-30418
Pallets: 2 (total 412 kg)
Delivery: Thursday 23 October 2025, 08:00-12:00
Haulier: Example Freight Lines, driver will call 30 minutes before arrival

Please make sure a forklift is available at goods-in. The shipment manifest is attached.

Lightpath Supply BV - Dispatch
`,
    att: ['csv-manifest'],
    date: '2025-10-21 17:05 +0200',
  },
  {
    slug: 'shipping-delayed-customs',
    cat: 'shipping',
    from: 'AlpenMed Devices Logistics <logistics@alpenmed-devices.example>',
    to: 'Sanne de Vries <sanne@groenveld.example>',
    cc: 'Lukas Brenner <lukas.brenner@alpenmed-devices.example>',
    subject: 'Your shipment 2025-4471 is delayed by 2 days',
    html: 'outlook',
    text: `Dear Ms de Vries,

We are sorry to let you know that shipment 2025-4471 (120 infusion pump holders) is
held up for an additional customs inspection at the border. The new expected delivery
date is Friday, 14 November.

No action is needed from your side. We will email you the tracking link as soon as the
carrier releases it.

Kind regards,
AlpenMed Devices GmbH - Logistics
`,
  },
  {
    slug: 'shipping-out-for-delivery-plain',
    cat: 'shipping',
    from: 'Tidewater Marine Parts <shipping@tidewater-marine.example>',
    to: 'Will Barros <will@blueheron-charters.example>',
    subject: 'Out for delivery today: order 4471',
    text: `Your Tidewater order 4471 is out for delivery today with Example Parcel Service.
Someone needs to sign for it at the marina office.
Tracking: https://track.parcel-service.example/EPS118820044712
`,
  },
  {
    slug: 'shipping-sample-pack-posted',
    cat: 'shipping',
    from: 'FjordPack <samples@fjordpack.example>',
    to: 'Hannah Moss <hannah@bramblecoffee.example>',
    subject: 'Your FjordPack sample pack is on its way',
    text: `Hi Hannah,

Your sample pack (6 x 250 g, 6 x 1 kg compostable valve bags) was posted today by
Royal Example Mail, tracked 48h: https://track.example-post.example/RX114820955GB

Any questions, reply to Jonas at jonas@fjordpack.example.

FjordPack, Example Industrial Estate, Manchester M17 1XX (fictional)
`,
  },
  {
    slug: 'shipping-order-confirmation-html',
    cat: 'shipping',
    from: 'Greenleaf Office Supplies <orders@greenleaf-office.example>',
    to: 'Neil Foster <neil.foster@pinecrestdental.example>',
    subject: 'Order confirmation PO-8812 - delivery Monday',
    html: `<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#2e7d32">Thanks for your order, Neil</h2>
<p>Order <b>PO-8812</b> is confirmed and will be delivered on <b>Monday 12 May</b> by our own van.</p>
<table cellpadding="6" cellspacing="0" border="0" style="border:1px solid #ddd">
<tr style="background:#f1f8e9"><td>10 x A4 copier paper, 5 reams</td><td align="right">&pound;189.50</td></tr>
<tr><td>4 x Toner cartridge HL-220</td><td align="right">&pound;236.00</td></tr>
<tr style="background:#f1f8e9"><td>2 x Ergonomic footrest</td><td align="right">&pound;59.98</td></tr>
<tr><td><b>Total incl. VAT</b></td><td align="right"><b>&pound;582.58</b></td></tr></table>
<p>View your order: <a href="https://greenleaf-office.example/account/orders/PO-8812">greenleaf-office.example/account/orders/PO-8812</a></p>
<p style="font-size:11px;color:#888">Greenleaf Office Supplies, 88 Market Row, Leeds LS1 6XX (fictional)</p>
</body></html>
`,
    date: '2025-05-08 10:31 +0100',
  },
  // ---- internal team updates ----
  {
    slug: 'internal-weekly-pipeline-chart',
    cat: 'internal',
    from: 'Ben Carter <ben@anvil-oak.example>',
    to: 'sales-team@anvil-oak.example',
    subject: 'Weekly pipeline update - week 37',
    html: 'gmail',
    text: `Morning all,

Pipeline snapshot attached (chart by stage from Valley CRM).

- 14 deals in proposal, 5 in negotiation
- Hotel Marlow fit-out (62k) moved to negotiation - nice work Raj
- Two trade accounts went quiet; Freya will call them this week

Reminder: please log showroom visits in the CRM the same day, otherwise the
forecast is wrong on Mondays.

Ben
`,
    att: ['chart-pipeline'],
    date: '2025-09-08 08:12 +0100',
  },
  {
    slug: 'internal-q3-reporting-pack-zip',
    cat: 'internal',
    from: 'Mia Schultz <mia.schultz@quillfield.example>',
    to: 'leadership@quillfield.example',
    subject: 'Q3 reporting pack (zip) for Thursday',
    html: 'outlook',
    text: `Hi all,

Attached is the Q3 reporting pack for Thursday's leadership meeting: the sales summary
PDF and the bookings-by-region CSV in one zip, as usual.

Headline: bookings 1.42M against a plan of 1.35M; DACH was the strongest region.

Please don't forward outside the leadership group.

Mia
Finance & Ops, Quillfield Software
`,
    att: ['zip-q3'],
    date: '2025-10-06 18:40 +0100',
  },
  {
    slug: 'internal-booth-leads-csv',
    cat: 'internal',
    from: 'Lena Vogt <lena.vogt@alpenmed-devices.example>',
    to: 'Lukas Brenner <lukas.brenner@alpenmed-devices.example>',
    subject: 'Booth scans from MedTech Expo day 1 (+ photo)',
    text: `Lukas,

Here are the badge scans from day 1 as CSV, ready to import into Valley CRM, and a
photo of the booth for the LinkedIn post.

Oliver Grant (Grant & Co) asked specifically for a call next week about integration.

Lena
`,
    att: ['csv-attendees', 'photo-booth'],
    date: '2025-10-08 19:55 +0200',
  },
  {
    slug: 'internal-office-closure',
    cat: 'internal',
    from: 'Office Manager <office@northwind-logistics.example>',
    to: 'all-staff@northwind-logistics.example',
    subject: 'Office closed Friday for fire alarm upgrade',
    text: `Hi everyone,

The office will be closed this Friday while the fire alarm system is upgraded. Please
work from home; VPN and phones work as normal.

If you need something from your desk, take it home on Thursday.

Thanks,
Petra
`,
  },
  {
    slug: 'internal-support-ticket-stats',
    cat: 'internal',
    from: 'Kwame Asante <kwame@valley.example>',
    to: 'support-team@valley.example',
    subject: 'Support stats last week: volume up 18%, import tickets the main driver',
    html: 'apple',
    text: `Hi team,

Quick stats for last week (chart attached):

Tickets: 412 (+18% week on week)
First response median: 1h 52m (target 2h)
CSAT: 94%

The spike was import tickets after the Spring Release - mostly the delimiter detection
issue. Engineering has a fix in review. Until it ships, please use the macro
"Import: semicolon delimiter".

Great work keeping response times down.

Kwame
`,
    att: ['chart-tickets'],
  },
  {
    slug: 'internal-commission-policy',
    cat: 'internal',
    from: 'Sarah Lindell <sarah.lindell@pickwise-robotics.example>',
    to: 'sales@pickwise-robotics.example',
    subject: 'Commission plan 2026 - draft for comments by 12 Dec',
    html: 'outlook',
    text: `Hi all,

The draft 2026 commission plan is on the shared drive under Sales > Comp Plans > 2026.
Main changes:

1. Accelerator above 110% of quota goes from 1.5x to 1.75x
2. Multi-year deals paid on year 1 ACV only (was total contract value)
3. Pilots that convert within 90 days count towards quota

Please send comments to me by 12 December. We'll finalise at the kick-off in January.

Sarah Lindell
VP Sales Operations
`,
  },
  {
    slug: 'internal-new-hire-intro',
    cat: 'internal',
    from: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    to: 'team@meridian-consult.example',
    subject: 'Please welcome Yusuf to the data migration team',
    text: `Hi team,

Please welcome Yusuf Demir, who joins us today as a data migration consultant. Yusuf
spent five years at a logistics software vendor, so he'll start on the Halvorsen
project with me.

He sits next to Aurelie in the Lyon office. Say hello at the Friday lunch!

Claire
`,
  },
  {
    slug: 'internal-crm-maintenance-notice',
    cat: 'internal',
    from: 'IT Helpdesk <it@carrow-supply.example>',
    to: 'all@carrow-supply.example',
    subject: '[IT] Valley CRM SSO change on Saturday - please read',
    text: `Hello all,

On Saturday 21 February we are switching Valley CRM sign-in to our company SSO.

What changes for you: from Monday, click "Sign in with Carrow SSO" on the Valley CRM
login page instead of typing your Valley password. Your data, pipelines and saved
views are not affected.

IT will NEVER email you a link asking for your password. If you get such an email,
forward it to it@carrow-supply.example and delete it.

Thanks,
IT Helpdesk (ext. 4400)
`,
    date: '2026-02-17 11:30 -0500',
  },
  // ---- account / service mails ----
  {
    slug: 'service-new-signin-alert',
    cat: 'account-notice',
    from: 'Valley CRM Security <security@valley.example>',
    to: 'Julia Marsh <julia.marsh@solvent-labs.example>',
    subject: 'New sign-in to your Valley CRM account',
    text: `Hi Julia,

We noticed a new sign-in to your Valley CRM account.

When: 3 June 2025, 08:14 CEST
Device: Firefox on Windows
Location (approx.): Stockholm, Sweden

If this was you, you don't need to do anything.

If you don't recognise this sign-in, change your password from
Settings > Security in the portal and contact your workspace admin.
We will never ask for your password by email.

Valley CRM Security
`,
    html: H.app({
      brand: 'Valley CRM',
      color: '#2b6cb0',
      heading: 'New sign-in to your account',
      paras: ['Hi Julia,', 'We noticed a new sign-in to your Valley CRM account.'],
      table: [
        ['When', '3 June 2025, 08:14 CEST'],
        ['Device', 'Firefox on Windows'],
        ['Location (approx.)', 'Stockholm, Sweden'],
      ],
      footer: ["If this was you, you don't need to do anything. If you don't recognise this sign-in, change your password from Settings &gt; Security in the portal and contact your workspace admin. We will never ask for your password by email.", 'Valley CRM Security'],
    }),
    date: '2025-06-03 08:15 +0200',
  },
  {
    slug: 'service-password-reset-requested',
    cat: 'account-notice',
    from: 'Stackwise <no-reply@stackwise.example>',
    to: 'aisha.bello@korafoods.example',
    subject: 'Reset your Stackwise password',
    text: `Someone (hopefully you) asked to reset the password for aisha.bello@korafoods.example.

Reset your password: https://app.stackwise.example/reset/8c1f0d2a9e

This link expires in 30 minutes and can only be used once. If you didn't ask for a
reset, ignore this email - your password won't change.

Stackwise
`,
  },
  {
    slug: 'service-survey-nps',
    cat: 'account-notice',
    from: 'Cobalt Hosting <feedback@cobalthosting.example>',
    to: 'accounts@harrowfinch.example',
    subject: 'One question: how likely are you to recommend Cobalt Hosting?',
    html: `<html><body style="font-family:Arial,sans-serif;text-align:center;color:#333">
<p style="font-size:16px">How likely are you to recommend Cobalt Hosting to a colleague?</p>
<p>${Array.from({ length: 11 }, (_, i) => `<a href="https://cobalthosting.example/nps?s=${i}&amp;c=HF2231" style="display:inline-block;width:28px;padding:6px 0;margin:2px;border:1px solid #1565c0;color:#1565c0;text-decoration:none">${i}</a>`).join('')}</p>
<p style="font-size:12px;color:#888">0 = not at all likely, 10 = extremely likely</p>
<p style="font-size:11px;color:#aaa">Cobalt Hosting Ltd, 4 Quay Street, Bristol BS1 4XX (fictional) &middot; <a href="https://cobalthosting.example/email-settings" style="color:#aaa">Email settings</a></p>
</body></html>
`,
  },
  {
    slug: 'service-gdpr-data-export-ready',
    cat: 'account-notice',
    from: 'Valley CRM <privacy@valley.example>',
    to: 'Tomas Lindqvist <tomas@norrsken.example>',
    subject: 'Your data export is ready to download',
    text: `Hi Tomas,

The export of your personal data that you requested on 2 April is ready. It includes
your profile, sign-in history and the activity you created in Valley CRM.

Download (available for 7 days, requires sign-in):
https://portal.valley.example/privacy/exports/5512

If you didn't request this, contact privacy@valley.example.

Valley CRM Privacy Team
`,
    date: '2025-04-04 10:02 +0000',
  },
  {
    slug: 'service-event-recap-thanks',
    cat: 'account-notice',
    from: 'Kestrel Bio Events <events@kestrelbio.example>',
    to: 'Lena Hoffmann <l.hoffmann@auerbach-kliniken.example>',
    subject: 'Thank you for joining the roundtable - slides and notes',
    text: `Dear Dr Hoffmann,

Thank you for taking part in yesterday's roundtable on point-of-care testing. As
promised, here are the slides and the discussion notes:

https://kestrelbio.example/roundtable-poct/materials

We'll hold the next roundtable in spring on lab staffing. If you'd like to present a
short case study, simply reply to this email.

Best regards,
Olivia Brandt
Kestrel Biotech
`,
    date: '2025-11-06 09:10 -0700',
  },
  {
    slug: 'internal-sales-kickoff-logistics',
    cat: 'internal',
    from: 'Sarah Lindell <sarah.lindell@pickwise-robotics.example>',
    to: 'sales@pickwise-robotics.example',
    cc: 'marketing@pickwise-robotics.example',
    subject: 'Sales kickoff 2026 - travel, agenda and what to prepare',
    html: 'outlook',
    text: `Hi everyone,

Sales kickoff is three weeks away, so here is everything in one place.

WHEN AND WHERE
Tuesday 20 - Thursday 22 January 2026
Harborside Conference Hotel, Example Quay (fictional), rooms booked for all of you
for the nights of the 19th, 20th and 21st.

TRAVEL
- Book flights through the travel portal by 5 January. Economy, as always.
- If you drive, mileage is paid at the standard rate. Car-share where you can.
- Airport shuttle runs every 30 minutes on the 19th from 14:00.

AGENDA (short version)
Day 1 - 2025 review, 2026 targets, new commission plan Q&A
Day 2 - product roadmap with engineering, hands-on with the new pick station
Day 3 - territory planning in small groups, awards dinner in the evening

WHAT TO PREPARE
1. Your top 10 accounts for 2026, updated in Valley CRM by 16 January
2. One win story and one loss story from 2025 (5 minutes each, no slides needed)
3. Questions for the roadmap session - send them to me in advance

DRESS CODE
Business casual on days 1-3. Steel-toe shoes for the pick station session on day 2
(we'll have spares in most sizes).

Dietary requirements or accessibility needs: reply to me by 9 January.

Looking forward to seeing everyone there,
Sarah

Sarah Lindell
VP Sales Operations, Pickwise Robotics
`,
    date: '2025-12-29 10:05 -0500',
  },
];
