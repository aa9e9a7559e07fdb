'use strict';
// Ham: cold/warm B2B sales outreach and follow-ups.
module.exports = [
  {
    slug: 'outreach-freight-audit',
    cat: 'sales-outreach',
    from: 'Marta Kowalczyk <marta.kowalczyk@baltic-freightworks.example>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Freight invoice audit for Northwind - quick question',
    date: '2025-03-11 10:42 +0100',
    text: `Hi Dana,

I lead partnerships at Baltic Freightworks. We audit carrier invoices for mid-sized
forwarders and usually find 2-4% in duplicate or mis-rated charges.

I noticed Northwind added the Gdansk-Hamburg lane last quarter. Lanes that are new
to a carrier's system are where we see most of the rating errors.

Would a 20-minute call next Tuesday or Wednesday make sense? If it's not your area,
a pointer to the right person would be much appreciated.

Best regards,
Marta Kowalczyk
Partnerships, Baltic Freightworks
+48 58 555 0142 | https://baltic-freightworks.example
`,
  },
  {
    slug: 'outreach-dental-scheduling',
    cat: 'sales-outreach',
    from: 'Ana Sousa <ana.sousa@lattice-hr.example>',
    to: 'Dr. Ravinder Kaur <r.kaur@pinecrestdental.example>',
    subject: 'Shift scheduling for your four Pinecrest clinics',
    html: 'gmail',
    text: `Hello Dr. Kaur,

Congratulations on opening the Eastgate clinic - I saw the announcement on your site.

Running four clinics usually means someone spends Friday afternoons juggling hygienist
shifts in a spreadsheet. Lattice HR replaces that with a rota your team can swap shifts
in from their phones, with the rules (max hours, certifications) checked automatically.

Two practices your size, Brookside Dental and Meadow Smiles, cut their scheduling time
from about 5 hours a week to under 1.

If it's useful, you can book a demo here: https://lattice-hr.example/demo
Or simply reply with a time that suits you.

Kind regards,
Ana Sousa
Account Executive, Lattice HR
`,
  },
  {
    slug: 'outreach-packaging-sustainable',
    cat: 'sales-outreach',
    from: '"Jonas Eriksen" <jonas@fjordpack.example>',
    to: 'purchasing@bramblecoffee.example',
    subject: 'Compostable valve bags - samples for Bramble?',
    text: `Hi there,

We make home-compostable coffee bags with a one-way degassing valve (certified to
EN 13432). A few roasters your size switched from foil laminate this year.

Happy to post you a free sample pack in 250 g and 1 kg - just send me a delivery
address. No obligation, no follow-up calls unless you want them.

Jonas Eriksen
FjordPack - Bergen / Manchester
https://fjordpack.example/roasters
`,
  },
  {
    slug: 'outreach-security-awareness',
    cat: 'sales-outreach',
    from: 'Kelechi Obi <kelechi.obi@guardrail-training.example>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Phishing simulations for Carrow (20% off until Friday)',
    html: 'outlook',
    text: `Hi Martin,

Quick one: we run phishing-awareness training for distribution companies - short
monthly videos plus simulated phishing emails so staff can practise spotting the
real thing.

We have a spring offer running: 20% off the first year if you sign up before Friday
the 16th. For 60 staff that works out to about $1,150 for the year.

If you'd like to see what a simulation looks like, I can send you a harmless sample
or walk you through the admin dashboard on a call - book a demo at
https://guardrail-training.example/book

Thanks,
Kelechi Obi
Guardrail Training | Sales
`,
    date: '2025-05-13 15:20 -0500',
  },
  {
    slug: 'outreach-translation-de',
    cat: 'sales-outreach',
    from: 'Sabine Krüger <s.krueger@brightline-translate.example>',
    to: 'Lena Hoffmann <l.hoffmann@auerbach-kliniken.example>',
    subject: 'Übersetzung Ihrer Patientenunterlagen / patient documents translation',
    text: `Sehr geehrte Frau Hoffmann,

wir sind ein Übersetzungsbüro mit Schwerpunkt Medizin und übersetzen unter anderem
Aufklärungsbögen und Entlassbriefe in 14 Sprachen - mit zertifizierten Fachübersetzern.

Für neue Kunden erstellen wir gern eine kostenlose Probeübersetzung von einer Seite.

(English below)

Dear Ms Hoffmann,
we translate medical documents such as consent forms and discharge letters into 14
languages. We'd be glad to do a free one-page sample translation for you.

Mit freundlichen Grüßen / Kind regards
Sabine Krüger
Brightline Translation Services GmbH
https://brightline-translate.example
`,
    tz: '+0100',
    textEnc: '8bit',
  },
  {
    slug: 'outreach-warehouse-robotics',
    cat: 'sales-outreach',
    from: 'Hiro Tanaka <hiro.tanaka@pickwise-robotics.example>',
    to: 'Greg Oduya <g.oduya@redwater.example>',
    cc: 'Sam Patel <sam.patel@pickwise-robotics.example>',
    subject: 'Redwater + Pickwise: goods-to-person pilot',
    html: 'apple',
    text: `Hi Greg,

Sam mentioned you spoke at the MHI breakfast about pick rates in your spare-parts warehouse.

We run 8-week pilots of our goods-to-person robots: two robots, one pick station, no
racking changes. Most sites see pick rates go from ~60 to ~150 lines per hour on the
pilot zone. If the numbers don't work, we take the robots back - there is no pilot fee.

Would you be open to a site walk in March? I've copied Sam, who'd lead the pilot.

Cheers,
Hiro
`,
  },
  {
    slug: 'outreach-catering-event',
    cat: 'sales-outreach',
    from: 'Summit Catering Co. <events@summitcatering.example>',
    to: 'Olivia Brandt <olivia.brandt@kestrelbio.example>',
    subject: 'Catering for your September customer day?',
    text: `Hi Olivia,

Your events page lists a customer day at your Denver site on 22 September. We cater
corporate events of 30-300 guests in the Front Range, including full vegetarian and
allergen-labelled menus.

Our autumn menus are attached on our site: https://summitcatering.example/menus/autumn

If you share your headcount and budget, I'll send a tailored quote within a day.

Warmly,
Rosa Jimenez
Events Manager, Summit Catering Co.
(303) 555-0188
`,
    date: '2025-07-02 11:05 -0600',
  },
  {
    slug: 'outreach-short-linkedin-followon',
    cat: 'sales-outreach',
    from: 'Priya Raman <priya.raman@solvent-labs.example>',
    to: 'Tomas Lindqvist <tomas@norrsken.example>',
    subject: 'Following our chat at Nordic SaaS Day',
    text: `Hi Tomas,

Great meeting you at Nordic SaaS Day. As promised, here's the link to our usage-based
billing calculator: https://solvent-labs.example/calculator

Let me know if you want me to run your numbers through it.

Priya
`,
  },
  {
    slug: 'outreach-html-agency',
    cat: 'sales-outreach',
    from: 'Copperleaf Digital <hello@copperleaf-digital.example>',
    to: 'Ben Carter <ben@anvil-oak.example>',
    subject: 'Your product pages load in 6.8s on mobile',
    html: `<html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
<p>Hi Ben,</p>
<p>I ran <b>anvil-oak.example</b> through a mobile speed test this morning. The product pages take about 6.8 seconds to become usable on a mid-range phone, mostly because of three uncompressed hero images.</p>
<p>Slow pages cost furniture retailers a lot: shoppers compare three or four sites before buying a sofa. We fixed the same issue for <a href="https://copperleaf-digital.example/work/linden-home">Linden Home</a> and their mobile conversion rate went up 18%.</p>
<p>I put the full report here, no sign-up needed: <a href="https://copperleaf-digital.example/reports/anvil-oak">copperleaf-digital.example/reports/anvil-oak</a></p>
<p>If you want, we can go through it on a 15-minute call.</p>
<p>Cheers,<br>Imogen Hart<br>Copperleaf Digital &middot; Bristol</p>
</body></html>
`,
  },
  {
    slug: 'outreach-insurance-fleet',
    cat: 'sales-outreach',
    from: 'Derek Mulligan <derek.mulligan@ironbridge-insure.example>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'Fleet insurance renewal season - a second quote?',
    text: `Dear Mr Ricci,

Many fleet policies renew in April. If yours does, we would be happy to prepare a
second quote for comparison - it takes about 10 minutes of your time and a copy of
your current schedule.

We specialise in fleets of 10 to 80 vehicles and include telematics discounts where
trucks have trackers fitted.

No pressure at all; if the timing is wrong just let me know and I won't chase.

Yours sincerely,
Derek Mulligan
Commercial Lines, Ironbridge Insurance Brokers
`,
  },
  // ---- follow-ups ----
  {
    slug: 'followup-after-demo',
    cat: 'follow-up',
    from: 'Ana Sousa <ana.sousa@lattice-hr.example>',
    to: 'Dr. Ravinder Kaur <r.kaur@pinecrestdental.example>',
    cc: 'Neil Foster <neil.foster@pinecrestdental.example>',
    subject: 'Re: Lattice HR demo - Pinecrest Dental',
    inReplyTo: true,
    html: 'gmail',
    text: `Hi Dr. Kaur, hi Neil,

Thank you both for your time this afternoon. A short recap:

- Rota rules: max 10h shifts, hygienist certification check, 11h rest between shifts
- Import: Neil will send the current staff list as CSV; we load it for you
- Pricing: 46 staff on the Clinic plan = $322/month, first month free
- Next step: a 30-day trial at Eastgate only, starting 1 July

I'll send the trial agreement tomorrow. Shout if I've missed anything.

Best,
Ana
`,
    date: '2025-06-17 16:48 -0400',
  },
  {
    slug: 'followup-no-reply-gentle',
    cat: 'follow-up',
    from: 'Marta Kowalczyk <marta.kowalczyk@baltic-freightworks.example>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Re: Freight invoice audit for Northwind - quick question',
    inReplyTo: true,
    text: `Hi Dana,

Just bumping this up in case it got buried. If invoice audits aren't a priority right
now, no problem - tell me and I'll close the loop.

Marta

On Tue, 11 Mar 2025 at 10:42, Marta Kowalczyk wrote:
> Hi Dana,
> I lead partnerships at Baltic Freightworks. We audit carrier invoices for mid-sized
> forwarders and usually find 2-4% in duplicate or mis-rated charges.
`,
    date: '2025-03-19 09:15 +0100',
  },
  {
    slug: 'followup-trade-show-leads',
    cat: 'follow-up',
    from: 'Lukas Brenner <lukas.brenner@alpenmed-devices.example>',
    to: 'Sanne de Vries <sanne@groenveld.example>',
    subject: 'Nice meeting you at MedTech Expo - pricing sheet',
    text: `Hi Sanne,

Thanks for stopping by our booth on Wednesday. You asked about volume pricing for the
infusion pump holders - the short version:

  1-49 units     EUR 84 each
  50-199 units   EUR 76 each
  200+ units     EUR 69 each

Lead time is currently 3 weeks. I can send a formal quote once you know quantities.

Best regards,
Lukas
AlpenMed Devices GmbH
`,
    date: '2025-10-10 08:31 +0200',
  },
  {
    slug: 'followup-proposal-questions',
    cat: 'follow-up',
    from: 'Erik Halvorsen <erik@halvorsen-freight.example>',
    to: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    subject: 'RE: CRM migration proposal v2',
    inReplyTo: true,
    html: 'outlook',
    text: `Hi Claire,

We went through the proposal in our management meeting. Two questions before we sign:

1. Does the fixed fee include migrating email attachments, or only the activity log?
2. Can phase 3 training be split across two sessions? Our Bergen office works shifts.

Otherwise we are happy with the scope and the timeline.

Med vennlig hilsen / Kind regards
Erik Halvorsen
Operations Director, Halvorsen Freight AS
`,
  },
  {
    slug: 'followup-checking-in-quarter',
    cat: 'follow-up',
    from: 'Nate Oyelaran <nate.oyelaran@fathom-data.example>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Checking in before Q4 planning',
    text: `Martin,

Hope the warehouse move went smoothly. Before your Q4 planning starts I wanted to ask
whether the demand-forecast dashboards are still giving your buyers what they need,
or whether anything has changed with the new site.

Happy to set up a quick review - 30 minutes is usually enough.

Nate
`,
  },
  {
    slug: 'followup-limited-seats-workshop',
    cat: 'follow-up',
    from: 'Imogen Hart <imogen@copperleaf-digital.example>',
    to: 'Ben Carter <ben@anvil-oak.example>',
    subject: 'Re: Your product pages load in 6.8s on mobile',
    inReplyTo: true,
    html: 'gmail',
    text: `Hi Ben,

Thanks for reading the report! Glad the image fix was a quick win for your developer.

Since you asked about the rest: we're running a hands-on Core Web Vitals workshop in
Bristol on 4 June. It's limited to 12 seats so everyone gets time on their own site,
and there are 3 seats left. Details: https://copperleaf-digital.example/workshop

No worries if it's not for you.

Imogen
`,
  },
  {
    slug: 'followup-sample-delivered',
    cat: 'follow-up',
    from: '"Jonas Eriksen" <jonas@fjordpack.example>',
    to: 'Hannah Moss <hannah@bramblecoffee.example>',
    subject: 'Re: Compostable valve bags - samples for Bramble?',
    inReplyTo: true,
    text: `Hi Hannah,

Tracking says the sample pack arrived on Thursday - hope the bags survived the post.

When you've had a chance to fill a few, I'd love to hear how the valve performs with
your darker roasts. If they work for you, minimum order is 2,000 bags per size and we
can print your logo from 5,000.

Thanks,
Jonas
`,
  },
  {
    slug: 'followup-voicemail-recap',
    cat: 'follow-up',
    from: 'Derek Mulligan <derek.mulligan@ironbridge-insure.example>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'Sorry I missed you - fleet quote',
    text: `Dear Mr Ricci,

I tried you by phone this morning and left a voicemail. To save you calling back: the
comparison quote for your 24 vehicles is ready and comes in about 11% below your
current premium, with the same excess.

I can email the full schedule or go through it on the phone, whichever you prefer.

Best regards,
Derek Mulligan
`,
  },
];
