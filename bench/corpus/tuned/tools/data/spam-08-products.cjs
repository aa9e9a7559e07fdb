'use strict';
// Spam (second batch): pharmacy, casino, loans, replicas, weight loss, dating.
const { rcv } = require('../lib/spam.cjs');
module.exports = [
  {
    slug: 'pharma-polite-plain-discreet',
    cat: 'pharmacy',
    from: 'Daniel at HealthDirect <daniel@healthdirect-online-rx.test>',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Following up on your enquiry',
    text: `Hello Martin,

Thank you for your interest. As promised, here are this month's prices on our most
requested items, all generics from licensed manufacturers:

Sildenafil 100 mg, 30 tablets - $34
Tadalafil 20 mg, 30 tablets - $42
Modafinil 200 mg, 30 tablets - $79

No prescription needed, discreet packaging, delivery in 7-14 days. Simply reply to
this email with your order and shipping address and we will send payment options.

Kind regards,
Daniel
`,
  },
  {
    slug: 'pharma-spanish-farmacia',
    cat: 'pharmacy',
    from: 'Farmacia Online 24h <ofertas@farmacia24-sinreceta.test>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'Medicamentos sin receta con 70% de descuento',
    autoText: true,
    html: `<html><body style="font-family:Arial;text-align:center">
<h2 style="color:#2e7d32">FARMACIA ONLINE 24H</h2>
<p>Viagra, Cialis, Levitra y más de 300 productos <b>sin receta</b>.</p>
<p>Envío discreto a toda Europa &middot; Pago seguro &middot; Hasta 70% de descuento</p>
<p><a href="http://198.51.100.19/farmacia/?r=es44" style="font-size:18px;color:#c62828"><b>VER OFERTAS</b></a></p>
<p style="font-size:9px;color:#aaa">Si no desea recibir más correos, ignore este mensaje.</p>
</body></html>
`,
  },
  {
    slug: 'casino-crypto-welcome-package',
    cat: 'casino',
    from: 'LuckyBlock Casino <vip@luckyblock-crypto-casino.test>',
    to: 'Sam Patel <sam.patel@pickwise-robotics.example>',
    subject: 'Sam, 5 BTC welcome package + 250 free spins unlocked',
    received: [rcv('203.0.113.176', 'mx1.luckyblock-crypto-casino.test')],
    autoText: true,
    html: `<html><body style="background:#0b0b2b;color:#fff;font-family:Arial;text-align:center;padding:20px">
<h1 style="color:#ffd600">WELCOME PACKAGE UNLOCKED</h1>
<p style="font-size:18px">Up to <b>5 BTC</b> + <b>250 free spins</b> on your first 3 deposits</p>
<p>No KYC &middot; Instant withdrawals &middot; 4,000+ games</p>
<p><a href="https://bit.ly/lb-casino-vip" style="background:#ffd600;color:#000;padding:14px 34px;text-decoration:none;font-weight:bold;border-radius:30px">CLAIM NOW</a></p>
<p style="font-size:9px;color:#667">18+. Gamble responsibly. T&amp;Cs apply.</p>
</body></html>
`,
  },
  {
    slug: 'casino-italian-scommesse',
    cat: 'casino',
    from: 'Bonus Scommesse <promo@bonus-scommesse-top.test>',
    to: 'amministrazione@ricci-trasporti.example',
    subject: 'Bonus di benvenuto 500 € senza deposito',
    text: `Ciao!

Solo per oggi: bonus di benvenuto di 500 € senza deposito per le scommesse sportive
e il casinò online. Quote maggiorate su Serie A e Champions League.

Registrati in 1 minuto: http://192.0.2.211/scommesse/bonus500

Gioca responsabilmente. Vietato ai minori di 18 anni.
`,
  },
  {
    slug: 'loan-sba-working-capital',
    cat: 'loans',
    from: 'Capital Access Funding <funding@capital-access-funding.test>',
    to: 'Will Barros <will@blueheron-charters.example>',
    subject: 'Blue Heron Charters - working capital up to $250k (approved in 24h)',
    text: `Hi Will,

Blue Heron Charters may qualify for up to $250,000 in working capital, with funds in
your account as soon as tomorrow. No collateral, bad credit OK, 3 months of bank
statements is all we need.

Just reply with your last 3 business bank statements and I'll have an offer for
you today.

Best,
Mike Russo
Senior Funding Advisor
`,
  },
  {
    slug: 'loan-dutch-lening',
    cat: 'loans',
    from: 'Snel Krediet <info@snel-krediet-direct.test>',
    to: 'Sanne de Vries <sanne@groenveld.example>',
    subject: 'Direct EUR 15.000 lenen zonder BKR-toetsing',
    text: `Beste,

Geld nodig? Bij ons leent u tot EUR 15.000 zonder BKR-toetsing, binnen 24 uur op uw
rekening. Lage rente vanaf 1,9%.

Aanvragen kan via: https://tinyurl.com/snelkrediet-nl

Met vriendelijke groet,
Snel Krediet
`,
  },
  {
    slug: 'replica-watches-factory-direct',
    cat: 'replica',
    from: 'Kevin Wong <kevin@watch-factory-direct.test>',
    to: 'Erik Halvorsen <erik@halvorsen-freight.example>',
    subject: 'Hi friend, new arrival 1:1 watches',
    text: `Hi friend,

This is Kevin from the watch factory. We supply top 1:1 quality watches, Swiss
movement, sapphire glass, same weight as original. Rolex, Omega, AP, Patek, Cartier.

Price from $180, free shipping with tracking, 100% delivery guarantee.

Can I send you our latest catalog by WhatsApp?

Best regards,
Kevin
`,
  },
  {
    slug: 'replica-sneakers-outlet',
    cat: 'replica',
    from: 'Sneaker Outlet <sale@sneaker-outlet-store.test>',
    to: 'Rob Evans <rob@lumenfitness.example>',
    subject: 'Jordan, Yeezy, Dunk - 80% off, last sizes',
    autoText: true,
    html: `<html><body style="font-family:Arial;text-align:center">
<h2>FACTORY OUTLET SALE</h2>
<p>Air Jordan 1 &middot; Yeezy 350 &middot; Dunk Low &middot; New Balance 550</p>
<p><b>From $39.99</b> - free worldwide shipping</p>
<p><a href="http://198.51.100.31/kicks/sale">SHOP NOW</a></p>
</body></html>
`,
  },
  {
    slug: 'weightloss-keto-gummies',
    cat: 'weight-loss',
    from: 'Dr. Amanda Lee <news@keto-slim-health.test>',
    to: 'Maya Lindgren <maya@lumenfitness.example>',
    subject: 'The "gummy" that dissolves belly fat while you sleep',
    autoText: true,
    html: `<html><body style="font-family:Georgia,serif;max-width:580px;margin:auto">
<p style="font-size:11px;color:#999">HEALTH NEWS</p>
<h2>Nutritionists baffled: mom of 3 loses 31 lbs in 6 weeks without diet or exercise</h2>
<p>The secret is a simple keto gummy that forces your body to burn stored fat for energy. Thousands of women are already using it.</p>
<p><a href="http://203.0.113.111/keto/offer?src=em">Click here to see if you qualify for a free bottle &raquo;</a></p>
<p style="font-size:9px;color:#bbb">These statements have not been evaluated by the FDA. Results not typical.</p>
</body></html>
`,
  },
  {
    slug: 'weightloss-french-minceur',
    cat: 'weight-loss',
    from: 'Minceur Express <contact@minceur-express-cure.test>',
    to: 'Claire Dubois <claire.dubois@meridian-consult.example>',
    subject: 'Perdez 10 kg en 30 jours, sans régime',
    text: `Bonjour,

Notre cure minceur 100 % naturelle vous aide à perdre jusqu’à 10 kg en 30 jours,
sans régime et sans sport. Déjà 48 000 femmes conquises !

Offre spéciale : -60 % aujourd’hui seulement.
http://192.0.2.105/minceur/offre

À très vite,
L’équipe Minceur Express
`,
  },
  {
    slug: 'dating-private-photos',
    cat: 'dating',
    from: 'Anna (32) <anna.k@meet-singles-tonight.test>',
    to: 'Greg Oduya <g.oduya@redwater.example>',
    subject: 'Anna sent you 3 private photos',
    text: `Hi Greg,

Anna (32, 4 km from you) sent you 3 private photos and a message:

"Hey, I saw your profile yesterday. I'm new in town and don't know anyone yet,
do you want to chat? :)"

See photos: http://203.0.113.212/m/anna32

You received this notification because you have an account. Reply STOP to opt out.
`,
  },
  {
    slug: 'dating-local-singles-german',
    cat: 'dating',
    from: 'Singles in Ihrer Nähe <kontakt@singles-treff-region.test>',
    to: 'Lukas Brenner <lukas.brenner@alpenmed-devices.example>',
    subject: '7 Frauen in Ihrer Nähe möchten Sie kennenlernen',
    autoText: true,
    html: `<html><body style="font-family:Arial">
<h3 style="color:#c2185b">7 neue Kontaktanfragen</h3>
<p>Sabine (38), Julia (29) und 5 weitere Frauen aus Ihrer Region haben Ihr Profil besucht und möchten Sie kennenlernen.</p>
<p><a href="http://198.51.100.156/treff/profil">Jetzt kostenlos Nachrichten lesen</a></p>
<p style="font-size:9px;color:#999">Abmelden: Antworten Sie mit "Abmelden".</p>
</body></html>
`,
  },
];
