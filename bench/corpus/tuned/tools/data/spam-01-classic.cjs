'use strict';
// Spam: classic unsolicited commercial mail and advance-fee fraud.
const { rcv } = require('../lib/spam.cjs');
module.exports = [
  // ---- pharmacy ----
  {
    slug: 'pharma-blatant-discount',
    cat: 'pharmacy',
    from: 'Pharmacy Outlet <sales@rx-discount-outlet.test>',
    to: 'dana.whitfield@northwind-logistics.example',
    subject: 'V1agra & C1alis 80% OFF - no prescription needed!!!',
    received: [rcv('203.0.113.57', 'mail.rx-discount-outlet.test')],
    headers: [['X-Mailer', 'MassMail Pro 7.2']],
    html: `<html><body bgcolor="#ffffff"><center>
<font face="Arial" size="6" color="#cc0000"><b>MEN'S HEALTH MEGA SALE</b></font><br>
<font face="Arial" size="4">V1agra 100mg - <b>$0.89</b> per pill<br>C1alis 20mg - <b>$1.25</b> per pill<br>Levitra - <b>$1.49</b> per pill</font><br><br>
<font color="green" size="4"><b>NO PRESCRIPTION &bull; DISCREET PACKAGING &bull; WORLDWIDE SHIPPING</b></font><br><br>
<a href="http://198.51.100.14/shop/?ref=8812"><font size="5"><b>&gt;&gt;&gt; ORDER NOW &lt;&lt;&lt;</b></font></a><br><br>
<font size="1" color="#999999">FDA approved generics. Satisfaction guaranteed or your money back.</font>
</center></body></html>
`,
  },
  {
    slug: 'pharma-canadian-list-plain',
    cat: 'pharmacy',
    from: '"Canadian Health&Care" <noreply@canada-meds-direct.test>',
    to: 'info@bramblecoffee.example',
    subject: 'Your trusted online pharmacy - lowest prices guaranteed',
    text: `Canadian Health&Care Mall - official online store

BESTSELLERS THIS WEEK:
 * Generic Viagra 100mg x 30 pills ....... $29.95
 * Generic Cialis 20mg x 30 pills ........ $39.95
 * Tramadol 50mg x 60 ...................... $79.00
 * Xanax 2mg x 30 .......................... $99.00
 * Ambien 10mg x 30 ........................ $89.00

 - No doctor visit required
 - 100% money back guarantee
 - Free shipping on orders over $150
 - Bonus pills with every order!

Visit our store: http://canada-meds-direct.test/?id=x7741

Order today, limited stock!
`,
    received: [rcv('198.51.100.203', 'unknown.host')],
  },
  {
    slug: 'pharma-refill-ready-shortlink',
    cat: 'pharmacy',
    from: 'MedsDirect Refills <refills@medsdirect-rx.test>',
    to: 'Neil Foster <neil.foster@pinecrestdental.example>',
    subject: 'Your prescription refill is ready for shipment',
    text: `Hello,

Your refill order #RX-44120 is ready. To confirm shipping and pick your discount
(up to 70% off pharmacy prices), complete checkout within 48 hours:

https://tinyurl.com/rx-refill-44120

If you do not confirm, your order will be cancelled.

MedsDirect
`,
    html: `<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your refill order <b>#RX-44120</b> is ready. To confirm shipping and pick your discount (up to 70% off pharmacy prices), complete checkout within 48 hours:</p>
<p><a href="https://tinyurl.com/rx-refill-44120">Confirm my refill</a></p>
<p>If you do not confirm, your order will be cancelled.</p>
<p>MedsDirect</p>
</body></html>
`,
  },
  {
    slug: 'pharma-weight-loss-miracle',
    autoText: true,
    cat: 'pharmacy',
    from: 'Dr. Amanda Keller <dr.keller@slim-keto-research.test>',
    to: 'maya@lumenfitness.example',
    subject: 'Doctors are furious: this pill melts 23 lbs in 3 weeks',
    replyTo: 'orders@keto-fast-supply.test',
    html: `<html><body style="font-family:Georgia;max-width:600px">
<h2 style="color:#b00">SHOCKING discovery: melt belly fat WITHOUT diet or exercise</h2>
<p>A new keto pill is making headlines. Women over 40 report losing <b>up to 23 lbs in just 3 weeks</b> - and the weight-loss industry wants it banned!</p>
<p>&#10004; Burns fat, not carbs<br>&#10004; 100% natural<br>&#10004; Clinically "proven"</p>
<p><a href="http://keto-fast-supply.test/trial?aff=221" style="font-size:20px;color:#fff;background:#e53935;padding:10px 20px;text-decoration:none">CLAIM YOUR FREE BOTTLE</a></p>
<p style="font-size:10px;color:#aaa">Just pay $4.95 shipping. These statements have not been evaluated.</p>
</body></html>
`,
  },
  {
    slug: 'pharma-obfuscated-words',
    cat: 'pharmacy',
    from: 'Kenneth <kenneth.r8812@freemail-box.test>',
    to: 'ben@anvil-oak.example',
    subject: 'r e: your 0rder V-I-A-G-R-A',
    text: `hi friend,

gett your V-i-a-g-r-a and C.i.a.l.i.s at l0west pr1ces on the n3t.
n0 prescr1ption, fast d3livery, 100% anonymus.

http://203.0.113.88/p/?u=ben

stop getting these: reply with REMOVE
`,
    received: [rcv('203.0.113.88', 'adsl-88.pool.isp.test')],
  },
  // ---- casino / gambling ----
  {
    slug: 'casino-free-spins-html',
    autoText: true,
    cat: 'casino',
    from: 'Lucky Vegas Palace <vip@luckyvegas-palace.test>',
    to: 'greg.oduya@redwater.example',
    subject: '🎰 200 FREE SPINS are waiting for you, Greg!',
    html: `<html><body style="background:#1a0033;color:#fff;font-family:Impact,Arial;text-align:center">
<h1 style="color:#ffd700;font-size:40px">200 FREE SPINS</h1>
<h2>+ 500% WELCOME BONUS UP TO $5,000</h2>
<p style="font-size:18px">No deposit needed to start. Winnings paid out in minutes!</p>
<p><a href="http://luckyvegas-palace.test/go?c=SPIN200" style="background:#ffd700;color:#1a0033;padding:14px 30px;font-size:22px;text-decoration:none;border-radius:30px">SPIN NOW</a></p>
<p style="font-size:10px;color:#886699">18+ only. T&amp;Cs apply. Bonus expires in 24 hours.</p>
</body></html>
`,
  },
  {
    slug: 'casino-deposit-bonus-plain',
    cat: 'casino',
    from: 'Royal Ace Casino <bonus@royalace-casino.test>',
    to: 'Undisclosed Recipients <undisclosed@royalace-casino.test>',
    subject: 'Your 500% deposit match expires tonight',
    text: `CONGRATULATIONS!

Your account has been credited with a 500% DEPOSIT MATCH bonus.

Deposit $100 -> play with $600
Deposit $500 -> play with $3,000

This offer expires at MIDNIGHT. Claim it here:
http://198.51.100.61/royalace/claim?id=77122

Good luck!
Royal Ace Casino VIP Team
`,
  },
  {
    slug: 'casino-betting-tips-guaranteed',
    cat: 'casino',
    from: 'ProTipster <tips@sure-win-betting.test>',
    to: 'marco@ricci-trasporti.example',
    subject: 'Fixed matches - 100% guaranteed winnings this weekend',
    text: `Dear punter,

We have INSIDE INFORMATION on 3 fixed matches this weekend. Our members won
EUR 14,000 last month.

Price for this weekend's tips: EUR 150 (pay by crypto only).
Money back if we lose (we never lose).

Join now on our channel: https://t.co/Fx9mTipsW1n

ProTipster
`,
    received: [rcv('203.0.113.140', 'vps140.hosting.test')],
  },
  {
    slug: 'casino-german-bonus',
    cat: 'casino',
    from: 'Casino Sternenglanz <info@sternenglanz-casino.test>',
    to: 'l.hoffmann@auerbach-kliniken.example',
    subject: 'Ihr exklusiver Bonus: 300 € + 100 Freispiele wartet!',
    html: `<html><body style="font-family:Arial;background:#000;color:#fff;text-align:center;padding:20px">
<h1 style="color:#00e676">300 &euro; BONUS + 100 FREISPIELE</h1>
<p>Nur heute f&uuml;r neue Spieler! Keine Verifizierung n&ouml;tig, sofortige Auszahlung.</p>
<p><a href="http://sternenglanz-casino.test/de/bonus?k=LH77" style="color:#000;background:#00e676;padding:12px 24px;text-decoration:none">JETZT SPIELEN</a></p>
</body></html>
`,
  },
  // ---- loans ----
  {
    slug: 'loan-business-preapproved',
    cat: 'loans',
    from: 'Capital Funding Group <approvals@capfund-direct.test>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Martin - your business is PRE-APPROVED for $500,000',
    text: `Dear Business Owner,

Good news! Carrow Industrial Supply has been PRE-APPROVED for a business loan of up
to $500,000.

  - NO credit check
  - NO collateral
  - Funds in your account within 24 HOURS
  - Bad credit OK

This approval is valid for 72 hours only. Reply with your last 3 bank statements and
your SSN/EIN to lock in your rate, or apply at http://capfund-direct.test/apply

Capital Funding Group
`,
  },
  {
    slug: 'loan-debt-consolidation-html',
    autoText: true,
    cat: 'loans',
    from: 'Debt Relief Now <help@debtfree-now-usa.test>',
    to: 'rob@lumenfitness.example',
    subject: 'Cut your debt in HALF - government program',
    html: `<html><body style="font-family:Verdana">
<p><b>NEW GOVERNMENT PROGRAM 2025</b></p>
<p>If you owe more than $10,000 in credit card debt you may qualify to <u>reduce your balance by up to 50%</u>. One low monthly payment, no more calls from collectors.</p>
<p><a href="http://198.51.100.90/debt/?s=em">See if you qualify (30 seconds) &raquo;</a></p>
<p style="font-size:9px">This is an advertisement.</p>
</body></html>
`,
  },
  {
    slug: 'loan-merchant-cash-advance-subtle',
    cat: 'loans',
    from: 'Jared Collins <jared@swiftline-capital.test>',
    to: 'hannah@bramblecoffee.example',
    subject: 'Quick question about Bramble Coffee',
    text: `Hi Hannah,

Would Bramble Coffee be interested in working capital of $25k-$250k? We fund
based on your card sales, approvals in 4 hours, money next day.

Just reply "yes" and I'll send over the one-page application.

Jared Collins
Funding Specialist
`,
  },
  {
    slug: 'loan-payday-urgent',
    cat: 'loans',
    from: 'QuickCash <offers@quick-cash-247.test>',
    to: 'freya.olsen@anvil-oak.example',
    subject: 'Need $1,000 TODAY? Approved in 5 minutes',
    text: `NEED CASH FAST??

Get up to $1,000 deposited TODAY. No credit check. Everyone approved!!!

Apply now: https://bit.ly/qc247-cash-now

Representative APR 1294%. Late repayment can cause you serious money problems.
`,
  },
  // ---- work from home ----
  {
    slug: 'wfh-earn-5000-week',
    cat: 'work-from-home',
    from: 'Jennifer Moss <jennifer@homeprofit-system.test>',
    to: 'sophie.ng@kestrelbio.example',
    subject: 'I made $5,247 last week working 2 hours a day from my kitchen',
    html: `<html><body style="font-family:Arial;max-width:560px">
<p>Hi there,</p>
<p>Six months ago I was broke. Today I make <b>$5,000+ every week</b> from my laptop, working 2 hours a day. No experience, no selling, no boss.</p>
<p>I'm sharing my system with only <b>50 people</b> this month.</p>
<p><a href="http://homeprofit-system.test/video?v=jm">&#9654; Watch the free video before it's taken down</a></p>
<p>Jennifer</p>
<p style="font-size:9px;color:#999">Results not typical.</p>
</body></html>
`,
  },
  {
    slug: 'wfh-mystery-shopper',
    cat: 'work-from-home',
    from: 'Customer Survey Dept <hr.department@secret-shop-evaluations.test>',
    to: 'Aisha Bello <aisha.bello@korafoods.example>',
    subject: 'Mystery Shopper Position - $400 per assignment',
    text: `Dear Applicant,

You have been selected to work as a Mystery Shopper in your area. You will be paid
$400 per assignment.

Your first assignment: we will send you a cheque for $2,450. Deposit it, keep $400 as
your pay, and use the rest to evaluate a money transfer service by sending the
balance to the agent details we will provide.

To accept, reply with your full name, home address, phone number and age.

HR Department
Secret Shop Evaluations
`,
    replyTo: 'evaluations.dept2025@freemail-box.test',
  },
  {
    slug: 'wfh-data-entry-remote',
    cat: 'work-from-home',
    from: 'Remote Careers <careers@globalremote-jobs.test>',
    to: 'julia.marsh@solvent-labs.example',
    subject: 'Remote data entry job: $45/hr, flexible hours (reply today)',
    text: `Hello,

We found your profile online and think you are a great fit for a part-time remote
data entry role.

Pay: $45/hour, weekly payouts
Hours: 10-20 per week, your choice
Requirements: a computer and internet

To start, please send us a copy of your ID and your bank details for payroll set-up.
Positions are filled on a first-come basis.

Recruitment Team
`,
  },
  {
    slug: 'wfh-reshipping-coordinator',
    cat: 'work-from-home',
    from: 'Logistix International <jobs@logistix-intl-group.test>',
    to: 'tomas@norrsken.example',
    subject: 'Job offer: Package Coordinator (home based) - EUR 2,800/month',
    text: `Dear Candidate,

Logistix International is hiring home-based Package Coordinators in your country.

Your duties:
 - receive parcels at your home address
 - check contents and repackage
 - ship them on using prepaid labels we email you

Salary EUR 2,800 per month + EUR 30 bonus per parcel. No experience needed.

Reply with your CV and full address to start next Monday.

Logistix International Group
`,
  },
  // ---- replica goods ----
  {
    slug: 'replica-swiss-watches',
    autoText: true,
    cat: 'replica',
    from: 'Luxury Time <deals@luxury-time-replicas.test>',
    to: 'ben@anvil-oak.example',
    subject: 'Rolex, Omega, Patek Philippe - Swiss replicas from $199',
    html: `<html><body style="font-family:Times;background:#111;color:#d4af37;text-align:center">
<h1>SWISS REPLICA WATCHES</h1>
<p style="color:#eee">Rolex Submariner &bull; Omega Seamaster &bull; Patek Philippe Nautilus<br>1:1 quality, automatic movement, sapphire glass</p>
<p style="font-size:28px">from <b>$199</b></p>
<p><a href="http://luxury-time-replicas.test/catalog" style="color:#d4af37">VIEW CATALOG</a></p>
<p style="color:#777;font-size:11px">Nobody will know the difference. Free express shipping.</p>
</body></html>
`,
  },
  {
    slug: 'replica-designer-bags',
    cat: 'replica',
    from: 'Fashion Outlet <outlet@designer-bags-sale.test>',
    to: 'maya@lumenfitness.example',
    subject: 'LV, Gucci, Chanel bags up to 90% OFF - clearance',
    text: `FACTORY CLEARANCE - DESIGNER HANDBAGS

Louis Vuitton Neverfull ...... $89 (retail $2,030)
Gucci Marmont ................ $99 (retail $2,590)
Chanel Classic Flap .......... $129 (retail $10,200)

AAA+ quality. Comes with dust bag and "authenticity" card.

Shop now: http://203.0.113.19/bags/
`,
    received: [rcv('203.0.113.19', 'shop.designer-bags-sale.test')],
  },
  {
    slug: 'replica-sunglasses-short',
    cat: 'replica',
    from: 'RB Sunglass Store <store@rb-sunglass-sale.test>',
    to: 'freya.olsen@anvil-oak.example',
    subject: 'Ray-Ban Summer Sale - all styles $19.99 today only',
    html: `<html><body style="text-align:center;font-family:Arial"><h2>RAY-BAN SUMMER SALE</h2><p>All styles <b style="color:red;font-size:24px">$19.99</b> - today only!</p><p><a href="http://rb-sunglass-sale.test/?src=mail">Shop now</a></p></body></html>
`,
  },
  // ---- SEO / marketing lists ----
  {
    slug: 'list-attendee-data-for-sale',
    cat: 'seo-lists',
    from: 'Emma Clarke <emma.clarke@b2b-data-leads.test>',
    to: 'Lukas Brenner <lukas.brenner@alpenmed-devices.example>',
    subject: 'MedTech Expo 2025 attendee list',
    text: `Hi Lukas,

Would you be interested in the attendee list of MedTech Expo 2025?

Total contacts: 18,420
Info: name, title, company, email, phone, website

Let me know if you are interested and I'll send you the pricing and a sample.

Regards,
Emma Clarke
Data Specialist

If you don't want to hear from me again, reply "Not Interested".
`,
    replyTo: 'emma.datasales@freemail-box.test',
  },
  {
    slug: 'list-5m-verified-contacts',
    autoText: true,
    cat: 'seo-lists',
    from: 'DataBlast Pro <sales@datablast-pro.test>',
    to: 'info@quillfield.example',
    subject: '5 MILLION verified B2B emails - $299 (one-time)',
    html: `<html><body style="font-family:Arial">
<h2>5,000,000 VERIFIED B2B EMAIL CONTACTS</h2>
<ul><li>CEOs, CFOs, CTOs, Directors</li><li>USA, UK, EU, Canada, Australia</li><li>Sorted by industry and company size</li><li>98% deliverability guaranteed</li></ul>
<p><b>Only $299 - instant download (CSV)</b></p>
<p>Bonus: bulk mailer software included FREE!</p>
<p><a href="http://datablast-pro.test/buy">Buy now</a></p>
</body></html>
`,
  },
  {
    slug: 'seo-not-ranking-website',
    cat: 'seo-lists',
    from: 'Rahul Sharma <rahul.seo.expert@freemail-box.test>',
    to: 'jenny@hollowayfarm.example',
    subject: 'Re: your website hollowayfarm.example',
    text: `Hello Team,

I was checking your website and found it is not ranking on the first page of Google
for many keywords. I can fix the following problems:

1. Your website is not mobile friendly
2. Low quality backlinks
3. Missing meta tags and broken links
4. Poor social media presence

We guarantee 1st page ranking within 3 months. Shall I send you a proposal with price?

Thanks & Regards,
Rahul Sharma
SEO Manager
`,
  },
  {
    slug: 'seo-app-development-offshore',
    cat: 'seo-lists',
    from: 'Priya Kapoor <priya@webappz-solutions.test>',
    to: 'hello@pinecrestdental.example',
    subject: 'Website & Mobile App Development',
    text: `Hi,

Hope you are doing well.

We are a leading IT company with 150+ developers. We offer:
- Website design and re-design
- iOS and Android apps
- E-commerce (Shopify, WooCommerce, Magento)
- Digital marketing and SEO

Our rates start at $12/hour. Please let me know if you have any requirement, I will
send you our portfolio.

Regards,
Priya Kapoor
Business Development Executive
`,
  },
  {
    slug: 'seo-backlinks-da90',
    cat: 'seo-lists',
    from: 'LinkJuice <offers@linkjuice-backlinks.test>',
    to: 'imogen@copperleaf-digital.example',
    subject: '50 DA90+ backlinks for $99 - rank #1 in 30 days',
    text: `Hi webmaster,

Boost your rankings FAST with 50 high authority DA90+ backlinks.

- 100% dofollow
- Permanent links, Google safe
- Results in 30 days or money back

Only $99 this week. Order: http://linkjuice-backlinks.test/order
`,
  },
  // ---- lottery ----
  {
    slug: 'lottery-uk-online-draw',
    cat: 'lottery',
    from: 'UK National Lottery Online <claims@uk-lotto-award.test>',
    to: 'Undisclosed <winner@uk-lotto-award.test>',
    subject: 'WINNING NOTIFICATION: Ref UKNL/7741/25',
    text: `UK NATIONAL LOTTERY ONLINE DRAW
Ref No: UKNL/7741/25     Batch: 22/0119/IPD

Dear Lucky Winner,

We are pleased to inform you that your email address was selected in our online
draw and has won the sum of GBP 850,000.00 (Eight Hundred and Fifty Thousand Pounds).

To claim your prize, contact our claims agent with the following:
1. Full name  2. Address  3. Phone  4. Age  5. Occupation  6. Copy of ID

Claims agent: Mr. David Brown, davidbrown.claims@freemail-box.test

Note: a processing fee of GBP 250 applies to release your winnings.
Keep this notification confidential until your claim is processed.

Mrs. Sarah Williams
Lottery Coordinator
`,
    replyTo: 'davidbrown.claims@freemail-box.test',
  },
  {
    slug: 'lottery-beverage-promo-award',
    cat: 'lottery',
    from: 'Coca-Cola Promotion Award <award@coke-promo-2025.test>',
    to: 'neil.foster@pinecrestdental.example',
    subject: 'Congratulations! You have won $1,500,000.00 USD',
    html: `<html><body style="font-family:Arial">
<p style="color:#e30613;font-size:22px"><b>COCA-COLA 2025 ANNIVERSARY AWARD</b></p>
<p>Dear Winner,</p>
<p>Your email address has won <b>$1,500,000.00 USD</b> in our anniversary promotion held in London. Winning number: <b>CC-7720-1189</b>.</p>
<p>Please fill the <a href="http://203.0.113.201/award/claim.html">CLAIM FORM</a> and return it to our agent within 7 days.</p>
<p>Dr. James Harrison<br>Promotions Manager</p>
</body></html>
`,
  },
  {
    slug: 'lottery-euromillions-short',
    cat: 'lottery',
    from: 'EuroMillions Claims <notification@euromillions-claims.test>',
    to: 'Sanne de Vries <sanne@groenveld.example>',
    subject: 'Your email has won EUR 2,500,000 - reply to claim',
    text: `Your email address won EUR 2,500,000 in the EuroMillions email draw.
Reply with your full name, address and phone number to claim. Winning code EM/2025/88.
`,
    replyTo: 'em.claims.office@freemail-box.test',
  },
  // ---- 419 advance fee ----
  {
    slug: 'fraud-419-next-of-kin',
    cat: 'advance-fee',
    from: 'Barrister Michael Okoro <barr.michaelokoro@lawchambers-intl.test>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'URGENT BUSINESS PROPOSAL - STRICTLY CONFIDENTIAL',
    text: `Dear Friend,

I am Barrister Michael Okoro, personal attorney to the late Mr. Robert Greer, a
foreign contractor who died with his wife in a car accident in 2021. Since then I
have made several enquiries to locate any of my client's relatives, without success.

My late client left a deposit of US$10.5 Million (Ten Million Five Hundred Thousand
US Dollars) with a bank here. The bank has issued me a notice to provide the next of
kin or the account will be confiscated.

Since you share the same last name, I am seeking your consent to present you as the
next of kin so that the proceeds can be paid to you. We will share 50/50. This
transaction is 100% risk free.

Kindly reply with your full name, phone number and address so that I can give you more
details.

Yours faithfully,
Barr. Michael Okoro (Esq.)
`,
  },
  {
    slug: 'fraud-419-widow-charity',
    cat: 'advance-fee',
    from: 'Mrs. Helen Carter <helencarter1952@freemail-box.test>',
    to: 'hello@kilnandclay.example',
    subject: 'Please help me fulfil my late husband wish',
    text: `Dearest one,

I am Mrs. Helen Carter, 72 years old, suffering from cancer and my doctor says I have
only a few months. My late husband left $4,200,000 in a finance company and I want
to donate it to charity through a trustworthy person.

I found your email while praying for guidance. Please reply so I can give you the
details of the finance company. May God bless you.

Mrs. Helen Carter
`,
  },
  {
    slug: 'fraud-419-un-compensation',
    cat: 'advance-fee',
    from: 'United Nations Compensation Unit <payments@un-compensation-office.test>',
    to: 'karin.berg@fjordline-outdoor.example',
    subject: 'Your compensation payment of $2.8M has been approved',
    html: `<html><body style="font-family:Times New Roman">
<p><b>UNITED NATIONS COMPENSATION COMMISSION</b><br>Payment Ref: UNCC/SCAM-VICTIM/0913</p>
<p>Dear Beneficiary,</p>
<p>The United Nations has approved compensation for victims of internet fraud. Your email is listed among the beneficiaries, and you will receive <b>US$2,800,000.00</b> via ATM card.</p>
<p>To release your ATM card, pay the delivery fee of US$185 to our courier agent. Contact: <a href="mailto:courier.desk@freemail-box.test">courier.desk@freemail-box.test</a></p>
<p>Mr. Antonio Guterres (sic)<br>Secretary</p>
</body></html>
`,
  },
  {
    slug: 'fraud-419-dormant-account',
    cat: 'advance-fee',
    from: 'Mr. Chen Wei <chen.wei@hk-merchant-bank.test>',
    to: 'erik@halvorsen-freight.example',
    subject: 'Business Proposal',
    text: `Good day,

I am Mr. Chen Wei, credit manager at a bank in Hong Kong. I have a business proposal
of mutual benefit concerning a dormant account of US$18,600,000 belonging to a
deceased client with no heir.

I need a foreign partner to stand as beneficiary. You will receive 40% of the total.
All I need is your honest co-operation.

If interested, reply to my private email: chenwei.private@freemail-box.test

Regards,
Chen Wei
`,
    replyTo: 'chenwei.private@freemail-box.test',
  },
];
