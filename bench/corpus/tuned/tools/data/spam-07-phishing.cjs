'use strict';
// Spam (second batch): phishing of many brands and services. Brand names appear as
// display text only; every href / form action / QR payload points to a reserved
// (.test/.example) host, a documentation IP, or a URL shortener.
const H = require('../lib/html.cjs');
const { rcv } = require('../lib/spam.cjs');
const btn = (href, label, color = '#0067b8', fg = '#ffffff') => `<a href="${href}" style="display:inline-block;background:${color};color:${fg};padding:11px 26px;border-radius:3px;text-decoration:none;font-weight:bold">${label}</a>`;
const card = (inner, top = '#0067b8') => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:Segoe UI,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid ${top}"><tr><td style="padding:26px 30px;font-size:14px;line-height:21px;color:#262626">
${inner}
</td></tr></table></td></tr></table></body></html>
`;
module.exports = [
  // ---- banks ----
  {
    slug: 'phish-bank-ing-dutch-pas',
    cat: 'phish-bank',
    from: 'ING Klantenservice <klantenservice@ing-pasvervanging.test>',
    to: 'Sanne de Vries <sanne@groenveld.example>',
    subject: 'Uw betaalpas verloopt binnenkort - vraag tijdig een nieuwe aan',
    autoText: true,
    html: card(`<p style="font-size:20px;color:#ff6200;margin-top:0"><b>ING</b></p>
<p>Beste klant,</p>
<p>Uit onze gegevens blijkt dat uw huidige betaalpas binnenkort verloopt. Om te zorgen dat u zonder onderbreking kunt blijven betalen, moet u uw gegevens bevestigen en een nieuwe pas aanvragen.</p>
<p>Doet u dit niet binnen 3 werkdagen, dan wordt uw pas geblokkeerd.</p>
<p>${btn('http://198.51.100.27/ing/pasaanvraag/', 'Nieuwe pas aanvragen', '#ff6200')}</p>
<p>Met vriendelijke groet,<br>ING Nederland</p>`, '#ff6200'),
  },
  {
    slug: 'phish-bank-bnp-french-certificat',
    cat: 'phish-bank',
    from: 'BNP Paribas <securite@bnp-client-certification.test>',
    to: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    subject: 'Action requise : renouvellement de votre certificat de sécurité',
    html: card(`<p style="font-size:18px;color:#00915a;margin-top:0"><b>BNP PARIBAS</b></p>
<p>Chère cliente, cher client,</p>
<p>Votre certificat de sécurité (Clé Digitale) arrive à expiration. Sans renouvellement, l’accès à vos comptes en ligne et la validation de vos opérations seront suspendus à partir du <b>14 novembre 2025</b>.</p>
<p>${btn('http://203.0.113.118/bnp/cle-digitale/renouveler', 'Renouveler mon certificat', '#00915a')}</p>
<p>Nous vous remercions de votre confiance.<br>Votre conseiller BNP Paribas</p>
<p style="font-size:11px;color:#888">Ceci est un message automatique, merci de ne pas y répondre.</p>`, '#00915a'),
    text: `BNP PARIBAS

Chère cliente, cher client,

Votre certificat de sécurité (Clé Digitale) arrive à expiration. Sans
renouvellement, l’accès à vos comptes en ligne sera suspendu à partir du
14 novembre 2025.

Renouveler mon certificat : http://203.0.113.118/bnp/cle-digitale/renouveler
`,
    date: '2025-11-10 07:32 +0100',
  },
  {
    slug: 'phish-bank-santander-spanish',
    cat: 'phish-bank',
    from: 'Santander <avisos@santander-seguridad-clientes.test>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'Hemos bloqueado temporalmente su tarjeta',
    text: `Santander: Hemos detectado un cargo inusual de 1.249,00 EUR en su tarjeta
terminada en 4412. Por su seguridad la hemos bloqueado temporalmente.

Para desbloquearla, verifique su identidad en el siguiente enlace:
http://192.0.2.140/santander/verificacion

Si no lo hace en 24 horas, la tarjeta será cancelada.
`,
  },
  {
    slug: 'phish-bank-intesa-italian',
    cat: 'phish-bank',
    from: 'Intesa Sanpaolo <notifiche@intesa-sicurezza-online.test>',
    to: 'amministrazione@ricci-trasporti.example',
    subject: 'Avviso di sicurezza: accesso non autorizzato rilevato',
    autoText: true,
    html: `<html><body style="font-family:Arial;font-size:14px">
