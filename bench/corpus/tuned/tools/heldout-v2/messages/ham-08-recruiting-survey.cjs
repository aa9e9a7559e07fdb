'use strict';
// Ham: recruiting / staffing agencies using the CRM, and surveys / feedback requests.
const { pdf, zip, ics, vcf } = require('../build-attachments.cjs');
const { gmail, espB, toText } = require('./_html.cjs');

const fwdEml = [
  'Date: Wed, 14 May 2025 09:02:17 -0500',
  'From: Alicia Gomez <agomez@prairie-pet-foods.example>',
  'To: Jenna Morales <jenna@mosaicprint.example>',
  'Subject: Booth size for Des Moines',
  'Message-ID: <prairie-9931-booth@prairie-pet-foods.example>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset="utf-8"',
  'Content-Transfer-Encoding: 7bit',
  '',
  'Hi Jenna,',
  '',
  'The Des Moines booth is 10x20, corner. We would like to reuse the two',
  'frames from Pack Expo if possible. Budget is around $3,000 for graphics.',
  '',
  'Alicia',
  '',
].join('\r\n');

module.exports = [
  // ------------------------------------------------------------------ recruiting
  {
    slug: 'agency-outreach-hiring-manager',
    cat: 'recruiting',
    date: '2025-03-05 08:25:13 +0000',
    from: 'Ben Okoro <ben.okoro@tidewell-hr.example>',
    to: 'Liam Foster <liam.foster@peakform-retail.example>',
    subject: 'Warehouse shift managers - 3 candidates available now',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Hi Liam,

I noticed Peakform is advertising for two shift managers at the Wakefield fulfilment
centre. I specialise in warehouse leadership roles in Yorkshire and currently have three
candidates who could start within four weeks:

  - 9 years in e-commerce fulfilment, currently night shift manager (team of 45)
  - ex-Army logistics, 4 years as operations lead at a 3PL
  - internal promotion candidate from a grocery DC, strong on WMS rollouts

Our fee is 15% of first-year salary with a 12-week rebate period. If any of these
sound right, I'll send anonymised CVs.

Ben Okoro
Senior Consultant, Tidewell Recruitment
07700 555 214
`,    att: [
      {
        name: 'Ben_Okoro.vcf',
        type: 'text/vcard',
        asText: true,
        content: vcf({ name: 'Ben Okoro', org: 'Tidewell Recruitment Ltd', title: 'Senior Consultant', email: 'ben.okoro@tidewell-hr.example', tel: '+44 7700 555214', url: 'https://tidewell-hr.example' }),
      },
    ],
  },
  {
    slug: 'candidate-shortlist-zip',
    cat: 'recruiting',
    date: '2025-03-12 17:02:40 +0000',
    from: 'Ben Okoro <ben.okoro@tidewell-hr.example>',
    to: 'Liam Foster <liam.foster@peakform-retail.example>',
    subject: 'Shortlist: shift manager, Wakefield (3 anonymised CVs)',
    mailer: 'Microsoft Outlook 16.0',
    text: `Hi Liam,

As discussed, attached are the three anonymised CVs in one zip (candidate A, B and C).
I've added a one-page summary on top with notice periods and salary expectations.

All three are available for interviews the week of 24 March.

Ben
`,
    att: [
      {
        name: 'Tidewell_shortlist_Wakefield_shift_manager.zip',
        type: 'application/x-zip-compressed',
        content: zip([
          ['00_Summary.pdf', pdf('Shortlist summary - Shift Manager, Wakefield', ['Candidate A: notice 4 weeks, expectation 46-48k GBP', 'Candidate B: notice 1 month, expectation 44k GBP', 'Candidate C: notice 8 weeks, expectation 45k GBP'])],
          ['Candidate_A.pdf', pdf('Candidate A - anonymised CV', ['Night shift manager, e-commerce fulfilment (2019-present)', 'Team of 45, 3 team leaders, 99.2% order accuracy'])],
          ['Candidate_B.pdf', pdf('Candidate B - anonymised CV', ['Operations lead, 3PL (2021-present)', 'Previously logistics officer, 12 years service'])],
          ['Candidate_C.pdf', pdf('Candidate C - anonymised CV', ['Shift supervisor, grocery distribution centre', 'Led WMS migration for 180 users'])],
        ]),
      },
    ],
  },
  {
    slug: 'interview-invite-ics',
    cat: 'recruiting',
    date: '2025-03-18 10:11:52 +0000',
    from: 'Ben Okoro <ben.okoro@tidewell-hr.example>',
    to: 'Liam Foster <liam.foster@peakform-retail.example>',
    subject: 'Interview: Candidate B - Tue 25 March 14:00 (Wakefield site)',
    text: `Hi Liam,

Candidate B has confirmed Tuesday 25 March at 14:00 at the Wakefield site. Invite
attached. He'll bring ID for the gatehouse.

Ben
`,
    att: [
      {
        name: 'interview-candidate-b.ics',
        type: 'text/calendar; method=REQUEST',
        asText: true,
        content: ics({
          uid: 'tidewell-peakform-candB-0325@tidewell-hr.example',
          start: '20250325T140000',
          end: '20250325T150000',
          tz: 'Europe/London',
          summary: 'Interview - Shift Manager (Candidate B)',
          location: 'Peakform Retail, Wakefield fulfilment centre, gatehouse 2',
          organizer: { name: 'Ben Okoro', email: 'ben.okoro@tidewell-hr.example' },
          attendees: [{ name: 'Liam Foster', email: 'liam.foster@peakform-retail.example' }],
        }),
      },
    ],
  },
  {
    slug: 'weekly-roles-digest',
    cat: 'recruiting',
    date: '2025-06-09 07:00:00 +0100',
    from: 'Tidewell Recruitment <jobs@tidewell-hr.example>',
    to: 'candidates@tidewell-hr.example',
    subject: '5 new logistics roles this week (Leeds, Wakefield, Doncaster)',
    headers: { 'List-Unsubscribe': '<https://tidewell-hr.example/jobs/alerts/stop?id=a77>', Precedence: 'bulk' },
    mailer: 'Valley CRM Campaigns',
    html: espB({
      title: 'Tidewell job alerts',
      brand: 'Tidewell Recruitment',
      edition: 'Job alert &middot; week 24',
      accent: '#0369a1',
      intro: 'New roles matching your alert "logistics, Yorkshire":',
      items: [
        { kicker: 'Leeds &middot; £38-42k', title: 'Transport Planner (days)', href: 'https://tidewell-hr.example/jobs/4410', body: 'Multi-drop fleet of 60 vehicles. Experience with Paragon or similar planning tools.' },
        { kicker: 'Wakefield &middot; £46-48k', title: 'Shift Manager, e-commerce fulfilment', href: 'https://tidewell-hr.example/jobs/4402', body: 'Four-on-four-off, nights. Team of 50 across pick, pack and returns.' },
        { kicker: 'Doncaster &middot; £14.20/hr', title: 'FLT Counterbalance Driver', href: 'https://tidewell-hr.example/jobs/4415', body: 'Temp-to-perm, immediate start. Valid licence required.' },
        { kicker: 'Leeds &middot; £52k + car', title: 'Regional Operations Manager', href: 'https://tidewell-hr.example/jobs/4417', body: 'Three sites, 300 staff. Lean/6 Sigma background preferred.' },
        { kicker: 'Wakefield &middot; £30k', title: 'Inventory Controller', href: 'https://tidewell-hr.example/jobs/4419', body: 'Cycle counts, root-cause analysis, SAP EWM.' },
      ],
      footer: 'Tidewell Recruitment Ltd, 8 Wellington Place, Leeds LS1 4AP. You set up this alert on tidewell-hr.example. <a href="https://tidewell-hr.example/jobs/alerts/stop?id=a77" style="color:#999">Stop this alert</a>',
    }),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'reference-check-request',
    eol: 'lf',
    cat: 'recruiting',
    date: '2025-04-03 12:30:09 +0100',
    from: 'Ben Okoro <ben.okoro@tidewell-hr.example>',
    to: 'Hannah Clarke <h.clarke@northgate-supplies.example>',
    subject: 'Reference request for a former colleague',
    text: `Dear Hannah,

A candidate we're representing has given your name as a referee from her time at
Northgate Office Supplies (2019-2023). She has consented to us contacting you.

Would you have ten minutes for a phone call this week? Alternatively, I can send four
short questions by email. Either way, everything you share stays confidential between
us and the hiring company.

Thank you,
Ben Okoro
Tidewell Recruitment | 07700 555 214
`,
  },
  {
    slug: 'candidature-spontanee-fr',
    cat: 'recruiting',
    lang: 'fr',
    date: '2025-09-15 19:44:27 +0200',
    from: 'Manon Petit <manon.petit@mailbox.example>',
    to: 'Élodie Marchand <elodie@atelier-lumiere.example>',
    subject: 'Candidature – régisseuse lumière (alternance)',
    text: `Madame,

Étudiante en BTS Métiers de l'audiovisuel option techniques d'ingénierie et exploitation
des équipements, je recherche une alternance de deux ans en régie lumière à partir
d'octobre.

J'ai découvert Atelier Lumière lors de la Fête des Lumières et votre travail sur le
Palais de la Bourse m'a beaucoup marquée. Vous trouverez mon CV en pièce jointe.

Je serais ravie de vous rencontrer pour en discuter.

Bien cordialement,
Manon Petit
06 55 50 12 34
`,
    att: [
      {
        name: 'CV_Manon_Petit_regie_lumiere.pdf',
        type: 'application/pdf',
        content: pdf('Manon Petit - CV', ['BTS Metiers de l\'audiovisuel (2024-2026)', 'Stage regie lumiere, theatre municipal (6 semaines)', 'Competences : consoles grandMA3, DMX, securite electrique (habilitation BR)']),
      },
    ],
  },
  {
    slug: 'hiring-open-day-invite',
    cat: 'recruiting',
    date: '2025-10-01 09:30:00 -0500',
    from: 'Ironleaf Manufacturing Careers <careers@ironleaf-mfg.example>',
    to: 'talent-network@ironleaf-mfg.example',
    subject: 'Open hiring day Oct 18: CNC machinists and welders (on-the-spot offers)',
    headers: { 'List-Unsubscribe': '<https://ironleaf-mfg.example/careers/unsubscribe?l=tn>' },
    text: `Hello from Ironleaf!

We're growing our second shift and hosting an open hiring day:

  Saturday October 18, 9am - 2pm
  2650 Valley Pike, Dayton OH (Gate B, visitor parking)

Open roles: CNC machinist (Haas/Mazak), MIG/TIG welder, quality inspector.
Starting pay $24-$31/hr depending on experience, plus a $1.50/hr second-shift premium.

Bring a resume if you have one - if not, no problem. Qualified candidates can get an
offer the same day after a short practical test.

Questions? Call (937) 555-0100 and ask for HR.

Ironleaf Manufacturing
Unsubscribe from career updates: https://ironleaf-mfg.example/careers/unsubscribe?l=tn
`,
  },

  // ------------------------------------------------------------------ survey
  {
    slug: 'nps-one-click-survey',
    cat: 'survey',
    date: '2025-05-15 15:00:00 +0000',
    from: 'Valley CRM <feedback@valleycrm.example>',
    to: 'Karen Mills <kmills@ironleaf-mfg.example>',
    subject: 'How likely are you to recommend Valley CRM?',
    html: `<div style="font-family:Arial,sans-serif;max-width:520px;color:#1f2d3d;font-size:15px">
<p>Hi Karen,</p>
<p>One quick question. On a scale from 0 to 10, how likely are you to recommend Valley CRM to a colleague?</p>
<table cellpadding="0" cellspacing="4"><tr>
${Array.from({ length: 11 }, (_, i) => `<td><a href="https://feedback.valleycrm.example/nps?s=${i}&amp;u=kmills-7f2" style="display:block;width:30px;padding:8px 0;text-align:center;border:1px solid #cbd5e1;color:#1f2d3d;text-decoration:none">${i}</a></td>`).join('\n')}
</tr></table>
<p style="font-size:12px;color:#8492a6">0 = not at all likely, 10 = extremely likely. You'll get at most one of these every six months. Valley CRM, Inc., 500 Orchard Ave, Suite 300, Fresno, CA 93721.</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'surveymonkey-customer-survey',
    cat: 'survey',
    date: '2025-08-25 10:00:00 -0500',
    from: 'Brightwater Logistics <feedback@brightwater-logistics.example>',
    to: 'Marisol Vega <mvega@crestline-plastics.example>',
    subject: 'Five minutes to help us improve? (customer survey 2025)',
    text: `Hi Marisol,

Once a year we ask our customers how we're doing. The survey has 12 questions and takes
about five minutes:

https://www.surveymonkey.com/r/BWL-customers-2025

Answers go to our operations director, not to your sales rep, so please be honest.
The survey closes on September 12.

Thank you,
Brightwater Logistics
`,
  },
  {
    slug: 'google-form-event-feedback',
    eol: 'lf',
    cat: 'survey',
    date: '2025-10-01 12:04:33 +0100',
    from: 'Fiona Harbor <fiona@harborfinch.example>',
    to: 'Hannah Clarke <h.clarke@northgate-supplies.example>',
    subject: 'Thanks for coming - 3 quick questions',
    html: gmail(
      [
        'Hi Hannah,',
        'Thank you for joining our MTD breakfast last Thursday. We\'re planning the next one and would love your feedback - it\'s three questions on a Google Form, no sign-in needed:',
        '<a href="https://docs.google.com/forms/d/e/1FAIpQLSd8kT2vNx0HarborFinchMTD25qZ/viewform">Feedback form</a>',
        'The slides are attached to the calendar invite, and I\'m happy to answer follow-up questions by email.',
        'Fiona',
      ],
      'Fiona Harbor | Partner | Harbor &amp; Finch Chartered Accountants',
    ),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'kundenumfrage-gutschein',
    cat: 'survey',
    lang: 'de',
    date: '2025-11-20 09:00:00 +0100',
    from: 'Hofmann Maschinenbau <service@hofmann-maschinenbau.example>',
    to: 'Frau Birgit Lenz <b.lenz@lenz-verpackung.example>',
    subject: 'Kundenzufriedenheit 2025 – 4 Minuten, 3 Gutscheine zu gewinnen',
    text: `Sehr geehrte Frau Lenz,

wie zufrieden sind Sie mit unserem Service? Unsere jährliche Kundenumfrage dauert etwa
vier Minuten:

https://www.hofmann-maschinenbau.example/umfrage/2025?k=LENZ4471

Unter allen Teilnehmenden verlosen wir drei Gutscheine über je 50 € für ein Restaurant
Ihrer Wahl in Ihrer Region. Die Teilnahme an der Verlosung ist freiwillig; Ihre Antworten
werden anonym ausgewertet.

Die Umfrage läuft bis zum 12. Dezember.

Vielen Dank!
Ihr Service-Team von Hofmann Maschinenbau
`,
  },
  {
    slug: 'post-event-survey',
    htmlOnly: true,
    cat: 'survey',
    date: '2025-05-16 08:30:00 +0200',
    from: 'Lumen Events <hello@lumen-events.example>',
    to: 'Liam Foster <liam.foster@peakform-retail.example>',
    subject: 'How was RetailOps Summit? (2-minute survey + slides)',
    html: `<p>Hi Liam,</p>
<p>Thanks for being at RetailOps Summit this week. Two things:</p>
<p>1. <b>Slides</b> from all sessions are now in the attendee area: <a href="https://lumen-events.example/retailops-2025/slides">lumen-events.example/retailops-2025/slides</a></p>
<p>2. <b>Tell us what to fix.</b> The survey takes two minutes, and everyone who finishes it gets 20% off next year's ticket: <a href="https://forms.office.com/e/Lm7Qp2RxV9">Take the survey</a></p>
<p>See you next year,<br>The Lumen Events team</p>
<p style="font-size:11px;color:#999">Lumen Events B.V., Herengracht 420, 1017 BZ Amsterdam</p>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'research-interview-gift-card',
    cat: 'survey',
    date: '2026-03-10 11:20:00 -0500',
    from: 'Priya Natarajan <priya@kestrel-analytics.example>',
    to: 'Samira Haddad <samira.haddad@hartwell-dental.example>',
    subject: '30-minute research call? ($75 gift card as a thank-you)',
    text: `Hi Samira,

Our product team is redesigning the recall dashboard and would love to watch how you
use it today. It's a 30-minute video call with one of our designers - no sales pitch,
and nothing to prepare.

As a thank-you we send a $75 gift card (Amazon, or a donation to a charity you choose)
after the call.

If you're up for it, pick a slot here: https://calendly.com/kestrel-research/30min

Thanks!
Priya
`,
  },
  {
    slug: 'fwd-as-attachment-booth-size',
    cat: 'follow-up',
    date: '2025-05-14 10:41:09 -0500',
    from: 'Jenna Morales <jenna@mosaicprint.example>',
    to: 'Carlos Mendez <carlos@mosaicprint.example>',
    subject: 'Fw: Booth size for Des Moines',
    mailer: 'Microsoft Outlook 16.0',
    text: `Carlos - forwarding Alicia's note (attached). Can you check if the Pack Expo frames are
still in the warehouse and price new SEG graphics for 10x20? She's at about $3k.

Thanks,
Jenna
`,
    att: [{ name: 'Booth size for Des Moines.eml', type: 'message/rfc822', charset: null, asText: true, noMagic: true, content: fwdEml }],
  },
];
