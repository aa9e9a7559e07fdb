'use strict';
// Spam: unsolicited bulk / scam mail that is not credential phishing and carries no malware.
const { png } = require('../build-attachments.cjs');
const { toText } = require('./_html.cjs');

const ZW = '\u200b';
const zw = (s) => [...s].join(ZW);

const { dress } = require('./_headers.cjs');

module.exports = dress([
  {
    slug: 'pharmacy-obfuscated-plain',
    cat: 'spam',
    date: '2025-01-14 03:22:51 +0300',
    from: 'Discreet Meds <orders@rx-direct-outlet.example>',
    to: 'mvega@crestline-plastics.example',
    subject: 'V1agra & C1alis from $0.89 - no prescription needed',
    eol: 'lf',
    text: `Hi,

Are you tired of overpaying at your local pharmacy?

  * V-i-a-g-r-a 100mg ........ $0.89 / pill
  * C!al1s 20mg ............... $1.15 / pill
  * Lev1tra 20mg .............. $1.40 / pill
  * Tr@mad0l, X@nax, V@lium .. ask us

- NO prescription required
- Discreet packaging, worldwide shipping
- 100% satisfaction or money back

ORDER NOW >>> http://rx-direct-outlet.example/shop/?ref=9921

To stop receiving these messages reply with REMOVE in the subject.
`,
  },
  {
    slug: 'canadian-pharmacy-html',
    cat: 'spam',
    date: '2025-03-02 22:10:05 -0800',
    from: '"Canada Online Pharmacy" <support@canadameds-rx.example>',
    to: 'owen.blake@hartwell-dental.example',
    subject: 'Your discount code: MEN70 - Best prices on ED meds',
    htmlEnc: 'base64',
    html: `<html><body bgcolor="#ffffff">
<center>
<table width="600" border="0"><tr><td align="center">
<font face="Arial" size="5" color="#cc0000"><b>CANADIAN HEALTH&amp;CARE MALL</b></font><br>
<font face="Arial" size="3">Licensed online drugstore &middot; Over 1,500,000 satisfied customers</font><br><br>
<table border="1" cellpadding="6" cellspacing="0">
<tr bgcolor="#ffeeee"><td><b>Product</b></td><td><b>Price</b></td><td></td></tr>
<tr><td>Generic Viagra 100mg x 30</td><td>$29.95</td><td><a href="http://canadameds-rx.example/p/viagra">BUY</a></td></tr>
<tr><td>Generic Cialis 20mg x 30</td><td>$39.95</td><td><a href="http://canadameds-rx.example/p/cialis">BUY</a></td></tr>
<tr><td>Super P-Force x 20</td><td>$44.00</td><td><a href="http://canadameds-rx.example/p/pforce">BUY</a></td></tr>
<tr><td>Propecia 1mg x 90</td><td>$54.00</td><td><a href="http://canadameds-rx.example/p/propecia">BUY</a></td></tr>
</table><br>
<font face="Arial" size="2">FREE Airmail shipping on orders over $200 &middot; FREE pills with every order &middot; Use code <b>MEN70</b></font>
</td></tr></table>
</center>
<p><font size="1" color="#999999">If you no longer wish to receive our offers, <a href="http://canadameds-rx.example/unsub">click here</a>.</font></p>
</body></html>
`,
  },
  {
    slug: 'casino-welcome-bonus',
    cat: 'spam',
    date: '2025-02-08 19:45:12 +0100',
    from: 'VIP Club Royale <vip@royale-spins-casino.example>',
    to: 'tom.reilly@ferrowright-tools.example',
    subject: '🎰 Tom, your 500% welcome bonus + 200 FREE SPINS are waiting',
    html: `<!DOCTYPE html><html><body style="background:#0b0b0b;margin:0">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#0b0b0b"><tr><td align="center" style="padding:20px">
<a href="http://royale-spins-casino.example/r/7781?c=em"><img src="cid:casino-banner" width="600" alt="500% BONUS" style="display:block;border:0"></a>
<p style="color:#ffd700;font:bold 28px Arial">500% UP TO &euro;5,000 + 200 FREE SPINS</p>
<p style="color:#eee;font:16px Arial">No wagering on your first 50 spins. Instant withdrawals in crypto. Play Book of Dead, Sweet Bonanza and 3,000+ more.</p>
<a href="http://royale-spins-casino.example/r/7781?c=em" style="display:inline-block;background:#ffd700;color:#000;padding:16px 40px;font:bold 20px Arial;text-decoration:none;border-radius:30px">CLAIM NOW</a>
<p style="color:#666;font:10px Arial">18+ only. Play responsibly. Offer expires in 24 hours. <a href="http://royale-spins-casino.example/u" style="color:#666">unsubscribe</a></p>
</td></tr></table></body></html>
`,
    inline: [{ cid: 'casino-banner', name: 'bonus.png', content: png(300, 110, (x, y) => (((x >> 4) + (y >> 4)) % 2 ? [200, 20, 40] : [250, 200, 20])) }],
  },
  {
    slug: 'online-casino-de',
    cat: 'spam',
    lang: 'de',
    date: '2025-06-21 23:04:18 +0200',
    from: 'Glücks-Palast <bonus@gluecks-palast24.example>',
    to: 'b.lenz@lenz-verpackung.example',
    subject: 'Birgit, 150 Freispiele gutgeschrieben – nur heute aktivieren!',
    text: `Hallo Birgit,

wir haben Ihrem Konto soeben 150 FREISPIELE gutgeschrieben!!!

+++ 300% Einzahlungsbonus bis 1.500 EUR +++
+++ Auszahlung in unter 5 Minuten +++
+++ Keine deutsche Lizenz = keine Limits, kein Einsatzlimit +++

Jetzt aktivieren, bevor der Bonus um Mitternacht verfällt:
http://gluecks-palast24.example/de/bonus?u=blenz

Viel Glück!
Ihr Glücks-Palast VIP-Team

Abmelden: http://gluecks-palast24.example/abmelden
`,
  },
  {
    slug: 'payday-loan-approved',
    cat: 'spam',
    date: '2025-04-11 06:33:09 -0500',
    from: 'Fast Cash Approvals <decisions@quickfunds-now.example>',
    to: 'rokafor@summit-hvac.example',
    subject: 'APPROVED: $2,500 can be in your account by tomorrow',
    text: `Congratulations!

Your application for a cash advance of up to $2,500 has been PRE-APPROVED.

   > Bad credit? No problem
   > No credit check, no paperwork
   > Funds deposited as soon as tomorrow morning

Confirm your approval in 2 minutes:
http://quickfunds-now.example/confirm?id=RK55019&amt=2500

This offer is reserved for you for 48 hours.

Representative example: $500 borrowed for 14 days, fee $75. APR 391%.
To opt out of future offers visit http://quickfunds-now.example/optout
`,
  },
  {
    slug: 'merchant-cash-advance-b2b',
    cat: 'spam',
    date: '2025-08-06 09:14:40 -0400',
    from: 'Jason Miller <jason@capitalbridge-funding.example>',
    to: 'aruiz@ruiz-family-law.example',
    subject: 'Ruiz Family Law - working capital offer ($150k)',
    text: `Hi Angela,

Your business has been identified as eligible for up to $150,000 in working capital.

No collateral, no credit check, approval in 4 hours, funding in 24. Most of our clients
use it for payroll, equipment or marketing. Payments come automatically from daily sales,
so you never miss one.

All I need are your last 3 months of bank statements. Reply with them to this email or
upload them here: http://capitalbridge-funding.example/apply?ref=am150

Jason Miller
Senior Funding Advisor
(888) 555-0143

If you'd rather not hear from me, reply "stop".
`,
  },
  {
    slug: 'crypto-celebrity-fake-news',
    cat: 'spam',
    date: '2025-05-19 11:52:33 +0000',
    from: 'Finance Daily <news@finance-daily-report.example>',
    to: 'liam.foster@peakform-retail.example',
    subject: 'BREAKING: Famous TV host reveals the "loophole" banks want banned',
    html: `<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<p style="color:#c00;font-size:12px">EXCLUSIVE &middot; FINANCE</p>
<h1 style="font-size:28px">"I made &pound;27,000 in my first month" &ndash; the investment platform the Bank of England tried to stop</h1>
<p><i>Published 2 hours ago &middot; 14,382 comments</i></p>
<p>In a live interview that was quickly taken off air, the popular presenter revealed how ordinary people are using an automated crypto trading platform called <b>Quantum Yield AI</b> to earn thousands per week from home.</p>
<p>"You deposit &pound;250, and the AI does the rest. My neighbour paid off her mortgage in three months," he said before the broadcaster cut to an advertisement.</p>
<p>Since the interview, the major banks have lobbied to shut it down. We tested it ourselves: <b>&pound;250 became &pound;3,917 in 6 days.</b></p>
<p style="text-align:center"><a href="http://quantum-yield-ai.example/lp/uk?aff=5510&amp;sub=news" style="font-size:22px;color:#fff;background:#090;padding:14px 24px;text-decoration:none">&raquo; REGISTER FREE BEFORE IT'S BANNED &laquo;</a></p>
<p style="font-size:10px;color:#999">Only 37 places left in your region today.</p>
</body></html>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'token-presale-100x',
    cat: 'spam',
    date: '2025-11-02 14:20:00 +0000',
    from: 'PEPEMOON Presale <hello@pepemoon-presale.example>',
    to: 'priya@kestrel-analytics.example',
    subject: 'Stage 3 closes in 6h - $PEPEMOON listing on 4 exchanges confirmed 🚀',
    text: `GM!

The $PEPEMOON presale is 91% sold out. Stage 3 price: $0.00042. Listing price: $0.0042.

That's 10x before the token even lists. Analysts are calling 100x by Q1.

  - audited contract (trust us)
  - liquidity locked for 12 months
  - 40% staking APY from day one

Buy with ETH, USDT or card: http://pepemoon-presale.example/buy

Not financial advice. DYOR. WAGMI 🐸🌕
`,
  },
  {
    slug: 'seo-guest-post-subtle',
    cat: 'spam',
    date: '2025-07-08 10:11:12 +0530',
    from: 'Emma Wilson <emma.outreach@contentreach-media.example>',
    to: 'info@copperline-coffee.example',
    subject: 'Collaboration on copperline-coffee.example',
    text: `Hi there,

I came across your website and really enjoyed your recent article. I'm a content writer
and I'd love to contribute a high-quality, 100% original guest post to your blog on a
topic relevant to your audience.

In return, I'd just ask for one do-follow link in the author bio. I can also offer a
fee for a permanent placement if you accept sponsored posts - please share your price.

Looking forward to hearing from you.

Best regards,
Emma Wilson
Outreach Manager
`,
  },
  {
    slug: 'seo-first-page-guaranteed',
    cat: 'spam',
    date: '2025-02-17 04:05:27 +0530',
    from: 'Digital Rank Experts <rank@digital-rank-experts.example>',
    to: 'hello@saffron-kitchen.example',
    subject: 'Re: Website ranking on Google first page',
    text: `Hello Business Owner,

I was checking your website and noticed it is not ranking on Google first page for
many important keywords. Also your site has some errors:

1. Low Domain Authority
2. No quality Backlinks
3. Slow loading speed
4. Not mobile friendly

We can give you GUARANTEED 1st page ranking on Google, Yahoo & Bing within 30 days
at very affordable price. We are ISO certified company with 200+ experts.

Kindly reply back for free audit report and price list. Also we do website redesign,
app development and social media marketing.

Thanks & Regards,
Rohan | Sr. SEO Consultant
Note: If you are not interested, please reply "No".
`,
  },
  {
    slug: 'attendee-list-for-sale',
    cat: 'spam',
    date: '2025-04-01 08:48:03 -0400',
    from: 'Sophia Turner <sophia.turner@b2b-datasolutions.example>',
    to: 'j.hofmann@hofmann-maschinenbau.example',
    subject: 'Hannover Messe 2025 attendees list',
    text: `Hi Jonas,

Would you be interested in acquiring the Hannover Messe 2025 Attendees Data List?

List includes: Company Name, Contact Name, Job Title, Email, Phone Number, Website,
Industry and more.

Total count: 128,762 verified contacts
Cost: $1,997 (limited-time offer)

Let me know your interest so I can share the sample and pricing.

Regards,
Sophia Turner
Marketing Coordinator

If you don't wish to receive further emails, reply with "Leave Out".
`,
  },
  {
    slug: 'decision-maker-email-list',
    cat: 'spam',
    date: '2025-09-22 15:30:12 +0000',
    from: 'Lisa Grant <lisa@leadvault-lists.example>',
    to: 'nate@quarrysoft.example',
    subject: 'CIO / CISO contacts list',
    eol: 'lf',
    text: `Hi Nate,

Are you looking for CIO, CISO and IT Director contacts in the US insurance industry?
We have 42k verified decision makers with direct emails and mobile numbers. 95%
deliverability guaranteed. Can I send you counts and a free sample of 50?

Lisa
`,
  },
  {
    slug: 'replica-watches',
    cat: 'spam',
    date: '2025-03-09 02:17:44 +0800',
    from: 'Luxury Replica Store <sale@swiss-replica-luxe.example>',
    to: 'dcho@lakeshore-insurance.example',
    subject: 'Rolex, Omega, Patek - Swiss grade 1:1 replicas 80% OFF',
    html: `<div style="font-family:Arial;text-align:center">
<h2 style="color:#b8860b">SWISS 1:1 REPLICA WATCHES</h2>
<p>Rolex Submariner &middot; Daytona &middot; Omega Seamaster &middot; Patek Philippe Nautilus &middot; AP Royal Oak</p>
<p><b>Nobody can tell the difference &ndash; not even a jeweller!</b></p>
<p>Swiss ETA movement &middot; 904L steel &middot; sapphire crystal &middot; box &amp; papers included</p>
<p style="font-size:22px;color:red">Prices from $189 &ndash; 80% OFF today</p>
<p><a href="http://swiss-replica-luxe.example/?c=wm" style="font-size:18px">&gt;&gt; VISIT OUR SHOP &lt;&lt;</a></p>
<p style="font-size:10px;color:#aaa">Free worldwide shipping &middot; pay by PayPal or crypto</p>
</div>
`,
  },
  {
    slug: 'sacs-luxe-repliques-fr',
    cat: 'spam',
    lang: 'fr',
    date: '2025-10-12 05:40:29 +0800',
    from: 'Boutique Prestige <contact@prestige-sacs-outlet.example>',
    to: 'communication@groupe-vernet.example',
    subject: 'Sacs de créateurs -75% : Louis V, Chan3l, Herm3s – stock limité',
    text: `Bonjour,

DÉSTOCKAGE EXCEPTIONNEL !!! Sacs de créateurs qualité miroir à partir de 79 €

- Modèle « Speedy » et « Neverfull » : 89 €
- « Classic Flap » cuir caviar : 129 €
- « Birkin » 30 cm : 199 €

Livraison discrète en 5 jours. Paiement sécurisé.
👉 http://prestige-sacs-outlet.example/fr/promo

Offre valable jusqu'à épuisement des stocks.
`,
  },
  {
    slug: 'dating-lonely-profile',
    cat: 'spam',
    date: '2025-05-27 21:33:51 +0000',
    from: 'Jessica <jessica.m@hotdates-nearby.example>',
    to: 'bcastillo@delta-conveyor.example',
    subject: 'hey, are you still looking? 😘',
    eol: 'lf',
    text: `hey you :)

i saw your profile and i think you are cute. i'm 27 and i just moved to your area
and honestly i'm a bit lonely... i don't want anything serious, just some fun 😉

i put some new pics on my page, i'm "jess_27" there. it's free to sign up:
http://hotdates-nearby.example/p/jess_27?src=mail

don't make me wait too long!! xoxo
Jess
`,
  },
  {
    slug: 'romance-scam-long-letter',
    cat: 'spam',
    date: '2025-08-30 16:02:47 +0300',
    from: 'Anastasia <anastasia.kovaleva@lovemail-world.example>',
    to: 'derek.saunders@brightwater-logistics.example',
    subject: 'I found your email and want to write you',
    text: `Hello my dear friend!

My name is Anastasia, I am 31 years old and I live in a small city near Kazan. I found
your email address on a site of acquaintances and I decided to write you, because your
email was looking kind and serious man.

I am a nurse in children hospital. I like cooking, long walks and I dream to visit
America and see the ocean. I am very tired of men in my country who drink and do not
respect woman. I am looking for a serious relationship with a kind man, age is not
important for me.

If you are interested, please write me back and I will send you my photos and tell
more about myself. I will be waiting for your answer with impatience!

Your new friend,
Anastasia
`,
  },
  {
    slug: 'widow-inheritance-419',
    cat: 'spam',
    date: '2025-01-29 12:00:03 +0100',
    from: 'Mrs. Helen Marguerite <helen.marguerite@privatemail-box.example>',
    replyTo: 'helen.marguerite2@secure-inbox.example',
    to: 'undisclosed-recipients:;',
    subject: 'My Dear Beloved In Christ',
    text: `My Dear Beloved,

I am Mrs. Helen Marguerite, a widow to late Mr. Robert Marguerite who worked with the
French embassy in Ivory Coast for nine years before he died in 2019. I am 68 years old
and I am suffering from oesophageal cancer. My doctor told me that I may not last for
the next two months.

Before my husband died he deposited the sum of $4,500,000.00 (Four Million Five Hundred
Thousand United States Dollars) with a bank here in Abidjan. Since I have no child to
inherit this money, I have decided to donate it to a God-fearing person who will use it
for orphanages, widows and the less privileged.

I want you to receive this fund and use 70% for charity work while 30% will be for you
and your family. Please reply with your full name, address, age, occupation and private
phone number so I can introduce you to the bank as my beneficiary.

May God bless you,
Mrs. Helen Marguerite
`,
  },
  {
    slug: 'crude-oil-commission-419',
    cat: 'spam',
    date: '2025-06-05 09:41:16 +0100',
    from: 'Dr. Samuel Okonkwo <dr.samuel.okonkwo@nnpc-contracts.example>',
    to: 'kmills@ironleaf-mfg.example',
    subject: 'CONFIDENTIAL BUSINESS PROPOSAL - USD 18.6M',
    text: `ATTN: THE MANAGING DIRECTOR

I am Dr. Samuel Okonkwo, Director of Contract Audits in the Ministry of Petroleum
Resources. During our recent audit we discovered an over-invoiced contract sum of
USD 18,600,000.00 (Eighteen Million Six Hundred Thousand US Dollars) which is floating
in our suspense account.

As civil servants we are not allowed to operate foreign accounts, so we need a reliable
foreign partner to receive the funds as the beneficiary contractor. You will receive 35%
of the total sum for your assistance. The transaction is 100% risk free and will be
concluded within 14 working days.

Kindly treat as strictly confidential and reply with your company name, full address and
direct telephone number.

Yours faithfully,
Dr. Samuel Okonkwo
`,
  },
  {
    slug: 'euro-lottery-winner',
    cat: 'spam',
    date: '2025-03-21 10:00:00 +0100',
    from: 'EuroMillions Promotion Board <claims@euromillions-award.example>',
    to: 'h.clarke@northgate-supplies.example',
    subject: 'WINNING NOTIFICATION: Ref EM/2025/0874 - €850,000.00',
    text: `EUROMILLIONS INTERNATIONAL PROMOTION
Ref: EM/2025/0874   Batch: 18/033/IPD

Dear Winner,

We are pleased to inform you that your email address was selected in our annual online
email draw held on 19 March 2025. Your email was attached to ticket number 056-1128-5590
and won the sum of €850,000.00 (Eight Hundred and Fifty Thousand Euros).

To begin your claim, contact our claims agent with the following:
  1. Full name   2. Address   3. Phone   4. Age   5. Occupation   6. Copy of ID

Claims agent: Mr. Pedro Alvarez
Email: pedro.alvarez.claims@euromillions-award.example
Phone: +34 555 012 884

Note: winnings must be claimed within 14 days or they will be returned to the treasury.
Keep this notification confidential to avoid double claims.

Mrs. Laura Sanchez
Promotions Manager
`,
  },
  {
    slug: 'loteria-premio-es',
    cat: 'spam',
    lang: 'es',
    date: '2025-12-27 13:13:13 +0100',
    from: 'Lotería Internacional <premios@loteria-navidad-intl.example>',
    to: 'compras@talleres-beltran.example',
    subject: 'Felicidades: su dirección ha ganado 615.000 € en el sorteo especial',
    text: `ESTIMADO GANADOR:

Nos complace comunicarle que su dirección de correo electrónico ha resultado premiada
con 615.000,00 € en el Sorteo Especial Internacional celebrado el 22 de diciembre.

Para tramitar el cobro debe abonar únicamente los gastos de notaría y transferencia
(450 €) y enviarnos los siguientes datos: nombre completo, DNI, dirección y teléfono.

Contacte con su agente asignado, D. Fernando Ruiz: +34 555 019 332

Dispone de 10 días hábiles para reclamar el premio.

Atentamente,
Departamento de Premios
`,
  },
  {
    slug: 'diabetes-miracle-cure',
    cat: 'spam',
    date: '2025-09-14 07:07:07 -0400',
    from: 'Dr. Mark Stevens <drmark@health-breakthrough-daily.example>',
    to: 'gfoster@cascade-benefits.example',
    subject: 'Doctors stunned: this 10-second morning ritual reverses type 2 diabetes',
    html: `<div style="font-family:Arial;max-width:560px;font-size:16px;line-height:1.5">
<p>Dear friend,</p>
<p>What if I told you that a simple 10-second ritual, using an ingredient already in your kitchen, could bring your blood sugar back to normal in as little as 21 days &ndash; <b>without insulin, metformin or diets</b>?</p>
<p>Big Pharma doesn't want you to see this video. It has already been taken down twice.</p>
<p><a href="http://glucoreset-video.example/watch?v=3&amp;src=em"><b>&#9654; Watch the free presentation before it's removed again</b></a></p>
<p>Over 67,000 people have already reversed their diabetes with this method. You could be next.</p>
<p>To your health,<br>Dr. Mark Stevens</p>
<p style="font-size:10px;color:#999">These statements have not been evaluated by the FDA. <a href="http://glucoreset-video.example/remove">Unsubscribe</a></p>
</div>
`,
  },
  {
    slug: 'keto-gummies-tv-show',
    cat: 'spam',
    date: '2025-01-06 18:19:20 +0000',
    from: 'Slim Secrets <news@slimsecrets-today.example>',
    to: 'samira.haddad@hartwell-dental.example',
    subject: 'As seen on TV: melt 23 lbs of belly fat without diet or exercise',
    text: `NEW YEAR, NEW YOU!

The keto gummies that had the TV investors fighting over a deal are finally available
in the US.

✔ Burns fat instead of carbs for energy
✔ No diet, no gym, no side effects
✔ Customers report losing 23 lbs in the first month

TODAY ONLY: Buy 3 bottles, get 2 FREE + free shipping
>> http://slimsecrets-today.example/keto?offer=3plus2

Stock is running low due to high demand.

Results not typical. Unsubscribe: http://slimsecrets-today.example/unsub
`,
  },
  {
    slug: 'work-from-home-350-a-day',
    cat: 'spam',
    date: '2025-02-24 13:01:44 -0600',
    from: 'Remote Careers <jobs@easy-home-income.example>',
    to: 'marketing@tidewell-hr.example',
    subject: 'Earn $350/day from home - no experience, start today',
    text: `Hello,

We are hiring 50 people in your area to work from home. No experience needed!

 - Work 2-3 hours per day from your phone or laptop
 - Earn $250 to $350 per day, paid daily
 - No selling, no interviews, no boss

This is not a scam. Thousands of moms, students and retirees are already earning.
Spots are filling fast - only 7 positions remaining.

Get started: http://easy-home-income.example/start?id=4410

Earnings not guaranteed. Reply STOP to unsubscribe.
`,
  },
  {
    slug: 'mystery-shopper-check-scam',
    cat: 'spam',
    date: '2025-10-20 10:44:31 -0400',
    from: 'Customer Experience Dept <evaluations@shopper-quality-group.example>',
    to: 'office@tandem-coworking.example',
    subject: 'Mystery Shopper Assignment - $400 per assignment',
    text: `Dear Applicant,

Congratulations! You have been selected to take part in our Secret Shopper programme
in your area.

Your first assignment: evaluate a money transfer service. We will send you a cheque for
$2,450.00 by courier. Deposit it, keep $400 as your payment, and use the remaining
balance to purchase gift cards at a local store and send us the card numbers for the
evaluation report.

To receive your assignment pack please reply with:
Full Name / Address / City / State / Zip / Mobile number / Age

Regards,
Mary Collins
Assignment Coordinator
`,
  },
  {
    slug: 'penny-stock-alert',
    cat: 'spam',
    date: '2025-07-23 08:29:00 -0400',
    from: 'Wall Street Insider Alerts <alerts@otc-insider-picks.example>',
    to: 'valvarez@alvarez-construction.example',
    subject: 'URGENT ALERT: GXPR set to explode - 1,200% upside',
    text: `*** MARKET OPEN ALERT ***

Ticker: GXPR (OTC)
Current price: $0.11
Short-term target: $1.45

GreenX Power Resources has just signed a LETTER OF INTENT with a major EV battery
maker. News hits the wire THIS WEEK. Insiders are already loading up.

Our last three picks gained 640%, 1,180% and 890%. Don't miss this one.

Get in BEFORE the announcement!

Disclaimer: We have been compensated $85,000 by a third party for this profile. We may
sell shares at any time. This is not investment advice.
`,
  },
  {
    slug: 'vehicle-warranty-final-notice',
    cat: 'spam',
    date: '2025-05-02 11:21:36 -0500',
    from: 'Vehicle Service Dept <notices@auto-protection-center.example>',
    to: 'dreyes@alvarez-construction.example',
    subject: 'FINAL NOTICE: your vehicle warranty is about to expire',
    text: `FINAL NOTICE - VEHICLE SERVICE CONTRACT

Our records indicate that the factory warranty on your vehicle has expired or is about
to expire. This is your final opportunity to activate extended coverage before your file
is closed.

Coverage up to 250,000 miles - engine, transmission, electrical, A/C.
Plans from $79/month. $0 deductible options available.

Call 1-855-555-0163 within 72 hours to avoid a lapse in coverage.

Reference: VSC-55019-TX
`,
  },
  {
    slug: 'retail-reward-survey-scam',
    cat: 'spam',
    date: '2025-11-25 15:15:02 +0000',
    from: 'Costco Rewards <rewards@member-loyalty-survey.example>',
    to: 'jenna@mosaicprint.example',
    subject: 'Congratulations! You have been chosen for a $500 Costco reward',
    html: `<div style="font-family:Arial;text-align:center;max-width:500px;margin:auto">
<p style="font-size:13px;color:#666">Costco Member Appreciation &middot; Survey ID 5591-223</p>
<h2 style="color:#005daa">You've been selected!</h2>
<p>Answer 4 quick questions about your shopping experience and claim your exclusive <b>$500 reward card</b>.</p>
<p>Only <b>3 rewards</b> remain for today.</p>
<p><a href="http://member-loyalty-survey.example/c/costco?s=5591" style="background:#e31837;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold">START SURVEY</a></p>
<p style="font-size:9px;color:#aaa">This promotion is not sponsored, endorsed or administered by Costco. Small shipping fee applies. To unsubscribe write to PO Box 555, Wilmington DE.</p>
</div>
`,
  },
  {
    slug: 'sextortion-bitcoin',
    cat: 'spam',
    date: '2025-04-30 04:44:12 +0000',
    from: 'pnovak@novak-physio.example',
    to: 'pnovak@novak-physio.example',
    subject: 'Your account has been hacked. Change your password immediately.',
    eol: 'lf',
    text: `Hello!

I am a hacker who has access to your operating system. I also have full access to your
account. You may not believe it, but I sent you this email from your account.

A few months ago I installed a trojan on your device through an adult site you visited.
I recorded a video of you through your webcam while you were watching, and I have all
your contacts, messages and browsing history.

If you want me to delete everything, send $1,450 in Bitcoin to this address:
bc1q9x7k2v5m8n3p0r4t6w8y2a4c6e8g0j2l4n6q

You have 48 hours after opening this email. I will know when you read it. If I don't
receive the payment, I will send the video to all your contacts and colleagues.

Do not reply to this email and do not go to the police - they can't help you.
`,
  },
  {
    slug: 'offshore-dev-kindly-revert',
    cat: 'spam',
    date: '2025-08-12 05:55:40 +0530',
    from: 'Ankit Sharma <ankit@webappz-solutions.example>',
    to: 'info@fernhill-digital.example',
    subject: 'Dedicated developers @ $12/hr - WordPress, Shopify, React, AI',
    text: `Hi,

Hope you are doing well.

We are a leading IT company with 12+ years experience and 350+ developers providing
dedicated resources for: WordPress, Shopify, Laravel, React, Node JS, Flutter,
AI/ML, ChatGPT integration, and much more.

 - Rates start from $12/hr
 - Free trial of 1 week
 - NDA signed, 100% satisfaction

Please let me know if you have any requirement, we can share our portfolio and rates.
Kindly revert.

Thanks & Regards
Ankit
`,
  },
  {
    slug: 'bulk-email-bypass-filters',
    cat: 'spam',
    date: '2025-03-30 20:08:59 +0000',
    from: 'InboxBlaster <sales@inboxblaster-pro.example>',
    to: 'marketing@greenfold-packaging.example',
    subject: 'Send 1,000,000 emails/day straight to INBOX (not spam)',
    html: `<p><b>TIRED OF YOUR EMAILS LANDING IN SPAM?</b></p>
<p>InboxBlaster PRO uses rotating IPs, fresh domains and AI-written content to get past Gmail, Outlook and Yahoo filters. 99% inbox rate guaranteed.</p>
<ul><li>Unlimited sends from $49/month</li><li>No opt-in lists required &ndash; bring any list!</li><li>Built-in list of 250M verified B2B emails</li><li>Automatic spintax and image obfuscation</li></ul>
<p><a href="http://inboxblaster-pro.example/pricing">Start blasting today &raquo;</a></p>
`,
  },
  {
    slug: 'hidden-text-word-salad',
    cat: 'spam',
    date: '2025-06-09 01:15:27 +0000',
    from: 'Exclusive Deals <deal@offers-mailhub.example>',
    to: 'aruiz@ruiz-family-law.example',
    subject: 'Re: your order',
    html: `<html><body>
<div style="display:none;font-size:0;color:#ffffff">meeting agenda quarterly report invoice attached thanks regards project update schedule team lunch weather tomorrow</div>
<p style="font-family:Arial;font-size:15px">Hi,</p>
<p style="font-family:Arial;font-size:15px">Your exclusive <b>R<span style="font-size:0">x</span>ay-<span style="font-size:0">q</span>Ban</b> outlet voucher is ready: all sunglasses <b>-85%</b> today only.</p>
<p><a href="http://rb-outlet-sale.example/v/8821"><img src="http://rb-outlet-sale.example/img/banner.jpg" width="500" alt="CLICK HERE"></a></p>
<p style="color:#fefefe;font-size:2px">Lorem ipsum dolor sit amet consectetur the quick brown fox jumps over lazy dog conference call budget approval vendor contract renewal</p>
<p style="font-size:1px;color:#fff">${'a '.repeat(120).trim()}</p>
</body></html>
`,
  },
  {
    slug: 'image-only-spam',
    cat: 'spam',
    date: '2025-09-03 17:42:08 +0000',
    from: 'Special Offer <promo@daily-megadeal.example>',
    to: 'h.clarke@northgate-supplies.example',
    subject: 'open me',
    html: `<html><body><center><a href="http://daily-megadeal.example/go/55"><img src="cid:offer-img" alt=""></a></center></body></html>`,
    inline: [{ cid: 'offer-img', name: 'img_0042.png', content: png(240, 240, (x, y) => ((x - 120) ** 2 / 4 + (y - 120) ** 2 < 3600 ? [30, 90, 220] : [255, 255, 255])) }],
  },
  {
    slug: 'homoglyph-zero-width-pharma',
    cat: 'spam',
    date: '2025-12-05 09:09:09 +0000',
    from: 'Men\'s Health Store <care@mens-vitality-shop.example>',
    to: 'pieter@vdberg-installatie.example',
    subject: `${zw('Viagra')} and ${zw('Cialis')} – 90% оff todаy`,
    text: `Gеnеriс ${zw('VIAGRA')} 100mg – $0.75
Gеnеriс ${zw('CIALIS')} 20mg – $0.95

Nо рrеsсriрtiоn. Discreet shipping from our EU warehouse.

httр://mens-vitality-shop.example/eu
`,
  },
  {
    slug: 'fake-google-reviews',
    cat: 'spam',
    date: '2025-10-01 12:12:12 +0000',
    from: 'ReviewBoost <team@reviewboost-5star.example>',
    to: 'hello@copperline-coffee.example',
    subject: 'Get 50 five-star Google reviews this week (undetectable)',
    text: `Hi,

I noticed Copperline Coffee has a 4.1 rating on Google Maps. Did you know that moving
to 4.8 can increase walk-ins by 35%?

We post real-looking 5-star reviews from aged local-guide accounts, spread over several
weeks so Google never flags them. We can also get negative reviews removed.

  20 reviews  $99
  50 reviews  $199
  100 reviews $349

Payment after delivery. Reply "YES" for a free sample of 3 reviews.
`,
  },
  {
    slug: 'debt-relief-consolidation',
    cat: 'spam',
    date: '2025-01-23 10:30:05 -0500',
    from: 'National Debt Relief Programs <help@debtfree-fastlane.example>',
    to: 'rokafor@summit-hvac.example',
    subject: 'Rita, you may qualify to cut your debt in half - check in 60 seconds',
    html: `<table width="560" style="font-family:Arial;font-size:15px"><tr><td>
<p>Rita,</p>
<p>Congress recently passed new relief measures, and thousands of Americans with $10,000+ in credit card debt are having their balances reduced by up to <b>50%</b>.</p>
<p>There is no cost to check. It will not affect your credit score.</p>
<p><a href="http://debtfree-fastlane.example/check?z=80203&amp;r=ro">See if you qualify &rarr;</a></p>
<p style="font-size:10px;color:#888">This is an advertisement. Not a government program. Results vary. Unsubscribe at debtfree-fastlane.example/unsub or write to 555 Market St, Suite 9, Dover DE.</p>
</td></tr></table>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'bitcoin-platform-nl',
    cat: 'spam',
    lang: 'nl',
    date: '2025-04-16 20:20:20 +0200',
    from: 'Financieel Nieuws <redactie@financieel-nieuws-vandaag.example>',
    to: 'm.jansen@jansen-accountants.example',
    subject: 'Nederlanders verdienen €1.200 per dag met deze nieuwe Bitcoin-app',
    text: `Beste lezer,

Na de uitzending van gisteravond staat de telefoon niet meer stil: een nieuwe
handelsapp op basis van kunstmatige intelligentie laat gewone Nederlanders tot
€1.200 per dag verdienen – zelfs zonder ervaring.

"Ik heb €250 ingelegd en had binnen een week €4.800," vertelt Sandra (54) uit Zwolle.

De banken zijn woedend en willen de app laten verbieden. Registreer nu gratis
zolang het nog kan:

http://ai-bitcoin-app-nl.example/registreer?bron=nieuwsbrief

Nog maar 19 plaatsen beschikbaar vandaag.
`,
  },
  {
    slug: 'guadagna-da-casa-it',
    cat: 'spam',
    lang: 'it',
    date: '2025-07-29 09:34:56 +0200',
    from: 'Lavoro Facile <info@lavoro-facile-casa.example>',
    to: 'hr@officine-rinaldi.example',
    subject: 'Guadagna 500€ al giorno da casa – bastano 2 ore!',
    text: `Ciao!

Stiamo cercando 30 persone nella tua zona per un lavoro semplicissimo da casa.

✅ Nessuna esperienza richiesta
✅ Solo 2 ore al giorno dal tuo smartphone
✅ Guadagni fino a 500€ al giorno, pagati ogni settimana

Non è uno scherzo! Migliaia di italiani lo stanno già facendo.
Iscriviti subito, i posti stanno finendo:

http://lavoro-facile-casa.example/iscriviti?r=it22

Per non ricevere più queste email rispondi CANCELLA.
`,
  },
  {
    slug: 'business-directory-contract-de',
    cat: 'spam',
    lang: 'de',
    date: '2025-02-11 08:05:31 +0100',
    from: 'Gewerbe-Register Zentrale <eintrag@gewerbe-register-zentrale.example>',
    to: 'info@albrecht-metallbau.example',
    subject: 'Aktualisierung Ihres Firmeneintrags – Rückmeldung bis 25.02. erforderlich',
    text: `Sehr geehrte Damen und Herren,

zur Aktualisierung der Daten Ihres Unternehmens im Gewerbe-Register bitten wir Sie, die
unten stehenden Angaben zu prüfen, ggf. zu korrigieren und das Formular unterschrieben
bis zum 25.02.2025 an uns zurückzusenden.

  Firma:      Albrecht Metallbau GmbH
  Anschrift:  Gewerbestraße 4, 73430 Aalen
  Branche:    Metallbau / Stahlbau

Das Formular erreichen Sie hier: http://gewerbe-register-zentrale.example/formular/AM-55019

Hinweis: Mit der Rücksendung beauftragen Sie den Eintrag in unser Online-Branchenbuch für
eine Laufzeit von 3 Jahren zum Preis von 998,00 EUR netto pro Jahr. Die Angaben dienen
der Veröffentlichung im Internet. Es handelt sich nicht um eine amtliche Registrierung.

Mit freundlichen Grüßen
Ihr Datenservice-Team
`,
  },
  {
    slug: 'domain-name-registrar-scam',
    cat: 'spam',
    date: '2025-11-18 10:48:29 +0800',
    from: 'Jim Chen <jim.chen@asia-domain-registry.example>',
    to: 'admin@ironleaf-mfg.example',
    subject: 'Notice: "ironleaf-mfg" domain names and keyword registration',
    text: `(Please forward this to your CEO, because this is urgent. Thanks)

Dear CEO,

We are a Network Service Company which is the domain name registration center in Asia.
On November 17, 2025, we received an application from Hongtai Trading Ltd requesting
"ironleaf-mfg" as their internet keyword and Asian domain names (ironleaf-mfg.cn,
ironleaf-mfg.com.cn, ironleaf-mfg.hk, ironleaf-mfg.asia).

After checking, we found these names conflict with your company's name or trademark. In
order to deal with this matter better, we send this email to you to confirm whether this
company is your distributor or business partner in Asia.

Best Regards,
Jim Chen | Service & Operations Manager
`,
  },
  {
    slug: 'erc-tax-credit-mill',
    cat: 'spam',
    date: '2025-03-18 12:40:00 -0400',
    from: 'ERC Specialists <claims@erc-refund-experts.example>',
    to: 'valvarez@alvarez-construction.example',
    subject: 'Your business may be owed up to $26,000 per employee',
    text: `Hi Victor,

Most small business owners don't know they still qualify for the Employee Retention
Credit - even if they received PPP loans or revenue went UP.

  > Up to $26,000 per W-2 employee
  > No upfront fees - we only get paid when you do (25% of refund)
  > 8-minute eligibility check

The IRS deadline is approaching. Don't leave money on the table:
http://erc-refund-experts.example/check?src=vc

ERC Specialists
Reply UNSUBSCRIBE to opt out.
`,
  },
  {
    slug: 'toner-cartridge-clearance',
    cat: 'spam',
    date: '2025-06-26 07:12:44 +0000',
    from: 'Office Supply Clearance <sales@toner-clearance-depot.example>',
    to: 'reception@baylis-architects.example',
    subject: 'Re: Toner order - price confirmation',
    text: `Hello,

Following up on your toner order. As a returning customer you qualify for our
clearance pricing on compatible cartridges:

  HP 89A compatible .... $18.90  (OEM $139)
  HP 26X compatible .... $21.50
  Brother TN-760 ....... $9.99

Please confirm your shipping address and we will dispatch today. Invoice will follow
with 15 day terms.

Thank you,
Order Desk
`,
  },
]);