<p style="color:#006837;font-size:18px"><b>Intesa Sanpaolo</b></p>
<p>Gentile cliente,</p>
<p>abbiamo rilevato un accesso al Suo conto da un dispositivo non riconosciuto. Per motivi di sicurezza alcune funzionalità sono state limitate.</p>
<p>La preghiamo di aggiornare i Suoi dati entro 24 ore per ripristinare l'accesso completo.</p>
<p><a href="http://198.51.100.99/isp/aggiornamento/">Aggiorna i dati</a></p>
<p>Cordiali saluti,<br>Servizio Clienti</p>
</body></html>
`,
  },
  {
    slug: 'phish-bank-wells-fargo-zelle',
    cat: 'phish-bank',
    from: 'Wells Fargo Online <alerts@wf-zelle-payments.test>',
    to: 'Will Barros <will@blueheron-charters.example>',
    subject: 'Zelle payment of $980.00 is pending your approval',
    received: [rcv('203.0.113.201', 'relay.wf-zelle-payments.test')],
    html: card(`<p style="background:#d71e28;color:#ffcd41;padding:10px;font-weight:bold;margin-top:0">WELLS FARGO</p>
<p>A Zelle&reg; payment of <b>$980.00</b> to <b>JAMES R.</b> is pending. If you did not authorize this payment, cancel it now before it is processed.</p>
<p>${btn('http://203.0.113.201/wf/zelle/cancel?id=55120', 'Cancel payment', '#d71e28')}</p>
<p style="font-size:11px;color:#777">Wells Fargo Bank, N.A. Member FDIC.</p>`, '#d71e28'),
  },
  {
    slug: 'phish-bank-commerzbank-phototan',
    cat: 'phish-bank',
    from: 'Commerzbank <info@commerzbank-phototan-update.test>',
    to: 'Lukas Brenner <lukas.brenner@alpenmed-devices.example>',
    subject: 'Aktualisierung Ihres photoTAN-Verfahrens erforderlich',
    text: `Sehr geehrter Kunde,

ab dem 01.12.2025 wird das photoTAN-Verfahren auf eine neue Version umgestellt.
Damit Sie Ihr Online-Banking weiterhin nutzen können, müssen Sie Ihr Gerät neu
registrieren. Dies dauert nur wenige Minuten.

Jetzt registrieren: http://photo-tan-registrierung.test/cb/start

Ohne Registrierung wird der Zugang zum Online-Banking aus Sicherheitsgründen
gesperrt.

Mit freundlichen Grüßen
Ihre Commerzbank
`,
    date: '2025-11-24 06:55 +0100',
  },
  // ---- PayPal ----
  {
    slug: 'phish-paypal-new-device-login',
    cat: 'phish-paypal',
    from: 'PayPal <security@paypal-account-review.test>',
    to: 'Aisha Bello <aisha.bello@korafoods.example>',
    subject: 'New login to your account from a Windows device',
    autoText: true,
    html: card(`<p style="font-size:24px;color:#003087;margin-top:0"><b><i>PayPal</i></b></p>
<p>Hello,</p>
<p>We noticed a new login to your PayPal account from a device we don't recognise.</p>
<p>Device: Windows 10, Chrome<br>Location: Bucharest, Romania<br>Time: today, 03:14</p>
<p>If this was you, you can ignore this message. If not, secure your account now.</p>
<p>${btn('http://paypal-account-review.test/signin/secure?c=AB4471', 'Secure my account', '#0070ba')}</p>`, '#0070ba'),
  },
  {
    slug: 'phish-paypal-spanish-cuenta',
    cat: 'phish-paypal',
    from: 'PayPal España <servicio@paypal-cuenta-limitada.test>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'Su cuenta PayPal ha sido limitada temporalmente',
    text: `Estimado cliente:

Hemos limitado temporalmente su cuenta PayPal porque no hemos podido verificar
algunos datos. Mientras la cuenta esté limitada no podrá enviar ni recibir dinero.

Para eliminar la limitación, inicie sesión y confirme su información:
https://bit.ly/pp-es-verificar

Número de caso: PP-L-0044-120

Atentamente,
PayPal
`,
  },
  // ---- Microsoft 365 / SharePoint / OneDrive / Teams ----
  {
    slug: 'phish-m365-sharepoint-rfp-compromised-contact',
    cat: 'phish-m365',
    from: 'Sanne de Vries <sanne@groenveld.example>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Groenveld BV - RFP 2026 logistics services',
    date: '2026-02-03 13:48 +0100',
    received: [rcv('198.51.100.173', 'vps-173.cheap-hosting.test')],
    html: card(`<p>Sanne de Vries shared a file with you</p>
<table cellpadding="10" style="background:#f3f2f1;width:100%"><tr><td><b>RFP_2026_Logistics_Services.pdf</b><br><span style="font-size:12px;color:#605e5c">SharePoint &middot; 1.2 MB</span></td></tr></table>
<p>"Hi Dana, please find our request for proposal for 2026. Deadline for responses is 20 February."</p>
<p>${btn('http://198.51.100.173/sp/sites/groenveld/rfp2026', 'Open')}</p>
<p style="font-size:11px;color:#8a8886">This link only works for the direct recipients of this message.</p>`),
    text: `Sanne de Vries shared a file with you

RFP_2026_Logistics_Services.pdf (SharePoint, 1.2 MB)

"Hi Dana, please find our request for proposal for 2026. Deadline for responses is
20 February."

