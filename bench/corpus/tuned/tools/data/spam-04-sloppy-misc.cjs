'use strict';
// Spam: sloppy bulk mail (unfilled merge fields, image-only, hidden text, no unsubscribe/address)
// and miscellaneous scams (sextortion, CEO fraud, crypto, fake domain renewal).
const { rcv } = require('../lib/spam.cjs');
module.exports = [
  {
    slug: 'bulk-merge-handlebars-firstname',
    cat: 'sloppy-bulk',
    from: 'Chris Dalton <chris@growthleads-agency.test>',
    to: 'info@redwater.example',
    subject: 'Quick idea for {{company}}',
    text: `Hi {{firstName}},

I was looking at {{company}}'s website and I think we could get you 30+ qualified
appointments per month using our done-for-you outbound system.

We've helped companies like {{competitor_1}} and {{competitor_2}} 3x their pipeline
in 90 days.

Are you free for a quick 15-min call {{meeting_day}}?

Cheers,
Chris
`,
    received: [rcv('198.51.100.171', 'sendnode-171.bulkmail.test')],
  },
  {
    slug: 'bulk-merge-percent-solar-base64',
    cat: 'sloppy-bulk',
    from: 'SunSave Energy <offers@sunsave-energy-deals.test>',
    to: 'jenny@hollowayfarm.example',
    subject: 'Dear %FIRST_NAME%, your roof qualifies for FREE solar panels',
    textEnc: 'base64',
    text: `Dear %FIRST_NAME%,

Great news! Homes and businesses in %CITY% now qualify for the government-backed
ZERO COST solar programme.

 - $0 installation
 - Cut your electricity bill by up to 90%
 - Limited places in %CITY% - only 12 left!

Claim your free survey now: http://sunsave-energy-deals.test/survey?zip=%ZIP%

SunSave Energy
`,
  },
  {
    slug: 'bulk-merge-mailchimp-tags',
    autoText: true,
    cat: 'sloppy-bulk',
    from: 'TrendyDeals Weekly <weekly@trendydeals-mail.test>',
    to: 'maya@lumenfitness.example',
    subject: '*|FNAME|*, your exclusive deals expire at midnight',
    html: `<html><body style="font-family:Arial;max-width:600px;margin:auto">
<p>Hey *|FNAME|*,</p>
<p>As a VIP member in *|CITY|* you get early access to this week's deals:</p>
<ul><li>Wireless earbuds - <b>79% off</b></li><li>Smart watch - <b>65% off</b></li><li>Massage gun - <b>70% off</b></li></ul>
<p><a href="http://203.0.113.61/deals/?u=*|UNIQID|*" style="background:#ff5722;color:#fff;padding:10px 20px;text-decoration:none">SHOP THE DEALS</a></p>
<p style="font-size:10px;color:#999">*|LIST:ADDRESSLINE|*<br><a href="*|UNSUB|*">unsubscribe</a></p>
</body></html>
`,
  },
  {
    slug: 'bulk-merge-square-brackets',
    cat: 'sloppy-bulk',
    from: 'Tanya Reed <tanya.reed@scale-outsource.test>',
    to: 'hello@kilnandclay.example',
    subject: 'Re: [Company] virtual assistants',
    text: `Hello [Name],

I came across [Company] and noticed you might be spending too much time on admin work.

Our virtual assistants handle email, scheduling and bookkeeping from $6/hour.
Can I send you some profiles?

Best,
Tanya
[Signature]
`,
  },
  {
    slug: 'bulk-merge-braces-no-footer',
    cat: 'sloppy-bulk',
    from: 'Leadgen Hub <team@leadgen-hub-mail.test>',
    to: 'sales@anvil-oak.example',
    subject: 'Hi {FirstName} - 10,000 leads for {Industry}',
    html: `<html><body style="font-family:Verdana;font-size:13px">
<p>Hi {FirstName},</p>
<p>Want 10,000 fresh, verified leads in the {Industry} sector delivered to your inbox every week?</p>
<p>Our AI scrapes millions of websites so you don't have to. Reply "YES" for a free sample of 100 leads.</p>
<p>{{unsubscribe_link}}</p>
</body></html>
`,
  },
  {
    slug: 'bulk-image-only-remote-watch',
    cat: 'sloppy-bulk',
    from: 'Luxury Deals <deals@lux-deals-outlet.test>',
    to: 'greg.oduya@redwater.example',
    subject: 'Re: Order',
    html: `<html><body><center><a href="http://203.0.113.91/lux/"><img src="http://203.0.113.91/lux/banner_w.png" width="600" height="400" border="0" alt=""></a></center></body></html>
`,
  },
  {
    slug: 'bulk-image-only-inline-casino',
    cat: 'sloppy-bulk',
    from: 'Golden Reels <club@golden-reels-club.test>',
    to: 'marco@ricci-trasporti.example',
    subject: 'Bonus activated',
    html: `<html><body style="margin:0"><a href="http://golden-reels-club.test/r?c=77"><img src="cid:bonus-banner@gr" width="300" height="180" alt="BONUS"></a></body></html>
`,
    related: [{ key: 'img-casino', cid: 'bonus-banner@gr' }],
  },
  {
    slug: 'bulk-image-only-inline-diet-b64html',
    cat: 'sloppy-bulk',
    from: 'Natural Health Tips <tips@natural-slim-tips.test>',
    to: 'sophie.ng@kestrelbio.example',
    subject: 'she lost 30 lbs',
    htmlEnc: 'base64',
    html: `<html><body><table width="100%"><tr><td align="center"><a href="https://bit.ly/slim-tips-30lb"><img src="cid:slim@nht" width="280" height="240"></a><br><font size="1">.</font></td></tr></table></body></html>
`,
    related: [{ key: 'img-diet', cid: 'slim@nht' }],
  },
  {
    slug: 'bulk-hidden-text-display-none',
    autoText: true,
    cat: 'sloppy-bulk',
    from: 'Health Store <store@wellness-rx-store.test>',
    to: 'rob@lumenfitness.example',
    subject: 'Meeting notes for Thursday',
    html: `<html><body style="font-family:Arial">
<div style="display:none">quarterly budget review agenda minutes project timeline deliverables stakeholder meeting invoice attached regards team schedule update conference call follow-up thanks</div>
<p style="font-size:18px"><b>Up to 85% OFF all men's health products</b></p>
<p>Generic V*agra, C*alis and more. Overnight shipping, no questions asked.</p>
<p><a href="http://198.51.100.201/store/">Visit the store</a></p>
<div style="display:none;visibility:hidden">the weather was pleasant and the committee agreed to revisit the proposal next spring after the garden party</div>
</body></html>
`,
  },
  {
    slug: 'bulk-hidden-text-1px-stock-pump',
    cat: 'sloppy-bulk',
    from: 'Market Alert <alerts@smallcap-movers.test>',
    to: 'Derek Mulligan <derek.mulligan@ironbridge-insure.example>',
    subject: 'URGENT: This $0.08 stock is about to EXPLODE',
    html: `<html><body style="background:#ffffff;font-family:Arial">
<p style="font-size:1px;color:#ffffff;line-height:1px">Thank you for your order. Your shipment has been dispatched. Please find the meeting agenda below. We appreciate your business and look forward to working with you again.</p>
<img src="cid:alert@sc" width="300" height="150" alt="ALERT">
<p style="font-size:20px"><b>Ticker: XMPL</b> - Current: $0.08 - Target: <b style="color:green">$1.40</b></p>
<p>Major announcement expected this week. Insiders are buying. Get in before Monday!</p>
<p style="font-size:1px;color:#fefefe">invoice meeting agenda project report quarterly review</p>
<p style="font-size:8px;color:#999">We were compensated $50,000 by a third party for this advertisement.</p>
</body></html>
`,
    related: [{ key: 'img-stock', cid: 'alert@sc' }],
  },
  {
    slug: 'bulk-hidden-same-color-zero-width',
    cat: 'sloppy-bulk',
    from: 'Special Offers <offers@daily-offer-zone.test>',
    to: 'freya.olsen@anvil-oak.example',
    subject: 'Fr\u200Bee iP\u200Bhone 16 - you were sel\u200Bected',
    html: `<html><body bgcolor="#fafafa" style="font-family:Arial">
<p>C\u200Bo\u200Bn\u200Bg\u200Br\u200Ba\u200Bt\u200Bu\u200Bl\u200Ba\u200Bt\u200Bi\u200Bo\u200Bn\u200Bs! You have been selected to receive a <b>FREE iPhone 16</b>.</p>
<p>Just answer 3 questions and pay \$2 shipping.</p>
<p><a href="http://203.0.113.170/survey/?r=fo">Claim your reward</a></p>
<p style="color:#fafafa;font-size:11px">Dear customer, your order confirmation and receipt are below. Please keep this email for your records. Our support team is available Monday to Friday.</p>
</body></html>
`,
  },
  {
    slug: 'bulk-no-unsubscribe-trade-show-blast',
    cat: 'sloppy-bulk',
    from: 'Global Expo Services <info@global-expo-services.test>',
    to: 'Undisclosed Recipients <info@global-expo-services.test>',
    subject: 'EXHIBITOR NOTICE: Update your listing in the 2026 Expo Guide',
    text: `ATTENTION EXHIBITOR

Your company listing in the International Expo Guide 2026 must be updated before the
print deadline. Complete the attached registration details by return email.

Basic listing is free. Premium listing EUR 1,271 per year (3 years minimum).

Reply with: company name, address, contact person, signature.

Global Expo Services
`,
  },
  // ---- misc scams ----
  {
    slug: 'scam-sextortion-bitcoin',
    cat: 'extortion',
    from: 'dana.whitfield@northwind-logistics.example',
    sender: '<x8812@anon-relay.test>',
    to: 'dana.whitfield@northwind-logistics.example',
    subject: 'Your account has been hacked. Pay attention.',
    received: [rcv('203.0.113.233', 'anon-relay.test')],
    text: `Hello,

I have to share bad news with you. A few months ago I got access to your devices,
which you use for browsing the internet. I sent this email from your own account to
prove it.

I have recorded compromising videos of you and collected your contacts. If you want
me to delete everything, transfer $1,450 in Bitcoin to this wallet:

bc1qexampleexampleexampleexample0000

You have 48 hours from opening this email. I can see when you read it. Do not reply,
this address is not monitored. Do not contact the police - I will know.
`,
  },
  {
    slug: 'scam-ceo-gift-cards',
    cat: 'bec',
    from: 'Ben Carter <ben.carter.office@freemail-box.test>',
    to: 'Freya Olsen <freya.olsen@anvil-oak.example>',
    subject: 'Are you at your desk?',
    text: `Freya,

Are you available? I need you to handle a task for me discreetly. I'm in a meeting
with a client and can't talk on the phone.

I need 8 Apple gift cards at $200 each for a client appreciation. Can you buy them
now and send me the codes by email? I will reimburse you today.

Ben
Sent from my iPhone
`,
  },
  {
    slug: 'scam-payroll-direct-deposit-change',
    cat: 'bec',
    from: 'Kwame Asante <kwame.asante.valley@freemail-box.test>',
    to: 'payroll@valley.example',
    subject: 'Direct deposit update',
    text: `Hi,

I changed banks recently and would like my salary to go to my new account from this
pay period. What details do you need from me? Please treat this as urgent, I don't
want to miss this payment.

Thanks,
Kwame
`,
  },
  {
    slug: 'scam-crypto-ai-trading',
    autoText: true,
    cat: 'crypto-investment',
    from: 'Quantum AI Trading <invest@quantum-ai-profits.test>',
    to: 'Sam Patel <sam.patel@pickwise-robotics.example>',
    subject: 'Elon-backed AI bot made my members +41% last month',
    html: `<html><body style="font-family:Arial;max-width:600px">
<h2 style="color:#0d47a1">Turn $250 into $8,000 in 30 days</h2>
<p>Our AI trading bot analyses 10,000 crypto signals per second and trades automatically. Members made an average of <b>+41% last month</b>.</p>
<p>"I paid off my mortgage in 4 months." - Sarah, Manchester</p>
<p><a href="http://198.51.100.66/qai/register" style="background:#0d47a1;color:#fff;padding:12px 26px;text-decoration:none">START WITH $250</a></p>
<p style="font-size:9px;color:#999">Only 17 spots remaining in your country.</p>
</body></html>
`,
  },
  {
    slug: 'scam-domain-registration-notice',
    autoText: true,
    cat: 'fake-renewal',
    from: 'Domain Registration Service <notice@domain-listing-services.test>',
    to: 'admin@harrowfinch.example',
    subject: 'DOMAIN EXPIRATION NOTICE: harrowfinch.example',
    html: `<html><body style="font-family:Arial;font-size:13px">
<p style="color:#c00;font-size:18px"><b>FINAL NOTICE - DOMAIN SERVICE EXPIRATION</b></p>
<p>Domain: <b>harrowfinch.example</b><br>Notice date: today<br>Expiration: in 3 days</p>
<p>Failure to complete your domain name search engine registration by the expiration date may result in the loss of online visibility, making it difficult for customers to find you on the web.</p>
<p>Annual search engine submission: <b>$86.00</b></p>
<p><a href="http://domain-listing-services.test/pay?d=harrowfinch.example">SECURE PAYMENT</a></p>
<p style="font-size:9px;color:#888">This is not a bill. This is an offer for search engine submission services. We do not register or renew domain names.</p>
</body></html>
`,
  },
];
