'use strict';
// Ham: follow-ups after meetings/demos, and quotes / proposals.
const { pdf, png, docx, xlsx } = require('../build-attachments.cjs');
const { gmail, outlook, toText } = require('./_html.cjs');

module.exports = [
  // ------------------------------------------------------------------ follow-up
  {
    slug: 'demo-recap-next-steps',
    cat: 'follow-up',
    date: '2025-03-14 17:22:09 -0400',
    from: 'Priya Natarajan <priya@kestrel-analytics.example>',
    to: 'Owen Blake <owen.blake@hartwell-dental.example>',
    cc: 'Samira Haddad <samira.haddad@hartwell-dental.example>',
    subject: 'Recap + next steps from today\'s Kestrel demo',
    messageId: '<kestrel-recap-20250314.7731@kestrel-analytics.example>',
    mailer: 'Valley CRM Mailer 3.8',
    html: gmail(
      [
        'Owen, Samira - thanks for the time this afternoon. A quick recap so nothing gets lost:',
        '<b>What you need</b><ul><li>One view of chair utilisation and no-shows across all six clinics</li><li>Hygiene recall list that front desk can actually work from</li><li>Monthly board pack without the copy-paste marathon</li></ul>',
        '<b>What we agreed</b><ul><li>I\'ll set up a trial workspace connected to the Westfield and Dunmore databases (read-only)</li><li>Samira will send the user list - probably 8 people</li><li>We regroup on <b>Tuesday 25 March at 2pm</b> to look at your own numbers</li></ul>',
        'I\'ve attached the slides I used, with the pricing page at the end. The group plan we discussed is $1,150/month for all six locations, billed annually.',
        'Talk soon,<br>Priya',
      ],
      'Priya Natarajan | Kestrel Analytics | +1 (617) 555-0122',
    ),
    get text() {
      return toText(this.html);
    },
    att: [
      {
        name: 'Kestrel_Hartwell_Demo_2025-03-14.pdf',
        type: 'application/pdf',
        content: pdf('Kestrel Analytics for Hartwell Dental Group', [], {
          pages: [
            { title: 'Kestrel Analytics for Hartwell Dental Group', lines: ['Demo, 14 March 2025', 'Agenda: current reporting, live walkthrough, rollout plan, pricing'] },
            { title: 'Rollout plan', lines: ['Week 1: connect practice management databases (read-only)', 'Week 2: dashboards per clinic, recall list, user training (2 x 45 min)', 'Week 3: board pack template, go-live'] },
            { title: 'Pricing', lines: ['Group plan, up to 8 locations: 1,150 USD per month, billed annually', 'Includes unlimited users, onboarding and email support', 'Optional: custom KPI development at 150 USD per hour'] },
          ],
        }),
      },
    ],
  },
  {
    slug: 'proposal-nudge-two-lines',
    eol: 'lf',
    cat: 'follow-up',
    date: '2025-04-02 09:03:44 -0700',
    from: 'Luis Ortega <lortega@pinecrest-solar.example>',
    to: 'facilities@redhawk-cold-storage.example',
    subject: 'Re: Rooftop solar for cold storage - case study from a site like yours',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Hi again - did the shading analysis make it to the right person? Happy to walk through it on a call if easier.

Luis
`,
  },
  {
    slug: 'trade-show-booth-follow-up',
    htmlOnly: true,
    cat: 'follow-up',
    date: '2025-09-18 08:47:30 -0500',
    from: 'Jenna Morales <jenna@mosaicprint.example>',
    to: 'Alicia Gomez <agomez@prairie-pet-foods.example>',
    subject: 'Great meeting you at booth 1142',
    mailer: 'Valley CRM Mailer 3.8',
    html: `<div style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hi Alicia,</p>
<p>Thanks for stopping by at Pack Expo - and for putting up with me showing everyone the fabric swatch book.</p>
<p>As promised, here's our event graphics brochure: <a href="https://bit.ly/mosaic-event-2025">bit.ly/mosaic-event-2025</a> (it's a 6 MB PDF, so I didn't want to attach it).</p>
<p>You mentioned the Des Moines show in November. If you can send me the booth size, I'll put together two options - one reusing your current frames and one with new SEG lightboxes.</p>
<p>Jenna Morales<br>Mosaic Print Co. &middot; (214) 555-0137</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 're-re-quoted-thread-freight',
    cat: 'follow-up',
    date: '2025-02-12 15:18:02 -0600',
    from: 'Derek Saunders <derek.saunders@brightwater-logistics.example>',
    to: 'Marisol Vega <mvega@crestline-plastics.example>',
    subject: 'Re: Re: Chicago -> Dallas LTL lanes for Crestline',
    headers: {
      'In-Reply-To': '<CAHx8q2kq3LT0+vega@mail.crestline-plastics.example>',
      References: '<brightwater-ltl-20250204@brightwater-logistics.example> <CAHx8q2kq3LT0+vega@mail.crestline-plastics.example>',
    },
    mailer: 'Microsoft Outlook 16.0',
    text: `Marisol,

Got them, thanks. Here's what the three loads would have run with us:

  BOL 77120  4 pallets, 3,180 lb, class 70   your cost $612   ours $540
  BOL 77148  2 pallets, 1,420 lb, class 70   your cost $388   ours $352
  BOL 77203  6 pallets, 5,050 lb, class 65   your cost $861   ours $741

Liftgate is included on the last one since Grand Prairie has no dock on the east side.
Happy to set up a trial on next week's Thursday departure if you want to test it.

Derek

-----Original Message-----
From: Marisol Vega <mvega@crestline-plastics.example>
Sent: Tuesday, February 11, 2025 4:02 PM
To: Derek Saunders <derek.saunders@brightwater-logistics.example>
Subject: Re: Chicago -> Dallas LTL lanes for Crestline

Hi Derek,

Fair enough, you caught me at a good time - our current carrier has missed two
delivery windows this month. Three BOLs from January are attached. Weights and
class are on each one.

Marisol

> On Tue, Feb 4, 2025 at 8:12 AM Derek Saunders wrote:
> Hi Marisol,
>
> I run the Midwest desk at Brightwater Logistics. We move a lot of palletised resin
> and finished plastics between the Chicago area and north Texas...
`,
  },
  {
    slug: 'nachfassen-nach-messe',
    cat: 'follow-up',
    lang: 'de',
    date: '2025-04-08 10:31:17 +0200',
    from: 'Jonas Hofmann <j.hofmann@hofmann-maschinenbau.example>',
    to: 'Frau Birgit Lenz <b.lenz@lenz-verpackung.example>',
    subject: 'Unser Gespräch auf der Hannover Messe – Schrumpftunnel ST-600',
    mailer: 'Valley CRM Mailer 3.8',
    html: outlook(
      [
        'Sehr geehrte Frau Lenz,',
        'vielen Dank für das angenehme Gespräch an unserem Stand in Halle 16. Wie besprochen sende ich Ihnen die wichtigsten Eckdaten zum Schrumpftunnel ST-600:',
        '&bull; Durchlaufbreite 600 mm, Bandgeschwindigkeit bis 25 m/min<br>&bull; Energieverbrauch rund 30 % unter dem Vorgängermodell<br>&bull; Lieferzeit derzeit etwa 10 Wochen ab Auftragseingang',
        'Gerne würde ich Sie in den nächsten Wochen in Bielefeld besuchen und mir Ihre Linie 3 ansehen, damit wir ein belastbares Angebot erstellen können. Passt Ihnen die KW 17?',
        'Mit freundlichen Grüßen',
      ],
      'Jonas Hofmann | Vertrieb Inland<br>Hofmann Maschinenbau GmbH | Industriestraße 7 | 33609 Bielefeld<br>Tel. +49 521 555 3021',
    ),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'left-you-a-voicemail',
    cat: 'follow-up',
    date: '2025-05-20 11:48:55 -0400',
    from: 'Marcus Lee <mlee@ridgeline-it.example>',
    to: 'Angela Ruiz <aruiz@ruiz-family-law.example>',
    subject: 'Left you a voicemail this morning',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Hi Angela,

I left a voicemail at the office this morning - just wanted to put it in writing too.
The security review we talked about is booked for Thursday the 29th at 9:30. I'll need
about an hour with whoever has admin access to Microsoft 365 (Carla, I think?).

Nothing to prepare on your side. If the time no longer works, call me on (813) 555-0110
or reply here.

Marcus
`,
  },
  {
    slug: 'relance-devis-signature',
    cat: 'follow-up',
    lang: 'fr',
    date: '2025-10-14 14:02:40 +0200',
    from: 'Camille Durand <camille.durand@cartonnages-durand.example>',
    to: 'Julien Morel <j.morel@maison-morel-confitures.example>',
    subject: 'Re: Devis coffrets 3 pots – validation avant le 20/10 ?',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Bonjour Julien,

Je reviens vers vous concernant le devis n° D-2025-0412 (2 000 coffrets trois pots,
impression une couleur). Pour être livrés avant le 28 novembre, nous devons lancer la
production au plus tard le lundi 20 octobre.

Si le devis vous convient, il suffit de me le renvoyer signé, ou de me répondre « bon
pour accord » par e-mail. Si vous souhaitez modifier la quantité, dites-le-moi et je
vous refais une proposition dans la journée.

Belle journée,
Camille
`,
  },
  {
    slug: 'fwd-intro-from-colleague',
    cat: 'follow-up',
    date: '2025-07-29 08:15:03 -0700',
    from: 'Nate Whitaker <nate@quarrysoft.example>',
    to: 'Greg Foster <gfoster@cascade-benefits.example>',
    subject: 'Fwd: Intro - Greg Foster (Cascade Benefits) <> Nate (Quarry)',
    mailer: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.2.0',
    text: `Hi Greg,

Thanks to Diane for the intro (moving her to bcc to spare her inbox). I'd love to hear how
Cascade handles COI requests today - are you around for 20 minutes next week? Tuesday and
Wednesday afternoons are open on my side.

Nate

-------- Forwarded Message --------
Subject: Intro - Greg Foster (Cascade Benefits) <> Nate (Quarry)
Date: Mon, 28 Jul 2025 16:40:11 -0700
From: Diane Cho <dcho@lakeshore-insurance.example>
To: Nate Whitaker <nate@quarrysoft.example>, Greg Foster <gfoster@cascade-benefits.example>

Greg, meet Nate. His team built the certificate tool we rolled out in June - it's
cut our turnaround from two days to about an hour. You mentioned at the PIA lunch
that your account managers were drowning in the same requests.

Nate, Greg runs operations at Cascade. I'll let you two take it from here.

Diane
`,
  },
  {
    slug: 'sample-feedback-photo',
    cat: 'follow-up',
    date: '2025-11-04 13:27:48 +0100',
    from: 'Camille Durand <camille.durand@cartonnages-durand.example>',
    to: 'Julien Morel <j.morel@maison-morel-confitures.example>',
    lang: 'fr',
    subject: 'Photo du calage – est-ce que ça tient avec vos pots de 370 g ?',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Bonjour Julien,

Voici une photo du calage modifié (languette plus large au centre), comme évoqué au
téléphone. Pouvez-vous me dire si vos pots de 370 g tiennent bien sans jouer ?

Merci d'avance,
Camille
`,
    att: [
      {
        name: 'calage_v2_photo.png',
        type: 'image/png',
        content: png(200, 150, (x, y) => {
          const cx = [50, 100, 150];
          for (const c of cx) if ((x - c) ** 2 + (y - 75) ** 2 < 400) return [150, 60, 40];
          return y > 40 && y < 110 ? [196, 164, 120] : [235, 230, 222];
        }),
      },
    ],
  },
  {
    slug: 'case-study-share-link',
    cat: 'follow-up',
    date: '2026-01-13 10:04:26 -0500',
    from: 'Rachel Kim <rachel.kim@tallyworks.example>',
    to: 'Victor Alvarez <valvarez@alvarez-construction.example>',
    subject: 'The job-costing story I mentioned',
    mailer: 'Valley CRM Mailer 3.8',
    html: `<p>Victor,</p>
<p>Here's the write-up on Delgado Builders that I mentioned on Friday - they went from closing job costs 6 weeks after project end to 4 days: <a href="https://ow.ly/Tw8p50UqZk3">ow.ly/Tw8p50UqZk3</a></p>
<p>The part that's most relevant for you is the section on pulling foreman timesheets straight from the mobile app.</p>
<p>Rachel<br><span style="color:#777">Tallyworks &middot; construction accounting &middot; (404) 555-0133</span></p>
`,
    get text() {
      return toText(this.html);
    },
  },

  // ------------------------------------------------------------------ quote
  {
    slug: 'quote-cnc-brackets-pdf',
    cat: 'quote',
    date: '2025-02-25 16:40:12 -0500',
    from: 'Karen Mills <kmills@ironleaf-mfg.example>',
    to: 'Purchasing <purchasing@delta-conveyor.example>',
    subject: 'Quote Q-25-0219 - 6061 mounting brackets (RFQ 4471)',
    mailer: 'Microsoft Outlook 16.0',
    text: `Hello,

Please find attached our quotation Q-25-0219 in response to RFQ 4471 for the 6061-T6
mounting brackets (drawing DC-4471 rev C).

Summary:
  qty 250    $14.80 ea
  qty 500    $12.35 ea
  qty 1,000  $10.90 ea
Clear anodise included. Lead time 4-5 weeks ARO, FOB Dayton.

The quote is valid for 30 days. Let me know if you need first-article inspection
reports; those are $180 per part number.

Karen Mills
Inside Sales | Ironleaf Manufacturing
(937) 555-0164
`,
    att: [
      {
        name: 'Q-25-0219_Ironleaf_DeltaConveyor.pdf',
        type: 'application/pdf',
        content: pdf('Ironleaf Manufacturing - Quotation Q-25-0219', [
          'Customer: Delta Conveyor Systems - RFQ 4471',
          'Part: Mounting bracket, 6061-T6, drawing DC-4471 rev C',
          'Qty 250 ........ 14.80 USD each',
          'Qty 500 ........ 12.35 USD each',
          'Qty 1,000 ...... 10.90 USD each',
          'Finish: clear anodise Type II. Tolerances per drawing.',
          'Lead time: 4-5 weeks ARO. Terms: Net 30. FOB Dayton, OH.',
          'Valid until 2025-03-27.',
        ]),
      },
    ],
  },
  {
    slug: 'quote-html-table-print',
    htmlOnly: true,
    cat: 'quote',
    date: '2025-08-05 11:12:36 -0500',
    from: 'Jenna Morales <jenna@mosaicprint.example>',
    to: 'tom.reilly@ferrowright-tools.example',
    subject: 'Your FabTech graphics quote',
    mailer: 'Valley CRM Mailer 3.8',
    html: `<div style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hi Tom,</p>
<p>Here are the numbers for the 20' inline booth. Prices include design adjustments to your existing artwork and shipping to the Chicago show site.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f0f0f0"><th align="left">Item</th><th>Qty</th><th align="right">Price</th></tr>
<tr><td>SEG fabric backwall 20' x 8'</td><td align="center">1</td><td align="right">$2,340.00</td></tr>
<tr><td>Counter wrap, vinyl</td><td align="center">2</td><td align="right">$390.00</td></tr>
<tr><td>Hanging sign, 10' round, double-sided</td><td align="center">1</td><td align="right">$1,180.00</td></tr>
<tr><td>Freight to McCormick Place</td><td align="center">1</td><td align="right">$265.00</td></tr>
<tr style="border-top:2px solid #333"><td colspan="2"><b>Total</b></td><td align="right"><b>$4,175.00</b></td></tr>
</table>
<p>Artwork deadline is August 22 for delivery before move-in. To go ahead, just reply "approved" and I'll send the proof and a deposit invoice (50%).</p>
<p>Jenna</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'angebot-kaeltetrockner',
    cat: 'quote',
    lang: 'de',
    date: '2025-05-16 14:55:02 +0200',
    from: 'Jonas Hofmann <j.hofmann@hofmann-maschinenbau.example>',
    to: 'Frau Birgit Lenz <b.lenz@lenz-verpackung.example>',
    subject: 'Angebot 2025-118 – Schrumpftunnel ST-600 inkl. Kühlstrecke',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Sehr geehrte Frau Lenz,

vielen Dank für Ihre Zeit bei unserem Besuch in Bielefeld. Anbei erhalten Sie unser
Angebot 2025-118 für den Schrumpftunnel ST-600 mit nachgeschalteter Kühlstrecke.

Gesamtpreis netto: 48.900,00 EUR, inklusive Montage und Inbetriebnahme vor Ort.
Das Angebot ist bis zum 30. Juni 2025 gültig.

Bei Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.

Mit freundlichen Grüßen
Jonas Hofmann
Hofmann Maschinenbau GmbH
Tel. +49 521 555 3021
`,
    att: [
      {
        name: 'Angebot_2025-118_Kühlstrecke_Lenz.pdf',
        type: 'application/pdf',
        content: pdf('Angebot 2025-118 - Hofmann Maschinenbau GmbH', [
          'Kunde: Lenz Verpackung GmbH, Bielefeld',
          'Pos. 1  Schrumpftunnel ST-600, 400 V, 24 kW ............. 39.500,00 EUR',
          'Pos. 2  Kuhlstrecke KS-1200 mit Ventilatoren ............. 6.200,00 EUR',
          'Pos. 3  Montage und Inbetriebnahme (2 Techniker, 3 Tage) . 3.200,00 EUR',
          'Summe netto 48.900,00 EUR zzgl. gesetzl. USt.',
          'Lieferzeit: ca. 10 Wochen. Zahlung: 30 % Anzahlung, 70 % nach Abnahme.',
          'Gultig bis 30.06.2025.',
        ]),
      },
    ],
  },
  {
    slug: 'revised-quote-volume-discount',
    cat: 'quote',
    date: '2025-03-04 09:20:11 -0500',
    from: 'Karen Mills <kmills@ironleaf-mfg.example>',
    to: 'Purchasing <purchasing@delta-conveyor.example>',
    subject: 'Revised: Q-25-0219 rev 1 (7% blanket-order discount)',
    mailer: 'Microsoft Outlook 16.0',
    text: `Hello again,

Following your call with our plant manager, here is the revision for a 12-month
blanket order of 3,000 brackets released in lots of 250:

  blanket price  $10.14 ea (7% off the 1,000-piece price)
  releases       monthly, 5 business days' notice
  price hold     12 months, aluminium surcharge clause per attached T&Cs

Everything else is unchanged from Q-25-0219. This revision is valid until March 31.

Karen
`,
  },
  {
    slug: 'devis-traiteur-seminaire',
    cat: 'quote',
    lang: 'fr',
    date: '2025-06-11 10:45:19 +0200',
    from: 'Élodie Marchand <elodie@atelier-lumiere.example>',
    to: 'Service Communication <communication@groupe-vernet.example>',
    subject: 'Devis n° AL-25-077 – éclairage et scénographie séminaire 12 septembre',
    mailer: 'Valley CRM Mailer 3.8',
    html: `<p>Bonjour,</p>
<p>Suite à notre visite du Domaine des Tilleuls, veuillez trouver ci-joint notre devis pour l'éclairage et la scénographie de votre séminaire du 12 septembre (180 participants).</p>
<p>Montant total : <b>7 860,00 € HT</b>, montage la veille et démontage le soir même inclus. Un acompte de 30 % est demandé à la signature.</p>
<p>Le devis est valable un mois. N'hésitez pas à m'appeler si vous souhaitez ajuster les options (projection mapping, habillage de la scène).</p>
<p>Cordialement,<br>Élodie Marchand<br>Atelier Lumière – 12 rue des Tanneurs, 69007 Lyon<br>04 78 55 51 20</p>
`,
    get text() {
      return toText(this.html);
    },
    att: [
      {
        name: 'Devis_AL-25-077_Groupe_Vernet.pdf',
        type: 'application/pdf',
        content: pdf('Atelier Lumiere - Devis AL-25-077', [
          'Client : Groupe Vernet - seminaire du 12/09/2025, Domaine des Tilleuls',
          'Eclairage scene et salle pleniere (24 projecteurs LED) ........ 3 450,00 EUR',
          'Habillage lumineux facade et allee ............................ 1 980,00 EUR',
          'Regie technique (2 techniciens, 2 jours) ...................... 1 630,00 EUR',
          'Transport, montage, demontage ................................... 800,00 EUR',
          'Total HT 7 860,00 EUR - TVA 20 % 1 572,00 EUR - Total TTC 9 432,00 EUR',
        ]),
      },
    ],
  },
  {
    slug: 'presupuesto-mantenimiento-flota',
    cat: 'quote',
    lang: 'es',
    date: '2025-10-21 12:30:05 +0200',
    from: 'Javier Ortega <javier.ortega@ortega-distribuciones.example>',
    to: 'Compras <compras@talleres-beltran.example>',
    subject: 'Presupuesto 25/1187 – kit de embragues para furgonetas',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Buenas tardes,

Tal como hablamos por teléfono, les paso el presupuesto para los kits de embrague:

  Ref. KE-4402  Kit embrague Renault Trafic 2.0 dCi   12 uds x 189,40 €
  Ref. KE-4417  Kit embrague Ford Transit 2.0 TDCi    8 uds x 214,90 €
  Ref. VB-0900  Volante bimasa Transit                2 uds x 402,00 €

Total sin IVA: 4.796,00 €. Portes incluidos. Validez: 15 días.

Si lo confirman antes del viernes, les entregamos el martes.

Saludos,
Javier
`,
  },
  {
    slug: 'proposal-docx-website',
    cat: 'quote',
    date: '2025-07-08 15:10:50 -0400',
    from: 'Maya Goldberg <maya@fernhill-digital.example>',
    to: 'Peter Novak <pnovak@novak-physio.example>',
    subject: 'Website proposal for Novak Physiotherapy (editable copy)',
    mailer: 'Apple Mail (2.3774.600.62)',
    text: `Hi Peter,

As requested, here's the proposal as a Word document so your partner can add comments
directly. Tracked changes are fine - I'll pick them up on Monday.

Headline numbers are unchanged: $9,600 fixed, six weeks, with online booking through
your existing Jane account.

Maya
`,
    att: [
      {
        name: 'Fernhill_Proposal_NovakPhysio_v2.docx',
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        content: docx(
          [
            'Website proposal - Novak Physiotherapy',
            'Prepared by Fernhill Digital, 8 July 2025',
            '1. Goals: more online bookings, clearer service pages, faster mobile site.',
            '2. Scope: 10 page templates, booking integration, local SEO basics, copy editing.',
            '3. Timeline: six weeks from kick-off.',
            '4. Fee: 9,600 USD fixed. 40% on signature, 40% at design sign-off, 20% at launch.',
          ],
          { title: 'Website proposal - Novak Physiotherapy', author: 'Maya Goldberg' },
        ),
      },
    ],
  },
  {
    slug: 'pricing-sheet-xlsx',
    cat: 'quote',
    date: '2025-11-19 09:58:33 +0000',
    from: 'Hannah Clarke <h.clarke@northgate-supplies.example>',
    to: 'Reception Team <reception@baylis-architects.example>',
    subject: 'Like-for-like comparison of your supplies order',
    mailer: 'Microsoft Outlook 16.0',
    html: outlook(
      [
        'Hello again,',
        'Thanks for sending your last three orders. I\'ve put them into the attached spreadsheet with our prices next to your current supplier\'s. Across the 31 lines the saving works out at about 14%, mostly on plotter paper and toner.',
        'Everything in the sheet is in stock in Leeds. If you\'d like to go ahead, reply with a PO number and I\'ll open the account today.',
        'Best wishes,',
      ],
      'Hannah Clarke | Northgate Office Supplies | 0113 555 0162',
    ),
    get text() {
      return toText(this.html);
    },
    att: [
      {
        name: 'Baylis_price_comparison_Nov2025.xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content: xlsx(
          [
            ['Item', 'Qty/month', 'Current price GBP', 'Northgate price GBP', 'Saving GBP'],
            ['A0 plotter paper 90gsm 914mm x 50m', 6, 24.9, 21.4, 21.0],
            ['HP 727 ink 130ml black', 4, 68.5, 62.9, 22.4],
            ['A4 copier paper 80gsm box', 10, 21.2, 18.75, 24.5],
            ['Toner HP 89A', 2, 139.0, 118.0, 42.0],
          ],
          { sheet: 'Comparison' },
        ),
      },
    ],
  },
  {
    slug: 'purchase-order-attached',
    cat: 'quote',
    date: '2025-03-20 13:41:07 -0500',
    from: 'Brian Castillo <bcastillo@delta-conveyor.example>',
    to: 'Karen Mills <kmills@ironleaf-mfg.example>',
    subject: 'PO 88-40217 for Q-25-0219 rev 1',
    mailer: 'Microsoft Outlook 16.0',
    text: `Karen,

PO 88-40217 attached for the blanket order per Q-25-0219 rev 1. First release of 250 pcs,
need date April 18. Please confirm receipt and ship date.

Thanks,
Brian Castillo
Buyer, Delta Conveyor Systems
(937) 555-0177
`,
    att: [
      {
        name: 'PO_88-40217.pdf',
        type: 'application/pdf',
        content: pdf('Delta Conveyor Systems - Purchase Order 88-40217', [
          'Vendor: Ironleaf Manufacturing, Dayton OH',
          'Ref: Quotation Q-25-0219 rev 1 (blanket)',
          'Line 1: Bracket DC-4471 rev C, 3,000 pcs @ 10.14 USD, releases of 250',
          'Release 1: 250 pcs, need date 2025-04-18',
          'Terms: Net 30. Ship to: Delta Conveyor, 5100 Webster St, Dayton OH',
        ]),
      },
    ],
  },
  {
    slug: 'offerte-warmtepomp-kantoor',
    cat: 'quote',
    lang: 'nl',
    date: '2025-09-23 16:05:41 +0200',
    from: 'Pieter van der Berg <pieter@vdberg-installatie.example>',
    to: 'Mark Jansen <m.jansen@jansen-accountants.example>',
    subject: 'Offerte 2025-311 warmtepomp en ventilatie Stationsweg 14',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Beste Mark,

Bedankt voor de rondleiding vorige week. Hierbij de offerte voor het kantoor aan de
Stationsweg 14:

  - lucht/water-warmtepomp 16 kW, inclusief buffervat       € 14.850,-
  - balansventilatie met WTW, 6 ruimtes                      €  7.420,-
  - demontage oude cv-ketel en afvoer                        €    640,-

Totaal € 22.910,- excl. btw. Voor de warmtepomp kunt u waarschijnlijk gebruikmaken van de
ISDE-subsidie; wij helpen graag met de aanvraag.

De offerte is 30 dagen geldig. Bij akkoord kunnen we in week 44 starten.

Met vriendelijke groet,
Pieter van der Berg
Van der Berg Installatietechniek B.V. – 033 555 7810
`,
  },
];