Open: http://198.51.100.173/sp/sites/groenveld/rfp2026
`,
  },
  {
    slug: 'phish-m365-onedrive-received-file',
    cat: 'phish-m365',
    from: 'OneDrive <no-reply@onedrive-filedrop.test>',
    to: 'accounts@carrow-supply.example',
    subject: 'You have received a secure file: Remittance_Q2.pdf',
    text: `accounts@carrow-supply.example, you have received 1 file via OneDrive.

File: Remittance_Q2.pdf
Sender: accounts-payable@kestrelbio.example
Expires: in 48 hours

Download: https://onedrive-filedrop.test/s!AmQ44120/download

Microsoft OneDrive
`,
  },
  {
    slug: 'phish-m365-teams-chat-pending',
    cat: 'phish-m365',
    from: 'Microsoft Teams <noreply@teams-notification-center.test>',
    to: 'Julia Marsh <julia.marsh@solvent-labs.example>',
    subject: 'You have 4 unread messages in Teams from HR Department',
    autoText: true,
    html: card(`<p style="color:#464eb8;font-size:18px;margin-top:0"><b>Microsoft Teams</b></p>
<p><b>HR Department</b> is trying to reach you.</p>
<p style="background:#f5f5f5;padding:12px;border-left:3px solid #464eb8">"Hi Julia, please review the attached salary revision letter and confirm by end of day..."</p>
<p>${btn('http://203.0.113.52/teams/chat/hr?u=jmarsh', 'Reply in Teams', '#464eb8')}</p>
<p style="font-size:11px;color:#888">You are receiving this because you have notifications turned on.</p>`, '#464eb8'),
  },
  {
    slug: 'phish-m365-password-expiry-german',
    cat: 'phish-m365',
    from: 'Microsoft 365 Administrator <admin@m365-kennwort-service.test>',
    to: 'j.osterhagen@osterhagen-mb.example',
    subject: 'Ihr Kennwort für j.osterhagen@osterhagen-mb.example läuft heute ab',
    html: card(`<p style="font-size:18px;margin-top:0"><b>Microsoft 365</b></p>
<p>Das Kennwort für Ihr Konto <b>j.osterhagen@osterhagen-mb.example</b> läuft heute ab.</p>
<p>Sie können das aktuelle Kennwort beibehalten, indem Sie unten klicken. Andernfalls wird Ihr Postfach um 23:59 Uhr abgemeldet.</p>
<p>${btn('http://192.0.2.144/owa/keep-password?u=j.osterhagen', 'Aktuelles Kennwort beibehalten')}</p>
<p style="font-size:11px;color:#888">Microsoft respektiert Ihre Privatsphäre.</p>`),
  },
  {
    slug: 'phish-m365-mailbox-quota-french',
    cat: 'phish-m365',
    from: 'Service Messagerie <support@messagerie-quota-alerte.test>',
    to: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    subject: 'Votre boîte aux lettres a atteint 98 % de son quota',
    text: `Cher utilisateur,

Votre boîte aux lettres claire.dubois@meridian-consult.example a atteint 98 % de sa
capacité de stockage (49,1 Go / 50 Go). Vous ne pourrez bientôt plus envoyer ni
recevoir de messages.

Augmentez gratuitement votre espace de stockage ici :
http://203.0.113.30/quota/augmenter?u=claire.dubois

Administrateur de la messagerie
`,
  },
  // ---- QR-code phishing ----
  {
    slug: 'phish-qr-mfa-reset',
    cat: 'phish-qr',
    from: 'Microsoft Security <security-noreply@mfa-reenrollment.test>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Action required: re-register multi-factor authentication by Friday',
    date: '2026-03-17 08:05 -0400',
    html: card(`<p style="font-size:18px;margin-top:0"><b>Microsoft</b></p>
<p>Dear m.greer,</p>
<p>Your organisation's security policy requires all users to re-register their multi-factor authentication (MFA) method. Accounts that are not re-registered by <b>Friday</b> will be blocked from signing in.</p>
<p>Scan the QR code below with your phone camera to complete the registration:</p>
<p style="text-align:center"><img src="cid:mfa-qr@m365" width="164" height="164" alt="QR code"></p>
<p style="font-size:12px;color:#666">For security reasons this code can only be scanned from a mobile device.</p>`),
    related: [{ key: 'qr-mfa', cid: 'mfa-qr@m365' }],
  },
  {
    slug: 'phish-qr-docusign-attached-png',
    cat: 'phish-qr',
    from: 'DocuSign via Finance <dse@docusign-envelope-notify.test>',
    to: 'Mia Schultz <mia.schultz@quillfield.example>',
    subject: 'Completed: Q1 bonus payout agreement - please review',
    text: `Your document has been completed and is ready for review.

Document: Q1_Bonus_Payout_Agreement.pdf
Sender: Finance Department

For security, the document link is provided as a QR code (attached). Scan it with
your phone to view the document.

