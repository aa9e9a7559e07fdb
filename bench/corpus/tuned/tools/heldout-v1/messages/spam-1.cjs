'use strict';
// Spam, part 1: classic unsolicited bulk mail (pharmacy, casino, loans, get-rich, replicas,
// SEO offers, lottery and advance-fee fraud, list sellers ...).

module.exports = [
  {
    slug: 'pills-obfuscated-html',
    cat: 'spam',
    from: 'Online Pharmacy <sales@rx-discount-meds.example>',
    to: 'm.lee@keystone-fab.example',
    subject: 'V!agra & C1alis - 80% 0FF - no prescription needed',
    date: '2025-01-17 03:14:22 +0300',
    received: ['from unknown (HELO rx-discount-meds.example) (198.51.100.201) by mx.keystone-fab.example with SMTP; Fri, 17 Jan 2025 00:14:25 +0000'],
    returnPath: 'bounce-77812@bulk-sender-44.invalid',
    html: `<html><body>
<center>
<font face="Arial" size="5" color="#cc0000"><b>M E G A &nbsp; S A L E</b></font><br>
<font face="Arial" size="4">V<span>!</span>agra from <b>$0.89</b> &bull; C<span>1</span>alis from <b>$1.12</b> &bull; Lev<span>i</span>tra from <b>$1.45</b></font><br><br>
<font size="3">&#10004; No prescription &#10004; Discreet packaging &#10004; Worldwide shipping &#10004; 100% satisfaction</font><br><br>
<a href="http://rx-discount-meds.example/?id=m.lee"><font size="5" color="blue"><u>ORDER NOW &gt;&gt;</u></font></a>
<br><br><font size="1" color="#999999">To be removed from our list reply with REMOVE in the subject.</font>
</center>
</body></html>
`,
  },
  {
    slug: 'pharmacy-plain-random',
    cat: 'spam',
    from: '"Dr. Kevin" <kevin.m4x@freemail-box.example>',
    to: 'helen@ledgerline.example',
    subject: 'Re: your order #88112',
    date: '2025-03-02 11:58:09 -0500',
    eol: 'lf',
    text: `hi,

best meds online - genuine quality pills at factory prices
pain relief, sleep aid, men's health, weight loss
no doctor visit no prescription - overnight delivery

visit: http://meds-outlet-24.example/shop

guitar lantern pebble orchestra ninety velvet
`,
  },
  {
    slug: 'casino-image-heavy',
    eol: 'lf',
    cat: 'spam',
    from: 'Royal Fortune Casino <vip@royalfortune-casino.example>',
    to: 'r.moreno@orchardlane-logistics.example',
    subject: '🎰 Rafael, your 500% welcome bonus is waiting',
    date: '2025-04-05 22:40:00 +0000',
    inline: [{ key: 'png-casino', cid: 'hero01@royalfortune', name: 'bonus.png' }],
    html: `<html><body style="margin:0;background:#000">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<a href="https://go.royalfortune-casino.example/r/9921?c=em"><img src="cid:hero01@royalfortune" width="600" height="225" border="0" alt="CLAIM NOW"></a><br>
<a href="https://go.royalfortune-casino.example/r/9921?c=em"><img src="https://cdn.royalfortune-casino.example/em/spins.gif" width="600" height="120" border="0"></a><br>
<a href="https://go.royalfortune-casino.example/r/9921?c=em"><img src="https://cdn.royalfortune-casino.example/em/cta.gif" width="300" height="60" border="0"></a>
<p style="color:#666;font-size:9px">18+. T&amp;Cs apply.</p>
</td></tr></table>
</body></html>
`,
  },
  {
    slug: 'free-spins-hidden-text',
    cat: 'spam',
    from: 'Lucky Spin Club <club@luckyspin-club.example>',
    to: 'priya.shah@saffronsage.example',
    subject: '200 FREE SPINS credited to your account - today only',
    date: '2025-06-21 19:05:12 +0200',
    enc: 'quoted-printable',
    html: `<html><body>
<div style="display:none;max-height:0;overflow:hidden">Thanks for the meeting notes. Invoice attached, see you at the quarterly review next week. Kind regards, accounting team.</div>
<div style="font-family:Impact,Arial;text-align:center">
<h1 style="color:#ff0066">200 FREE SPINS!!!</h1>
<h2>No deposit required &ndash; WIN REAL MONEY</h2>
<p><a href="http://luckyspin-club.example/claim?u=pshah" style="background:#ffcc00;padding:14px 30px;font-size:22px;color:#000">SPIN NOW</a></p>
<p>Hurry! Offer expires at midnight.</p>
</div>
<div style="display:none">project schedule budget approval quarterly report purchase order delivery note spreadsheet agenda minutes</div>
</body></html>
`,
  },
  {
    slug: 'payday-loan-approved',
    cat: 'spam',
    from: 'QuickCash Approvals <approvals@quickcash-now.example>',
    to: 'owen@copperkettle-coffee.example',
    subject: 'Owen, APPROVED: $2,500 can be in your account in 1 hour',
    date: '2025-02-27 06:33:00 -0600',
    htmlEnc: 'quoted-printable',
    text: `CONGRATULATIONS - YOU ARE PRE-APPROVED

Amount: up to $2,500
Credit check: NOT REQUIRED
Funds: in your account in as little as 1 hour

Claim your cash now: http://quickcash-now.example/apply?ref=op2291

Bad credit OK. Unemployed OK. Act today - this approval expires in 24 hours.
`,
    html: `<div style="font-family:Arial;border:4px solid #2b8a3e;padding:20px;max-width:520px">
<h1 style="color:#2b8a3e">CONGRATULATIONS &ndash; YOU ARE PRE-APPROVED</h1>
<p style="font-size:18px">Amount: <b>up to $2,500</b><br>Credit check: <b>NOT REQUIRED</b><br>Funds: in your account in as little as <b>1 hour</b></p>
<p><a href="http://quickcash-now.example/apply?ref=op2291" style="font-size:22px">CLAIM YOUR CASH NOW</a></p>
<p style="font-size:12px">Bad credit OK. Unemployed OK. Act today &ndash; this approval expires in 24 hours.</p>
</div>
`,
  },
  {
    slug: 'debt-relief-plain',
    cat: 'spam',
    from: 'National Debt Relief Center <info@debtfree-center.example>',
    to: 'accounts@hollis-machining.example',
    subject: 'Cut your business debt in HALF - government program',
    date: '2025-05-13 14:14:14 -0400',
    text: `Dear Business Owner,

Are you struggling with credit card debt, merchant cash advances or
unpaid loans? A little-known relief program lets qualifying businesses
reduce what they owe by up to 50% - LEGALLY.

* One low monthly payment
* Stop collection calls immediately
* No upfront fees

Find out if you qualify in 60 seconds:
http://debtfree-center.example/qualify

This offer is only available to a limited number of businesses in your
area. Respond within 48 hours to secure your spot.

To opt out, reply STOP.
`,
  },
  {
    slug: 'crypto-bot-fake-news',
    cat: 'spam',
    from: 'Finance Daily <breaking@finance-daily-news.example>',
    to: 'ana.duarte@harborview-software.example',
    subject: 'Shocking: how ordinary people make $9,700 a week from home',
    date: '2025-07-30 08:08:08 +0000',
    enc: 'base64',
    html: `<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<p style="color:#c00;font-weight:bold">BREAKING NEWS</p>
<h1>Banks are furious: new AI trading app turns $250 into $9,700 in one week</h1>
<img src="https://media.finance-daily-news.example/img/tv-studio.jpg" width="600" height="300" alt="">
<p>Viewers were stunned when a guest on a live TV show revealed the "automatic wealth" system that the banks don't want you to know about. The app uses artificial intelligence to trade cryptocurrency 24/7 and has a 99.4% success rate.</p>
<p>"I made back my first deposit in under three hours," says one early user. Places are limited because the software can only handle a certain number of new traders per country.</p>
<p style="text-align:center"><a href="https://quantum-profit-ai.example/join?src=fdn" style="background:#0a0;color:#fff;padding:14px 28px;font-size:20px;text-decoration:none">REGISTER FREE NOW &raquo;</a></p>
<p style="font-size:10px;color:#999">Only 7 places remaining today.</p>
</body></html>
`,
  },
  {
    slug: 'work-from-home-5000',
    cat: 'spam',
    from: 'Jennifer <jenny.opportunity@homejobs-global.example>',
    to: 'events@cobaltridge.example',
    subject: 'Earn $5000/week working from home - no experience!!!',
    date: '2025-08-09 02:11:00 +0800',
    text: `Hello Friend!!!

I am Jennifer and 6 months ago I was BROKE. Today I make $5,000+ every
week working from my kitchen table just 2 hours a day!!!

NO experience needed
NO selling
NO boss

All you need is a computer and internet. I will show you EXACTLY how.

>>> http://homejobs-global.example/jenny/start <<<

Only 20 spots available this month - don't miss out!!!

Jennifer
`,
  },
  {
    slug: 'replica-watches',
    cat: 'spam',
    from: 'Luxury Replica Store <store@swiss-replica-lux.example>',
    to: 'greg@hollis-machining.example',
    subject: 'Rolex, Omega, Cartier - Swiss replicas from $199',
    date: '2025-09-14 17:45:31 +0100',
    htmlEnc: 'quoted-printable',
    text: `Top quality Swiss replica watches - indistinguishable from the original!
Rolex Submariner, Omega Seamaster, Cartier Tank, Patek Philippe
From $199 - free shipping - 1 year warranty
http://swiss-replica-lux.example/catalog
`,
    html: `<table width="560" align="center" style="font-family:Arial"><tr><td align="center">
<h2>TOP QUALITY SWISS REPLICA WATCHES</h2>
<p>Indistinguishable from the original! Rolex Submariner &middot; Omega Seamaster &middot; Cartier Tank &middot; Patek Philippe</p>
<p style="font-size:28px;color:#b8860b"><b>From $199</b></p>
<a href="http://swiss-replica-lux.example/catalog"><img src="http://swiss-replica-lux.example/img/watches-grid.jpg" width="540" height="360" alt="Shop now"></a>
<p>Free shipping &middot; 1 year warranty &middot; Secure payment</p>
</td></tr></table>
`,
  },
  {
    slug: 'seo-offer-plain-subtle',
    cat: 'spam',
    from: 'Ryan Brooks <ryan.brooks.seo@freemail-box.example>',
    to: 'info@greenfold-packaging.example',
    subject: 'greenfold-packaging.example ranking',
    date: '2025-10-01 09:12:40 +0530',
    text: `Hi,

I was checking greenfold-packaging.example and noticed a few issues that
are stopping it from ranking on the first page of search results for
"compostable packaging" and similar keywords.

I can send you a detailed audit with the errors and a plan to fix them.
We have helped 300+ businesses increase their traffic.

Let me know if you are interested and I will send the report and our
prices.

Regards,
Ryan Brooks
Digital Marketing Consultant
`,
  },
  {
    slug: 'seo-guaranteed-first-page',
    eol: 'lf',
    cat: 'spam',
    from: 'Top Rank Solutions <team@toprank-solutions.example>',
    to: 'hello@keystone-fab.example',
    subject: 'Gurantee 1st page ranking in 30 days or money back',
    date: '2026-01-08 04:22:10 +0530',
    htmlEnc: 'quoted-printable',
    text: `Dear Website Owner,

We will rank your website in Google 1st page GURANTEED in 30 days.
Our services: SEO, backlinks (10,000 high DA links), social media, web design.
Only $99/month, first month FREE.
Reply YES for free website analysis report.

Thanks & Regards
Top Rank Solutions
`,
    html: `<p>Dear Website Owner,</p>
<p>We will rank your website in Google <b>1st page GURANTEED in 30 days</b>.</p>
<p>Our services: SEO, backlinks (<b>10,000 high DA links</b>), social media, web design.<br>Only <b>$99/month</b>, first month FREE.</p>
<p>Reply <b>YES</b> for free website analysis report.</p>
<p>Thanks &amp; Regards<br>Top Rank Solutions</p>
`,
  },
  {
    slug: 'lottery-winner-notification',
    cat: 'spam',
    from: 'Euro Millions International Promotions <claims@euro-intl-lottery.example>',
    to: 'undisclosed-recipients:;',
    subject: 'WINNING NOTIFICATION - REF: EML/2025/77-09',
    date: '2025-11-21 10:10:10 +0100',
    headers: { 'Reply-To': 'Mr. Peter Van Dijk <claims.agent.vandijk@freemail-box.example>' },
    text: `EURO MILLIONS INTERNATIONAL PROMOTIONS
Ref: EML/2025/77-09   Batch: 14/0091/IPD

CONGRATULATIONS!!!

We are pleased to inform you that your e-mail address was selected in our
annual computer ballot draw and has won the sum of EUR 950,000.00 (Nine
Hundred and Fifty Thousand Euros).

To begin your claim, contact our claims agent with the following:
1. Full name  2. Address  3. Phone number  4. Occupation  5. Copy of ID

Mr. Peter Van Dijk
E-mail: claims.agent.vandijk@freemail-box.example

NOTE: Winners must pay the processing and insurance fee of EUR 480 before
the funds can be released. Keep this notification confidential to avoid
double claiming.

Yours faithfully,
Mrs. Sandra Mols
Promotions Manager
`,
  },
  {
    slug: 'advance-fee-inheritance',
    cat: 'spam',
    from: 'Barrister James Okoro <barr.jamesokoro@lawchambers-mail.example>',
    to: 'helen@ledgerline.example',
    subject: 'URGENT CONFIDENTIAL BUSINESS PROPOSAL',
    date: '2025-05-05 13:01:55 +0100',
    headers: { 'Reply-To': 'jokoro.chambers@freemail-box.example' },
    eol: 'lf',
    text: `Dear Friend,

I am Barrister James Okoro, personal attorney to late Engr. Robert Marsh, a
foreign contractor who died in a car accident with his entire family in
2019. Since then I have made several enquiries to locate any of his
extended relatives, and this has proved unsuccessful.

My client left the sum of $8,500,000.00 (Eight Million Five Hundred
Thousand United States Dollars) in a fixed deposit account. The bank has
issued me a notice to provide the next of kin or the account will be
confiscated.

Since you share the same surname, I seek your consent to present you as
the next of kin so that the proceeds can be paid to you. We will share the
money 50/50 and 10% for expenses. This transaction is 100% risk free.

Please reply with your full name, private phone number and address.

Best regards,
Barrister James Okoro (Esq.)
`,
  },
  {
    slug: 'advance-fee-widow-donation',
    cat: 'spam',
    from: 'Mrs. Elizabeth Morgan <mrs.elizabeth.morgan@charity-donation.example>',
    to: 'info@saffronsage.example',
    subject: 'Donation of $2.8 Million for charity work',
    date: '2025-12-24 07:30:00 +0000',
    text: `Greetings in the name of God,

I am Mrs. Elizabeth Morgan, a widow suffering from cancer, and my doctor
says I have only a few months to live. Before my husband died he deposited
$2,800,000 with a security company. I have decided to donate this fund to
a sincere person who will use it for charity and helping the poor.

If you are willing, kindly reply with your full name, country and phone
number so I can instruct the lawyer to transfer the fund to you.

May God bless you,
Mrs. Elizabeth Morgan
`,
  },
  {
    slug: 'keto-weight-loss',
    cat: 'spam',
    from: 'Keto Burn Labs <offers@ketoburn-labs.example>',
    to: 'office@marlowprice.example',
    subject: 'Lose 23 lbs in 3 weeks WITHOUT diet or exercise',
    date: '2025-01-29 12:00:00 -0800',
    enc: 'quoted-printable',
    html: `<html><body style="font-family:Verdana;text-align:center">
<h1 style="color:#e8590c">Doctors HATE this one simple trick</h1>
<img src="https://ketoburn-labs.example/img/before-after.jpg" width="500" height="280" alt="before after">
<p>The "keto pill" that melts belly fat while you sleep. <b>Lose up to 23 lbs in 3 weeks</b> without diet or exercise!</p>
<p><a href="https://ketoburn-labs.example/trial?aff=2201">CLAIM YOUR FREE TRIAL BOTTLE</a> &ndash; just pay $4.95 shipping</p>
<p style="font-size:9px;color:#aaa">These statements have not been evaluated. Results not typical. <a href="https://ketoburn-labs.example/out">unsubscribe</a></p>
</body></html>
`,
  },
  {
    slug: 'lonely-singles',
    cat: 'spam',
    from: 'Anna <anna.1998@meetlocal-singles.example>',
    to: 'chris.bell@harborview-software.example',
    subject: 'hey u, saw your profile...',
    date: '2025-03-30 23:51:00 +0200',
    text: `hey :) i'm Anna, 27, new in your city and dont know many people here.
i saw your profile and think you are cute.. want to chat?
my photos are here: http://meetlocal-singles.example/anna-98
xoxo
`,
  },
  {
    slug: 'b2b-email-list-sale',
    cat: 'spam',
    from: 'Data Leads Pro <sales@dataleads-pro.example>',
    to: 'dana.whitfield@northbay-freight.example',
    subject: 'Buy 10 million verified B2B email leads - 90% off this week',
    date: '2025-06-11 15:20:00 +0000',
    htmlEnc: 'quoted-printable',
    text: `Hi Dana,

Looking for more customers? Get instant access to our database of
10,000,000+ verified B2B contacts (name, title, company, direct e-mail,
phone) in 150 industries.

  - Logistics & transportation decision makers: 420,000 contacts
  - C-level executives: 1.2 million
  - 95% deliverability guarantee

Special price this week only: $299 for the full database (normally $2,999).
Import straight into your CRM and start e-mailing today!

Order: https://dataleads-pro.example/order?d=nbf

Reply "remove" to unsubscribe.
`,
    html: `<div style="font-family:Arial">
<p>Hi Dana,</p>
<p>Looking for more customers? Get instant access to our database of <b>10,000,000+ verified B2B contacts</b> (name, title, company, direct e-mail, phone) in 150 industries.</p>
<ul><li>Logistics &amp; transportation decision makers: 420,000 contacts</li><li>C-level executives: 1.2 million</li><li>95% deliverability guarantee</li></ul>
<p style="font-size:18px">Special price this week only: <b style="color:red">$299</b> for the full database (normally <s>$2,999</s>).</p>
<p>Import straight into your CRM and start e-mailing today!</p>
<p><a href="https://dataleads-pro.example/order?d=nbf">ORDER NOW</a></p>
<p style="font-size:10px">Reply &quot;remove&quot; to unsubscribe.</p>
</div>
`,
  },
  {
    slug: 'image-only-one-link',
    cat: 'spam',
    from: 'Special Offer <offer@deal-of-the-day-42.example>',
    to: 'imani.cole@orchardlane-logistics.example',
    subject: 'Re:',
    date: '2025-08-18 04:04:04 +0000',
    html: `<html><body><a href="http://198.51.100.77/r/offer?i=ic"><img src="http://198.51.100.77/img/a8f2c1.jpg" width="640" height="900" border="0"></a></body></html>
`,
  },
  {
    slug: 'stock-pump-alert',
    eol: 'lf',
    cat: 'spam',
    from: 'Penny Stock Alerts <alerts@pennystock-insider.example>',
    to: 'm.lee@keystone-fab.example',
    subject: 'URGENT ALERT: $GRNX set to explode 1,400% - buy before Monday',
    date: '2025-10-24 21:30:00 -0400',
    text: `*** HOT STOCK ALERT ***

Company: GreenNexus Energy Corp.
Symbol: GRNX
Current price: $0.07
Short-term target: $1.05 (+1,400%)

Insiders are buying heavily ahead of a major announcement expected
Monday. Our last three picks went up 600%, 890% and 1,100%.

GET IN NOW BEFORE THE NEWS BREAKS!

This is not investment advice. We have been compensated $150,000 by a
third party for this alert.
`,
  },
  {
    slug: 'extended-car-warranty',
    cat: 'spam',
    from: 'Vehicle Protection Dept <notice@auto-warranty-dept.example>',
    to: 'sam@beaconit.example',
    subject: 'FINAL NOTICE: Your vehicle warranty has expired',
    date: '2025-07-07 07:07:07 -0500',
    htmlEnc: 'quoted-printable',
    text: `FINAL NOTICE

Our records indicate that the factory warranty on your vehicle has expired
and you may be responsible for the full cost of repairs.

Activate extended coverage now and save up to 60%:
https://auto-warranty-dept.example/activate?n=77310

Or call 1-555-0100 before the end of the day.
`,
    html: `<div style="border:2px solid #000;padding:16px;font-family:Courier New,monospace;max-width:520px">
<h2 style="color:#c00">FINAL NOTICE</h2>
<p>Our records indicate that the factory warranty on your vehicle has <b>expired</b> and you may be responsible for the full cost of repairs.</p>
<p><a href="https://auto-warranty-dept.example/activate?n=77310">ACTIVATE EXTENDED COVERAGE NOW</a> and save up to 60%</p>
<p>Or call 1-555-0100 before the end of the day.</p>
</div>
`,
  },
  {
    slug: 'gift-card-survey-reward',
    cat: 'spam',
    from: 'Customer Rewards <rewards@shopper-survey-prize.example>',
    to: 'priya.shah@saffronsage.example',
    subject: 'You have been selected to receive a $500 gift card',
    date: '2026-02-14 12:12:12 +0000',
    enc: 'quoted-printable',
    html: `<table width="500" align="center" style="font-family:Arial;border:1px solid #ddd"><tr><td style="padding:20px;text-align:center">
<h2>Congratulations!</h2>
<p>You have been selected to take part in our 30-second customer survey. As a thank you, you will receive a <b>$500 gift card</b> of your choice.</p>
<p><a href="https://shopper-survey-prize.example/s/7Hq2x" style="background:#f59f00;color:#fff;padding:12px 24px;text-decoration:none">START SURVEY</a></p>
<p style="font-size:11px;color:#888">Only 3 rewards left for your region. Offer ends today.</p>
</td></tr></table>
`,
  },
  {
    slug: 'tiny-font-word-salad',
    cat: 'spam',
    from: 'Men Health <newsletter@vital-men-health.example>',
    to: 'greg@hollis-machining.example',
    subject: 'Greg, feel 20 again',
    date: '2025-04-19 01:45:00 +0000',
    html: `<html><body>
<p><font size="4"><a href="http://vital-men-health.example/g/x91">Natural male enhancement - clinically proven - order today and get 2 bottles FREE</a></font></p>
<p style="font-size:1px;color:#ffffff;line-height:1px">meeting invoice delivery schedule contract partner quote thanks regards proposal agenda
warehouse pallet shipment budget review feedback project customer support renewal</p>
<span style="font-size:0px;color:#fefefe">lorem umbrella cactus harmonica pencil sunrise kettle envelope magnolia turbine</span>
<p style="color:#fff;font-size:2px">account order confirmation receipt newsletter update</p>
</body></html>
`,
  },
  {
    slug: 'invoice-service-spam-zh',
    cat: 'spam',
    from: '代开发票 <service@fapiao-dk.example>',
    to: 'ana.duarte@harborview-software.example',
    subject: '代开各类正规发票，点数优惠，可验证后付款',
    date: '2025-09-02 16:20:00 +0800',
    enc: 'base64',
    text: `您好！

本公司常年代开全国各地正规发票：增值税专用发票、普通发票、
运输发票、建筑安装发票等。点数优惠，可先验证后付款。

联系人：张经理
微信/电话：555-0123-4567

此信息长期有效，欢迎来电咨询。
`,
  },
  {
    slug: 'bulk-mailing-bypass-filters',
    cat: 'spam',
    from: 'MassMail Blaster <sales@massmail-blaster.example>',
    to: 'sofia@fernhill-digital.example',
    subject: 'Send 1,000,000 emails for $99 - 100% inbox, bypass all spam filters',
    date: '2026-03-25 10:30:00 +0300',
    text: `Tired of your campaigns going to spam?

Our bulletproof servers deliver 1,000,000 e-mails for only $99.
 - Unlimited sending, no daily limits
 - Rotating IPs and domains, bypass Gmail/Outlook spam filters
 - No opt-in required, use any list
 - Bulletproof hosting, no complaints accepted

Telegram: @massmailblaster
https://massmail-blaster.example/pricing
`,
  },
];
