'use strict';
// Ham: event invitations, registrations, reminders, tickets.
const { ics, qrLike, png } = require('../build-attachments.cjs');
const { espA, espB, gmail, toText } = require('./_html.cjs');

const bulk = (unsub) => ({
  'List-Unsubscribe': `<${unsub}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  Precedence: 'bulk',
});

module.exports = [
  {
    slug: 'conference-early-bird-limited-seats',
    cat: 'event',
    date: '2025-02-26 08:00:00 +0100',
    from: 'Lumen Events <tickets@lumen-events.example>',
    to: 'Liam Foster <liam.foster@peakform-retail.example>',
    subject: 'Early-bird ends Friday: RetailOps Summit Amsterdam (limited seats)',
    headers: bulk('https://lumen-events.example/unsubscribe?e=lf-2209'),
    mailer: 'Valley CRM Campaigns',
    html: espA({
      title: 'RetailOps Summit 2025',
      brand: 'RetailOps Summit 2025',
      accent: '#be123c',
      preheader: '€349 until Friday, then €549. 400 seats, 280 already taken.',
      webview: 'https://lumen-events.example/m/retailops-eb',
      heroTitle: 'Two days on store operations, fulfilment and retail tech',
      heroText: '<b>13-14 May 2025, Amsterdam.</b> 30 speakers from grocery, fashion and DIY retail, a vendor-free track and plenty of time for the hallway conversations. The venue holds 400 people and 280 seats are already taken.',
      cta: { label: 'Book at €349 (ends Friday)', href: 'https://lumen-events.example/retailops-2025/tickets?promo=EARLY' },
      sections: [
        { h: 'Early-bird price ends Friday 28 February', p: 'After that the standard ticket is €549. Group discount: 15% off for three or more colleagues.' },
        { h: 'Who is speaking', p: 'Heads of operations from six European retailers, plus a panel on self-checkout losses that nobody else would run.', link: { label: 'See the programme', href: 'https://lumen-events.example/retailops-2025/programme' } },
      ],
      address: 'Lumen Events B.V., Herengracht 420, 1017 BZ Amsterdam, Netherlands',
      prefs: 'https://lumen-events.example/preferences?e=lf-2209',
      unsub: 'https://lumen-events.example/unsubscribe?e=lf-2209',
      why: 'You\'re receiving this because you attended RetailOps Summit 2024.',
    }),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'webinar-registration-zoom',
    cat: 'event',
    date: '2025-04-15 14:00:00 -0400',
    from: 'Tallyworks Events <events@tallyworks.example>',
    to: 'Victor Alvarez <valvarez@alvarez-construction.example>',
    subject: 'Webinar: WIP reports your bonding agent will actually like (Apr 29)',
    headers: bulk('https://tallyworks.example/u/8f2a/events'),
    mailer: 'Valley CRM Campaigns',
    html: `<div style="font-family:Arial,sans-serif;max-width:560px;color:#1f2937;font-size:15px;line-height:1.55">
<p style="font-size:12px;color:#7c3aed;text-transform:uppercase;letter-spacing:1px">Free webinar &middot; 45 minutes</p>
<h2 style="margin-top:0">WIP reports your bonding agent will actually like</h2>
<p><b>Tuesday, April 29 &middot; 1:00 PM ET</b></p>
<p>Work-in-progress schedules decide how much bonding capacity you get. Our guest, a surety underwriter with 20 years' experience, will walk through what she looks at first, the red flags that trigger extra questions, and how to present under- and over-billings.</p>
<p><a href="https://us02web.zoom.us/webinar/register/WN_3kPq7ZxTR2eL5vYb9mNw4A" style="background:#7c3aed;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">Save my seat</a></p>
<p>Can't make it live? Register anyway and we'll send you the recording.</p>
<p style="font-size:12px;color:#888">Tallyworks, Inc., 675 Ponce de Leon Ave NE, Atlanta, GA 30308. <a href="https://tallyworks.example/u/8f2a/events">Unsubscribe from event invitations</a></p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'business-breakfast-20-seats',
    cat: 'event',
    date: '2025-09-02 09:20:44 +0100',
    from: 'Harbor & Finch Accounting <events@harborfinch.example>',
    to: 'Hannah Clarke <h.clarke@northgate-supplies.example>',
    subject: 'Breakfast briefing: Making Tax Digital for income tax - 20 seats',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Dear Hannah,

We're hosting a small breakfast briefing for business owners and finance managers on
Making Tax Digital for Income Tax, which starts applying to many sole traders and
landlords from April 2026.

  When:  Thursday 25 September, 7:45 - 9:15am
  Where: Harbor & Finch, 3rd floor, 11 Park Square East, Leeds LS1 2NG
  Cost:  free, breakfast included

We keep these sessions to 20 people so there's time for questions, and they usually
fill up within a week. To reserve a place, just reply to this email with the name(s)
of anyone attending.

Best regards,
Fiona Harbor
Partner, Harbor & Finch Chartered Accountants
0113 555 0105
`,
  },
  {
    slug: 'trade-show-free-expo-pass',
    cat: 'event',
    date: '2025-08-28 10:05:00 -0500',
    from: 'Ironleaf Manufacturing <marketing@ironleaf-mfg.example>',
    to: 'Brian Castillo <bcastillo@delta-conveyor.example>',
    subject: 'Your free FabTech expo pass (code inside) - visit us at booth B-2217',
    mailer: 'Valley CRM Campaigns',
    headers: bulk('https://ironleaf-mfg.example/email/unsub?b=castillo'),
    html: gmail(
      [
        'Hi Brian,',
        'We\'ll be at FabTech in Chicago, September 9-11, with our new 5-axis cell running live parts. If you\'re going, the expo floor pass is on us:',
        '<b>Registration code: IRONLEAF25</b> at <a href="https://www.eventbrite.com/e/fabtech-expo-pass-tickets-555019442217">the registration page</a> (normally $75 at the door).',
        'If you\'d like a set time to talk through the bracket programme, reply and I\'ll block 30 minutes in our meeting room at the booth.',
        'Karen Mills<br>Ironleaf Manufacturing',
        '<span style="font-size:11px;color:#888">Ironleaf Manufacturing, 2650 Valley Pike, Dayton OH 45404 &middot; <a href="https://ironleaf-mfg.example/email/unsub?b=castillo">unsubscribe</a></span>',
      ],
    ),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'live-session-starts-in-1-hour',
    cat: 'event',
    date: '2025-04-29 12:00:00 -0400',
    from: 'Tallyworks Events <events@tallyworks.example>',
    to: 'Victor Alvarez <valvarez@alvarez-construction.example>',
    subject: 'Starting in 1 hour: WIP reports webinar',
    text: `Hi Victor,

The webinar "WIP reports your bonding agent will actually like" starts in one hour,
at 1:00 PM ET.

Join from your computer, tablet or phone:
https://us02web.zoom.us/w/85550178823?tk=Qp2LxV7mZc0rBf9k

Webinar ID: 855 5017 8823
Passcode: 906113

See you there,
Tallyworks Events
`,
  },
  {
    slug: 'event-ticket-qr-code',
    cat: 'event',
    date: '2025-05-06 18:22:10 +0200',
    from: 'Lumen Events <tickets@lumen-events.example>',
    to: 'Liam Foster <liam.foster@peakform-retail.example>',
    subject: 'Your ticket: RetailOps Summit 2025 (order LE-55140)',
    mailer: 'Lumen Ticketing',
    html: `<div style="font-family:Helvetica,Arial,sans-serif;max-width:520px;color:#222">
<h2>You're going to RetailOps Summit 2025</h2>
<p>Hi Liam, here's your ticket. Show the QR code at registration on your phone or printed.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#777">Ticket</td><td>Full conference (2 days), early-bird</td></tr>
<tr><td style="color:#777">Attendee</td><td>Liam Foster, Peakform Retail</td></tr>
<tr><td style="color:#777">Dates</td><td>13-14 May 2025, doors 08:15</td></tr>
<tr><td style="color:#777">Venue</td><td>Kromhouthal, Gedempt Hamerkanaal 231, Amsterdam</td></tr>
<tr><td style="color:#777">Order</td><td>LE-55140 &middot; &euro;349.00 incl. VAT (paid by card)</td></tr>
</table>
<p><img src="cid:ticket-qr" width="165" height="165" alt="Ticket QR code LE-55140-01"></p>
<p>The ferry from Amsterdam Centraal (line 62) stops at the venue. Add the event to your calendar with the attached file.</p>
<p style="font-size:12px;color:#888">Lumen Events B.V., Herengracht 420, 1017 BZ Amsterdam. Questions? Reply to this email.</p>
</div>
`,
    inline: [{ cid: 'ticket-qr', name: 'ticket-LE-55140-01.png', content: qrLike('LE-55140-01') }],
    get text() {
      return toText(this.html);
    },
    att: [
      {
        name: 'RetailOps-Summit-2025.ics',
        type: 'text/calendar',
        asText: true,
        content: ics({
          method: 'PUBLISH',
          uid: 'retailops-2025-LE-55140@lumen-events.example',
          start: '20250513T081500',
          end: '20250514T173000',
          tz: 'Europe/Amsterdam',
          summary: 'RetailOps Summit 2025',
          location: 'Kromhouthal, Gedempt Hamerkanaal 231, Amsterdam',
          url: 'https://lumen-events.example/retailops-2025',
        }),
      },
    ],
  },
  {
    slug: 'evento-clienti-modena',
    cat: 'event',
    lang: 'it',
    date: '2025-09-10 11:30:00 +0200',
    from: 'Ferri Forniture <eventi@ferri-forniture.example>',
    to: 'Ufficio Acquisti <acquisti@studio-colombo.example>',
    subject: 'Invito: serata nello showroom di Modena, giovedì 2 ottobre',
    mailer: 'Valley CRM Campaigns',
    headers: bulk('https://ferri-forniture.example/disiscrizione?u=colombo'),
    html: `<div style="font-family:Georgia,serif;max-width:540px;font-size:16px;line-height:1.6;color:#333">
<p>Gentile cliente,</p>
<p>siamo lieti di invitarla alla presentazione della collezione autunno-inverno, <b>giovedì 2 ottobre dalle 18:30</b>, nel nostro showroom di Via Emilia Ovest 210 a Modena.</p>
<p>Sarà l'occasione per vedere dal vivo la linea Brera, parlare con i nostri progettisti e brindare insieme con un aperitivo a cura di un'osteria del centro.</p>
<p>I posti sono limitati a 60 ospiti: la preghiamo di confermare la sua presenza entro il 26 settembre.</p>
<p><a href="https://ferri-forniture.example/eventi/showroom-ottobre/rsvp">Conferma la partecipazione</a></p>
<p>Cordiali saluti,<br>Lorenzo Ferri</p>
<p style="font-size:11px;color:#999">Ferri Forniture S.r.l. &middot; Via Emilia Ovest 210, 41123 Modena &middot; <a href="https://ferri-forniture.example/disiscrizione?u=colombo">Annulla iscrizione</a></p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'hausmesse-einladung',
    eol: 'lf',
    cat: 'event',
    lang: 'de',
    date: '2025-07-22 09:00:00 +0200',
    from: 'Hofmann Maschinenbau <events@hofmann-maschinenbau.example>',
    to: 'Frau Birgit Lenz <b.lenz@lenz-verpackung.example>',
    subject: 'Einladung zur Hausmesse am 26./27. September in Bielefeld',
    mailer: 'Valley CRM Campaigns',
    headers: bulk('https://news.hofmann-maschinenbau.example/abmelden?id=lenz-4471'),
    text: `Sehr geehrte Frau Lenz,

wir laden Sie herzlich zu unserer Hausmesse am Freitag, 26., und Samstag, 27. September
2025 in unser Werk in Bielefeld ein.

Was Sie erwartet:
  - Live-Vorführungen des neuen ST-800 mit Energiemonitoring
  - Werksführungen jeweils um 10:00, 13:00 und 15:00 Uhr
  - Fachvorträge zu Folienreduzierung und Retrofit
  - Mittagessen und Getränke für alle Gäste

Die Teilnahme ist kostenlos. Bitte melden Sie sich bis zum 12. September an:
https://www.hofmann-maschinenbau.example/hausmesse/anmeldung

Wir freuen uns auf Ihren Besuch.

Ihr Team von Hofmann Maschinenbau
Industriestraße 7, 33609 Bielefeld

Abmelden: https://news.hofmann-maschinenbau.example/abmelden?id=lenz-4471
`,
  },
  {
    slug: 'waitlist-seat-confirm-48h',
    cat: 'event',
    date: '2025-10-08 15:41:02 -0700',
    from: 'Quarry Software Events <events@quarrysoft.example>',
    to: 'Diane Cho <dcho@lakeshore-insurance.example>',
    subject: 'A seat opened up - confirm within 48 hours',
    text: `Hi Diane,

Good news: a seat has opened up for the Agency Automation Workshop in Portland on
October 23, and you're next on the waitlist.

Please confirm by Friday, October 10 at 3:00 PM PT. After that we'll offer the seat to the
next person on the list.

Confirm your seat:
https://quarrysoft.example/events/automation-workshop/waitlist/confirm?w=DC-0318

The workshop is free and includes lunch. If you can no longer make it, no need to reply.

Quarry Software Events
`,
  },
  {
    slug: 'client-golf-day-invite',
    cat: 'event',
    date: '2025-04-24 13:13:13 -0500',
    from: 'Derek Saunders <derek.saunders@brightwater-logistics.example>',
    to: 'Marisol Vega <mvega@crestline-plastics.example>',
    subject: 'Brightwater customer golf outing - June 12',
    mailer: 'Valley CRM Mailer 3.8',
    html: gmail(
      [
        'Hi Marisol,',
        'Every June we take a few customers out to say thank you, and I\'d love to have you join us this year: <b>Thursday June 12 at Cog Hill</b>, shotgun start at 11:30, dinner after.',
        'No golf skills required - half our group is there for the cart and the barbecue. Bring a colleague if you like.',
        'Just let me know by May 23 so I can sort out foursomes.',
        'Derek',
      ],
      'Derek Saunders | Brightwater Logistics | (312) 555-0148',
    ),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'webinar-recording-short-link',
    htmlOnly: true,
    cat: 'event',
    date: '2025-05-01 09:00:00 -0400',
    from: 'Tallyworks Events <events@tallyworks.example>',
    to: 'Dan Reyes <dreyes@alvarez-construction.example>',
    subject: 'Sorry we missed you - here\'s the WIP webinar recording',
    headers: bulk('https://tallyworks.example/u/91c3/events'),
    html: `<p>Hi Dan,</p>
<p>We saw you couldn't make it on Tuesday. No problem - the full recording and the sample WIP template are here:</p>
<p><a href="https://bit.ly/tw-wip-webinar">https://bit.ly/tw-wip-webinar</a></p>
<p>The Q&amp;A at the end (from minute 31) is worth it: lots of good questions about retainage.</p>
<p>Tallyworks Events</p>
<p style="font-size:11px;color:#999">Tallyworks, Inc., 675 Ponce de Leon Ave NE, Atlanta, GA 30308 &middot; <a href="https://tallyworks.example/u/91c3/events">Unsubscribe</a></p>
`,
    get text() {
      return toText(this.html);
    },
  },
];
