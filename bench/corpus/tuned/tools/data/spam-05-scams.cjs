'use strict';
// Spam (second batch): scams written in plain prose, mostly without any link tricks -
// advance fee, inheritance, romance, job offers, mystery shopper, reshipping, crypto,
// invoices for services never ordered, trademark/domain scams, bulk SEO/web/app pitches,
// list sellers, extended warranty, survey rewards, lotteries.
const { rcv } = require('../lib/spam.cjs');
module.exports = [
  // ---- advance fee / inheritance ----
  {
    slug: 'fraud-419-contract-overinvoice',
    cat: 'advance-fee',
    from: 'Engr. Musa Abdullahi <musa.abdullahi@petro-contracts-office.test>',
    replyTo: 'engr.musa.abdullahi@freemail-box.test',
    to: 'Martin Greer <m.greer@carrow-supply.example>',
    subject: 'Confidential business proposal from the contract review committee',
    date: '2025-04-14 06:12 +0100',
    received: [rcv('198.51.100.181', 'mail.petro-contracts-office.test')],
    text: `Dear Sir,

I am Engr. Musa Abdullahi, a member of the Contract Review Committee of the Ministry
of Petroleum Resources. I got your contact from a trade directory of industrial
suppliers and I believe you are a reliable person to handle this transaction.

In the course of our review of contracts awarded between 2019 and 2023, my colleagues
and I discovered the sum of USD 18,600,000.00 (Eighteen Million Six Hundred Thousand
United States Dollars) which arose from over-invoicing of a pipeline supply contract.
The contract has been executed and the original contractor paid. The excess funds are
now lying in a suspense account with the apex bank.

As civil servants we are not allowed to operate foreign accounts. We therefore need a
foreign company to stand as the beneficiary of the balance. For your assistance you
will be entitled to 30% of the total sum, 65% will be for my colleagues and me, and 5%
is set aside for expenses incurred by both parties.

This transaction is 100% risk free. All the necessary documents will be procured from
the relevant ministries to make the payment legal. Kindly treat this with the utmost
confidentiality and send me the following:

1. Your full name and company name
2. Your private telephone and fax number
3. Your bank name and address

I await your urgent response through my private email engr.musa.abdullahi@freemail-box.test.

Yours faithfully,
Engr. Musa Abdullahi
`,
  },
  {
    slug: 'fraud-419-diplomat-consignment',
    cat: 'advance-fee',
    from: 'Diplomat Richard Hanson <r.hanson@diplomatic-courier-desk.test>',
    to: 'info@harrowfinch.example',
    subject: 'Your consignment box is at the airport',
    text: `Attention Beneficiary,

I am Richard Hanson, a diplomatic agent. I arrived this morning with your consignment
box containing USD 4.5 million, which was released to you by the compensation
committee. The box is held at the airport cargo section pending payment of the
clearance certificate fee of USD 1,350.

Please reconfirm your full name, home address and nearest airport so I can deliver
to your door. Do not disclose the content of the box to anybody.

Regards,
Richard Hanson
`,
  },
  {
    slug: 'fraud-inheritance-same-surname',
    cat: 'advance-fee',
    from: 'Barrister Koffi Mensah <chambers@mensah-associates-law.test>',
    to: 'Greg Oduya <g.oduya@redwater.example>',
    subject: 'Re: Estate of late Mr. Daniel Oduya',
    date: '2025-09-02 09:41 +0000',
    html: 'outlook',
    text: `Dear Greg Oduya,

I am Barrister Koffi Mensah, personal attorney to the late Mr. Daniel Oduya, a
national of your country who worked as a contractor in Lome, Togo. On 21 March 2021
my client, his wife and only daughter were involved in a car accident. All occupants
of the vehicle unfortunately lost their lives.

Since then I have made several inquiries to locate any of my late client's extended
relatives, which has proved unsuccessful. I found your name during an online search
and you share the same surname. The bank where the deceased had a deposit of
USD 7.2 million has issued me a notice to present a next of kin, or the account will
be confiscated by the state.

I am seeking your consent to present you as the next of kin so the proceeds can be
paid to you. Then we share the funds 50/50. I have all the legal documents needed to
back up the claim. All I require is your honest cooperation.

Please reply with your full name, address and a direct phone number.

Best regards,
Barrister Koffi Mensah (Esq.)
Principal Partner, Mensah & Associates
`,
  },
  {
    slug: 'fraud-inheritance-german-erbschaft',
    cat: 'advance-fee',
    from: 'Notariat Dr. Helmut Baumann <kanzlei@notariat-baumann-nachlass.test>',
    to: 'Jan Osterhagen <j.osterhagen@osterhagen-mb.example>',
    subject: 'Nachlassangelegenheit: Erbschaft in Höhe von 2.840.000,00 EUR',
    date: '2025-11-19 10:05 +0100',
    text: `Sehr geehrte/r Herr/Frau Osterhagen,

wir wenden uns in einer vertraulichen Nachlassangelegenheit an Sie. Unser Mandant,
Herr Friedrich Osterhagen, ist im Jahr 2022 ohne Testament verstorben. Er hinterließ
ein Guthaben von 2.840.000,00 EUR bei einer Bank in Zürich.

Nach umfangreichen Recherchen sind Sie als möglicher Erbe ermittelt worden. Um die
Auszahlung einzuleiten, benötigen wir von Ihnen:

- vollständigen Namen und Anschrift
- Kopie des Personalausweises
- Telefonnummer für Rückfragen

Bitte beachten Sie, dass für die Ausstellung des Erbscheins eine Bearbeitungsgebühr
anfällt, die vor der Überweisung zu begleichen ist. Antworten Sie bitte innerhalb
von 10 Tagen, da der Nachlass sonst an den Staat fällt.

Mit freundlichen Grüßen
Dr. Helmut Baumann
Notar
`,
  },
  {
    slug: 'fraud-inheritance-spanish-herencia',
    cat: 'advance-fee',
    from: 'Lic. Alejandro Ruiz Montero <despacho@ruiz-montero-abogados.test>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'Herencia no reclamada - respuesta urgente',
    text: `Estimado señor Ricci:

Me dirijo a usted como abogado del difunto señor Ernesto Ricci, ciudadano italiano
residente en Madrid, fallecido sin herederos conocidos. Dejó un depósito de
3.500.000,00 euros en una entidad financiera que debe ser reclamado antes de fin de
mes.

Dado que usted tiene el mismo apellido, le propongo presentarlo como beneficiario.
El procedimiento es legal y sin riesgo. Repartiríamos el importe al 50%.

Le ruego que me responda con su nombre completo, número de teléfono y una copia de
su documento de identidad para iniciar los trámites.

Atentamente,
Lic. Alejandro Ruiz Montero
`,
  },
  {
    slug: 'fraud-dying-donor-company',
    cat: 'advance-fee',
    from: 'Mrs. Evelyn Carter-Hughes <evelyn.ch@freemail-box.test>',
    to: 'hello@bramblecoffee.example',
    subject: 'Donation for your company and your workers',
    text: `Good day,

Please forgive me for contacting you in this way. My name is Evelyn Carter-Hughes. I
am 71 years old and suffering from cancer of the liver. My doctors told me I have a
few months to live.

I have decided to donate the sum of $2,300,000 to a small company that takes care
of its workers, and I chose yours after reading about it. I want the money used for
your staff and for charity work in your town.

If you will accept this, please reply and I will give you the contact of my lawyer
who will arrange the transfer. May God bless you.

Mrs. Evelyn Carter-Hughes
`,
  },
  {
    slug: 'fraud-military-gold-boxes',
    cat: 'advance-fee',
    from: 'Sgt. Mark Delaney <sgt.mark.delaney@army-mail-service.test>',
    to: 'will@blueheron-charters.example',
    subject: 'I need your trust',
    text: `Hello friend,

I am Sgt. Mark Delaney, serving with a peacekeeping unit. During an operation my team
recovered two trunk boxes with a large sum of money. I was able to move my share,
USD 6.8 million, through a diplomatic courier and it is now with a security company.

I need a trustworthy person to receive the boxes on my behalf until I finish my
service in three months. You will keep 35% for your help.

Reply with your name and phone number so I can tell you more. Please keep this
between us.

Mark
`,
  },
  {
    slug: 'fraud-atm-card-delivery-fee',
    cat: 'advance-fee',
    from: 'Foreign Remittance Dept <remittance@intl-payment-clearing.test>',
    to: 'Sam Patel <sam.patel@pickwise-robotics.example>',
    subject: 'ATM CARD PAYMENT OF US$1.5M - FINAL DELIVERY NOTICE',
    headers: [['X-Priority', '1 (Highest)']],
    text: `ATTENTION: FUND BENEFICIARY

THIS IS TO INFORM YOU THAT YOUR ATM VISA CARD LOADED WITH US$1,500,000.00 HAS BEEN
APPROVED AND IS READY FOR DELIVERY VIA EXPRESS COURIER. DAILY WITHDRAWAL LIMIT IS
US$10,000.00 AT ANY ATM WORLDWIDE.

THE ONLY FEE YOU ARE TO PAY IS THE CARD ACTIVATION AND DELIVERY FEE OF US$285.00.

RECONFIRM TO US:
FULL NAME:
DELIVERY ADDRESS:
TELEPHONE:
AGE / OCCUPATION:

NOTE: YOU ARE ADVISED TO STOP COMMUNICATION WITH ANY OTHER OFFICE OR AGENT.

DR. JAMES OKORO
DIRECTOR, FOREIGN REMITTANCE
`,
  },
  // ---- romance ----
  {
    slug: 'romance-hello-dear-stranger',
    cat: 'romance',
    from: 'Yulia <yulia.sunny88@freemail-box.test>',
    to: 'Erik Halvorsen <erik@halvorsen-freight.example>',
    subject: 'hello from Yulia :)',
    text: `Hello dear stranger!

I hope you do not mind that I write to you. My name is Yulia, I am 31 years old and I
work as a nurse. I found your email when I was looking for a pen-friend from another
country. I am a kind, honest and a little shy woman who loves the sea, cooking and
long walks in the evening.

I am looking for a serious man for a relationship, maybe more. Age is not important
for me, the heart is important.

If you want to know me more, please write to me and I will send you my photos.
I will wait your letter with impatience!

Your new friend,
Yulia
`,
  },
  {
    slug: 'romance-offshore-engineer',
    cat: 'romance',
    from: 'Daniel Whitmore <daniel.whitmore.eng@freemail-box.test>',
    to: 'Hettie Lowe <hettie@lowepottery.example>',
    subject: 'Sorry to bother you',
    html: 'gmail',
    text: `Hi Hettie,

I hope this does not seem strange. I came across your pottery page months ago and
your work stayed with me. I'm Daniel, a widower, 54, originally from Bristol, now
working as a structural engineer on an offshore platform in the North Sea. My
contract ends in November.

It gets lonely out here and the internet is only good at night, so I write a lot. I
would like to get to know you, if you would allow it. Tell me about your day, your
studio, anything at all.

Warm regards,
Daniel
`,
  },
  {
    slug: 'romance-french-bonjour',
    cat: 'romance',
    from: 'Camille <camille.douce@freemail-box.test>',
    to: 'Jan Osterhagen <j.osterhagen@osterhagen-mb.example>',
    subject: 'Bonjour, je m’appelle Camille',
    text: `Bonjour,

Je m’appelle Camille, j’ai 34 ans et j’habite près de Bordeaux. Je ne fais
pas souvent ce genre de chose, mais une amie m’a donné votre adresse en me
disant que vous étiez quelqu’un de bien.

Je cherche une relation sincère avec un homme sérieux. J’aime les voyages, la
musique et les dîners simples entre amis.

Si vous voulez, écrivez-moi et je vous enverrai des photos. Je serai heureuse de
lire votre réponse.

Bisous,
Camille
`,
  },
  {
    slug: 'romance-followup-visa-money',
    cat: 'romance',
    from: 'Anastasia <anastasia.love.k@freemail-box.test>',
    to: 'tomas@norrsken.example',
    subject: 'Re: my dear Tomas, I have problem',
    inReplyTo: true,
    text: `My dear Tomas,

Thank you for your sweet letter, I read it three times. I have good news and bad
news. The good news is that the agency approved my tourist visa and I can come to
you in two weeks! The bad news is that I must show 900 euro for the travel insurance
and ticket, and my salary comes only at end of month.

I am so ashamed to ask you, but maybe you can help me? I will give you back when I
arrive. You can send by Western Union to my name, I will write the details in next
letter.

I dream about our meeting every night.

Kisses,
your Anastasia
`,
  },
  // ---- job offers / mystery shopper / reshipping ----
  {
    slug: 'job-payment-processing-agent',
    cat: 'work-from-home',
    from: 'HR Department - Lexington Trade Group <careers@lexington-trade-group.test>',
    to: 'aisha.bello@korafoods.example',
    subject: 'Part-time position: Regional Payment Processing Agent',
    text: `Dear Candidate,

Your CV was forwarded to us by an online job board. Lexington Trade Group is a
distributor of industrial equipment with customers in 27 countries. We are expanding
our operations in your region and looking for a part-time Payment Processing Agent.

Your duties:
- receive payments from our local customers into your personal bank account
- keep 10% of every payment as your commission
- forward the remaining amount to our suppliers by the method we tell you

The job takes 2-3 hours per week and does not affect your current employment. No
experience is required, only a bank account and honesty.

If you are interested, reply with your full name, address, phone number and the name
of your bank. Our HR manager will send you the employment agreement.

Best regards,
Ms. Karen Phillips
HR Department
`,
  },
  {
    slug: 'job-recruiter-task-app',
    cat: 'work-from-home',
    from: 'Jessica from Talent Bridge <jessica.recruit@talentbridge-hiring.test>',
    to: 'Maya Lindgren <maya@lumenfitness.example>',
    subject: 'Remote opportunity - 60-90 min per day, paid daily',
    text: `Hi Maya,

My name is Jessica, I am a recruiter with Talent Bridge. We have a flexible remote
role with one of our partners, helping online merchants improve their product
ratings. The work is simple and done on your phone.

- 60 to 90 minutes a day, any time
- 200 to 800 USD per day, paid every day
- training provided, no experience needed

Are you over 22 and interested? Please reply "YES" and I will send you the WhatsApp
contact of our team leader to get started.

Thank you,
Jessica
`,
  },
  {
    slug: 'job-dutch-thuiswerk',
    cat: 'work-from-home',
    from: 'Werving Noordzee Logistiek <vacatures@noordzee-logistiek-werk.test>',
    to: 'Sanne de Vries <sanne@groenveld.example>',
    subject: 'Vacature thuiswerk: administratief medewerker (EUR 35 per uur)',
    text: `Beste kandidaat,

Wij zijn op zoek naar een administratief medewerker die vanuit huis wil werken. U
verwerkt binnenkomende betalingen van klanten en boekt deze door naar onze
leveranciers. U ontvangt EUR 35 per uur plus een bonus per transactie.

Vereisten:
- een Nederlandse bankrekening
- 2 tot 3 uur per dag beschikbaar
- betrouwbaar en discreet

Stuur ons uw naam, adres, geboortedatum en telefoonnummer, dan ontvangt u binnen
24 uur het contract.

Met vriendelijke groet,
Afdeling Personeelszaken
`,
  },
  {
    slug: 'mystery-shopper-check-gift-cards',
    cat: 'work-from-home',
    from: 'Customer Experience Evaluation Program <assignments@service-evaluation-group.test>',
    to: 'jenny@hollowayfarm.example',
    subject: 'Your first evaluation assignment is ready',
    text: `Hello Evaluator,

Thank you for registering with our Customer Experience Evaluation Program. Your
first assignment is ready.

You will receive a cashier's check for $2,480 by courier. Please:

1. Deposit the check in your bank account.
2. Keep $400 as your payment for the assignment.
3. Use $2,000 to buy gift cards (Apple or Steam) at two different stores and rate
   the staff on speed, friendliness and cleanliness.
4. Send us photos of the card numbers and PINs so we can verify the purchase.
5. The remaining $80 covers your travel.

Please reply with your full name, mailing address and cell number so the courier
can deliver your check. Assignments must be completed within 24 hours of receipt.

Regards,
Assignment Coordinator
`,
  },
  {
    slug: 'reshipping-quality-inspector',
    cat: 'work-from-home',
    from: 'Swiftline Forwarding <hr@swiftline-forwarding.test>',
    to: 'Will Barros <will@blueheron-charters.example>',
    subject: 'Job offer: Home-Based Quality Control Inspector',
    html: 'simple',
    text: `Dear Will,

We reviewed your profile and are pleased to offer you the position of Home-Based
Quality Control Inspector.

You will receive packages from online stores at your home address, check the
contents against the invoice, take photos, and reship them with the prepaid labels
we email you. You can expect 3 to 6 packages per week.

Salary: USD 2,900 per month + USD 30 per package, paid on the 15th.

To start, please reply with a copy of your ID and your home address so we can
register you as a receiving point in our system.

Welcome to the team,
Swiftline Forwarding - Human Resources
`,
  },
  {
    slug: 'reshipping-italian-logistica',
    cat: 'work-from-home',
    from: 'Selezione Personale <lavoro@eurologistica-servizi.test>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'Offerta di lavoro da casa: coordinatore spedizioni',
    text: `Gentile candidato,

la nostra azienda di logistica cerca un coordinatore spedizioni per la sua zona.
Il lavoro consiste nel ricevere pacchi a casa, controllarne il contenuto e rispedirli
con le etichette che le forniremo.

Offriamo 2.500 euro al mese più 25 euro per ogni pacco. Non serve esperienza.

Se interessato, risponda con nome, indirizzo completo e numero di cellulare.

Cordiali saluti,
Ufficio Risorse Umane
`,
  },
  // ---- crypto / investment ----
  {
    slug: 'crypto-recovery-service',
    cat: 'crypto-investment',
    from: 'Asset Recovery Bureau <cases@digital-asset-recovery-bureau.test>',
    to: 'Sam Patel <sam.patel@pickwise-robotics.example>',
    subject: 'Case update: we have traced your lost funds',
    text: `Dear Sam Patel,

Our investigators have traced funds linked to your email address that were lost to
an online trading platform in 2024. The wallet holding the funds has been frozen
with the cooperation of the exchange.

The recoverable amount is 41,200 USDT. To release it to you we need to open a claim
in your name. A refundable compliance deposit of 1,250 USDT is required to cover the
blockchain forensics report.

Please reply with your phone number and a good time to call. Our case officer will
guide you through the process.

Case officer: Daniel Brooks
Asset Recovery Bureau
`,
  },
  {
    slug: 'crypto-wrong-number-opener',
    cat: 'crypto-investment',
    from: 'Lina Chen <lina.chen.wm@freemail-box.test>',
    to: 'Olivia Brandt <olivia.brandt@kestrelbio.example>',
    subject: 'Dinner on Saturday?',
    text: `Hi Amy, are we still on for dinner on Saturday? I booked the table at 7.
`,
  },
  {
    slug: 'crypto-forex-account-manager-es',
    cat: 'crypto-investment',
    from: 'Carlos Mendoza | Gestor de Inversiones <c.mendoza@capital-prime-inversiones.test>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'Su cuenta de inversión ha generado 3.412 € esta semana',
    html: 'outlook',
    text: `Estimado cliente:

Le escribe Carlos Mendoza, su gestor personal. Le informo de que la estrategia
automática que activamos para usted ha generado un beneficio de 3.412 € esta
semana (rentabilidad del 18,6 %).

Para retirar los beneficios es necesario ampliar su nivel de cuenta a "Gold" con un
depósito mínimo de 2.500 €. Con el nivel Gold, la rentabilidad garantizada sube al
25 % mensual.

Le llamaré mañana entre las 10:00 y las 12:00 para completar el proceso.
Por favor, tenga a mano su tarjeta bancaria.

Un saludo cordial,
Carlos Mendoza
Capital Prime Inversiones
`,
  },
  {
    slug: 'crypto-btc-withdrawal-pending',
    autoText: true,
    cat: 'crypto-investment',
    from: 'CoinVault Withdrawals <support@coinvault-withdraw.test>',
    to: 'Julia Marsh <julia.marsh@solvent-labs.example>',
    subject: 'Pending withdrawal: 0.8731 BTC to your wallet',
    html: `<html><body style="font-family:Arial,sans-serif;background:#111;color:#eee;padding:24px">
<div style="max-width:520px;margin:auto;background:#1c1c1c;padding:24px;border-radius:8px">
<p style="font-size:20px;color:#f7931a;margin-top:0"><b>CoinVault</b></p>
<p>Your account holds <b>0.8731 BTC</b> (about $57,400) from the 2024 cloud mining program. A withdrawal to your registered wallet is pending.</p>
<p>To complete the withdrawal, the network fee of <b>0.0094 BTC</b> must be paid from your dashboard.</p>
<p><a href="https://coinvault-withdraw.test/login?acc=JM-88120" style="background:#f7931a;color:#111;padding:10px 22px;text-decoration:none;border-radius:4px">Open dashboard</a></p>
<p style="font-size:11px;color:#888">If the fee is not paid within 72 hours the balance returns to the mining pool.</p>
</div></body></html>
`,
  },
  {
    slug: 'investment-pre-ipo-shares',
    cat: 'crypto-investment',
    from: 'Harrington Capital Partners <research@harrington-capital-partners.test>',
    to: 'Ben Carter <ben@anvil-oak.example>',
    subject: 'Allocation available: pre-IPO shares, minimum 10,000 GBP',
    text: `Dear Mr Carter,

Following our brief conversation last month, I have now been able to secure a small
allocation of pre-IPO shares in a UK battery technology company ahead of its listing
in the third quarter. Our analysts expect a listing price of 3 to 4 times today's
entry price.

Allocations start at 10,000 GBP and are strictly first come, first served. The offer
closes on Friday. I would be happy to go through the prospectus with you by phone.

Kind regards,
Jonathan Ashby
Senior Account Executive
Harrington Capital Partners
`,
  },
  // ---- invoices for services never ordered ----
  {
    slug: 'fake-invoice-directory-listing',
    cat: 'fake-invoice',
    from: 'European Business Register <billing@euro-business-register.test>',
    to: 'accounts@harrowfinch.example',
    subject: 'Invoice EBR-2026-1187 - annual directory entry',
    date: '2026-01-20 11:02 +0100',
    text: `Dear customer,

Please find below your invoice for the annual entry of your company in the European
Business Register, online edition 2026.

Invoice number: EBR-2026-1187
Company: Harrow & Finch Architects
Entry: premium listing, 3 categories, logo
Period: 01/2026 - 12/2026
Amount: EUR 1,290.00

Please transfer the amount within 7 days to the account stated below, quoting the
invoice number. Late payment will be passed to our collection partner.

IBAN: XX00 0000 0000 0000 0000 00
Reference: EBR-2026-1187

Accounts Department
European Business Register
`,
  },
  {
    slug: 'fake-invoice-toner-phone-order',
    cat: 'fake-invoice',
    from: 'Toner Supply Services <ar@toner-supply-services.test>',
    to: 'Neil Foster <neil.foster@pinecrestdental.example>',
    subject: 'Past due: invoice TS-55120',
    text: `Hello,

Our records show invoice TS-55120 for the toner cartridges shipped to your office is
now past due. A copy is attached. The order was placed by phone and confirmed by a
member of your staff.

Please arrange payment of $737.00 this week to avoid a late fee.

Thank you,
Accounts Receivable
Toner Supply Services
`,
    att: ['pdf-fake-toner'],
  },
  {
    slug: 'fake-invoice-german-branchenbuch',
    cat: 'fake-invoice',
    from: 'Gewerbeauskunft Zentrale <rechnung@gewerbe-verzeichnis-zentral.test>',
    to: 'info@osterhagen-mb.example',
    subject: 'Rechnung Nr. 2025-40188 - Eintrag Branchenverzeichnis',
    text: `Sehr geehrte Damen und Herren,

für den Eintrag Ihres Unternehmens in unser Online-Branchenverzeichnis (Laufzeit
24 Monate) berechnen wir Ihnen wie vereinbart:

Eintrag Basis + Logo + Kategorie "Maschinenbau"
Betrag: 958,00 EUR zzgl. MwSt.

Bitte überweisen Sie den Betrag innerhalb von 10 Tagen. Bei Zahlungsverzug behalten
wir uns vor, ein Inkassobüro zu beauftragen.

Mit freundlichen Grüßen
Buchhaltung
Gewerbeauskunft Zentrale
`,
  },
  {
    slug: 'fake-invoice-it-maintenance',
    cat: 'fake-invoice',
    from: 'Accounts - Netcore IT Services <accounts@netcore-it-services.test>',
    to: 'accounts@carrow-supply.example',
    subject: 'Invoice 2026-Q1-0088 for remote IT maintenance',
    html: 'outlook',
    text: `Good afternoon,

Attached details below for quarterly remote maintenance as per the service agreement.

Invoice: 2026-Q1-0088
Service: Remote server monitoring and patching, Q1 2026
Amount due: USD 2,860.00
Terms: due on receipt

Could you please confirm when payment will be released? Our account manager
mentioned your team approved the renewal in December.

Many thanks,
Rebecca
Accounts, Netcore IT Services
`,
  },
  // ---- trademark / domain scams ----
  {
    slug: 'trademark-asian-domain-registrar',
    cat: 'trademark-scam',
    from: 'Jim Liu <jim.liu@asia-domain-registry-center.test>',
    to: 'ceo@quillfield.example',
    subject: 'Quillfield domain and brand registration (Ref: 20260311)',
    date: '2026-03-11 09:30 +0800',
    text: `(Please forward this to your CEO, because this is urgent. Thanks)

Dear CEO,

We are a Network Service Company which is the domain name registration center in
Asia. On March 9, 2026, we received an application from Hongda Holdings Ltd
requesting "quillfield" as their internet keyword and China (CN) domain names
(quillfield.cn, quillfield.com.cn, quillfield.net.cn, quillfield.org.cn).

After checking, we found these names conflict with your company name or trademark.
In order to deal with this matter better, it is necessary to send an email to you
and confirm whether this company is your distributor or business partner in China?

Best Regards,
Jim Liu | Service & Operations Manager
Asia Domain Registry Center
`,
  },
  {
    slug: 'trademark-publication-register-fee',
    cat: 'trademark-scam',
    from: 'World Trademark Publication Register <office@wtm-publication-register.test>',
    to: 'legal@quillfield.example',
    subject: 'Publication of your trademark application - payment within 8 days',
    text: `Dear applicant,

Following your recent trademark application, we offer the publication of your mark
in our international trademark register for a period of three years. Publication
protects your brand from unauthorised use by third parties worldwide.

The fee for publication is EUR 2,190.00. Please find the notice attached and pay
within 8 days to keep your entry.

WTPR Registration Office
`,
    att: ['pdf-trademark'],
  },
  {
    slug: 'fake-renewal-ssl-certificate',
    cat: 'fake-renewal',
    from: 'SSL Certificate Services <renewals@ssl-cert-renewal-center.test>',
    to: 'webmaster@anvil-oak.example',
    subject: 'Your SSL certificate for anvil-oak.example expires in 5 days',
    autoText: true,
    html: `<html><body style="font-family:Verdana;font-size:13px">
<p><b>SSL certificate expiry notice</b></p>
<p>Domain: anvil-oak.example<br>Certificate type: Domain Validation<br>Expires: in 5 days</p>
<p>When your certificate expires, visitors will see a "Not secure" warning and online payments will stop working.</p>
<p>Renewal, 2 years: <b>$189.00</b></p>
<p><a href="http://ssl-cert-renewal-center.test/renew?d=anvil-oak.example">Renew certificate</a></p>
<p style="font-size:10px;color:#999">You are receiving this notice because your domain is listed in public records.</p>
</body></html>
`,
  },
  // ---- SEO / web design / app development bulk pitches ----
  {
    slug: 'seo-redesign-errors-found',
    cat: 'seo-lists',
    from: 'Ritika Sharma <ritika.webexpert@freemail-box.test>',
    to: 'info@hollowayfarm.example',
    subject: 'Website proposal',
    text: `Hi,

I was checking your website and noticed a few errors which may be the reason you are
not getting enough leads and calls:

1. Your website is not mobile friendly.
2. It is not showing on the first page of Google for main keywords.
3. Page speed is slow.
4. No proper call to action.

We are a team of 45+ designers and developers. We can redesign your website at a
very affordable price. Would you like to see some of our recent work?

Thanks & Regards,
Ritika Sharma
Business Development Manager

Note: If you are not interested, reply "No" and I will not contact you again.
`,
  },
  {
    slug: 'seo-app-dev-dedicated-team',
    cat: 'seo-lists',
    from: 'Vikram | AppForge Solutions <vikram@appforge-solutions.test>',
    to: 'Sam Patel <sam.patel@pickwise-robotics.example>',
    subject: 'Dedicated developers from $18/hour',
    html: 'gmail',
    text: `Hello Sam,

Hope you are doing well.

We are a software development company with 120+ in-house developers working on
iOS, Android, Flutter, React, Node.js, Python, AI/ML and blockchain. We help
businesses like yours reduce development cost by 60%.

- Dedicated developer: from $18/hour
- Fixed price MVP in 6 weeks
- Free NDA, 2-week free trial

Can I share our portfolio and case studies?

Regards,
Vikram
AppForge Solutions
`,
  },
  {
    slug: 'seo-guest-post-link-insertion',
    cat: 'seo-lists',
    from: 'Emma Collins <emma.outreach@contentreach-media.test>',
    to: 'hello@bramblecoffee.example',
    subject: 'Collaboration request',
    text: `Hi there,

I hope you are having a great day. I am Emma, I manage a network of food and
lifestyle blogs with DA 40-70 and real organic traffic.

I'd love to offer you a guest post or a link insertion on one of our sites. Prices
start at $45 per post. We also buy posts on your site if you accept sponsored
content - what would your price be?

Looking forward to hearing from you.

Best,
Emma
`,
  },
  {
    slug: 'seo-google-maps-ranking-pitch',
    cat: 'seo-lists',
    from: 'Local Rank Pros <team@localrank-pros.test>',
    to: 'office@pinecrestdental.example',
    subject: 'Pinecrest Dental is missing from the Google Maps top 3',
    text: `Hi there,

I searched for "dentist near me" in your area and Pinecrest Dental didn't appear in
the top 3 map results. Your competitors are getting those calls.

We guarantee a top 3 map position in 60 days or you don't pay. 400+ happy clients.

Can I send you a free video audit? Just reply "yes".

Thanks,
Chris
Local Rank Pros
`,
  },
  {
    slug: 'seo-explainer-video-bulk',
    cat: 'seo-lists',
    from: 'Animated Explainers Studio <hello@explainer-studio-pro.test>',
    to: 'Mia Schultz <mia.schultz@quillfield.example>',
    subject: 'Quick question, Mia',
    text: `Hi Mia,

Would you be open to a 60-second animated video that explains Quillfield in a simple
way? Videos like this increase conversion by up to 80%.

We have made 2,000+ videos for startups and Fortune 500 companies. This month we
have a special price of $499 (normally $1,499).

Let me know if you would like to see samples.

Cheers,
Noah
`,
  },
  {
    slug: 'leadgen-appointment-setting',
    cat: 'seo-lists',
    from: 'Tyler Brooks <tyler@pipeline-boost-agency.test>',
    to: 'Ben Carter <ben@anvil-oak.example>',
    subject: '15 qualified meetings for Anvil & Oak next month?',
    text: `Ben,

We book 15 to 30 qualified sales meetings per month for companies like Anvil & Oak,
using a done-for-you outbound system. You only pay for meetings that show up.

Worth a 10 minute chat this week?

Tyler

P.S. If you're not the right person, who should I talk to?
`,
  },
  // ---- data / attendee list sellers ----
  {
    slug: 'list-attendee-logistics-expo',
    cat: 'seo-lists',
    from: 'Melissa Grant <melissa.grant@eventdata-solutions.test>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'TransLogistica 2025 - attendee list',
    text: `Hi Dana,

Would you be interested in acquiring the TransLogistica 2025 attendees list?

Total counts: 12,480 verified contacts
Contact information: company name, contact name, job title, email, phone, address,
website, industry.

Let me know if you are interested and I will send you the counts and pricing.

Regards,
Melissa Grant
Marketing Coordinator

If you don't want to receive further emails, please reply "Leave Out".
`,
  },
  {
    slug: 'list-attendee-followup-chaser',
    cat: 'seo-lists',
    from: 'Melissa Grant <melissa.grant@eventdata-solutions.test>',
    to: 'Dana Whitfield <dana.whitfield@northwind-logistics.example>',
    subject: 'RE: TransLogistica 2025 - attendee list',
    inReplyTo: true,
    text: `Hi Dana,

Did you get a chance to review my previous email? We are offering a 40% discount this
week only. Please let me know your thoughts.

Regards,
Melissa

-----Original Message-----
From: Melissa Grant
Subject: TransLogistica 2025 - attendee list

Would you be interested in acquiring the TransLogistica 2025 attendees list?
Total counts: 12,480 verified contacts.
`,
  },
  {
    slug: 'list-software-users-database',
    cat: 'seo-lists',
    from: 'Olivia Reed <olivia.reed@techinstall-data.test>',
    to: 'Kwame Asante <kwame@valley.example>',
    subject: 'Companies using HubSpot and Salesforce',
    text: `Hi Kwame,

I came across your company and thought you might be interested in reaching
companies currently using HubSpot, Salesforce, Pipedrive and Zoho CRM.

We have 84,000+ verified decision maker contacts (CEO, CMO, VP Sales, IT Director)
across North America, UK and Europe, with opt-in and GDPR compliant data.

Would you like a free sample of 100 records?

Best,
Olivia Reed
Demand Generation Specialist
`,
  },
  // ---- extended warranty / survey rewards / lottery ----
  {
    slug: 'warranty-vehicle-final-notice',
    cat: 'extended-warranty',
    from: 'Vehicle Protection Center <notice@auto-protection-services.test>',
    to: 'Will Barros <will@blueheron-charters.example>',
    subject: 'FINAL NOTICE: your vehicle warranty coverage is about to expire',
    text: `FINAL NOTICE

Our records indicate that the factory warranty on your vehicle has expired or will
expire soon. If you do not act now, you will be responsible for 100% of repair costs.

This is your final opportunity to activate an extended vehicle service contract
before your file is closed. Coverage includes engine, transmission and electrical
components, with plans starting at $59 per month.

Call our activation department today: 1-888-555-0172
Reference number: VSC-44120

Vehicle Protection Center
`,
  },
  {
    slug: 'warranty-home-appliance-plan',
    cat: 'extended-warranty',
    from: 'HomeShield Warranty <offers@homeshield-warranty.test>',
    to: 'Neil Foster <neil.foster@pinecrestdental.example>',
    subject: 'Neil, is your furnace protected this winter?',
    autoText: true,
    html: `<html><body style="font-family:Arial;max-width:600px;margin:auto">
<h2 style="color:#1565c0">One repair can cost more than a year of coverage</h2>
<p>HomeShield covers your furnace, water heater, fridge and 20+ other systems for one low monthly price. First month <b>free</b> when you enrol by Sunday.</p>
<p><a href="http://homeshield-warranty.test/enroll?c=NF441" style="background:#1565c0;color:#fff;padding:12px 24px;text-decoration:none">Get my free month</a></p>
<p style="font-size:10px;color:#999">HomeShield Warranty. To stop receiving these offers write to us at our postal address.</p>
</body></html>
`,
  },
  {
    slug: 'survey-reward-loyalty-gift-card',
    cat: 'survey-reward',
    from: 'Costco Member Rewards <rewards@member-survey-rewards.test>',
    to: 'Olivia Brandt <olivia.brandt@kestrelbio.example>',
    subject: 'Olivia, confirm your $100 reward (ID 55120)',
    autoText: true,
    html: `<html><body style="font-family:Helvetica,Arial;text-align:center;background:#f4f4f4;padding:20px">
<div style="max-width:480px;margin:auto;background:#fff;padding:24px">
<p style="font-size:22px;color:#e31837"><b>Costco</b></p>
<p>Congratulations! You have been selected to take part in our 30-second member survey.</p>
<p>As a thank-you you will receive a <b>$100 gift card</b>. Only 3 rewards are left today.</p>
<p><a href="https://bit.ly/4mbr-rw55120" style="background:#005daa;color:#fff;padding:12px 30px;text-decoration:none;border-radius:3px">START SURVEY</a></p>
<p style="font-size:10px;color:#aaa">Shipping fee of $1.95 applies. Offer valid while supplies last.</p>
</div></body></html>
`,
  },
  {
    slug: 'survey-reward-airline-miles-de',
    cat: 'survey-reward',
    from: 'Lufthansa Miles & More Umfrage <umfrage@flugkunden-feedback.test>',
    to: 'Lukas Brenner <lukas.brenner@alpenmed-devices.example>',
    subject: 'Ihre Meinung ist uns 50.000 Meilen wert',
    text: `Sehr geehrter Fluggast,

Sie wurden zufällig für unsere Kundenumfrage 2025 ausgewählt. Beantworten Sie 5
kurze Fragen zu Ihrem letzten Flug und erhalten Sie als Dankeschön 50.000 Prämienmeilen.

Zur Umfrage: http://198.51.100.62/mm/umfrage?id=LB-2025

Die Teilnahme ist nur heute möglich.

Ihr Kundenservice-Team
`,
  },
  {
    slug: 'survey-reward-short-shortlink',
    cat: 'survey-reward',
    from: 'Amazon Rewards <noreply@shopper-rewards-center.test>',
    to: 'tomas@norrsken.example',
    subject: 'Your reward is waiting',
    text: `Hi,

You've been chosen for our customer satisfaction survey. It takes 1 minute and you
can pick a free reward (AirPods Pro, Dyson or $500 gift card).

https://tinyurl.com/rwd-claim-2025

Expires tonight.
`,
  },
  {
    slug: 'lottery-microsoft-email-draw',
    cat: 'lottery',
    from: 'Microsoft Promotion Award Team <awards@ms-promo-award-desk.test>',
    replyTo: 'claims.agent.williams@freemail-box.test',
    to: 'Hettie Lowe <hettie@lowepottery.example>',
    subject: 'Your email address won in the Microsoft 2025 anniversary draw',
    text: `Dear Winner,

We are pleased to inform you that your email address was selected in the Microsoft
anniversary email draw held on 8 December 2025. You have won USD 950,000.00.

Your winning certificate is attached. To claim your prize, contact our claims agent
Mr. Paul Williams with the following information:

Full name, address, phone, age, occupation, and your ticket number 55120-882.

Note: all winners must pay the processing and clearance fee before payment.

Congratulations once again,
Mrs. Sarah Thompson
Promotion Coordinator
`,
    att: ['pdf-lottery-cert'],
  },
  {
    slug: 'lottery-spanish-loteria-navidad',
    cat: 'lottery',
    from: 'Lotería Internacional de Navidad <premios@loteria-premios-internacional.test>',
    to: 'Marco Ricci <marco@ricci-trasporti.example>',
    subject: 'NOTIFICACIÓN DE PREMIO: 815.000,00 EUR',
    text: `Estimado ganador:

Nos complace comunicarle que su dirección de correo electrónico ha resultado
premiada en el sorteo internacional de Navidad con la cantidad de 815.000,00 EUR.

Número de referencia: ESP/NAV/2025/00441
Número de lote: 77-120

Para reclamar su premio, póngase en contacto con nuestro agente de reclamaciones
antes de 15 días. Deberá abonar los gastos de transferencia y el certificado de
ganador antes del pago.

Atentamente,
Departamento de Premios
`,
  },
  {
    slug: 'lottery-dutch-postcode-prize',
    cat: 'lottery',
    from: 'Prijzenbureau <prijzen@nationale-prijzen-bureau.test>',
    to: 'Sanne de Vries <sanne@groenveld.example>',
    subject: 'Gefeliciteerd, u heeft EUR 25.000 gewonnen',
    text: `Beste deelnemer,

Uw e-mailadres is bij onze jaarlijkse trekking als winnaar uitgekozen. U heeft
EUR 25.000 gewonnen!

Om de prijs te ontvangen moet u eenmalig EUR 49,95 administratiekosten betalen.
Stuur ons uw naam, adres en IBAN zodat wij de uitbetaling kunnen klaarzetten.

Met vriendelijke groet,
Prijzenbureau
`,
  },
  {
    slug: 'loan-private-lender-low-rate',
    cat: 'loans',
    from: 'Mr. Robert Klein <robert.klein.finance@freemail-box.test>',
    to: 'Hettie Lowe <hettie@lowepottery.example>',
    subject: 'Loan offer at 2% interest',
    text: `Good day,

Do you need a loan to pay bills, start a business or expand your business? I am a
private lender and I give loans to individuals and companies at 2% interest rate,
from 5,000 to 2,000,000 in GBP, EUR or USD. Duration 1 to 30 years.

No credit check. Fast approval within 48 hours.

Reply with: full name, amount needed, duration, country and phone number.

Robert Klein
`,
  },
];
