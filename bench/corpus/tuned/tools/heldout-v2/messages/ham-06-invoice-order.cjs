'use strict';
// Ham: invoices, payment reminders, receipts, price changes; orders and shipping.
const { pdf, zip } = require('../build-attachments.cjs');
const { outlook, toText } = require('./_html.cjs');

const invoicePdf = (title, lines) => pdf(title, lines, { producer: 'Valley CRM Invoicing' });

module.exports = [
  // ------------------------------------------------------------------ invoice
  {
    slug: 'monthly-invoice-pdf',
    cat: 'invoice',
    date: '2025-06-01 06:05:12 +0100',
    from: 'Harbor & Finch Accounts <accounts@harborfinch.example>',
    to: 'Hannah Clarke <h.clarke@northgate-supplies.example>',
    subject: 'Invoice HF-2025-0611 from Harbor & Finch',
    mailer: 'Valley CRM Invoicing',
    text: `Dear Hannah,

Please find attached invoice HF-2025-0611 for May 2025.

  Amount due:  £1,044.00 (incl. VAT)
  Due date:    1 July 2025

Payment by bank transfer to the account shown on the invoice, quoting HF-2025-0611.

Thank you for your business.

Harbor & Finch Chartered Accountants
11 Park Square East, Leeds LS1 2NG
`,
    att: [
      {
        name: 'HF-2025-0611.pdf',
        type: 'application/pdf',
        content: invoicePdf('Harbor & Finch - Invoice HF-2025-0611', [
          'Bill to: Northgate Office Supplies Ltd, Unit 4, Kirkstall Trade Park, Leeds',
          'Period: May 2025',
          'Monthly bookkeeping ................................. 620.00',
          'Payroll (22 employees) .............................. 250.00',
          'Subtotal 870.00   VAT 20% 174.00   Total 1,044.00 GBP',
          'Due 2025-07-01. Bank: Harbor & Finch LLP, sort code 00-00-00, account 00000000',
        ]),
      },
    ],
  },
  {
    slug: 'hosted-invoice-pay-online',
    htmlEnc: 'base64',
    cat: 'invoice',
    date: '2025-08-01 14:00:07 +0000',
    from: 'Summit Cloud Hosting <billing@summitcloud.example>',
    to: 'Liam Foster <liam.foster@peakform-retail.example>',
    subject: 'Your Summit Cloud invoice for July 2025 (£2,318.40)',
    html: `<div style="font-family:Arial,sans-serif;max-width:520px;color:#1a1a1a;font-size:14px">
<p><b>Summit Cloud Hosting</b></p>
<p>Invoice <b>SC-0725-1192</b> for Peakform Retail Ltd is now available.</p>
<table cellpadding="5" style="font-size:14px;border-collapse:collapse">
<tr><td>Managed Kubernetes (3 nodes)</td><td align="right">&pound;1,260.00</td></tr>
<tr><td>Block storage 4 TB</td><td align="right">&pound;384.00</td></tr>
<tr><td>Bandwidth overage 1.2 TB</td><td align="right">&pound;288.00</td></tr>
<tr><td>VAT 20%</td><td align="right">&pound;386.40</td></tr>
<tr style="border-top:1px solid #ccc"><td><b>Total due 31 Aug 2025</b></td><td align="right"><b>&pound;2,318.40</b></td></tr>
</table>
<p><a href="https://invoice.stripe.com/i/acct_1Ps0mmitC1oud/live_YWNjdF8xUHMwbW1pdEMxb3VkLF9RdzdzS2xhcGJ6a0Zx" style="background:#111;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Pay this invoice</a></p>
<p>Your card on file is not charged automatically for invoiced accounts. You can also pay by bank transfer using the details on the PDF in your billing portal.</p>
<p style="font-size:12px;color:#777">Summit Cloud Hosting Ltd, 1 Spinningfields, Manchester M3 3AP. Questions? Reply to this email.</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'overdue-reminder-polite',
    eol: 'lf',
    cat: 'invoice',
    date: '2025-07-16 09:15:40 +0100',
    from: 'Harbor & Finch Accounts <accounts@harborfinch.example>',
    to: 'Hannah Clarke <h.clarke@northgate-supplies.example>',
    subject: 'Reminder: invoice HF-2025-0611 is 15 days overdue',
    messageId: '<hf-reminder-0611-20250716@harborfinch.example>',
    mailer: 'Valley CRM Invoicing',
    text: `Dear Hannah,

Our records show that invoice HF-2025-0611 for £1,044.00, due on 1 July, hasn't been
paid yet. If you've already sent payment, thank you, and please ignore this reminder.

If there's a problem with the invoice, just let me know and we'll sort it out.

Bank details are unchanged from previous invoices. Please quote HF-2025-0611.

Kind regards,
Amira Shah
Accounts, Harbor & Finch
0113 555 0105
`,
  },
  {
    slug: 'final-notice-before-collections',
    cat: 'invoice',
    date: '2025-11-24 10:02:55 -0600',
    from: 'Brightwater Logistics A/R <ar@brightwater-logistics.example>',
    to: 'accounts.payable@lone-oak-feed.example',
    subject: 'Final notice: invoices 60+ days past due - account on credit hold',
    mailer: 'Valley CRM Invoicing',
    text: `To Accounts Payable, Lone Oak Feed & Supply,

Despite our reminders of October 6 and October 27, the following invoices remain unpaid:

  BWL-240917  Sep 17, 2025   $1,870.50   68 days past due
  BWL-240929  Sep 29, 2025   $  942.00   56 days past due
  Total outstanding: $2,812.50

Your account has been placed on credit hold, which means new shipments will be
prepaid until the balance is cleared. If payment is not received by December 8, 2025,
we will refer the balance to our collections agency as set out in our credit terms.

We would much rather resolve this directly. If there is a dispute or you need a payment
plan, please call me at (312) 555-0159 this week.

Payments can be sent by ACH to the account on your invoices, or by check to
Brightwater Logistics LLC, 1400 Busse Rd, Elk Grove Village, IL 60007.

Teresa Munoz
Credit & Collections, Brightwater Logistics
`,
  },
  {
    slug: 'rechnung-wartung-de',
    cat: 'invoice',
    lang: 'de',
    date: '2025-03-31 16:40:21 +0200',
    from: 'Hofmann Maschinenbau Buchhaltung <rechnung@hofmann-maschinenbau.example>',
    to: 'Kreditorenbuchhaltung <kreditoren@lenz-verpackung.example>',
    subject: 'Rechnung RE-2025-0872 – Wartung Schrumpftunnel, Linie 1',
    mailer: 'Valley CRM Invoicing',
    text: `Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2025-0872 über die Wartung vom 24.03.2025.

Rechnungsbetrag: 1.713,60 EUR (inkl. 19 % USt)
Zahlungsziel: 30 Tage netto

Mit freundlichen Grüßen
Buchhaltung
Hofmann Maschinenbau GmbH
`,
    att: [
      {
        name: 'RE-2025-0872.pdf',
        type: 'application/pdf',
        content: invoicePdf('Rechnung RE-2025-0872 - Hofmann Maschinenbau GmbH', [
          'Lenz Verpackung GmbH, Werkstrasse 22, 33609 Bielefeld',
          'Leistungsdatum: 24.03.2025 - Wartung Schrumpftunnel ST-400, Linie 1',
          'Techniker 8 Std. x 98,00 EUR ............................ 784,00 EUR',
          'Heizregister-Dichtungssatz .............................. 356,00 EUR',
          'Anfahrtspauschale ....................................... 300,00 EUR',
          'Netto 1.440,00 EUR  USt 19 % 273,60 EUR  Brutto 1.713,60 EUR',
          'IBAN DE00 0000 0000 0000 0000 00 - Verwendungszweck RE-2025-0872',
        ]),
      },
    ],
  },
  {
    slug: 'facture-acompte-fr',
    cat: 'invoice',
    lang: 'fr',
    date: '2025-06-20 11:11:04 +0200',
    from: 'Atelier Lumière Comptabilité <compta@atelier-lumiere.example>',
    to: 'Service Communication <communication@groupe-vernet.example>',
    subject: 'Facture d\'acompte FA-2025-031 – séminaire du 12 septembre',
    mailer: 'Valley CRM Invoicing',
    text: `Bonjour,

Suite à la signature du devis AL-25-077, vous trouverez ci-joint la facture d'acompte
FA-2025-031 (30 %), d'un montant de 2 829,60 € TTC, payable à réception par virement.

Le solde sera facturé après l'événement.

Cordialement,
Service comptabilité – Atelier Lumière
`,
    att: [
      {
        name: 'FA-2025-031_acompte.pdf',
        type: 'application/pdf',
        content: invoicePdf('Atelier Lumiere - Facture d\'acompte FA-2025-031', [
          'Client : Groupe Vernet - Devis AL-25-077 signe le 18/06/2025',
          'Acompte 30 % sur 7 860,00 EUR HT ............... 2 358,00 EUR HT',
          'TVA 20 % ........................................ 471,60 EUR',
          'Total TTC ..................................... 2 829,60 EUR',
          'Reglement par virement - IBAN FR76 0000 0000 0000 0000 0000 000',
        ]),
      },
    ],
  },
  {
    slug: 'factura-pedido-es',
    cat: 'invoice',
    lang: 'es',
    date: '2025-10-28 08:30:16 +0100',
    from: 'Distribuciones Ortega Administración <facturacion@ortega-distribuciones.example>',
    to: 'Compras <compras@talleres-beltran.example>',
    subject: 'Factura F25-004418 – pedido 25/1187',
    mailer: 'Valley CRM Invoicing',
    text: `Estimados clientes:

Adjuntamos la factura F25-004418 correspondiente al pedido 25/1187, entregado el 24/10.

Importe total: 5.803,16 € (IVA incluido). Vencimiento: 30 días, domiciliación bancaria.

Atentamente,
Administración – Distribuciones Ortega S.L.
`,
    att: [
      {
        name: 'F25-004418.pdf',
        type: 'application/pdf',
        content: invoicePdf('Distribuciones Ortega - Factura F25-004418', [
          'Cliente: Talleres Beltran S.L. - Pedido 25/1187',
          'KE-4402 Kit embrague Trafic x12 .......... 2.272,80 EUR',
          'KE-4417 Kit embrague Transit x8 .......... 1.719,20 EUR',
          'VB-0900 Volante bimasa x2 ................ 804,00 EUR',
          'Base imponible 4.796,00 EUR  IVA 21% 1.007,16 EUR  Total 5.803,16 EUR',
        ]),
      },
    ],
  },
  {
    slug: 'factuur-ideal-betaallink',
    htmlOnly: true,
    cat: 'invoice',
    lang: 'nl',
    date: '2025-11-03 09:45:33 +0100',
    from: 'Van der Berg Installatietechniek <facturen@vdberg-installatie.example>',
    to: 'Mark Jansen <m.jansen@jansen-accountants.example>',
    subject: 'Factuur 2025-1190 – onderhoud cv-installatie',
    mailer: 'Valley CRM Invoicing',
    html: `<p>Beste Mark,</p>
<p>Hierbij ontvangt u factuur <b>2025-1190</b> voor het onderhoud van 29 oktober.</p>
<p>Bedrag: <b>&euro; 205,70</b> incl. btw<br>Vervaldatum: 17 november 2025</p>
<p>U kunt direct betalen met iDEAL via <a href="https://betalen.vdberg-installatie.example/f/2025-1190?k=7Qm2">deze betaallink</a>, of het bedrag overmaken naar NL00 BANK 0000 0000 00 o.v.v. het factuurnummer.</p>
<p>Met vriendelijke groet,<br>Administratie Van der Berg Installatietechniek</p>
`,
    get text() {
      return toText(this.html);
    },
    att: [
      {
        name: 'Factuur_2025-1190.pdf',
        type: 'application/pdf',
        content: invoicePdf('Van der Berg Installatietechniek - Factuur 2025-1190', [
          'Jansen Accountants, Stationsweg 14, Amersfoort',
          'Onderhoud cv-installatie 29-10-2025 ............ 145,00',
          'Vervangen vlamdetectie ......................... 25,00',
          'Subtotaal 170,00  btw 21% 35,70  Totaal 205,70 EUR',
        ]),
      },
    ],
  },
  {
    slug: 'q3-invoices-zip',
    cat: 'invoice',
    date: '2025-10-03 15:25:59 -0500',
    from: 'Ironleaf Accounts Receivable <ar@ironleaf-mfg.example>',
    to: 'Accounts Payable <ap@delta-conveyor.example>',
    cc: 'Brian Castillo <bcastillo@delta-conveyor.example>',
    subject: 'Copies of Q3 invoices for your audit (3 PDFs, zipped)',
    mailer: 'Microsoft Outlook 16.0',
    text: `Hello,

As requested by your auditors, attached are copies of the three invoices we issued
against PO 88-40217 in Q3. They're zipped because your mail server rejected the
separate PDFs last time (size limit).

  INV-30812  Jul 14  250 pcs  $2,535.00
  INV-30977  Aug 11  250 pcs  $2,535.00
  INV-31150  Sep 12  250 pcs  $2,535.00

All three show as paid on our side. Let me know if you also need the packing slips.

Regards,
Tom Becker
Accounts Receivable, Ironleaf Manufacturing
`,
    att: [
      {
        name: 'Ironleaf_Q3_2025_invoices_PO88-40217.zip',
        type: 'application/zip',
        content: zip([
          ['INV-30812.pdf', invoicePdf('Ironleaf Manufacturing - Invoice INV-30812', ['PO 88-40217 release 2, 250 pcs DC-4471 @ 10.14', 'Total 2,535.00 USD - PAID 2025-08-12'])],
          ['INV-30977.pdf', invoicePdf('Ironleaf Manufacturing - Invoice INV-30977', ['PO 88-40217 release 3, 250 pcs DC-4471 @ 10.14', 'Total 2,535.00 USD - PAID 2025-09-09'])],
          ['INV-31150.pdf', invoicePdf('Ironleaf Manufacturing - Invoice INV-31150', ['PO 88-40217 release 4, 250 pcs DC-4471 @ 10.14', 'Total 2,535.00 USD - PAID 2025-10-01'])],
        ]),
      },
    ],
  },
  {
    slug: 'card-payment-receipt-html',
    htmlOnly: true,
    cat: 'invoice',
    date: '2025-04-07 21:14:46 +0000',
    from: 'Valley CRM Billing <billing@valleycrm.example>',
    to: 'Jenna Morales <jenna@mosaicprint.example>',
    subject: 'Receipt for your Valley CRM payment ($384.00)',
    html: `<div style="font-family:Arial,sans-serif;max-width:480px;font-size:14px;color:#1f2d3d">
<h3>Thanks for your payment</h3>
<table cellpadding="4" style="font-size:14px;width:100%">
<tr><td>Receipt number</td><td align="right">VCR-2025-041877</td></tr>
<tr><td>Date paid</td><td align="right">7 April 2025</td></tr>
<tr><td>Payment method</td><td align="right">Visa ending 4242</td></tr>
<tr><td colspan="2"><hr></td></tr>
<tr><td>Growth plan, 12 users, yearly (1 of 12 months billed monthly)</td><td align="right">$384.00</td></tr>
<tr><td><b>Amount paid</b></td><td align="right"><b>$384.00</b></td></tr>
</table>
<p>You can download PDF invoices any time under Settings &gt; Billing.</p>
<p style="font-size:12px;color:#8492a6">Valley CRM, Inc., 500 Orchard Ave, Suite 300, Fresno, CA 93721</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'annual-price-increase-notice',
    cat: 'invoice',
    date: '2025-10-15 12:00:00 +0000',
    from: 'Summit Cloud Hosting <billing@summitcloud.example>',
    to: 'Liam Foster <liam.foster@peakform-retail.example>',
    subject: 'Changes to Summit Cloud pricing from 1 January 2026',
    text: `Hello Liam,

We're writing to let you know about a change to our prices, with more than 60 days'
notice as our terms require.

From 1 January 2026:
  - Managed Kubernetes nodes: £420 -> £445 per node per month (+6%)
  - Block storage: unchanged at £96 per TB
  - Bandwidth overage: £240 -> £220 per TB (a decrease)

For Peakform Retail's current usage, this adds roughly £75 a month before VAT.

Why: our data-centre power contract renews in December at a significantly higher rate.
We've absorbed increases for the last two years and held storage prices flat.

If you'd like to lock in 2025 pricing, committing to a 12-month term before
15 December keeps your current node price for all of 2026. Oliver, your account manager,
can set that up - just reply.

Thank you for being a customer.

Summit Cloud Hosting Ltd
1 Spinningfields, Manchester M3 3AP
`,
  },
  {
    slug: 'small-studio-paypal-link',
    cat: 'invoice',
    date: '2025-05-30 17:36:22 -0700',
    from: 'Ana Ruiz (Tandem Coworking) <ana@tandem-coworking.example>',
    to: 'Maya Goldberg <maya@fernhill-digital.example>',
    subject: 'Meeting room invoice - May (3 bookings)',
    eol: 'lf',
    text: `Hi Maya,

Here's May for the big meeting room:

  May 6   half day   $120
  May 14  full day   $210
  May 27  half day   $120
  Total             $450

Easiest is PayPal: https://paypal.me/tandemcoworking/450
Or a check / Zelle to the usual. No rush - end of June is fine.

Thanks!
Ana
`,
  },
  {
    slug: 'remittance-advice-paid',
    cat: 'invoice',
    date: '2025-09-12 11:48:03 -0500',
    from: 'Delta Conveyor Accounts Payable <ap@delta-conveyor.example>',
    to: 'Ironleaf Accounts Receivable <ar@ironleaf-mfg.example>',
    subject: 'Remittance advice - ACH payment 0009127',
    text: `Remittance advice from Delta Conveyor Systems

Payment reference: ACH 0009127
Payment date:      09/12/2025
Amount:            $2,535.00

Invoices paid:
  INV-30977   $2,535.00

Funds should arrive within 1-2 business days. This is an automated message from our
AP system; replies go to ap@delta-conveyor.example.
`,
    att: [
      {
        name: 'Remittance_0009127.pdf',
        type: 'application/pdf',
        content: pdf('Delta Conveyor Systems - Remittance Advice', ['Payee: Ironleaf Manufacturing', 'ACH 0009127  09/12/2025', 'INV-30977 ........ 2,535.00 USD', 'Total paid ....... 2,535.00 USD']),
      },
    ],
  },
  {
    slug: 'fattura-elettronica-sdi',
    cat: 'invoice',
    lang: 'it',
    date: '2025-05-05 09:02:11 +0200',
    from: 'Gusto Catering Amministrazione <amministrazione@gusto-catering.example>',
    to: 'Ufficio HR <hr@officine-rinaldi.example>',
    subject: 'Fattura n. 118/2025 – convention del 29 aprile',
    mailer: 'Valley CRM Invoicing',
    text: `Buongiorno,

vi informiamo che la fattura elettronica n. 118/2025 relativa al buffet della convention
del 29 aprile (85 persone) è stata trasmessa tramite SdI. In allegato la copia di
cortesia in PDF.

Importo: 2.706,00 € IVA inclusa – pagamento a 30 giorni data fattura con bonifico.

Grazie ancora per averci scelto.

Amministrazione Gusto Catering
`,
    att: [
      {
        name: 'Fattura_118-2025_copia_cortesia.pdf',
        type: 'application/pdf',
        content: invoicePdf('Gusto Catering - Fattura n. 118/2025 (copia di cortesia)', [
          'Cliente: Officine Rinaldi S.p.A.',
          'Buffet evento, 85 persone x 29,00 EUR ........ 2.465,00 EUR',
          'Servizio camerieri (3) ........................ 0,00 EUR (incluso)',
          'Imponibile 2.460,00  IVA 10% 246,00  Totale 2.706,00 EUR',
        ]),
      },
    ],
  },

  // ------------------------------------------------------------------ order / shipping
  {
    slug: 'order-confirmation-table',
    htmlOnly: true,
    cat: 'order',
    date: '2025-05-13 10:33:41 +0100',
    from: 'Northgate Office Supplies <orders@northgate-supplies.example>',
    to: 'Reception Team <reception@baylis-architects.example>',
    subject: 'Order confirmation NG-5530871',
    html: `<div style="font-family:Arial,sans-serif;max-width:560px;font-size:14px;color:#222">
<p>Thank you for your order. We'll email you again when it's on its way.</p>
<p><b>Order NG-5530871</b> &middot; placed 13 May 2025 &middot; PO: BA-0425</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%;font-size:13px">
<tr style="background:#f3f4f6"><th align="left">Item</th><th>Qty</th><th align="right">Total</th></tr>
<tr><td>A0 plotter paper 90gsm 914mm x 50m</td><td align="center">6</td><td align="right">&pound;128.40</td></tr>
<tr><td>HP 727 ink 130ml, matte black</td><td align="center">2</td><td align="right">&pound;125.80</td></tr>
<tr><td>A4 copier paper 80gsm, box of 5</td><td align="center">10</td><td align="right">&pound;187.50</td></tr>
<tr><td>First-order discount (12%)</td><td></td><td align="right">-&pound;53.00</td></tr>
<tr><td>VAT</td><td></td><td align="right">&pound;77.74</td></tr>
<tr style="border-top:2px solid #222"><td><b>Total (invoice, 30 days)</b></td><td></td><td align="right"><b>&pound;466.44</b></td></tr>
</table>
<p>Delivery to: Baylis Architects, 2 Wharf Approach, Leeds LS1 4BR &middot; expected Wednesday 14 May</p>
<p style="font-size:12px;color:#888">Northgate Office Supplies Ltd, Unit 4, Kirkstall Trade Park, Leeds LS5 3BT</p>
</div>
`,
    get text() {
      return toText(this.html);
    },
  },
  {
    slug: 'shipped-ups-tracking',
    cat: 'order',
    date: '2025-04-15 16:50:02 -0400',
    from: 'Ironleaf Shipping <shipping@ironleaf-mfg.example>',
    to: 'Brian Castillo <bcastillo@delta-conveyor.example>',
    subject: 'Shipped: PO 88-40217 release 1 (2 cartons)',
    text: `Hello Brian,

Release 1 of PO 88-40217 (250 pcs DC-4471 rev C) left our dock today.

  Carrier:   UPS Ground
  Tracking:  1Z 5X7 92E 03 5550 1184
  Track:     https://www.ups.com/track?tracknum=1Z5X792E0355501184
  Cartons:   2  (61 lb total)
  Expected:  Thursday, April 17

Packing slip and CoC are in the cartons, copies attached to your portal order.

Ironleaf Shipping
`,
  },
  {
    slug: 'dhl-express-dispatch-from-seller',
    cat: 'order',
    date: '2025-06-18 13:02:44 +0200',
    from: 'Hofmann Ersatzteile <ersatzteile@hofmann-maschinenbau.example>',
    to: 'Frau Birgit Lenz <b.lenz@lenz-verpackung.example>',
    lang: 'de',
    subject: 'Versandbestätigung Ersatzteile – Auftrag 40-2219',
    text: `Sehr geehrte Frau Lenz,

Ihre Ersatzteile zu Auftrag 40-2219 wurden heute per DHL Express versendet.

  Sendungsnummer: 5550 1832 47
  Sendungsverfolgung: https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode=5550183247
  Inhalt: 2x Heizregister-Dichtungssatz, 1x Temperaturfühler PT100
  Voraussichtliche Zustellung: morgen bis 12:00 Uhr

Die Rechnung folgt separat.

Mit freundlichen Grüßen
Ersatzteilservice – Hofmann Maschinenbau GmbH
`,
  },
  {
    slug: 'backorder-delay-notice',
    eol: 'lf',
    cat: 'order',
    date: '2025-07-02 08:40:27 -0700',
    from: 'Copperline Coffee Wholesale <wholesale@copperline-coffee.example>',
    to: 'office@tandem-coworking.example',
    subject: 'Part of your order is delayed (Huila decaf)',
    text: `Hi Tandem team,

Quick heads-up on order W-7731: the 2 x 5 lb Huila sugarcane decaf are delayed. The
green coffee is stuck at the port in Oakland and we now expect to roast it on July 10.

The rest of the order (Guji and the house blend) shipped this morning and should arrive
tomorrow. We'll send the decaf separately at no extra shipping cost.

If you'd rather swap it for our Peru decaf, which is in stock, just reply and we'll ship
it today.

Sorry for the wait,
Maya at Copperline
`,
  },
  {
    slug: 'freight-delivery-appointment',
    cat: 'order',
    date: '2025-03-06 07:18:50 -0600',
    from: 'Brightwater Dispatch <dispatch@brightwater-logistics.example>',
    to: 'Marisol Vega <mvega@crestline-plastics.example>',
    subject: 'Delivery appointment needed - PRO 55501882 (6 pallets, Grand Prairie)',
    text: `Good morning,

Shipment PRO 55501882 (6 pallets, 5,050 lb) is at our Dallas terminal and ready for final
delivery to Crestline Plastics, 2400 W Marshall Dr, Grand Prairie.

Your location requires an appointment. Please reply with a date and time window for
tomorrow or Monday, or call dispatch at (972) 555-0114. Liftgate is booked.

Thank you,
Brightwater Dispatch - Dallas
`,
  },
  {
    slug: 'order-ack-plain',
    cat: 'order',
    date: '2025-10-22 12:01:09 +0200',
    from: 'Distribuciones Ortega Pedidos <pedidos@ortega-distribuciones.example>',
    to: 'Compras <compras@talleres-beltran.example>',
    lang: 'es',
    subject: 'Confirmación de pedido 25/1187',
    eol: 'lf',
    text: `Pedido 25/1187 recibido correctamente.

Fecha prevista de entrega: martes 28/10/2025 (mañana).
Forma de pago: domiciliación 30 días.

Para cualquier cambio, responda a este correo antes de las 18:00 de hoy.

Distribuciones Ortega – Pedidos
`,
  },
  {
    slug: 'export-packing-list-pdfs',
    cat: 'order',
    date: '2025-08-26 15:22:31 +0200',
    from: 'Hofmann Versand <versand@hofmann-maschinenbau.example>',
    to: 'Import Department <import@northline-packaging.example>',
    subject: 'Shipping documents: order 40-2301, ST-600 to Manchester',
    text: `Dear colleagues,

Please find attached the commercial invoice and packing list for order 40-2301
(1 x shrink tunnel ST-600, 1 crate). The crate leaves Bielefeld on 28 August by road
freight; the forwarder's reference is HAM-555-20931.

HS code 8422.40, country of origin Germany. EORI numbers are on the commercial invoice.

Kind regards,
Shipping Department, Hofmann Maschinenbau GmbH
`,
    att: [
      {
        name: 'Commercial_Invoice_40-2301.pdf',
        type: 'application/pdf',
        content: pdf('Commercial Invoice 40-2301', ['Seller: Hofmann Maschinenbau GmbH, Bielefeld, DE', 'Buyer: Northline Packaging Ltd, Manchester, GB', '1 x Shrink tunnel ST-600, HS 8422.40, origin DE', 'Value: 41,200.00 EUR, Incoterms DAP Manchester']),
      },
      {
        name: 'Packing_List_40-2301.pdf',
        type: 'application/pdf',
        content: pdf('Packing List 40-2301', ['Crate 1 of 1: 3,200 x 1,400 x 1,750 mm', 'Gross weight 1,460 kg, net weight 1,280 kg', 'Contents: ST-600 shrink tunnel, control cabinet, manual']),
      },
    ],
  },
  {
    slug: 'return-authorization-label',
    cat: 'order',
    date: '2025-12-09 10:10:10 -0600',
    from: 'GreenMile Support <returns@greenmile-fleet.example>',
    to: 'Rita Okafor <rokafor@summit-hvac.example>',
    subject: 'RMA 20931: return label for 3 faulty GPS units',
    text: `Hi Rita,

We've approved the return of the three GM-400 units that stopped reporting (serials
ending 4471, 4489 and 4502). Replacements shipped yesterday.

The prepaid return label is attached. Please pack the old units together, stick the
label on the box and drop it at any FedEx location within 30 days.

RMA number: 20931

Thanks,
GreenMile Support
`,
    att: [
      {
        name: 'RMA-20931-return-label.pdf',
        type: 'application/pdf',
        content: pdf('FedEx Ground return label - RMA 20931', ['FROM: Summit HVAC Services, Denver CO', 'TO: GreenMile Returns, 4100 Dahlia St, Denver CO 80216', 'Tracking: 5550 2093 1184', 'Reference: RMA 20931']),
      },
    ],
  },
  {
    slug: 'customs-eori-request',
    cat: 'order',
    date: '2025-08-29 09:05:46 +0100',
    from: 'Northline Packaging Imports <import@northline-packaging.example>',
    to: 'Hofmann Versand <versand@hofmann-maschinenbau.example>',
    subject: 'RE: Shipping documents: order 40-2301 - customs query',
    text: `Hello,

Our customs broker has asked for two things before they can clear the crate:

1. Your EORI number appears on the commercial invoice as DE000000000000 - could you
   confirm it's the full 15-character number? It looks one digit short.
2. A signed statement on origin for the preferential duty rate.

Could you send both today if possible? Otherwise the crate will sit in bonded storage
over the weekend.

Thanks,
Priti Desai
Imports, Northline Packaging Ltd
`,
  },
];