Do not share this email.
DocuSign
`,
    att: ['qr-docusign'],
  },
  {
    slug: 'phish-qr-hr-benefits-enrollment',
    cat: 'phish-qr',
    from: 'HR Benefits Team <benefits@hr-benefits-portal.test>',
    to: 'hr@kestrelbio.example',
    subject: '2026 benefits enrollment closes tomorrow',
    autoText: true,
    html: card(`<p style="font-size:18px;margin-top:0;color:#00695c"><b>Employee Benefits Center</b></p>
<p>Hello,</p>
<p>Our records show you have not yet confirmed your 2026 benefit elections. If you do not confirm by tomorrow, you will be enrolled in the default plan and your dependants may lose coverage.</p>
<p>Scan the code with your phone to confirm your elections:</p>
<p><img src="cid:benefits-qr" width="148" height="148" alt="Scan me"></p>
<p>Thank you,<br>HR Benefits Team</p>`, '#00695c'),
    related: [{ key: 'qr-benefits', cid: 'benefits-qr' }],
  },
  // ---- Google Workspace / Dropbox / DocuSign / Adobe / Zoom / LinkedIn ----
  {
    slug: 'phish-google-workspace-billing-suspension',
    cat: 'phish-cloud',
    from: 'Google Workspace <workspace-noreply@gsuite-billing-center.test>',
    to: 'admin@hollowayfarm.example',
    subject: 'Your Google Workspace account will be suspended',
    html: card(`<p style="font-size:20px;margin-top:0"><span style="color:#4285f4">G</span><span style="color:#ea4335">o</span><span style="color:#fbbc05">o</span><span style="color:#4285f4">g</span><span style="color:#34a853">l</span><span style="color:#ea4335">e</span> Workspace</p>
<p>Hello Administrator,</p>
<p>We were unable to process the payment for your Google Workspace subscription for <b>hollowayfarm.example</b>. To avoid suspension of Gmail, Drive and Calendar for all users, please update your billing information within 72 hours.</p>
<p>${btn('http://198.51.100.58/workspace/billing/update', 'Update billing', '#1a73e8')}</p>
<p style="font-size:11px;color:#777">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>`, '#1a73e8'),
  },
  {
    slug: 'phish-google-docs-shared-proposal',
    cat: 'phish-cloud',
    from: 'Tomas Lindqvist (via Google Docs) <drive-shares-dm-noreply@docs-share-notify.test>',
    to: 'Julia Marsh <julia.marsh@solvent-labs.example>',
    subject: 'Document shared with you: "Norrsken - Contract Proposal 2026"',
    text: `Tomas Lindqvist shared a document

Tomas Lindqvist (tomas@norrsken.example) has invited you to edit the following
document:

Norrsken - Contract Proposal 2026

Open: http://203.0.113.66/docs/d/1aX44120/edit

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because tomas@norrsken.example shared a document with you.
`,
  },
  {
    slug: 'phish-dropbox-transfer-invoices',
    cat: 'phish-cloud',
    from: 'Dropbox <no-reply@dropbox-transfer-files.test>',
    to: 'Erik Halvorsen <erik@halvorsen-freight.example>',
    subject: 'Mira Solberg sent you files with Dropbox Transfer',
    autoText: true,
    html: card(`<p style="font-size:20px;color:#0061ff;margin-top:0"><b>Dropbox</b></p>
<p><b>Mira Solberg</b> sent you 3 files (4.8 MB)</p>
<p>Invoices_Dec_2025.pdf<br>Rate_Confirmation.pdf<br>POD_scans.pdf</p>
<p>${btn('https://dropbox-transfer-files.test/t/AAB44120', 'View files', '#0061ff')}</p>
<p style="font-size:11px;color:#888">Files expire in 7 days.</p>`, '#0061ff'),
  },
  {
    slug: 'phish-docusign-employee-handbook',
    cat: 'phish-cloud',
    from: 'HR via DocuSign <dse_na4@docusign-secure-mail.test>',
    to: 'Freya Olsen <freya.olsen@anvil-oak.example>',
    subject: 'Please review and sign: Employee Handbook 2026 acknowledgement',
    html: `<!DOCTYPE html><html><body style="margin:0;background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1e4ca1;padding:28px;text-align:center;color:#ffffff"><p style="font-size:20px;margin:0"><b>DocuSign</b></p><p style="margin:14px 0 0 0">HR Department sent you a document to review and sign.</p>
