'use strict';
// Ham (second batch): newsletters from small firms (own templates and the Valley CRM
// editor), event invitations (some with "limited seats") and discount offers. All have
// an unsubscribe link and a postal address; some have a hidden preheader, some use
// click-tracking links whose visible text shows the company's own domain.
const { esc } = require('../lib/html.cjs');
const { crmNewsletter } = require('../lib/crm.cjs');

// Small-firm newsletter template (not Valley CRM). Links listed in `links` are rewritten
// to the sender's own click-tracking host when `track` is set; the visible text keeps
// the real destination.
function ownNl(o) {
  let n = 0;
  const t = (url) => (o.track ? `https://${o.track}/c/${o.token}/${++n}?u=${encodeURIComponent(url)}` : url);
  const blocks = o.blocks
    .map((b) => {
      const link = b.link ? `<p style="margin:8px 0 0 0"><a href="${t(b.link)}" style="color:${o.color}">${esc(b.linkText || b.link.replace(/^https:\/\//, ''))}</a></p>` : '';
      const img = b.imgCid ? `<img src="cid:${b.imgCid}" width="120" height="90" alt="" style="float:right;margin-left:12px">` : '';
      return `<tr><td style="padding:16px 26px;border-bottom:1px solid #eee">${img}<h3 style="margin:0 0 6px 0;font-size:17px;color:#222">${esc(b.title)}</h3><p style="margin:0;font-size:15px;line-height:22px;color:#444">${b.body}</p>${link}</td></tr>`;
    })
    .join('\n');
  const unsub = `https://${o.domain}/newsletter/unsubscribe?e=${o.token}`;
  const html = `<!DOCTYPE html>
<html lang="${o.lang || 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(o.subject)}</title></head>
<body style="margin:0;background:#f6f4f0;font-family:Georgia,'Times New Roman',serif">
${o.preheader ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;color:#f6f4f0">${esc(o.preheader)}&#8204;&nbsp;&#8204;&nbsp;&#8204;&nbsp;</div>` : ''}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 8px">
<table role="presentation" width="580" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:18px 26px;background:${o.color};color:#fff;font-size:22px">${o.logoCid ? `<img src="cid:${o.logoCid}" width="96" height="32" alt="${esc(o.company)}">` : esc(o.company)}</td></tr>
<tr><td style="padding:20px 26px 6px 26px;font-size:15px;line-height:22px;color:#333">${o.intro}</td></tr>
${blocks}
<tr><td style="padding:18px 26px;font-size:12px;line-height:18px;color:#888">${esc(o.footer)}<br>${esc(o.address)}<br><a href="${unsub}" style="color:#888">${esc(o.unsubText || 'Unsubscribe')}</a></td></tr>
</table></td></tr></table>
${o.pixel ? `<img src="https://${o.track || o.domain}/o/${o.token}.gif" width="1" height="1" alt="">` : ''}
</body></html>
`;
  return {
    html,
    unsub,
    headers: [
      ['List-Unsubscribe', `<${unsub}>, <mailto:unsubscribe@${o.domain}?subject=unsubscribe>`],
      ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
      ['Precedence', 'bulk'],
    ],
  };
}

function nl(o) {
  const r = crmNewsletter(o);
  return {
    slug: o.slug,
    cat: o.cat || 'crm-newsletter',
    from: o.from,
    to: o.to,
    subject: o.subject,
    date: o.date,
    text: r.text,
    html: r.html,
    htmlEnc: 'quoted-printable',
    headers: r.headers,
    related: o.related,
    midDomain: 'valley.example',
    boundaryStyle: 3,
  };
}

const marisol = ownNl({
  company: 'Marisol Cerámica',
  domain: 'marisol-ceramica.example',
  token: 'mc-77120',
  color: '#b5651d',
  lang: 'es',
  subject: 'Novedades de primavera en el taller',
  logoCid: 'logo@marisol',
  preheader: 'Tres esmaltes nuevos y fechas de visita al taller en abril',
  intro: 'Hola,<br><br>la primavera llega al taller con tres esmaltes nuevos y, por fin, horno nuevo. Os contamos las novedades.',
  blocks: [
    { title: 'Tres esmaltes nuevos', body: 'Verde oliva, azul Albufera y un blanco roto que nos encanta para cocinas.', link: 'https://marisol-ceramica.example/esmaltes-2026', imgCid: 'tiles@marisol' },
    { title: 'Visitas al taller', body: 'Los sábados de abril abrimos el taller de 10 a 13 h. Plazas limitadas a 12 personas por visita.', link: 'https://marisol-ceramica.example/visitas' },
  ],
  footer: 'Recibes este correo porque pediste muestras o presupuesto a Marisol Cerámica.',
  address: 'Marisol Cerámica SL, Calle Alfareros 12, 46001 Valencia, España (ficticio)',
  unsubText: 'Darse de baja',
});
const polar = ownNl({
  company: 'Polar Route Telematics',
  domain: 'polarroute.example',
  track: 'click.polarroute.example',
  token: 'pr-44120',
  color: '#0d3b66',
  subject: 'Polar Route product update: door sensors, API v3 and a new Oslo depot',
  logoCid: 'logo@polarroute',
  preheader: 'Door-open alerts are live for all customers',
  pixel: true,
  intro: 'Hello,<br><br>here is what changed in Polar Route this quarter.',
  blocks: [
    { title: 'Door-open alerts', body: 'Loggers paired with a door sensor now send an alert if a cold box stays open longer than you allow.', link: 'https://polarroute.example/features/door-alerts' },
    { title: 'API v3', body: 'Webhooks for temperature excursions and a new bulk export endpoint. v2 keeps working until March 2027.', link: 'https://polarroute.example/docs/api/v3' },
    { title: 'New depot in Oslo', body: 'Replacement loggers for Norwegian customers now ship the next working day.', link: 'https://polarroute.example/news/oslo-depot' },
  ],
  footer: 'You are receiving this because you are a Polar Route customer or asked for product news.',
  address: 'Polar Route Telematics AS, Havnegata 9, 0150 Oslo, Norway (fictional)',
});

module.exports = [
  // ---- newsletters (own templates / other tools) ----
  {
    slug: 'nl-marisol-spanish-preheader',
    cat: 'newsletter',
    from: 'Marisol Cerámica <hola@marisol-ceramica.example>',
    to: 'Jenny Holloway <jenny@hollowayfarm.example>',
    subject: 'Novedades de primavera en el taller',
    date: '2026-03-24 09:00 +0100',
    html: marisol.html,
    autoText: true,
    headers: marisol.headers,
    related: [{ key: 'logo-marisol', cid: 'logo@marisol' }, { key: 'photo-tiles', cid: 'tiles@marisol' }],
  },
  {
    slug: 'nl-polarroute-tracked-links',
    cat: 'newsletter',
    from: 'Polar Route Telematics <news@polarroute.example>',
    to: 'Rosa Jimenez <events@summitcatering.example>',
    subject: 'Polar Route product update: door sensors, API v3 and a new Oslo depot',
    date: '2026-04-02 08:30 +0200',
    html: polar.html,
    autoText: true,
    headers: polar.headers.concat([['List-Id', 'Polar Route product news <product.polarroute.example>']]),
    related: [{ key: 'logo-polarroute', cid: 'logo@polarroute' }],
  },
  {
    slug: 'nl-vos-dutch-plaintext',
    cat: 'newsletter',
    from: 'Bakkerij Vos <nieuws@bakkerij-vos.example>',
    to: 'Sanne de Vries <sanne@groenveld.example>',
    subject: 'Nieuws van Bakkerij Vos: kerstbestellingen en nieuwe spelt-broodjes',
    date: '2025-11-17 07:30 +0100',
    headers: [
      ['List-Unsubscribe', '<https://bakkerij-vos.example/nieuwsbrief/afmelden?e=gv-2211>'],
      ['Precedence', 'bulk'],
    ],
    text: `Beste zakelijke klant,

