'use strict';
// Ham: meetings / calendar invitations, and account / onboarding / security notifications.
const { ics, png } = require('../build-attachments.cjs');
const { gmail, outlook, toText } = require('./_html.cjs');

const VC = 'Valley CRM <no-reply@valleycrm.example>';

module.exports = [
  // ------------------------------------------------------------------ meeting
  {
    slug: 'zoom-demo-invite-ics',
    cat: 'meeting',
    date: '2025-03-17 09:12:55 -0400',
    from: 'Priya Natarajan <priya@kestrel-analytics.example>',
    to: 'Owen Blake <owen.blake@hartwell-dental.example>, Samira Haddad <samira.haddad@hartwell-dental.example>',
    subject: 'Invitation: Kestrel trial review @ Tue 25 Mar 2025 2pm - 2:45pm (EDT)',
    mailer: 'Valley CRM Scheduler',
    text: `Kestrel trial review
Tuesday 25 March 2025, 2:00pm - 2:45pm (Eastern Time)

Join Zoom Meeting
https://us06web.zoom.us/j/85550193422?pwd=Kx7aP2cQm9RvTnW4yBf3LhZs

Meeting ID: 855 5019 3422
Passcode: 418207

Dial by your location
  +1 555 010 4412 US

Agenda: walk through your own utilisation numbers from Westfield and Dunmore, then
decide on the remaining four clinics.

Organizer: Priya Natarajan (priya@kestrel-analytics.example)
`,
    att: [
      {
        name: 'invite.ics',
        type: 'text/calendar; method=REQUEST',
        content: ics({
          uid: 'kestrel-0325-hartwell@kestrel-analytics.example',
          start: '20250325T140000',
          end: '20250325T144500',
          tz: 'America/New_York',
          summary: 'Kestrel trial review',
          location: 'https://us06web.zoom.us/j/85550193422?pwd=Kx7aP2cQm9RvTnW4yBf3LhZs',
          description: 'Walk through your own utilisation numbers from Westfield and Dunmore.\nMeeting ID: 855 5019 3422 Passcode: 418207',
          organizer: { name: 'Priya Natarajan', email: 'priya@kestrel-analytics.example' },
          attendees: [
            { name: 'Owen Blake', email: 'owen.blake@hartwell-dental.example' },
            { name: 'Samira Haddad', email: 'samira.haddad@hartwell-dental.example' },
          ],
        }),
      },
    ],
  },
  {
    slug: 'teams-quarterly-review-ics',
    cat: 'meeting',
    date: '2025-06-27 14:30:02 +0100',
    from: 'Oliver Grant <oliver.grant@summitcloud.example>',
    to: 'Liam Foster <liam.foster@peakform-retail.example>',
    subject: 'Q2 service review - Summit Cloud / Peakform',
    mailer: 'Microsoft Outlook 16.0',
    html: outlook(
      [
        'Hi Liam,',
        'Sending the invite for our Q2 service review. I\'ll cover uptime (99.97% for the quarter), the two P2 incidents in May and the storage forecast for your Black Friday peak.',
        '________________________________________________________________________________',
        '<b><span style="font-size:14pt;color:#252424">Microsoft Teams meeting</span></b>',
        '<b>Join on your computer, mobile app or room device</b>',
        '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ1ZjA5YTctNmQ3Ny00ZTM1LWI1ZjQtOGE0MmY1YzA1NTE5%40thread.v2/0?context=%7b%22Tid%22%3a%2200000000-0000-0000-0000-000000000000%22%7d">Click here to join the meeting</a>',
        'Meeting ID: 355 501 827 441<br>Passcode: p7Rq3X',
        '________________________________________________________________________________',
      ],
      'Oliver Grant | Customer Success Manager | Summit Cloud Hosting | +44 161 555 0190',
    ),
    get text() {
      return toText(this.html);
    },
    att: [
      {
        name: 'meeting.ics',
        type: 'text/calendar; method=REQUEST',
        content: ics({
          uid: '040000008200E00074C5B7101A82E0080000000090A5F2C1E6E6DB01',
          start: '20250708T100000',
          end: '20250708T110000',
          tz: 'GMT Standard Time',
          summary: 'Q2 service review - Summit Cloud / Peakform',
          location: 'Microsoft Teams Meeting',
          description: 'Uptime, incidents, storage forecast for peak season.',
          organizer: { name: 'Oliver Grant', email: 'oliver.grant@summitcloud.example' },
          attendees: [{ name: 'Liam Foster', email: 'liam.foster@peakform-retail.example' }],
        }),
      },
    ],
  },
  {
    slug: 'reschedule-site-walk',
    eol: 'lf',
    cat: 'meeting',
    date: '2025-09-25 07:41:13 +0200',
    from: 'Pieter van der Berg <pieter@vdberg-installatie.example>',
    to: 'Mark Jansen <m.jansen@jansen-accountants.example>',
    lang: 'nl',
    subject: 'Afspraak donderdag verzetten?',
    mailer: 'iPhone Mail (22G86)',
    text: `Hoi Mark,

Onze monteur is donderdag ziek, dus ik wil de opname van het dak graag verzetten naar
maandag 29 september, zelfde tijd (9.00 uur). Lukt dat bij jullie?

Sorry voor het gedoe.

Pieter
`,
  },
  {
    slug: 'meeting-cancelled-ics',
    cat: 'meeting',
    date: '2025-10-30 11:05:09 -0400',
    from: 'Nate Whitaker <nate@quarrysoft.example>',
    to: 'Greg Foster <gfoster@cascade-benefits.example>',
    subject: 'Canceled: Quarry / Cascade - COI workflow',
    mailer: 'Valley CRM Scheduler',
    text: `This event has been canceled.

Quarry / Cascade - COI workflow
Thursday 6 November 2025, 1:00pm - 1:30pm (Pacific Time)

Note from Nate: Greg, I saw you're out that week - I'll send a couple of new times.
`,
    att: [
      {
        name: 'cancel.ics',
        type: 'text/calendar; method=CANCEL',
        content: ics({
          method: 'CANCEL',
          uid: 'quarry-cascade-1106@quarrysoft.example',
          start: '20251106T130000',
          end: '20251106T133000',
          tz: 'America/Los_Angeles',
          summary: 'Quarry / Cascade - COI workflow',
          organizer: { name: 'Nate Whitaker', email: 'nate@quarrysoft.example' },
          attendees: [{ name: 'Greg Foster', email: 'gfoster@cascade-benefits.example' }],
          seq: 1,
        }),
      },
    ],
  },
  {
    slug: 'site-visit-directions-map',
    cat: 'meeting',
    date: '2025-04-28 16:12:47 -0500',
    from: 'Karen Mills <kmills@ironleaf-mfg.example>',
    to: 'Brian Castillo <bcastillo@delta-conveyor.example>',
    subject: 'Directions for Thursday\'s plant tour',
    mailer: 'Microsoft Outlook 16.0',
    text: `Brian,

Looking forward to Thursday at 10. A few practical notes:

- Address: 2650 Valley Pike, Dayton OH 45404
  Map: https://maps.google.com/?q=2650+Valley+Pike+Dayton+OH
- Use the visitor entrance on the north side (Gate B) - the main gate is trucks only.
- Visitor parking is marked on the attached site plan.
- Closed-toe shoes please; we'll have safety glasses and hi-vis for you.

If you get lost, the front desk is (937) 555-0100.

Karen
`,
    att: [
      {
        name: 'Ironleaf_site_plan_visitor_parking.png',
        type: 'image/png',
        content: png(240, 160, (x, y) => {
          if (x > 60 && x < 190 && y > 30 && y < 110) return [170, 170, 175];
          if (x > 10 && x < 50 && y > 20 && y < 60) return [60, 140, 70];
          if (y > 130 && y < 142) return [90, 90, 90];
          if (x > 100 && x < 110 && y >= 110 && y <= 130) return [90, 90, 90];
          return [236, 236, 228];
        }),
      },
    ],
  },
  {
    slug: 'confirmed-one-line',
    cat: 'meeting',
    date: '2025-05-27 18:02:31 -0400',
    from: 'Angela Ruiz <aruiz@ruiz-family-law.example>',
    to: 'Marcus Lee <mlee@ridgeline-it.example>',
    subject: 'Re: Left you a voicemail this morning',
    eol: 'lf',
    text: `Confirmed for Thursday 9:30. Carla will be here. Thanks!

Sent from my iPhone
`,
  },
  {
    slug: 'booking-confirmation-scheduler',
    htmlOnly: true,
    cat: 'meeting',
    date: '2025-08-12 10:19:44 -0600',
    from: 'Cody Brennan via Valley CRM <scheduling@valleycrm.example>',
    replyTo: 'Cody Brennan <cody.brennan@greenmile-fleet.example>',
    to: 'Rita Okafor <rokafor@summit-hvac.example>',
    subject: 'Confirmed: GreenMile intro call with Cody Brennan on Thu, Aug 14',
    mailer: 'Valley CRM Scheduler',
    html: `<div style="font-family:Arial,sans-serif;max-width:520px;color:#2b2b2b">
<h2 style="font-size:18px">Your meeting is booked</h2>
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#777">What</td><td>GreenMile intro call (30 min)</td></tr>
<tr><td style="color:#777">When</td><td>Thursday, August 14, 2025, 11:00 AM - 11:30 AM (Mountain Time)</td></tr>
<tr><td style="color:#777">Where</td><td><a href="https://meet.google.com/qzx-rvkt-mhw">meet.google.com/qzx-rvkt-mhw</a></td></tr>
<tr><td style="color:#777">Host</td><td>Cody Brennan, GreenMile Fleet</td></tr>
</table>
<p style="font-size:14px">Need to make a change? <a href="https://book.valleycrm.example/r/gm-cody/4f1e9a0c">Reschedule</a> or <a href="https://book.valleycrm.example/c/gm-cody/4f1e9a0c">cancel</a>.</p>
<p style="font-size:12px;color:#999">Scheduled with Valley CRM. This confirmation was sent because you booked a time on Cody's page.</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'terminbestaetigung-ics',
    cat: 'meeting',
    lang: 'de',
    date: '2025-04-14 08:37:26 +0200',
    from: 'Jonas Hofmann <j.hofmann@hofmann-maschinenbau.example>',
    to: 'Frau Birgit Lenz <b.lenz@lenz-verpackung.example>',
    subject: 'Terminbestätigung: Besuch Linie 3 am 23.04.2025, 10:00 Uhr',
    mailer: 'Valley CRM Scheduler',
    text: `Sehr geehrte Frau Lenz,

hiermit bestätige ich unseren Termin am Mittwoch, 23. April 2025, um 10:00 Uhr bei Ihnen
in Bielefeld. Ich bringe unseren Anwendungstechniker Herrn Yilmaz mit.

Die Kalendereinladung finden Sie im Anhang.

Mit freundlichen Grüßen
Jonas Hofmann
`,
    att: [
      {
        name: 'Termin_Lenz_Linie3.ics',
        type: 'text/calendar; method=REQUEST',
        content: ics({
          uid: 'hofmann-lenz-20250423@hofmann-maschinenbau.example',
          start: '20250423T100000',
          end: '20250423T120000',
          tz: 'Europe/Berlin',
          summary: 'Besuch Lenz Verpackung - Linie 3 (Hofmann Maschinenbau)',
          location: 'Lenz Verpackung GmbH, Werkstraße 22, 33609 Bielefeld',
          organizer: { name: 'Jonas Hofmann', email: 'j.hofmann@hofmann-maschinenbau.example' },
          attendees: [{ name: 'Birgit Lenz', email: 'b.lenz@lenz-verpackung.example' }],
        }),
      },
    ],
  },
  {
    slug: 'agenda-for-tomorrow-call',
    cat: 'meeting',
    date: '2026-01-20 17:48:05 -0500',
    from: 'Rachel Kim <rachel.kim@tallyworks.example>',
    to: 'Victor Alvarez <valvarez@alvarez-construction.example>',
    cc: 'Dan Reyes <dreyes@alvarez-construction.example>',
    subject: 'Agenda for tomorrow 10am',
    mailer: 'Valley CRM Mailer 3.8',
    html: gmail(
      [
        'Victor, Dan -',
        'Short agenda for tomorrow so we use the 45 minutes well:',
        '<ol><li>How job costs flow today (Dan, 10 min)</li><li>Tallyworks walkthrough using one of your closed jobs (20 min)</li><li>Data migration from QuickBooks Desktop - what moves, what doesn\'t (10 min)</li><li>Next steps</li></ol>',
        'Same link as the invite: <a href="https://meet.google.com/hfa-tpqw-zxe">meet.google.com/hfa-tpqw-zxe</a>',
        'Rachel',
      ],
    ),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'rendez-vous-showroom',
    cat: 'meeting',
    lang: 'fr',
    date: '2025-06-30 12:14:36 +0200',
    from: 'Élodie Marchand <elodie@atelier-lumiere.example>',
    to: 'Service Communication <communication@groupe-vernet.example>',
    subject: 'Rendez-vous au showroom jeudi 3 juillet à 15 h',
    mailer: 'Valley CRM Mailer 3.8',
    text: `Bonjour,

Je vous confirme notre rendez-vous au showroom jeudi 3 juillet à 15 h pour tester les
ambiances lumineuses du séminaire. Comptez environ une heure.

Adresse : 12 rue des Tanneurs, 69007 Lyon – interphone « Atelier Lumière », 2e étage.
Métro B, arrêt Jean Macé.

À jeudi,
Élodie
`,
  },

  // ------------------------------------------------------------------ account / onboarding / security
  {
    slug: 'password-reset-requested',
    cat: 'account',
    date: '2025-02-18 08:44:10 +0000',
    from: VC,
    to: 'Hannah Clarke <h.clarke@northgate-supplies.example>',
    subject: 'Reset your Valley CRM password',
    headers: { 'X-Entity-Ref-ID': 'pwreset-5b8e7c11' },
    html: `<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f7fa"><tr><td align="center" style="padding:30px">
<table width="480" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#1f2d3d">
<tr><td style="padding:24px 28px 0 28px;font-size:20px;font-weight:bold">Valley CRM</td></tr>
<tr><td style="padding:16px 28px;font-size:15px;line-height:22px">
<p>Hi Hannah,</p>
<p>We received a request to reset the password for <b>h.clarke@northgate-supplies.example</b> on the Northgate Office Supplies workspace.</p>
<p style="text-align:center;margin:24px 0"><a href="https://app.valleycrm.example/reset-password?token=q8Z2mV5tK1xR7nC3bW9yL4aP" style="background:#2563eb;color:#fff;padding:11px 22px;text-decoration:none;border-radius:4px">Choose a new password</a></p>
<p>This link expires in 30 minutes and can only be used once.</p>
<p>If you didn't ask for this, you can ignore this email - your password won't change. Request made from Chrome on Windows, Leeds, United Kingdom (IP 203.0.113.45) at 08:43 UTC.</p>
</td></tr>
<tr><td style="padding:0 28px 24px 28px;font-size:12px;color:#8492a6">Valley CRM, Inc. &middot; 500 Orchard Ave, Suite 300, Fresno, CA 93721</td></tr>
</table></td></tr></table>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'workspace-invitation-set-password',
    cat: 'account',
    date: '2025-01-09 15:02:33 -0800',
    from: 'Valley CRM <invites@valleycrm.example>',
    to: 'Samira Haddad <samira.haddad@hartwell-dental.example>',
    subject: 'Owen Blake invited you to Hartwell Dental Group on Valley CRM',
    text: `Hi Samira,

Owen Blake (owen.blake@hartwell-dental.example) has invited you to join the
Hartwell Dental Group workspace on Valley CRM as a Manager.

Accept the invitation and set your password:
https://app.valleycrm.example/invite/accept?code=HDG-7Q4K-2M9X-PL3T

The invitation is valid for 7 days. If you weren't expecting it, you can ignore this
email or let Owen know.

- The Valley CRM team
`,
  },
  {
    slug: 'two-factor-enabled-notice',
    cat: 'account',
    date: '2025-03-03 10:27:58 +0000',
    from: 'Valley CRM Security <security-noreply@valleycrm.example>',
    to: 'Oliver Grant <oliver.grant@summitcloud.example>',
    subject: 'Two-factor authentication is now on',
    text: `Hi Oliver,

Two-factor authentication was turned on for your Valley CRM account
(oliver.grant@summitcloud.example) on 3 March 2025 at 10:27 UTC using an
authenticator app.

We've also generated 10 recovery codes. Store them somewhere safe - you can
view or regenerate them under Settings > Security.

If you did not make this change, contact your workspace administrator straight away.

Valley CRM Security
`,
  },
  {
    slug: 'new-sign-in-alert',
    htmlEnc: 'base64',
    cat: 'account',
    date: '2025-07-21 19:55:12 +0000',
    from: 'Valley CRM Security <security-noreply@valleycrm.example>',
    to: 'Élodie Marchand <elodie@atelier-lumiere.example>',
    subject: 'New sign-in to your Valley CRM account',
    html: `<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;max-width:520px">
<p>Hi Élodie,</p>
<p>Your account was just used to sign in from a new device.</p>
<table style="font-size:14px" cellpadding="3">
<tr><td style="color:#777">Device</td><td>Safari on iPhone</td></tr>
<tr><td style="color:#777">Location</td><td>Marseille, France (approximate)</td></tr>
<tr><td style="color:#777">Time</td><td>21 July 2025, 21:54 CEST</td></tr>
</table>
<p>If this was you, there's nothing else to do.</p>
<p>If you don't recognise this sign-in, go to <b>Settings &gt; Security &gt; Active sessions</b> in the app to sign the device out, then change your password.</p>
<p style="color:#888;font-size:12px">You're receiving this security notice because new-device alerts are on for your account. Valley CRM, Inc., 500 Orchard Ave, Suite 300, Fresno, CA 93721.</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'verification-code-short',
    cat: 'account',
    date: '2025-10-02 06:31:40 +0000',
    from: VC,
    to: 'pieter@vdberg-installatie.example',
    subject: '482913 is your Valley CRM verification code',
    eol: 'lf',
    text: `Your verification code is 482913

It expires in 10 minutes. Don't share this code with anyone - Valley CRM staff will never ask for it.
`,
  },
  {
    slug: 'onboarding-day-3-sequences',
    cat: 'account',
    date: '2025-01-12 14:00:00 +0000',
    from: 'Lena from Valley CRM <lena@valleycrm.example>',
    to: 'Samira Haddad <samira.haddad@hartwell-dental.example>',
    subject: 'Day 3: set up your first follow-up sequence',
    headers: { 'List-Unsubscribe': '<https://app.valleycrm.example/email-preferences?u=8812&t=onboarding>' },
    html: `<div style="font-family:Georgia,serif;font-size:16px;line-height:1.6;color:#333;max-width:560px">
<p>Hi Samira,</p>
<p>Most teams get the biggest win from Valley CRM in week one by automating the boring part: the follow-up email three days after a call that nobody remembers to send.</p>
<p>Here's how to set that up in about five minutes:</p>
<ol>
<li>Open <b>Sequences</b> and choose <i>New sequence</i>.</li>
<li>Add a step: "Email, 3 days after the previous step".</li>
<li>Use a merge field like <code>{{first_name}}</code> so it doesn't read like a template.</li>
<li>Turn on <i>stop when the contact replies</i> - always.</li>
</ol>
<p><a href="https://help.valleycrm.example/articles/first-sequence">Read the two-minute guide</a></p>
<p>Reply to this email if you get stuck - it comes straight to me.</p>
<p>Lena<br>Customer Onboarding, Valley CRM</p>
<p style="font-size:12px;color:#999">You're getting onboarding tips because you joined a workspace recently. <a href="https://app.valleycrm.example/email-preferences?u=8812&amp;t=onboarding">Stop these tips</a>.</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'api-key-created',
    cat: 'account',
    date: '2025-05-08 12:42:19 +0000',
    from: 'Valley CRM Security <security-noreply@valleycrm.example>',
    to: 'Oliver Grant <oliver.grant@summitcloud.example>',
    subject: 'A new API key was created for Summit Cloud Hosting',
    text: `Hello Oliver,

A new API key named "zapier-ticket-sync" was created in the Summit Cloud Hosting
workspace by oliver.grant@summitcloud.example.

  Key prefix:  vcrm_live_3f9a...
  Scopes:      contacts:read, deals:write
  Created:     8 May 2025, 12:42 UTC

API keys can read and change data in your workspace. You can revoke it at any time in
Settings > Developer > API keys.

Valley CRM
`,
  },
  {
    slug: 'trial-ends-in-3-days',
    cat: 'account',
    date: '2025-04-03 16:00:00 +0000',
    from: 'Valley CRM Billing <billing@valleycrm.example>',
    to: 'Jenna Morales <jenna@mosaicprint.example>',
    subject: 'Your Valley CRM trial ends in 3 days',
    html: `<div style="font-family:Arial,sans-serif;font-size:15px;color:#1f2d3d;max-width:540px">
<p>Hi Jenna,</p>
<p>Your 14-day trial of the Growth plan for <b>Mosaic Print Co.</b> ends on <b>Sunday, 6 April</b>.</p>
<p>To keep your pipelines, sequences and the 1,284 contacts you've imported, add a payment method before then. Growth is $39 per user per month, or $32 billed yearly.</p>
<p><a href="https://app.valleycrm.example/settings/billing" style="color:#2563eb">Add payment method</a></p>
<p>If you do nothing, your workspace switches to the Free plan - nothing is deleted, but sequences are paused.</p>
<p>Questions about plans? Just reply.</p>
<p>Valley CRM Billing</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'data-export-ready',
    cat: 'account',
    date: '2025-12-01 09:14:27 +0000',
    from: VC,
    to: 'Karen Mills <kmills@ironleaf-mfg.example>',
    subject: 'Your export is ready to download',
    text: `Hi Karen,

The export you requested (Deals - all pipelines, 2,417 rows, CSV) is ready.

Download it here:
https://app.valleycrm.example/exports/dl/7d2f8c1e-44b0-4a9e-9b7e-0f3c1a6e5d20

For security the link works only while you're signed in to Valley CRM and expires in
24 hours. After that you can run the export again from Reports > Exports.

Valley CRM
`,
  },
  {
    slug: 'inactive-workspace-deletion-notice',
    cat: 'account',
    date: '2026-03-02 10:00:00 +0000',
    from: 'Valley CRM <accounts@valleycrm.example>',
    to: 'admin@old-harbor-realty.example',
    subject: 'Action needed: your inactive workspace will be deleted on 1 April 2026',
    text: `Hello,

The Valley CRM workspace "Old Harbor Realty" has had no sign-ins for 13 months and is
on the Free plan. Under our data retention policy, inactive free workspaces are deleted
after 14 months.

  Workspace:    Old Harbor Realty
  Last sign-in: 11 January 2025
  Deletion on:  1 April 2026

To keep it, simply sign in once before that date at https://app.valleycrm.example -
nothing else is required. If you'd like a copy of your data first, use Settings > Export.

If you no longer need the workspace, you don't have to do anything.

Valley CRM Accounts
500 Orchard Ave, Suite 300, Fresno, CA 93721
`,
  },
];
