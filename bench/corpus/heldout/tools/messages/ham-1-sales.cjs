'use strict';
// Ham: cold outreach, follow-ups, quotes, meetings. All text written new for blind-heldout3.
const A = require('../build-attachments.cjs');
const CRM = 'Valley CRM Mailer 3.8';
module.exports = [
{
  slug: 'pallet-wrap-intro', cat: 'sales', date: '2025-03-04 09:12:44 -0500', mailer: CRM,
  from: 'Dana Whitcomb <dana.whitcomb@stretchline-packaging.example>', to: 'Luis Ortega <lortega@brightfield-foods.example>',
  subject: 'Stretch film for your Elgin warehouse',
  text: `Hi Luis,

I noticed Brightfield opened a second DC in Elgin last month - congrats.

We make machine-grade stretch film at 60% of the gauge most distributors ship, so you use
less plastic per pallet without losing load stability. Two customers your size cut film
spend by about a fifth last year.

Would a 15-minute call next Tuesday or Wednesday make sense? If you send me your current
film spec I can put together a side-by-side before we talk.

Best,
Dana Whitcomb
Account Executive, Stretchline Packaging
(847) 555-0143
`,
},
{
  slug: 'fractional-cfo-note', cat: 'sales', date: '2025-05-19 14:03:10 -0700', mailer: CRM, eol: 'lf',
  from: '"Priya Raman" <priya@ledgerleaf-advisory.example>', to: 'ops@copperkettle-bakery.example',
  subject: 'quick question about month-end close',
  text: `Hello,

how many days does your month-end close take right now? For most bakeries with 3-10 locations we see 12 to 15 days, which means you are making decisions on numbers that are already a month old.

We're a small team of fractional CFOs. Flat fee, no long contract. If the close is fine and you're happy, ignore me :)

Priya
Ledgerleaf Advisory - https://ledgerleaf-advisory.example
`,
},
{
  slug: 'de-zeiterfassung-angebot', cat: 'sales', date: '2025-09-09 08:41:00 +0200', mailer: CRM, lang: 'de',
  from: 'Jonas Krämer <j.kraemer@stempeluhr-software.example>', to: 'Frau Petra Lindner <p.lindner@lindner-haustechnik.example>',
  subject: 'Digitale Zeiterfassung für Ihre Monteure',
  text: `Sehr geehrte Frau Lindner,

seit dem BAG-Urteil müssen Arbeitszeiten systematisch erfasst werden. Viele Handwerksbetriebe
lösen das noch mit Stundenzetteln, die am Monatsende abgetippt werden.

Mit Stempeluhr buchen Ihre Monteure Arbeitsbeginn, Pausen und Baustellen direkt am Handy.
Die Daten gehen ohne Umweg in die Lohnabrechnung (DATEV-Export).

Gern zeige ich Ihnen das in einer kurzen Online-Vorführung, ca. 20 Minuten. Passt Ihnen
Donnerstag, 18. September, am Vormittag?

Mit freundlichen Grüßen
Jonas Krämer
Stempeluhr Software GmbH
Tel. +49 30 555 01 77
`,
},
{
  slug: 'fr-signaletique-salon', cat: 'sales', date: '2025-10-02 10:20:31 +0200', mailer: CRM, lang: 'fr',
  from: 'Camille Besson <camille.besson@atelier-enseigne.example>', to: 'Marc Delorme <m.delorme@delorme-immobilier.example>',
  subject: 'Signalétique pour vos agences - proposition',
  html: `<p>Bonjour Monsieur Delorme,</p>
<p>J'ai vu que vous ouvrez deux nouvelles agences à Nantes et Angers d'ici janvier. Nous fabriquons des enseignes lumineuses et vitrophanies pour les réseaux d'agences immobilières (une quarantaine en Pays de la Loire).</p>
<p>Vous trouverez quelques réalisations ici : <a href="https://atelier-enseigne.example/realisations/immobilier">atelier-enseigne.example/realisations</a>.</p>
<p>Seriez-vous disponible pour un échange de 15 minutes la semaine prochaine ?</p>
<p>Bien cordialement,<br>Camille Besson<br>Atelier Enseigne &amp; Co<br>02 55 50 12 34</p>`,
  text: `Bonjour Monsieur Delorme,

J'ai vu que vous ouvrez deux nouvelles agences à Nantes et Angers d'ici janvier. Nous fabriquons des enseignes lumineuses et vitrophanies pour les réseaux d'agences immobilières (une quarantaine en Pays de la Loire).

Quelques réalisations : https://atelier-enseigne.example/realisations/immobilier

Seriez-vous disponible pour un échange de 15 minutes la semaine prochaine ?

Bien cordialement,
Camille Besson
Atelier Enseigne & Co
02 55 50 12 34`,
},
{
  slug: 'es-uniformes-hosteleria', cat: 'sales', date: '2025-04-22 12:05:09 +0200', mailer: CRM, lang: 'es',
  from: 'Lucía Ferrer <lferrer@textilcostabrava.example>', to: 'compras@hotelmiramar-sitges.example',
  subject: 'Uniformes para la temporada de verano',
  text: `Hola,

Me llamo Lucía y llevo la cuenta de hoteles en Textil Costa Brava. Confeccionamos uniformes de
sala, cocina y recepción con bordado del logo incluido y plazo de entrega de tres semanas.

Si os interesa, os mando un muestrario físico sin compromiso. Solo necesito saber a qué
persona dirigirlo.

Un saludo,
Lucía Ferrer
Textil Costa Brava S.L. - Tel. 972 555 318
`,
},
{
  slug: 'nl-zonnepanelen-bedrijfsdak', cat: 'sales', date: '2025-06-11 09:30:00 +0200', mailer: CRM, lang: 'nl',
  from: 'Bram de Wit <bram@dakstroom.example>', to: 'info@vanderlinden-transport.example',
  subject: 'Uw dak van 4.000 m² in Tilburg',
  text: `Goedemiddag,

Op de luchtfoto zag ik dat uw loods aan de Ringbaan een groot plat dak heeft zonder panelen.
Met de huidige SDE-regeling verdient een installatie van die omvang zich vaak in 6 tot 7 jaar terug.

Ik kom graag een keer langs voor een gratis dakscan. Schikt het u volgende week?

Met vriendelijke groet,
Bram de Wit
Dakstroom B.V. | 013 555 2290
`,
},
{
  slug: 'it-macchine-caffe-ufficio', cat: 'sales', date: '2025-02-17 11:44:12 +0100', mailer: CRM, lang: 'it',
  from: 'Giulia Rinaldi <g.rinaldi@espressoufficio.example>', to: 'amministrazione@studiolegale-ferri.example',
  subject: 'Caffè in ufficio: prova gratuita di 30 giorni',
  text: `Buongiorno,

offriamo macchine da caffè in comodato d'uso per uffici da 10 a 80 persone: voi pagate solo le
capsule, noi pensiamo a installazione e manutenzione.

Per il vostro studio potremmo proporre una prova gratuita di 30 giorni, senza vincoli.
Posso chiamarvi giovedì per fissare un sopralluogo?

Cordiali saluti
Giulia Rinaldi
Espresso Ufficio srl - tel. 02 555 7781
`,
},
{
  slug: 'pl-oprogramowanie-magazyn', cat: 'sales', date: '2025-11-05 08:15:40 +0100', mailer: CRM, lang: 'pl',
  from: 'Tomasz Nowicki <t.nowicki@magazynpro.example>', to: 'Pani Agnieszka Wójcik <a.wojcik@hurtownia-wojcik.example>',
  subject: 'System WMS dla hurtowni - krótka prezentacja?',
  text: `Dzień dobry Pani Agnieszko,

piszę, bo widziałem, że Hurtownia Wójcik rozbudowuje magazyn w Kutnie. Nasz system WMS
pomaga skrócić kompletację zamówień średnio o 30% i działa na zwykłych skanerach Android.

Czy znalazłaby Pani 20 minut w przyszłym tygodniu na krótką prezentację online?

Pozdrawiam serdecznie
Tomasz Nowicki
MagazynPro Sp. z o.o.
tel. +48 22 555 40 12
`,
},
{
  slug: 'pt-contabilidade-pme', cat: 'sales', date: '2026-01-13 15:22:03 +0000', mailer: CRM, lang: 'pt',
  from: 'Rita Mendes <rita.mendes@contaviva.example>', to: 'geral@padaria-estrela.example',
  subject: 'Contabilidade online para a Padaria Estrela',
  text: `Olá,

A ContaViva trata da contabilidade de mais de 300 pequenas empresas do setor alimentar.
Avença mensal fixa, faturação eletrónica incluída e um contabilista dedicado que atende o telefone.

Se quiser, faço-lhe uma simulação do custo sem compromisso. Basta responder a este email.

Com os melhores cumprimentos,
Rita Mendes
ContaViva - 21 555 0192
`,
},
{
  slug: 'iphone-short-intro', cat: 'sales', date: '2025-07-08 18:47:55 -0400', mailer: 'iPhone Mail (22F76)', eol: 'lf',
  from: 'Kevin Osei <kevin@trailhead-av.example>', to: 'Sam Patel <sam.patel@northgate-events.example>',
  subject: 'AV for your fall gala',
  text: `Sam - met your colleague Erin at the chamber mixer, she said you're still looking for an AV crew for the October gala. We did the Rotary dinner at the same venue last year. Happy to send a quote if you share the run of show.

Kevin

Sent from my iPhone`,
},
{
  slug: 'cyber-insurance-pitch-pdf', cat: 'sales', date: '2025-08-26 10:10:10 -0500', mailer: CRM,
  from: 'Hannah Brooks <hbrooks@ironbridge-insurance.example>', to: 'Mike Duarte <mike@duarte-dental.example>',
  subject: 'Cyber cover for dental practices (1-page overview attached)',
  text: `Hi Dr. Duarte,

Ransomware attacks on dental practices tripled in the last two years, mostly because patient
records are valuable and practice IT is usually one person's side job.

I've attached a one-page overview of our cyber policy for practices with 1-5 chairs. Premiums
start around $90 a month, and the policy includes a breach response hotline.

If it's useful, I can run a quick quote - it takes about ten questions.

Regards,
Hannah Brooks
Ironbridge Insurance Brokers | (312) 555-0168
`,
  att: [{ name: 'Ironbridge-Cyber-Dental-Overview.pdf', type: 'application/pdf', content: A.pdf('Cyber cover for dental practices', ['Ironbridge Insurance Brokers', '', 'Covers: ransomware response, data restoration, notification costs,', 'regulatory defence, business interruption up to 90 days.', '', 'Typical premium (1-5 chairs): USD 85-140 per month.', 'Breach hotline: (312) 555-0100, 24/7.']) }],
},
{
  slug: 'unfilled-merge-tag', cat: 'sales', date: '2025-12-02 07:58:21 -0600', mailer: 'Valley CRM Campaigns',
  from: 'Rachel at Greenhalgh Labels <rachel@greenhalgh-labels.example>', to: 'purchasing@millbrook-cider.example',
  subject: 'Hi {{first_name}}, new label stock for {{company}}',
  headers: { 'List-Unsubscribe': '<https://greenhalgh-labels.example/u/8f1a22>' },
  text: `Hi {{first_name}},

We just added a wet-strength paper that holds up in ice buckets, which a lot of cider makers asked
us for. Samples are free and ship within two days.

Request a sample pack: https://greenhalgh-labels.example/samples?ref=dec

Rachel Greenhalgh
Greenhalgh Labels, 14 Tannery Lane, Hereford HR1 0ZZ
Don't want these emails? https://greenhalgh-labels.example/u/8f1a22
`,
},
{
  slug: 'loom-video-prospect', cat: 'sales', date: '2026-02-10 13:31:47 -0800', mailer: CRM,
  from: 'Marcus Lee <marcus@shelfsense-analytics.example>', to: 'Olivia Grant <ogrant@pinecrest-grocers.example>',
  subject: 'Recorded a 2-min video for Pinecrest',
  html: `<div style="font-family:Arial,sans-serif;font-size:14px">Hi Olivia,<br><br>Instead of another wall of text I recorded a short walkthrough of how we'd spot out-of-stocks in your three stores using the shelf photos your team already takes:<br><br><a href="https://www.loom.com/share/3c9e07d1b2a44f0d9e5c5a1f2b7d8e60">Watch the 2-minute video</a><br><br>If it's not relevant, no worries at all.<br><br>Marcus<br>ShelfSense Analytics</div>`,
  text: `Hi Olivia,

Instead of another wall of text I recorded a short walkthrough of how we'd spot out-of-stocks in your three stores using the shelf photos your team already takes:

https://www.loom.com/share/3c9e07d1b2a44f0d9e5c5a1f2b7d8e60

If it's not relevant, no worries at all.

Marcus
ShelfSense Analytics`,
},
{
  slug: 'followup-after-demo', cat: 'follow-up', date: '2025-03-14 16:20:00 -0400', mailer: CRM,
  from: 'Ethan Cole <ethan.cole@routewise.example>', to: 'Brenda Fox <bfox@foxvalley-plumbing.example>', cc: 'Jordan Price <jprice@routewise.example>',
  subject: 'Thanks for today + next steps',
  text: `Hi Brenda,

Thanks for making time this afternoon, and for bringing Ray from dispatch - his questions about
emergency call-outs were exactly the right ones.

Quick recap:
- You run 11 vans, dispatch is a whiteboard plus group texts
- Biggest pain: techs driving across town twice in one day
- You'd like to trial with 4 vans in April before rolling out

Next steps on our side: Jordan will set up the trial workspace by Friday and send logins.
On yours: a CSV of last month's jobs, so we can show you the route savings on your own data.

Talk soon,
Ethan
`,
},
{
  slug: 'nudge-two-lines', cat: 'follow-up', date: '2025-04-01 09:02:17 +0100', mailer: 'Microsoft Outlook 16.0', eol: 'lf',
  from: 'Sophie Turner <s.turner@harbourprint.example>', to: 'Alan Reid <alan.reid@reidjoinery.example>',
  subject: 'RE: Brochure reprint',
  headers: { 'In-Reply-To': '<b7e1c2d0a9@reidjoinery.example>', References: '<b7e1c2d0a9@reidjoinery.example>' },
  text: `Hi Alan, just bumping this - are you still planning the reprint before the trade show? Need artwork by the 10th to make it.

Sophie`,
},
{
  slug: 're-re-freight-rates', cat: 'follow-up', date: '2025-06-24 11:38:05 -0500', mailer: 'Microsoft Outlook 16.0',
  from: 'Carlos Mendez <cmendez@lonestar-freight.example>', to: 'Amy Nguyen <amy.nguyen@cedarline-furniture.example>',
  subject: 'Re: Re: Houston to Atlanta lanes',
  headers: { 'In-Reply-To': '<CAF7hj2k9x@cedarline-furniture.example>', References: '<19ad3@lonestar-freight.example> <CAF7hj2k9x@cedarline-furniture.example>' },
  text: `Amy,

Yes, we can hold $2,150 per load for the weekly run through end of Q3. Fuel surcharge stays
indexed to DOE as before. I'll send the rate confirmation once you confirm the pickup day.

Carlos

-----Original Message-----
From: Amy Nguyen <amy.nguyen@cedarline-furniture.example>
Sent: Monday, June 23, 2025 4:12 PM
To: Carlos Mendez <cmendez@lonestar-freight.example>
Subject: Re: Houston to Atlanta lanes

Carlos, thanks. Can you hold that rate if we commit to one load a week through September?

> On Jun 20, 2025, Carlos Mendez wrote:
> Current spot for a 53' dry van HOU-ATL is $2,300. Contract would be lower.
`,
},
{
  slug: 'de-nachfass-messe', cat: 'follow-up', date: '2025-10-14 10:05:00 +0200', mailer: CRM, lang: 'de',
  from: 'Sabine Hoffmann <s.hoffmann@hoffmann-foerdertechnik.example>', to: 'Herr Dirk Baumann <d.baumann@baumann-logistik.example>',
  subject: 'Unser Gespräch auf der LogiMAT',
  text: `Guten Tag Herr Baumann,

vielen Dank für das nette Gespräch an unserem Stand. Wie besprochen schicke ich Ihnen den Link
zum Datenblatt der Rollenbahn RB-400:

https://hoffmann-foerdertechnik.example/downloads/rb-400-datenblatt

Für ein konkretes Angebot bräuchte ich noch die Hallenmaße und den gewünschten Durchsatz pro
Stunde. Ich melde mich Anfang nächster Woche telefonisch, wenn es Ihnen recht ist.

Viele Grüße
Sabine Hoffmann
`,
},
{
  slug: 'voicemail-followup', cat: 'follow-up', date: '2025-08-05 15:45:33 -0700', mailer: CRM,
  from: 'Tyler Brooks <tyler@sunridge-hvac.example>', to: 'Gina Morales <gina@morales-properties.example>',
  subject: 'Left you a voicemail re: rooftop units',
  text: `Hi Gina,

I left you a voicemail this morning about the two rooftop units at the Alder St building. The
compressor on unit 2 is on its last legs - I'd rather replace it before the heat wave next week
than do an emergency call.

Call me back at (503) 555-0119 when you get a sec, or just reply here with a good time.

Tyler
Sunridge HVAC
`,
},
{
  slug: 'bitly-brochure-followup', cat: 'follow-up', date: '2025-09-30 08:50:12 -0400', mailer: CRM,
  from: 'Nadia Haddad <nadia@clearwater-filtration.example>', to: 'Pete Sullivan <psullivan@eastbay-brewing.example>',
  subject: 'Brochure from the Craft Brewers expo',
  text: `Hi Pete,

Great chatting at booth 412. Here's the brochure for the cartridge system we talked about:
https://bit.ly/cwf-brew-2025

Our rep for your area, Joel, can bring a demo unit by the brewery. Let me know which week suits.

Nadia Haddad
Clearwater Filtration
`,
},
{
  slug: 'fr-relance-devis', cat: 'follow-up', date: '2025-11-18 14:12:40 +0100', mailer: 'Microsoft Outlook 16.0', lang: 'fr',
  from: 'Julien Moreau <j.moreau@moreau-menuiserie.example>', to: 'Claire Dubois <claire.dubois@cabinet-dubois.example>',
  subject: 'Relance : devis rénovation accueil',
  text: `Bonjour Madame Dubois,

Je me permets de revenir vers vous concernant notre devis du 4 novembre pour la rénovation de
votre accueil. Avez-vous eu le temps de l'étudier ?

Nos plannings se remplissent pour janvier ; si vous souhaitez une intervention avant les
congés d'hiver, il faudrait valider d'ici la fin du mois.

Je reste à votre disposition pour toute question.

Cordialement,
Julien Moreau
Moreau Menuiserie - 05 55 61 20 20
`,
},
{
  slug: 'forwarded-intro', cat: 'follow-up', date: '2026-01-20 10:27:19 -0500', mailer: 'Microsoft Outlook 16.0',
  from: 'Laura Kim <laura.kim@bluepeak-consulting.example>', to: 'Daniel Ross <dross@ross-orthodontics.example>',
  subject: 'Fwd: Intro - Laura / Daniel',
  text: `Daniel, as promised, forwarding Mark's intro below so you have the context. Happy to find time
whenever suits you.

Laura

---------- Forwarded message ---------
From: Mark Feldman <mark@feldman-cpa.example>
Date: Fri, Jan 16, 2026 at 3:02 PM
Subject: Intro - Laura / Daniel
To: Laura Kim <laura.kim@bluepeak-consulting.example>, Daniel Ross <dross@ross-orthodontics.example>

Laura, meet Daniel - he runs three orthodontic offices and is thinking about a fourth.
Daniel, Laura helped two of my clients with exactly that kind of expansion plan.
I'll let you two take it from here.

Mark
`,
},
{
  slug: 'sample-photo-png', cat: 'follow-up', date: '2025-05-07 12:00:41 +0100', mailer: CRM,
  from: 'Oliver Grant <oliver@grant-stoneworks.example>', to: 'Fiona Hale <fiona@hale-architects.example>',
  subject: 'Photo of the limestone sample',
  text: `Hi Fiona,

As promised, here's a photo of the honed limestone sample next to the sandstone you liked. The
real colour is a touch warmer than it looks on screen. I can drop both samples at your office
on Thursday.

Oliver
`,
  att: [{ name: 'limestone-vs-sandstone.png', type: 'image/png', content: A.png(120, 60, (x) => (x < 60 ? [214, 204, 180] : [196, 160, 120])) }],
},
{
  slug: 'quote-pdf-signage', cat: 'quote', date: '2025-03-21 09:18:00 -0600', mailer: CRM,
  from: 'Megan Ruiz <megan@peakline-signs.example>', to: 'Chris Bauer <chris.bauer@bauer-motors.example>',
  subject: 'Quote Q-2025-0318 - pylon sign refurbishment',
  text: `Hi Chris,

Please find our quote attached for refurbishing the pylon sign at the Route 9 lot (new LED
modules, two faces, permit handling included). Valid for 30 days.

Total: $8,940.00 + tax. 50% deposit on acceptance, balance on completion.

Any questions, call me.

Megan Ruiz
Peakline Signs | (720) 555-0182
`,
  att: [{ name: 'Q-2025-0318-Bauer-Motors.pdf', type: 'application/pdf', content: A.pdf('Quote Q-2025-0318', ['Peakline Signs LLC', 'Customer: Bauer Motors', '', 'LED module retrofit, 2 faces ........ 6,200.00', 'Face panels, polycarbonate ......... 1,640.00', 'Permit and engineering .............. 650.00', 'Crane and labour ..................... 450.00', '', 'Total (excl. tax): USD 8,940.00', 'Valid until 20 April 2025']) }],
},
{
  slug: 'de-angebot-umlaut-filename', cat: 'quote', date: '2025-07-15 13:40:00 +0200', mailer: 'Microsoft Outlook 16.0', lang: 'de',
  from: 'Martin Schäfer <m.schaefer@schaefer-druck.example>', to: 'Eva Müller <e.mueller@gaertnerei-mueller.example>',
  subject: 'Ihr Angebot für Etiketten und Flyer',
  text: `Hallo Frau Müller,

anbei wie besprochen unser Angebot für die Pflanzenetiketten (10.000 Stück, wetterfest) und
die Flyer für den Frühjahrsmarkt. Lieferzeit ca. 8 Werktage nach Freigabe.

Bei Fragen einfach kurz anrufen.

Beste Grüße
Martin Schäfer
Schäfer Druck & Medien, Tel. 0711 555 3091
`,
  att: [{ name: 'Angebot_Gärtnerei_Müller_2025-07.pdf', type: 'application/pdf', content: A.pdf('Angebot 2025-1147', ['Schaefer Druck & Medien', 'Kunde: Gaertnerei Mueller', '', 'Pflanzenetiketten PP, 10.000 Stk ..... 780,00 EUR', 'Flyer A5, 5.000 Stk .................. 245,00 EUR', 'Summe netto: 1.025,00 EUR', 'zzgl. 19% MwSt.']) }],
},
{
  slug: 'html-price-table-quote', cat: 'quote', date: '2025-10-21 11:11:11 -0400', mailer: CRM,
  from: 'Ben Carter <ben.carter@cartwright-it.example>', to: 'Lisa Monroe <lmonroe@monroe-law.example>',
  subject: 'Managed IT pricing for Monroe Law (3 options)',
  html: `<p>Hi Lisa,</p><p>Here are the three options we discussed. All include onboarding at no cost.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-family:Arial">
<tr><th>Plan</th><th>Per user / month</th><th>Includes</th></tr>
<tr><td>Essentials</td><td>$79</td><td>Helpdesk, patching, backups</td></tr>
<tr><td>Standard</td><td>$115</td><td>+ security awareness training, MFA rollout</td></tr>
<tr><td>Complete</td><td>$149</td><td>+ on-site visits, vCIO quarterly review</td></tr>
</table>
<p>For 14 users, Standard comes to $1,610/month. Happy to walk through it on a call.</p><p>Ben Carter<br>Cartwright IT Services</p>`,
  text: `Hi Lisa,

Three options (per user/month): Essentials $79, Standard $115, Complete $149.
For 14 users, Standard comes to $1,610/month.

Ben Carter
Cartwright IT Services`,
},
{
  slug: 'es-presupuesto-reforma', cat: 'quote', date: '2025-05-28 17:02:55 +0200', mailer: CRM, lang: 'es',
  from: 'Javier Ortiz <javier@reformas-ortiz.example>', to: 'Marta Gil <marta.gil@clinicadental-gil.example>',
  subject: 'Presupuesto reforma sala de espera',
  text: `Buenas tardes Marta,

Adjunto el presupuesto para la reforma de la sala de espera: suelo vinílico, pintura, falso
techo con iluminación LED y mostrador nuevo. Plazo estimado: 12 días laborables.

Importe total: 14.380 € + IVA. Forma de pago: 30% a la firma, 40% a mitad de obra, 30% al
finalizar.

Quedo a tu disposición.
Javier Ortiz
Reformas Ortiz - 91 555 24 60
`,
  att: [{ name: 'Presupuesto-2025-044.pdf', type: 'application/pdf', content: A.pdf('Presupuesto 2025-044', ['Reformas Ortiz', 'Cliente: Clinica Dental Gil', '', 'Suelo vinilico 48 m2 ....... 3.120,00', 'Falso techo + LED .......... 4.860,00', 'Mostrador a medida ......... 3.900,00', 'Pintura y remates .......... 2.500,00', 'Total: 14.380,00 EUR + IVA']) }],
},
{
  slug: 'proposal-docx', cat: 'quote', date: '2025-09-17 10:44:09 -0400', mailer: 'Microsoft Outlook 16.0',
  from: 'Grace Liu <grace.liu@northstar-training.example>', to: 'Robert Hayes <rhayes@hayes-manufacturing.example>',
  subject: 'Proposal: supervisor training programme',
  text: `Robert,

Attached is the proposal for the six-session supervisor programme for your second shift leads.
It's a Word document so your HR team can mark it up directly. Section 4 has the pricing.

Grace
`,
  att: [{ name: 'Northstar-Proposal-Hayes-Mfg.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: A.docx(['Proposal: Supervisor Development Programme', 'Prepared for Hayes Manufacturing', '1. Objectives', '2. Six sessions, 3 hours each, on site', '3. Facilitators', '4. Investment: USD 12,600 for up to 16 participants'], { title: 'Proposal', author: 'Grace Liu' }) }],
},
{
  slug: 'xlsx-price-comparison', cat: 'quote', date: '2026-02-03 09:05:30 +0000', mailer: CRM,
  from: 'Harriet Cole <harriet@coleandsons-electrical.example>', to: 'facilities@westmoor-school.example',
  subject: 'LED retrofit - price comparison sheet',
  text: `Hello,

Attached is the comparison of the three fitting options for the sports hall and classrooms,
with payback period worked out for each. Prices include disposal of old tubes.

Kind regards,
Harriet Cole
Cole & Sons Electrical
`,
  att: [{ name: 'Westmoor-LED-options.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: A.xlsx([['Option', 'Fittings', 'Price GBP', 'Annual saving GBP', 'Payback years'], ['Basic panel', 180, 21600, 5200, 4.2], ['Panel + sensors', 180, 26400, 7100, 3.7], ['Premium DALI', 180, 33900, 8300, 4.1]], { sheet: 'Comparison' }) }],
},
{
  slug: 'nl-offerte-schoonmaak', cat: 'quote', date: '2025-08-19 14:30:00 +0200', mailer: CRM, lang: 'nl',
  from: 'Sanne Jansen <sanne@glansrijk.example>', to: 'Peter Bakker <p.bakker@bakker-accountants.example>',
  subject: 'Offerte kantoorschoonmaak',
  text: `Beste Peter,

Bedankt voor de rondleiding gisteren. Zoals besproken: drie keer per week schoonmaak van het
kantoor (420 m²), inclusief sanitair en keuken, voor € 1.185 per maand excl. btw.
Glasbewassing buiten vier keer per jaar: € 240 per beurt.

De offerte is 30 dagen geldig. Laat maar weten als je vragen hebt.

Groet,
Sanne Jansen
Glansrijk Schoonmaak
`,
},
{
  slug: 'revised-quote-discount', cat: 'quote', date: '2025-12-09 16:55:02 -0800', mailer: CRM,
  from: 'Aaron Wells <aaron@wells-landscape.example>', to: 'HOA Board <board@sierravista-hoa.example>',
  subject: 'Revised quote - 2026 grounds maintenance (8% off for 2-year term)',
  text: `Dear Board members,

Following Tuesday's meeting, here's the revised figure. If the HOA signs a two-year agreement,
we'll take 8% off the monthly rate: $3,680 instead of $4,000. Everything else in the scope stays
the same, including the quarterly irrigation audit.

The offer stands until January 15. Let me know if you'd like me to present at the next meeting.

Sincerely,
Aaron Wells
Wells Landscape Co. | (916) 555-0107
`,
},
{
  slug: 'ics-zoom-discovery', cat: 'meeting', date: '2025-04-09 10:12:00 -0400', mailer: CRM,
  from: 'Noah Fischer <noah@cloudkeel.example>', to: 'Emma Stone <emma.stone@arbor-dental-group.example>',
  subject: 'Invitation: CloudKeel discovery call - Thu Apr 17, 2pm ET',
  text: `Hi Emma,

Calendar invite attached for Thursday. Zoom link: https://us06web.zoom.us/j/84512093377?pwd=Rk9hT2x1

Agenda: your current phone system, call volumes per office, and what "better" looks like.

Noah`,
  att: [{ name: 'invite.ics', type: 'text/calendar; method=REQUEST', content: A.ics({ uid: 'ck-8451209@cloudkeel.example', start: '20250417T140000', end: '20250417T143000', tz: 'America/New_York', summary: 'CloudKeel discovery call', location: 'https://us06web.zoom.us/j/84512093377', organizer: { name: 'Noah Fischer', email: 'noah@cloudkeel.example' }, attendees: [{ name: 'Emma Stone', email: 'emma.stone@arbor-dental-group.example' }] }) }],
},
{
  slug: 'teams-invite-de', cat: 'meeting', date: '2025-11-26 08:30:00 +0100', mailer: 'Microsoft Outlook 16.0', lang: 'de',
  from: 'Katrin Vogel <k.vogel@vogel-it-service.example>', to: 'Stefan Braun <s.braun@braun-steuerberatung.example>',
  subject: 'Termin: Abstimmung Serverumzug (Teams)',
  text: `Hallo Herr Braun,

wie telefonisch besprochen hier der Termin für die Abstimmung zum Serverumzug.

Microsoft Teams-Besprechung
Jetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1Y2Jk%40thread.v2/0
Besprechungs-ID: 312 555 887 21

Viele Grüße
Katrin Vogel
`,
  att: [{ name: 'Abstimmung-Serverumzug.ics', type: 'text/calendar; method=REQUEST', content: A.ics({ uid: 'vogel-20251203@vogel-it-service.example', start: '20251203T100000', end: '20251203T110000', tz: 'Europe/Berlin', summary: 'Abstimmung Serverumzug', location: 'Microsoft Teams', organizer: { name: 'Katrin Vogel', email: 'k.vogel@vogel-it-service.example' }, attendees: [{ name: 'Stefan Braun', email: 's.braun@braun-steuerberatung.example' }] }) }],
},
{
  slug: 'ics-cancel-site-visit', cat: 'meeting', date: '2025-06-03 07:14:09 -0500', mailer: CRM,
  from: 'Rosa Jimenez <rosa@prairie-roofing.example>', to: 'Tom Becker <tbecker@becker-storage.example>',
  subject: 'Cancelled: roof inspection Wed 6/4',
  text: `Tom - storms rolling in tomorrow so we're cancelling the inspection. I'll send a new time for next week. Sorry for the short notice.

Rosa`,
  att: [{ name: 'cancel.ics', type: 'text/calendar; method=CANCEL', content: A.ics({ method: 'CANCEL', uid: 'pr-inspect-0604@prairie-roofing.example', start: '20250604T090000', end: '20250604T110000', tz: 'America/Chicago', summary: 'Roof inspection - Becker Storage', seq: 1, organizer: { name: 'Rosa Jimenez', email: 'rosa@prairie-roofing.example' }, attendees: [{ name: 'Tom Becker', email: 'tbecker@becker-storage.example' }] }) }],
},
{
  slug: 'confirmed-one-liner', cat: 'meeting', date: '2025-10-08 21:03:44 -0400', mailer: 'iPhone Mail (23A341)', eol: 'lf',
  from: 'Jess Arnold <jess@arnold-florals.example>', to: 'Will Turner <will@turner-events.example>',
  subject: 'Re: Walkthrough Friday?',
  headers: { 'In-Reply-To': '<c9a71@turner-events.example>' },
  text: `Confirmed, 10am at the venue. See you there!

Sent from my iPhone`,
},
{
  slug: 'directions-maps-link', cat: 'meeting', date: '2025-09-02 12:20:00 +0100', mailer: CRM,
  from: 'Imogen Price <imogen@price-engineering.example>', to: 'Visitor <r.okafor@okafor-build.example>',
  subject: 'Directions for your visit on Thursday',
  text: `Hi Mr Okafor,

Looking forward to showing you the fabrication shop on Thursday at 11:00.

We're at Unit 7, Harbour Trade Park. The sat-nav postcode takes you to the back gate, so
please use this pin instead: https://maps.app.goo.gl/pR7cWq2eXk9

Visitor parking is on the left after the barrier; reception will give you a hi-vis vest.

Best,
Imogen Price
`,
},
{
  slug: 'calendly-booking-confirm', cat: 'meeting', date: '2026-03-02 15:47:12 -0500', mailer: 'Valley CRM Scheduler',
  from: 'Valley CRM Scheduler <scheduler@notify.valleycrm.example>', replyTo: 'Anita Shah <anita@brightwave-hr.example>', to: 'Paul Grady <paul@grady-auto.example>',
  subject: 'Confirmed: 30 min HR consult with Anita Shah on Mar 5',
  html: `<p>Hi Paul,</p><p>Your meeting is booked.</p><p><b>30 min HR consult</b><br>Thursday, March 5, 2026, 1:00pm - 1:30pm (Eastern Time)<br>Google Meet: <a href="https://meet.google.com/qzk-fwrt-oip">meet.google.com/qzk-fwrt-oip</a></p><p><a href="https://app.valleycrm.example/scheduling/bk_7Hk2/reschedule">Reschedule</a> | <a href="https://app.valleycrm.example/scheduling/bk_7Hk2/cancel">Cancel</a></p>`,
  text: `Hi Paul,

Your meeting is booked: 30 min HR consult, Thursday, March 5, 2026, 1:00pm - 1:30pm ET.
Google Meet: https://meet.google.com/qzk-fwrt-oip
Reschedule: https://app.valleycrm.example/scheduling/bk_7Hk2/reschedule
Cancel: https://app.valleycrm.example/scheduling/bk_7Hk2/cancel`,
},
{
  slug: 'it-visita-showroom', cat: 'meeting', date: '2025-03-27 09:40:00 +0100', mailer: CRM, lang: 'it',
  from: 'Marco Bianchi <m.bianchi@arredobagno-bianchi.example>', to: 'Architetto Sara Conti <s.conti@studioconti.example>',
  subject: 'Conferma appuntamento in showroom - martedì 1 aprile',
  text: `Gentile Architetto Conti,

le confermo l'appuntamento in showroom martedì 1 aprile alle ore 15:00. Le farò vedere le nuove
collezioni di lavabi in gres e i piatti doccia su misura di cui abbiamo parlato.

C'è parcheggio gratuito davanti all'ingresso.

A presto,
Marco Bianchi
Arredobagno Bianchi - 051 555 0440
`,
},
];