KERSTBESTELLINGEN
Wilt u kerststol of banketstaven voor uw personeel? Bestel vóór 12 december, dan
bezorgen we in de week van 15 december. Vanaf 20 stuks 10% korting.
Bestellen: https://bakkerij-vos.example/zakelijk/kerst

NIEUW: SPELT-BROODJES
Vanaf januari kunt u bij de lunchbroodjes ook kiezen voor spelt, zonder meerprijs.

OPENINGSTIJDEN FEESTDAGEN
24 december tot 14:00, 25 en 26 december gesloten.

Hartelijke groet,
Ingrid en het team van Bakkerij Vos

--
Bakkerij Vos BV, Kerkstraat 41, 3511 Utrecht (fictief)
U ontvangt deze nieuwsbrief omdat u zakelijke klant bent.
Afmelden: https://bakkerij-vos.example/nieuwsbrief/afmelden?e=gv-2211
`,
  },
  {
    slug: 'nl-pottery-studio-short',
    cat: 'newsletter',
    from: 'Hettie at Lowe Pottery <studio@lowepottery.example>',
    to: 'Hannah Moss <hannah@bramblecoffee.example>',
    subject: 'Studio news: kiln day, trade seconds sale, and a thank-you',
    date: '2026-04-17 17:00 +0100',
    headers: [['List-Unsubscribe', '<https://lowepottery.example/unsubscribe?id=hm-18>'], ['Precedence', 'list']],
    html: `<html><body style="font-family:Georgia,serif;color:#333;max-width:560px;margin:auto;padding:16px">
