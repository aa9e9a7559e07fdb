'use strict';
// Ham: support tickets, vendor security advisories, maintenance; partner / reseller programmes.
const { pdf, png, zip } = require('../build-attachments.cjs');
const { espB, gmail, toText } = require('./_html.cjs');

module.exports = [
  // ------------------------------------------------------------------ support
  {
    slug: 'ticket-resolved-rate-us',
    cat: 'support',
    date: '2025-04-10 16:21:30 +0000',
    from: 'Valley CRM Support <support@valleycrm.example>',
    to: 'Jenna Morales <jenna@mosaicprint.example>',
    subject: '[Ticket #48213] Resolved: Gmail sync stops after password change',
    headers: { 'X-Ticket-ID': '48213' },
    text: `Hi Jenna,

Your ticket has been marked as resolved.

Summary: after a Google password change the mailbox connection needs to be re-authorised.
We've added a banner in the app that now tells you when this happens, and your mailbox
has been syncing normally since 14:05 UTC.

If anything is still not working, just reply and the ticket will reopen.

How did we do? One click is enough:
  Great  https://support.valleycrm.example/csat/48213?r=3
  OK     https://support.valleycrm.example/csat/48213?r=2
  Poor   https://support.valleycrm.example/csat/48213?r=1

Tomasz
Valley CRM Support
`,
  },
  {
    slug: 'vendor-security-advisory-patch',
    cat: 'support',
    date: '2025-11-06 18:40:00 +0000',
    from: 'Quarry Software Security <security@quarrysoft.example>',
    to: 'Diane Cho <dcho@lakeshore-insurance.example>',
    subject: 'Security advisory QSA-2025-004: update Quarry COI Agent to 4.8.2',
    headers: { 'X-Advisory-ID': 'QSA-2025-004' },
    text: `Security advisory QSA-2025-004
Severity: High (CVSS 8.1)
Affected: Quarry COI Agent for Windows, versions 4.6.0 - 4.8.1 (self-hosted only)
Fixed in: 4.8.2, released 6 November 2025

Summary
A path traversal flaw in the agent's document import could let an authenticated user
with "Uploader" rights write files outside the import folder on the server running the
agent. We have no evidence that it has been exploited. It was reported to us through our
disclosure programme.

Who needs to act
Only customers who run the agent on their own servers. Quarry Cloud customers are
already patched and do not need to do anything.

What to do
1. Download 4.8.2 from your admin console (Settings > Agent > Updates) - we do not send
   installers by email.
2. Install over the existing version; settings are kept.
3. Check the version under Help > About.

Full advisory, with indicators and workarounds:
https://quarrysoft.example/security/advisories/QSA-2025-004

Questions: reply to this email or open a ticket with priority "Security".

Quarry Software Security Team
`,
  },
  {
    slug: 'vendor-warns-about-phishing',
    cat: 'support',
    date: '2025-09-19 14:05:00 +0000',
    from: 'Valley CRM Trust & Safety <trust@valleycrm.example>',
    to: 'Oliver Grant <oliver.grant@summitcloud.example>',
    subject: 'Heads-up: phishing emails pretending to be Valley CRM',
    html: `<div style="font-family:Arial,sans-serif;max-width:560px;font-size:14px;line-height:1.55;color:#1f2d3d">
<p>Hello Oliver,</p>
<p>Over the past few days some customers have received emails that <b>claim to be from Valley CRM</b> and say that "your workspace will be suspended" unless you "verify your billing details". These emails are not from us.</p>
<p>How to recognise them:</p>
<ul>
<li>The sender address uses a look-alike domain, for example with a "1" instead of an "l" or an extra word like "-secure".</li>
<li>The link goes to a login page that is not on app.valleycrm.example.</li>
<li>Some contain a QR code or an HTML attachment instead of a link.</li>
</ul>
<p>What we will never do: ask for your password or card number by email, or threaten to delete your data within hours.</p>
<p>If you entered your password on a suspicious page, change it in the app and ask your admin to sign out all sessions. You can forward suspicious emails to <a href="mailto:abuse@valleycrm.example">abuse@valleycrm.example</a>.</p>
<p>Valley CRM Trust &amp; Safety</p>
<p style="font-size:12px;color:#8492a6">This is a service announcement sent to all workspace administrators. Valley CRM, Inc., 500 Orchard Ave, Suite 300, Fresno, CA 93721.</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'scheduled-maintenance-window',
    cat: 'support',
    date: '2025-06-04 10:00:00 +0000',
    from: 'Summit Cloud Status <status@summitcloud.example>',
    to: 'Liam Foster <liam.foster@peakform-retail.example>',
    subject: '[Scheduled] Network maintenance, MAN1 region - Sat 14 June 01:00-03:00 BST',
    text: `Scheduled maintenance

Region:   MAN1 (Manchester)
Window:   Saturday 14 June 2025, 01:00 - 03:00 BST
Impact:   up to two brief network interruptions of < 60 seconds each while core
          routers are upgraded. Load balancers and persistent volumes are not affected.

No action is needed. Workloads spread across availability zones should see no impact.

Follow live updates: https://status.summitcloud.example/incidents/mnt-2025-0614

Summit Cloud Operations
`,
  },
  {
    slug: 'incident-postmortem',
    eol: 'lf',
    cat: 'support',
    date: '2025-05-23 17:30:00 +0000',
    from: 'Summit Cloud Status <status@summitcloud.example>',
    to: 'Liam Foster <liam.foster@peakform-retail.example>',
    subject: 'Incident report: elevated API latency on 20 May (resolved)',
    text: `Incident report - 20 May 2025

What happened
Between 09:12 and 10:47 BST, about 30% of requests to the control-plane API in MAN1
took more than 5 seconds. Running workloads were not affected, but deployments and
autoscaling events were delayed.

Root cause
A configuration change to our database connection pooler reduced the maximum number of
connections per node. Under normal morning load the pool was exhausted.

What we're changing
- Config changes to the pooler now go through the same canary process as code.
- A new alert fires when pool usage exceeds 80% for five minutes.

We're sorry for the disruption. Peakform Retail is eligible for a 5% service credit on
May's control-plane fees, which will appear automatically on your next invoice.

Summit Cloud Operations
`,
  },
  {
    slug: 'support-csv-export-attached',
    cat: 'support',
    date: '2025-09-05 11:20:14 +0000',
    from: 'Valley CRM Support <support@valleycrm.example>',
    to: 'Karen Mills <kmills@ironleaf-mfg.example>',
    subject: '[Ticket #50771] Contacts that failed to import',
    text: `Hi Karen,

I've pulled the 4 rows that failed during yesterday's import. The issue is the same for
all of them: the "owner" column contains a name instead of a user's email address.

They're attached as CSV. If you change the owner to e.g. tom.becker@ironleaf-mfg.example
and re-import just this file, it should go through.

Tomasz
Valley CRM Support
`,
    att: [
      {
        name: 'failed_rows_50771.csv',
        type: 'text/csv',
        asText: true,
        charset: 'utf-8',
        content:
          'row,company,email,stage,owner,error\r\n' +
          '112,Delta Conveyor Systems,bcastillo@delta-conveyor.example,Customer,Tom Becker,owner must be a user email\r\n' +
          '348,Lakeview Packaging,buyer@lakeview-pack.example,Lead,Tom Becker,owner must be a user email\r\n' +
          '561,"Harlan & Sons, Inc.",orders@harlan-sons.example,Prospect,Karen,owner must be a user email\r\n' +
          '790,Midway Robotics,rfq@midway-robotics.example,Lead,Karen,owner must be a user email\r\n',
      },
    ],
  },
  {
    slug: 'support-thread-quoted',
    cat: 'support',
    date: '2025-02-27 09:48:22 +0100',
    from: 'Valley CRM Support <support@valleycrm.example>',
    to: 'Jonas Hofmann <j.hofmann@hofmann-maschinenbau.example>',
    subject: 'Re: [Ticket #47102] Umlaute in Serienbriefen werden falsch angezeigt',
    lang: 'de',
    headers: { 'In-Reply-To': '<ticket-47102-c2@valleycrm.example>', References: '<ticket-47102@valleycrm.example> <ticket-47102-c2@valleycrm.example>' },
    text: `Hallo Herr Hofmann,

danke für die Beispieldatei. Das Problem lag an der CSV-Kodierung: Die Datei war in
Windows-1252 gespeichert, der Import hat UTF-8 erwartet. Seit heute erkennt der Import die
Kodierung automatisch. Wenn Sie die Kontakte erneut importieren, werden "Müller" und
"Größe" korrekt angezeigt.

Viele Grüße
Tomasz, Valley CRM Support

> Am 26.02.2025 um 16:02 schrieb Jonas Hofmann:
> Hallo,
> in unseren Serienmails steht statt "Müller" plötzlich "MÃ¼ller". Beispieldatei
> anbei. Können Sie sich das bitte ansehen?
>
> Jonas Hofmann
`,
  },
  {
    slug: 'please-send-logs-txt',
    cat: 'support',
    date: '2025-11-11 13:37:07 -0800',
    from: 'Quarry Software Support <support@quarrysoft.example>',
    to: 'IT Desk <itdesk@lakeshore-insurance.example>',
    subject: 'Re: [QS-8812] COI Agent not starting after update',
    text: `Hello,

Thanks for the log excerpt (attached back here with my notes). The agent fails because
the service account lost "Log on as a service" rights during the update:

  2025-11-11 09:14:02 ERROR ServiceHost: logon failure (1069)

Please re-grant the right to LAKESHORE\\svc-quarry in Local Security Policy and restart the
"Quarry COI Agent" service. No reinstall needed.

Best,
Ines
Quarry Software Support
`,
    att: [
      {
        name: 'agent-log-annotated.txt',
        type: 'text/plain',
        asText: true,
        content:
          '2025-11-11 09:13:58 INFO  Updater: installed 4.8.2\r\n' +
          '2025-11-11 09:14:01 INFO  ServiceHost: starting as LAKESHORE\\svc-quarry\r\n' +
          '2025-11-11 09:14:02 ERROR ServiceHost: logon failure (1069)   <-- account lost the right\r\n' +
          '2025-11-11 09:14:02 INFO  ServiceHost: retry in 60s\r\n',
      },
    ],
  },
  {
    slug: 'auto-acknowledgement',
    cat: 'support',
    date: '2025-08-08 22:14:51 +0000',
    from: 'Summit Cloud Support <support@summitcloud.example>',
    to: 'Liam Foster <liam.foster@peakform-retail.example>',
    subject: 'We received your request [#SC-22190]',
    headers: { 'Auto-Submitted': 'auto-replied' },
    eol: 'lf',
    text: `Thanks for contacting Summit Cloud Support. This is an automatic confirmation that
we've received your request:

  #SC-22190 "Node pool autoscaler not scaling down"
  Priority: Normal - first response within 4 business hours

For urgent production issues, call +44 161 555 0199 (24/7).

Summit Cloud Support
`,
  },
  {
    slug: 'soporte-respuesta-es',
    cat: 'support',
    lang: 'es',
    date: '2025-12-03 10:25:38 +0100',
    from: 'Soporte Valley CRM <soporte@valleycrm.example>',
    to: 'Javier Ortega <javier.ortega@ortega-distribuciones.example>',
    subject: 'Re: [Ticket #51920] No puedo añadir un segundo remitente',
    text: `Hola Javier:

Para añadir un segundo remitente (por ejemplo pedidos@ortega-distribuciones.example)
primero hay que verificar el dominio. En Configuración > Correo > Dominios verás los tres
registros DNS (SPF, DKIM y el de retorno) que tu proveedor debe publicar. En cuanto
estén activos, el remitente se puede añadir en un minuto.

Si quieres, pásame el nombre de tu proveedor de DNS y te envío las instrucciones exactas.

Un saludo,
Lucía – Soporte Valley CRM
`,
  },
  {
    slug: 'tls-certificate-expiring-renew',
    cat: 'support',
    date: '2026-02-20 06:00:00 +0000',
    from: 'Summit Cloud Certificates <certs@summitcloud.example>',
    to: 'Liam Foster <liam.foster@peakform-retail.example>',
    subject: 'Certificate for shop.peakform-retail.example expires in 14 days',
    text: `Hello,

The TLS certificate for shop.peakform-retail.example expires on 6 March 2026.

This certificate was uploaded manually, so we can't renew it automatically. You can
either upload a renewed certificate, or switch the domain to a managed certificate
(free, renewed automatically) under Networking > Certificates in the console.

If the certificate expires, visitors will see a browser warning.

Summit Cloud Hosting
`,
  },

  // ------------------------------------------------------------------ partner
  {
    slug: 'reseller-price-change-csv',
    cat: 'partner',
    date: '2025-09-30 13:00:00 +0200',
    from: 'Hofmann Partnerprogramm <partner@hofmann-maschinenbau.example>',
    to: 'Northline Sales <sales@northline-packaging.example>',
    subject: 'Distributor price list valid from 1 November 2025 (CSV)',
    text: `Dear partners,

Attached is the updated distributor price list for spare parts, valid from 1 November
2025. Most wear parts go up between 3% and 6% because of higher steel and copper prices;
filters and sensors are unchanged.

The file uses semicolons and a decimal comma, so it opens cleanly in Excel with
German regional settings. Orders placed before 31 October are invoiced at current prices.

Partner Management
Hofmann Maschinenbau GmbH
`,
    att: [
      {
        name: 'Hofmann_distributor_prices_2025-11.csv',
        type: 'text/csv',
        asText: true,
        charset: 'utf-8',
        content:
          'part_no;description;old_price_eur;new_price_eur;effective\r\n' +
          'HZ-1102;Heizregister ST-400 230V;412,00;433,00;2025-11-01\r\n' +
          'HZ-1108;Heizregister ST-600 400V;588,00;621,00;2025-11-01\r\n' +
          'DS-0041;Dichtungssatz Tunneltür;89,00;92,00;2025-11-01\r\n' +
          'TF-0100;Temperaturfühler PT100;46,50;46,50;2025-11-01\r\n' +
          'FL-2200;Luftfilter Umluft;31,00;31,00;2025-11-01\r\n',
      },
    ],
  },
  {
    slug: 'api-v1-deprecation',
    cat: 'partner',
    date: '2025-07-01 15:00:00 +0000',
    from: 'Valley CRM Developers <developers@valleycrm.example>',
    to: 'integrations@greenmile-fleet.example',
    subject: 'API v1 will be retired on 31 January 2026',
    html: espB({
      title: 'API v1 retirement',
      brand: 'Valley CRM Developers',
      edition: 'Platform notice',
      accent: '#2563eb',
      intro: 'You are receiving this because your integration "GreenMile Sync" made calls to API v1 in the last 30 days.',
      items: [
        { kicker: 'Timeline', title: 'v1 read-only from 1 December, switched off 31 January 2026', href: 'https://developers.valleycrm.example/changelog/v1-retirement', body: 'Write endpoints in v1 start returning HTTP 410 on 1 December 2025. All v1 endpoints stop on 31 January 2026.' },
        { kicker: 'What to do', title: 'Move to v2 (mostly renamed fields)', href: 'https://developers.valleycrm.example/guides/v1-to-v2', body: 'Most partners finish the migration in a day or two. The guide lists every changed field and has a sandbox you can test against.' },
        { kicker: 'Your usage', title: '3 endpoints still on v1', href: 'https://developers.valleycrm.example/partners/usage', body: 'GET /v1/contacts, POST /v1/activities and GET /v1/users. Sign in to the partner dashboard to see call volumes.' },
      ],
      footer: 'Valley CRM, Inc., 500 Orchard Ave, Suite 300, Fresno, CA 93721. Platform notices are sent to registered integration owners and cannot be unsubscribed from while the integration is active.',
    }),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'co-marketing-proposal',
    cat: 'partner',
    date: '2025-03-27 10:44:18 -0400',
    from: 'Rachel Kim <rachel.kim@tallyworks.example>',
    to: 'Marcus Lee <mlee@ridgeline-it.example>',
    subject: 'Joint webinar for contractors? (Tallyworks x Ridgeline)',
    mailer: 'Valley CRM Mailer 3.8',
    html: gmail(
      [
        'Hi Marcus,',
        'A few of our contractor customers in Florida mentioned Ridgeline as their IT provider, which got me thinking: we both talk to the same owners about the same worries - getting paid, and not getting hacked.',
        'Would you be up for a joint 45-minute webinar in June? Rough idea: "Protecting your progress payments" - we cover pay-app workflows, you cover invoice fraud and email security. We\'d split promotion to both lists and share registrants who opt in.',
        'Happy to jump on a call to shape it.',
        'Rachel',
      ],
      'Rachel Kim | Partnerships, Tallyworks | (404) 555-0133',
    ),
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'partner-portal-account-ready',
    cat: 'partner',
    date: '2025-02-03 09:00:00 +0000',
    from: 'Summit Cloud Partner Team <partners@summitcloud.example>',
    to: 'Marcus Lee <mlee@ridgeline-it.example>',
    subject: 'Welcome to the Summit Cloud partner programme',
    text: `Hi Marcus,

Ridgeline IT Services is now a Registered partner. Your partner portal account is ready:

  Portal:   https://partners.summitcloud.example
  Username: mlee@ridgeline-it.example

Sign in with "Forgot password" the first time to set your password; the portal uses the
same single sign-on as the main console if you already have one.

Inside you'll find deal registration, the partner price list (20% off list for
Registered tier) and co-branded collateral.

Your partner manager is Oliver Grant (oliver.grant@summitcloud.example).

Summit Cloud Partner Team
`,
  },
  {
    slug: 'brand-assets-zip',
    cat: 'partner',
    date: '2025-06-17 14:12:05 +0100',
    from: 'Greenfold Marketing <marketing@greenfold-packaging.example>',
    to: 'Northline Sales <sales@northline-packaging.example>',
    subject: 'Logo pack and brand guidelines for your website',
    text: `Hi both,

As promised, here's the logo pack for the "authorised Greenfold stockist" badge on your
website: two PNGs and the short brand guidelines PDF, zipped together.

Please don't recolour the badge; the guidelines show the minimum sizes.

Thanks,
Ella
Greenfold Marketing
`,
    att: [
      {
        name: 'Greenfold_stockist_brand_pack.zip',
        type: 'application/zip',
        content: zip([
          ['Greenfold_stockist_brand_pack/greenfold-badge.png', png(64, 64, (x, y) => ((x - 32) ** 2 + (y - 32) ** 2 < 900 ? [18, 120, 90] : [255, 255, 255]))],
          ['Greenfold_stockist_brand_pack/greenfold-badge-white.png', png(64, 64, (x, y) => ((x - 32) ** 2 + (y - 32) ** 2 < 900 ? [255, 255, 255] : [18, 120, 90]))],
          ['Greenfold_stockist_brand_pack/brand-guidelines.pdf', pdf('Greenfold stockist badge - brand guidelines', ['Minimum size: 48 px on screen, 15 mm in print.', 'Clear space: the height of the leaf on every side.', 'Do not recolour, rotate or add effects.'])],
        ]),
      },
    ],
  },
  {
    slug: 'commission-statement-pdf',
    cat: 'partner',
    date: '2025-10-10 08:30:00 -0400',
    from: 'Quarry Software Partner Payouts <payouts@quarrysoft.example>',
    to: 'Diane Cho <dcho@lakeshore-insurance.example>',
    subject: 'Your Q3 2025 referral commission statement',
    text: `Hi Diane,

Thanks for the referrals this quarter. Your statement is attached.

  Referred customers closed in Q3: 2
  Commission (20% of first-year fees): $2,160.00
  Payment date: October 31, by ACH to the account on file

If your bank details have changed, update them in the partner portal - we never change
payout details based on an email request.

Quarry Software Partner Team
`,
    att: [
      {
        name: 'Quarry_Referral_Statement_Q3_2025_Lakeshore.pdf',
        type: 'application/pdf',
        content: pdf('Quarry Software - Referral commission statement Q3 2025', ['Partner: Lakeshore Insurance Agency', 'Cascade Benefits - first-year fees 6,000.00 - commission 1,200.00', 'Pinewood Mutual - first-year fees 4,800.00 - commission 960.00', 'Total commission 2,160.00 USD, paid 2025-10-31 by ACH']),
      },
    ],
  },
  {
    slug: 'partnerprogramm-de',
    cat: 'partner',
    lang: 'de',
    date: '2025-01-28 11:15:00 +0100',
    from: 'Valley CRM Partner <partner@valleycrm.example>',
    to: 'Jonas Hofmann <j.hofmann@hofmann-maschinenbau.example>',
    subject: 'Ihre Empfehlung wurde gutgeschrieben',
    text: `Hallo Herr Hofmann,

vielen Dank für Ihre Empfehlung! Lenz Verpackung GmbH hat sich für Valley CRM
entschieden. Ihrem Konto wurden dafür drei Freimonate für bis zu 10 Nutzer gutgeschrieben.

Die Gutschrift wird automatisch mit Ihren nächsten Rechnungen verrechnet. Sie müssen
nichts weiter tun.

Viele Grüße
Ihr Valley CRM Partner-Team
`,
  },
  {
    slug: 'deal-registration-approved',
    cat: 'partner',
    date: '2025-04-18 16:48:31 +0000',
    from: 'Summit Cloud Partner Team <partners@summitcloud.example>',
    to: 'Marcus Lee <mlee@ridgeline-it.example>',
    subject: 'Deal registration DR-1142 approved: Ruiz Family Law',
    text: `Hi Marcus,

Your deal registration has been approved.

  Registration:  DR-1142
  Customer:      Ruiz Family Law
  Products:      Managed backup, 2 TB
  Protected for: 90 days (until 17 July 2025)
  Discount:      additional 10% on top of your Registered partner discount

Quote it in the partner portal under Deals > DR-1142.

Summit Cloud Partner Team
`,
  },
  {
    slug: 'mdf-claims-deadline',
    cat: 'partner',
    date: '2025-12-01 09:00:00 +0000',
    from: 'Summit Cloud Partner Team <partners@summitcloud.example>',
    to: 'Marcus Lee <mlee@ridgeline-it.example>',
    subject: 'Reminder: submit Q4 marketing fund claims by 15 December',
    text: `Hi Marcus,

Ridgeline has $1,500 of unused market development funds (MDF) for 2025. Claims for
activities completed this year must be submitted by 15 December; unclaimed funds don't
roll over to 2026.

To claim, upload proof of execution (invoice plus a screenshot or attendee list) in the
partner portal under Marketing > MDF claims. Approved claims are paid within 30 days.

Summit Cloud Partner Team
`,
  },
];
