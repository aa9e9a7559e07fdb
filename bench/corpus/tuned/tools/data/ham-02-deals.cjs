'use strict';
// Ham: quotes, proposals and meeting confirmations.
module.exports = [
  {
    slug: 'quote-solar-install',
    cat: 'quote-proposal',
    from: 'Tom Beckett <tom.beckett@ridgeway-solar.example>',
    to: 'Jenny Holloway <jenny@hollowayfarm.example>',
    subject: 'Your solar quotation Q-2025-118',
    text: `Hi Jenny,

Thanks for showing me round on Friday. Please find attached our quotation for the rear
barn roof: 24 panels (10.3 kWp), an 8 kW hybrid inverter and a 10 kWh battery.

Based on your last 12 months of bills, we estimate the system covers about 70% of the
shop's daytime use and pays back in 7-8 years.

The quote is valid for 30 days. Any questions, just call me on 07700 900 431.

Tom Beckett
Ridgeway Solar Installers
`,
    att: ['quote-ridgeway'],
    date: '2025-11-24 17:02 +0000',
  },
  {
    slug: 'proposal-crm-migration',
    cat: 'quote-proposal',
    from: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    to: 'Erik Halvorsen <erik@halvorsen-freight.example>',
    subject: 'CRM migration proposal v2',
    html: 'outlook',
    text: `Dear Erik,

As discussed, attached is version 2 of our proposal. Changes from v1:

- Activity history limited to the last 3 years (was 5), which removes 2 days of work
- Fixed fee reduced accordingly to EUR 21,600
- Cut-over moved to a weekend to avoid downtime for the dispatch team

If the scope works for you, we can start discovery in the week of 8 September.

Kind regards,
Claire Dubois
Senior Consultant, Meridian Consulting
`,
    att: ['proposal-meridian'],
    date: '2025-08-21 14:10 +0200',
  },
  {
    slug: 'quote-print-brochure',
    cat: 'quote-proposal',
    from: 'Fernwood Print <estimates@fernwoodprint.example>',
    to: 'Sophie Ng <sophie.ng@kestrelbio.example>',
    subject: 'Estimate 2291 - trade show brochure A5 16pp',
    text: `Dear Sophie,

Thank you for your enquiry. Please see estimate 2291 attached for 2,500 A5 brochures,
16 pages, matt laminated cover.

If you approve by Wednesday we can deliver before your show on the 28th.

Regards,
Estimating team
Fernwood Print & Finishing
Unit 3, Fernwood Trading Estate (fictional)
`,
    att: ['quote-fernwood'],
  },
  {
    slug: 'sow-paid-search',
    cat: 'quote-proposal',
    from: 'Imogen Hart <imogen@copperleaf-digital.example>',
    to: 'Ben Carter <ben@anvil-oak.example>',
    subject: 'SOW for Q3 - paid search + landing pages',
    html: 'gmail',
    text: `Hi Ben,

Here's the statement of work we talked about. Same retainer as the workshop quote,
with the landing page tests added. If you're happy, reply "approved" and I'll send
the DocuSeal link for signature.

Imogen
`,
    att: ['sow-copperleaf'],
  },
  {
    slug: 'quote-inline-table-html',
    cat: 'quote-proposal',
    from: 'Tidewater Marine Parts <sales@tidewater-marine.example>',
    to: 'Captain Will Barros <will@blueheron-charters.example>',
    subject: 'Quote QT-20931: impeller and anodes',
    htmlFirst: false,
    text: `Quote QT-20931 for Blue Heron Charters

Impeller kit, Yanmar 3YM ........ $86.40
Raw water pump gasket x3 ........ $14.85
Zinc anode set .................. $62.00
Freight (ground) ................ $18.00
Total ........................... $181.25

Reply to this email to order, or call the parts desk at (912) 555-0119.
Prices held for 14 days.
`,
    html: `<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><b>Quote QT-20931</b> for Blue Heron Charters</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border-color:#bbb">
<tr style="background:#e8eef4"><th align="left">Item</th><th align="right">Price</th></tr>
<tr><td>Impeller kit, Yanmar 3YM</td><td align="right">$86.40</td></tr>
<tr><td>Raw water pump gasket x3</td><td align="right">$14.85</td></tr>
<tr><td>Zinc anode set</td><td align="right">$62.00</td></tr>
<tr><td>Freight (ground)</td><td align="right">$18.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$181.25</b></td></tr>
</table>
<p>Reply to this email to order, or call the parts desk at (912) 555-0119. Prices held for 14 days.</p>
<p style="color:#777">Tidewater Marine Parts &middot; Dock 9, Savannah GA (fictional)</p>
</body></html>
`,
  },
  {
    slug: 'proposal-revised-discount',
    cat: 'quote-proposal',
    from: 'Sam Patel <sam.patel@pickwise-robotics.example>',
    to: 'Greg Oduya <g.oduya@redwater.example>',
    subject: 'Revised pricing for the full rollout',
    text: `Greg,

Following the pilot results (143 lines/hour average on the pilot zone), here is the
revised pricing for a 12-robot rollout:

  Robots (12) on 36-month lease ......... $9,840 / month
  Pick stations (3) ..................... included
  Integration with your WMS ............. $14,000 one-off
  Support, 24/7 ......................... included

This includes the 15% early-commitment discount we discussed, which is valid if we
sign by 31 October. After that, list pricing applies.

Happy to go through it with your CFO.

Sam Patel
Solutions Lead, Pickwise Robotics
`,
    date: '2025-10-14 10:22 -0400',
  },
  {
    slug: 'nda-draft-review',
    cat: 'quote-proposal',
    from: 'Rachel Quill <rachel.quill@quillfield.example>',
    to: 'Jan Osterhagen <j.osterhagen@osterhagen-mb.example>',
    subject: 'NDA draft v3 before we share the integration spec',
    html: 'outlook',
    text: `Dear Mr Osterhagen,

Before we send over the API integration specification, our legal team asked for a
mutual NDA. Draft v3 is attached - it incorporates your counsel's change to clause 2
(two-year term).

If you are happy with it, I will send it for e-signature.

Best regards,
Rachel Quill
Head of Partnerships, Quillfield Software Ltd
`,
    att: ['docx-nda'],
  },
  // ---- meeting confirmations ----
  {
    slug: 'meeting-demo-invite-ics',
    cat: 'meeting',
    from: 'Ana Sousa <ana.sousa@lattice-hr.example>',
    to: 'Dr. Ravinder Kaur <r.kaur@pinecrestdental.example>',
    subject: 'Invitation: Lattice HR demo - Pinecrest Dental @ Tue 17 Jun 2025 10:00 - 10:30 (EDT)',
    text: `Lattice HR demo - Pinecrest Dental
Tuesday 17 June 2025, 10:00 - 10:30 (EDT)

Join video call: https://meet.lattice-hr.example/j/4410927

Organizer: ana.sousa@lattice-hr.example
Guests: r.kaur@pinecrestdental.example

Reply for r.kaur@pinecrestdental.example: Yes / No / Maybe
`,
    att: [{ key: 'ics-demo', type: 'text/calendar; method=REQUEST' }],
    date: '2025-06-10 13:31 -0400',
  },
  {
    slug: 'meeting-confirm-site-visit',
    cat: 'meeting',
    from: 'Tom Beckett <tom.beckett@ridgeway-solar.example>',
    to: 'Jenny Holloway <jenny@hollowayfarm.example>',
    subject: 'Confirmed: roof survey Thu 12 Feb, 10:00',
    text: `Hi Jenny,

Confirming the roof survey on Thursday 12 February at 10:00. I'll bring a drone for
the photos so we won't need a ladder on the barn. It takes about 90 minutes.

Calendar entry attached. If the weather is bad I'll call you by 8am to rearrange.

Tom
`,
    att: ['ics-site'],
    date: '2026-02-05 09:12 +0000',
  },
  {
    slug: 'meeting-qbr-agenda',
    cat: 'meeting',
    from: 'Nate Oyelaran <nate.oyelaran@fathom-data.example>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    cc: 'Priscilla Wong <priscilla.wong@fathom-data.example>',
    subject: 'QBR 4 Dec - agenda and room',
    html: 'apple',
    text: `Hi Martin,

Looking forward to seeing you on Thursday. Proposed agenda:

1. Forecast accuracy last quarter (Priscilla)
2. New warehouse: data feeds and dashboards
3. Your 2026 priorities
4. Renewal timeline

We'll be at your HQ, meeting room 2, 9:00-10:00. Invite attached for your calendar.

Nate
`,
    att: ['ics-review'],
  },
  {
    slug: 'meeting-reschedule-request',
    cat: 'meeting',
    from: 'Olivia Brandt <olivia.brandt@kestrelbio.example>',
    to: 'Rosa Jimenez <events@summitcatering.example>',
    subject: 'Can we move our tasting to Friday?',
    text: `Hi Rosa,

Something came up on Thursday - could we move the menu tasting to Friday at the same
time (2pm)? Same two people from our side.

Thanks and sorry for the shuffle,
Olivia
`,
  },
  {
    slug: 'meeting-booking-tool-confirmation',
    cat: 'meeting',
    from: 'MeetSlot <bookings@meetslot.example>',
    to: 'Tomas Lindqvist <tomas@norrsken.example>',
    replyTo: 'Priya Raman <priya.raman@solvent-labs.example>',
    subject: 'Confirmed: 30 min with Priya Raman on Wed, Apr 9, 2025',
    text: `Hi Tomas,

Your meeting is scheduled.

What: Billing model review (30 min)
When: Wednesday, April 9, 2025, 14:00 - 14:30 (Central European Summer Time)
Where: https://video.solvent-labs.example/r/priya
Host: Priya Raman

Need to make changes? Reschedule: https://meetslot.example/reschedule/8f2k1
Cancel: https://meetslot.example/cancel/8f2k1

Powered by MeetSlot
`,
    html: `<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;background:#f6f7fb;padding:20px">
<div style="max-width:520px;margin:auto;background:#fff;border-radius:8px;padding:24px">
<p>Hi Tomas,</p><p><b>Your meeting is scheduled.</b></p>
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#667">What</td><td>Billing model review (30 min)</td></tr>
<tr><td style="color:#667">When</td><td>Wednesday, April 9, 2025, 14:00 - 14:30 (Central European Summer Time)</td></tr>
<tr><td style="color:#667">Where</td><td><a href="https://video.solvent-labs.example/r/priya">video.solvent-labs.example/r/priya</a></td></tr>
<tr><td style="color:#667">Host</td><td>Priya Raman</td></tr>
</table>
<p style="font-size:13px">Need to make changes? <a href="https://meetslot.example/reschedule/8f2k1">Reschedule</a> or <a href="https://meetslot.example/cancel/8f2k1">Cancel</a></p>
<p style="font-size:11px;color:#99a">Powered by MeetSlot</p></div></body></html>
`,
    date: '2025-04-02 12:44 +0200',
  },
  {
    slug: 'meeting-lunch-confirm-short',
    cat: 'meeting',
    from: 'Greg Oduya <g.oduya@redwater.example>',
    to: 'Hiro Tanaka <hiro.tanaka@pickwise-robotics.example>',
    subject: 'Re: Site walk in March',
    inReplyTo: true,
    text: `Hiro - 14 March at 9 works. Park in visitor bay B, ask for me at gate 2.
Bring steel toe caps, the pilot zone is on the shop floor.
Greg
`,
  },
  {
    slug: 'meeting-conference-slot',
    cat: 'meeting',
    from: 'Polar Route Telematics <partners@polarroute.example>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Your meeting slot at TransLogistica: Stand C41, 8 Oct 11:30',
    html: 'simple',
    text: `Dear Dana,

Thank you for booking a meeting with us at TransLogistica.

Date: 8 October 2025
Time: 11:30 - 12:00
Place: Stand C41, Hall 3

You'll meet Felix Lund (Key Accounts). If you need to change the time, reply to this
email or call +46 31 555 0170.

We look forward to meeting you.
Polar Route Telematics AB
`,
  },
];