<div style="display:none;max-height:0;overflow:hidden">Trade seconds at 40% off, this weekend only</div>
<p>Hello from the studio,</p>
<p>A quick one this month. The new kiln is in and the first firing was a success (a relief!). To make room, we're selling <b>trade seconds at 40% off</b> this Saturday and Sunday - cups with tiny glaze flaws, perfect for busy cafés.</p>
<p>Trade customers can reserve a box in advance: <a href="https://lowepottery.example/trade/seconds">lowepottery.example/trade/seconds</a></p>
<p>And a big thank-you to Bramble Coffee, whose new café cups you may have spotted on Instagram.</p>
<p>Hettie</p>
<hr style="border:0;border-top:1px solid #ddd">
<p style="font-size:11px;color:#999">Lowe Pottery, Unit 3 Canal Yard, Stroud GL5 (fictional) &middot; <a href="https://lowepottery.example/unsubscribe?id=hm-18" style="color:#999">Unsubscribe</a></p>
</body></html>
`,
    autoText: true,
  },
  {
    slug: 'nl-italian-ferramenta-novita',
    cat: 'newsletter',
    from: 'Ferramenta Galli <newsletter@ferramenta-galli.example>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'Novità di marzo: nuovi cricchetti e corso sul fissaggio del carico',
    date: '2026-03-05 08:15 +0100',
    headers: [['List-Unsubscribe', '<https://ferramenta-galli.example/disiscrizione?c=rt-31>'], ['Precedence', 'bulk']],
    html: `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f2f2f2;margin:0">
<div style="display:none;max-height:0;overflow:hidden">Corso gratuito il 26 marzo - posti limitati</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px">
<table width="580" cellpadding="18" cellspacing="0" style="background:#fff">
<tr><td style="background:#a31621;color:#fff;font-size:20px"><b>Ferramenta Galli</b> &middot; Notizie per le aziende</td></tr>
<tr><td style="font-size:14px;line-height:21px;color:#333">
<p>Buongiorno,</p>
<p><b>Nuovi cricchetti da 5 tonnellate</b> con leva lunga, certificati EN 12195-2, disponibili da aprile.</p>
<p><b>Corso gratuito sul fissaggio del carico</b> giovedì 26 marzo alle 17:30 nel nostro magazzino. Posti limitati a 20 partecipanti: <a href="https://click.ferramenta-galli.example/r/rt-31/corso">ferramenta-galli.example/corso-fissaggio</a></p>
<p>Come sempre, per ordini sopra i 500 EUR la consegna in provincia è gratuita.</p>
<p>Paolo Galli</p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Ferramenta Galli Srl, Via dei Mille 18, 24122 Bergamo (fittizio). Ricevi questa email perché sei cliente. <a href="https://ferramenta-galli.example/disiscrizione?c=rt-31" style="color:#888">Annulla iscrizione</a></td></tr>
</table></td></tr></table></body></html>
`,
    text: `Buongiorno,

Nuovi cricchetti da 5 tonnellate con leva lunga, certificati EN 12195-2, disponibili
da aprile.

Corso gratuito sul fissaggio del carico giovedì 26 marzo alle 17:30 nel nostro
magazzino. Posti limitati a 20 partecipanti:
https://click.ferramenta-galli.example/r/rt-31/corso

Per ordini sopra i 500 EUR la consegna in provincia è gratuita.

Paolo Galli

--
Ferramenta Galli Srl, Via dei Mille 18, 24122 Bergamo (fittizio)
Annulla iscrizione: https://ferramenta-galli.example/disiscrizione?c=rt-31
`,
  },
  {
    slug: 'nl-french-lefevre-collection',
    cat: 'newsletter',
    from: 'Maison Lefèvre <actualites@maison-lefevre.example>',
    to: 'Lena Hoffmann <l.hoffmann@auerbach-kliniken.example>',
    subject: 'Maison Lefèvre : nouvelle gamme antimicrobienne et délais d’hiver',
    date: '2025-12-02 10:00 +0100',
    headers: [['List-Unsubscribe', '<https://maison-lefevre.example/desabonnement?c=ak-09>']],
    text: `Bonjour,

Voici les nouvelles de l’atelier pour cet hiver.

NOUVELLE GAMME ANTIMICROBIENNE
Nos draps traités aux ions d’argent sont désormais disponibles en 90 x 200 et
160 x 200. Fiche technique : https://maison-lefevre.example/gamme/antimicrobienne

DÉLAIS DE FIN D’ANNÉE
Les commandes passées avant le 12 décembre seront livrées avant les fêtes. L’atelier
est fermé du 24 décembre au 2 janvier.

