'use strict';
// Ham (second batch): one-to-one B2B outreach (several languages), follow-ups,
// meeting notes, quotes and meeting confirmations.
module.exports = [
  // ---- cold but legitimate one-to-one outreach ----
  {
    slug: 'outreach-coldchain-sensors-catering',
    cat: 'sales-outreach',
    from: 'Ingrid Solheim <ingrid.solheim@polarroute.example>',
    to: 'Rosa Jimenez <events@summitcatering.example>',
    subject: 'Temperature logging for your two catering vans',
    date: '2025-05-06 09:14 +0200',
    text: `Hi Rosa,

I saw on your website that Summit Catering now delivers hot and cold buffets to
office parks around Denver with two refrigerated vans.

We make small wireless temperature loggers that sit in the van and send readings to
a phone app every five minutes, with an alert if the cold box goes above 5 C. Health
inspectors accept the PDF export as a temperature log, so nobody has to fill in the
paper sheet anymore.

A starter kit for two vans is USD 390 plus USD 12 per van per month. If you'd like to
try it, I can ship two loggers on loan for a month - no charge, just send them back
if they are not useful.

Best regards,
Ingrid Solheim
Polar Route Telematics
https://polarroute.example/catering
`,
  },
  {
    slug: 'outreach-fr-linge-hospitalier',
    cat: 'sales-outreach',
    from: 'Mathilde Lefèvre <mathilde@maison-lefevre.example>',
    to: 'Lena Hoffmann <l.hoffmann@auerbach-kliniken.example>',
    subject: 'Linge hospitalier – échantillons pour la clinique Auerbach',
    date: '2025-09-16 10:02 +0200',
    html: 'apple',
    text: `Madame Hoffmann,

je me permets de vous écrire suite à notre brève rencontre au salon MEDICA l’an
dernier, sur le stand de l’association des cliniques privées.

Maison Lefèvre fabrique à Lyon du linge de lit pour hôpitaux et cliniques (draps,
alèses, housses), lavable à 90 °C et certifié OEKO-TEX. Plusieurs cliniques en
Bavière travaillent déjà avec nous.

Je serais heureuse de vous envoyer un petit colis d’échantillons, sans engagement.
Il me suffit d’une adresse de livraison et du nom de la personne qui s’occupe des
achats textiles.

Bien cordialement,
Mathilde Lefèvre
Maison Lefèvre SARL – 7 rue des Tanneurs, Lyon
https://maison-lefevre.example
`,
  },
  {
    slug: 'outreach-es-azulejos-farm-shop',
    cat: 'sales-outreach',
    from: 'Lucía Ferrer <lucia@marisol-ceramica.example>',
    to: 'Jenny Holloway <jenny@hollowayfarm.example>',
    subject: 'Azulejos artesanales para la nueva cafetería / handmade tiles for your new café',
    date: '2026-01-13 12:30 +0100',
    text: `Hola Jenny,

He visto en Instagram que estáis reformando el granero para abrir una cafetería en
primavera. ¡Enhorabuena!

Somos un pequeño taller de Valencia y hacemos azulejos artesanales para cafeterías
y tiendas. Te adjunto el enlace a un proyecto parecido que hicimos en Bath:
https://marisol-ceramica.example/proyectos/bath-bakery

(In English, in case it's easier:) We are a small tile workshop in Valencia. If you
send me the approximate size of the counter and wall, I can prepare a quote and post
you three sample tiles free of charge.

Un saludo,
Lucía Ferrer
Marisol Cerámica
`,
  },
  {
    slug: 'outreach-nl-bakkerij-lunch',
    cat: 'sales-outreach',
    from: 'Ingrid Vos <ingrid@bakkerij-vos.example>',
    to: 'Sanne de Vries <sanne@groenveld.example>',
    subject: 'Lunchbroodjes voor jullie nieuwe kantine?',
    date: '2025-08-26 14:12 +0200',
    text: `Hoi Sanne,

Via Pieter van de Foundry hoorde ik dat Groenveld na de zomer een eigen kantine
opent. Wij bakken al 40 jaar in Utrecht en leveren dagelijks lunchbroodjes aan een
stuk of twintig bedrijven in de buurt.

Voor een kantine van jullie grootte (zo'n 60 mensen) zou dat neerkomen op ongeveer
EUR 2,40 per broodje, bezorgd om 11:30. Eén proefweek is gratis.

Zal ik volgende week een keer langskomen met een proefpakket? Dinsdag of donderdag
kan ik rond 10 uur.

Groetjes,
Ingrid Vos
Bakkerij Vos – Kerkstraat 41, Utrecht
`,
  },
  {
    slug: 'outreach-it-ferramenta-trasporti',
    cat: 'sales-outreach',
    from: 'Paolo Galli <paolo.galli@ferramenta-galli.example>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'Fornitura cinghie e catene di ancoraggio per la vostra flotta',
    date: '2025-10-21 08:55 +0200',
    html: 'outlook',
    text: `Buongiorno Marco,

sono Paolo Galli, titolare della Ferramenta Galli di Bergamo. Lavoriamo con diverse
aziende di trasporto della zona per la fornitura di cinghie, catene di ancoraggio e
cricchetti certificati EN 12195-2.

Ho visto che avete da poco aggiunto cinque semirimorchi alla flotta. Se vi può
interessare, posso prepararvi un'offerta per un kit completo per mezzo, con
consegna direttamente al vostro piazzale.

Resto a disposizione per una telefonata o una visita.

Cordiali saluti,
Paolo Galli
Ferramenta Galli Srl – Via dei Mille 18, Bergamo
Tel. 035 555 0182
`,
  },
  {
    slug: 'outreach-de-druckluft-wartung',
    cat: 'sales-outreach',
    from: 'Thomas Weber <t.weber@weber-druckluft.example>',
    to: 'Jan Osterhagen <j.osterhagen@osterhagen-mb.example>',
    subject: 'Leckage-Messung Ihrer Druckluftanlage – kostenloser Termin im März',
    date: '2026-02-10 09:40 +0100',
    text: `Sehr geehrter Herr Osterhagen,

in vielen Maschinenbaubetrieben gehen 20 bis 30 % der erzeugten Druckluft durch
Leckagen verloren. Bei einem 55-kW-Kompressor sind das schnell 8.000 EUR Strom im Jahr.

Wir sind ein Fachbetrieb aus Bielefeld und bieten im März eine kostenlose
Ultraschall-Leckagemessung für Betriebe in Ostwestfalen an. Sie erhalten danach
einen kurzen Bericht mit den gefundenen Leckagen und den geschätzten Kosten.

Hätten Sie Interesse an einem Termin? Ein Vormittag reicht in der Regel aus.

Mit freundlichen Grüßen
Thomas Weber
Weber Drucklufttechnik GmbH
https://weber-druckluft.example
`,
  },
  {
    slug: 'outreach-referral-short',
    cat: 'sales-outreach',
    from: 'Noor Haddad <noor@fathom-data.example>',
    to: 'Julia Marsh <julia.marsh@solvent-labs.example>',
    subject: 'Priya suggested I get in touch',
    date: '2025-11-05 16:20 +0100',
    html: 'gmail',
    text: `Hi Julia,

Priya Raman mentioned you are looking at usage-based pricing for next year and
suggested we talk - we helped her team model it in the spring.

Happy to share what we learned, no pitch. Would 20 minutes next week work?

Noor
`,
  },
  {
    slug: 'outreach-agency-specific-observation',
    cat: 'sales-outreach',
    from: 'Imogen Hart <imogen@copperleaf-digital.example>',
    to: 'Jenny Holloway <jenny@hollowayfarm.example>',
    subject: 'Your Christmas opening hours are still on the website',
    date: '2026-01-20 11:05 +0000',
    text: `Hi Jenny,

Small thing I noticed while looking for your farm shop on my phone last weekend:
the homepage and your Google profile both still show the Christmas opening hours,
so it looks like you close at 2 pm on Saturdays.

We're a two-person web studio in Stroud and look after sites for a few farm shops
and cafes nearby. If it's useful, I'm happy to fix the hours for you for free, and if
you ever want help with the café launch page I'd love to chat.

Either way, hope the barn conversion is going well!

Imogen Hart
Copperleaf Digital
`,
  },
  {
    slug: 'outreach-sponsorship-association',
    cat: 'sales-outreach',
    from: 'Fiona Marsh <fiona.marsh@rla-logistics.example>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Sponsorship packages for the RLA autumn conference',
    date: '2025-06-24 10:30 +0100',
    html: 'outlook',
    text: `Dear Dana,

As a long-standing member, Northwind gets first choice of sponsorship packages for
our autumn conference in Leeds (14-15 October). Three packages are still open:

- Coffee bar sponsor (logo on cups and signage) - GBP 2,500
- Lanyard sponsor - GBP 1,800
- Panel session sponsor, with a speaker slot - GBP 4,200

Member prices are 15% below the public rates. Let me know by 11 July if any of these
appeal and I'll hold it for you.

Kind regards,
Fiona Marsh
Events Manager, Regional Logistics Association
`,
  },
  {
    slug: 'outreach-data-enrichment-valley',
    cat: 'sales-outreach',
    from: 'Ravi Menon <ravi.menon@orchard-analytics.example>',
    to: 'Kwame Asante <kwame@valley.example>',
    subject: 'Orchard + Valley CRM: firmographic enrichment for your customers',
    date: '2026-04-08 15:45 -0700',
    text: `Hi Kwame,

We met briefly at SaaStr Europa in Barcelona. I run partnerships at Orchard Analytics.

A number of Valley CRM customers already push contacts to Orchard to fill in
company size, industry and tech stack. We'd like to turn that into a proper
marketplace integration so it works in one click, with a revenue share for Valley.

Would you be the right person to discuss it with, or should I talk to someone on
the product side? I'm in Amsterdam 28-29 April if a coffee is easier than a call.

Thanks,
Ravi Menon
Head of Partnerships, Orchard Analytics
`,
  },
  // ---- follow-ups ----
  {
    slug: 'followup-pilot-week6-review',
    cat: 'follow-up',
    from: 'Hiro Tanaka <hiro.tanaka@pickwise-robotics.example>',
    to: 'Greg Oduya <g.oduya@redwater.example>',
    cc: 'Sam Patel <sam.patel@pickwise-robotics.example>',
    subject: 'Pilot week 6: numbers + review call on Wednesday',
    date: '2025-09-19 17:10 -0400',
    html: 'apple',
    text: `Hi Greg,

Quick update from the pilot zone before the weekend:

- Pick rate this week: 141 lines/hour (baseline was 58)
- Mis-picks: 2 out of 3,904 lines
- Robot availability: 99.1%, one planned battery swap on Tuesday

I've sent an invite for a 45-minute review on Wednesday at 11:00 your time so we
can go through the full report and talk about what a second zone would look like.

Have a good weekend,
Hiro
`,
    att: [{ key: 'ics-review-call', type: 'text/calendar; method=REQUEST' }],
  },
  {
    slug: 'followup-tiles-quote-reply',
    cat: 'follow-up',
    from: 'Jenny Holloway <jenny@hollowayfarm.example>',
    to: 'Lucía Ferrer <lucia@marisol-ceramica.example>',
    subject: 'Re: Azulejos artesanales para la nueva cafetería / handmade tiles for your new café',
    date: '2026-01-15 20:41 +0000',
    inReplyTo: true,
    text: `Hi Lucía,

What lovely timing - we were just arguing about tiles! The counter front is about
3.2 m long and 1 m high, and we'd like a band of tiles behind the coffee machine,
roughly 4 m by 60 cm. Olive green or something earthy.

Samples would be great: Holloway Farm Shop, Lower Lane, Stroud (fictional address).

Thanks!
Jenny

On 13 Jan 2026, at 12:30, Lucía Ferrer <lucia@marisol-ceramica.example> wrote:
> Hola Jenny,
> He visto en Instagram que estáis reformando el granero para abrir una cafetería
> en primavera...
`,
  },
  {
    slug: 'followup-breakup-close-file',
    cat: 'follow-up',
    from: 'Derek Mulligan <derek.mulligan@ironbridge-insure.example>',
    to: 'Ben Carter <ben@anvil-oak.example>',
    subject: 'Should I close your file?',
    date: '2026-03-02 09:15 +0000',
    text: `Hi Ben,

I've sent a couple of notes about the van fleet renewal and haven't heard back, which
usually means the timing is wrong or you've sorted it already - both completely fine.

I'll close the file on my side for now. If you'd like a second quote before your
renewal on 1 April, just reply and I'll pick it up again.

All the best,
Derek Mulligan
Ironbridge Insurance Brokers
`,
  },
  {
    slug: 'followup-after-webinar-personal',
    cat: 'follow-up',
    from: 'Harriet Vance <harriet@vance-pricing.example>',
    to: 'Mia Schultz <mia.schultz@quillfield.example>',
    subject: 'Your question about annual discounts',
    date: '2025-05-23 13:22 +0100',
    text: `Hi Mia,

Thanks for joining yesterday's masterclass. You asked about annual prepay discounts
and I ran out of time to answer properly.

Short version: 10-15% is normal for B2B SaaS; more than 20% tends to train customers
to wait for a deal. The better lever is often multi-year price locks rather than a
bigger discount. I wrote it up in more detail here:
https://vance-pricing.example/notes/annual-discounts

If you'd like to talk through Quillfield's plans specifically, my diary is here:
https://vance-pricing.example/book

Harriet
`,
  },
  {
    slug: 'followup-referral-thank-you',
    cat: 'follow-up',
    from: 'Priya Raman <priya.raman@solvent-labs.example>',
    to: 'Noor Haddad <noor@fathom-data.example>',
    subject: 'Re: Priya suggested I get in touch',
    date: '2025-11-06 08:31 +0100',
    inReplyTo: true,
    html: 'gmail',
    text: `Thanks for looping me in, Noor - and Julia, Noor's team saved us about three weeks
of spreadsheet pain in the spring. Worth the call.

I'll leave you two to it.

Priya
`,
  },
  // ---- meeting notes ----
  {
    slug: 'meeting-notes-workshop-pdf-next',
    cat: 'meeting-notes',
    from: 'Pia Nyberg <p.nyberg@meridian-consult.example>',
    to: 'Erik Halvorsen <erik@halvorsen-freight.example>',
    cc: 'Karin Dahl <k.dahl@halvorsen-freight.example>, Claire Dubois <claire.dubois@meridian-consult.example>',
    subject: 'Notes from Tuesday\u2019s discovery workshop + next session',
    date: '2025-11-20 16:05 +0100',
    html: 'outlook',
    text: `Hi Erik, hi Karin,

Thank you both for a productive workshop on Tuesday. Notes are attached; the short
version:

1. We keep four of the six pipelines; "Tender" merges into "Proposal".
2. Three years of activity history get imported, older records are archived.
3. We expect around 9,000 duplicate contacts and will send a merge report first.
4. Action for Halvorsen: owner mapping file (old user -> new user) by 28 November.

I've also sent an invitation for the data mapping walkthrough on 2 December.

Best regards,
Pia Nyberg
Meridian Consulting
`,
    att: ['notes-workshop', { key: 'ics-workshop', type: 'text/calendar; method=REQUEST' }],
  },
  {
    slug: 'meeting-notes-call-recap-plain',
    cat: 'meeting-notes',
    from: 'Sarah Lindell <sarah.lindell@pickwise-robotics.example>',
    to: 'Olivia Brandt <olivia.brandt@kestrelbio.example>',
    subject: 'Recap of today\u2019s call',
    date: '2026-02-18 14:50 -0500',
    text: `Hi Olivia,

Thanks for the time today. What I took away:

- Your cold room picks are the bottleneck (about 900 lines/day, 2 people)
- Racking cannot change before the Q3 shutdown
- Any pilot needs sign-off from QA because of GMP

Next steps:
- Me: send the GMP validation pack we used at another biotech site (by Friday)
- Me: check if our robots are rated for +2 to +8 C (I believe yes, confirming)
- You: ask QA who should be on the next call

Talk soon,
Sarah
`,
  },
  {
    slug: 'meeting-notes-german-protokoll',
    cat: 'meeting-notes',
    from: 'Sabine Krüger <s.krueger@brightline-translate.example>',
    to: 'Jan Osterhagen <j.osterhagen@osterhagen-mb.example>',
    subject: 'Protokoll unseres Telefonats vom 4. März',
    date: '2026-03-04 15:20 +0100',
    text: `Sehr geehrter Herr Osterhagen,

vielen Dank für das angenehme Gespräch. Hier kurz die Punkte, die wir besprochen
haben:

1. Übersetzung der neuen Betriebsanleitung (ca. 18.000 Wörter) ins Englische und
   Französische, Liefertermin KW 16.
2. Die Terminologieliste aus dem letzten Projekt wird weiterverwendet und ergänzt.
3. Ihre Technische Redaktion sendet uns die Dateien bis 13. März im IDML-Format.
4. Wir schicken Ihnen bis Ende der Woche ein Angebot.

Falls ich etwas falsch notiert habe, geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen
Sabine Krüger
`,
  },
  // ---- quotes ----
  {
    slug: 'quote-hvac-maintenance-pdf',
    cat: 'quote-proposal',
    from: 'Luis Ortega <luis.ortega@northstar-hvac.example>',
    to: 'Olivia Brandt <olivia.brandt@kestrelbio.example>',
    subject: 'Quote 7713 - preventive maintenance, Building B',
    date: '2026-04-14 10:10 -0500',
    html: 'outlook',
    text: `Hi Olivia,

As promised after the walk-through, attached is quote 7713 for preventive maintenance
on the six rooftop units in Building B.

Summary:
- Quarterly PM visits incl. MERV 13 filter changes: USD 4,320 per year
- Emergency call-out with 4-hour response: USD 1,150 per year
- Total: USD 5,470 per year, prices held until 30 June

Happy to adjust the scope if you'd rather start with the PM visits only.

Thanks,
Luis Ortega
Service Sales, Northstar HVAC
`,
    att: ['quote-northstar'],
  },
  {
    slug: 'quote-integration-licence-pdf',
    cat: 'quote-proposal',
    from: 'Rachel Quill <rachel.quill@quillfield.example>',
    to: 'Jan Osterhagen <j.osterhagen@osterhagen-mb.example>',
    subject: 'Quote Q-1042 for the ERP connector',
    date: '2025-12-09 11:45 +0000',
    text: `Dear Jan,

Please find attached our quote Q-1042 for the ERP connector licence, implementation
and training, as discussed with your IT team last Thursday.

The total is EUR 13,600. The quote is valid until 31 January 2026; if you sign before
then we can start implementation in the second week of February.

Kind regards,
Rachel Quill
Quillfield Software
`,
    att: ['quote-quillfield'],
  },
  {
    slug: 'quote-tiles-spanish-pdf',
    cat: 'quote-proposal',
    from: 'Lucía Ferrer <lucia@marisol-ceramica.example>',
    to: 'Jenny Holloway <jenny@hollowayfarm.example>',
    subject: 'Presupuesto MC-2026-031 – azulejos verde oliva',
    date: '2026-01-22 09:30 +0100',
    inReplyTo: true,
    text: `Hola Jenny,

Te adjunto el presupuesto MC-2026-031 y una foto del verde oliva que comentamos.
Las muestras salieron ayer por correo.

Resumen / summary:
- Azulejo 13x13 verde oliva, 40 m2: 2.360 EUR
- Cenefa decorada, 22 m: 594 EUR
- Embalaje y transporte a Reino Unido: 410 EUR
- Total: 3.364 EUR (válido 45 días)

Un abrazo,
Lucía
`,
    att: ['quote-marisol', 'photo-tiles'],
  },
  {
    slug: 'quote-catering-inline-text',
    cat: 'quote-proposal',
    from: 'Rosa Jimenez <events@summitcatering.example>',
    to: 'Sophie Ng <sophie.ng@kestrelbio.example>',
    subject: 'Quote for your team offsite lunch, 12 May',
    date: '2026-04-20 13:05 -0600',
    text: `Hi Sophie,

Here's the quote for 45 people on Tuesday 12 May, delivered to the Boulder office
at 12:00:

  Mediterranean buffet (incl. 2 vegan mains) .... 45 x $24.00 = $1,080.00
  Fruit and pastry platter ........................ 3 x $65.00 = $195.00
  Still and sparkling water ...................................... $54.00
  Delivery and set-up ............................................ $60.00
  Total ....................................................... $1,389.00

A 25% deposit secures the date. Final numbers are due 5 working days before.

Best,
Rosa
Summit Catering Co.
`,
  },
  {
    slug: 'quote-dpa-redline-docx',
    cat: 'quote-proposal',
    from: 'Priya Raman <priya.raman@solvent-labs.example>',
    to: 'Lena Hoffmann <l.hoffmann@auerbach-kliniken.example>',
    cc: 'legal@solvent-labs.example',
    subject: 'DPA v2 with your legal team\u2019s comments accepted',
    date: '2025-07-02 12:12 +0200',
    html: 'gmail',
    text: `Hi Lena,

Attached is version 2 of the data processing agreement. Our legal team accepted all
of your comments; the only other change is Annex 2, where we added the EU data region
sub-processor.

If this is fine on your side, I'll send it for signature through our usual e-sign
tool tomorrow.

Best,
Priya
`,
    att: ['docx-dpa'],
  },
  // ---- meeting confirmations ----
  {
    slug: 'meeting-confirm-coffee-short',
    cat: 'meeting',
    from: 'Ravi Menon <ravi.menon@orchard-analytics.example>',
    to: 'Kwame Asante <kwame@valley.example>',
    subject: 'Re: Orchard + Valley CRM: firmographic enrichment for your customers',
    date: '2026-04-10 08:02 -0700',
    inReplyTo: true,
    text: `Perfect - Tuesday 28 April, 9:30 at the coffee place opposite Centraal. I'll be the
one with the orange laptop sleeve.

Ravi
`,
  },
  {
    slug: 'meeting-video-link-own-domain',
    cat: 'meeting',
    from: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    to: 'Erik Halvorsen <erik@halvorsen-freight.example>',
    subject: 'Moved: steering group call to Thursday 15:00',
    date: '2026-01-26 17:40 +0100',
    html: 'outlook',
    text: `Hi Erik,

As discussed, I've moved the steering group call to Thursday at 15:00 CET because of
your board meeting. Same link as before:

https://meet.meridian-consult.example/j/84412077

Agenda: cut-over date, training plan, open data quality issues.

Best regards,
Claire
`,
  },
];
