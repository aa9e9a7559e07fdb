'use strict';
const A = require('../build-attachments.cjs');
const CRM = 'Valley CRM Mailer 3.8';
const ESP = 'Valley CRM Campaigns';
const S = (slug, date, from, to, subject, text, more = {}) => ({ slug, cat: 'spam', date, from, to, subject, text, ...more });
module.exports = [
S('pharma-generic-meds', '2025-03-09 03:14:22 +0300', 'CanaMeds Direct <sales@canameds-rx.example>', 'info@westbrook-dental.example', 'Save 80% on your prescriptions - no doctor visit needed',
`Brand and generic medications shipped discreetly worldwide.

  Sildenafil 100mg x 30 ..... $29.95
  Tadalafil 20mg x 30 ....... $34.95
  Modafinil 200mg x 60 ...... $59.00

No prescription required. Bitcoin accepted. Order today and get 10 bonus pills FREE.
http://canameds-rx.example/shop?aff=2231
`, { mailer: 'PHPMailer 5.2.9' }),
S('pharma-obfuscated', '2025-06-21 02:50:00 +0800', '"Dr. Helen" <helen@wellness-rx-shop.example>', 'sales@kestrel-solar.example', 'V1agra & C1al1s - m3n\u2019s h3alth special',
`Hi fr1end,
G3t the b3st pr1ces on V!@gra, C!a1is, L3vitra - 100% or1ginal qual1ty.
Fast sh1pping, n0 Rx.
>> wellness-rx-shop.example/go/77 <<
`, { eol: 'lf' }),
S('casino-bonus-de', '2025-08-02 22:10:00 +0200', 'Glücksstern Casino <bonus@gluecksstern-casino.example>', 'kontakt@physio-wagner.example', '500 € Willkommensbonus + 200 Freispiele für Sie reserviert',
`Hallo,

Ihr persönlicher Bonus wartet: 500 € auf Ihre erste Einzahlung und 200 Freispiele für "Book of Gold".
Nur noch heute gültig! Keine Verifizierung, Auszahlung in 5 Minuten.

Jetzt spielen: https://gluecksstern-casino.example/de/bonus?c=VC500

18+. Glücksspiel kann süchtig machen.
`, { lang: 'de', mailer: ESP, headers: { 'List-Unsubscribe': '<https://gluecksstern-casino.example/u>' } }),
S('casino-html-slots', '2025-12-24 23:59:00 +0000', 'Lucky Reef Slots <vip@luckyreef-slots.example>', 'accounts@marlow-catering.example', 'Christmas Jackpot: 300 FREE SPINS inside',
`300 FREE SPINS - CLAIM NOW https://luckyreef-slots.example/xmas`, { html: `<div style="background:#0b1d3a;color:#ffd700;text-align:center;padding:40px;font-family:Impact"><h1>🎰 CHRISTMAS JACKPOT 🎰</h1><p style="font-size:28px">300 FREE SPINS + 400% BONUS</p><a href="https://luckyreef-slots.example/xmas?src=mail" style="background:#ff0040;color:#fff;padding:14px 30px;font-size:22px;text-decoration:none">CLAIM MY SPINS</a><p style="font-size:9px;color:#567">Wager 60x. Not available in all regions.</p></div>`, htmlOnly: true }),
S('payday-loan-instant', '2025-04-11 07:07:07 -0500', 'QuickCash Today <approve@quickcash-today.example>', 'ops@copperkettle-bakery.example', 'APPROVED: $2,500 can be in your account by tomorrow',
`Congratulations! You've been PRE-APPROVED for up to $2,500.

- Bad credit OK
- No credit check
- Money in 24 hours

Complete your application in 2 minutes: http://quickcash-today.example/apply?id=88120

Representative APR 391%.
`),
S('business-funding-mca', '2025-09-16 10:22:00 -0400', 'Jason | Capital Fast Lane <jason@capitalfastlane.example>', 'owner@lanterncafe.example', 'Re: funding for Lantern Cafe',
`Hi there,

Following up on the working capital for Lantern Cafe. Based on your monthly card sales you
qualify for $50k-$250k, funded in 24h. No collateral, no tax returns needed.

Just reply with your last 3 bank statements and I'll have an offer to you today.

Jason Miller
Senior Funding Advisor
`, { mailer: CRM }),
S('debt-relief', '2025-02-28 12:30:00 -0600', 'National Debt Freedom <help@debtfreedom-now.example>', 'hr@pinebrook-clinic.example', 'Cut your debt in HALF - new federal program',
`Struggling with credit card debt over $10,000?

A little-known program lets you legally reduce what you owe by up to 50%. One low monthly payment.
Thousands of Americans already qualify. See if you do (takes 60 seconds):

http://debtfreedom-now.example/qualify

This is not a loan. Results vary.
To stop receiving these messages write to PO Box 555, Wilmington DE.
`),
S('erc-tax-credit', '2025-05-14 09:45:00 -0400', 'ERC Specialists <claims@erc-refund-pros.example>', 'Mike Duarte <mike@duarte-dental.example>', 'Your practice may still be owed up to $26,000 per employee',
`Hi Mike,

The Employee Retention Credit deadline is approaching. Most dental offices qualify, even if
revenue went up. We work on contingency - you pay nothing unless you get a check.

Reply "CHECK" and we'll run a free eligibility review in 8 minutes.

Steve Carlson, ERC Specialists
`, { mailer: CRM }),
S('crypto-advertorial', '2025-07-03 05:12:00 +0000', 'Financial Daily Report <news@fin-daily-report.example>', 'info@bakker-accountants.example', 'Dutch TV host reveals the "loophole" banks want banned',
`BREAKING: Famous presenter lost his temper on live TV when he revealed how ordinary people are making
EUR 1,500 a day with a new Bitcoin trading platform.

The central bank tried to stop the interview. Read the full story before it is taken down:
https://fin-daily-report.example/nieuws/loophole-2025

Minimum deposit EUR 250. Places are limited for your country.
`),
S('nl-crypto-robot', '2025-10-10 20:20:20 +0200', 'Vermogen Vandaag <info@vermogen-vandaag.example>', 'administratie@glansrijk.example', 'U bent geselecteerd: verdien € 800 per dag met de crypto-robot',
`Goedenavond,

Onze AI-robot handelt automatisch voor u en behaalt 92% winstgevende trades. Geen ervaring nodig.
Start met slechts € 250 en zie uw saldo groeien.

Registreer nu, nog maar 7 plaatsen beschikbaar: https://vermogen-vandaag.example/start
`, { lang: 'nl' }),
S('token-presale', '2025-11-21 14:00:00 +0000', 'NOVA Chain <presale@novachain-token.example>', 'dev@cartly-integrations.example', 'Stage 3 presale ends in 48h - $NOVA listing at 12x',
`$NOVA presale stage 3 is live. Price: $0.0041. Confirmed listing price: $0.05.
Early buyers already up 340%. Whitelist spots closing.

Buy with ETH, USDT or card: https://novachain-token.example/presale
Send ETH directly: 0x0000000000000000000000000000000000000a11

Not financial advice. DYOR.
`, { mailer: ESP }),
S('seo-guest-post-subtle', '2025-06-05 11:03:00 +0000', 'Emily Watson <emily.watson@contentreach-media.example>', 'marketing@sundial-yoga.example', 'Collaboration inquiry for sundial-yoga.example',
`Hi there,

I really enjoyed your recent post about breathing techniques for beginners. I'm a freelance
writer and would love to contribute a free, high-quality article to your blog.

In return I'd only ask for one do-follow link to a client of mine in the wellness niche. If you
prefer, we can also pay a small fee ($40-60) for a sponsored post.

Looking forward to your reply,
Emily
`),
S('seo-first-page', '2025-01-27 04:40:00 +0530', 'Rank Boosters <seo@rankboosters-team.example>', 'info@reidjoinery.example', 'Your website is not on Google first page!!',
`Hello Business Owner,

I was checking your website and found it is not ranking on Google for many important keywords.
Also it has 47 errors which are affecting your traffic.

We can bring your website on FIRST PAGE of Google in 30 days GUARANTEED at very low cost.

Kindly revert back for price list and proposal.

Regards,
Rahul
SEO Team Lead
`),
S('attendee-list-seller', '2025-02-19 10:15:00 -0500', 'Stacy Moore <stacy@verified-leads-data.example>', 'Paul Grady <paul@grady-auto.example>', 'SEMA Show 2025 attendees list',
`Hi Paul,

Would you be interested in acquiring the SEMA Show 2025 Attendees List?

List includes: Company name, Contact name, Title, Phone, Email, Website.
Total records: 71,402 verified contacts. Pricing available on request.

Let me know your interest so I can send counts and cost.

Stacy Moore
Data Specialist

If you do not wish to receive further emails, reply "Leave Out".
`),
S('b2b-database-leads', '2025-08-20 09:00:00 +0100', 'Leadsmart Data <hello@leadsmart-data.example>', 'sales@keystone-it.example', '2.4M B2B emails - IT decision makers - 95% deliverability',
`Looking for IT decision makers in the UK & EU? We have 2.4 million opted-in records with direct dials.
Pay once, use forever. Special price this week: £299 for 100k contacts.

Download a free sample: https://leadsmart-data.example/sample
`, { mailer: 'Foxmail 7.2' }),
S('replica-watches', '2025-03-30 01:01:00 +0800', 'Luxury Outlet <deals@lux-timepieces-outlet.example>', 'ben@shaw-it.example', 'Swiss-grade replica watches from $189',
`Rolex, Omega, Patek, AP - 1:1 quality replicas, Swiss movement, sapphire glass.
Indistinguishable from the original. Free express shipping.

Shop: http://lux-timepieces-outlet.example
`),
S('fr-sacs-luxe', '2025-11-08 16:45:00 +0100', 'Boutique Prestige <contact@boutique-prestige-sacs.example>', 'contact@atelier-enseigne.example', 'Sacs de créateurs à -85% : déstockage exceptionnel',
`Bonjour,

Déstockage exceptionnel : sacs Hermès, Chanel, Louis Vuitton à partir de 99 €.
Qualité miroir, livraison offerte en 72 h. Quantités très limitées !

Découvrez la collection : https://boutique-prestige-sacs.example/destockage
`, { lang: 'fr' }),
S('dating-lonely', '2025-05-02 23:30:00 +0300', 'Anastasia <anastasia.k@lovely-hearts.example>', 'kevin@trailhead-av.example', 'i saw your profile',
`Hello my dear,

My name is Anastasia, 29 years old. I saw your profile and you seem very kind man. I am looking
for serious relationship, not games. I have photos for you but I cannot send here.

Write me on my private mail: anastasia.k@lovely-hearts.example

Waiting your answer with hope,
Anastasia
`, { eol: 'lf' }),
S('dating-local-singles', '2025-09-27 21:00:00 +0000', 'Meet Tonight <alerts@meet-tonight-now.example>', 'tbecker@becker-storage.example', '3 women near you sent you a message',
`You have 3 unread messages from women within 5 miles of you.

Jessica (31): "hey, are you free this weekend? ;)"

View messages: https://meet-tonight-now.example/inbox?u=t88
`),
S('419-widow-inheritance', '2025-04-04 08:08:00 +0100', 'Mrs. Margaret Kouassi <mkouassi.foundation@charity-mail.example>', 'info@bayside-chiro.example', 'CHARITY DONATION OF $4.7 MILLION',
`Dearest One,

I am Mrs. Margaret Kouassi, a widow suffering from a long time illness. My late husband left the
sum of US$4,700,000.00 in a bank in Abidjan. My doctor said I may not live more than 3 months.

I have decided to donate this fund to a God fearing person who will use it for charity work and
orphanages. You will take 30% for your efforts.

Please reply with your full name, address and telephone number so the bank can contact you.

Remain blessed,
Mrs. Margaret Kouassi
`),
S('419-oil-contract', '2025-10-19 13:00:00 +0000', 'Dr. Ibrahim Musa <dr.ibrahim.musa@ngn-petro.example>', 'accounts@greenway-arborists.example', 'Strictly confidential business proposal',
`Sir/Madam,

I am a senior official in the contract award committee of the national petroleum corporation.
An over-invoiced contract of USD 18.5M has been approved and is ready for transfer to a foreign
account. We need a trustworthy partner to receive the fund. You will receive 25%.

This transaction is 100% risk free. Kindly reply with your private phone number.

Dr. Ibrahim Musa
`),
S('lottery-winner', '2025-07-19 06:00:00 +0000', 'International Lotto Board <claims@intl-lotto-board.example>', 'orders@lanterncafe.example', 'Winning Notification - Ref: ILB/2025/0719',
`We are pleased to inform you that your email address won USD 850,000.00 in the International
Email Lottery Programme held on 15 July 2025. Winning number: 07-14-22-39-41.

To claim, contact our agent Mr. Peter Brown with your Ref number and pay the processing fee of
USD 195 (refundable).

Agent e-mail: peter.brown.claims@intl-lotto-board.example
Phone: +44 20 5555 0190
`),
S('es-loteria-premio', '2025-12-22 10:00:00 +0100', 'Loteria Navidad Internacional <premios@loteria-internacional.example>', 'compras@hotelmiramar-sitges.example', 'Enhorabuena: su dirección ha ganado 1.200.000 €',
`Estimado/a ganador/a:

Su dirección de correo electrónico ha sido seleccionada en el sorteo especial de Navidad con un
premio de 1.200.000 €. Para la liberación del premio debe abonar las tasas notariales (450 €)
y enviar copia de su DNI.

Contacte con nuestro abogado: Lic. Alberto Ruiz, tel. +34 655 555 012.
`, { lang: 'es' }),
S('miracle-diabetes', '2025-08-08 08:08:08 -0700', 'Natural Health Discovery <info@natural-health-secret.example>', 'kim@ellis-dental.example', 'Doctors stunned: this kitchen spice reverses type 2 diabetes',
`A 67-year-old grandmother from Ohio threw away her insulin after discovering this 10-second
morning ritual. Big Pharma doesn't want you to know about it.

Watch the free presentation before it's removed: https://natural-health-secret.example/v/spice
`),
S('keto-gummies', '2025-01-12 15:00:00 +0000', 'SlimFast Keto <offers@slim-keto-gummies.example>', 'hello@fernandcolour.example', 'Lose 2 dress sizes in 3 weeks (no diet)',
`As seen on TV! Our keto gummies melt fat while you sleep. No diet, no gym. Buy 2, get 3 FREE.
Order today: https://slim-keto-gummies.example/order
`, { html: `<div style="text-align:center"><h2 style="color:#e91e63">As seen on TV!</h2><p>Melt fat while you sleep. No diet. No gym.</p><p><b>BUY 2 GET 3 FREE</b></p><a href="https://slim-keto-gummies.example/order?u=8812">ORDER NOW</a><p style="font-size:8px">*These statements have not been evaluated. Results not typical.</p></div>` }),
S('work-from-home-task', '2025-06-12 12:12:00 +0000', 'Recruitment Team <hiring@remote-task-jobs.example>', 'jake@fuller-survey.example', 'Part-time online job: earn $300-$800 per day',
`Hello,

We got your contact from an online recruitment platform. Our company is looking for part-time
staff to help merchants boost app ratings. Work 60-90 minutes a day from your phone.
Daily pay $300-$800, paid the same day.

Interested? Add our HR on WhatsApp: +1 555 0102 889
`),
S('it-lavoro-casa', '2025-09-09 09:09:09 +0200', 'Selezione Personale <lavoro@opportunita-casa.example>', 'amministrazione@studiolegale-ferri.example', 'Lavoro da casa: 150 € al giorno, anche senza esperienza',
`Buongiorno,

stiamo cercando collaboratori per semplici attività online (valutazione di prodotti).
Impegno: 1 ora al giorno. Compenso: fino a 150 € al giorno, pagamento giornaliero.

Rispondi "SI" per ricevere le istruzioni su Telegram.
`, { lang: 'it' }),
S('penny-stock-pump', '2025-03-17 06:30:00 -0400', 'Small Cap Alerts <alerts@smallcap-rocket.example>', 'finance@oakridge-clinic.example', 'URGENT ALERT: $QRXT set to explode Monday',
`Our last pick went up 640% in 3 days. This one could be BIGGER.

Ticker: QRXT (OTC)
Current price: $0.18
Short-term target: $2.40

A major announcement is expected before market open Monday. Get in before the crowd.

This is a paid advertisement. We hold shares and may sell at any time.
`),
S('car-warranty-notice', '2025-10-03 11:00:00 -0500', 'Vehicle Services Dept <notice@auto-warranty-center.example>', 'ron@pruitt-excavating.example', 'FINAL NOTICE: your vehicle warranty is about to expire',
`Our records show your vehicle's factory warranty has expired or is about to expire. This is your
final courtesy notice before we close your file.

Call now to reinstate coverage: 1-800-555-0199 (reference VSD-4418).
`),
S('offshore-dev-team', '2025-11-13 04:20:00 +0530', 'Arjun Mehta <arjun@techsolutions-global.example>', 'Holly Baird <holly@baird-realty.example>', 'Re: Website & App Development',
`Hi Holly,

Hope you are doing well. I am following up on my previous email. We are a leading IT company
having 12+ years of experience in web design, mobile apps, AI chatbots and digital marketing.

We can offer dedicated developer at $15/hour. Please let me know a suitable time to discuss
your requirement.

Thanks & Regards,
Arjun
`, { mailer: CRM }),
S('bulk-mailer-bypass', '2025-05-25 18:00:00 +0000', 'InboxBlaster Pro <sales@inboxblaster-pro.example>', 'marketing@hollis-architects.example', 'Send 1,000,000 emails/day - 99% inbox, bypass all filters',
`Tired of spam folders? InboxBlaster Pro rotates 5,000 IPs and domains automatically, spins your
content and BYPASSES Gmail, Outlook and corporate filters. Unlimited sending from $49/month.
Free test: https://inboxblaster-pro.example/trial
`),
S('hidden-text-salad', '2025-07-27 02:02:02 +0000', 'Member Benefits <benefits@rewards-members-club.example>', 'owner@lanterncafe.example', 'Your $100 reward is waiting',
`Your $100 reward is waiting. Claim: https://rewards-members-club.example/c/771`, { html: `<div><p>Congratulations, you have been selected for a <b>$100 Costco-style reward</b>.</p><p><a href="https://rewards-members-club.example/c/771">Complete the 30-second survey</a></p><div style="display:none">meeting agenda quarterly report invoice attached project timeline thanks regards schedule</div><p style="font-size:1px;color:#ffffff">river window garden account balance blue orchestra pencil delivery update regards team</p></div>` }),
S('fake-google-reviews', '2025-02-08 10:00:00 +0000', 'Review Growth <hello@review-growth-agency.example>', 'kitchen@blue-heron-bistro.example', '5-star reviews for your restaurant - real accounts',
`Hi,

We provide permanent 5-star Google reviews from real local accounts with photos. Non-drop
guarantee. 10 reviews $79, 50 reviews $299. We can also remove negative reviews.

Reply for a free trial of 2 reviews.
`),
S('de-branchenbuch-falle', '2025-04-15 09:00:00 +0200', 'Deutsches Gewerbeverzeichnis <eintrag@gewerbe-verzeichnis-de.example>', 'info@tischlerei-weber.example', 'Aktualisierung Ihres Firmeneintrags 2025',
`Sehr geehrte Damen und Herren,

bitte prüfen Sie Ihre Firmendaten für das Gewerbeverzeichnis 2025 und senden Sie das
Formular unterschrieben bis zum 30.04. zurück. Die Aktualisierung ist für Sie kostenlos.

(Kleingedruckt: Mit Ihrer Unterschrift beauftragen Sie einen Eintrag zum Preis von 1.186 € netto
jährlich, Laufzeit 3 Jahre.)
`, { lang: 'de', att: [{ name: 'Eintragungsformular_2025.pdf', type: 'application/pdf', content: A.pdf('Eintragungsantrag 2025', ['Firma: ____________', 'Anschrift: ____________', 'Unterschrift: ____________', '', 'Preis 1.186 EUR netto p.a., Laufzeit 36 Monate, verlaengert sich automatisch.']) }] }),
S('domain-registration-asia', '2025-08-25 15:30:00 +0800', 'Jim Chen <jim.chen@asia-domain-registry.example>', 'webmaster@orchard-vets.example', 'Notice: "orchardvets" domain and brand registration',
`(If you are not the person in charge, please forward this to your CEO. Thanks)

Dear CEO,

We are a domain name registration service in Shanghai. We received an application from
"Huang Tai Ltd" to register "orchardvets" as their internet keyword and China/Asia domains
(.cn, .com.cn, .asia). Because this involves your brand, we need to confirm with you first.

If you do not reply within 7 working days we will approve their application.

Best Regards,
Jim Chen | Senior Auditor
`),
S('toner-fake-reorder', '2025-06-18 10:40:00 -0500', 'Supply Dept <orders@office-supply-depot-center.example>', 'office@winslow-physio.example', 'Re: your toner order #44812',
`Hello,

This is to confirm the toner cartridges for your office printer are ready to ship, as per the
verbal order on the phone last week. Price has gone up so we locked your old rate for this
shipment: 6 cartridges, $1,149.00. We'll ship and invoice today unless you reply to cancel.

Supply Dept
`),
S('sextortion-btc', '2025-09-05 03:33:33 +0000', 'jwalsh@walsh-hardware.example', 'jwalsh@walsh-hardware.example', 'Your account has been hacked - read this now',
`Hello,

I have access to your device for a few months now. I recorded you through your camera while you
visited certain websites. I also have all your contacts.

Send $1,450 in Bitcoin to this address: bc1q000000000000000000000000000000000harm1
You have 48 hours. If I get the payment I will delete everything. Don't reply, this address is
not monitored.
`, { returnPath: 'bounce@vps-mail-relay.example', midDomain: 'vps-mail-relay.example' }),
];