Merci pour votre confiance et belles fêtes de fin d’année,
Mathilde Lefèvre

--
Maison Lefèvre SARL, 7 rue des Tanneurs, 69001 Lyon, France (fictif)
Vous recevez ce message en tant que client professionnel.
Se désabonner : https://maison-lefevre.example/desabonnement?c=ak-09
`,
  },
  {
    slug: 'nl-german-brightline-sprachen',
    cat: 'newsletter',
    from: 'Brightline Translation Services <news@brightline-translate.example>',
    to: 'Jan Osterhagen <j.osterhagen@osterhagen-mb.example>',
    subject: 'Brightline Kundeninfo: Maschinenverordnung 2027 und neue Sprachen',
    date: '2026-01-27 09:00 +0100',
    headers: [['List-Unsubscribe', '<https://brightline-translate.example/abmelden?k=om-4471>'], ['Precedence', 'bulk']],
    html: `<html><body style="font-family:Arial;font-size:14px;color:#222;max-width:600px">
<span style="display:none;font-size:0;max-height:0;overflow:hidden">Was die neue EU-Maschinenverordnung für Ihre Betriebsanleitungen bedeutet</span>
<h2 style="color:#1d4e89">Kundeninfo Januar 2026</h2>
<p>Sehr geehrte Kundinnen und Kunden,</p>
<p><b>Maschinenverordnung (EU) 2023/1230:</b> Ab Januar 2027 dürfen Betriebsanleitungen digital bereitgestellt werden – auf Anfrage muss aber weiterhin eine Papierfassung geliefert werden. Wir haben die wichtigsten Punkte auf einer Seite zusammengefasst: <a href="https://brightline-translate.example/wissen/maschinenverordnung">brightline-translate.example/wissen/maschinenverordnung</a></p>
<p><b>Neue Sprachen:</b> Ab sofort übersetzen wir auch ins Ukrainische und Vietnamesische.</p>
<p>Mit freundlichen Grüßen<br>Ihr Brightline-Team</p>
<p style="font-size:11px;color:#777">Brightline Translation Services GmbH, Hafenstraße 5, 20457 Hamburg (fiktiv) &middot; <a href="https://brightline-translate.example/abmelden?k=om-4471">Abmelden</a></p>
</body></html>
`,
    autoText: true,
  },
  {
    slug: 'nl-plaintext-freight-digest',
    cat: 'newsletter',
    from: 'Marta Kowalczyk <marta.kowalczyk@baltic-freightworks.example>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Freight Audit Notes #12: duplicate fuel surcharges are back',
    date: '2026-02-12 07:05 +0100',
    headers: [['List-Unsubscribe', '<https://baltic-freightworks.example/notes/unsubscribe?s=dw-12>'], ['List-Id', 'Freight Audit Notes <notes.baltic-freightworks.example>']],
    text: `Freight Audit Notes #12 - February 2026

Hi all,

Three things we saw in January invoices:

1) Duplicate fuel surcharges are back. Two carriers applied the January surcharge
   table on top of an all-in rate. Check any invoice where the fuel line is exactly
   the same percentage as December.

2) "Waiting time" billed for deliveries with a booked slot. If your POD shows
   arrival inside the slot, dispute it.

3) Currency conversion dated on invoice date instead of shipment date. Small per
   shipment, large over a year.

As always, reply if you'd like us to check a batch of invoices for free.

Marta

