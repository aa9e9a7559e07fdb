'use strict';
// Spam, part 2: phishing and business e-mail compromise. Brand names may be real; every href,
// src and form action points at a reserved name (.example/.test/.invalid) or a documentation IP.
// Link *text* sometimes shows the real brand's domain: that mismatch is the point of the sample.
// Shortened links use shortener-like hosts under reserved names (no real shortener is used).

module.exports = [
  {
    slug: 'paypal-account-limited',
    cat: 'phishing',
    from: 'PayPal <service@paypal.com.account-limited.example>',
    to: 'owen@copperkettle-coffee.example',
    subject: 'Your account has been limited - action required',
    date: '2025-02-03 04:18:00 +0000',
    returnPath: 'nobody@vps-2231.hosting-cheap.invalid',
    received: ['from vps-2231.hosting-cheap.invalid ([203.0.113.54]) by mx.copperkettle-coffee.example; Mon, 3 Feb 2025 04:18:02 +0000'],
    enc: 'quoted-printable',
    html: `<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f7fa">
<table width="600" align="center" cellpadding="24" style="background:#fff"><tr><td>
<img src="http://203.0.113.54/pp/logo.png" width="120" alt="PayPal">
<p>Dear Customer,</p>
<p>We noticed unusual activity in your PayPal account. As a precaution, we have <b>temporarily limited</b> what you can do with your account until you confirm your information.</p>
<p>To restore full access, please log in and complete the verification within <b>24 hours</b>. If you do not, your account will be permanently suspended.</p>
<p style="text-align:center"><a href="http://paypal.com.account-limited.example/webapps/mpp/verify?cmd=_login" style="background:#0070ba;color:#fff;padding:12px 30px;border-radius:20px;text-decoration:none">Log in to PayPal</a></p>
<p>Or copy this link: <a href="http://paypal.com.account-limited.example/webapps/mpp/verify?cmd=_login">https://www.paypal.com/myaccount/security</a></p>
<p>Thanks,<br>PayPal</p>
<p style="font-size:10px;color:#999">Copyright &copy; 1999-2025 PayPal. All rights reserved. PayPal (Europe) S.a r.l. et Cie, S.C.A.</p>
</td></tr></table></body></html>
`,
  },
  {
    slug: 'm365-password-expiry-ip',
    cat: 'phishing',
    from: 'Microsoft 365 Admin <no-reply@m365-notifications.example>',
    to: 'helen@ledgerline.example',
    subject: 'Password for helen@ledgerline.example expires today',
    date: '2025-03-11 06:02:44 +0000',
    htmlEnc: 'quoted-printable',
    text: `Microsoft 365

The password for your account helen@ledgerline.example expires today.

Keep current password: http://192.0.2.45/owa/keep.php?u=helen@ledgerline.example

If you don't take action, you will be signed out of Outlook, Teams and
OneDrive and lose access to incoming e-mail.

Microsoft Corporation, One Microsoft Way, Redmond, WA
`,
    html: `<div style="font-family:Segoe UI,Arial,sans-serif;max-width:520px;border:1px solid #e1e1e1;padding:24px">
<div style="font-size:20px;color:#737373">Microsoft 365</div>
<p style="font-size:24px;color:#0078d4;margin:18px 0">Password expiry notice</p>
<p>The password for your account <b>helen@ledgerline.example</b> expires <b>today</b>.</p>
<p><a href="http://192.0.2.45/owa/keep.php?u=helen@ledgerline.example" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none">Keep current password</a></p>
<p style="font-size:13px">If you don&#39;t take action, you will be signed out of Outlook, Teams and OneDrive and lose access to incoming e-mail.</p>
<p style="font-size:11px;color:#999">Microsoft Corporation, One Microsoft Way, Redmond, WA</p>
</div>
`,
  },
  {
    slug: 'dhl-customs-fee-shortener',
    cat: 'phishing',
    from: 'DHL Express <noreply@dhl-parcel-notice.example>',
    to: 'r.moreno@orchardlane-logistics.example',
    subject: 'DHL: Your shipment 4021 7788 30 is on hold - customs fee unpaid',
    date: '2025-04-23 09:41:10 +0200',
    text: `DHL Express

Your shipment 4021 7788 30 is being held at our distribution centre
because an import duty of EUR 2.99 has not been paid.

Pay now to arrange delivery: https://bitly.example/3Dh1Xp

If payment is not received within 48 hours the parcel will be returned
to the sender.

DHL Express - Excellence. Simply delivered.
`,
  },
  {
    slug: 'bank-unusual-signin',
    cat: 'phishing',
    from: 'Northmere Bank <alerts@northmere-bank-security.example>',
    to: 'accounts@hollis-machining.example',
    subject: 'Security alert: new sign-in to your business account',
    date: '2025-05-19 23:12:00 -0500',
    enc: 'quoted-printable',
    html: `<html><body style="font-family:Arial,sans-serif">
<table width="560" cellpadding="16" style="border:1px solid #ccc"><tr><td style="background:#123c69;color:#fff;font-size:18px">Northmere Bank &ndash; Business Online</td></tr>
<tr><td>
<p>We detected a sign-in to your business banking from a new device:</p>
<p>Location: Lagos, NG<br>Device: Windows 10 / Chrome<br>Time: 19 May 2025, 11:08 PM</p>
<p>If this was not you, your account may be compromised. Secure your account immediately:</p>
<p><a href="https://203.0.113.18/northmere/business/secure">https://online.northmerebank.example/business/secure</a></p>
<p>For your protection, online payments have been paused until you confirm your identity.</p>
<p>Northmere Bank Fraud Prevention Team</p>
</td></tr></table></body></html>
`,
  },
  {
    slug: 'sharepoint-invoice-lookalike',
    cat: 'phishing',
    from: 'Greenfold Packaging via SharePoint <sharepoint@onmicrosoft-share.example>',
    to: 'owen@copperkettle-coffee.example',
    subject: 'Rosa Lindqvist shared "INV-77120 Payment Due.pdf" with you',
    date: '2025-08-04 10:15:00 +0100',
    htmlEnc: 'quoted-printable',
    text: `Rosa Lindqvist shared a file with you

INV-77120 Payment Due.pdf

Open: https://greenfold-packaging-my.sharepoint-docs.example/:b:/g/personal/rosa/INV77120

This link will only work for owen@copperkettle-coffee.example.
Microsoft respects your privacy.
`,
    html: `<table width="100%" style="font-family:Segoe UI,Arial"><tr><td>
<p style="font-size:21px">Rosa Lindqvist shared a file with you</p>
<table style="border:1px solid #e1dfdd;padding:12px;width:420px"><tr><td><img src="https://sharepoint-docs.example/res/pdf-icon.png" width="32" height="32"></td><td><b>INV-77120 Payment Due.pdf</b></td></tr></table>
<p><a href="https://greenfold-packaging-my.sharepoint-docs.example/:b:/g/personal/rosa/INV77120" style="background:#0078d4;color:#fff;padding:8px 18px;text-decoration:none">Open</a></p>
<p style="font-size:12px;color:#605e5c">This link will only work for owen@copperkettle-coffee.example.</p>
<p style="font-size:11px;color:#605e5c">Microsoft respects your privacy. To learn more, please read our Privacy Statement.</p>
</td></tr></table>
`,
  },
  {
    slug: 'docusign-envelope',
    cat: 'phishing',
    from: 'DocuSign via Marlow & Price <dse@docusign-envelope.example>',
    to: 'ana.duarte@harborview-software.example',
    subject: 'Please DocuSign: Amended MSA - Harborview Software.pdf',
    date: '2025-06-16 14:40:00 +0000',
    enc: 'quoted-printable',
    html: `<div style="background:#eaeaea;padding:20px;font-family:Helvetica,Arial">
<div style="background:#1e1e1e;color:#fff;padding:30px;text-align:center;max-width:560px;margin:auto">
<p style="font-size:18px">James Price sent you a document to review and sign.</p>
<p><a href="http://docusign-envelope.example.198.51.100.9.nip.test/Signing/?ti=7d2f" style="background:#ffc820;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
</div>
<div style="background:#fff;padding:24px;max-width:560px;margin:auto;font-size:14px">
<p><b>James Price</b><br>j.price@marlowprice.example</p>
<p>Please review and sign the amended MSA at your earliest convenience. The document will expire in 2 days.</p>
<p style="font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link to DocuSign.</p>
</div></div>
`,
  },
  {
    slug: 'apple-id-locked',
    cat: 'phishing',
    from: 'Apple <appleid@id-apple-support.example>',
    to: 'mei@fernhill-digital.example',
    subject: 'Your Apple ID has been locked for security reasons',
    date: '2025-07-02 02:20:20 +0000',
    text: `Dear Customer,

Your Apple ID was used to sign in to iCloud on an unknown device. For
your security we have locked your Apple ID.

To unlock it, verify your account information here:
http://id-apple-support.example/unlock/?session=8a7f1c

If you do not verify within 12 hours, your Apple ID will be permanently
disabled and all purchases will be lost.

Apple Support
`,
  },
  {
    slug: 'netflix-payment-failed',
    cat: 'phishing',
    from: 'Netflix <info@netflix-billing-update.example>',
    to: 'chris.bell@harborview-software.example',
    subject: 'Your membership is on hold - update payment details',
    date: '2025-09-27 18:45:00 +0000',
    enc: 'quoted-printable',
    html: `<table width="500" align="center" style="font-family:Helvetica,Arial;background:#fff"><tr><td style="padding:24px">
<p style="color:#e50914;font-size:30px;font-weight:bold;margin:0">NETFLIX</p>
<h2>We&#39;re having some trouble with your current billing information</h2>
<p>We&#39;ll try again, but in the meantime you may want to update your payment details.</p>
<p><a href="https://tinyurl.example/nf-upd8" style="background:#e50914;color:#fff;padding:12px 24px;text-decoration:none">UPDATE ACCOUNT NOW</a></p>
<p style="font-size:12px">Need help? We&#39;re here if you need it. Visit the <a href="https://tinyurl.example/nf-help">Help Center</a>.</p>
</td></tr></table>
`,
  },
  {
    slug: 'amazon-callback-phone',
    cat: 'phishing',
    from: 'Amazon Orders <order-update@amzn-orders-help.example>',
    to: 'office@marlowprice.example',
    subject: 'Order #402-7719326-5532 confirmed: Apple MacBook Pro 16" - $2,499.00',
    date: '2025-10-13 08:30:00 -0700',
    text: `Hello,

Thank you for your order. Your order has been confirmed and will ship
within 24 hours.

  Item:     Apple MacBook Pro 16" M4, 1TB, Space Black
  Qty:      1
  Total:    $2,499.00 (charged to your card on file)
  Ship to:  Lagos Distribution Hub

If you did NOT place this order, call our Fraud Department immediately on
+1 (555) 010-9988 (24/7) to cancel and receive a full refund. Orders not
disputed within 24 hours cannot be cancelled.

Amazon Customer Service
`,
  },
  {
    slug: 'valley-crm-suspension',
    cat: 'phishing',
    from: 'Valley CRM Billing <billing@valleycrm-accounts.example>',
    to: 'Helen Marsh <helen@ledgerline.example>',
    subject: 'Action required: your Valley CRM workspace will be suspended in 24h',
    date: '2025-12-09 05:55:00 +0000',
    htmlEnc: 'quoted-printable',
    text: `Valley CRM

We were unable to charge your card for your Valley CRM subscription.
Your workspace "Ledgerline Bookkeeping" and all 412 leads will be
suspended in 24 hours.

Update your billing details: https://app.valleycrm.example/billing
`,
    html: `<!DOCTYPE html><html><body style="margin:0;background:#eef3f1">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="24" style="background:#fff;border-radius:8px;font-family:Arial,sans-serif;color:#16302b"><tr><td>
<h1 style="font-size:20px;margin-top:0">Payment failed</h1>
<p>We were unable to charge your card for your Valley CRM subscription. Your workspace <b>Ledgerline Bookkeeping</b> and all 412 leads will be <b style="color:#c92a2a">suspended in 24 hours</b>.</p>
<p>To avoid losing access, update your billing details now:</p>
<p><a href="https://valleycrm-accounts.example/billing/update?ws=ledgerline">https://app.valleycrm.example/billing</a></p>
<p>The Valley CRM team</p>
<p style="font-size:11px;color:#6b7c78">Valley CRM Ltd, 3 Orchard Court, Millbrook MB2 7AA</p>
</td></tr></table></td></tr></table>
</body></html>
`,
  },
  {
    slug: 'mailbox-quota-full',
    eol: 'lf',
    cat: 'phishing',
    from: 'Mail Administrator <postmaster@mail-quota-admin.example>',
    to: 'sam@beaconit.example',
    subject: 'Mailbox Storage Full: 99% (4.98 GB of 5 GB) - incoming messages suspended',
    date: '2025-11-01 01:11:11 +0000',
    html: `<div style="font-family:Tahoma,Arial;font-size:13px">
<p>Dear sam@beaconit.example,</p>
<p>Your mailbox has exceeded the storage limit. <b>23 incoming messages</b> are pending delivery and will be deleted.</p>
<div style="background:#e03131;width:99%;height:14px"></div><p>4.98 GB / 5 GB</p>
<p><a href="http://198.51.100.140:8080/webmail/upgrade.php?email=sam@beaconit.example">Click here to increase storage and release pending messages</a></p>
<p>Thank you,<br>beaconit.example Mail Administrator</p>
</div>
`,
  },
  {
    slug: 'tax-refund-hmrc',
    cat: 'phishing',
    from: 'HM Revenue & Customs <refunds@hmrc-taxrefund-online.example>',
    to: 'owen@copperkettle-coffee.example',
    subject: 'Tax Refund Notification - You are eligible to receive £643.20',
    date: '2026-02-02 09:00:00 +0000',
    enc: 'quoted-printable',
    text: `HM Revenue & Customs

After the last annual calculation of your fiscal activity we have
determined that you are eligible to receive a tax refund of £643.20.

Please submit the tax refund request and allow us 3-5 days to process it:
http://hmrc-taxrefund-online.example/claim/refund.php?ref=HMRC-UK-88120

A refund can be delayed for a variety of reasons, for example submitting
invalid records or applying after the deadline.

HM Revenue & Customs
`,
  },
  {
    slug: 'bec-ceo-gift-cards',
    cat: 'phishing',
    from: 'Helen Marsh <helen.marsh.ledgerline@freemail-box.example>',
    to: 'accounts@ledgerline.example',
    subject: 'Quick favour',
    date: '2025-12-15 10:41:00 +0000',
    headers: { 'Reply-To': 'helen.marsh.office@freemail-box.example' },
    text: `Hi,

Are you at your desk? I need you to get something done for me quickly. I'm
in a meeting with a client and can't take calls.

I need 6 Apple gift cards at GBP 200 each for client appreciation. Can you
buy them today and send me the codes by e-mail? I will reimburse you this
evening.

Please keep this between us for now, it's a surprise.

Helen
Sent from my iPhone
`,
  },
  {
    slug: 'bec-vendor-bank-change',
    eol: 'lf',
    cat: 'phishing',
    from: 'Hollis Machining Accounts <accounts@hollis-rnachining.example>',
    to: 'accounts.payable@brightlift.example',
    subject: 'RE: Second reminder: invoice HM-3092 is 21 days overdue',
    date: '2025-08-06 16:02:00 -0500',
    headers: { 'In-Reply-To': '<HM-ACC-0805-3092@hollis-machining.example>' },
    text: `Hello,

Following up on our reminder yesterday. Please note that we have changed
banks following our annual audit, and the account printed on invoice
HM-3092 can no longer receive payments. Please update your records and
make the payment of $8,942.00 to our new account:

  Bank:     Meridian Commerce Bank
  Account:  Hollis Machining Co
  Routing:  000000000
  Account#: 0001234567890

Kindly send the remittance to this e-mail once done. Due to the audit our
phone lines are temporarily unavailable, so please use e-mail only.

Thank you,
Accounts, Hollis Machining Co.
`,
  },
  {
    slug: 'google-drive-share',
    cat: 'phishing',
    from: '"Ana Duarte (via Google Drive)" <drive-shares-noreply@gdrive-share.example>',
    to: 'r.moreno@orchardlane-logistics.example',
    subject: 'Document shared with you: "Pilot contract - signed.pdf"',
    date: '2025-04-02 13:20:00 +0000',
    enc: 'quoted-printable',
    html: `<div style="font-family:Roboto,Arial;max-width:480px;border:1px solid #dadce0;border-radius:8px;padding:24px">
<p>Ana Duarte (ana.duarte@harborview-software.example) has invited you to <b>view</b> the following document:</p>
<p style="border:1px solid #dadce0;padding:10px">&#128196; Pilot contract - signed.pdf</p>
<p><a href="http://203.0.113.201/drive/file/d/1xAaQ/view?login=r.moreno@orchardlane-logistics.example" style="background:#1a73e8;color:#fff;padding:9px 22px;border-radius:4px;text-decoration:none">Open</a></p>
<p style="font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>
</div>
`,
  },
  {
    slug: 'linkedin-message-lookalike',
    cat: 'phishing',
    from: 'LinkedIn <messages-noreply@linkedln-mail.example>',
    to: 'jordan.reyes@tandem-talent.example',
    subject: 'You have 3 new messages from a recruiter',
    date: '2025-09-09 07:12:00 +0000',
    htmlEnc: 'quoted-printable',
    text: `You have 3 new messages

Sarah Collins (Head of Talent, Global Logistics Group) sent you a message:
"Hi Jordan, we're looking for an agency partner for our expansion..."

View messages: http://linkedln-mail.example/comm/messaging?trk=eml-3

Unsubscribe | Help
LinkedIn Corporation
`,
    html: `<table width="520" style="font-family:Arial"><tr><td>
<p style="color:#0a66c2;font-weight:bold;font-size:20px">in</p>
<p>You have <b>3 new messages</b></p>
<p><b>Sarah Collins</b> (Head of Talent, Global Logistics Group): &ldquo;Hi Jordan, we&#39;re looking for an agency partner for our expansion...&rdquo;</p>
<p><a href="http://linkedln-mail.example/comm/messaging?trk=eml-3" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">View messages</a></p>
<p style="font-size:11px;color:#777"><a href="http://linkedln-mail.example/unsub">Unsubscribe</a> &middot; <a href="http://linkedln-mail.example/help">Help</a><br>LinkedIn Corporation</p>
</td></tr></table>
`,
  },
  {
    slug: 'dropbox-transfer-expiring',
    cat: 'phishing',
    from: 'Dropbox <no-reply@dropbox-transfers.example>',
    to: 'camille@atelier-bonnefoy.test',
    subject: 'Luis Carranza sent you files via Dropbox Transfer (expires today)',
    date: '2025-09-29 15:00:00 +0200',
    html: `<div style="font-family:Arial;max-width:500px">
<p><b>Luis Carranza</b> sent you 2 files (48.3 MB)</p>
<ul><li>BAT_catalogue_couverture.pdf</li><li>BAT_interieur.pdf</li></ul>
<p>Message: &quot;Bonjour Camille, voici les BAT - merci de valider aujourd&#39;hui.&quot;</p>
<p><a href="https://cutt.example/dbx-7Rk2">Download files</a></p>
<p style="color:#c00">This transfer expires in 6 hours.</p>
</div>
`,
  },
  {
    slug: 'owa-html-attachment',
    cat: 'phishing',
    from: 'IT Service Desk <servicedesk@orchardlane-it-support.example>',
    to: 'imani.cole@orchardlane-logistics.example',
    subject: 'Secure message: Q3 salary adjustments (open attachment)',
    date: '2025-09-30 08:10:00 -0400',
    text: `Hello,

A secure document regarding Q3 salary adjustments has been sent to you.
Open the attached file and sign in with your e-mail credentials to view it.

The document will be available for 48 hours.

IT Service Desk
`,
    att: [{ key: 'html-phish-owa', name: 'Secure_Document_Q3.html', type: 'text/html' }],
  },
  {
    slug: 'bank-securemsg-html-attachment',
    cat: 'phishing',
    from: 'Northmere Bank Secure Mail <securemail@northmere-securemsg.example>',
    to: 'finance@cobaltridge.example',
    subject: 'You have received a secure message',
    date: '2026-01-22 11:11:00 +0000',
    htmlEnc: 'quoted-printable',
    text: `You have received a secure message from Northmere Bank.

To read your message, open the attachment "SecureMessage.htm" and follow the
instructions. This message expires on 25 January 2026.
`,
    html: `<p>You have received a secure message from <b>Northmere Bank</b>.</p>
<p>To read your message, open the attachment <b>SecureMessage.htm</b> and follow the instructions.</p>
<p style="color:#888">This message expires on 25 January 2026.</p>
`,
    att: [{ key: 'html-phish-bank', name: 'SecureMessage.htm', type: 'application/octet-stream' }],
  },
  {
    slug: 'ups-at-sign-url-trick',
    cat: 'phishing',
    from: 'UPS Quantum View <notify@ups-delivery-failed.example>',
    to: 'events@cobaltridge.example',
    subject: 'UPS Delivery Notification: delivery attempt failed',
    date: '2025-03-24 12:34:56 -0500',
    enc: 'quoted-printable',
    html: `<table width="560" style="font-family:Arial;font-size:13px"><tr><td style="background:#351c15;color:#ffb500;padding:12px;font-weight:bold">UPS</td></tr>
<tr><td style="padding:16px">
<p>Dear customer,</p>
<p>We were unable to deliver your package on 24/03/2025 because nobody was present at the delivery address.</p>
<p>Tracking number: 1Z 9A8 07E 03 4411 2290</p>
<p>To reschedule delivery and confirm your address, visit:<br>
<a href="https://www.ups.com@203.0.113.9/track/reschedule?tn=1Z9A807E0344112290">https://www.ups.com/track?tracknum=1Z9A807E0344112290</a></p>
<p>A re-delivery fee of $1.95 applies.</p>
</td></tr></table>
`,
  },
  {
    slug: 'metamask-punycode',
    eol: 'lf',
    cat: 'phishing',
    from: 'MetaMask Support <support@metamask-wallet-verify.example>',
    to: 'sofia@fernhill-digital.example',
    subject: 'Mandatory wallet verification - avoid suspension',
    date: '2025-11-11 11:11:11 +0000',
    text: `Dear MetaMask user,

Due to new regulations, all wallets must complete verification by
14 November. Unverified wallets will be restricted and funds may be
frozen.

Verify your wallet in 2 minutes: https://xn--metamsk-dbb.example/verify

You will need your 12-word Secret Recovery Phrase to complete the
process.

MetaMask Support Team
`,
  },
  {
    slug: 'zoom-missed-meeting',
    cat: 'phishing',
    from: 'Zoom <no-reply@zoom-meetings-recap.example>',
    to: 'nadia.petrov@brightlift.example',
    subject: 'You missed a scheduled meeting - recording available',
    date: '2025-06-27 16:16:00 +0200',
    htmlEnc: 'quoted-printable',
    text: `Hi Nadia,

You missed a scheduled meeting: "Q3 budget review - confidential"
Host: Finance Department

View the recording: http://198.51.100.61/zoom/rec/play/?id=88213
Sign in with your company e-mail to view.
`,
    html: `<div style="font-family:Lato,Arial;max-width:520px">
<p style="color:#0b5cff;font-size:22px;font-weight:bold">zoom</p>
<p>Hi Nadia,</p>
<p>You missed a scheduled meeting: <b>&quot;Q3 budget review &ndash; confidential&quot;</b><br>Host: Finance Department</p>
<p><a href="http://198.51.100.61/zoom/rec/play/?id=88213" style="background:#0b5cff;color:#fff;padding:10px 20px;border-radius:8px;text-decoration:none">View recording</a></p>
<p style="font-size:12px;color:#666">Sign in with your company e-mail to view.</p>
</div>
`,
  },
  {
    slug: 'voicemail-notification',
    cat: 'phishing',
    from: 'Voice Message <voicemail@pbx-notify.example>',
    to: 'greg@hollis-machining.example',
    subject: '▶️ New voicemail from +1 555 0166 (0:47)',
    date: '2025-10-30 07:47:00 -0500',
    html: `<table style="font-family:Arial;font-size:14px;border:1px solid #ddd" cellpadding="10"><tr><td>
<b>New voice message</b><br>
From: +1 555 0166<br>Duration: 0:47<br>Received: Thu, Oct 30 2025 07:45<br><br>
<a href="https://s.example/vm8812">&#9654; Listen to voicemail</a>
</td></tr></table>
`,
  },
  {
    slug: 'meta-page-violation',
    cat: 'phishing',
    from: 'Meta Business Support <policy@meta-business-appeal.example>',
    to: 'hello@saffronsage.example',
    subject: 'Your Facebook Page will be unpublished for copyright violation',
    date: '2026-03-04 03:03:03 +0000',
    enc: 'quoted-printable',
    html: `<div style="font-family:Helvetica,Arial;max-width:540px;border-top:4px solid #1877f2;padding:20px">
<p><b>Meta Business Support</b></p>
<p>Your Page <b>Saffron &amp; Sage Catering</b> has been reported for using copyrighted content. Because of this, your Page is scheduled to be <b>permanently unpublished</b> within 24 hours.</p>
<p>If you believe this is a mistake, you can submit an appeal:</p>
<p><a href="https://meta-business-appeal.example/appeal/case/2287716">https://www.facebook.com/help/contact/appeal</a></p>
<p>Case number: #2287716</p>
<p style="font-size:11px;color:#888">&copy; Meta Platforms, Inc., Attention: Community Support, 1 Facebook Way, Menlo Park, CA 94025</p>
</div>
`,
  },
  {
    slug: 'adobe-pdf-shared',
    cat: 'phishing',
    from: 'Adobe Document Cloud <share@adobe-docs-cloud.example>',
    to: 'finance@cobaltridge.example',
    subject: 'Remittance_Advice_0925.pdf has been shared with you',
    date: '2025-09-25 14:52:00 +0000',
    text: `Adobe Document Cloud

finance@cobaltridge.example, a document has been shared with you:

  Remittance_Advice_0925.pdf (1 page, 212 KB)

View document: https://t-ly.example/RmAdv0925

You will be asked to sign in with your e-mail account to view this secure
document.
`,
  },
  {
    slug: 'qr-code-mfa-reset',
    cat: 'phishing',
    from: 'Security Team <security@mfa-reenroll-portal.example>',
    to: 'helen@ledgerline.example',
    subject: 'ACTION REQUIRED: re-enrol multi-factor authentication',
    date: '2026-04-08 08:00:00 +0000',
    inline: [{ key: 'png-qr', cid: 'qr001@mfa', name: 'qrcode.png' }],
    html: `<div style="font-family:Arial;max-width:480px">
<p>Your multi-factor authentication (MFA) registration expires today.</p>
<p>Scan the QR code below with your phone camera to re-enrol and avoid losing access to your mailbox:</p>
<p><img src="cid:qr001@mfa" width="160" height="160" alt="QR code"></p>
<p style="font-size:11px;color:#888">This is an automated message from IT Security.</p>
</div>
`,
  },
];
