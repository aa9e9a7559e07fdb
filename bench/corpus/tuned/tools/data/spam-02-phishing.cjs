'use strict';
// Spam: phishing. Brand names appear only as display text; every href points to a
// reserved/fictional host, a documentation IP, or (in a few cases) a URL shortener.
const { rcv } = require('../lib/spam.cjs');
const btn = (href, label, color = '#0070ba') => `<a href="${href}" style="display:inline-block;background:${color};color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">${label}</a>`;
module.exports = [
  // ---- banks ----
  {
    slug: 'phish-bank-chase-unusual-activity',
    autoText: true,
    cat: 'phish-bank',
    from: 'Chase Online <alerts@chase-secure-alerts.test>',
    to: 'Greg Oduya <g.oduya@redwater.example>',
    subject: 'Unusual sign-in activity - your account has been temporarily limited',
    headers: [['X-Priority', '1 (Highest)']],
    received: [rcv('203.0.113.45', 'smtp.chase-secure-alerts.test')],
    html: `<html><body style="font-family:Arial,sans-serif;background:#f2f2f2;padding:20px">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-top:6px solid #117aca">
<p style="font-size:20px;color:#117aca;margin-top:0"><b>CHASE</b></p>
<p>Dear Customer,</p>
<p>We detected an unusual sign-in attempt to your online banking from a new device (Lagos, NG). For your protection, we have <b>temporarily limited</b> your account.</p>
<p>To restore full access, please verify your identity within <b>24 hours</b>:</p>
<p><a href="http://203.0.113.45/chase/secure/login.php?session=8f1a">https://secure.chase.example/verify-identity</a></p>
<p>If you do not verify, your account will be suspended and pending transactions cancelled.</p>
<p>Thank you,<br>Chase Fraud Prevention Team</p>
<p style="font-size:10px;color:#888">&copy; 2025 JPMorgan Chase &amp; Co. Please do not reply to this email.</p>
</div></body></html>
`,
  },
  {
    slug: 'phish-bank-hsbc-new-payee',
    cat: 'phish-bank',
    from: 'HSBC <no-reply@hsbc-payee-security.test>',
    to: 'Ben Carter <ben@anvil-oak.example>',
    subject: 'New payee added to your account',
    text: `HSBC: A new payee "J SMITH 40-11-62" was added to your account on 14/05 at 21:44.

If this was NOT you, cancel the payee immediately at https://t.co/Hs8cPay3eX
or your funds may be at risk.
`,
  },
  {
    slug: 'phish-bank-fictional-otp-short',
    cat: 'phish-bank',
    from: 'Northbank Security <security@northbank-online.test>',
    to: 'tomas@norrsken.example',
    subject: 'Action required: confirm your mobile number',
    text: `Northbank: we could not verify the mobile number linked to your account. Online
banking will be restricted from tomorrow.

Confirm your number: http://198.51.100.77/nb/confirm

Northbank Customer Security
`,
  },
  {
    slug: 'phish-bank-credit-union-embedded-form',
    cat: 'phish-bank',
    from: '"Harbor Federal Credit Union" <memberservices@harborfcu-members.test>',
    to: 'will@blueheron-charters.example',
    subject: 'Your online banking access will be suspended',
    html: `<html><body style="font-family:Tahoma;font-size:13px">
<table width="520" style="border:1px solid #ccc;padding:12px"><tr><td>
<p><b style="color:#003366;font-size:16px">Harbor Federal Credit Union</b></p>
<p>Dear Member,</p>
<p>As part of our annual security review, all members must re-confirm their online banking details. Members who do not complete this form within 48 hours will have online access suspended.</p>
<form action="http://203.0.113.9/hfcu/post.php" method="POST">
<p>Member number: <input name="member" size="20"></p>
<p>Online banking password: <input type="password" name="pw" size="20"></p>
<p>Card number: <input name="card" size="20"> CVV: <input name="cvv" size="4"></p>
<p><input type="submit" value="Confirm details"></p>
</form>
<p style="font-size:10px;color:#666">Federally insured by NCUA.</p>
</td></tr></table></body></html>
`,
  },
  {
    slug: 'phish-bank-german-konto-gesperrt',
    autoText: true,
    cat: 'phish-bank',
    from: 'Sparkasse Kundenservice <service@sparkasse-kundendienst.test>',
    to: 'j.osterhagen@osterhagen-mb.example',
    subject: 'Wichtig: Ihr Online-Banking wurde vorübergehend gesperrt',
    html: `<html><body style="font-family:Arial">
<p style="background:#ff0000;color:#fff;padding:8px;font-weight:bold">Sparkasse</p>
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>aufgrund einer Aktualisierung unseres Sicherheitsverfahrens (pushTAN) wurde Ihr Online-Banking vor&uuml;bergehend gesperrt. Bitte best&auml;tigen Sie Ihre Daten innerhalb von 48 Stunden, um eine dauerhafte Sperrung zu vermeiden.</p>
<p><a href="http://198.51.100.150/spk/verifizierung/">Jetzt Daten best&auml;tigen</a></p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihre Sparkasse</p>
</body></html>
`,
  },
  // ---- PayPal ----
  {
    slug: 'phish-paypal-account-limited',
    cat: 'phish-paypal',
    from: 'PayPal <service@paypal-resolution-center.test>',
    to: 'Hettie Lowe <hettie@lowepottery.example>',
    subject: 'Your PayPal account has been limited',
    replyTo: 'no-reply@paypal-resolution-center.test',
    received: [rcv('198.51.100.33', 'mailer.paypal-resolution-center.test')],
    text: `Dear PayPal user,

We noticed some unusual activity on your account and have limited what you can do
until you confirm your information.

Resolve now: http://paypal-resolution-center.test/webscr?cmd=_login-limited

Case ID: PP-004-771-290
`,
    html: `<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2c2e2f">
<div style="max-width:600px;margin:auto">
<p style="font-size:26px;color:#003087;font-weight:bold;font-style:italic">PayPal</p>
<p>Dear PayPal user,</p>
<p>We noticed some unusual activity on your account and have limited what you can do until you confirm your information.</p>
<p>${btn('http://paypal-resolution-center.test/webscr?cmd=_login-limited', 'Resolve now')}</p>
<p style="color:#6c7378;font-size:12px">Case ID: PP-004-771-290<br>Link not working? Copy this address: <a href="http://paypal-resolution-center.test/webscr?cmd=_login-limited">https://www.paypal.example/resolutioncenter</a></p>
</div></body></html>
`,
  },
  {
    slug: 'phish-paypal-callback-payment',
    cat: 'phish-paypal',
    from: 'PayPal Billing <billing.paypal.receipt@freemail-box.test>',
    to: 'neil.foster@pinecrestdental.example',
    subject: 'Receipt for your payment of $749.99 USD to CoinVault Exchange',
    text: `Hello,

You sent a payment of $749.99 USD to CoinVault Exchange.

Transaction ID: 8KJ55120XN4471902
Date: today

If you did not authorise this payment, call PayPal Disputes immediately on
+1 (555) 013-0199 to cancel and receive a full refund. Refunds are only possible
within 24 hours.

PayPal
`,
  },
  {
    slug: 'phish-paypal-confirm-identity-mismatch',
    autoText: true,
    cat: 'phish-paypal',
    from: '"service@paypal.example" <support@secure-pp-verify.test>',
    to: 'Sophie Ng <sophie.ng@kestrelbio.example>',
    subject: 'Confirm your identity to keep using PayPal',
    html: `<!DOCTYPE html><html><body style="font-family:Arial;font-size:14px">
<p>Hi Sophie,</p>
<p>New regulations require us to confirm the identity of all account holders. It only takes two minutes.</p>
<p><a href="https://bit.ly/pp-id-confirm-22">https://www.paypal.example/myaccount/identity</a></p>
<p>If we don't hear from you within 72 hours, your ability to send and receive money will be restricted.</p>
<p>Thanks,<br>PayPal</p>
</body></html>
`,
  },
  {
    slug: 'phish-paypal-invoice-geeksupport',
    autoText: true,
    cat: 'phish-paypal',
    from: 'PayPal <service@intl.paypal-invoicing.test>',
    to: 'rob@lumenfitness.example',
    subject: "You've got a new invoice from Geek Support Services",
    html: `<html><body style="font-family:Arial;font-size:14px">
<p><b>Geek Support Services</b> sent you an invoice for <b>$499.00 USD</b></p>
<p>Due on receipt. Invoice number: 0041-8812</p>
<p>Note from seller: <i>Your annual Norton antivirus plan has been renewed. If you did not authorise this charge call our billing desk at +1 (555) 014-8870 within 24 hours to cancel.</i></p>
<p>${btn('http://198.51.100.71/invoice/0041-8812', 'View and Pay Invoice')}</p>
</body></html>
`,
  },
  // ---- Microsoft 365 ----
  {
    slug: 'phish-m365-mailbox-full',
    autoText: true,
    cat: 'phish-m365',
    from: 'Microsoft 365 <no-reply@m365-mailadmin.test>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Mailbox storage 99% full - messages will be rejected',
    html: `<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p><b>Microsoft 365</b></p>
<p>Your mailbox <b>dana.whitfield@northwind-logistics.example</b> has reached 99% of its storage limit (49.5 GB of 50 GB).</p>
<div style="background:#e0e0e0;width:300px;height:14px"><div style="background:#d13438;width:297px;height:14px"></div></div>
<p>Incoming messages will be rejected from today. Upgrade storage for free:</p>
<p>${btn('https://bit.ly/m365-storage-upgrade', 'Increase storage', '#0078d4')}</p>
<p style="font-size:11px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond, WA</p>
</body></html>
`,
  },
  {
    slug: 'phish-m365-password-expiry',
    cat: 'phish-m365',
    from: 'IT Service Desk <it-helpdesk@office365-passwordcenter.test>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Your password for m.greer@carrow-supply.example expires today',
    received: [rcv('203.0.113.66', 'vps-66.cloud.test')],
    text: `Password expiry notice

The password for m.greer@carrow-supply.example expires today.

To keep your current password, use the link below:
http://203.0.113.66/owa/keep-password.aspx?u=m.greer@carrow-supply.example

Microsoft 365 Admin
`,
    html: `<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Password expiry notice</p>
<p>The password for <b>m.greer@carrow-supply.example</b> expires today.</p>
<p><a href="http://203.0.113.66/owa/keep-password.aspx?u=m.greer@carrow-supply.example">Keep current password</a></p>
<p style="color:#888;font-size:11px">Microsoft 365 Admin</p>
</body></html>
`,
  },
  {
    slug: 'phish-m365-quarantine-release',
    cat: 'phish-m365',
    from: 'Quarantine Notification <quarantine@northwind-logistics.example.mail-protect.test>',
    to: 'dana.whitfield@northwind-logistics.example',
    subject: 'You have 3 messages held in quarantine',
    html: `<html><body style="font-family:Arial;font-size:13px">
<p>Microsoft Exchange Online Protection has held <b>3 messages</b> for you. Review them within 3 days or they will be deleted.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>From</th><th>Subject</th><th></th></tr>
<tr><td>accounts@baltic-freightworks.example</td><td>Overdue payment - remittance</td><td><a href="http://198.51.100.5/eop/release?id=1">Release</a></td></tr>
<tr><td>hr@northwind-logistics.example</td><td>2026 salary review letter</td><td><a href="http://198.51.100.5/eop/release?id=2">Release</a></td></tr>
<tr><td>docs@sharefile.example</td><td>Shared: Contract_Final.pdf</td><td><a href="http://198.51.100.5/eop/release?id=3">Release</a></td></tr>
</table>
<p><a href="http://198.51.100.5/eop/release-all">https://security.microsoft.example/quarantine</a></p>
</body></html>
`,
  },
  {
    slug: 'phish-m365-shared-payroll-file',
    autoText: true,
    cat: 'phish-m365',
    from: '"Petra Novak via SharePoint" <no-reply@sharepoint-online-files.test>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'Petra Novak shared "Q4 Payroll Adjustments.xlsx" with you',
    html: `<html><body style="font-family:Segoe UI,Arial">
<table width="480" cellpadding="16" style="border:1px solid #ddd"><tr><td>
<p style="font-size:18px">Petra Novak shared a file with you</p>
<p style="background:#f3f2f1;padding:10px">&#128196; <b>Q4 Payroll Adjustments.xlsx</b></p>
<p>"Dana, please review before Friday. Confidential."</p>
<p>${btn('http://sharepoint-online-files.test/:x:/r/personal/petra/Q4.xlsx?login=1', 'Open', '#0078d4')}</p>
<p style="font-size:11px;color:#888">This link will only work for the direct recipients of this message.</p>
</td></tr></table></body></html>
`,
  },
  {
    slug: 'phish-m365-teams-missed-messages',
    cat: 'phish-m365',
    from: 'Microsoft Teams <noreply@teams-notify-mail.test>',
    to: 'freya.olsen@anvil-oak.example',
    subject: 'Ben Carter sent you 2 messages - you missed them',
    text: `Microsoft Teams

You have 2 unread messages from Ben Carter:

"Freya, can you handle something urgent for me before the client call?"

Reply in Teams: https://tinyurl.com/teams-msg-bcarter

You're receiving this because you have unread messages.
`,
  },
  // ---- parcel delivery ----
  {
    slug: 'phish-parcel-dhl-customs-fee',
    autoText: true,
    cat: 'phish-parcel',
    from: 'DHL Express <noreply@dhl-customs-payment.test>',
    to: 'Karin Berg <karin.berg@fjordline-outdoor.example>',
    subject: 'DHL: your parcel is on hold - customs fee due',
    html: `<html><body style="font-family:Arial;font-size:14px">
<div style="background:#ffcc00;padding:12px;color:#d40511;font-size:22px;font-weight:bold;font-style:italic">DHL</div>
<p>Dear customer,</p>
<p>Your parcel <b>JJD0004471882</b> is being held at our facility. An import duty of <b>EUR 1.99</b> must be paid before delivery.</p>
<p>${btn('http://198.51.100.122/dhl/pay.php?awb=JJD0004471882', 'Pay and schedule delivery', '#d40511')}</p>
<p>If payment is not received within 48 hours, the parcel will be returned to the sender.</p>
</body></html>
`,
  },
  {
    slug: 'phish-parcel-usps-address',
    cat: 'phish-parcel',
    from: 'USPS <tracking@usps-redelivery-info.test>',
    to: 'sophie.ng@kestrelbio.example',
    subject: 'USPS: we could not deliver your package',
    text: `USPS: Your package US9514901185421 could not be delivered due to an incomplete
address. Please update your details within 12 hours: https://tinyurl.com/usps-addr-9514
`,
  },
  {
    slug: 'phish-parcel-fedex-attempt',
    autoText: true,
    cat: 'phish-parcel',
    from: 'FedEx Delivery Manager <delivery@fedex-tracking-notice.test>',
    to: 'Greg Oduya <g.oduya@redwater.example>',
    subject: 'Delivery attempt failed - action required (AWB 7730 4412 9901)',
    received: [rcv('203.0.113.213', 'mail.fedex-tracking-notice.test')],
    html: `<html><body style="font-family:Arial">
<p style="font-size:24px"><b style="color:#4d148c">Fed</b><b style="color:#ff6600">Ex</b></p>
<p>We attempted to deliver your shipment today but no one was available to sign.</p>
<p><b>Tracking:</b> <a href="http://fedex-tracking-notice.test/track?awb=773044129901">https://www.fedex.example/track/773044129901</a></p>
<p>Please print your shipping label and bring it to the nearest FedEx location, or reschedule delivery online.</p>
</body></html>
`,
  },
  {
    slug: 'phish-parcel-royal-mail-redelivery',
    cat: 'phish-parcel',
    from: 'Royal Mail <redelivery@royalmail-parcelfee.test>',
    to: 'jenny@hollowayfarm.example',
    subject: 'Royal Mail: a redelivery fee of £1.45 is outstanding',
    text: `Royal Mail: your parcel is waiting for delivery. Please confirm the settlement of
£1.45 on the following link: http://203.0.113.31/rm/redelivery

Royal Mail Group
`,
  },
  // ---- tax refund ----
  {
    slug: 'phish-tax-hmrc-refund',
    autoText: true,
    cat: 'phish-tax',
    from: 'HM Revenue & Customs <refunds@hmrc-taxrefund-online.test>',
    to: 'Hettie Lowe <hettie@lowepottery.example>',
    subject: 'HMRC: You are due a tax refund of £684.20',
    html: `<html><body style="font-family:Arial;font-size:14px">
<div style="border-left:8px solid #00703c;padding-left:10px"><b>HM Revenue &amp; Customs</b></div>
<p>After the last annual calculation of your fiscal activity, we have determined that you are eligible to receive a tax refund of <b>&pound;684.20</b>.</p>
<p>Please submit the tax refund request and allow us 3-5 days to process it.</p>
<p><a href="http://198.51.100.88/hmrc/refund/form.php">Access your refund form</a></p>
<p style="font-size:11px">Reference: 7822-HMRC-2025. A refund can be delayed for invalid records or applying after the deadline.</p>
</body></html>
`,
  },
  {
    slug: 'phish-tax-irs-eligible',
    cat: 'phish-tax',
    from: 'Internal Revenue Service <irs.gov@tax-refund-status.test>',
    to: 'Will Barros <will@blueheron-charters.example>',
    subject: 'IRS Notice: Tax refund approved - verify bank account',
    text: `Internal Revenue Service
Department of the Treasury

Your tax refund of $1,287.50 has been approved. To receive the deposit, verify your
bank account information within 5 business days.

Verify now: http://tax-refund-status.test/irs/verify?id=TX-0091

Failure to verify will result in the refund being returned to the Treasury.
`,
  },
  {
    slug: 'phish-tax-ato-refund-short',
    cat: 'phish-tax',
    from: 'myGov <no-reply@mygov-ato-refund.test>',
    to: 'priscilla.wong@fathom-data.example',
    subject: 'ATO: you have a pending refund',
    text: `ATO: You have a pending refund of $420.81. Claim within 24h: https://bit.ly/ato-refund-claim-81
`,
  },
  // ---- invoice portals ----
  {
    slug: 'phish-invoice-portal-quickbooks',
    autoText: true,
    cat: 'phish-invoice',
    from: '"Intuit QuickBooks" <quickbooks@notification-invoices.test>',
    to: 'accounts@harrowfinch.example',
    subject: 'Invoice INV-20931 from Cobalt Hosting Ltd is ready',
    html: `<html><body style="font-family:Arial;font-size:14px">
<p style="color:#2ca01c;font-size:20px"><b>quickbooks</b></p>
<p>Dear Customer,</p>
<p>Your invoice <b>INV-20931</b> from <b>Cobalt Hosting Ltd</b> for <b>GBP 1,284.00</b> is ready.</p>
<p>${btn('http://203.0.113.101/qb/invoice/INV-20931', 'Review and pay', '#2ca01c')}</p>
<p style="font-size:12px;color:#888">Or paste this link into your browser: https://quickbooks.intuit.example/pay/INV-20931</p>
</body></html>
`,
  },
  {
    slug: 'phish-invoice-docusign-agreement',
    autoText: true,
    cat: 'phish-invoice',
    from: 'DocuSign via Electronic Signature <dse@docusign-envelopes.test>',
    to: 'Erik Halvorsen <erik@halvorsen-freight.example>',
    subject: 'Please DocuSign: Final_Payment_Agreement_Halvorsen.pdf',
    html: `<html><body style="font-family:Arial;background:#eaeaea;padding:20px">
<div style="max-width:560px;margin:auto;background:#fff">
<div style="background:#1e4ca1;color:#fff;padding:26px;text-align:center">
<p style="font-size:16px">Meridian Consulting sent you a document to review and sign.</p>
${btn('http://docusign-envelopes.test/Signing/?ti=7f22a91e', 'REVIEW DOCUMENT', '#ffc820')}
</div>
<p style="padding:16px">Please review and sign the final payment agreement. Payment details have been updated for this contract.</p>
<p style="padding:0 16px 16px;font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link to DocuSign.</p>
</div></body></html>
`,
  },
  {
    slug: 'phish-invoice-lookalike-vendor-bec',
    cat: 'phish-invoice',
    from: 'Accounts - Carrow Industrial Supply <accounts@carrow-suppIy.test>',
    to: 'Mia Schultz <mia.schultz@quillfield.example>',
    subject: 'RE: Overdue invoice 7741 - updated bank details',
    inReplyTo: '<a7741.invoice@carrow-supply.example>',
    text: `Hi Mia,

Following up on invoice 7741 (USD 18,420.00), which is now 14 days overdue.

Please note our bank details have changed due to an audit. Kindly remit payment to
the new account below and send us the confirmation today:

  Bank: First Example Bank
  Account name: Carrow Industrial Supply
  Account: 009 4417 2210
  Routing: 000000000

Please do not use the old account, it is under review.

Thanks,
Accounts Receivable
Carrow Industrial Supply
`,
  },
  {
    slug: 'phish-invoice-xero-ip',
    cat: 'phish-invoice',
    from: 'Xero Invoicing <messaging-service@post.xero-bills.test>',
    to: 'Neil Foster <neil.foster@pinecrestdental.example>',
    subject: 'Invoice INV-4410 from Greenleaf Office Supplies for Pinecrest Dental Group',
    text: `Hi Neil,

Here's invoice INV-4410 for GBP 2,918.40.

The amount outstanding of GBP 2,918.40 is due on 28 Jun 2025.

View your bill online: http://198.51.100.240/xero/view/INV-4410

From your online bill you can print a PDF, export a CSV, or create a free login
and view your outstanding bills.

If you have any questions, please let us know.

Thanks,
Greenleaf Office Supplies
`,
  },
  // ---- other brands ----
  {
    slug: 'phish-apple-id-locked',
    autoText: true,
    cat: 'phish-other',
    from: 'Apple Support <appleid@id-apple-verification.test>',
    to: 'Tomas Lindqvist <tomas@norrsken.example>',
    subject: 'Your Apple ID has been locked for security reasons',
    html: `<html><body style="font-family:-apple-system,Helvetica,Arial;font-size:14px;color:#1d1d1f">
<p style="font-size:22px">&#63743; Apple ID</p>
<p>Dear Customer,</p>
<p>Your Apple ID was used to sign in to iCloud on an unknown device. For security reasons your account has been locked.</p>
<p>To unlock it, please verify your information: <a href="http://203.0.113.144/appleid/unlock">appleid.apple.example</a></p>
<p>If you don't verify within 24 hours, your Apple ID will be permanently disabled.</p>
<p>Apple Support</p>
</body></html>
`,
  },
  {
    slug: 'phish-netflix-payment-failed',
    autoText: true,
    cat: 'phish-other',
    from: 'Netflix <info@netflix-billing-update.test>',
    to: 'maya@lumenfitness.example',
    subject: 'Your membership is on hold - update payment',
    html: `<html><body style="font-family:Arial;background:#fff">
<p style="color:#e50914;font-size:30px;font-weight:bold">NETFLIX</p>
<p>Hi,</p>
<p>We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.</p>
<p>${btn('http://netflix-billing-update.test/account/payment', 'UPDATE ACCOUNT NOW', '#e50914')}</p>
<p>Need help? We're here if you need it. Visit the Help Center or contact us now.</p>
<p>- Your friends at Netflix</p>
</body></html>
`,
  },
  {
    slug: 'phish-crypto-wallet-verify',
    cat: 'phish-other',
    from: 'MetaMask Support <support@metamask-wallet-verify.test>',
    to: 'sam.patel@pickwise-robotics.example',
    subject: 'Action required: verify your wallet before 31 January',
    text: `Dear MetaMask user,

Due to new KYC regulations, all wallets must be verified before 31 January. Wallets
that are not verified will be suspended and assets frozen.

Verify your wallet by entering your 12-word Secret Recovery Phrase here:
http://198.51.100.19/metamask/verify

MetaMask Security Team
`,
  },
  {
    slug: 'phish-webmail-deactivation-internal-spoof',
    cat: 'phish-other',
    from: '"northwind-logistics.example Admin" <admin@mail-server-notice.test>',
    to: 'dana.whitfield@northwind-logistics.example',
    subject: 'Email account deactivation notice for dana.whitfield',
    text: `Dear dana.whitfield,

Your email account is scheduled for deactivation today because of a failure to
validate your account on our new server.

To continue using your email, validate below:

VALIDATE NOW -> http://203.0.113.250/webmail/northwind-logistics.example/validate

Failure to do so will result in the permanent loss of your emails.

northwind-logistics.example IT Administrator
`,
  },
];