--
You're getting this because you signed up at a Baltic Freightworks event.
Unsubscribe: https://baltic-freightworks.example/notes/unsubscribe?s=dw-12
Baltic Freightworks Sp. z o.o., ul. Długa 10, 80-827 Gdańsk, Poland (fictional)
`,
  },
  // ---- newsletters sent with the Valley CRM editor (tracked links, own-domain text) ----
  nl({
    slug: 'crm-nl-ridgeway-solar-tracked',
    from: 'Ridgeway Solar <news@ridgeway-solar.example>',
    to: 'Jenny Holloway <jenny@hollowayfarm.example>',
    subject: 'Jenny, your panels produced 4.1 MWh last year - here\u2019s how that compares',
    firstName: 'Jenny',
    company: 'Ridgeway Solar',
    color: '#f9a825',
    token: 'rs-99120',
    trackLinks: true,
    pixel: true,
    listName: 'Ridgeway Solar customers',
    listSlug: 'customers.ridgeway-solar',
    campaign: 'cmp_1203',
    workspace: 'ws_ridgeway',
    preheader: 'Your annual generation report and spring service slots',
    intro: ['Your annual generation report is ready. In short: your system did slightly better than we predicted.'],
    sections: [
      { title: 'Your 2025 in numbers', body: '4.1 MWh generated, about 68% used on site. That saved roughly GBP 1,150 on electricity.', link: 'https://ridgeway-solar.example/my/report-2025', showUrl: true },
      { title: 'Spring panel clean and check', body: 'We have service slots from April. Customers with batteries get a free firmware update during the visit.', link: 'https://ridgeway-solar.example/service', showUrl: true },
    ],
    cta: { label: 'Book a service slot', url: 'https://ridgeway-solar.example/service/book' },
    signoff: ['Thanks,', 'Tom and the Ridgeway team'],
    address: 'Ridgeway Solar Installers Ltd, 3 Downs Road, Swindon SN1 (fictional)',
    date: '2026-02-05 10:00 +0000',
  }),
  nl({
    slug: 'crm-nl-guardrail-callback-phishing-tip',
    from: 'Guardrail Training <tips@guardrail-training.example>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Martin, this month\u2019s tip: fake renewal emails that just give a phone number',
    firstName: 'Martin',
    company: 'Guardrail Training',
    color: '#37474f',
    token: 'gt-30017',
    trackLinks: true,
    listName: 'Monthly security tip',
    listSlug: 'tips.guardrail-training',
    campaign: 'cmp_2290',
    workspace: 'ws_guardrail',
    preheader: 'No link, no attachment - just a phone number. Here is why that is the trick.',
    intro: ['This month\u2019s scam is sneaky because there is nothing to click. The email says your antivirus or "Geek Squad" plan renewed for $400 and asks you to call a number to cancel. On the phone, the "agent" asks you to install remote-access software for the refund.'],
    sections: [
      { title: 'How to spot it', body: 'You never bought the product; the sender is a free-mail address; the only way out is a phone number; there is a short deadline.', link: 'https://guardrail-training.example/tips/callback-phishing', showUrl: true },
      { title: 'What to tell your team', body: 'Don\u2019t call numbers from unexpected invoices. Check the subscription in the real app or card statement, and forward the email to IT.', link: 'https://guardrail-training.example/posters/callback', cta: 'Download the poster' },
    ],
    signoff: ['Stay safe,', 'Kelechi at Guardrail'],
    address: 'Guardrail Training LLC, 400 W Madison St, Chicago IL (fictional)',
    date: '2026-03-10 09:00 -0500',
  }),
  nl({
    slug: 'crm-nl-vance-workshop-limited-seats',
    cat: 'event',
    from: 'Harriet Vance <harriet@vance-pricing.example>',
    to: 'Mia Schultz <mia.schultz@quillfield.example>',
    subject: 'In-person pricing workshop in London - 14 seats',
    firstName: 'Mia',
    company: 'Vance Pricing',
    color: '#6a1b9a',
    token: 'vp-5521',
    trackLinks: true,
    listName: 'Pricing Notes',
    listSlug: 'notes.vance-pricing',
    campaign: 'cmp_3301',
    workspace: 'ws_vance',
    preheader: 'Thursday 11 June, Clerkenwell - lunch included',
    intro: ['I\u2019m running one in-person version of the pricing masterclass this year, for founders and finance leads of B2B software companies.'],
    headline: 'Pricing workshop - Thursday 11 June, London',
    sections: [
      { title: 'What we\u2019ll do', body: 'Bring your current price page. We\u2019ll rebuild your packaging in small groups and test it against three real customer profiles.', link: 'https://vance-pricing.example/workshop-june', showUrl: true },
      { title: 'Practical details', body: '09:30-16:00 at The Foundry, Clerkenwell. GBP 390 + VAT, lunch included. Seats are limited to 14 so everyone gets proper feedback.' },
    ],
    cta: { label: 'Reserve a seat', url: 'https://vance-pricing.example/workshop-june/register' },
    signoff: ['Harriet'],
    address: 'Vance Pricing Ltd, 12 Old Street, London EC1 (fictional)',
    date: '2026-04-28 07:30 +0100',
  }),
  nl({
    slug: 'crm-nl-summit-catering-spring-offer',
    cat: 'promo',
    from: 'Summit Catering Co. <hello@summitcatering.example>',
    to: 'Sophie Ng <sophie.ng@kestrelbio.example>',
    subject: 'Sophie, 15% off team lunches booked before 30 April',
    firstName: 'Sophie',
    company: 'Summit Catering Co.',
    color: '#2e7d32',
    token: 'sc-8812',
    trackLinks: true,
    pixel: true,
    listName: 'Summit Catering office news',
    listSlug: 'office.summitcatering',
    campaign: 'cmp_0417',
    workspace: 'ws_summit',
    preheader: 'New spring menu, including three vegan mains',
    intro: ['Our spring menu is out, and for office clients we\u2019re taking 15% off any team lunch for 20+ people booked before 30 April (for any date until the end of June).'],
    sections: [
      { title: 'New on the menu', body: 'Grilled halloumi and farro bowls, a Thai green curry (vegan) and a lemon-herb chicken tray bake.', link: 'https://summitcatering.example/menus/spring-2026', showUrl: true },
      { title: 'How to get the discount', body: 'Mention SPRING15 when you book by email or phone. Nothing to click.' },
    ],
    signoff: ['See you soon,', 'Rosa and the Summit team'],
    address: 'Summit Catering Co., 14 Ridge Road, Denver CO 80205 (fictional)',
    date: '2026-04-07 11:00 -0600',
  }),
  // ---- event invitations ----
  {
    slug: 'event-breakfast-limited-seats-ics',
    cat: 'event',
    from: 'Ironbridge Insurance Events <events@ironbridge-insure.example>',
    to: 'Ben Carter <ben@anvil-oak.example>',
    subject: 'Invitation: fleet risk breakfast, 21 May - 30 seats',
    date: '2026-04-22 10:00 +0100',
    html: 'outlook',
    text: `Dear Ben,

