'use strict';
const A = require('../build-attachments.cjs');
const ESP = 'Valley CRM Campaigns';
const CRM = 'Valley CRM Mailer 3.8';
const unsub = (d, id) => ({ 'List-Unsubscribe': `<https://${d}/unsubscribe/${id}>, <mailto:unsubscribe@${d}?subject=${id}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', Precedence: 'bulk' });
module.exports = [
{
  slug: 'password-reset-requested', cat: 'account', date: '2025-04-14 08:03:12 +0000',
  from: 'Ledgerline <no-reply@ledgerline-app.example>', to: 'jwalsh@walsh-hardware.example',
  subject: 'Reset your Ledgerline password',
  html: `<p>Hi Jamie,</p><p>We received a request to reset the password for your Ledgerline account (jwalsh@walsh-hardware.example) from IP 198.51.100.24 (Chrome on Windows) at 08:02 UTC.</p><p><a href="https://app.ledgerline-app.example/reset?token=b61f0c9e2a7d4e8f93a1c5d07e2b46aa">Choose a new password</a></p><p>This link expires in 60 minutes and can be used once. If you didn't ask for this, you can ignore this email - your password will stay the same.</p><p>- The Ledgerline team</p>`,
  text: `Hi Jamie,

We received a request to reset the password for your Ledgerline account from IP 198.51.100.24 (Chrome on Windows) at 08:02 UTC.

Choose a new password: https://app.ledgerline-app.example/reset?token=b61f0c9e2a7d4e8f93a1c5d07e2b46aa

This link expires in 60 minutes. If you didn't ask for this, ignore this email.`,
},
{
  slug: 'new-signin-alert', cat: 'account', date: '2025-07-22 19:44:03 +0000',
  from: 'Valley CRM Security <security@notify.valleycrm.example>', to: 'maria.lopez@lopez-insurance.example',
  subject: 'New sign-in to your Valley CRM account',
  text: `Hi Maria,

Your account was just used to sign in from a new device.

  When:    22 July 2025, 19:43 UTC
  Device:  Safari on macOS
  Where:   Phoenix, AZ, United States (approximate)
  IP:      203.0.113.58

If this was you, there's nothing to do.

If it wasn't, sign in to Valley CRM as you normally would (type the address yourself) and go
to Settings > Security > Active sessions to sign the device out and change your password.

Valley CRM never asks for your password by email.
`,
},
{
  slug: 'workspace-invite', cat: 'account', date: '2025-02-06 13:21:00 -0500',
  from: 'Trackwell <invites@trackwell-projects.example>', to: 'dan.moss@moss-electric.example',
  subject: 'Erin Hall invited you to the "Moss Electric - Jobs" workspace',
  html: `<p>Erin Hall (erin@moss-electric.example) invited you to collaborate on <b>Moss Electric - Jobs</b> in Trackwell.</p><p><a href="https://app.trackwell-projects.example/invite/accept/9ZkQ2m7V">Accept invitation</a></p><p>This invitation expires in 7 days.</p>`,
  text: `Erin Hall invited you to collaborate on "Moss Electric - Jobs" in Trackwell.
Accept: https://app.trackwell-projects.example/invite/accept/9ZkQ2m7V
This invitation expires in 7 days.`,
},
{
  slug: 'verification-code', cat: 'account', date: '2025-10-30 06:58:41 +0100', eol: 'lf',
  from: 'Kassenbuch Online <noreply@kassenbuch-online.example>', to: 'info@cafe-morgenrot.example', lang: 'de',
  subject: 'Ihr Bestätigungscode: 481 602',
  text: `Ihr Bestätigungscode lautet:

    481 602

Der Code ist 10 Minuten gültig. Geben Sie ihn nicht weiter - unsere Mitarbeiter fragen nie danach.
`,
},
{
  slug: 'trial-ending-payment', cat: 'account', date: '2026-01-07 15:00:00 +0000', mailer: ESP,
  from: 'Formstack Lite <billing@formlite.example>', to: 'george@hartley-vets.example',
  subject: 'Your trial ends in 3 days',
  text: `Hi George,

Your Formlite trial ends on 10 January. To keep your 4 forms and 212 submissions, add a payment
method before then: https://app.formlite.example/billing

Starter is $19/month. If you do nothing, your account switches to the free plan (1 form) -
nothing gets deleted for 30 days.

Thanks for trying Formlite!
`,
},
{
  slug: 'export-ready-24h', cat: 'account', date: '2025-08-13 11:32:18 -0700',
  from: 'Valley CRM <no-reply@notify.valleycrm.example>', to: 'admin@kestrel-solar.example',
  subject: 'Your contacts export is ready',
  text: `Your export "All contacts - Aug 2025" (18,402 rows, CSV) is ready.

Download: https://app.valleycrm.example/exports/ex_83kd02/download

For security the link works only while you're signed in and expires in 24 hours.
`,
},
{
  slug: 'api-key-created', cat: 'account', date: '2025-05-05 10:10:47 +0000',
  from: 'Parcelhub Developers <developers@parcelhub.example>', to: 'tech@northwind-gifts.example',
  subject: 'A new API key was created',
  text: `A new live API key ("warehouse-sync") was created on your Parcelhub account by
lena@northwind-gifts.example on 5 May 2025 at 10:09 UTC.

If you didn't expect this, revoke it under Developers > API keys and contact support.
`,
},
{
  slug: 'onboarding-day-two', cat: 'account', date: '2025-03-11 14:00:00 -0500', mailer: ESP,
  from: 'Ada from Shiftly <ada@shiftly-hq.example>', to: 'manager@tacoloco-austin.example',
  subject: 'Day 2: publish your first schedule',
  headers: unsub('shiftly-hq.example', 'onb-2-5521'),
  html: `<div style="max-width:560px;font-family:Helvetica,Arial"><h2>Your first schedule takes about 10 minutes</h2><p>Yesterday you added 14 team members. Nice! Next step: drag shifts onto the calendar and hit <b>Publish</b>. Everyone gets a text with their hours.</p><p><a href="https://app.shiftly-hq.example/schedule/new" style="background:#2f6fde;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">Build this week's schedule</a></p><p>Stuck? Reply to this email - it goes to a real person.</p><p style="font-size:11px;color:#777">Shiftly Inc, 500 Congress Ave Suite 1200, Austin TX 78701. <a href="https://shiftly-hq.example/unsubscribe/onb-2-5521">Unsubscribe from onboarding tips</a></p></div>`,
  text: `Your first schedule takes about 10 minutes.
Build it: https://app.shiftly-hq.example/schedule/new
Shiftly Inc, 500 Congress Ave Suite 1200, Austin TX 78701. Unsubscribe: https://shiftly-hq.example/unsubscribe/onb-2-5521`,
},
{
  slug: 'fr-suppression-compte-inactif', cat: 'account', date: '2026-02-18 09:00:00 +0100', lang: 'fr',
  from: 'Agenda Pro <contact@agendapro-rdv.example>', to: 'cabinet@kine-lefebvre.example',
  subject: 'Votre compte inactif sera supprimé le 31 mars',
  text: `Bonjour,

Votre compte Agenda Pro n'a pas été utilisé depuis 14 mois. Conformément à notre politique de
conservation des données, il sera supprimé le 31 mars 2026.

Pour le conserver, il suffit de vous connecter une fois avant cette date.
Pour exporter vos rendez-vous avant suppression : Paramètres > Export.

L'équipe Agenda Pro
`,
},
{
  slug: 'mfa-enabled', cat: 'account', date: '2025-12-15 17:25:09 +0000', eol: 'lf',
  from: 'Paydeck <security@paydeck.example>', to: 'finance@oakridge-clinic.example',
  subject: 'Two-step verification is now on',
  text: `Two-step verification was turned on for finance@oakridge-clinic.example using an authenticator app.

Save your backup codes somewhere safe. If you didn't make this change, contact support@paydeck.example right away.
`,
},
{
  slug: 'vendor-security-advisory', cat: 'support', date: '2025-09-24 16:00:00 +0000',
  from: 'Northbeam Security Team <security-advisories@northbeam-firewalls.example>', to: 'it@cobalt-logistics.example',
  subject: '[Security Advisory NB-2025-07] Firmware 7.2.4 fixes VPN portal issue',
  text: `Dear Northbeam customer,

A vulnerability in the SSL-VPN web portal of Northbeam firmware 7.0.0 to 7.2.3 could allow an
unauthenticated attacker to read configuration files (CVE-2025-55501, CVSS 8.6).

What to do:
1. Upgrade to firmware 7.2.4 from the admin console (System > Firmware > Check for updates).
2. If you cannot upgrade this week, disable the web portal and keep IPsec only.

Details: https://support.northbeam-firewalls.example/advisories/NB-2025-07

We will never send firmware files or installers as email attachments. Please report any email
that does to abuse@northbeam-firewalls.example.

Northbeam Product Security
`,
},
{
  slug: 'newsletter-coffee-roaster', cat: 'newsletter', date: '2025-03-06 07:30:00 -0800', mailer: ESP,
  from: 'Ridgeback Coffee Wholesale <news@ridgeback-coffee.example>', to: 'orders@lanterncafe.example',
  subject: 'Spring harvest lots are in - plus 10% off your next wholesale order',
  headers: unsub('ridgeback-coffee.example', 'rb-0306-77812'),
  html: `<html><body style="margin:0;background:#f4efe9"><span style="display:none;font-size:1px;color:#f4efe9">New Ethiopian and Colombian lots, roasted weekly.</span>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#fff;font-family:Georgia,serif">
<tr><td style="padding:24px"><h1 style="color:#5b3a29">Spring lots have landed</h1>
<p>Our new Guji natural tastes like blueberry jam, and the Huila washed is our most balanced espresso in a while. Both are on the wholesale list from today.</p>
<p>Use code <b>SPRING10</b> for 10% off your next order (until 31 March).</p>
<p><a href="https://ridgeback-coffee.example/r/c?u=wholesale-list&amp;m=rb-0306" style="color:#5b3a29">See the wholesale list</a></p></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">Ridgeback Coffee Roasters, 2210 Industrial Way, Portland OR 97217<br>You get this because you have a wholesale account. <a href="https://ridgeback-coffee.example/unsubscribe/rb-0306-77812">Unsubscribe</a> | <a href="https://ridgeback-coffee.example/preferences">Preferences</a></td></tr>
</table></td></tr></table><img src="https://ridgeback-coffee.example/o/rb-0306-77812.gif" width="1" height="1" alt=""></body></html>`,
  text: `Spring lots have landed. Code SPRING10 for 10% off until 31 March.
https://ridgeback-coffee.example/r/c?u=wholesale-list&m=rb-0306
Ridgeback Coffee Roasters, 2210 Industrial Way, Portland OR 97217. Unsubscribe: https://ridgeback-coffee.example/unsubscribe/rb-0306-77812`,
},
{
  slug: 'saas-changelog-nov', cat: 'newsletter', date: '2025-11-04 16:12:00 +0000', mailer: ESP,
  from: 'Quotient Product Updates <updates@quotient-invoicing.example>', to: 'owner@brightline-tutors.example',
  subject: "What's new in Quotient: recurring invoices, better PDFs",
  headers: unsub('quotient-invoicing.example', 'cl-nov-19022'),
  html: `<div style="font-family:-apple-system,Segoe UI,Arial;max-width:600px"><h2>November release notes</h2><ul><li><b>Recurring invoices</b> - set it once, we send it every month.</li><li><b>PDF templates</b> - three new layouts, your logo in the header.</li><li><b>Bug fixes</b> - VAT rounding on multi-line invoices.</li></ul><p><a href="https://quotient-invoicing.example/changelog/2025-11">Read the full changelog</a></p><hr><p style="font-size:11px;color:#666">Quotient Software Ltd, 3 Canal Street, Manchester M1 3ZZ, UK · <a href="https://quotient-invoicing.example/unsubscribe/cl-nov-19022">Unsubscribe</a></p></div>`,
  text: `November release notes: recurring invoices, PDF templates, VAT rounding fix.
https://quotient-invoicing.example/changelog/2025-11
Quotient Software Ltd, 3 Canal Street, Manchester M1 3ZZ, UK. Unsubscribe: https://quotient-invoicing.example/unsubscribe/cl-nov-19022`,
},
{
  slug: 'black-friday-b2b', cat: 'newsletter', date: '2025-11-27 06:00:00 -0500', mailer: ESP,
  from: 'Deskpoint Office Supply <deals@deskpoint-supply.example>', to: 'purchasing@hollis-architects.example',
  subject: 'BLACK FRIDAY: up to 45% off chairs & desks - ends Monday midnight',
  headers: unsub('deskpoint-supply.example', 'bf25-40021'),
  html: `<table width="600" align="center" style="font-family:Arial"><tr><td style="background:#111;color:#fff;padding:30px;text-align:center"><h1 style="margin:0">BLACK FRIDAY</h1><p style="font-size:20px">Up to 45% off ergonomic chairs and sit-stand desks</p><a href="https://deskpoint-supply.example/bf?utm_source=email&amp;utm_campaign=bf25" style="background:#ffcc00;color:#111;padding:12px 22px;text-decoration:none;font-weight:bold">SHOP THE SALE</a></td></tr><tr><td style="padding:12px;font-size:12px">Business accounts also get free delivery over $250. Ends Monday 11:59pm ET.</td></tr><tr><td style="font-size:10px;color:#888;padding:12px">Deskpoint Office Supply, 88 Commerce Dr, Columbus OH 43215 · <a href="https://deskpoint-supply.example/unsubscribe/bf25-40021">Unsubscribe</a></td></tr></table>`,
  text: `BLACK FRIDAY: up to 45% off chairs and sit-stand desks. Ends Monday 11:59pm ET.
https://deskpoint-supply.example/bf?utm_source=email&utm_campaign=bf25
Deskpoint Office Supply, 88 Commerce Dr, Columbus OH 43215. Unsubscribe: https://deskpoint-supply.example/unsubscribe/bf25-40021`,
},
{
  slug: 'de-newsletter-handwerk', cat: 'newsletter', date: '2025-06-02 09:00:00 +0200', mailer: ESP, lang: 'de',
  from: 'Werkzeughandel Brandt <newsletter@brandt-werkzeug.example>', to: 'werkstatt@kfz-yilmaz.example',
  subject: 'Juni-Newsletter: Neue Akku-Serie und Schulungstermine',
  headers: unsub('brandt-werkzeug.example', 'nl-06-33019'),
  html: `<div style="font-family:Arial;max-width:600px"><h2>Neu im Sortiment: 18V-Akkuserie</h2><p>Ab sofort führen wir die komplette 18V-Serie mit Schlagschrauber, Flex und Akku-Ratsche. Für Werkstattkunden gibt es im Juni einen zweiten Akku gratis dazu.</p><p>Schulungstermine Drehmomenttechnik: 17. und 24. Juni, jeweils 16 Uhr. <a href="https://brandt-werkzeug.example/schulungen">Jetzt anmelden</a></p><p style="font-size:11px;color:#777">Werkzeughandel Brandt GmbH, Industriestraße 12, 44145 Dortmund · Geschäftsführer: H. Brandt · HRB 55512<br><a href="https://brandt-werkzeug.example/unsubscribe/nl-06-33019">Newsletter abbestellen</a></p></div>`,
  text: `Neu: 18V-Akkuserie, im Juni zweiter Akku gratis. Schulungen 17. und 24. Juni.
https://brandt-werkzeug.example/schulungen
Werkzeughandel Brandt GmbH, Industriestraße 12, 44145 Dortmund. Abbestellen: https://brandt-werkzeug.example/unsubscribe/nl-06-33019`,
},
{
  slug: 'fr-lettre-info-vins', cat: 'newsletter', date: '2025-09-15 10:30:00 +0200', mailer: ESP, lang: 'fr',
  from: 'Domaine des Trois Chênes <pro@troischenes-vins.example>', to: 'achats@bistrot-du-port.example',
  subject: 'Vendanges 2025 et tarifs professionnels',
  headers: unsub('troischenes-vins.example', 'pro-0915-881'),
  html: `<p>Chers partenaires,</p><p>Les vendanges se sont terminées la semaine dernière sous un beau soleil. Le millésime s'annonce généreux et frais.</p><p>Nos tarifs professionnels 2026 restent inchangés pour les commandes passées avant le 31 octobre. <a href="https://troischenes-vins.example/pro/tarifs-2026">Consulter les tarifs</a></p><p>À bientôt au domaine,<br>Famille Garnier</p><p style="font-size:11px;color:#777">Domaine des Trois Chênes, 4 route des Vignes, 21200 Beaune · <a href="https://troischenes-vins.example/desinscription/pro-0915-881">Se désinscrire</a></p>`,
  text: `Vendanges terminées. Tarifs 2026 inchangés avant le 31 octobre : https://troischenes-vins.example/pro/tarifs-2026
Domaine des Trois Chênes, 4 route des Vignes, 21200 Beaune. Se désinscrire : https://troischenes-vins.example/desinscription/pro-0915-881`,
},
{
  slug: 'es-boletin-logistica', cat: 'newsletter', date: '2026-01-26 08:00:00 +0100', mailer: ESP, lang: 'es',
  from: 'Transportes Almagro <boletin@transportes-almagro.example>', to: 'logistica@conservas-rias.example',
  subject: 'Boletín de enero: nuevas rutas a Portugal',
  headers: unsub('transportes-almagro.example', 'b-0126-2231'),
  html: `<p>Desde febrero abrimos salidas diarias Madrid-Lisboa y Vigo-Oporto en grupaje.</p><p>Tiempo de tránsito: 24-48 h. <a href="https://transportes-almagro.example/rutas/portugal">Ver tarifas</a></p><p style="font-size:11px">Transportes Almagro S.A., Calle de la Logística 5, 28906 Getafe (Madrid) · <a href="https://transportes-almagro.example/baja/b-0126-2231">Darse de baja</a></p>`,
  text: `Desde febrero: salidas diarias Madrid-Lisboa y Vigo-Oporto. https://transportes-almagro.example/rutas/portugal
Transportes Almagro S.A., Calle de la Logística 5, 28906 Getafe. Baja: https://transportes-almagro.example/baja/b-0126-2231`,
},
{
  slug: 'nl-nieuwsbrief-horeca', cat: 'newsletter', date: '2025-04-03 11:00:00 +0200', mailer: ESP, lang: 'nl',
  from: 'Groothandel Verhoeven <nieuws@verhoeven-horeca.example>', to: 'inkoop@eetcafe-dekroon.example',
  subject: 'Terrasseizoen: aanbiedingen week 15',
  headers: unsub('verhoeven-horeca.example', 'w15-9902'),
  text: `Beste ondernemer,

Het terrasseizoen begint! Deze week in de aanbieding:
- Terrasstoelen stapelbaar, antraciet: € 39,95 (was € 54,95)
- Statafel inklapbaar: € 89,-
- Speciaalbier-glazen 33 cl, doos 24: € 28,50

Bestellen kan via https://verhoeven-horeca.example/aanbiedingen/w15 of bij uw accountmanager.

Groothandel Verhoeven B.V., Havenweg 21, 3542 AD Utrecht
Afmelden: https://verhoeven-horeca.example/afmelden/w15-9902
`,
},
{
  slug: 'it-chiusura-estiva', cat: 'notice', date: '2025-07-28 12:00:00 +0200', mailer: ESP, lang: 'it',
  from: 'Ferramenta Colombo <info@ferramenta-colombo.example>', to: 'clienti@impresa-rossetti.example',
  subject: 'Chiusura estiva dal 9 al 24 agosto',
  headers: unsub('ferramenta-colombo.example', 'ch-ago-25'),
  text: `Gentili clienti,

vi informiamo che il magazzino resterà chiuso per ferie dal 9 al 24 agosto compresi.
Gli ordini ricevuti dopo il 6 agosto saranno evasi dal 25 agosto.

Per urgenze: 335 555 0102 (servizio reperibilità, solo ordini già confermati).

Buone vacanze!
Ferramenta Colombo snc, Via Roma 48, 20900 Monza (MB)
Per non ricevere più comunicazioni: https://ferramenta-colombo.example/disiscrizione/ch-ago-25
`,
},
{
  slug: 'holiday-closure-plain', cat: 'notice', date: '2025-12-12 10:45:00 -0500', mailer: CRM_or('Microsoft Outlook 16.0'),
  from: 'Accounts Team <accounts@graniteview-supply.example>', to: 'Customer list <customers@graniteview-supply.example>',
  subject: 'Holiday hours and last order dates',
  text: `Hello everyone,

Our office and warehouse will be closed from Wednesday 24 December through Thursday 1 January.
Last day for same-week delivery is Friday 19 December; orders placed after noon on the 22nd
will ship on 2 January.

The online portal stays open and our on-call line for emergencies is (614) 555-0177.

Thank you for a great year,
Graniteview Supply
`,
},
{
  slug: 'price-increase-notice', cat: 'notice', date: '2025-10-01 09:00:00 +0100', mailer: 'Valley CRM Campaigns',
  from: 'Hollins Packaging <accounts@hollins-packaging.example>', to: 'buying@thistle-candles.example',
  subject: 'Price change from 1 November 2025',
  text: `Dear customer,

Board and energy costs have risen again this year, and we have held our prices since January.
From 1 November 2025 our list prices for corrugated boxes will go up by 6.5%. Mailer bags and
tape are unchanged.

Any order confirmed before 31 October will be invoiced at current prices, even if it ships later.
Your updated price list is available in the customer portal: https://portal.hollins-packaging.example/pricelist

If you'd like to talk about volume pricing, reply to this email or call your account manager.

Kind regards,
Rebecca Hollins
Managing Director
`,
},
{
  slug: 'pt-aviso-feriados', cat: 'notice', date: '2025-12-17 09:20:00 +0000', lang: 'pt', mailer: ESP,
  from: 'Gráfica Atlântico <geral@grafica-atlantico.example>', to: 'clientes@grafica-atlantico.example',
  subject: 'Horário de funcionamento no Natal e Ano Novo',
  text: `Caros clientes,

Informamos que a Gráfica Atlântico estará encerrada nos dias 24, 25 e 31 de dezembro e 1 de janeiro.
Os trabalhos aprovados até dia 19 serão entregues antes do Natal.

Boas festas!
Gráfica Atlântico, Lda. - Rua do Porto 112, 4050-000 Porto
Para deixar de receber: https://grafica-atlantico.example/remover
`,
},
{
  slug: 'webinar-recap-youtube', cat: 'event', date: '2025-05-22 14:00:00 -0400', mailer: ESP,
  from: 'Cresthaven Payroll <events@cresthaven-payroll.example>', to: 'hr@pinebrook-clinic.example',
  subject: 'Recording: "Multi-state payroll without the headaches"',
  headers: unsub('cresthaven-payroll.example', 'web-0522-1180'),
  html: `<p>Thanks for registering for yesterday's webinar. If you missed it or want to rewatch, the recording is up:</p><p><a href="https://www.youtube.com/watch?v=q8Lm2XrT0aE">Watch the recording (47 min)</a></p><p>Slides: <a href="https://cresthaven-payroll.example/webinars/multistate/slides.pdf">download PDF</a></p><p>Questions we didn't get to are answered in the FAQ below the video.</p><p style="font-size:11px">Cresthaven Payroll, 1 Liberty Plaza, Hartford CT 06103 · <a href="https://cresthaven-payroll.example/unsubscribe/web-0522-1180">Unsubscribe</a></p>`,
  text: `Recording: https://www.youtube.com/watch?v=q8Lm2XrT0aE
Slides: https://cresthaven-payroll.example/webinars/multistate/slides.pdf
Cresthaven Payroll, 1 Liberty Plaza, Hartford CT 06103. Unsubscribe: https://cresthaven-payroll.example/unsubscribe/web-0522-1180`,
},
{
  slug: 'conference-early-bird', cat: 'event', date: '2025-02-25 10:00:00 -0600', mailer: ESP,
  from: 'Midwest Manufacturing Summit <hello@mw-mfg-summit.example>', to: 'ops@kessler-machining.example',
  subject: 'Early-bird ends Friday: save $200 on Summit passes',
  headers: unsub('mw-mfg-summit.example', 'eb-7781'),
  text: `Early-bird pricing for the Midwest Manufacturing Summit (May 13-14, Milwaukee) ends this
Friday at midnight CT. Passes are $495 instead of $695, and group rates start at 3 people.

This year: 40 sessions on automation, workforce and reshoring, plus plant tours on day two.
Plant tours are limited to 25 people each and usually fill up.

Register: https://www.eventbrite.com/e/mw-mfg-summit-2025-tickets-830041122
Midwest Manufacturing Summit, 735 N Water St, Milwaukee WI 53202
Unsubscribe: https://mw-mfg-summit.example/unsubscribe/eb-7781
`,
},
{
  slug: 'breakfast-briefing-invite', cat: 'event', date: '2025-09-08 08:15:00 +0100', mailer: CRM,
  from: 'Sarah Whitfield <s.whitfield@kinross-wealth.example>', to: 'Dr Anil Mehta <anil.mehta@mehta-pharmacy.example>',
  subject: 'Invitation: Business owners breakfast, 2 October',
  text: `Dear Dr Mehta,

We're hosting a small breakfast briefing for business owners on Thursday 2 October, 7:45-9:15,
at The Mercantile, Edinburgh. Our head of tax planning will cover the changes to business asset
relief and what they mean for succession.

We keep it to 20 seats so there's time for questions. If you'd like to join, just reply to this
email and I'll reserve a place.

Warm regards,
Sarah Whitfield
Kinross Wealth Management
`,
},
{
  slug: 'expo-ticket-qr-ics', cat: 'event', date: '2025-10-20 12:30:00 +0200', mailer: ESP,
  from: 'FoodTech Expo Rotterdam <tickets@foodtech-expo.example>', to: 'lieke@smaakmakers.example',
  subject: 'Your ticket: FoodTech Expo, 12-13 November',
  text: `Hi Lieke,

Here's your visitor ticket. Show the QR code at the entrance (on your phone is fine). The
calendar file is attached too.

Venue: Ahoy Rotterdam, hall 2. Doors open 09:30.
`,
  att: [
    { name: 'ticket-FTX25-00418.png', type: 'image/png', content: A.qrLike('ftx25-00418') },
    { name: 'foodtech-expo.ics', type: 'text/calendar', content: A.ics({ method: 'PUBLISH', uid: 'ftx25@foodtech-expo.example', start: '20251112T093000', end: '20251113T170000', tz: 'Europe/Amsterdam', summary: 'FoodTech Expo Rotterdam', location: 'Ahoy Rotterdam, hall 2' }) },
  ],
},
{
  slug: 'de-tag-der-offenen-tuer', cat: 'event', date: '2025-04-28 09:00:00 +0200', mailer: ESP, lang: 'de',
  from: 'Tischlerei Weber <info@tischlerei-weber.example>', to: 'kunden@tischlerei-weber.example',
  subject: 'Einladung: Tag der offenen Werkstatt am 17. Mai',
  headers: unsub('tischlerei-weber.example', 'tdow-25'),
  text: `Liebe Kundinnen und Kunden,

am Samstag, 17. Mai, öffnen wir von 10 bis 16 Uhr unsere Werkstatt. Es gibt Führungen, eine
Ausstellung unserer Einbauküchen und für die Kleinen eine Bastelecke. Für Kaffee und Kuchen ist
gesorgt.

Wir freuen uns auf Sie!
Tischlerei Weber, Am Mühlbach 3, 79098 Freiburg
Abmelden: https://tischlerei-weber.example/abmelden/tdow-25
`,
},
{
  slug: 'webinar-starts-1h', cat: 'event', date: '2026-03-10 12:00:00 -0500', mailer: ESP,
  from: 'Harborline HR <webinars@harborline-hr.example>', to: 'kim@ellis-dental.example',
  subject: 'Starting in 1 hour: Handbook updates for 2026',
  text: `Hi Kim, we go live in one hour (1pm CT).

Join here: https://us02web.zoom.us/w/81233300921?tk=hR2nV0

Can't make it? Everyone registered gets the recording tomorrow.
`,
},
{
  slug: 'seat-opened-confirm-48h', cat: 'event', date: '2025-06-16 09:10:00 -0700', mailer: CRM,
  from: 'Coastal CFO Roundtable <events@coastal-cfo.example>', to: 'Nina Park <npark@park-imports.example>',
  subject: 'A seat opened up - please confirm within 48 hours',
  text: `Hi Nina,

You were first on the wait-list for the June 26 roundtable in Long Beach, and a seat just opened.
Reply "yes" within 48 hours and it's yours; otherwise we'll offer it to the next person.

There's no fee - lunch is sponsored by First Harbor Bank.

Thanks,
Coastal CFO Roundtable team
`,
},
{
  slug: 'customer-golf-day', cat: 'event', date: '2025-07-01 15:30:00 +0100', mailer: 'Microsoft Outlook 16.0',
  from: 'Gareth Evans <gareth.evans@celtic-plant-hire.example>', to: 'Rhys Morgan <rhys@morgan-groundworks.example>',
  subject: 'Golf day - 29 August',
  text: `Rhys,

We're doing the customer golf day again at Celtic Manor on Friday 29 August. Tee off from 10, BBQ
after. Fancy bringing a four-ball? Let me know names by the 15th.

Gareth
`,
},
];
function CRM_or(x) { return x; }
