'use strict';
// Ham, part 1: sales outreach and follow-ups after meetings.

module.exports = [
  // ------------------------------------------------------------------ sales outreach
  {
    slug: 'freight-ltl-rates',
    messageId: '<NBF-DW-20250211-0914@northbay-freight.example>',
    cat: 'sales',
    from: 'Dana Whitfield <dana.whitfield@northbay-freight.example>',
    to: 'Marcus Lee <m.lee@keystone-fab.example>',
    subject: 'LTL rates for your Millbrook to Harrow lanes',
    date: '2025-02-11 09:14:02 -0800',
    mailer: 'Microsoft Outlook 16.0',
    text: `Hi Marcus,

I run the regional desk at Northbay Freight. A colleague mentioned Keystone ships
fabricated steel sections from Millbrook to Harrow two or three times a week, mostly
as part loads.

We run a scheduled LTL service on exactly that lane (Tue/Thu departures, next-day
delivery) and could probably consolidate your part loads at a lower cost per pallet
than spot-booking. For reference, our current published rate is $86 per pallet for
1-4 pallets and $71 per pallet from 5 pallets, fuel surcharge included.

If it is useful I can put together a comparison against your last month of
shipments - all I would need is a rough pallet count per week.

Would a 15 minute call next Wednesday or Thursday work?

Best regards,
Dana Whitfield
Regional Sales, Northbay Freight
+1 555 0142 | https://www.northbay-freight.example
`,
  },
  {
    slug: 'scheduling-saas-intro',
    messageId: '<quillstack-intro-0304@quillstack.example>',
    cat: 'sales',
    from: 'Quillstack <hello@quillstack.example>',
    to: 'priya.shah@saffronsage.example',
    subject: 'Priya, fewer no-shows for your tasting appointments?',
    date: '2025-03-04 14:30:10 +0000',
    mailer: 'Valley CRM Mailer 2.3',
    enc: 'quoted-printable',
    text: `Hi Priya,

I saw that Saffron & Sage takes tasting bookings by phone and e-mail. Quillstack
is a small booking tool that lets clients pick a slot themselves, sends an
SMS reminder the day before, and syncs with your calendar.

Catering teams using it typically cut no-shows by about a third.

- 14-day free trial, no card needed
- $29 per user per month after that, billed monthly, cancel any time
- Set-up takes about 20 minutes; we'll do it with you on a call if you like

Start a trial: https://app.quillstack.example/signup?ref=ss
Or just reply and I'll send a two-minute video.

Tom Okafor
Quillstack
`,
    html: `<!DOCTYPE html>
<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<p>Hi Priya,</p>
<p>I saw that Saffron &amp; Sage takes tasting bookings by phone and e-mail. Quillstack is a small booking tool that lets clients pick a slot themselves, sends an SMS reminder the day before, and syncs with your calendar.</p>
<p>Catering teams using it typically cut no-shows by about a third.</p>
<ul>
<li>14-day free trial, no card needed</li>
<li>$29 per user per month after that, billed monthly, cancel any time</li>
<li>Set-up takes about 20 minutes; we&rsquo;ll do it with you on a call if you like</li>
</ul>
<p><a href="https://app.quillstack.example/signup?ref=ss">Start a free trial</a> or just reply and I&rsquo;ll send a two-minute video.</p>
<p>Tom Okafor<br>Quillstack</p>
</body></html>
`,
  },
  {
    slug: 'trade-show-banners-offer',
    cat: 'sales',
    from: 'Luis Carranza <luis@pressworks.example>',
    to: 'events@cobaltridge.example',
    subject: 'Banners and booth graphics for the spring trade shows - 15% off until 31 March',
    date: '2025-02-24 10:02:55 -0600',
    text: `Hello Cobalt Ridge events team,

Spring trade-show season is coming up and our print queue fills fast in March,
so I wanted to reach out early.

Pressworks Print Studio produces roll-up banners, fabric backwalls, table
throws and handouts in-house, with 3-day turnaround on most items.

Until 31 March we are offering 15% off any booth package ordered at least
two weeks before the show. Typical prices before the discount:

  Roll-up banner 850x2000 with case ...... $89
  Fabric backwall 3x3 m, frame included .. $640
  Fitted table throw, printed front ...... $145

Happy to send paper and fabric samples to your office at no cost.

Luis Carranza
Pressworks Print Studio
https://www.pressworks.example/booth
`,
  },
  {
    slug: 'corporate-catering-menu',
    cat: 'sales',
    from: '"Saffron & Sage Catering" <events@saffronsage.example>',
    to: 'Office Manager <office@marlowprice.example>',
    subject: 'Corporate lunch menu for Marlow & Price',
    date: '2025-04-08 11:45:00 +0100',
    mailer: 'Apple Mail (2.3774.500.171.1.1)',
    text: `Dear office manager,

We cater working lunches and client meetings for several firms on
Canal Street and would love to add Marlow & Price to that list.

Our 2025 corporate menu is attached (PDF). A few things clients like:
every tray is labelled with allergens, we deliver in reusable crates and
collect them the next day, and there is no delivery charge for orders
over 15 guests within the city centre.

If you tell me a date and headcount I will send a quote the same day.

Warm regards,
Priya Shah
Saffron & Sage Catering
`,
    att: [{ key: 'pdf-menu-catering', name: 'Saffron-and-Sage-Corporate-Menu-2025.pdf', type: 'application/pdf' }],
  },
  {
    slug: 'bookkeeping-year-end',
    cat: 'sales',
    from: 'Helen Marsh <helen@ledgerline.example>',
    to: 'Owen Pryce <owen@copperkettle-coffee.example>',
    subject: 'Year-end accounts for Copper Kettle',
    date: '2025-10-14 08:20:41 +0100',
    text: `Hi Owen,

We met briefly at the Chamber breakfast last month. You mentioned year-end
was looming and your current accountant is retiring.

Ledgerline does year-end accounts and corporation tax returns for small
limited companies for a fixed fee (from GBP 950 + VAT for a business your
size), and monthly bookkeeping if you want it. No hourly billing.

Happy to have a no-obligation chat whenever suits.

Helen Marsh
Ledgerline Bookkeeping
`,
  },
  {
    slug: 'contract-review-fixed-fee',
    cat: 'sales',
    from: 'Marlow & Price LLP <newclients@marlowprice.example>',
    to: 'Ana Duarte <ana.duarte@harborview-software.example>',
    subject: 'Fixed-fee SaaS contract reviews',
    date: '2025-05-20 16:05:12 +0100',
    enc: 'quoted-printable',
    html: `<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Georgia,serif;font-size:15px;max-width:620px">
<p>Dear Ms Duarte,</p>
<p>Harborview&rsquo;s growth into the EU market means more customer paper to review: MSAs, DPAs and procurement questionnaires. Our commercial team offers <strong>fixed-fee reviews</strong> so that your sales team can forecast legal cost per deal:</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td style="border-bottom:1px solid #ccc">Customer MSA mark-up</td><td style="border-bottom:1px solid #ccc">&pound;1,200</td></tr>
<tr><td style="border-bottom:1px solid #ccc">Data processing agreement</td><td style="border-bottom:1px solid #ccc">&pound;450</td></tr>
<tr><td>Security questionnaire (legal sections)</td><td>&pound;300</td></tr>
</table>
<p>Turnaround is five business days, or two for a 25% uplift. You can read more about the team at <a href="https://www.marlowprice.example/commercial">marlowprice.example/commercial</a>.</p>
<p>Yours sincerely,<br>James Price<br>Partner, Marlow &amp; Price LLP</p>
<p style="font-size:11px;color:#777">Marlow &amp; Price LLP is a limited liability partnership registered in England and Wales. 12 Canal Street, Millbrook MB1 4QT.</p>
</div></body></html>
`,
  },
  {
    slug: 'cnc-machining-capacity',
    cat: 'sales',
    from: 'Greg Hollis <greg@hollis-machining.example>',
    to: 'purchasing@keystone-fab.example',
    subject: 'Spare 5-axis capacity from June',
    date: '2025-05-02 07:58:30 -0500',
    eol: 'lf',
    text: `Hello,

Hollis Machining has two 5-axis cells coming free from early June after a
long aerospace programme wraps up. If Keystone has any machined brackets or
fixture plates you currently outsource, we can quote within 48 hours from a
STEP file and a drawing.

Aluminium, mild steel and 316 stainless; ISO 9001 certified; first
articles with a full inspection report.

Greg Hollis
Hollis Machining Co.
`,
  },
  {
    slug: 'managed-it-short',
    cat: 'sales',
    from: 'Beacon IT <sam@beaconit.example>',
    to: 'helen@ledgerline.example',
    subject: 'Quick question about your IT support',
    date: '2025-06-17 13:12:00 +0100',
    text: `Hi Helen, who looks after IT at Ledgerline at the moment? We support
a handful of accounting practices (flat GBP 45 per user per month, backups
and patching included) and I'd be glad to send details if it's ever useful.
Sam, Beacon IT
`,
  },
  {
    slug: 'eco-packaging-samples',
    cat: 'sales',
    from: 'Greenfold Packaging <samples@greenfold-packaging.example>',
    to: 'Owen Pryce <owen@copperkettle-coffee.example>',
    subject: 'Free sample pack: compostable coffee bags with valve',
    date: '2025-07-09 10:30:00 +0100',
    htmlEnc: 'quoted-printable',
    text: `Hi Owen,

We make home-compostable coffee bags with a one-way degassing valve, in
250 g and 1 kg sizes, printed or plain kraft.

We'd like to send you a free sample pack (six bags, two sizes) so you can
test them on your filling line. Reply with a delivery address or use the
form here: https://www.greenfold-packaging.example/samples

Plain kraft 250 g bags start at GBP 0.21 each for 5,000.

Kind regards,
Rosa Lindqvist
Greenfold Packaging Ltd, Unit 9, Wharf Road Industrial Estate, Eastcombe EC4 2LP
`,
    html: `<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Owen,</p>
<p>We make <b>home-compostable coffee bags</b> with a one-way degassing valve, in 250&nbsp;g and 1&nbsp;kg sizes, printed or plain kraft.</p>
<p>We&#39;d like to send you a free sample pack (six bags, two sizes) so you can test them on your filling line. Reply with a delivery address or use <a href="https://www.greenfold-packaging.example/samples">our sample request form</a>.</p>
<p>Plain kraft 250&nbsp;g bags start at &pound;0.21 each for 5,000.</p>
<p>Kind regards,<br>Rosa Lindqvist<br>Greenfold Packaging Ltd<br>Unit 9, Wharf Road Industrial Estate, Eastcombe EC4 2LP</p>
</body></html>
`,
  },
  {
    slug: 'uebersetzung-angebot-de',
    cat: 'sales',
    from: 'Katrin Vogel <k.vogel@wortwerk-uebersetzungen.test>',
    to: 'Ana Duarte <ana.duarte@harborview-software.example>',
    subject: 'Übersetzung Ihrer Produktdokumentation ins Deutsche',
    date: '2025-08-26 09:05:33 +0200',
    text: `Sehr geehrte Frau Duarte,

ich habe gesehen, dass Harborview Software seine Dokumentation bisher nur auf
Englisch anbietet. Wir übersetzen technische Dokumentation und
Benutzeroberflächen für SaaS-Unternehmen ins Deutsche, Französische und
Niederländische – mit Fachübersetzern und einem zweiten Korrekturdurchgang.

Unser Preis für Softwaredokumentation liegt bei 0,14 € pro Wort, für
Übersetzungsspeicher-Treffer deutlich darunter.

Gern erstelle ich Ihnen eine kostenlose Probeübersetzung von ca. 300 Wörtern.

Mit freundlichen Grüßen
Katrin Vogel
Wortwerk Übersetzungen GmbH, Mühlenweg 8, 34117 Kassel
`,
  },
  {
    slug: 'recruiting-warehouse-staff',
    cat: 'sales',
    from: 'Tandem Talent <jordan.reyes@tandem-talent.example>',
    to: 'Rafael Moreno <r.moreno@orchardlane-logistics.example>',
    subject: 'Seasonal warehouse staff for Q4 peak',
    date: '2025-09-03 15:40:18 -0400',
    mailer: 'Valley CRM Mailer 2.4',
    text: `Hi Rafael,

Peak season hiring tends to start in September for most 3PLs, so I thought
I'd reach out now. Tandem Talent places forklift-certified pickers, packers
and shift leads on temp-to-perm contracts across the tri-county area.

Our fee is 18% of first-year salary for permanent hires, or a flat markup
on hourly rates for temps. Every candidate is reference-checked and has
completed a site safety induction before day one.

Would it help if I sent over three sample profiles?

Jordan Reyes
Tandem Talent
`,
  },
  {
    slug: 'three-line-intro',
    cat: 'sales',
    from: 'Mei Tanaka <mei@fernhill-digital.example>',
    to: 'greg@hollis-machining.example',
    subject: 'hollis-machining.example on mobile',
    date: '2026-01-13 11:02:00 +0000',
    text: `Hi Greg - your quote request form doesn't submit on phones (tested on two devices).
Happy to tell you what's wrong for free; if you want us to fix it, it's a half-day job.
Mei, Fernhill Digital
`,
  },

  // ------------------------------------------------------------------ follow-ups after meetings
  {
    slug: 'demo-recap-next-steps',
    cat: 'follow-up',
    from: 'Ana Duarte <ana.duarte@harborview-software.example>',
    to: 'Rafael Moreno <r.moreno@orchardlane-logistics.example>',
    cc: 'Chris Bell <chris.bell@harborview-software.example>',
    subject: 'Thanks for the demo today - recap and next steps',
    date: '2025-03-19 17:22:09 -0400',
    mailer: 'Microsoft Outlook 16.0',
    text: `Hi Rafael,

Thanks again to you and Imani for the time this afternoon. A short recap so
we're all on the same page:

What you need
 * One view of inbound dock appointments across both warehouses
 * Carrier self-scheduling, so the front desk stops taking calls
 * Export of dwell times to your monthly KPI pack

What we showed
 * The dock calendar and carrier portal (Imani liked the colour coding)
 * The dwell-time report - it exports to CSV, and to your BI tool via API

Open questions
 1. Whether the Harrow site needs a separate carrier list (Imani to check)
 2. SSO with your identity provider - Chris will confirm the setup steps

Next step: a two-week pilot at the Millbrook site starting 7 April. I'll
send the pilot agreement on Friday; it's free and there's no commitment.

Best,
Ana
`,
  },
  {
    slug: 'trade-show-booth-followup',
    cat: 'follow-up',
    from: 'Greg Hollis <greg@hollis-machining.example>',
    to: 'Nadia Petrov <nadia.petrov@brightlift.example>',
    subject: 'Great to meet you at FabExpo',
    date: '2025-04-28 08:15:00 -0500',
    text: `Hi Nadia,

Good to meet you at our stand at FabExpo on Thursday. As promised, here's the
link to the case study on the mast-bracket job we did for a materials handling
OEM: https://www.hollis-machining.example/case-studies/mast-brackets

If you send me the drawings for the forks carriage plate you mentioned, I'll
get you a price and lead time this week.

Greg
`,
  },
  {
    slug: 'checking-in-bump',
    cat: 'follow-up',
    from: 'Tom Okafor <tom@quillstack.example>',
    to: 'priya.shah@saffronsage.example',
    subject: 'Re: Priya, fewer no-shows for your tasting appointments?',
    date: '2025-03-13 09:40:00 +0000',
    headers: { 'In-Reply-To': '<quillstack-intro-0304@quillstack.example>', References: '<quillstack-intro-0304@quillstack.example>' },
    text: `Hi Priya, just floating this back to the top of your inbox in case it got
buried. No worries at all if the timing is wrong - tell me and I'll stop.

Tom
`,
  },
  {
    slug: 'site-visit-notes',
    cat: 'follow-up',
    from: 'Nadia Petrov <nadia.petrov@brightlift.example>',
    to: 'Rafael Moreno <r.moreno@orchardlane-logistics.example>',
    subject: 'Notes from yesterday\'s site visit at Millbrook',
    date: '2025-06-05 12:01:47 +0200',
    htmlEnc: 'quoted-printable',
    text: `Hello Rafael,

Thank you for the tour of the Millbrook warehouse yesterday. My notes:

1. Aisles in zone C are 3.1 m - a standard counterbalance truck will not
   turn there; a reach truck or narrow-aisle truck is needed.
2. Charging: no three-phase supply near the current parking bay, so LPG
   for the counterbalance trucks and a single charger for one reach truck.
3. Peak is October to December; you would like the trucks on site from
   late September.

I'll send an updated quotation by Monday covering two LPG counterbalance
trucks and one electric reach truck on a 12-week hire.

Kind regards,
Nadia Petrov
Brightlift Equipment Hire
`,
    html: `<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Rafael,</p>
<p>Thank you for the tour of the Millbrook warehouse yesterday. My notes:</p>
<ol>
<li>Aisles in zone C are 3.1&nbsp;m &ndash; a standard counterbalance truck will not turn there; a reach truck or narrow-aisle truck is needed.</li>
<li>Charging: no three-phase supply near the current parking bay, so LPG for the counterbalance trucks and a single charger for one reach truck.</li>
<li>Peak is October to December; you would like the trucks on site from late September.</li>
</ol>
<p>I&rsquo;ll send an updated quotation by Monday covering two LPG counterbalance trucks and one electric reach truck on a 12-week hire.</p>
<p>Kind regards,<br><b>Nadia Petrov</b><br>Brightlift Equipment Hire</p>
</div>
`,
  },
  {
    slug: 're-pricing-question-quoted',
    cat: 'follow-up',
    from: 'Dana Whitfield <dana.whitfield@northbay-freight.example>',
    to: 'Marcus Lee <m.lee@keystone-fab.example>',
    subject: 'Re: LTL rates for your Millbrook to Harrow lanes',
    date: '2025-02-20 10:33:12 -0800',
    headers: {
      'In-Reply-To': '<KF-ML-20250219-1822@keystone-fab.example>',
      References: '<NBF-DW-20250211-0914@northbay-freight.example> <KF-ML-20250219-1822@keystone-fab.example>',
    },
    eol: 'lf',
    text: `Hi Marcus,

Thanks for the numbers. With ~11 pallets a week split over Tuesday and
Thursday you'd be on the 5+ rate every time, so $71/pallet. Against what you
paid in January that's roughly 14% lower. Liftgate delivery at Harrow is
included.

I can start you on the 4 March departure if you confirm by Friday.

Dana

On Wed, 19 Feb 2025 at 18:22, Marcus Lee <m.lee@keystone-fab.example> wrote:
> Dana,
>
> Thanks for the call. We averaged 11 pallets a week in January, about
> 60/40 Tuesday/Thursday. Does your rate include liftgate at the Harrow end?
> They don't have a dock.
>
> Marcus
>
>> On 11 Feb 2025, Dana Whitfield wrote:
>> I run the regional desk at Northbay Freight. [...]
`,
  },
  {
    slug: 'suivi-rendez-vous-fr',
    cat: 'follow-up',
    from: 'Camille Bonnefoy <camille@atelier-bonnefoy.test>',
    to: 'Luis Carranza <luis@pressworks.example>',
    subject: 'Suite à notre rendez-vous de mardi',
    date: '2025-09-18 18:10:00 +0200',
    enc: 'quoted-printable',
    text: `Bonjour Luis,

Merci encore pour votre visite à l'atelier mardi. Comme convenu, voici un
récapitulatif :

- nous fournissons les fichiers des catalogues au format PDF/X-4 ;
- vous nous envoyez un bon à tirer pour la couverture avant le 30 septembre ;
- tirage de 1 200 exemplaires, papier couché mat 150 g, dos carré collé.

Pourriez-vous me confirmer le délai de livraison à Lyon ? Notre salon
commence le 20 octobre.

Bien cordialement,
Camille Bonnefoy
Atelier Bonnefoy – Céramiques
`,
  },
  {
    slug: 'followup-with-screenshot',
    cat: 'follow-up',
    from: 'Chris Bell <chris.bell@harborview-software.example>',
    to: 'Imani Cole <imani.cole@orchardlane-logistics.example>',
    subject: 'The carrier colour coding you asked about',
    date: '2025-03-21 11:18:40 -0400',
    text: `Hi Imani,

You asked after the demo whether the carrier colours can follow your own
categories (contracted / spot / internal fleet). They can - screenshot
attached of a test calendar I set up with your three categories.

It's under Settings > Dock calendar > Carrier groups; you can change
them any time during the pilot.

Chris Bell
Solutions Engineer, Harborview Software
`,
    att: [{ key: 'png-screenshot', name: 'dock-calendar-carrier-groups.png', type: 'image/png' }],
  },
  {
    slug: 'pricing-sheet-csv',
    cat: 'follow-up',
    from: 'Rosa Lindqvist <rosa@greenfold-packaging.example>',
    to: 'Owen Pryce <owen@copperkettle-coffee.example>',
    subject: 'Price list after our call',
    date: '2025-07-22 14:55:03 +0100',
    text: `Hi Owen,

Lovely to speak earlier. Attached is our shipping-supplies price list as a
CSV so you can drop it into your costing sheet. Volume prices apply from
1,000 units per SKU, mixed orders count towards the total.

The valve bags are on a separate list - I'll send that once our new print
prices are confirmed next week.

Rosa
`,
    att: [{ key: 'csv-pricing', text: true, name: 'greenfold-shipping-supplies-2025.csv', type: 'text/csv' }],
  },
];