You're invited to our spring fleet risk breakfast for business customers:

Thursday 21 May 2026, 08:30 - 10:00
The Quayside Rooms, Bristol

Agenda:
- What insurers look at in telematics data (and what they ignore)
- Driver claims trends 2025, with our claims manager
- Q&A over breakfast

Seats are limited to 30, so please accept the attached calendar invitation or reply
to this email to confirm your place. There is no charge.

Kind regards,
Derek Mulligan
Ironbridge Insurance Brokers
Ironbridge Insurance Brokers Ltd, 2 Temple Quay, Bristol BS1 (fictional)
`,
    att: [{ key: 'ics-breakfast', type: 'text/calendar; method=REQUEST' }],
  },
  {
    slug: 'event-registration-qr-ticket',
    cat: 'event',
    from: 'Polar Route Events <events@polarroute.example>',
    to: 'Rosa Jimenez <events@summitcatering.example>',
    subject: 'Your ticket: Cold Chain Day Oslo, 4 June 2026',
    date: '2026-05-12 13:22 +0200',
    html: `<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;background:#eef2f7;margin:0;padding:20px">
<table width="560" align="center" cellpadding="22" style="background:#fff;border-radius:6px">
<tr><td>
<p style="font-size:20px;color:#0d3b66;margin-top:0"><b>Cold Chain Day Oslo</b></p>
<p>Hi Rosa, you're registered. Show this QR code at the entrance (on your phone or printed).</p>
<p style="text-align:center"><img src="cid:ticket@polarroute" width="148" height="148" alt="Ticket PR26-0431"></p>
<p style="text-align:center;font-size:13px;color:#555">Ticket PR26-0431 &middot; Rosa Jimenez, Summit Catering Co.</p>
<p><b>Thursday 4 June 2026</b>, 09:00-17:00<br>Havnelageret, Oslo</p>
<p>Agenda and hotel discount: <a href="https://events.polarroute.example/coldchainday/agenda">events.polarroute.example/coldchainday</a></p>
<p style="font-size:11px;color:#888">Can't come? Please cancel so someone on the waiting list can have your seat: <a href="https://events.polarroute.example/t/PR26-0431-7781/cancel">cancel my ticket</a>.<br>Polar Route Telematics AS, Havnegata 9, 0150 Oslo (fictional)</p>
</td></tr></table></body></html>
`,
    autoText: true,
    related: [{ key: 'qr-ticket', cid: 'ticket@polarroute' }],
  },
  {
    slug: 'event-open-house-german-limited',
    cat: 'event',
    from: 'Weber Drucklufttechnik <veranstaltungen@weber-druckluft.example>',
    to: 'Jan Osterhagen <j.osterhagen@osterhagen-mb.example>',
    subject: 'Einladung: Tag der offenen Werkstatt am 18. April (begrenzte Plätze)',
    date: '2026-03-18 14:00 +0100',
    headers: [['List-Unsubscribe', '<https://weber-druckluft.example/abmelden?k=om-18>']],
    text: `Sehr geehrter Herr Osterhagen,

am Samstag, 18. April, öffnen wir unsere Werkstatt in Bielefeld von 10 bis 15 Uhr.

- Live-Vorführung: Leckageortung mit Ultraschall
- Wärmerückgewinnung aus Kompressoren – Vortrag um 11 Uhr
- Imbiss und Getränke

Für die Vorführungen ist die Teilnehmerzahl auf 40 Personen begrenzt. Bitte melden
Sie sich bis 10. April an: https://weber-druckluft.example/werkstatttag

Mit freundlichen Grüßen
Thomas Weber

