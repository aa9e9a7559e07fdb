'use strict';
// Ham, part 2: quotes and proposals, meeting confirmations, onboarding.

const ics = (uid, start, end, summary, location, organizer, attendee) =>
  [
    'BEGIN:VCALENDAR',
    'PRODID:-//Valley CRM held-out corpus//EN',
    'VERSION:2.0',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20250601T080000Z',
    `DTSTART:${start}`,
    `DTEND:${end}`,
    `SUMMARY:${summary}`,
    `LOCATION:${location}`,
    `ORGANIZER;CN=${organizer.name}:mailto:${organizer.email}`,
    `ATTENDEE;CN=${attendee.name};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:${attendee.email}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

module.exports = [
  // ------------------------------------------------------------------ quotes and proposals
  {
    slug: 'forklift-hire-quotation',
    cat: 'quote',
    from: 'Nadia Petrov <nadia.petrov@brightlift.example>',
    to: 'Rafael Moreno <r.moreno@orchardlane-logistics.example>',
    subject: 'Quotation Q-88213 - forklift hire, 12 weeks',
    date: '2025-06-09 09:02:11 +0200',
    mailer: 'Microsoft Outlook 16.0',
    text: `Hello Rafael,

As promised, please find attached quotation Q-88213 for two 2.5 t LPG
counterbalance trucks on a 12-week hire from 22 September, including
delivery, collection and a half-day familiarisation for your operators.

Total EUR 2,935.00 excl. VAT. The reach truck is quoted separately as we
are waiting for confirmation of the charger specification from our
workshop - expect that by Wednesday.

The quotation is valid for 30 days. To accept, simply reply to this e-mail
or sign and return page 1.

Kind regards,
Nadia Petrov
Brightlift Equipment Hire
`,
    att: [{ key: 'pdf-quote-forklift', name: 'Brightlift-Quotation-Q-88213.pdf', type: 'application/pdf' }],
  },
  {
    slug: 'website-redesign-proposal',
    messageId: '<fernhill-proposal-hollis@fernhill-digital.example>',
    cat: 'quote',
    from: 'Mei Tanaka <mei@fernhill-digital.example>',
    to: 'Greg Hollis <greg@hollis-machining.example>',
    subject: 'Proposal: hollis-machining.example redesign',
    date: '2026-02-03 16:45:27 +0000',
    htmlEnc: 'quoted-printable',
    text: `Hi Greg,

Thanks for the call last week. Our proposal is attached; the short version:

  Discovery and content audit ............... $2,400
  Design system and 8 page templates ........ $6,800
  Build on your existing CMS, QA, launch .... $5,200
  --------------------------------------------------
  Fixed fee                                   $14,400

50% on signature, 50% at launch. Timeline is ten weeks from kick-off, and
the quote-request form fix is included in phase one so you get that live
within two weeks.

If anything is unclear, happy to walk through it on a call.

Mei Tanaka
Fernhill Digital
`,
    html: `<html><body style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1f2933">
<p>Hi Greg,</p>
<p>Thanks for the call last week. Our proposal is attached; the short version:</p>
<table style="border-collapse:collapse;min-width:380px">
<tr><td style="padding:4px 8px">Discovery and content audit</td><td style="padding:4px 8px;text-align:right">$2,400</td></tr>
<tr><td style="padding:4px 8px">Design system and 8 page templates</td><td style="padding:4px 8px;text-align:right">$6,800</td></tr>
<tr><td style="padding:4px 8px">Build on your existing CMS, QA, launch</td><td style="padding:4px 8px;text-align:right">$5,200</td></tr>
<tr><td style="padding:4px 8px;border-top:2px solid #1f2933"><b>Fixed fee</b></td><td style="padding:4px 8px;border-top:2px solid #1f2933;text-align:right"><b>$14,400</b></td></tr>
</table>
<p>50% on signature, 50% at launch. Timeline is ten weeks from kick-off, and the quote-request form fix is included in phase one so you get that live within two weeks.</p>
<p>If anything is unclear, happy to walk through it on a call.</p>
<p>Mei Tanaka<br>Fernhill Digital</p>
</body></html>
`,
    att: [{ key: 'pdf-proposal-web', name: 'Fernhill-Proposal-Hollis-Machining.pdf', type: 'application/pdf' }],
  },
  {
    slug: 'brochure-print-quote-html',
    cat: 'quote',
    from: 'Pressworks Print Studio <quotes@pressworks.example>',
    to: 'Camille Bonnefoy <camille@atelier-bonnefoy.test>',
    subject: 'Your quote PW-Q-4471: catalogues, 1,200 copies',
    date: '2025-09-19 10:12:00 -0600',
    enc: 'quoted-printable',
    html: `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Quote PW-Q-4471</title></head>
<body style="margin:0;background:#f5f5f2">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f2"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px">
<tr><td>
<h2 style="margin:0 0 12px">Quote PW-Q-4471</h2>
<p>Hi Camille, thanks for the request. Here is our price for your catalogue:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #ddd;width:100%">
<tr style="background:#eee"><th align="left">Item</th><th align="right">Qty</th><th align="right">Price (EUR)</th></tr>
<tr><td>A4 catalogue, 48 pp + cover, 150 g matt coated, perfect bound</td><td align="right">1,200</td><td align="right">3,960.00</td></tr>
<tr><td>Hard-copy proof of cover, couriered</td><td align="right">1</td><td align="right">35.00</td></tr>
<tr><td>Delivery to Lyon, palletised</td><td align="right">1</td><td align="right">210.00</td></tr>
<tr><td colspan="2" align="right"><b>Total excl. VAT</b></td><td align="right"><b>4,205.00</b></td></tr>
</table>
<p>Production takes 8 working days from proof approval, so approving by 30 September gets the catalogues to Lyon by 14 October.</p>
<p><a href="https://www.pressworks.example/quotes/PW-Q-4471/accept">Accept this quote online</a> or reply to this e-mail.</p>
<p style="color:#777;font-size:12px">Pressworks Print Studio &middot; 2250 Linotype Ave, Unit B, Fairhaven</p>
</td></tr></table>
</td></tr></table>
</body></html>
`,
  },
  {
    slug: 'revised-quote-discount',
    cat: 'quote',
    from: 'Greg Hollis <greg@hollis-machining.example>',
    to: 'Nadia Petrov <nadia.petrov@brightlift.example>',
    subject: 'RE: Carriage plate - revised price',
    date: '2025-05-07 15:20:09 -0500',
    headers: { 'In-Reply-To': '<BL-NP-0506-771@brightlift.example>', References: '<BL-NP-0506-771@brightlift.example>' },
    mailer: 'Microsoft Outlook 16.0',
    text: `Nadia,

Understood on the budget. If you commit to 200 pieces as a blanket order
called off in batches of 50, I can take 8% off:

  Carriage plate CP-25, S355, machined + zinc plated
  was  $48.60 / pc
  now  $44.71 / pc  (200 pcs, 4 call-offs)

First batch four weeks after the PO, then every four weeks. Tooling is on us.

Greg

-----Original Message-----
From: Nadia Petrov <nadia.petrov@brightlift.example>
Sent: Tuesday, May 6, 2025 11:04 AM
To: Greg Hollis <greg@hollis-machining.example>
Subject: RE: Carriage plate - quote

Greg, thanks. The price is a little above what we budgeted. Is there any
flexibility if we commit to a larger volume?
`,
  },
  {
    slug: 'event-catering-quote',
    cat: 'quote',
    from: 'Priya Shah <priya.shah@saffronsage.example>',
    to: 'Events Team <events@cobaltridge.example>',
    subject: 'Catering quote for your partner day, 120 guests',
    date: '2025-08-12 12:30:00 +0100',
    text: `Hello,

Thank you for thinking of us for the partner day on 18 September. For 120
guests, here's what I'd suggest:

  Arrival coffee, tea and pastries ....... GBP 6.50 pp
  Hot buffet lunch, 2 mains + veggie ..... GBP 22.00 pp
  Afternoon cake and fruit ............... GBP 4.50 pp
  Staff (4 servers, 6 hours) ............. GBP 720.00

Total GBP 4,920.00 + VAT. Crockery hire is included; we'll need access to
the venue from 7:30.

We still have that date free, but September is busy, so let me know by the
end of the month if you'd like us to hold it.

Priya
`,
  },
  {
    slug: 'engagement-letter',
    cat: 'quote',
    from: 'James Price <j.price@marlowprice.example>',
    to: 'Ana Duarte <ana.duarte@harborview-software.example>',
    subject: 'Engagement letter - MSA review',
    date: '2025-06-02 09:31:22 +0100',
    text: `Dear Ana,

Further to our call, I attach our engagement letter for the review of the
master services agreement and the two order forms from your new logistics
customer. Fixed fee GBP 1,850 plus VAT, five business days from receipt
of the documents.

If you are happy with the terms, please sign page 2 and return it to me.

Kind regards,
James Price
Partner | Marlow & Price LLP | 12 Canal Street, Millbrook MB1 4QT

This e-mail and any attachments are confidential and may be privileged. If you are
not the intended recipient please notify the sender and delete it.
`,
    att: [{ key: 'pdf-engagement', name: 'Engagement-Letter-Harborview-MSA.pdf', type: 'application/pdf' }],
  },
  {
    slug: 'proposal-accepted-reply',
    cat: 'quote',
    from: 'Greg Hollis <greg@hollis-machining.example>',
    to: 'Mei Tanaka <mei@fernhill-digital.example>',
    subject: 'Re: Proposal: hollis-machining.example redesign',
    date: '2026-02-09 07:48:00 -0600',
    headers: { 'In-Reply-To': '<fernhill-proposal-hollis@fernhill-digital.example>' },
    mailer: 'Mozilla Thunderbird 128.6.0',
    text: `Mei,

We're going ahead. Signed copy attached back to you this afternoon once my
business partner has countersigned. Please send the first invoice to
accounts@hollis-machining.example.

Can kick-off be the week of the 23rd?

Greg
`,
  },

  // ------------------------------------------------------------------ meeting confirmations
  {
    slug: 'meeting-invite-ics',
    cat: 'meeting',
    from: 'Ana Duarte <ana.duarte@harborview-software.example>',
    to: 'Rafael Moreno <r.moreno@orchardlane-logistics.example>',
    subject: 'Invitation: Pilot kick-off - Harborview x Orchard Lane @ Mon 7 Apr 2025 10:00 - 11:00 (EDT)',
    date: '2025-03-28 13:00:03 -0400',
    text: `Pilot kick-off - Harborview x Orchard Lane
Monday 7 April 2025, 10:00 - 11:00 (EDT)
Location: Orchard Lane Logistics, Millbrook site, meeting room 2

Agenda: pilot scope, carrier list import, success criteria, check-in dates.

Accept or decline using the attached invitation.
`,
    att: [
      {
        content: ics(
          'pilot-kickoff-20250407@harborview-software.example',
          '20250407T140000Z',
          '20250407T150000Z',
          'Pilot kick-off - Harborview x Orchard Lane',
          'Orchard Lane Logistics\\, Millbrook site\\, meeting room 2',
          { name: 'Ana Duarte', email: 'ana.duarte@harborview-software.example' },
          { name: 'Rafael Moreno', email: 'r.moreno@orchardlane-logistics.example' },
        ),
        name: 'invite.ics',
        type: 'text/calendar; method=REQUEST',
      },
    ],
  },
  {
    slug: 'reschedule-request',
    cat: 'meeting',
    from: 'Owen Pryce <owen@copperkettle-coffee.example>',
    to: 'Helen Marsh <helen@ledgerline.example>',
    subject: 'Can we move Thursday?',
    date: '2025-10-21 07:12:44 +0100',
    eol: 'lf',
    text: `Morning Helen,

Sorry - our roaster engineer can only come on Thursday morning, so I need to
move our 10am. Would Friday at the same time work, or Monday afternoon?

Owen
`,
  },
  {
    slug: 'video-call-details',
    cat: 'meeting',
    from: 'Jordan Reyes <jordan.reyes@tandem-talent.example>',
    to: 'Rafael Moreno <r.moreno@orchardlane-logistics.example>',
    subject: 'Confirmed: intro call Tuesday 16 Sept, 2:00pm ET',
    date: '2025-09-11 16:03:38 -0400',
    htmlEnc: 'quoted-printable',
    text: `Hi Rafael,

Confirming our intro call on Tuesday 16 September at 2:00pm ET (30 min).

Join: https://meet.tandem-talent.example/j/482-119-337
Dial-in: +1 555 0199, code 482119337

I'll bring the three candidate profiles we discussed.

Jordan
`,
    html: `<p>Hi Rafael,</p>
<p>Confirming our intro call on <b>Tuesday 16 September at 2:00pm ET</b> (30 min).</p>
<p>Join: <a href="https://meet.tandem-talent.example/j/482-119-337">https://meet.tandem-talent.example/j/482-119-337</a><br>
Dial-in: +1 555 0199, code 482119337</p>
<p>I&#39;ll bring the three candidate profiles we discussed.</p>
<p>Jordan</p>
`,
  },
  {
    slug: 'onsite-visit-parking',
    cat: 'meeting',
    from: 'Marcus Lee <m.lee@keystone-fab.example>',
    to: 'Greg Hollis <greg@hollis-machining.example>',
    subject: 'Your visit on 12 June - directions and parking',
    date: '2025-06-10 11:27:51 +0100',
    text: `Hi Greg,

Looking forward to seeing you on Thursday 12 June at 9:30.

Address: Keystone Fabrication, 44 Foundry Row, Millbrook. Use the second
gate (signed "Goods In / Visitors"); visitor parking is on the left past
the weighbridge. Please report to reception first - you'll need safety
boots and hi-vis on the shop floor, we can lend you a vest.

I've attached a simple site plan.

Marcus
`,
    att: [{ key: 'png-floorplan', name: 'keystone-site-plan.png', type: 'image/png' }],
  },
  {
    slug: 'short-confirmation',
    cat: 'meeting',
    from: 'Helen Marsh <helen@ledgerline.example>',
    to: 'Owen Pryce <owen@copperkettle-coffee.example>',
    subject: 'Re: Can we move Thursday?',
    date: '2025-10-21 08:40:02 +0100',
    text: `Friday at 10 is fine.
See you then,
Helen
`,
  },
  {
    slug: 'calendar-request-alternative',
    cat: 'meeting',
    from: 'Chris Bell <chris.bell@harborview-software.example>',
    to: 'Imani Cole <imani.cole@orchardlane-logistics.example>',
    subject: 'Pilot check-in #1',
    date: '2025-04-10 09:00:00 -0400',
    text: `Hi Imani, a 30-minute check-in for the end of the first pilot week:
Monday 14 April, 15:00-15:30 EDT, video call.
Link: https://meet.harborview-software.example/r/pilot-orchard
`,
    att: [
      {
        content: ics(
          'pilot-checkin-1@harborview-software.example',
          '20250414T190000Z',
          '20250414T193000Z',
          'Pilot check-in #1',
          'https://meet.harborview-software.example/r/pilot-orchard',
          { name: 'Chris Bell', email: 'chris.bell@harborview-software.example' },
          { name: 'Imani Cole', email: 'imani.cole@orchardlane-logistics.example' },
        ),
        name: 'pilot-checkin-1.ics',
        type: 'text/calendar; method=REQUEST',
        disposition: 'inline',
      },
    ],
  },

  // ------------------------------------------------------------------ onboarding
  {
    slug: 'welcome-valley-crm',
    cat: 'onboarding',
    from: 'Valley CRM <welcome@valleycrm.example>',
    to: 'Helen Marsh <helen@ledgerline.example>',
    subject: 'Welcome to Valley CRM, Helen',
    date: '2025-11-03 10:00:12 +0000',
    htmlEnc: 'quoted-printable',
    text: `Welcome to Valley CRM, Helen!

Your workspace "Ledgerline Bookkeeping" is ready. Three things most new
teams do in their first week:

1. Import your leads from a spreadsheet
   https://app.valleycrm.example/import
2. Invite a colleague
   https://app.valleycrm.example/settings/team
3. Connect your mailbox so replies are logged automatically
   https://app.valleycrm.example/settings/mailbox

Questions? Reply to this e-mail - a real person reads it.

The Valley CRM team
Valley CRM Ltd, 3 Orchard Court, Millbrook MB2 7AA
`,
    html: `<!DOCTYPE html><html><body style="margin:0;background:#eef3f1">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="24" style="background:#fff;border-radius:8px;font-family:Arial,sans-serif;color:#16302b">
<tr><td>
<h1 style="font-size:22px;margin-top:0">Welcome to Valley CRM, Helen!</h1>
<p>Your workspace <b>Ledgerline Bookkeeping</b> is ready. Three things most new teams do in their first week:</p>
<ol>
<li><a href="https://app.valleycrm.example/import">Import your leads</a> from a spreadsheet</li>
<li><a href="https://app.valleycrm.example/settings/team">Invite a colleague</a></li>
<li><a href="https://app.valleycrm.example/settings/mailbox">Connect your mailbox</a> so replies are logged automatically</li>
</ol>
<p>Questions? Reply to this e-mail &ndash; a real person reads it.</p>
<p>The Valley CRM team</p>
<p style="font-size:11px;color:#6b7c78">Valley CRM Ltd, 3 Orchard Court, Millbrook MB2 7AA</p>
</td></tr></table></td></tr></table>
</body></html>
`,
  },
  {
    slug: 'set-password-invite',
    cat: 'onboarding',
    from: 'Tallyworks <no-reply@tallyworks.example>',
    to: 'owen@copperkettle-coffee.example',
    subject: 'Helen Marsh invited you to Tallyworks',
    date: '2025-11-05 14:22:30 +0000',
    headers: { 'Reply-To': 'support@tallyworks.example' },
    text: `Hi,

Helen Marsh (Ledgerline Bookkeeping) has invited you to join the
"Copper Kettle Coffee Ltd" company file on Tallyworks so you can upload
receipts and approve invoices.

Accept the invitation and choose a password:
https://app.tallyworks.example/invite/accept?t=7c1e9a2f04b8

This link expires in 7 days. If you weren't expecting this invitation
you can ignore this e-mail.

Tallyworks - Cloud accounting for small businesses
`,
  },
  {
    slug: 'onboarding-day3-tips',
    cat: 'onboarding',
    from: 'Quillstack <tips@quillstack.example>',
    to: 'priya.shah@saffronsage.example',
    subject: 'Day 3: make reminders sound like you',
    date: '2025-03-25 08:00:00 +0000',
    headers: {
      'List-Unsubscribe': '<https://app.quillstack.example/email-prefs/u/8812>',
    },
    enc: 'quoted-printable',
    html: `<html><body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5">
<p>Hi Priya,</p>
<p>You&rsquo;re three days into your trial. One quick win: edit the reminder text so it sounds like Saffron &amp; Sage, not like a robot.</p>
<p style="background:#f4f0ff;padding:12px;border-left:4px solid #6b4fd8">&ldquo;Hi {first_name}, looking forward to your tasting tomorrow at {time}! Parking is behind the kitchen on Mill Lane. &ndash; Priya&rdquo;</p>
<p>You&rsquo;ll find it under <a href="https://app.quillstack.example/settings/reminders">Settings &rarr; Reminders</a>.</p>
<p>11 days left in your trial.</p>
<p>&mdash; Tom at Quillstack</p>
<p style="font-size:11px;color:#888">Quillstack Inc., 88 Market Street, Suite 300, Riverton &middot; <a href="https://app.quillstack.example/email-prefs/u/8812">Email preferences</a></p>
</body></html>
`,
  },
  {
    slug: 'new-client-documents-checklist',
    cat: 'onboarding',
    from: 'Helen Marsh <helen@ledgerline.example>',
    to: 'Owen Pryce <owen@copperkettle-coffee.example>',
    subject: 'Welcome to Ledgerline - what we need from you',
    date: '2025-10-31 15:10:00 +0000',
    text: `Hi Owen,

Welcome aboard, and thanks for signing the engagement letter. To get your
year-end started, could you send (or upload to your Tallyworks file) the
following:

  [ ] Bank statements for all accounts, 1 Nov 2024 - 31 Oct 2025
  [ ] Sales and purchase invoices, or access to your till reports
  [ ] Loan agreements and finance statements (the roaster lease)
  [ ] Stock count at 31 October (a simple list with cost prices is fine)
  [ ] Payroll summaries, if not already on Tallyworks
  [ ] Last year's accounts and tax return from your previous accountant

We'll also need a letter of authority so we can speak to the tax office on
your behalf; I'll send that separately for e-signature.

Please don't send bank passwords or card details by e-mail - we never need
them.

Helen
`,
  },
  {
    slug: 'kickoff-agenda',
    cat: 'onboarding',
    from: 'Mei Tanaka <mei@fernhill-digital.example>',
    to: 'Greg Hollis <greg@hollis-machining.example>',
    cc: 'Sofia Lund <sofia@fernhill-digital.example>',
    subject: 'Kick-off on 24 Feb - agenda and who is who',
    date: '2026-02-17 10:14:09 +0000',
    htmlEnc: 'quoted-printable',
    text: `Hi Greg,

Agenda for our kick-off (Tue 24 Feb, 10:00-11:30, your office):

  10:00  Introductions - Sofia (design lead), Arun (developer), me
  10:15  Goals: more quote requests, fewer phone calls about lead times
  10:45  Content: what exists, who writes what, photography
  11:15  Access to CMS and hosting, timeline, weekly check-in slot

Could you make sure someone who knows the hosting login is around?

Mei
`,
    html: `<p>Hi Greg,</p>
<p>Agenda for our kick-off (Tue 24 Feb, 10:00&ndash;11:30, your office):</p>
<table cellpadding="4">
<tr><td>10:00</td><td>Introductions &ndash; Sofia (design lead), Arun (developer), me</td></tr>
<tr><td>10:15</td><td>Goals: more quote requests, fewer phone calls about lead times</td></tr>
<tr><td>10:45</td><td>Content: what exists, who writes what, photography</td></tr>
<tr><td>11:15</td><td>Access to CMS and hosting, timeline, weekly check-in slot</td></tr>
</table>
<p>Could you make sure someone who knows the hosting login is around?</p>
<p>Mei</p>
`,
  },
  {
    slug: 'api-sandbox-ready',
    cat: 'onboarding',
    from: 'Harborview Developer Relations <devrel@harborview-software.example>',
    to: 'it@orchardlane-logistics.example',
    subject: 'Your Harborview API sandbox is ready',
    date: '2025-04-15 12:05:00 -0400',
    eol: 'lf',
    text: `Hello,

A sandbox organisation has been created for Orchard Lane Logistics.

  Base URL:   https://sandbox-api.harborview-software.example/v2
  Docs:       https://docs.harborview-software.example/api/v2
  Org ID:     org_sbx_41f7

Create an API key in the sandbox console (Settings > API keys). Keys are
shown once; store them in your secrets manager, not in e-mail or tickets.

Rate limit in the sandbox is 10 requests/second. Data is reset every
Sunday at 02:00 UTC.

Happy building,
Harborview Developer Relations
`,
  },
];