<p style="margin:18px 0 0 0"><a href="http://198.51.100.211/ds/review?env=44120" style="background:#ffc820;color:#1e1e1e;padding:10px 24px;text-decoration:none;font-weight:bold;border-radius:2px">REVIEW DOCUMENT</a></p></td></tr>
<tr><td style="padding:22px 28px;font-size:14px;color:#333"><p><b>HR Department</b></p><p>All employees are required to acknowledge the updated Employee Handbook 2026 by Friday. Please review and sign.</p></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#777;background:#f4f4f4">Do not share this email. This email contains a secure link to DocuSign.</td></tr>
</table></td></tr></table></body></html>
`,
    autoText: true,
  },
  {
    slug: 'phish-adobe-acrobat-shared-pdf',
    cat: 'phish-cloud',
    from: 'Adobe Acrobat <no-reply@acrobat-share-docs.test>',
    to: 'accounts@harrowfinch.example',
    subject: 'Harrow & Finch: "Payment_Confirmation_0318.pdf" was shared with you',
    text: `Adobe Acrobat

Hello,
A PDF document was shared with you for review:

Payment_Confirmation_0318.pdf
Shared by: payments@quaysidelegal.example

View document: http://192.0.2.77/acrobat/view?d=0318

To view, sign in with the email address this message was sent to.
`,
  },
  {
    slug: 'phish-zoom-missed-meeting-recording',
    cat: 'phish-cloud',
    from: 'Zoom <no-reply@zoom-meeting-recordings.test>',
    to: 'Sam Patel <sam.patel@pickwise-robotics.example>',
    subject: 'You missed a meeting: "Q2 compensation review" - recording available',
    autoText: true,
    html: card(`<p style="font-size:20px;color:#0b5cff;margin-top:0"><b>zoom</b></p>
<p>Hi Sam,</p>
<p>You were invited to a meeting that has now ended. A cloud recording is available.</p>
<p>Topic: <b>Q2 compensation review</b><br>Host: Sarah Lindell<br>Duration: 38 minutes</p>
<p>${btn('http://203.0.113.84/zoom/rec/share/q2-comp', 'View recording', '#0b5cff')}</p>
<p style="font-size:11px;color:#888">The recording will be deleted in 3 days.</p>`, '#0b5cff'),
  },
  {
    slug: 'phish-linkedin-search-appearances',
    cat: 'phish-cloud',
    from: 'LinkedIn <messages-noreply@linkedin-notification.test>',
    to: 'Kwame Asante <kwame@valley.example>',
    subject: 'You appeared in 14 searches this week',
    autoText: true,
    html: card(`<p style="font-size:20px;color:#0a66c2;margin-top:0"><b>Linked<span style="background:#0a66c2;color:#fff;padding:0 3px;border-radius:2px">in</span></b></p>
<p>Kwame, you appeared in 14 searches this week.</p>
<p>People from <b>Salesforce</b>, <b>HubSpot</b> and 3 other companies looked at your profile.</p>
<p>${btn('https://linkedin-notification.test/comm/me/search-appearances', 'See all searches', '#0a66c2')}</p>
<p style="font-size:11px;color:#888">This email was intended for Kwame Asante. Learn why we included this.</p>`, '#0a66c2'),
  },
  {
    slug: 'phish-linkedin-inmail-recruiter',
    cat: 'phish-cloud',
    from: 'LinkedIn InMail <inmail@linkedin-inmail-center.test>',
    to: 'Julia Marsh <julia.marsh@solvent-labs.example>',
    subject: 'Julia, you have a new InMail from a recruiter at Spotify',
    text: `Julia, you have 1 new message

Anna Berggren, Senior Technical Recruiter at Spotify:
"Hi Julia, your profile is a great fit for a Head of Product role in Stockholm.
Compensation is well above market. Are you open to a short call?"

Read message: http://198.51.100.129/li/inmail/read?m=8812

This message was sent to julia.marsh@solvent-labs.example.
`,
  },
  // ---- Apple / Amazon / Netflix ----
  {
    slug: 'phish-apple-icloud-storage-full',
    cat: 'phish-shop',
    from: 'iCloud <noreply@icloud-storage-plan.test>',
    to: 'Hettie Lowe <hettie@lowepottery.example>',
    subject: 'Your iCloud storage is full. Photos will be deleted.',
    html: card(`<p style="font-size:20px;margin-top:0"><b>iCloud</b></p>
<p>Your iCloud storage is full.</p>
<p>Because your payment method was declined, we could not renew your 200 GB plan. Your photos, videos and documents will be deleted in <b>48 hours</b> unless you update your payment information.</p>
<p>As a loyal customer you can upgrade to 2 TB today for just <b>$1.99</b>.</p>
<p>${btn('https://tinyurl.com/icld-plan-renew', 'Update payment', '#0071e3')}</p>
<p style="font-size:11px;color:#888">Apple, One Apple Park Way, Cupertino, CA 95014.</p>`, '#0071e3'),
    autoText: true,
  },
  {
    slug: 'phish-amazon-account-on-hold',
    cat: 'phish-shop',
    from: 'Amazon.com <account-update@amazon-account-hold.test>',
    to: 'Greg Oduya <g.oduya@redwater.example>',
    subject: 'Action needed: your Amazon account is on hold',
    text: `Hello,

We have placed a hold on your Amazon account and all pending orders because the
billing address on your account does not match the address used by your card issuer.