--
Weber Drucklufttechnik GmbH, Industriestraße 22, 33609 Bielefeld (fiktiv)
Keine Einladungen mehr erhalten: https://weber-druckluft.example/abmelden?k=om-18
`,
  },
  {
    slug: 'event-expo-free-pass-code',
    cat: 'event',
    from: 'Redwater Pumps <events@redwater.example>',
    to: 'Will Barros <will@blueheron-charters.example>',
    subject: 'Free exhibition pass for Coastal Marine Expo (code inside)',
    date: '2025-08-28 12:00 -0400',
    headers: [['List-Unsubscribe', '<https://redwater.example/prefs/unsubscribe?c=wb-2025>'], ['Precedence', 'bulk']],
    html: `<html><body style="font-family:Helvetica,Arial;color:#263238;max-width:580px">
<p>Hi Will,</p>
<p>We'll be at <b>Coastal Marine Expo</b> in Savannah, 23-25 September, stand B12. As a customer you can get a free exhibition pass (normally $45) with the code <b>RW-GUEST-25</b> on the organiser's registration page.</p>
<p>Bring a failed impeller or pump - our technicians will tell you what went wrong, free of charge.</p>
<p><a href="https://redwater.example/events/coastal-marine-expo">redwater.example/events/coastal-marine-expo</a></p>
<p>Greg Oduya and the Redwater team</p>
<p style="font-size:11px;color:#90a4ae">Redwater Pumps Inc., 600 River St, Savannah GA (fictional) &middot; <a href="https://redwater.example/prefs/unsubscribe?c=wb-2025" style="color:#90a4ae">Unsubscribe</a></p>
</body></html>
`,
    autoText: true,
  },
  {
    slug: 'event-dutch-klantendag',
    cat: 'event',
    from: 'Groenveld BV <evenementen@groenveld.example>',
    to: 'Ingrid Vos <ingrid@bakkerij-vos.example>',
    subject: 'Uitnodiging klantendag Groenveld – 9 oktober',
    date: '2025-09-08 10:30 +0200',
    html: 'outlook',
    text: `Beste Ingrid,

Graag nodigen wij u uit voor onze jaarlijkse klantendag op donderdag 9 oktober in
onze nieuwe vestiging in Houten.

Programma:
13:30 Ontvangst met koffie (en – natuurlijk – gebak van Bakkerij Vos)
14:00 Rondleiding door het nieuwe distributiecentrum
15:30 Presentatie plannen 2026
16:30 Borrel

Het aantal plaatsen is beperkt tot 50. Laat u vóór 26 september weten of u komt?
Aanmelden kan door op deze e-mail te antwoorden.

Met vriendelijke groet,
Sanne de Vries
Groenveld BV – Energieweg 4, Houten (fictief)
`,
  },
  // ---- discount offers ----
  {
    slug: 'promo-coffee-weekend-20-off',
    cat: 'promo',
    from: 'Bramble Coffee Roasters <hello@bramblecoffee.example>',
    to: 'Maya Lindgren <maya@lumenfitness.example>',
    subject: '20% off office coffee this weekend only',
    date: '2025-10-10 08:00 +0100',
    headers: [['List-Unsubscribe', '<https://bramblecoffee.example/unsubscribe?u=ml-55>'], ['Precedence', 'bulk']],
    html: `<!DOCTYPE html><html><body style="margin:0;background:#fff8ee;font-family:Helvetica,Arial,sans-serif">
<div style="display:none;max-height:0;overflow:hidden">Use code OFFICE20 until Sunday night</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="20" cellspacing="0" style="background:#fff">
<tr><td style="background:#6d3b1f;color:#fff;font-size:22px;font-family:Georgia,serif">Bramble Coffee Roasters</td></tr>
<tr><td style="font-size:15px;line-height:22px;color:#3e2723">
<p>Hi Maya,</p>
<p>It's our 8th birthday, so this weekend every office subscription and bulk bag is <b>20% off</b> with code <b>OFFICE20</b>.</p>
<p style="text-align:center"><a href="https://bramblecoffee.example/office?utm_source=newsletter&amp;utm_campaign=birthday" style="background:#6d3b1f;color:#fff;padding:12px 26px;text-decoration:none;border-radius:20px">Shop office coffee</a></p>
<p>The code works until midnight on Sunday, for new and existing subscriptions.</p>
<p>Hannah</p>
</td></tr>
<tr><td style="font-size:11px;color:#8d6e63">Bramble Coffee Roasters Ltd, 12 Mill Lane, Hebden Bridge HX7 8AA, UK (fictional)<br><a href="https://bramblecoffee.example/unsubscribe?u=ml-55" style="color:#8d6e63">Unsubscribe</a> &middot; <a href="https://bramblecoffee.example/preferences?u=ml-55" style="color:#8d6e63">Email preferences</a></td></tr>
</table></td></tr></table></body></html>
`,
    autoText: true,
  },
  {
    slug: 'promo-saas-annual-40-off',
    cat: 'promo',
    from: 'Stackwise <offers@stackwise.example>',
    to: 'Aisha Bello <aisha.bello@korafoods.example>',
    subject: 'Switch to annual and save 40% - ends Monday',
    date: '2025-11-28 09:00 +0000',
    headers: [['List-Unsubscribe', '<https://app.stackwise.example/email/unsubscribe?t=ab-7710>'], ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click']],
    text: `Hi Aisha,

