'use strict';
// Ham: onboarding mails and support replies.
const H = require('../lib/html.cjs');
module.exports = [
  {
    slug: 'onboarding-welcome-valley',
    cat: 'onboarding',
    from: 'Valley CRM <welcome@valley.example>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Welcome to Valley CRM, Martin - three things to do first',
    text: `Welcome to Valley CRM, Martin!

Your workspace "Carrow Industrial Supply" is ready. Most teams get value fastest by
doing three things in the first week:

1. Import your contacts (CSV or from your old CRM): https://portal.valley.example/import
2. Set up your pipeline stages: https://portal.valley.example/settings/pipelines
3. Invite your team: https://portal.valley.example/settings/users

Stuck? Reply to this email - a real person on our support team will answer.

The Valley CRM team
Valley CRM, 500 Example Avenue, Suite 12, Springfield (fictional)
`,
    html: H.app({
      brand: 'Valley CRM',
      color: '#2b6cb0',
      preheader: 'Three things to do in your first week',
      heading: 'Welcome to Valley CRM, Martin!',
      paras: [
        'Your workspace <b>Carrow Industrial Supply</b> is ready. Most teams get value fastest by doing three things in the first week:',
        '1. <a href="https://portal.valley.example/import">Import your contacts</a> (CSV or from your old CRM)<br>2. <a href="https://portal.valley.example/settings/pipelines">Set up your pipeline stages</a><br>3. <a href="https://portal.valley.example/settings/users">Invite your team</a>',
        'Stuck? Reply to this email - a real person on our support team will answer.',
      ],
      button: { label: 'Open my workspace', url: 'https://portal.valley.example/' },
      footer: ['Valley CRM, 500 Example Avenue, Suite 12, Springfield (fictional)', 'You are receiving this because you created a Valley CRM account.'],
    }),
    date: '2026-01-08 09:00 -0500',
  },
  {
    slug: 'onboarding-day3-tips',
    cat: 'onboarding',
    from: 'Stackwise <onboarding@stackwise.example>',
    to: 'Aisha Bello <aisha.bello@korafoods.example>',
    subject: 'Day 3: connect your first warehouse',
    text: `Hi Aisha,

You've imported 412 products - nice work. The next step is connecting a warehouse
location so Stackwise can track stock levels.

It takes about five minutes: Settings > Locations > Add location.

I've attached our one-page getting-started guide in case you want to share it with
your team.

Joe from Stackwise
https://help.stackwise.example
`,
    att: ['guide-stackwise'],
  },
  {
    slug: 'onboarding-kickoff-call',
    cat: 'onboarding',
    from: 'Priscilla Wong <priscilla.wong@fathom-data.example>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    cc: 'Nate Oyelaran <nate.oyelaran@fathom-data.example>',
    subject: 'Kick-off: what we need from your team',
    html: 'outlook',
    text: `Hi Martin,

I'm your onboarding lead at Fathom Data. To get your forecasting dashboards live in
four weeks we need three things from your side:

- Read-only access to the ERP sales order table (your IT contact can create the user)
- 24 months of sales history as a CSV export, if the ERP doesn't hold that far back
- A 45-minute kick-off call with whoever owns purchasing

Could you suggest two or three slots next week for the kick-off?

Thanks,
Priscilla Wong
Customer Onboarding, Fathom Data
`,
  },
  {
    slug: 'onboarding-account-activation',
    cat: 'onboarding',
    from: 'Orchard Analytics <no-reply@orchard-analytics.example>',
    to: 'Maya Lindgren <maya@lumenfitness.example>',
    subject: 'Activate your Orchard Analytics account',
    text: `Hi Maya,

Rob Evans invited you to the "Lumen Fitness Studios" workspace on Orchard Analytics.

Activate your account (link valid for 72 hours):
https://app.orchard-analytics.example/activate?t=Zk29cQ81mL

If you weren't expecting this invitation, you can ignore this email.

Orchard Analytics Inc., 120 Pine St, Portland OR (fictional)
`,
    html: H.app({
      brand: 'Orchard Analytics',
      color: '#c05621',
      heading: 'You have been invited',
      paras: ['Hi Maya,', 'Rob Evans invited you to the <b>Lumen Fitness Studios</b> workspace on Orchard Analytics.', 'The link is valid for 72 hours.'],
      button: { label: 'Activate account', url: 'https://app.orchard-analytics.example/activate?t=Zk29cQ81mL' },
      footer: ["If you weren't expecting this invitation, you can ignore this email.", 'Orchard Analytics Inc., 120 Pine St, Portland OR (fictional)'],
    }),
  },
  {
    slug: 'onboarding-checklist-plain',
    cat: 'onboarding',
    from: 'Ben Carter <ben@anvil-oak.example>',
    to: 'Freya Olsen <freya.olsen@anvil-oak.example>',
    subject: 'Your first week at Anvil & Oak',
    text: `Hi Freya,

Welcome aboard! Here's the plan for your first week in sales:

Mon - laptop and accounts with Kit (IT), then lunch with the team
Tue - shadow Raj on showroom visits
Wed - Valley CRM training with me, 10:00 (bring the login from your welcome email)
Thu - trade accounts overview with finance
Fri - 1:1 with me, 15:00

Ask anything, anytime.
Ben
`,
  },
  {
    slug: 'onboarding-training-webinar-seats',
    cat: 'onboarding',
    from: 'Lattice HR Customer Success <success@lattice-hr.example>',
    to: 'Neil Foster <neil.foster@pinecrestdental.example>',
    subject: 'Admin training: pick a session (limited seats)',
    html: 'simple',
    text: `Hi Neil,

New admins get a free live training session in their first month. Sessions are small
so there's time for your questions - seats are limited to 10 per session.

Tue 8 July, 13:00 ET - https://lattice-hr.example/training/0708
Thu 10 July, 09:00 ET - https://lattice-hr.example/training/0710
Mon 14 July, 16:00 ET - https://lattice-hr.example/training/0714

Can't make any? Recordings are in the help centre.

Lattice HR Customer Success
`,
  },
  {
    slug: 'onboarding-data-import-done',
    cat: 'onboarding',
    from: 'Valley CRM <notifications@valley.example>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Your import finished: 3,918 contacts added, 42 skipped',
    text: `Your import "contacts-jan-2026.csv" has finished.

Added: 3,918 contacts
Updated: 0
Skipped: 42 (missing email address or duplicates)

Download the skipped rows: https://portal.valley.example/import/7731/skipped.csv

Valley CRM
`,
  },
  // ---- support replies ----
  {
    slug: 'support-import-mapping',
    cat: 'support',
    from: 'Valley CRM Support <support@valley.example>',
    to: 'Julia Marsh <julia.marsh@solvent-labs.example>',
    subject: 'Re: [Ticket #48213] Import keeps putting company names in the last name column',
    inReplyTo: true,
    html: 'simple',
    text: `Hi Julia,

Thanks for the screenshot - that made it easy to spot. The CSV uses semicolons as
separators, and the importer guessed commas because the first row has a comma in
"Raman, Priya".

In the import settings, set "Delimiter" to semicolon (see the attached screenshot
showing where the option is) and run the import again. The earlier partial import can
be undone from Import history > Undo.

Let me know if that sorts it.

Best,
Kwame
Valley CRM Support
`,
    att: ['screenshot-import'],
  },
  {
    slug: 'support-lead-export-attached',
    cat: 'support',
    from: 'Kwame Asante <kwame@valley.example>',
    to: 'Jason Morris <jmorris@solvent-labs.example>',
    subject: 'Re: [Ticket #48377] Export of leads owned by jmorris',
    inReplyTo: true,
    text: `Hi Jason,

As requested, I've generated the export of leads owned by you as of 20 May. It's
attached as CSV (4 rows, as the filter was "open deals only").

For future exports you can use Leads > Filter > Export without asking us, as long as
your role has the "Export" permission.

Kwame
Valley CRM Support
`,
    att: ['csv-leads'],
    date: '2025-05-20 11:18 -0500',
  },
  {
    slug: 'support-bug-acknowledged',
    cat: 'support',
    from: 'Stackwise Support <help@stackwise.example>',
    to: 'Aisha Bello <aisha.bello@korafoods.example>',
    subject: '[Stackwise #9921] Low-stock alert firing twice',
    text: `Hi Aisha,

You're right - the alert is firing once per location instead of once per product when
a product is stocked in two warehouses. Our engineers reproduced it and a fix is
scheduled for next Tuesday's release.

Until then, you can turn off alerts for the second location under Settings > Alerts.

Sorry for the noise,
Leah, Stackwise Support
`,
  },
  {
    slug: 'support-password-reset-help',
    cat: 'support',
    from: 'Orchard Analytics Support <support@orchard-analytics.example>',
    to: 'Rob Evans <rob@lumenfitness.example>',
    subject: 'Re: Locked out after changing phone',
    inReplyTo: true,
    html: 'gmail',
    text: `Hi Rob,

I've reset two-factor authentication on your account after verifying your identity
on the phone with my colleague. Next time you sign in you'll be asked to scan a new
QR code with your authenticator app.

Sign in here as usual: https://app.orchard-analytics.example/login

For security, we never ask for your password or codes by email.

Thanks,
Marcus
Orchard Analytics Support
`,
  },
  {
    slug: 'support-ticket-auto-ack',
    cat: 'support',
    from: 'Kiln & Clay Supply <help@kilnandclay.example>',
    to: 'Hettie Lowe <hettie@lowepottery.example>',
    subject: 'We received your request [KC-20577]',
    text: `Hello Hettie,

Thanks for contacting Kiln & Clay Supply. Your request "Cracked kiln shelf in order
KC-88102" has been received and has reference KC-20577.

Our team replies within one working day (Mon-Fri, 9-5). If you have photos of the
damage, reply to this email and attach them - it speeds things up.

Kiln & Clay Supply
`,
  },
  {
    slug: 'support-refund-processed',
    cat: 'support',
    from: 'Kiln & Clay Supply <help@kilnandclay.example>',
    to: 'Hettie Lowe <hettie@lowepottery.example>',
    subject: 'Re: We received your request [KC-20577]',
    inReplyTo: true,
    text: `Hi Hettie,

Thanks for the photos - that shelf definitely cracked in transit. We've refunded
GBP 46.50 to your original payment method; it normally shows up in 3-5 working days.

A replacement shelf is also on its way at no charge, double-boxed this time.

Sorry again,
Martha
Kiln & Clay Supply
`,
  },
  {
    slug: 'support-api-rate-limit',
    cat: 'support',
    from: 'Dev Support <devsupport@valley.example>',
    to: 'Tomas Lindqvist <tomas@norrsken.example>',
    subject: 'Re: 429 errors from /api/v2/leads',
    inReplyTo: true,
    text: `Hi Tomas,

The 429 responses are our rate limiter: the Team plan allows 10 requests per second
per workspace. Your sync job sends bursts of ~40 requests in parallel at the top of
each hour.

Two options:
 - add a small delay or a concurrency limit of 8 in the sync job, or
 - use the bulk endpoint POST /api/v2/leads:batch (up to 200 leads per call)

The Retry-After header tells you how long to wait. Docs:
https://portal.valley.example/docs/api/rate-limits

Cheers,
Ines, Valley CRM developer support
`,
  },
  {
    slug: 'support-satisfaction-survey',
    cat: 'support',
    from: 'Valley CRM Support <support@valley.example>',
    to: 'Julia Marsh <julia.marsh@solvent-labs.example>',
    subject: 'How did we do? [Ticket #48213]',
    html: `<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hi Julia,</p>
<p>Your ticket <b>#48213 "Import keeps putting company names in the last name column"</b> was marked as solved. How would you rate the support you received?</p>
<p><a href="https://support.valley.example/rate/48213/good" style="background:#38a169;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">Good, I'm satisfied</a>
&nbsp; <a href="https://support.valley.example/rate/48213/bad" style="background:#e53e3e;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">Bad, I'm unsatisfied</a></p>
<p style="color:#888;font-size:12px">Valley CRM Support &middot; 500 Example Avenue, Suite 12, Springfield (fictional)</p>
</body></html>
`,
  },
  {
    slug: 'support-long-thread-webhooks',
    cat: 'support',
    from: 'Ines Moreau <ines@valley.example>',
    to: 'Tomas Lindqvist <tomas@norrsken.example>',
    cc: 'Dev Support <devsupport@valley.example>',
    subject: 'Re: [Ticket #49102] Webhooks for deal stage changes arrive out of order',
    inReplyTo: true,
    text: `Hi Tomas,

Thanks for the detailed logs - they helped a lot. Here is what is happening and what
you can do about it.

What you see: when a rep drags a deal through two stages quickly (for example
"Proposal" -> "Negotiation" -> "Won" within a few seconds), your endpoint sometimes
receives "Negotiation" after "Won".

Why: webhook deliveries are retried independently. If your endpoint answers the first
delivery slowly (your logs show 6-9 seconds on some requests), we time out after 5
seconds and retry it later, by which time the next event has already arrived.

What to do:
1. Use the "occurred_at" timestamp in each payload, not the arrival order, to decide
   which stage is current. Ignore events older than the one you already stored.
2. Or use the "sequence" field (per deal, strictly increasing), added in API v2.3.
3. Reply with HTTP 200 first and do the slow work in a background job. That avoids
   most retries in the first place.

We are also adding a setting to deliver events for the same deal strictly in order
(one at a time). It is planned for the June release; I've linked your ticket to it so
you'll get an update when it ships.

Docs: https://portal.valley.example/docs/api/webhooks#ordering

Best regards,
Ines Moreau
Developer Support, Valley CRM

On Mon, 12 May 2025, Tomas Lindqvist wrote:
> Hi, our integration updates the deal stage in our ERP from your webhooks. Several
> times a week a deal ends up in the wrong stage in the ERP. Logs attached. Is this a
> bug on your side? We are on the Team plan, workspace "Norrsken AB".
`,
    date: '2025-05-13 15:02 +0200',
  },
];