To remove the hold, please confirm your information:
http://203.0.113.163/amzn/ap/signin?openid=hold

If we do not receive confirmation within 3 days, your account will be closed and
pending orders cancelled.

Sincerely,
Amazon Account Services
`,
  },
  {
    slug: 'phish-amazon-german-zahlung',
    cat: 'phish-shop',
    from: 'Amazon.de <kundenservice@amazon-zahlungsdaten.test>',
    to: 'Lukas Brenner <lukas.brenner@alpenmed-devices.example>',
    subject: 'Ihre Prime-Mitgliedschaft konnte nicht verlängert werden',
    autoText: true,
    html: card(`<p style="font-size:22px;margin-top:0"><b>amazon</b><span style="color:#ff9900">.de</span></p>
<p>Hallo,</p>
<p>leider konnten wir Ihre Prime-Mitgliedschaft nicht verlängern, da Ihre hinterlegte Zahlungsmethode abgelehnt wurde.</p>
<p>Bitte aktualisieren Sie Ihre Zahlungsinformationen, um weiterhin von kostenlosem Premiumversand und Prime Video zu profitieren.</p>
<p>${btn('http://198.51.100.240/amazon-de/zahlung/', 'Zahlungsmethode aktualisieren', '#ff9900', '#111111')}</p>
<p>Vielen Dank<br>Ihr Amazon.de Kundenservice</p>`, '#ff9900'),
  },
  {
    slug: 'phish-netflix-french-paiement',
    cat: 'phish-shop',
    from: 'Netflix <info@netflix-facturation.test>',
    to: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    subject: 'Votre abonnement est suspendu',
    html: card(`<p style="font-size:26px;color:#e50914;margin-top:0"><b>NETFLIX</b></p>
<p>Bonjour,</p>
<p>Nous n’avons pas pu valider vos informations de facturation pour le prochain cycle de votre abonnement. Votre compte sera suspendu si vous ne mettez pas à jour votre moyen de paiement.</p>
<p>${btn('http://192.0.2.58/nf/fr/paiement', 'METTRE À JOUR LE PAIEMENT', '#e50914')}</p>
<p>L’équipe Netflix</p>`, '#e50914'),
    autoText: true,
  },
  // ---- parcel carriers ----
  {
    slug: 'phish-parcel-ups-duties',
    cat: 'phish-parcel',
    from: 'UPS <notification@ups-import-duties.test>',
    to: 'Will Barros <will@blueheron-charters.example>',
    subject: 'UPS Update: Import duties due for package 1Z 4AV 882 04 1122 0419',
    text: `UPS My Choice

Your package is being held at the local facility.

Tracking Number: 1Z 4AV 882 04 1122 0419
Status: Awaiting payment of import duties
Amount due: $3.49

Pay now to schedule delivery: http://ups-import-duties.test/pay?tn=1Z4AV8820411220419

Packages not claimed within 5 days will be returned to the sender.
`,
  },
  {
    slug: 'phish-parcel-postnl-dutch',
    cat: 'phish-parcel',
    from: 'PostNL <service@postnl-bezorging-info.test>',
    to: 'Sanne de Vries <sanne@groenveld.example>',
    subject: 'Uw pakket kon niet worden bezorgd',
    text: `Beste klant,

Wij hebben vandaag geprobeerd uw pakket (3SPNL44120881) te bezorgen, maar er was
niemand thuis. Plan een nieuwe bezorgmoment in via onderstaande link. Er worden
EUR 1,99 bezorgkosten in rekening gebracht.

https://bit.ly/postnl-nieuw-moment

Met vriendelijke groet,
PostNL
`,
  },
  {
    slug: 'phish-parcel-dpd-german-qr',
    cat: 'phish-qr',
    from: 'DPD Paketservice <info@dpd-zustellung-service.test>',
    to: 'info@osterhagen-mb.example',
    subject: 'Ihr Paket wartet: Zollgebühr 2,99 EUR offen',
    html: card(`<p style="font-size:20px;color:#dc0032;margin-top:0"><b>DPD</b></p>
<p>Guten Tag,</p>
<p>Ihr Paket <b>01505882041122</b> konnte nicht zugestellt werden, da eine Zollgebühr von <b>2,99 EUR</b> offen ist.</p>
<p>Scannen Sie den QR-Code mit Ihrem Smartphone, um die Gebühr zu bezahlen und einen neuen Zustelltermin zu wählen:</p>
<p><img src="cid:dpd-qr" width="140" height="140" alt="QR"></p>
<p>Ihr DPD Team</p>`, '#dc0032'),
    related: [{ key: 'qr-parcel', cid: 'dpd-qr' }],
  },
  {
    slug: 'phish-parcel-poste-italiane',
    cat: 'phish-parcel',
    from: 'Poste Italiane <avvisi@poste-spedizioni-avviso.test>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'La sua spedizione è in giacenza',
    text: `Gentile cliente,

