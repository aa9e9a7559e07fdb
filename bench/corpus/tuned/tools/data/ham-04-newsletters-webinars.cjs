'use strict';
// Ham: newsletters from small companies (own templates / other mail tools) and webinar invitations.
const H = require('../lib/html.cjs');
const bulk = (unsub, listId) => [
  ['List-Unsubscribe', `<${unsub}>`],
  ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
  ['List-Id', listId],
  ['Precedence', 'bulk'],
];
module.exports = [
  {
    slug: 'newsletter-plaintext-consultant',
    cat: 'newsletter',
    from: 'Harriet Vance <harriet@vance-pricing.example>',
    to: 'ben@anvil-oak.example',
    subject: 'Pricing Notes #41: the "decoy" tier, and when it backfires',
    headers: bulk('https://vance-pricing.example/unsubscribe?e=ben%40anvil-oak.example', '<notes.vance-pricing.example>'),
    text: `PRICING NOTES #41
A fortnightly letter on B2B pricing, by Harriet Vance

Hello,

This issue is about the "decoy" tier - the middle plan priced so that the top plan
looks reasonable. It works in consumer software. In B2B it often backfires, because
procurement teams compare line by line and the decoy just looks like padding.

Three things I've seen work better:

1. Price the middle plan for the buyer you actually want, not as a prop.
2. Put the feature that large customers need (SSO, audit logs) only on the top plan.
3. Publish what "contact sales" roughly costs. A range is fine.

Reader question of the week: "Should we show annual prices as a monthly figure?"
Yes, if you also show the annual total clearly. Hiding it costs you trust at renewal.

Until next time,
Harriet

--
You get Pricing Notes because you signed up at vance-pricing.example.
Unsubscribe in one click: https://vance-pricing.example/unsubscribe?e=ben%40anvil-oak.example
Vance Pricing Advisory, 7 Cooper's Yard, Norwich NR1 1AA, United Kingdom (fictional)
`,
    date: '2025-09-16 07:00 +0100',
  },
  {
    slug: 'newsletter-coffee-roaster-html',
    cat: 'newsletter',
    from: 'Bramble Coffee Roasters <news@bramblecoffee.example>',
    to: 'orders@lowepottery.example',
    subject: 'New harvest from Huila + 15% off subscriptions this week',
    headers: bulk('https://bramblecoffee.example/email/unsub/Lq82', '<wholesale.bramblecoffee.example>'),
    related: [{ key: 'logo-bramble', cid: 'bramble-logo@bramble' }, { key: 'photo-product', cid: 'grinder@bramble' }],
    text: `BRAMBLE COFFEE - WHOLESALE NEWS, OCTOBER

The new harvest from Finca La Palma in Huila has landed: red apple, panela and a
long cocoa finish. Wholesale price GBP 24.50/kg.

This week only: 15% off new wholesale subscriptions (code HUILA15, until Sunday).

Also new: the EK-style grinder for cafes, now in stock for trade customers.

Order: https://bramblecoffee.example/wholesale

Unsubscribe: https://bramblecoffee.example/email/unsub/Lq82
Bramble Coffee Roasters Ltd, 12 Mill Lane, Hebden Bridge HX7 8AA, United Kingdom (fictional)
`,
    html: `<!DOCTYPE html><html><body style="margin:0;background:#f4efe6;font-family:Georgia,serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="18" cellspacing="0" style="background:#fff8ee">
<tr><td><img src="cid:bramble-logo@bramble" width="96" height="32" alt="Bramble Coffee"></td></tr>
<tr><td><h1 style="font-size:24px;color:#6d3b1f;margin:0">New harvest from Huila</h1>
<p style="font-size:16px;line-height:24px;color:#3e2a1e">The new harvest from Finca La Palma in Huila has landed: red apple, panela and a long cocoa finish. Wholesale price &pound;24.50/kg.</p>
<p style="font-size:16px;line-height:24px;color:#3e2a1e;background:#f9e3c7;padding:10px">This week only: <b>15% off</b> new wholesale subscriptions with code <b>HUILA15</b>, until Sunday.</p>
<img src="cid:grinder@bramble" width="120" height="90" alt="grinder" style="float:left;margin-right:14px">
<p style="font-size:15px;color:#3e2a1e">Also new: the EK-style grinder for cafes, now in stock for trade customers.</p>
<p style="clear:both"><a href="https://bramblecoffee.example/wholesale" style="color:#6d3b1f;font-weight:bold">Order wholesale &rarr;</a></p></td></tr>
<tr><td style="font-size:11px;color:#8a7a6a;font-family:Arial,sans-serif">You're on this list because you buy wholesale from us. <a href="https://bramblecoffee.example/email/unsub/Lq82" style="color:#8a7a6a">Unsubscribe</a><br>Bramble Coffee Roasters Ltd, 12 Mill Lane, Hebden Bridge HX7 8AA, United Kingdom (fictional)</td></tr>
</table></td></tr></table></body></html>
`,
  },
  {
    slug: 'newsletter-saas-changelog',
    cat: 'newsletter',
    from: 'Stackwise Product Updates <updates@stackwise.example>',
    to: 'Aisha Bello <aisha.bello@korafoods.example>',
    subject: "What's new in Stackwise: batch tracking, faster imports",
    headers: bulk('https://stackwise.example/prefs/unsubscribe/6c1e9', 'Stackwise product updates <product.stackwise.example>'),
    text: `What's new in Stackwise - June

* Batch and lot tracking (Growth plan and above)
  Record lot numbers on receipt and trace them through to shipment.

* Imports are 4x faster
  A 10,000-row product CSV now imports in under a minute.

* Low-stock alerts fixed
  Alerts no longer fire twice for products stocked in two locations.

Full changelog: https://stackwise.example/changelog

--
Stackwise Ltd, 3rd Floor, 41 Example Street, Manchester M1 2AB (fictional)
Don't want product updates? Unsubscribe: https://stackwise.example/prefs/unsubscribe/6c1e9
`,
    html: H.app({
      brand: 'Stackwise',
      color: '#5a67d8',
      preheader: 'Batch tracking is here',
      heading: "What's new in Stackwise - June",
      paras: [
        '<b>Batch and lot tracking</b> (Growth plan and above)<br>Record lot numbers on receipt and trace them through to shipment.',
        '<b>Imports are 4x faster</b><br>A 10,000-row product CSV now imports in under a minute.',
        '<b>Low-stock alerts fixed</b><br>Alerts no longer fire twice for products stocked in two locations.',
      ],
      button: { label: 'Read the full changelog', url: 'https://stackwise.example/changelog' },
      footer: ['Stackwise Ltd, 3rd Floor, 41 Example Street, Manchester M1 2AB (fictional)', "Don't want product updates? <a href=\"https://stackwise.example/prefs/unsubscribe/6c1e9\" style=\"color:#829ab1\">Unsubscribe</a>"],
    }),
    date: '2025-06-26 14:00 +0100',
  },
  {
    slug: 'newsletter-industrial-supplier',
    cat: 'newsletter',
    from: 'Redwater Pumps <newsletter@redwater.example>',
    to: 'Will Barros <will@blueheron-charters.example>',
    subject: 'Redwater Pumps quarterly: new bilge range, service tips, trade show dates',
    headers: bulk('https://redwater.example/unsubscribe/wbarros-3312', '<quarterly.redwater.example>'),
    htmlFirst: false,
    text: `REDWATER PUMPS - QUARTERLY NEWS

NEW: RW-B series bilge pumps
Brushless motors, 3-year warranty, 800 to 4,000 GPH. Dealer pricing from $149.

SERVICE TIP: winterising raw water pumps
Drain the pump housing and remove the impeller if the boat sits for more than two
months. A dry impeller stored in a bag lasts far longer than one left compressed.

MEET US
 - Coastal Marine Expo, booth 212, 6-8 November
 - Gulf Boat Show, booth 17, 22-24 January

Limited offer for newsletter readers: free freight on orders over $500 until 30 Sept.

Shop: https://redwater.example/dealers

You are receiving this because you are a registered Redwater dealer.
Unsubscribe: https://redwater.example/unsubscribe/wbarros-3312
Redwater Pumps Inc., 2200 Harbor Industrial Way, Mobile, AL 36602, USA (fictional)
`,
    html: `<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma,Arial,sans-serif;background:#e9eef2;margin:0;padding:16px">
<div style="max-width:620px;margin:0 auto;background:#fff">
<div style="background:#b71c1c;color:#fff;padding:16px 20px;font-size:20px;font-weight:bold">REDWATER PUMPS &mdash; Quarterly News</div>
<table width="100%" cellpadding="14"><tr>
<td width="50%" valign="top" style="border-right:1px solid #eee"><h3 style="margin-top:0">NEW: RW-B bilge pumps</h3><p>Brushless motors, 3-year warranty, 800 to 4,000 GPH. Dealer pricing from $149.</p><a href="https://redwater.example/dealers/rw-b">See the range</a></td>
<td width="50%" valign="top"><h3 style="margin-top:0">Service tip</h3><p>Drain the pump housing and remove the impeller if the boat sits for more than two months.</p><a href="https://redwater.example/tips/winterising">Full guide</a></td>
</tr></table>
<div style="padding:0 14px 14px"><h3>Meet us</h3><ul><li>Coastal Marine Expo, booth 212, 6-8 November</li><li>Gulf Boat Show, booth 17, 22-24 January</li></ul>
<p style="background:#fff3e0;padding:10px"><b>Limited offer for newsletter readers:</b> free freight on orders over $500 until 30 Sept.</p></div>
<div style="font-size:11px;color:#777;padding:14px;border-top:1px solid #ddd">You are receiving this because you are a registered Redwater dealer. <a href="https://redwater.example/unsubscribe/wbarros-3312">Unsubscribe</a><br>Redwater Pumps Inc., 2200 Harbor Industrial Way, Mobile, AL 36602, USA (fictional)</div>
</div></body></html>
`,
    date: '2025-09-03 10:30 -0500',
  },
  {
    slug: 'newsletter-legal-update-html-only',
    cat: 'newsletter',
    from: 'Quayside Legal <insights@quaysidelegal.example>',
    to: 'Erik Halvorsen <erik@halvorsen-freight.example>',
    subject: 'Client briefing: new rules on electronic transport documents',
    headers: bulk('https://quaysidelegal.example/insights/optout?id=88213', '<insights.quaysidelegal.example>'),
    html: `<!DOCTYPE html><html><body style="font-family:'Times New Roman',serif;font-size:16px;color:#111;max-width:640px;margin:auto;padding:20px">
<p style="font-size:12px;color:#555">QUAYSIDE LEGAL &middot; CLIENT BRIEFING &middot; FEBRUARY 2026</p>
<h2>Electronic transport documents: what changes for carriers</h2>
<p>Dear Erik,</p>
<p>From 1 July, electronic bills of lading issued on a qualifying platform will have the same legal effect as paper originals. For most of our shipping clients the practical questions are:</p>
<ol><li>Does your current platform qualify? (Most large ones say they will.)</li><li>Do your standard terms refer to "original paper documents"? If so, they need updating.</li><li>Have your banks confirmed they will accept electronic documents under letters of credit?</li></ol>
<p>We are holding a 45-minute briefing for clients on 12 March. <a href="https://quaysidelegal.example/events/etd-briefing">Reserve a place</a>.</p>
<p>This briefing is general information, not legal advice.</p>
<hr>
<p style="font-size:12px;color:#555">Quayside Legal LLP, 3 Harbour Chambers, Example Quay, Aberdeen AB11 5ZZ (fictional). You receive client briefings as a client contact. <a href="https://quaysidelegal.example/insights/optout?id=88213">Unsubscribe from briefings</a>.</p>
</body></html>
`,
  },
  {
    slug: 'newsletter-french-bakery-supplier',
    cat: 'newsletter',
    from: 'Moulin Doré <bonjour@moulindore.example>',
    to: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    subject: 'Lettre de saison : farines d’automne et nouveaux formats',
    headers: bulk('https://moulindore.example/desinscription/cd-5561', '<lettre.moulindore.example>'),
    text: `Bonjour Claire,

Notre lettre d'automne est arrivée !

- Nouvelle farine de petit épeautre T80, moulue sur meule de pierre
- Sacs de 5 kg désormais disponibles pour les professionnels
- Livraison offerte dès 150 € de commande jusqu'au 30 novembre

Découvrir la gamme : https://moulindore.example/pro

À bientôt,
L'équipe du Moulin Doré

Se désinscrire : https://moulindore.example/desinscription/cd-5561
Moulin Doré SARL, 4 chemin du Moulin, 84000 Avignon, France (fictif)
`,
    html: 'apple',
    textEnc: 'base64',
    htmlEnc: 'base64',
    date: '2025-10-21 08:15 +0200',
  },
  {
    slug: 'newsletter-coworking-community',
    cat: 'newsletter',
    from: 'The Foundry Coworking <community@foundry-cowork.example>',
    to: 'Imogen Hart <imogen@copperleaf-digital.example>',
    subject: 'This month at The Foundry: pitch night, new phone booths, bike parking',
    headers: bulk('https://foundry-cowork.example/mail/unsub?m=ih-204', '<members.foundry-cowork.example>'),
    html: 'simple',
    text: `Hi members,

A few things happening this month:

Pitch night - Thursday 19th, 6pm, main hall. Five member startups, pizza, and a panel
of local investors. Free for members, bring a guest.

New phone booths - four soundproof booths on level 2 are now bookable in the app.

Bike parking - the new covered racks by the back entrance are open. Please don't lock
bikes to the railings any more.

Community lunch is back every Friday at 12:30.

See you around,
Nia, Community Manager

The Foundry Coworking, 18 Example Wharf, Bristol BS1 6XX (fictional)
Unsubscribe from member news: https://foundry-cowork.example/mail/unsub?m=ih-204
`,
  },
  {
    slug: 'newsletter-accounting-tips-qp',
    cat: 'newsletter',
    from: 'Ledgerly Bookkeeping <tips@ledgerly.example>',
    to: 'Hettie Lowe <hettie@lowepottery.example>',
    subject: 'Year-end checklist for small businesses (and a £50 referral thank-you)',
    headers: bulk('https://ledgerly.example/unsubscribe/hl/9f21', '<tips.ledgerly.example>'),
    text: `Hi Hettie,

Year-end is coming. Here's our short checklist:

[ ] Reconcile every bank account to 31 March
[ ] Chase or write off invoices older than 90 days
[ ] Count stock (yes, even the glaze in the back room)
[ ] Collect mileage logs and receipts for equipment bought this year
[ ] Book your accounts review with us before 30 April

Refer a friend and we'll send you a £50 thank-you once they join.

Ledgerly Bookkeeping
Unit 7, Example Business Park, Stoke-on-Trent ST4 1XX (fictional)
Unsubscribe: https://ledgerly.example/unsubscribe/hl/9f21
`,
    textEnc: 'quoted-printable',
    date: '2026-03-02 08:45 +0000',
  },
  // ---- webinar invitations ----
  {
    slug: 'webinar-cold-chain',
    cat: 'webinar',
    from: 'Polar Route Telematics <events@polarroute.example>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Webinar 19 March: the 2026 cold chain logging rules in 45 minutes',
    headers: bulk('https://polarroute.example/events/unsubscribe/dw-77', '<events.polarroute.example>'),
    text: `Hi Dana,

New temperature logging rules for refrigerated transport take effect this summer. Our
compliance lead, Karin Berg, will explain what changes and what your drivers need to
do differently. Agenda attached.

When: Thursday 19 March 2026, 15:00-16:00 CET
Register: https://polarroute.example/events/cold-chain-2026

Can't attend live? Register anyway and we'll send you the recording.

Polar Route Telematics AB, Example Gatan 12, 411 04 Gothenburg, Sweden (fictional)
Unsubscribe from event invitations: https://polarroute.example/events/unsubscribe/dw-77
`,
    att: ['agenda-webinar'],
    date: '2026-02-24 10:00 +0100',
  },
  {
    slug: 'webinar-pricing-masterclass-seats',
    cat: 'webinar',
    from: 'Harriet Vance <harriet@vance-pricing.example>',
    to: 'ben@anvil-oak.example',
    subject: 'Live masterclass: raising prices without losing customers (limited seats)',
    headers: bulk('https://vance-pricing.example/unsubscribe?e=ben%40anvil-oak.example', '<notes.vance-pricing.example>'),
    html: 'gmail',
    text: `Hello,

I'm running a live 90-minute masterclass on price increases for B2B companies:
how to announce them, how to handle the "we'll leave" replies, and how to grandfather
existing customers sensibly.

Wednesday 22 October, 16:00 UK time. Seats are limited to 40 so there is time for
questions. Early-bird price GBP 49 until Friday, then GBP 79.

Book your seat: https://vance-pricing.example/masterclass

Harriet

Unsubscribe: https://vance-pricing.example/unsubscribe?e=ben%40anvil-oak.example
Vance Pricing Advisory, 7 Cooper's Yard, Norwich NR1 1AA, United Kingdom (fictional)
`,
  },
  {
    slug: 'webinar-reminder-tomorrow',
    cat: 'webinar',
    from: 'Fathom Data Events <webinars@fathom-data.example>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Reminder: "Forecasting for distributors" starts tomorrow at 11:00 ET',
    text: `Hi Martin,

This is a reminder that you're registered for:

  Forecasting for distributors: getting buyers to trust the numbers
  Tomorrow, 11:00-11:45 ET

Your personal join link: https://fathom-data.example/live/fd-2025-09?r=mg8812
Add to calendar: https://fathom-data.example/live/fd-2025-09/ics

See you there,
Fathom Data

Fathom Data Inc., 77 Example Plaza, Columbus OH 43215, USA (fictional)
`,
    html: 'simple',
  },
  {
    slug: 'webinar-recording-available',
    cat: 'webinar',
    from: 'Guardrail Training <webinars@guardrail-training.example>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Recording: how attackers phish warehouse and finance staff',
    headers: bulk('https://guardrail-training.example/unsubscribe/mg', '<webinars.guardrail-training.example>'),
    text: `Hi Martin,

Thanks for registering for yesterday's session. If you missed it or want to share it
with your team, the recording is here (42 minutes):

https://guardrail-training.example/recordings/warehouse-finance-phishing

Slides and the "spot the phish" checklist are linked below the video.

Guardrail Training, 9 Example Row, Austin TX 78701, USA (fictional)
Unsubscribe: https://guardrail-training.example/unsubscribe/mg
`,
  },
  {
    slug: 'webinar-partner-invite-html',
    cat: 'webinar',
    from: 'Valley CRM Events <events@valley.example>',
    to: 'Julia Marsh <julia.marsh@solvent-labs.example>',
    subject: 'You are invited: Valley CRM Spring Release walkthrough',
    headers: bulk('https://portal.valley.example/u/ev7q2m', '<events.valley.example>'),
    html: H.app({
      brand: 'Valley CRM',
      color: '#2b6cb0',
      preheader: 'Live on 15 April, 17:00 CET',
      heading: 'Spring Release walkthrough',
      paras: [
        'Hi Julia,',
        "Join our product team for a live walkthrough of the Spring Release: pipeline automations, the new campaign editor and suppression-list sync. We'll finish with 15 minutes of Q&amp;A.",
        '<b>Tuesday 15 April 2025, 17:00-17:45 CET</b>',
      ],
      button: { label: 'Save my seat', url: 'https://events.valley.example/spring-2025' },
      footer: ['Valley CRM, 500 Example Avenue, Suite 12, Springfield (fictional)', '<a href="https://portal.valley.example/u/ev7q2m" style="color:#829ab1">Unsubscribe from event invitations</a>'],
    }),
    date: '2025-03-27 15:00 +0100',
  },
  {
    slug: 'webinar-registration-confirm',
    cat: 'webinar',
    from: 'Quayside Legal Events <events@quaysidelegal.example>',
    to: 'Erik Halvorsen <erik@halvorsen-freight.example>',
    subject: 'You are registered: Electronic transport documents briefing',
    text: `Dear Erik,

Thank you for registering for our client briefing.

Electronic transport documents: what changes for carriers
Thursday 12 March 2026, 09:30-10:15 GMT
Online - join link: https://quaysidelegal.example/events/etd-briefing/join?k=EH-2231

You will receive a reminder the day before.

Quayside Legal LLP
`,
  },
  {
    slug: 'webinar-industry-roundtable',
    cat: 'webinar',
    from: 'Kestrel Bio Events <events@kestrelbio.example>',
    to: 'Lena Hoffmann <l.hoffmann@auerbach-kliniken.example>',
    subject: 'Virtual roundtable: point-of-care testing in regional hospitals',
    html: 'outlook',
    text: `Dear Dr Hoffmann,

We're hosting a small virtual roundtable for lab and ward managers on 5 November,
14:00-15:00 CET, about point-of-care testing in regional hospitals: staffing,
quality control and connecting devices to the LIS.

Three clinicians will share short case studies, followed by open discussion. It is
not a product presentation. Attendance is limited to 25 participants.

Register: https://kestrelbio.example/roundtable-poct

Kind regards,
Olivia Brandt
Events, Kestrel Biotech
Kestrel Biotech Inc., 400 Example Parkway, Denver CO 80202, USA (fictional)
To stop receiving event invitations: https://kestrelbio.example/email-preferences
`,
  },
];
