'use strict';
// Ham: cold / warm sales outreach sent by Valley CRM users to leads.
const { pdf, png } = require('../build-attachments.cjs');
const { gmail, outlook, toText } = require('./_html.cjs');

module.exports = [
  {
    slug: 'ltl-lane-intro',
    eol: 'lf',
    cat: 'sales',
    date: '2025-02-04 08:12:40 -0600',
    from: 'Derek Saunders <derek.saunders@brightwater-logistics.example>',
    to: 'Marisol Vega <mvega@crestline-plastics.example>',
    subject: 'Chicago -> Dallas LTL lanes for Crestline',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Hi Marisol,

I run the Midwest desk at Brightwater Logistics. We move a lot of palletised resin and
finished plastics between the Chicago area and north Texas, and I noticed Crestline just
opened the Grand Prairie warehouse.

A couple of things we do that shippers in your space tend to care about:

  - consolidated LTL departing Elk Grove Village every Tuesday and Thursday
  - liftgate and inside delivery quoted up front, not added after the fact
  - one named rep (me) instead of a call-centre queue

If you're open to it, send me two or three recent bills of lading and I'll come back with
a side-by-side on what those loads would have cost with us. No obligation either way.

If freight isn't your area, could you point me to whoever handles it? And if you'd rather
I didn't follow up, just reply "no thanks" and I'll take you off my list.

Best,
Derek Saunders
Account Executive, Brightwater Logistics
Direct: (312) 555-0148 | Mobile: (312) 555-0191
1400 Busse Rd, Elk Grove Village, IL 60007
`,
  },
  {
    slug: 'bi-dashboard-trial',
    cat: 'sales',
    date: '2025-03-11 10:47:03 -0400',
    from: 'Priya Natarajan <priya@kestrel-analytics.example>',
    to: 'Owen Blake <owen.blake@hartwell-dental.example>',
    subject: 'Owen - chair utilisation across your 6 clinics',
    mailer: 'Valley CRM Mailer 3.8',
    html: gmail(
      [
        'Hi Owen,',
        'Congrats on the Westfield opening - saw the announcement on LinkedIn. Six clinics is usually the point where the spreadsheets start to hurt.',
        'Kestrel connects to Dentrix and Open Dental and gives practice managers one dashboard for chair utilisation, no-show rates and hygiene recall by location. Most groups your size are live in about a week.',
        'Would a 20-minute look be useful? You can grab a time here: <a href="https://calendly.com/priya-kestrel/20min">calendly.com/priya-kestrel/20min</a>. Or, if you prefer to poke around first, there is a 14-day trial with sample data - no card needed.',
        'Thanks,<br>Priya',
      ],
      'Priya Natarajan | Account Executive<br>Kestrel Analytics &middot; <a href="https://www.kestrel-analytics.example">kestrel-analytics.example</a><br>+1 (617) 555-0122',
    ),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'commercial-solar-case-study',
    cat: 'sales',
    date: '2025-04-22 14:05:19 -0700',
    from: 'Luis Ortega <lortega@pinecrest-solar.example>',
    to: 'facilities@redhawk-cold-storage.example',
    subject: 'Rooftop solar for cold storage - case study from a site like yours',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Hello,

Cold storage sites are some of the best candidates for rooftop solar we see: big flat roofs,
and the refrigeration load peaks right when the panels produce the most.

Attached is a two-page case study from a 140,000 sq ft refrigerated warehouse in Fresno.
Short version: a 1.2 MW system, demand charges down 31%, payback a little under six years
with the federal investment tax credit.

I'd be glad to run a free shading and load analysis for your Stockton site using your
last 12 months of utility bills. It takes us about a week and there is no cost or commitment.

Is this something your team is looking at for 2025-26?

Luis Ortega
Commercial Development, Pinecrest Solar
(209) 555-0175
`,
    att: [
      {
        name: 'Pinecrest-CaseStudy-Fresno-ColdStorage.pdf',
        type: 'application/pdf',
        content: pdf('Case study: 1.2 MW rooftop array, Fresno refrigerated warehouse', [
          'Site: 140,000 sq ft refrigerated distribution centre, single-ply roof (2019).',
          'System: 1.2 MW DC, 2,860 modules, 9 string inverters, no ballast penetrations.',
          'Year-1 production: 1,930 MWh (modelled 1,880 MWh).',
          'Peak demand charges reduced 31%; energy purchases reduced 44%.',
          'Simple payback: 5.8 years after federal ITC; O&M contract 10 years.',
          'Installed March-May 2024 without interrupting dock operations.',
        ]),
      },
    ],
  },
  {
    slug: 'office-supplies-first-order',
    cat: 'sales',
    date: '2025-05-06 09:31:55 +0100',
    from: 'Hannah Clarke <h.clarke@northgate-supplies.example>',
    to: 'Reception Team <reception@baylis-architects.example>',
    subject: 'Office supplies for Baylis Architects - 12% off your first order',
    mailer: 'Microsoft Outlook 16.0',
    html: outlook(
      [
        'Dear Baylis team,',
        'My name is Hannah and I look after business accounts in Leeds for Northgate Office Supplies. We deliver next working day across West Yorkshire and a lot of design studios use us for plotter paper and print consumables, which are usually the awkward part of the order.',
        'To give you an idea of pricing on the things studios reorder most:',
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt"><tr><td><b>Item</b></td><td><b>Our price</b></td></tr><tr><td>A0 plotter paper 90gsm, 914mm x 50m</td><td>&pound;21.40</td></tr><tr><td>HP 727 ink, 130ml (each colour)</td><td>&pound;62.90</td></tr><tr><td>A4 copier paper 80gsm, box of 5 reams</td><td>&pound;18.75</td></tr><tr><td>Cutting mat A1, self-healing</td><td>&pound;24.00</td></tr></table>',
        'New business accounts get 12% off the first order, and after that you would be on our standard trade pricing with 30-day terms. If you send me your current order list, I can put together a like-for-like comparison.',
        'Kind regards,',
      ],
      'Hannah Clarke<br>Business Accounts Manager | Northgate Office Supplies<br>T: 0113 555 0162 | Unit 4, Kirkstall Trade Park, Leeds LS5 3BT',
    ),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'jahresabschluss-kanzlei',
    lang: 'de',
    cat: 'sales',
    date: '2025-01-20 11:02:37 +0100',
    from: 'Stefanie Krüger <s.krueger@kanzlei-krueger-partner.example>',
    to: 'Herr Thomas Albrecht <t.albrecht@albrecht-metallbau.example>',
    subject: 'Jahresabschluss 2024 – Unterstützung für Albrecht Metallbau?',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Sehr geehrter Herr Albrecht,

ich melde mich kurz, weil wir gerade mehrere Handwerks- und Metallbaubetriebe aus dem
Landkreis beim Jahresabschluss 2024 betreuen und noch Kapazitäten für zwei bis drei
neue Mandate haben.

Was wir typischerweise übernehmen:
- Jahresabschluss und Steuererklärungen (GmbH und GmbH & Co. KG)
- laufende Finanzbuchhaltung über DATEV Unternehmen online
- Lohnabrechnung, auch mit Baulohn und SOKA-BAU

Ein erstes Gespräch (ca. 30 Minuten, gern auch telefonisch) ist selbstverständlich
kostenfrei. Falls das Thema für Sie gerade nicht passt, genügt eine kurze Antwort – dann
melde ich mich nicht erneut.

Mit freundlichen Grüßen

Stefanie Krüger
Steuerberaterin
Krüger & Partner Steuerberatungsgesellschaft mbH
Bahnhofstraße 18, 73430 Aalen
Tel. 07361 555 4410
`,
  },
  {
    slug: 'echantillons-emballage',
    eol: 'lf',
    lang: 'fr',
    cat: 'sales',
    date: '2025-06-03 15:44:12 +0200',
    from: 'Camille Durand <camille.durand@cartonnages-durand.example>',
    to: 'Julien Morel <j.morel@maison-morel-confitures.example>',
    subject: 'Coffrets cadeaux pour vos confitures – échantillons gratuits',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Bonjour Monsieur Morel,

J'ai découvert vos confitures au salon Made in France à Lyon le mois dernier – le
coffret trois pots était vraiment réussi.

Nous fabriquons à Roanne des coffrets en carton recyclé, avec calage intégré pour pots de
250 g et 370 g, imprimables en une ou deux couleurs à partir de 500 exemplaires.

Je peux vous envoyer gratuitement trois échantillons vierges pour tester le calage avec
vos pots avant les commandes de fin d'année. Il me faut simplement une adresse de
livraison.

Bien cordialement,

Camille Durand
Chargée d'affaires – Cartonnages Durand
04 77 55 50 19
`,
  },
  {
    slug: 'booth-graphics-one-liner',
    cat: 'sales',
    date: '2025-07-15 16:20:02 -0500',
    from: 'Jenna Morales <jenna@mosaicprint.example>',
    to: 'tom.reilly@ferrowright-tools.example',
    subject: 'FabTech booth graphics?',
    mailer: 'iPhone Mail (22F76)',
    text: `Hi Tom - Jenna from Mosaic Print. Saw Ferrowright is exhibiting at FabTech in September. Want a quote on the backwall and counter wraps? Happy to mail you material samples.

Jenna
(214) 555-0137
`,
  },
  {
    slug: 'msp-security-assessment',
    cat: 'sales',
    date: '2025-08-19 09:05:44 -0400',
    from: 'Marcus Lee <mlee@ridgeline-it.example>',
    to: 'Angela Ruiz <aruiz@ruiz-family-law.example>',
    subject: 'Quick question about phishing training at Ruiz Family Law',
    mailer: 'Valley CRM Mailer 3.8',
    html: gmail(
      [
        'Hi Angela,',
        "Law firms have become one of the most targeted groups for invoice fraud and phishing - mostly because client trust accounts move real money. I'm not writing to scare you; I just wanted to ask whether your 14 staff get any phishing awareness training today.",
        "We're a managed IT provider in Tampa and we look after nine small law practices. For new clients we do a free one-hour security review: mail filtering settings, MFA coverage, backup test and a short written report. You keep the report whether or not we work together.",
        "If that would help, just reply with a couple of times that suit and I'll send an invite.",
        'Marcus',
      ],
      'Marcus Lee &middot; Ridgeline IT Services<br>(813) 555-0110 &middot; 2202 N Westshore Blvd, Tampa FL',
    ),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'distribucion-repuestos',
    lang: 'es',
    cat: 'sales',
    date: '2025-09-09 12:18:30 +0200',
    from: 'Javier Ortega <javier.ortega@ortega-distribuciones.example>',
    to: 'Compras <compras@talleres-beltran.example>',
    subject: 'Repuestos de frenos y embragues – condiciones para talleres',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Buenos días,

Soy Javier Ortega, de Distribuciones Ortega (Zaragoza). Distribuimos repuestos de frenos,
embragues y suspensión para turismo y furgoneta, con entrega en 24 horas en Aragón,
Navarra y La Rioja.

Para talleres independientes ofrecemos:
  · tarifa neta sin necesidad de volumen mínimo
  · devoluciones sin coste durante 30 días
  · acceso al catálogo en línea con referencias cruzadas

Si les interesa, puedo pasarme por el taller la semana que viene con el catálogo y
muestras de pastillas. ¿Les viene mejor por la mañana o por la tarde?

Un saludo,
Javier Ortega
Comercial – Distribuciones Ortega S.L.
Tel. 976 555 214
`,
  },
  {
    slug: 'fleet-video-prospecting',
    htmlOnly: true,
    cat: 'sales',
    date: '2025-10-07 13:36:08 -0600',
    from: 'Cody Brennan <cody.brennan@greenmile-fleet.example>',
    to: 'Rita Okafor <rokafor@summit-hvac.example>',
    subject: 'Made you a 90-second video, Rita',
    mailer: 'Valley CRM Mailer 3.8',
    html: `<p>Hi Rita,</p>
<p>Rather than another long email, I recorded a quick video walking through what your 38 service vans would look like in GreenMile - route history, idle time and the after-hours alerts your ops team asked about at the ACCA show.</p>
<p><a href="https://www.loom.com/share/7f3c2a91d0e84b6c9a55e2c1b0f4d7aa"><img src="https://cdn.loom.com/sessions/thumbnails/7f3c2a91d0e84b6c9a55e2c1b0f4d7aa-with-play.gif" width="400" alt="Video: GreenMile for Summit HVAC (1:32)"></a></p>
<p>If it's useful, I'm around Thursday or Friday for a call. If not, no worries at all.</p>
<p>Cody Brennan<br>GreenMile Fleet Telematics<br>(720) 555-0183</p>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'schoonmaak-offerte-kantoor',
    lang: 'nl',
    cat: 'sales',
    date: '2025-11-12 10:10:51 +0100',
    from: 'Sanne de Vries <sanne@schoonhuis-zakelijk.example>',
    to: 'Mark Jansen <m.jansen@jansen-accountants.example>',
    subject: 'Kantoorschoonmaak Jansen Accountants – vrijblijvende offerte',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Beste meneer Jansen,

Ik zag dat Jansen Accountants onlangs naar het nieuwe pand aan de Stationsweg is verhuisd.
Gefeliciteerd!

SchoonHuis Zakelijk verzorgt de schoonmaak van zo'n veertig kantoren in de regio Utrecht
en Amersfoort. We werken met vaste schoonmakers per locatie, zodat u niet elke week
iemand anders over de vloer heeft.

Graag kom ik een keer langs om het pand te bekijken en een offerte op maat te maken.
Dat duurt ongeveer twintig minuten. Zou volgende week dinsdag of woensdag schikken?

Met vriendelijke groet,

Sanne de Vries
Accountmanager – SchoonHuis Zakelijk B.V.
030 555 6120
`,
  },
  {
    slug: 'catering-aziendale-menu',
    lang: 'it',
    cat: 'sales',
    date: '2025-03-26 11:25:14 +0100',
    from: 'Giulia Bernardi <giulia@gusto-catering.example>',
    to: 'Ufficio HR <hr@officine-rinaldi.example>',
    subject: 'Pranzi di lavoro e catering per eventi aziendali – menù primavera',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Gentile Ufficio Risorse Umane,

mi permetto di scrivervi per presentarvi Gusto Catering, realtà bolognese che da dodici
anni prepara pranzi di lavoro, coffee break e buffet per aziende dell'Emilia.

In allegato trovate il menù primavera 2025 con i prezzi a persona. Tutti i piatti
riportano gli allergeni e prepariamo sempre anche opzioni vegetariane e senza glutine.

Se avete in programma una convention o una festa aziendale, saremo felici di preparare
un preventivo su misura.

Cordiali saluti,
Giulia Bernardi
Gusto Catering – Via del Pratello 41, Bologna
Tel. 051 555 3378
`,
    att: [
      {
        name: 'Gusto_Catering_Menu_Primavera_2025.pdf',
        type: 'application/pdf',
        content: pdf('Gusto Catering - Menu primavera 2025', [
          'Coffee break (caffe, succhi, mini viennoiserie) ........ 6,50 EUR a persona',
          'Pranzo di lavoro (due portate, acqua, caffe) ........... 16,00 EUR a persona',
          'Buffet evento (sei portate, dolci, bevande) ............ 29,00 EUR a persona',
          'Minimo 15 persone. Consegna gratuita entro 20 km da Bologna.',
          'Allergeni indicati su ogni vassoio secondo Reg. UE 1169/2011.',
        ]),
      },
    ],
  },
  {
    slug: 'breakup-email-close-file',
    cat: 'sales',
    date: '2025-06-24 08:02:19 -0400',
    from: 'Nate Whitaker <nate@quarrysoft.example>',
    to: 'Diane Cho <dcho@lakeshore-insurance.example>',
    subject: 'Should I close your file?',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Hi Diane,

I've reached out a few times about automating the certificate-of-insurance requests your
agents handle by hand, and haven't heard back - which usually means one of three things:

1. It's not a priority right now.
2. Someone else owns this and I should talk to them.
3. You've been buried and meant to reply.

If it's #1, no problem - I'll close your file and stop emailing. If it's #2, a name would be
hugely appreciated. If it's #3, here's the two-minute overview we talked about in April:
https://lnkd.in/gK7xq2Fd

Thanks either way,
Nate Whitaker
Quarry Software | (503) 555-0156
`,
  },
  {
    slug: 'racking-free-installation',
    cat: 'sales',
    date: '2026-02-10 09:40:00 +0000',
    from: 'Stackwell Storage Systems <sales@stackwell-storage.example>',
    to: 'Ops Manager <operations@kingfisher-foods.example>',
    subject: 'Free installation on pallet racking ordered before 31 March',
    mailer: 'Valley CRM Mailer 3.8',
    headers: { 'List-Unsubscribe': '<https://crm.valleycrm.example/u/stackwell/8c21f0>' },
    html: `<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="560" cellpadding="0" cellspacing="0"><tr><td>
<img src="cid:stackwell-logo" width="160" alt="Stackwell Storage Systems"><br><br>
<p>Hello,</p>
<p>If you're planning to add pallet positions before peak season, this quarter is a good time: <b>installation is free on any racking order placed before 31 March 2026</b> (normally &pound;14-18 per bay).</p>
<ul>
<li>Adjustable pallet racking, SEMA-approved installers</li>
<li>Free site survey and CAD layout within five working days</li>
<li>Rack inspections from &pound;395 per site</li>
</ul>
<p><a href="https://www.stackwell-storage.example/survey?utm_source=valleycrm&amp;utm_campaign=q1-install">Book a free site survey</a></p>
<p>Regards,<br>Ben Ashworth<br>Stackwell Storage Systems Ltd, Unit 9 Lowfields Way, Elland HX5 9DA<br>01422 555 207</p>
<p style="font-size:11px;color:#888">You're receiving this because you asked about racking at IMHX 2025. <a href="https://crm.valleycrm.example/u/stackwell/8c21f0">Unsubscribe</a>.</p>
</td></tr></table></body></html>
`,
    inline: [{ cid: 'stackwell-logo', name: 'stackwell-logo.png', content: png(160, 40, (x, y) => (x < 40 ? [220, 90, 20] : y > 14 && y < 26 && x % 12 < 8 ? [40, 40, 40] : [255, 255, 255])) }],
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'hvac-maintenance-broken-merge-tag',
    cat: 'sales',
    date: '2025-09-30 07:55:21 -0500',
    from: 'Summit HVAC Services <service@summit-hvac.example>',
    to: 'accounts@pearl-street-offices.example',
    subject: 'Fall maintenance slots for {{Company}}',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Hi {{FirstName}},

Fall is when our maintenance calendar fills up, so we're reaching out to commercial
customers early. A planned maintenance visit covers filter changes, coil cleaning,
belt checks and a written report on each rooftop unit.

Pricing for buildings under 50,000 sq ft starts at $189 per unit, and we can usually
schedule within two weeks. Reply to this email or call dispatch at (720) 555-0140 to
pick a date.

Thanks,
Rita Okafor
Summit HVAC Services
`,
  },
];
