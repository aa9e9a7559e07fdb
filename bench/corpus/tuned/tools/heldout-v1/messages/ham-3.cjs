'use strict';
// Ham, part 3: newsletters (with unsubscribe link and postal address) and event invitations.

const listHeaders = (id, unsubHttps, unsubMail, extra = {}) => ({
  'List-Id': id,
  'List-Unsubscribe': `<${unsubHttps}>${unsubMail ? `, <mailto:${unsubMail}>` : ''}`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  Precedence: 'bulk',
  ...extra,
});

module.exports = [
  // ------------------------------------------------------------------ newsletters
  {
    slug: 'product-update-newsletter',
    cat: 'newsletter',
    from: 'Harborview Software <news@harborview-software.example>',
    to: 'imani.cole@orchardlane-logistics.example',
    subject: 'What\'s new in Harborview - May 2025',
    date: '2025-05-28 15:00:00 +0000',
    headers: listHeaders(
      'Harborview product news <product-news.harborview-software.example>',
      'https://harborview-software.example/unsubscribe?u=5521&l=product-news',
      'unsubscribe@harborview-software.example',
    ),
    htmlEnc: 'quoted-printable',
    text: `WHAT'S NEW IN HARBORVIEW - MAY 2025

Recurring dock appointments
Carriers with a fixed weekly slot can now book it once for the whole
season. https://harborview-software.example/changelog/recurring-slots

Dwell-time alerts
Get a notification when a trailer has been at the dock longer than your
threshold (default 90 minutes).

Carrier portal in Spanish and Polish
The carrier portal now follows the browser language.

Webinar: "Getting carriers to actually use self-scheduling"
Thursday 12 June, 11:00 ET, 40 minutes. Free, register here:
https://harborview-software.example/webinars/carrier-adoption

--
You are receiving this because you are a user of Harborview Dock Scheduler.
Unsubscribe: https://harborview-software.example/unsubscribe?u=5521&l=product-news
Harborview Software Inc., 410 Quay Street, Floor 5, Port Alder, PA 10021
`,
    html: `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f0f4f8">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#102a43">
<tr><td style="padding:20px 28px;background:#243b53"><img src="https://cdn.harborview-software.example/email/logo-white.png" width="140" height="32" alt="Harborview"></td></tr>
<tr><td style="padding:28px">
<h1 style="font-size:22px;margin:0 0 16px">What&rsquo;s new in Harborview &ndash; May 2025</h1>
<h2 style="font-size:17px;margin:20px 0 6px">Recurring dock appointments</h2>
<p style="margin:0">Carriers with a fixed weekly slot can now book it once for the whole season. <a href="https://harborview-software.example/changelog/recurring-slots">Read the changelog</a>.</p>
<h2 style="font-size:17px;margin:20px 0 6px">Dwell-time alerts</h2>
<p style="margin:0">Get a notification when a trailer has been at the dock longer than your threshold (default 90 minutes).</p>
<h2 style="font-size:17px;margin:20px 0 6px">Carrier portal in Spanish and Polish</h2>
<p style="margin:0">The carrier portal now follows the browser language.</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin-top:24px"><tr><td style="background:#2680c2;border-radius:4px;padding:12px 20px">
<a href="https://harborview-software.example/webinars/carrier-adoption" style="color:#fff;text-decoration:none;font-weight:bold">Register for the webinar (12 June)</a>
</td></tr></table>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#627d98;border-top:1px solid #d9e2ec">
You are receiving this because you are a user of Harborview Dock Scheduler.<br>
<a href="https://harborview-software.example/unsubscribe?u=5521&amp;l=product-news" style="color:#627d98">Unsubscribe</a> &middot; <a href="https://harborview-software.example/email-preferences" style="color:#627d98">Email preferences</a><br>
Harborview Software Inc., 410 Quay Street, Floor 5, Port Alder, PA 10021
</td></tr>
</table></td></tr></table>
</body></html>
`,
  },
  {
    slug: 'freight-market-report',
    cat: 'newsletter',
    from: 'Northbay Freight Insights <insights@northbay-freight.example>',
    to: 'm.lee@keystone-fab.example',
    subject: 'Freight market monthly: diesel down, capacity tightening for Q4',
    date: '2025-09-01 06:30:00 -0700',
    headers: listHeaders('<market-monthly.northbay-freight.example>', 'https://www.northbay-freight.example/prefs/unsub/kf-2281', null),
    text: `NORTHBAY FREIGHT - MARKET MONTHLY, SEPTEMBER 2025

1. Diesel
   Average retail diesel fell for the third month running; our fuel
   surcharge for September drops from 18.5% to 17.9%.

2. Capacity
   Truckload tender rejections rose to 6.8% in August. Expect spot rates
   to firm from mid-October as retail peak volume arrives. If you have
   predictable Q4 volume, now is the time to lock in contract rates.

3. Cross-border
   Customs pre-clearance times at the northern crossings are back to
   normal after the July systems outage.

4. Our network
   New Tuesday/Thursday LTL departure between Harrow and Eastcombe from
   6 October.

Questions about your lanes? Reply to this e-mail and your account manager
will get back to you.

----
Northbay Freight LLC, 1200 Harbor Way, Suite 4, Bayport, CA 94000
You're receiving this as a Northbay Freight customer. Unsubscribe:
https://www.northbay-freight.example/prefs/unsub/kf-2281
`,
  },
  {
    slug: 'business-cards-spring-promo',
    cat: 'newsletter',
    from: 'Pressworks Print Studio <hello@pressworks.example>',
    to: 'greg@hollis-machining.example',
    subject: '20% off business cards this week only',
    date: '2025-04-14 09:00:00 -0600',
    headers: listHeaders(
      'Pressworks news <news.pressworks.example>',
      'https://click.pressworks.example/unsub?e=Z3JlZ0Bob2xsaXM',
      'unsubscribe@pressworks.example',
      { 'Feedback-ID': 'spring25:promo:pressworks' },
    ),
    enc: 'quoted-printable',
    html: `<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fffaf2;font-family:'Trebuchet MS',Arial,sans-serif">
<div style="max-width:580px;margin:0 auto;background:#fff;padding:0 0 20px">
<a href="https://click.pressworks.example/c/sp25/hero"><img src="https://img.pressworks.example/news/spring25-cards.jpg" width="580" height="220" alt="Spring business card sale" style="display:block;border:0"></a>
<div style="padding:20px 28px">
<h1 style="color:#c2410c;font-size:26px;margin:0 0 10px">20% off all business cards</h1>
<p>This week only (until Sunday 20 April): 20% off every business card order, including soft-touch, letterpress and recycled board.</p>
<p>500 standard cards from <s>$48</s> <b>$38.40</b>. Use code <b>SPRING20</b> at checkout.</p>
<p style="text-align:center;margin:26px 0"><a href="https://click.pressworks.example/c/sp25/cta" style="background:#c2410c;color:#fff;padding:12px 26px;border-radius:20px;text-decoration:none">Order now</a></p>
<p>Need them faster? Same-day printing is available for orders placed before 11am.</p>
</div>
<div style="padding:0 28px;font-size:11px;color:#8a8178">
Pressworks Print Studio &middot; 2250 Linotype Ave, Unit B, Fairhaven, TX 75000<br>
You signed up for offers at pressworks.example. <a href="https://click.pressworks.example/unsub?e=Z3JlZ0Bob2xsaXM" style="color:#8a8178">Unsubscribe</a> or <a href="https://www.pressworks.example/account/emails" style="color:#8a8178">change what you receive</a>.
</div>
</div>
</body></html>
`,
  },
  {
    slug: 'seasonal-menu-newsletter',
    cat: 'newsletter',
    from: '"Saffron & Sage" <news@saffronsage.example>',
    to: 'office@marlowprice.example',
    subject: 'Autumn menu is here 🍂 (and a new breakfast box)',
    date: '2025-09-22 10:00:00 +0100',
    headers: listHeaders('Saffron & Sage news <news.saffronsage.example>', 'https://www.saffronsage.example/newsletter/leave?id=mp-0091', 'leave@saffronsage.example'),
    inline: [{ key: 'png-banner', cid: 'autumn-banner@saffronsage.example', name: 'autumn.png' }],
    htmlEnc: 'quoted-printable',
    text: `Autumn menu is here

New this season: roast squash and farro salad, slow-cooked beef shin with
polenta, and a spiced apple and blackberry crumble for afternoon meetings.

The new Breakfast Box (GBP 8.50 per person): yoghurt pot, seasonal fruit,
a savoury pastry and a proper coffee. Minimum order 10.

Order online: https://www.saffronsage.example/order
Full menu: https://www.saffronsage.example/menus/autumn-2025

Saffron & Sage Catering Ltd, 7 Mill Lane, Millbrook MB3 1DS
Unsubscribe: https://www.saffronsage.example/newsletter/leave?id=mp-0091
`,
    html: `<html><body style="margin:0;font-family:Georgia,serif;color:#3b2f2f;background:#faf6f0">
<div style="max-width:600px;margin:0 auto;background:#fff">
<img src="cid:autumn-banner@saffronsage.example" width="600" height="160" alt="Autumn at Saffron &amp; Sage" style="display:block">
<div style="padding:24px 30px">
<h1 style="font-weight:normal">Autumn menu is here</h1>
<p>New this season: roast squash and farro salad, slow-cooked beef shin with polenta, and a spiced apple and blackberry crumble for afternoon meetings.</p>
<h3>The new Breakfast Box &ndash; &pound;8.50 per person</h3>
<p>Yoghurt pot, seasonal fruit, a savoury pastry and a proper coffee. Minimum order 10.</p>
<p><a href="https://www.saffronsage.example/order">Order online</a> &middot; <a href="https://www.saffronsage.example/menus/autumn-2025">See the full autumn menu</a></p>
</div>
<p style="padding:14px 30px;font-size:11px;color:#8c7b6b;background:#f3ece3;margin:0">Saffron &amp; Sage Catering Ltd, 7 Mill Lane, Millbrook MB3 1DS &middot; <a href="https://www.saffronsage.example/newsletter/leave?id=mp-0091">Unsubscribe</a></p>
</div></body></html>
`,
  },
  {
    slug: 'tax-deadline-reminder',
    cat: 'newsletter',
    from: 'Ledgerline Bookkeeping <newsletter@ledgerline.example>',
    to: 'owen@copperkettle-coffee.example',
    subject: 'January tax deadline: 6 weeks to go',
    date: '2025-12-18 08:30:00 +0000',
    headers: listHeaders('<clients.ledgerline.example>', 'https://www.ledgerline.example/unsubscribe/c/0cc3', 'unsubscribe@ledgerline.example'),
    text: `Hello,

A friendly reminder that personal self-assessment returns and any tax owed
are due on 31 January. If you're a director of your own company, that
probably includes you.

To have us file on your behalf, please send your documents by Friday 9
January. Returns received later are still filed, but may incur our rush
fee of GBP 120.

Also this month:
 - Mileage rates are unchanged for the new year.
 - If you pay staff a Christmas bonus, it goes through payroll like salary.

Our office is closed from 24 December to 2 January.

Best wishes for the holidays,
Helen and the Ledgerline team

Ledgerline Bookkeeping Ltd, 21 Weaver Street, Millbrook MB1 2HN
You receive this because you are a Ledgerline client.
Unsubscribe: https://www.ledgerline.example/unsubscribe/c/0cc3
`,
  },
  {
    slug: 'legal-client-alert',
    cat: 'newsletter',
    from: 'Marlow & Price Client Alerts <alerts@marlowprice.example>',
    to: 'ana.duarte@harborview-software.example',
    subject: 'Client alert: new rules on automatic contract renewals',
    date: '2026-03-10 07:00:00 +0000',
    headers: listHeaders('<client-alerts.marlowprice.example>', 'https://www.marlowprice.example/alerts/unsubscribe?r=hs-1187', 'alerts-unsubscribe@marlowprice.example'),
    eol: 'lf',
    text: `CLIENT ALERT | COMMERCIAL | 10 MARCH 2026

New rules on automatic renewals in consumer and micro-business contracts

What is changing
From 1 October 2026, suppliers must send a reminder before a subscription
auto-renews and offer a simple way to cancel online. The rules apply to
contracts with consumers and, for the first time, with micro-businesses
(fewer than 10 employees).

Who is affected
SaaS providers with self-serve plans are most affected. Enterprise
contracts negotiated individually are generally outside scope.

What to do now
 1. Identify which of your plans are sold to micro-businesses.
 2. Check your renewal reminders and cancellation flow.
 3. Update your terms; we recommend doing this before 1 July 2026.

We are holding a free 30-minute briefing for clients on 24 March at 12:30;
reply to this e-mail to reserve a place.

James Price, Partner
Marlow & Price LLP

This alert is for general information and is not legal advice.
Marlow & Price LLP, 12 Canal Street, Millbrook MB1 4QT.
To stop receiving client alerts: https://www.marlowprice.example/alerts/unsubscribe?r=hs-1187
`,
  },
  {
    slug: 'manufacturing-digest',
    cat: 'newsletter',
    from: 'Shop Floor Weekly <digest@shopfloorweekly.example>',
    to: 'greg@hollis-machining.example',
    subject: 'Shop Floor Weekly #214: tool life, apprenticeships, a robot that sands',
    date: '2025-10-02 05:00:00 +0000',
    headers: listHeaders('Shop Floor Weekly <weekly.shopfloorweekly.example>', 'https://shopfloorweekly.example/u/7d2a91', 'leave-7d2a91@shopfloorweekly.example', {
      'X-Campaign': 'weekly-214',
    }),
    htmlEnc: 'quoted-printable',
    text: `SHOP FLOOR WEEKLY #214

* Tool life: why your carbide end mills die early (it's usually runout)
  https://shopfloorweekly.example/a/214-tool-life
* Apprenticeships: three small shops on what worked and what didn't
  https://shopfloorweekly.example/a/214-apprentices
* Video: a collaborative robot sanding welded frames
  https://shopfloorweekly.example/a/214-cobot-sanding

SPONSORED: Clearcut Abrasives - free sample kit for new business accounts.
https://shopfloorweekly.example/s/clearcut-214

Shop Floor Weekly, PO Box 4410, Gearton, OH 44000
Unsubscribe: https://shopfloorweekly.example/u/7d2a91
`,
    html: `<html><body style="font-family:Verdana,sans-serif;font-size:13px;background:#fff">
<table width="620" align="center" cellpadding="10">
<tr><td style="border-bottom:3px solid #333"><b style="font-size:20px">SHOP FLOOR WEEKLY</b> &nbsp; #214</td></tr>
<tr><td>
<p><a href="https://shopfloorweekly.example/a/214-tool-life"><b>Tool life: why your carbide end mills die early</b></a><br>It&#39;s usually runout. A dial indicator and ten minutes will tell you.</p>
<p><a href="https://shopfloorweekly.example/a/214-apprentices"><b>Apprenticeships: three small shops on what worked</b></a><br>And what they would never do again.</p>
<p><a href="https://shopfloorweekly.example/a/214-cobot-sanding"><b>Video: a collaborative robot sanding welded frames</b></a></p>
<p style="background:#f6f6f6;padding:8px"><small>SPONSORED</small><br><a href="https://shopfloorweekly.example/s/clearcut-214">Clearcut Abrasives</a> &ndash; free sample kit for new business accounts.</p>
</td></tr>
<tr><td style="font-size:10px;color:#777">Shop Floor Weekly, PO Box 4410, Gearton, OH 44000 &middot; <a href="https://shopfloorweekly.example/u/7d2a91">Unsubscribe</a></td></tr>
</table></body></html>
`,
  },
  {
    slug: 'coffee-wholesale-newsletter',
    cat: 'newsletter',
    from: 'Copper Kettle Coffee <wholesale@copperkettle-coffee.example>',
    to: 'office@marlowprice.example',
    subject: 'New harvest: Huila washed, and wholesale prices for 2026',
    date: '2026-01-20 09:45:00 +0000',
    headers: listHeaders('<wholesale.copperkettle-coffee.example>', 'https://links.mailbird-esp.example/u/ck/3f0a9c?list=wholesale', null, {
      'X-Mailer-Service': 'mailbird-esp',
    }),
    enc: 'quoted-printable',
    html: `<!doctype html>
<html><head><meta charset="utf-8"><style>a{color:#8b4513}</style></head>
<body style="background:#f7f1ea;margin:0">
<center>
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;text-align:left;font-family:Arial,sans-serif">
<tr><td><img src="https://cdn.mailbird-esp.example/ck/header-2026.jpg" width="600" height="180" alt="Copper Kettle Coffee"></td></tr>
<tr><td style="padding:24px">
<h2 style="margin-top:0">New harvest from Huila</h2>
<p>Our new Colombian washed lot has landed: red apple, panela, a little cocoa. Great as a house espresso and forgiving on filter.</p>
<table width="100%" cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr><td>Huila washed, 1 kg</td><td align="right">&pound;19.50</td></tr>
<tr><td>House blend "Foundry", 1 kg</td><td align="right">&pound;16.80</td></tr>
<tr><td>Decaf (Swiss water), 1 kg</td><td align="right">&pound;21.00</td></tr>
</table>
<p>Offices ordering 6 kg or more a month get free delivery and a free grinder service every six months.</p>
<p>Read more: <a href="https://links.mailbird-esp.example/c/ck/3f0a9c/1">https://www.copperkettle-coffee.example/wholesale</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#faf7f3">
Copper Kettle Coffee Ltd &middot; Arch 14, Viaduct Yard, Millbrook MB4 9RT<br>
You are receiving this because your office buys coffee from us. <a href="https://links.mailbird-esp.example/u/ck/3f0a9c?list=wholesale">Unsubscribe</a>
</td></tr>
</table>
</center>
</body></html>
`,
  },
  {
    slug: 'webinar-series-es',
    cat: 'newsletter',
    from: 'Tallyworks España <novedades@tallyworks.example>',
    to: 'admin@marlowprice.example',
    subject: 'Ciclo de webinars: cierre contable sin estrés',
    date: '2025-11-12 11:00:00 +0100',
    headers: listHeaders('<novedades-es.tallyworks.example>', 'https://www.tallyworks.example/es/baja?c=88a1', 'baja@tallyworks.example'),
    htmlEnc: 'quoted-printable',
    text: `Ciclo de webinars: cierre contable sin estrés

Tres sesiones gratuitas de 45 minutos en noviembre y diciembre:

  19 nov - Conciliación bancaria automática
  26 nov - Amortizaciones y activos fijos
  3 dic  - Checklist de cierre de año

Inscripción: https://www.tallyworks.example/es/webinars/cierre
Las plazas son limitadas (100 por sesión).

Tallyworks Cloud S.L., Calle del Comercio 14, 3º, 28000 Madrid
Darse de baja: https://www.tallyworks.example/es/baja?c=88a1
`,
    html: `<div style="font-family:Arial,sans-serif;max-width:560px">
<h2>Ciclo de webinars: cierre contable sin estr&eacute;s</h2>
<p>Tres sesiones gratuitas de 45 minutos en noviembre y diciembre:</p>
<ul><li>19 nov &ndash; Conciliaci&oacute;n bancaria autom&aacute;tica</li><li>26 nov &ndash; Amortizaciones y activos fijos</li><li>3 dic &ndash; Checklist de cierre de a&ntilde;o</li></ul>
<p><a href="https://www.tallyworks.example/es/webinars/cierre">Inscr&iacute;bete aqu&iacute;</a>. Las plazas son limitadas (100 por sesi&oacute;n).</p>
<p style="font-size:11px;color:#777">Tallyworks Cloud S.L., Calle del Comercio 14, 3&ordm;, 28000 Madrid &middot; <a href="https://www.tallyworks.example/es/baja?c=88a1">Darse de baja</a></p>
</div>
`,
  },
  {
    slug: 'coworking-community-news',
    cat: 'newsletter',
    from: 'Workyard Millbrook <community@workyard.example>',
    to: 'mei@fernhill-digital.example',
    subject: 'Workyard this month: pizza Friday, new phone booths, parking changes',
    date: '2026-03-02 08:12:00 +0000',
    headers: listHeaders('<members.workyard.example>', 'https://workyard.example/members/email/off?m=fd-19', null),
    text: `Hi Workyarders,

A few things for March:

- Four new phone booths are in on the second floor. Book them in the app
  like meeting rooms (30 min max at busy times, please).
- Pizza Friday is back, 13 March from 4pm on the roof terrace.
- The car park will be resurfaced on 21-22 March; use the Station Road
  multi-storey, we'll cover the cost - keep your ticket.
- Member discount: 10% at Copper Kettle Coffee downstairs, show your key fob.

See you around,
Ellie, Community Manager

Workyard Millbrook, 55 Station Road, Millbrook MB1 8WY
Don't want these updates? https://workyard.example/members/email/off?m=fd-19
`,
  },
  {
    slug: 'hr-workshop-limited-seats',
    cat: 'newsletter',
    from: 'PeopleGrid <events@peoplegrid.example>',
    to: 'r.moreno@orchardlane-logistics.example',
    subject: 'Only 12 seats left: shift-scheduling workshop for warehouse managers',
    date: '2025-08-19 13:30:00 -0400',
    headers: listHeaders('PeopleGrid events <events.peoplegrid.example>', 'https://go.peoplegrid.example/unsubscribe/ol-5531', 'unsubscribe@peoplegrid.example'),
    enc: 'quoted-printable',
    html: `<html><body style="font-family:Arial,sans-serif;color:#222;background:#fff">
<table width="600" cellpadding="20" align="center" style="border:1px solid #e5e5e5">
<tr><td>
<p style="color:#d9480f;font-weight:bold;margin:0">ONLY 12 SEATS LEFT</p>
<h1 style="font-size:24px">Hands-on workshop: building a fair shift schedule for peak season</h1>
<p>Wednesday 10 September, 9:30&ndash;13:00, Riverton Conference Centre. Coffee and lunch included.</p>
<p>We&#39;ll build a real peak-season rota together: overtime caps, rest periods, skills coverage for forklift and packing stations, and how to publish it so people actually read it.</p>
<p>Price: <b>$149</b> ($99 for PeopleGrid customers &ndash; the discount applies automatically when you register with your work e-mail).</p>
<p><a href="https://go.peoplegrid.example/events/peak-rota-workshop" style="display:inline-block;background:#1c7ed6;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Reserve your seat</a></p>
<p style="font-size:12px;color:#888">Can&#39;t make it? The slides will be shared with everyone who registers.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;background:#fafafa">PeopleGrid Inc., 200 Foundry Lane, Suite 12, Riverton, NJ 07000 &middot; <a href="https://go.peoplegrid.example/unsubscribe/ol-5531">Unsubscribe</a> &middot; <a href="https://www.peoplegrid.example/privacy">Privacy</a></td></tr>
</table>
</body></html>
`,
  },

  // ------------------------------------------------------------------ event invitations
  {
    slug: 'customer-conference-early-bird',
    cat: 'event',
    from: 'Harborview Summit <summit@harborview-software.example>',
    to: 'Rafael Moreno <r.moreno@orchardlane-logistics.example>',
    subject: 'Harborview Summit 2026 - early-bird ends Friday',
    date: '2026-02-23 14:00:00 +0000',
    headers: listHeaders('<events.harborview-software.example>', 'https://harborview-software.example/unsubscribe?u=8172&l=events', null),
    htmlEnc: 'quoted-printable',
    text: `Harborview Summit 2026
14-15 May, Port Alder Conference Hall

Two days of talks from warehouse and transport teams who run their docks
on Harborview, plus hands-on product labs.

Early-bird ticket EUR 299 (regular EUR 449) until Friday 27 February.
Seats in the product labs are limited to 30 per session.

Register: https://harborview-software.example/summit/register

Harborview Software Inc., 410 Quay Street, Floor 5, Port Alder, PA 10021
Unsubscribe from event invitations:
https://harborview-software.example/unsubscribe?u=8172&l=events
`,
    html: `<div style="font-family:Helvetica,Arial,sans-serif;max-width:600px;margin:auto">
<h1 style="color:#243b53">Harborview Summit 2026</h1>
<p><b>14&ndash;15 May, Port Alder Conference Hall</b></p>
<p>Two days of talks from warehouse and transport teams who run their docks on Harborview, plus hands-on product labs.</p>
<p>Early-bird ticket <b>&euro;299</b> (regular &euro;449) until Friday 27 February. Seats in the product labs are limited to 30 per session.</p>
<p><a href="https://harborview-software.example/summit/register">Register now</a></p>
<hr>
<p style="font-size:11px;color:#666">Harborview Software Inc., 410 Quay Street, Floor 5, Port Alder, PA 10021<br><a href="https://harborview-software.example/unsubscribe?u=8172&amp;l=events">Unsubscribe from event invitations</a></p>
</div>
`,
  },
  {
    slug: 'webinar-invitation',
    cat: 'event',
    from: 'Ledgerline Bookkeeping <events@ledgerline.example>',
    to: 'owen@copperkettle-coffee.example',
    subject: 'Invitation: "Reading your own P&L" - free 45 min webinar',
    date: '2026-01-27 12:00:00 +0000',
    text: `Hi Owen,

We're running a short, practical webinar for clients: how to read your own
profit and loss report and spot problems early.

When: Wednesday 11 February, 12:30-13:15 (UK)
Where: online - register to get the link
Cost: free for clients

Register: https://www.ledgerline.example/events/read-your-pnl

Bring your questions; we'll use a made-up cafe's accounts as the example,
so nobody's numbers are on screen.

Helen
`,
  },
  {
    slug: 'business-breakfast-networking',
    cat: 'event',
    from: 'Millbrook Chamber of Commerce <events@millbrook-chamber.example>',
    to: 'sam@beaconit.example',
    subject: 'Business Breakfast, 6 November - "Cyber basics for small firms"',
    date: '2025-10-16 09:20:00 +0000',
    headers: listHeaders('<members.millbrook-chamber.example>', 'https://www.millbrook-chamber.example/email/unsubscribe?id=2043', 'unsubscribe@millbrook-chamber.example'),
    text: `Millbrook Chamber Business Breakfast

Thursday 6 November, 7:30-9:00
The Old Granary, 2 Corn Exchange Lane, Millbrook

Speaker: Detective Sergeant A. Khan, regional cyber crime unit -
"Invoice fraud, fake bosses and other things that will happen to you"

Members GBP 15, guests GBP 22, including full breakfast.
Book: https://www.millbrook-chamber.example/events/breakfast-nov

Millbrook Chamber of Commerce, 9 Guildhall Square, Millbrook MB1 1AA
Unsubscribe: https://www.millbrook-chamber.example/email/unsubscribe?id=2043
`,
  },
  {
    slug: 'trade-show-free-pass',
    cat: 'event',
    from: 'Brightlift Equipment Hire <marketing@brightlift.example>',
    to: 'Marcus Lee <m.lee@keystone-fab.example>',
    subject: 'Your free pass for LogiMat Central - visit us at stand C42',
    date: '2026-03-17 10:05:00 +0100',
    htmlEnc: 'quoted-printable',
    text: `Dear Marcus,

We will be exhibiting at LogiMat Central (21-23 April, Eastcombe Exhibition
Centre) and would be glad to welcome you at stand C42 in hall 3.

Your free visitor pass code: BLH-26-C42 (normally EUR 45 at the door).
Register with the code at https://tickets.logimat-central.example/visitor

We'll have the new compact electric reach truck on the stand for test
drives.

Best regards,
Brightlift Equipment Hire
`,
    html: `<p>Dear Marcus,</p>
<p>We will be exhibiting at <b>LogiMat Central</b> (21&ndash;23 April, Eastcombe Exhibition Centre) and would be glad to welcome you at <b>stand C42 in hall 3</b>.</p>
<p>Your free visitor pass code: <code style="font-size:16px">BLH-26-C42</code> (normally &euro;45 at the door).<br>
Register with the code at <a href="https://tickets.logimat-central.example/visitor">tickets.logimat-central.example</a>.</p>
<p>We&rsquo;ll have the new compact electric reach truck on the stand for test drives.</p>
<p>Best regards,<br>Brightlift Equipment Hire</p>
`,
  },
  {
    slug: 'factory-open-house',
    cat: 'event',
    from: 'Keystone Fabrication <hello@keystone-fab.example>',
    to: 'Customers <customers@keystone-fab.example>',
    subject: 'Open house at Keystone - see the new laser line',
    date: '2025-09-08 08:00:00 +0100',
    headers: { Precedence: 'bulk', 'List-Unsubscribe': '<mailto:hello@keystone-fab.example?subject=unsubscribe>' },
    text: `Dear customers and friends,

Our new fibre laser and automated bending cell are running, and we'd love
to show them to you.

Open house: Friday 3 October, 13:00-17:00, 44 Foundry Row, Millbrook.
Short tours every half hour, food truck from 15:00, and our engineers on
hand to talk about your parts.

Please reply with the number of people coming so we can plan safety
equipment (we provide glasses and vests).

Keystone Fabrication Ltd
If you'd rather not hear about events, reply with "unsubscribe".
`,
  },
  {
    slug: 'webinar-starts-in-one-hour',
    cat: 'event',
    from: 'Harborview Webinars <webinars@harborview-software.example>',
    to: 'imani.cole@orchardlane-logistics.example',
    subject: 'Starting in 1 hour: Getting carriers to actually use self-scheduling',
    date: '2025-06-12 14:00:00 +0000',
    text: `Hi Imani,

The webinar starts in one hour (11:00 ET).

Join here: https://harborview-software.example/webinars/carrier-adoption/join?r=ic7731

If you can't make it, don't worry - we'll e-mail the recording tomorrow.
`,
  },
];