Once a year we discount annual plans. Until Monday 1 December, switching your Team
plan from monthly to annual costs GBP 1,072 instead of GBP 1,788 - that's 40% off,
and the price is locked for the next renewal too.

Switch in Settings > Billing > Change to annual:
https://app.stackwise.example/settings/billing/annual

Not interested? No problem, your monthly plan stays exactly as it is.

The Stackwise team

--
Stackwise Ltd, 21 Canal Street, Manchester M1 (fictional)
Unsubscribe from offers: https://app.stackwise.example/email/unsubscribe?t=ab-7710
`,
  },
  {
    slug: 'promo-print-free-delivery',
    cat: 'promo',
    from: 'Fernwood Print <studio@fernwoodprint.example>',
    to: 'Freya Olsen <freya.olsen@anvil-oak.example>',
    subject: 'Free next-day delivery on brochures and catalogues in February',
    date: '2026-02-02 10:15 +0000',
    headers: [['List-Unsubscribe', '<https://fernwoodprint.example/unsubscribe?r=fo-26>']],
    html: 'simple',
    text: `Hi Freya,

February is our quietest month, so every brochure and catalogue order placed before
the 28th comes with free next-day delivery (usually from GBP 18).

Last year's Anvil & Oak catalogue is still on file, so a reprint with new prices is
a quick job - send us the changes and we'll turn a proof round in 24 hours.

Order or ask for a quote: https://fernwoodprint.example/quote

Thanks,
Sam at Fernwood Print

Fernwood Print & Finishing, 7 Mill Yard, Leeds LS9 (fictional)
Unsubscribe: https://fernwoodprint.example/unsubscribe?r=fo-26
`,
  },
  {
    slug: 'promo-italian-sconto-primavera',
    cat: 'promo',
    from: 'Ferramenta Galli <offerte@ferramenta-galli.example>',
    to: 'amministrazione@ricci-trasporti.example',
    subject: 'Sconto del 10% su tutti i teloni fino al 15 aprile',
    date: '2026-04-01 08:00 +0200',
    headers: [['List-Unsubscribe', '<https://ferramenta-galli.example/disiscrizione?c=rt-amm>']],
    text: `Buongiorno,

fino al 15 aprile tutti i teloni e le reti di copertura per cassoni sono scontati
del 10%. Lo sconto si applica automaticamente agli ordini fatti per email o al banco.

Listino completo: https://ferramenta-galli.example/listino/teloni

Cordiali saluti,
Ferramenta Galli

--
Ferramenta Galli Srl, Via dei Mille 18, 24122 Bergamo (fittizio)
Annulla iscrizione: https://ferramenta-galli.example/disiscrizione?c=rt-amm
`,
  },
  {
    slug: 'promo-early-bird-last-chance',
    cat: 'promo',
    from: 'Regional Logistics Association <membership@rla-logistics.example>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Last chance: early-bird conference tickets end at midnight',
    date: '2025-08-31 12:00 +0100',
    headers: [['List-Unsubscribe', '<https://rla-logistics.example/email/unsubscribe?m=nw-0041>'], ['Precedence', 'bulk']],
    html: `<html><body style="font-family:Arial;font-size:14px;color:#222;max-width:600px">
<div style="display:none;max-height:0;overflow:hidden">Members save GBP 120 per ticket until 23:59 tonight</div>
<p>Dear Dana,</p>
<p>Early-bird pricing for the RLA autumn conference (Leeds, 14-15 October) ends <b>tonight at midnight</b>.</p>
<ul><li>Member early-bird: GBP 295 (from tomorrow GBP 415)</li><li>Second colleague from the same company: 50% off</li></ul>
<p>Book in the member area: <a href="https://rla-logistics.example/conference/tickets">rla-logistics.example/conference/tickets</a></p>
<p>Kind regards,<br>Fiona Marsh, Events Manager</p>
<p style="font-size:11px;color:#888">Regional Logistics Association, 40 Wellington St, Leeds LS1 (fictional) &middot; <a href="https://rla-logistics.example/email/unsubscribe?m=nw-0041">Unsubscribe</a></p>
</body></html>
`,
    autoText: true,
  },
];