la sua spedizione n. RR44120881IT è in giacenza presso il nostro centro di
smistamento per indirizzo incompleto. Per la riconsegna è necessario confermare
l'indirizzo e pagare 1,50 EUR di spese.

Conferma: http://203.0.113.37/poste/giacenza

Poste Italiane
`,
  },
  {
    slug: 'phish-parcel-correos-spanish',
    cat: 'phish-parcel',
    from: 'Correos <notificaciones@correos-envios-aviso.test>',
    to: 'Rosa Jimenez <events@summitcatering.example>',
    subject: 'Correos: su paquete está retenido en aduanas',
    text: `Correos: su paquete con número de seguimiento PQ44120881ES está retenido en
aduanas. Para liberarlo debe abonar 2,95 EUR en concepto de tasas.

Pague aquí: https://t.co/CrrEs44120

Si no realiza el pago en 48 horas, el envío será devuelto al remitente.
`,
  },
  // ---- tax offices ----
  {
    slug: 'phish-tax-elster-erstattung',
    cat: 'phish-tax',
    from: 'ELSTER - Ihr Online-Finanzamt <noreply@elster-erstattung-info.test>',
    to: 'j.osterhagen@osterhagen-mb.example',
    subject: 'Steuerrückerstattung: 1.284,60 EUR für Sie',
    autoText: true,
    html: `<html><body style="font-family:Arial;font-size:14px">
<p style="color:#0b3c74;font-size:18px"><b>ELSTER</b> - Ihr Online-Finanzamt</p>
<p>Sehr geehrte Steuerzahlerin, sehr geehrter Steuerzahler,</p>
<p>nach der letzten Berechnung Ihrer steuerlichen Aktivitäten steht Ihnen eine Steuerrückerstattung in Höhe von <b>1.284,60 EUR</b> zu.</p>
<p>Bitte reichen Sie den Antrag auf Erstattung innerhalb von 5 Werktagen ein:</p>
<p><a href="http://192.0.2.19/elster/erstattung/antrag">Antrag auf Erstattung stellen</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Finanzamt</p>
</body></html>
`,
  },
  {
    slug: 'phish-tax-impots-remboursement',
    cat: 'phish-tax',
    from: 'DGFiP - impots.gouv <ne-pas-repondre@impots-remboursement.test>',
    to: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    subject: 'Avis de remboursement : 486,30 €',
    text: `Direction Générale des Finances Publiques

Après vérification de votre dossier fiscal, nous avons déterminé que vous êtes
éligible à un remboursement de 486,30 €.

Pour recevoir le remboursement, veuillez compléter le formulaire en ligne :
http://198.51.100.67/dgfip/remboursement/formulaire

Le délai de traitement est de 3 à 5 jours ouvrables.

Service des impôts des particuliers
`,
  },
  {
    slug: 'phish-tax-belastingdienst-dutch',
    cat: 'phish-tax',
    from: 'Belastingdienst <info@belasting-teruggave-portaal.test>',
    to: 'Sanne de Vries <sanne@groenveld.example>',
    subject: 'Teruggave inkomstenbelasting 2025 - bevestig uw rekeningnummer',
    text: `Geachte heer/mevrouw,

Op basis van uw aangifte inkomstenbelasting over 2025 heeft u recht op een
teruggave van EUR 612,00. Om de teruggave te kunnen uitbetalen, moet u uw
rekeningnummer bevestigen.

Bevestig uw gegevens: http://203.0.113.240/bd/teruggave

Met vriendelijke groet,
Belastingdienst
`,
  },
  {
    slug: 'phish-tax-agenzia-entrate',
    cat: 'phish-tax',
    from: 'Agenzia delle Entrate <comunicazioni@agenzia-rimborsi-fiscali.test>',
    to: 'amministrazione@ricci-trasporti.example',
    subject: 'Comunicazione: rimborso IRPEF in attesa',
    text: `Gentile contribuente,

risulta a Suo favore un rimborso IRPEF di 344,80 EUR relativo al periodo d'imposta
2024. Per ricevere l'accredito è necessario compilare il modulo di richiesta entro
7 giorni.

Modulo: http://192.0.2.33/ade/rimborso/modulo

Agenzia delle Entrate
`,
  },
  // ---- mailbox quota / password expiry / webmail ----
  {
    slug: 'phish-webmail-quota-roundcube',
    cat: 'phish-other',
    from: 'Webmail Admin <mailadmin@webmail-quota-center.test>',
    to: 'jenny@hollowayfarm.example',
    subject: 'Mailbox quota warning - 6 incoming messages suspended',
    text: `Dear jenny@hollowayfarm.example,

Your mailbox has exceeded its storage limit. 6 incoming messages have been
suspended and will be deleted in 24 hours.

Click below to release pending messages and increase your quota:
http://198.51.100.80/webmail/roundcube/release.php?u=jenny

