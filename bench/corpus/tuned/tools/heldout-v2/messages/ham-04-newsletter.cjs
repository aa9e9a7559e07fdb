'use strict';
// Ham: newsletters and promotional campaigns sent through Valley CRM's bulk sender (ESP-style).
const { pdf, png, barChart } = require('../build-attachments.cjs');
const { espA, espB, toText } = require('./_html.cjs');

const bulk = (unsub, extra = {}) => ({
  'List-Unsubscribe': `<${unsub}>, <mailto:unsubscribe@bounce.valleycrm.example?subject=unsub>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  Precedence: 'bulk',
  'Feedback-ID': 'nl:vcrm:' + unsub.length,
  ...extra,
});

module.exports = [
  {
    slug: 'coffee-roaster-autumn-lots',
    cat: 'newsletter',
    date: '2025-09-25 07:30:00 -0700',
    from: 'Copperline Coffee Roasters <hello@copperline-coffee.example>',
    to: 'office@tandem-coworking.example',
    subject: 'New autumn lots + 15% off your next office order',
    headers: bulk('https://lists.copperline-coffee.example/unsub?e=office%40tandem-coworking.example&l=wholesale'),
    mailer: 'Valley CRM Campaigns',
    html: espA({
      title: 'Copperline autumn lots',
      brand: 'Copperline Coffee',
      accent: '#8a4b2d',
      preheader: 'Two Ethiopian naturals and a Colombian decaf that actually tastes like coffee.',
      webview: 'https://lists.copperline-coffee.example/view/2025-09-autumn',
      heroTitle: 'The autumn lots have landed',
      heroText:
        'Our green buyer just got back from the harvest in Guji, and the first bags are roasted and ready. For office customers we\'re taking <b>15% off your next wholesale order</b> with the code <b>AUTUMN15</b> - valid until 12 October.',
      cta: { label: 'See the autumn menu', href: 'https://www.copperline-coffee.example/wholesale/autumn?utm_source=newsletter&utm_medium=email&utm_campaign=autumn25' },
      sections: [
        { h: 'Guji Hambela, natural', p: 'Blueberry, cacao nib and a long, sweet finish. Great as filter in a big batch brewer.' },
        { h: 'Huila sugarcane decaf', p: 'Decaffeinated with ethyl acetate from sugarcane, no solvents you need to worry about. Caramel and red apple.' },
        { h: 'Brewer servicing', p: 'Bonavita or Fetco acting up? Our tech does on-site descaling and calibration for $85 per visit within the metro area.', link: { label: 'Book a service visit', href: 'https://www.copperline-coffee.example/service' } },
      ],
      address: 'Copperline Coffee Roasters, 1818 SE Division St, Portland, OR 97202',
      prefs: 'https://lists.copperline-coffee.example/prefs?e=office%40tandem-coworking.example',
      unsub: 'https://lists.copperline-coffee.example/unsub?e=office%40tandem-coworking.example&amp;l=wholesale',
      why: 'You are receiving this email because Tandem Coworking has a wholesale account with Copperline.',
      pixel: 'https://lists.copperline-coffee.example/o/2025-09-autumn/e81f.gif',
    }),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'saas-changelog-october',
    cat: 'newsletter',
    date: '2025-10-31 15:00:00 +0000',
    from: 'Kestrel Analytics <product@kestrel-analytics.example>',
    to: 'Owen Blake <owen.blake@hartwell-dental.example>',
    subject: 'What\'s new in Kestrel: recall forecasting, PDF board packs, faster syncs',
    headers: bulk('https://kestrel-analytics.example/email/unsubscribe/5f0a1c'),
    mailer: 'Valley CRM Campaigns',
    html: espB({
      title: 'Kestrel changelog',
      brand: 'Kestrel',
      edition: 'Product update &middot; October 2025',
      accent: '#0f766e',
      intro: 'Hi Owen, here\'s what shipped this month. Everything below is already live in your workspace.',
      items: [
        { kicker: 'New', title: 'Hygiene recall forecasting', href: 'https://kestrel-analytics.example/changelog#recall-forecast', body: 'See how many recall appointments each clinic should expect over the next 90 days, based on last year\'s patterns and current bookings.' },
        { kicker: 'Improved', title: 'Board packs export to PDF', href: 'https://kestrel-analytics.example/changelog#board-pdf', body: 'One click, one PDF, your logo on the cover. Scheduled exports can be emailed to a list on the first of each month.' },
        { kicker: 'Faster', title: 'Open Dental syncs every 15 minutes', href: 'https://kestrel-analytics.example/changelog#sync', body: 'Down from hourly. No action needed on your side.' },
        { kicker: 'Heads-up', title: 'Internet Explorer mode no longer supported', href: 'https://kestrel-analytics.example/help/browsers', body: 'From 1 December we support the last two versions of Chrome, Edge, Firefox and Safari.' },
      ],
      footer: 'Kestrel Analytics Inc., 100 Summer St, Floor 12, Boston, MA 02110. You\'re receiving product updates as a Kestrel customer. <a href="https://kestrel-analytics.example/email/unsubscribe/5f0a1c" style="color:#999">Unsubscribe from product updates</a>.',
    }),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'freight-market-weekly-digest',
    cat: 'newsletter',
    date: '2025-11-17 06:00:00 -0600',
    from: 'Brightwater Freight Pulse <pulse@brightwater-logistics.example>',
    to: 'Marisol Vega <mvega@crestline-plastics.example>',
    subject: 'Freight Pulse #46: dry van rates flat, reefer up 6% ahead of Thanksgiving',
    headers: bulk('https://click.brightwater-logistics.example/u/46/mvega'),
    mailer: 'Valley CRM Campaigns',
    html: espB({
      title: 'Freight Pulse #46',
      brand: 'Freight Pulse',
      edition: 'Week 46 &middot; from Brightwater Logistics',
      accent: '#1e40af',
      intro: 'Your five-minute read on the North American freight market.',
      items: [
        { kicker: 'Rates', title: 'Dry van spot rates flat for a third week', href: 'https://click.brightwater-logistics.example/r/46/1?u=https%3A%2F%2Fwww.brightwater-logistics.example%2Fpulse%2F46%23vans', body: 'National average $2.03/mile. Capacity is loosening in the Southeast as produce season winds down.' },
        { kicker: 'Reefer', title: 'Reefer up 6% week over week', href: 'https://click.brightwater-logistics.example/r/46/2?u=https%3A%2F%2Fwww.brightwater-logistics.example%2Fpulse%2F46%23reefer', body: 'Holiday food volumes are arriving early. If you ship temperature-controlled loads the week of the 24th, book now.' },
        { kicker: 'Regulation', title: 'What the new broker transparency rule means for shippers', href: 'https://click.brightwater-logistics.example/r/46/3?u=https%3A%2F%2Fwww.brightwater-logistics.example%2Fpulse%2F46%23rule', body: 'Our compliance lead explains it in plain English - and what you can ask your broker for.' },
      ],
      outro: 'Got a lane you want us to price? Just hit reply.',
      footer: 'Brightwater Logistics LLC, 1400 Busse Rd, Elk Grove Village, IL 60007. <a href="https://click.brightwater-logistics.example/u/46/mvega" style="color:#999">Unsubscribe</a> &middot; <a href="https://click.brightwater-logistics.example/p/46/mvega" style="color:#999">Email preferences</a>',
    }),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'black-friday-40-off-ends-monday',
    cat: 'newsletter',
    date: '2025-11-28 05:00:00 -0500',
    from: 'Northgate Office Supplies <offers@northgate-supplies.example>',
    to: 'Reception Team <reception@baylis-architects.example>',
    subject: 'Black Friday: up to 40% off chairs and desks - ends Monday midnight',
    headers: bulk('https://email.northgate-supplies.example/unsubscribe?c=bf25&r=baylis'),
    mailer: 'Valley CRM Campaigns',
    html: espA({
      title: 'Black Friday at Northgate',
      brand: 'NORTHGATE',
      accent: '#111827',
      preheader: 'Our biggest furniture sale of the year. Free delivery over £250.',
      webview: 'https://email.northgate-supplies.example/view/bf25',
      heroImg: 'https://email.northgate-supplies.example/img/bf25-hero.jpg',
      heroAlt: 'Black Friday - up to 40% off office furniture',
      heroTitle: 'Up to 40% off office furniture',
      heroText: 'Ergonomic chairs from <b>£119</b> (was £199), sit-stand desks from <b>£289</b> and monitor arms at half price. Prices end at midnight on Monday 1 December or while stock lasts.',
      cta: { label: 'Shop the sale', href: 'https://www.northgate-supplies.example/black-friday?utm_campaign=bf25' },
      sections: [
        { h: 'Trade accounts: extra 5%', p: 'Logged-in business account holders get an additional 5% at checkout. No code needed.' },
        { h: 'Free delivery and installation', p: 'On orders over £250 within West Yorkshire, including desk assembly and packaging removal.' },
      ],
      address: 'Northgate Office Supplies Ltd, Unit 4, Kirkstall Trade Park, Leeds LS5 3BT. Registered in England 08123456.',
      prefs: 'https://email.northgate-supplies.example/prefs?r=baylis',
      unsub: 'https://email.northgate-supplies.example/unsubscribe?c=bf25&amp;r=baylis',
    }),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'fachhandel-newsletter-de',
    cat: 'newsletter',
    lang: 'de',
    date: '2025-05-05 08:00:00 +0200',
    from: 'Hofmann Maschinenbau <newsletter@hofmann-maschinenbau.example>',
    to: 'Frau Birgit Lenz <b.lenz@lenz-verpackung.example>',
    subject: 'Hofmann aktuell: Retrofit-Programm, neue Servicezeiten, Termine 2025',
    headers: bulk('https://news.hofmann-maschinenbau.example/abmelden?id=lenz-4471'),
    mailer: 'Valley CRM Campaigns',
    html: espB({
      lang: 'de',
      title: 'Hofmann aktuell',
      brand: 'Hofmann aktuell',
      edition: 'Ausgabe 2/2025',
      accent: '#b91c1c',
      intro: 'Sehr geehrte Frau Lenz, hier die Neuigkeiten aus Bielefeld.',
      items: [
        { kicker: 'Retrofit', title: 'Ältere Schrumpftunnel auf den Stand von heute bringen', href: 'https://www.hofmann-maschinenbau.example/retrofit', body: 'Neue Heizregister und Steuerung für Anlagen ab Baujahr 2008 – bis zu 25 % weniger Energieverbrauch. Bis 30. Juni gewähren wir 10 % Frühbucherrabatt auf Retrofit-Pakete.' },
        { kicker: 'Service', title: 'Hotline jetzt bis 20 Uhr', href: 'https://www.hofmann-maschinenbau.example/service', body: 'Unsere Service-Hotline ist ab sofort werktags von 6 bis 20 Uhr erreichbar: +49 521 555 3000.' },
        { kicker: 'Termine', title: 'Hausmesse am 26. und 27. September', href: 'https://www.hofmann-maschinenbau.example/hausmesse', body: 'Live-Vorführungen, Werksführungen und Fachvorträge. Anmeldung ab Juli.' },
      ],
      footer: 'Hofmann Maschinenbau GmbH, Industriestraße 7, 33609 Bielefeld. Geschäftsführer: Klaus Hofmann. Amtsgericht Bielefeld HRB 00000. Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet haben. <a href="https://news.hofmann-maschinenbau.example/abmelden?id=lenz-4471" style="color:#999">Newsletter abbestellen</a>',
    }),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'lettre-info-atelier-fr',
    htmlEnc: 'base64',
    cat: 'newsletter',
    lang: 'fr',
    date: '2025-03-20 09:30:00 +0100',
    from: 'Atelier Lumière <infos@atelier-lumiere.example>',
    to: 'Service Communication <communication@groupe-vernet.example>',
    subject: 'Nos réalisations de l\'hiver et les nouveautés du printemps',
    headers: bulk('https://atelier-lumiere.example/desinscription?u=vernet'),
    mailer: 'Valley CRM Campaigns',
    html: espA({
      title: 'Atelier Lumière – printemps 2025',
      brand: 'Atelier Lumière',
      accent: '#6d28d9',
      preheader: 'Fête des Lumières, gala Rhône-Alpes et une nouvelle gamme de projecteurs sur batterie.',
      webview: 'https://atelier-lumiere.example/lettre/2025-03',
      heroTitle: 'Un hiver bien rempli',
      heroText: 'Merci à tous nos clients pour cette saison. Vous trouverez ci-dessous quelques projets dont nous sommes fiers, et nos nouveautés pour les événements du printemps et de l\'été.',
      sections: [
        { h: 'Gala des entreprises Rhône-Alpes', p: '600 invités, une scène à 360° et une mise en lumière du Palais de la Bourse réalisée en une nuit.', link: { label: 'Voir les photos', href: 'https://atelier-lumiere.example/realisations/gala-2025' } },
        { h: 'Nouveau : projecteurs sur batterie', p: 'Idéal pour les jardins et les lieux sans alimentation électrique. Autonomie de 12 heures, pilotage sans fil.' },
        { h: 'Réservez tôt pour septembre', p: 'Les dates de rentrée partent vite. Pour toute réservation avant le 30 avril, la visite technique est offerte.' },
      ],
      address: 'Atelier Lumière SARL, 12 rue des Tanneurs, 69007 Lyon – SIRET 000 000 000 00000',
      prefs: 'https://atelier-lumiere.example/preferences?u=vernet',
      unsub: 'https://atelier-lumiere.example/desinscription?u=vernet',
      why: 'Vous recevez cette lettre car vous avez travaillé avec Atelier Lumière ou vous êtes inscrit sur notre site.',
    }),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'nieuwsbrief-installatie-nl',
    htmlEnc: 'base64',
    cat: 'newsletter',
    lang: 'nl',
    date: '2025-10-06 07:45:00 +0200',
    from: 'Van der Berg Installatietechniek <nieuws@vdberg-installatie.example>',
    to: 'Mark Jansen <m.jansen@jansen-accountants.example>',
    subject: 'Winterklaar: gratis inspectie cv-installatie bij onderhoudscontract',
    headers: bulk('https://vdberg-installatie.example/afmelden?k=jansen'),
    mailer: 'Valley CRM Campaigns',
    html: espB({
      lang: 'nl',
      title: 'Nieuwsbrief Van der Berg',
      brand: 'Van der Berg Installatietechniek',
      edition: 'Nieuwsbrief oktober',
      accent: '#ea580c',
      intro: 'Beste Mark, de eerste koude nachten komen eraan. Tijd om de installatie na te laten kijken.',
      items: [
        { kicker: 'Actie', title: 'Gratis inspectie bij een nieuw onderhoudscontract', href: 'https://vdberg-installatie.example/onderhoud', body: 'Sluit vóór 1 november een onderhoudscontract af en de eerste inspectie is gratis (normaal € 95,-).' },
        { kicker: 'Subsidie', title: 'ISDE 2026: wat verandert er?', href: 'https://vdberg-installatie.example/blog/isde-2026', body: 'De bedragen voor warmtepompen gaan omlaag. Wie dit jaar nog aanvraagt, krijgt het hogere bedrag.' },
        { kicker: 'Tip', title: 'Radiatoren ontluchten in vijf stappen', href: 'https://vdberg-installatie.example/blog/ontluchten', body: 'Scheelt gas en geborrel. Met een filmpje van onze monteur Kees.' },
      ],
      footer: 'Van der Berg Installatietechniek B.V., Kamp 40, 3811 AR Amersfoort. KvK 00000000. U ontvangt deze nieuwsbrief omdat u klant bij ons bent. <a href="https://vdberg-installatie.example/afmelden?k=jansen" style="color:#999">Afmelden</a>',
    }),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'boletin-distribuidor-es',
    htmlEnc: 'base64',
    cat: 'newsletter',
    lang: 'es',
    date: '2026-01-15 09:00:00 +0100',
    from: 'Distribuciones Ortega <boletin@ortega-distribuciones.example>',
    to: 'Compras <compras@talleres-beltran.example>',
    subject: 'Novedades de enero: tarifas 2026, nuevas marcas y horario de almacén',
    headers: bulk('https://ortega-distribuciones.example/baja?c=beltran'),
    mailer: 'Valley CRM Campaigns',
    html: espA({
      title: 'Boletín enero 2026',
      brand: 'Distribuciones Ortega',
      accent: '#065f46',
      preheader: 'Las tarifas 2026 ya están en el catálogo en línea.',
      webview: 'https://ortega-distribuciones.example/boletin/2026-01',
      heroTitle: 'Tarifas 2026 publicadas',
      heroText: 'Las nuevas tarifas entran en vigor el 1 de febrero. La subida media es del 2,8 %, y congelamos precios en toda la gama de frenos hasta junio.',
      cta: { label: 'Consultar catálogo', href: 'https://ortega-distribuciones.example/catalogo' },
      sections: [
        { h: 'Nuevas marcas', p: 'Incorporamos amortiguadores y kits de distribución de dos fabricantes europeos. Fichas técnicas disponibles en el catálogo.' },
        { h: 'Horario de almacén', p: 'Desde el 3 de febrero abrimos los sábados de 9:00 a 13:00 para recogidas.' },
      ],
      address: 'Distribuciones Ortega S.L., Polígono Malpica, calle E 12, 50016 Zaragoza',
      prefs: 'https://ortega-distribuciones.example/preferencias?c=beltran',
      unsub: 'https://ortega-distribuciones.example/baja?c=beltran',
      why: 'Recibe este correo porque es cliente de Distribuciones Ortega. Puede darse de baja en cualquier momento.',
    }),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'newsletter-arredo-it',
    htmlEnc: 'base64',
    cat: 'newsletter',
    lang: 'it',
    date: '2025-04-09 10:00:00 +0200',
    from: 'Ferri Forniture <newsletter@ferri-forniture.example>',
    to: 'Ufficio Acquisti <acquisti@studio-colombo.example>',
    subject: 'Nuova collezione uffici 2025 e sconto del 10% fino al 30 aprile',
    headers: bulk('https://ferri-forniture.example/disiscrizione?u=colombo'),
    mailer: 'Valley CRM Campaigns',
    html: espB({
      lang: 'it',
      title: 'Ferri Forniture - aprile',
      brand: 'Ferri Forniture',
      edition: 'Aprile 2025',
      accent: '#0e7490',
      intro: 'Gentile cliente, è arrivata la nuova collezione per uffici e sale riunioni.',
      items: [
        { kicker: 'Novità', title: 'Linea Brera: scrivanie regolabili in rovere', href: 'https://ferri-forniture.example/collezioni/brera', body: 'Regolazione elettrica, piano in rovere certificato FSC, disponibile in tre misure.' },
        { kicker: 'Promozione', title: '10% di sconto sugli ordini entro il 30 aprile', href: 'https://ferri-forniture.example/promo-aprile', body: 'Valido per aziende e studi professionali, sopralluogo e progettazione gratuiti.' },
      ],
      footer: 'Ferri Forniture S.r.l., Via Emilia Ovest 210, 41123 Modena - P.IVA 00000000000. Ricevi questa email perché sei cliente o ti sei iscritto sul nostro sito. <a href="https://ferri-forniture.example/disiscrizione?u=colombo" style="color:#999">Annulla iscrizione</a>',
    }),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'founder-letter-plain-text',
    cat: 'newsletter',
    date: '2025-12-18 11:00:00 -0800',
    from: 'Ana Ruiz (Tandem Coworking) <ana@tandem-coworking.example>',
    to: 'members@tandem-coworking.example',
    subject: 'A year at Tandem, and what changes in January',
    headers: bulk('https://tandem-coworking.example/newsletter/leave?m=all'),
    mailer: 'Valley CRM Campaigns',
    text: `Hi everyone,

It's been a big year. We opened the second floor in March, hosted 61 member events,
and somebody finally fixed the third-floor espresso machine (thank you, Sergio).

A few things change on 1 January:

* Day passes go from $25 to $30. Monthly hot-desk and dedicated desk prices stay the same.
* The 24/7 access pilot becomes permanent for dedicated desk members.
* Phone booths can be booked in 30-minute slots, max two hours a day, so everyone gets a turn.

We'll be closed 24-26 December and 1 January. The building is open on the 31st until 6pm.

Thank you for making this place what it is.

Ana
Tandem Coworking, 2210 N Williams Ave, Portland, OR 97227

You get this because you're a Tandem member. Leave the list:
https://tandem-coworking.example/newsletter/leave?m=all
`,
  },
  {
    slug: 'flash-sale-48-hours-inline',
    htmlOnly: true,
    cat: 'newsletter',
    date: '2025-06-12 09:00:00 +0100',
    from: 'Mosaic Print Co. <deals@mosaicprint.example>',
    to: 'marketing@tidewell-hr.example',
    subject: '48 hours only: 25% off roll-up banners',
    headers: bulk('https://mosaicprint.example/e/unsub?l=deals&id=4410'),
    mailer: 'Valley CRM Campaigns',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>48 hours only</title></head>
<body style="margin:0;background:#fff7ed">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="font-family:Trebuchet MS,Arial,sans-serif">
<tr><td align="center" style="padding:20px"><img src="cid:mosaic-logo" width="120" alt="Mosaic Print Co."></td></tr>
<tr><td align="center"><img src="cid:mosaic-banner" width="560" alt="25% off roll-up banners - 48 hours only" style="display:block"></td></tr>
<tr><td style="padding:20px 28px;font-size:16px;line-height:24px;color:#431407">
<p>Event season is coming. From now until <b>Saturday 14 June at 9am</b>, all roll-up banners are 25% off - including premium and double-sided stands.</p>
<p>Use code <b>ROLL25</b> at checkout. Orders placed by 2pm ship the next working day.</p>
<p style="text-align:center"><a href="https://mosaicprint.example/roll-up-banners?code=ROLL25" style="background:#ea580c;color:#fff;padding:12px 26px;text-decoration:none;border-radius:24px;font-weight:bold">Order now</a></p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#9a3412">Mosaic Print Co., 3300 Commerce St, Dallas, TX 75226. You're subscribed to Mosaic deals. <a href="https://mosaicprint.example/e/unsub?l=deals&amp;id=4410" style="color:#9a3412">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
`,
    inline: [
      { cid: 'mosaic-logo', name: 'logo.png', content: png(120, 40, (x, y) => ((x >> 3) + (y >> 3)) % 3 === 0 ? [234, 88, 12] : [255, 247, 237]) },
      { cid: 'mosaic-banner', name: 'banner-roll25.png', content: png(280, 100, (x, y) => (y < 50 ? [234, 88, 12] : [67, 20, 7])) },
    ],
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'customer-story-long-read',
    cat: 'newsletter',
    date: '2025-08-21 13:00:00 -0400',
    from: 'Tallyworks <stories@tallyworks.example>',
    to: 'Victor Alvarez <valvarez@alvarez-construction.example>',
    subject: 'How a 40-person electrical contractor closed its books in 4 days',
    headers: bulk('https://tallyworks.example/u/8f2a/stories'),
    mailer: 'Valley CRM Campaigns',
    html: espB({
      title: 'Tallyworks customer stories',
      brand: 'Tallyworks',
      edition: 'Customer stories',
      accent: '#7c3aed',
      intro:
        'When Lina Park took over as controller at Brightline Electric, month-end close took three weeks. Job costs were reconciled in a spreadsheet that only one person understood, and project managers learned about overruns after the job was finished.',
      items: [
        { kicker: 'The problem', title: 'Three systems, no single number', href: 'https://tallyworks.example/stories/brightline#problem', body: 'Timesheets lived in one app, purchase orders in another, and the general ledger in QuickBooks Desktop. "We were always reconciling, never analysing," Lina says.' },
        { kicker: 'What changed', title: 'Foremen log hours against cost codes on site', href: 'https://tallyworks.example/stories/brightline#change', body: 'Crews enter time on their phones at the end of each day. Purchase orders are matched automatically against supplier invoices, and anything over 5% variance is flagged to the PM.' },
        { kicker: 'The result', title: 'Close in four days, overruns caught mid-job', href: 'https://tallyworks.example/stories/brightline#result', body: 'Brightline now closes the month in four working days. In the first six months, PMs caught three jobs trending over budget early enough to issue change orders - worth about $86,000.' },
      ],
      outro: 'Want to see how this would look for Alvarez Construction? Reply to this email and Rachel will set up a walkthrough with your own data.',
      footer: 'Tallyworks, Inc. &middot; 675 Ponce de Leon Ave NE, Atlanta, GA 30308 &middot; <a href="https://tallyworks.example/u/8f2a/stories" style="color:#999">Unsubscribe from customer stories</a>',
    }),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'wholesale-catalogue-pdf',
    cat: 'newsletter',
    date: '2026-02-02 08:15:00 +0000',
    from: 'Greenfold Packaging <trade@greenfold-packaging.example>',
    to: 'Purchasing <purchasing@kingfisher-foods.example>',
    subject: '2026 trade catalogue attached (prices held until 31 March)',
    headers: bulk('https://greenfold-packaging.example/unsubscribe?t=trade&c=kingfisher'),
    mailer: 'Valley CRM Campaigns',
    text: `Hello from Greenfold,

Our 2026 trade catalogue is attached. Good news first: we're holding 2025 prices on all
corrugated boxes until 31 March, and the new plastic-free mailer range starts at 23p
per unit for 1,000+.

New this year:
  - FSC-certified tape and void fill
  - 48-hour turnaround on printed boxes (one colour) for orders under 5,000
  - a returns-friendly mailer with a second adhesive strip

Questions or a sample pack? Reply here or call the trade desk on 0161 555 0119.

Greenfold Packaging Ltd, Mill 3, Pollard Street, Manchester M4 7AJ
Unsubscribe from trade mailings: https://greenfold-packaging.example/unsubscribe?t=trade&c=kingfisher
`,
    att: [
      {
        name: 'Greenfold_Trade_Catalogue_2026.pdf',
        type: 'application/pdf',
        content: pdf('Greenfold Packaging - Trade Catalogue 2026', [], {
          pages: [
            { title: 'Greenfold Packaging - Trade Catalogue 2026', lines: ['Corrugated boxes, mailers, tape, void fill', 'Prices valid until 31 March 2026, excluding VAT'] },
            { title: 'Corrugated boxes', lines: ['BX-100 300x200x150 single wall ...... 0.48 GBP (1,000+)', 'BX-140 400x300x250 double wall ...... 1.09 GBP (1,000+)', 'BX-200 600x400x400 double wall ...... 1.86 GBP (500+)'] },
            { title: 'Mailers and consumables', lines: ['MAIL-A4 plastic-free mailer .......... 0.23 GBP (1,000+)', 'TAPE-P paper tape 50mm x 50m ......... 2.45 GBP', 'FILL-10 void fill paper 10kg ......... 15.50 GBP'] },
          ],
        }),
      },
    ],
  },
  {
    slug: 'webinar-recap-youtube',
    cat: 'newsletter',
    date: '2025-05-29 16:30:00 -0400',
    from: 'Ridgeline IT Services <news@ridgeline-it.example>',
    to: 'Angela Ruiz <aruiz@ruiz-family-law.example>',
    subject: 'Recording: "5 phishing emails we caught this spring"',
    headers: bulk('https://ridgeline-it.example/newsletter/unsubscribe?id=ar-301'),
    mailer: 'Valley CRM Campaigns',
    html: `<div style="max-width:560px;font-family:Arial,sans-serif;font-size:15px;line-height:1.55;color:#1f2937">
<p>Hi Angela,</p>
<p>Thanks to the 70-odd people who joined last week's lunch-and-learn. If you missed it, the recording is up:</p>
<p><a href="https://www.youtube.com/watch?v=q3Xk9LmP0aE"><b>&#9654; Watch: 5 phishing emails we caught this spring (24 min)</b></a></p>
<p>The short version of what we covered:</p>
<ul>
<li>The fake "DocuSign" email that used a real, compromised vendor mailbox</li>
<li>Why a QR code in an email from "IT" should always make you pause</li>
<li>Invoice redirection: a reply in an existing thread asking to change bank details</li>
<li>How to check where a link really goes before you click</li>
</ul>
<p>Slides are here: <a href="https://ridgeline-it.example/resources/phishing-spring-2025.pdf">phishing-spring-2025.pdf</a></p>
<p>Stay safe,<br>The Ridgeline team</p>
<p style="font-size:12px;color:#6b7280">Ridgeline IT Services, 2202 N Westshore Blvd, Tampa, FL 33607 &middot; <a href="https://ridgeline-it.example/newsletter/unsubscribe?id=ar-301" style="color:#6b7280">Unsubscribe</a></p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'holiday-closure-notice',
    htmlOnly: true,
    cat: 'newsletter',
    date: '2025-12-15 10:00:00 +0100',
    from: 'Ferri Forniture <newsletter@ferri-forniture.example>',
    to: 'Ufficio Acquisti <acquisti@studio-colombo.example>',
    lang: 'it',
    subject: 'Chiusura per le festività e consegne di gennaio',
    headers: bulk('https://ferri-forniture.example/disiscrizione?u=colombo'),
    mailer: 'Valley CRM Campaigns',
    html: `<p>Gentile cliente,</p>
<p>vi informiamo che showroom e magazzino resteranno chiusi dal <b>24 dicembre al 6 gennaio</b>. Gli ordini ricevuti dopo il 17 dicembre saranno consegnati a partire dal 12 gennaio.</p>
<p>Per urgenze durante la chiusura potete scrivere a assistenza@ferri-forniture.example.</p>
<p>Buone feste da tutto il team Ferri!</p>
<p style="font-size:11px;color:#888">Ferri Forniture S.r.l., Via Emilia Ovest 210, 41123 Modena &middot; <a href="https://ferri-forniture.example/disiscrizione?u=colombo">Annulla iscrizione</a></p>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'loyalty-points-expiring',
    cat: 'newsletter',
    date: '2025-12-02 08:00:00 -0800',
    from: 'Copperline Coffee Rewards <rewards@copperline-coffee.example>',
    to: 'office@tandem-coworking.example',
    subject: 'Your 1,240 reward points expire on 31 December',
    headers: bulk('https://lists.copperline-coffee.example/unsub?e=office%40tandem-coworking.example&l=rewards'),
    mailer: 'Valley CRM Campaigns',
    html: `<div style="font-family:Helvetica,Arial,sans-serif;max-width:520px;color:#3f2a1d">
<h2 style="color:#8a4b2d">Use them before they go</h2>
<p>Tandem Coworking has <b>1,240 points</b> on its wholesale rewards account. Points earned in 2024 expire on <b>31 December 2025</b>.</p>
<p>1,240 points = <b>$62 off</b> your next order, or a free 5 lb bag of any single origin plus a mug set.</p>
<p><a href="https://www.copperline-coffee.example/account/rewards" style="color:#8a4b2d;font-weight:bold">Redeem in your account</a> (you'll need to sign in).</p>
<p style="font-size:12px;color:#8c7b70">Copperline Coffee Roasters, 1818 SE Division St, Portland, OR 97202. <a href="https://lists.copperline-coffee.example/unsub?e=office%40tandem-coworking.example&amp;l=rewards" style="color:#8c7b70">Unsubscribe from rewards emails</a></p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'quarterly-market-report-chart',
    cat: 'newsletter',
    date: '2025-07-10 07:00:00 -0500',
    from: 'Pinecrest Solar <insights@pinecrest-solar.example>',
    to: 'facilities@redhawk-cold-storage.example',
    subject: 'Q2 commercial energy report: utility rates up 9.4% year over year',
    headers: bulk('https://pinecrest-solar.example/email/optout?r=redhawk'),
    mailer: 'Valley CRM Campaigns',
    html: `<div style="font-family:Arial,sans-serif;max-width:580px;font-size:14px;line-height:1.6;color:#222">
<h2 style="font-size:20px">Commercial energy report &ndash; Q2 2025</h2>
<p>Average commercial electricity rates in California rose 9.4% year over year in Q2, with demand charges rising faster than energy charges for the third quarter in a row.</p>
<p><img src="cid:rates-chart" alt="Bar chart: average commercial rate by quarter, Q3 2024 to Q2 2025" width="190"></p>
<p>What this means for facilities with large daytime loads: the value of every kWh produced on site keeps growing, and battery storage is now paying back in under eight years on many tariffs.</p>
<p><a href="https://pinecrest-solar.example/reports/q2-2025">Read the full report</a></p>
<p style="font-size:11px;color:#888">Pinecrest Solar Inc., 4501 W Shaw Ave, Fresno, CA 93722. <a href="https://pinecrest-solar.example/email/optout?r=redhawk">Opt out</a> of reports.</p>
</div>
`,
    inline: [{ cid: 'rates-chart', name: 'rates-chart.png', content: barChart([21, 22, 23, 23, 25], [234, 179, 8]) }],
    get text() {
      return toText(this.html);
    },
  },
];