Thanks,
hollowayfarm.example Webmail Administrator
`,
  },
  {
    slug: 'phish-it-helpdesk-password-policy',
    cat: 'phish-other',
    from: 'IT Service Desk <servicedesk@anvil-oak-helpdesk.test>',
    to: 'Freya Olsen <freya.olsen@anvil-oak.example>',
    subject: 'New password policy - validate your account by 5 PM',
    html: 'outlook',
    text: `Hello Freya,

As part of our new security policy, all staff accounts must be validated before 5 PM
today. Accounts that are not validated will be disabled and will require a ticket to
reactivate.

Validate your account here: http://203.0.113.45/anvil-oak/validate

Thank you for helping keep Anvil & Oak secure.

IT Service Desk
Anvil & Oak Furniture
`,
  },
  // ---- voicemail / fax notifications ----
  {
    slug: 'phish-voicemail-link-ringcentral',
    cat: 'phish-voicemail',
    from: 'RingCentral Voicemail <voicemail@ringcentral-vm-notify.test>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'New Voice Message from +1 (312) 555-0184 - 00:52',
    autoText: true,
    html: card(`<p style="font-size:18px;color:#ff7a00;margin-top:0"><b>RingCentral</b></p>
<p>You have a new voice message.</p>
<table cellpadding="4" style="font-size:13px"><tr><td>From</td><td><b>+1 (312) 555-0184</b></td></tr><tr><td>Received</td><td>Today 09:41</td></tr><tr><td>Length</td><td>00:52</td></tr></table>
<p>${btn('http://192.0.2.150/rc/vm/play?id=88120', '&#9654; Listen to message', '#ff7a00')}</p>`, '#ff7a00'),
  },
  {
    slug: 'phish-voicemail-html-attachment',
    cat: 'phish-attachment',
    from: 'Voicemail Service <vm-noreply@voicemail-center.test>',
    to: 'Ben Carter <ben@anvil-oak.example>',
    subject: 'Voicemail received for ben@anvil-oak.example (00:47)',
    text: `You received a new voicemail.

Caller: +44 20 7946 0518
Duration: 00:47

The audio message is attached. Open it in your browser to play.
`,
    att: ['htm-voicemail'],
  },
  {
    slug: 'phish-fax-efax-link',
    cat: 'phish-voicemail',
    from: 'eFax Corporate <message@efax-delivery.test>',
    to: 'office@pinecrestdental.example',
    subject: 'eFax message from "Insurance Claims" - 2 page(s), Caller-ID: 555-0133',
    text: `You have received a 2 page fax at Mon, 09 Mar 2026 10:14:22 -0500.

* Your reference number for this fax is atl1_did11-1772381234-5550133-44.

Click here to view this fax using your web browser:
http://efax-delivery.test/view?ref=atl1_did11-1772381234

Please visit the Help Center if you have any questions regarding this message.

Thank you for using the eFax service!
`,
    date: '2026-03-09 10:15 -0500',
  },
  // ---- HTML attachments with a login form ----
  {
    slug: 'phish-html-attachment-remittance-m365',
    cat: 'phish-attachment',
    from: 'Accounts Payable <ap@kestrel-bio-payments.test>',
    to: 'accounts@northstar-hvac.example',
    subject: 'Remittance advice - payment sent 03/2026',
    text: `Hello,

Please find attached the remittance advice for this month's payment to your account.

Regards,
Accounts Payable
`,
    att: ['htm-remit-m365'],
  },
  {
    slug: 'phish-html-attachment-adobe-invoice',
    cat: 'phish-attachment',
    from: 'Billing <billing@fernwood-print-invoices.test>',
    to: 'accounts@harrowfinch.example',
    subject: 'Invoice 2291 (2nd reminder)',
    html: 'gmail',
    text: `Hi,

This is a second reminder for invoice 2291. The document is attached as a secure
Adobe file.

Thanks,
Accounts
`,
    att: ['html-adobe'],
  },
  {
    slug: 'phish-html-attachment-shtml-bank',
    cat: 'phish-attachment',
    from: 'Barclays Business <payments@barclays-business-notify.test>',
    to: 'Ben Carter <ben@anvil-oak.example>',
    subject: 'Payment confirmation 0318 - GBP 12,480.00 received',
    text: `Dear customer,

A payment of GBP 12,480.00 has been credited. The payment confirmation is attached.

Barclays Business Banking
`,
    att: ['shtml-bank'],
  },
  {
    slug: 'phish-html-attachment-docusign-completed',
    cat: 'phish-attachment',
    from: 'DocuSign System <dse@docusign-completed-docs.test>',
    to: 'Erik Halvorsen <erik@halvorsen-freight.example>',
    subject: 'Completed: Freight_Contract_2026_signed - open attachment',
    autoText: true,
    html: `<html><body style="font-family:Helvetica,Arial;font-size:14px"><p><b>DocuSign</b></p><p>All parties have completed the envelope "Freight_Contract_2026_signed". The completed document is attached to this email.</p><p style="font-size:11px;color:#888">Do not share this email.</p></body></html>
`,
    att: ['html-docusign'],
  },
];
