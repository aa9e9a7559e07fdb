'use strict';
// Ham, part 4: invoices, order confirmations, support replies, partner updates.

module.exports = [
  // ------------------------------------------------------------------ invoices
  {
    slug: 'invoice-pdf-bookkeeping',
    cat: 'invoice',
    from: 'Ledgerline Bookkeeping <accounts@ledgerline.example>',
    to: 'Marcus Lee <m.lee@keystone-fab.example>',
    subject: 'Invoice LL-2025-0417 from Ledgerline Bookkeeping',
    date: '2025-04-30 17:02:00 +0100',
    text: `Dear Marcus,

Please find attached invoice LL-2025-0417 for April bookkeeping and two
payroll runs, total GBP 912.00 including VAT, due 30 May 2025.

Payment by bank transfer to the account on the invoice. Our bank details
have not changed; if you ever receive a message saying they have, please
call us on 01555 0133 before paying.

Thank you,
Ledgerline Bookkeeping
`,
    att: [{ key: 'pdf-invoice-ledgerline', name: 'Invoice-LL-2025-0417.pdf', type: 'application/pdf' }],
  },
  {
    slug: 'print-invoice-multipart',
    cat: 'invoice',
    from: 'Pressworks Print Studio <billing@pressworks.example>',
    to: 'events@cobaltridge.example',
    subject: 'Invoice PW-10552 (paid) - flyers and roll-up banners',
    date: '2025-03-18 16:40:10 -0600',
    htmlEnc: 'quoted-printable',
    text: `Thanks for your order!

Invoice PW-10552 - PAID by card on 18 March 2025
Total: $286.00

The PDF copy is attached for your records. Your banners ship tomorrow by
courier; you'll get a tracking e-mail.

Pressworks Print Studio, 2250 Linotype Ave, Unit B, Fairhaven
`,
    html: `<table width="560" style="font-family:Arial,sans-serif;font-size:14px"><tr><td>
<h2 style="color:#c2410c">Thanks for your order!</h2>
<p>Invoice <b>PW-10552</b> &ndash; <span style="color:#2f9e44">PAID</span> by card on 18 March 2025<br>Total: <b>$286.00</b></p>
<p>The PDF copy is attached for your records. Your banners ship tomorrow by courier; you&#39;ll get a tracking e-mail.</p>
<p style="font-size:11px;color:#888">Pressworks Print Studio, 2250 Linotype Ave, Unit B, Fairhaven</p>
</td></tr></table>
`,
    att: [{ key: 'pdf-invoice-pressworks', name: 'PW-10552.pdf', type: 'application/pdf' }],
  },
  {
    slug: 'subscription-receipt-html',
    cat: 'invoice',
    from: 'Quillstack Billing <billing@quillstack.example>',
    to: 'priya.shah@saffronsage.example',
    subject: 'Your Quillstack receipt [#QS-2025-04-00871]',
    date: '2025-04-08 00:04:19 +0000',
    enc: 'quoted-printable',
    html: `<!DOCTYPE html><html><body style="background:#f6f6fb;margin:0;padding:24px 0">
<table align="center" width="520" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#2d2a3e">
<tr><td style="padding:24px 28px 8px"><img src="https://cdn.quillstack.example/mail/logo.png" alt="Quillstack" width="110" height="28"></td></tr>
<tr><td style="padding:8px 28px">
<h2 style="margin:8px 0">Receipt #QS-2025-04-00871</h2>
<p style="color:#6e6a85;margin:0 0 16px">Paid 8 April 2025 &middot; Visa ending 1881</p>
<table width="100%" cellpadding="6" style="border-top:1px solid #eee;border-bottom:1px solid #eee">
<tr><td>Quillstack Team plan &times; 3 users (8 Apr &ndash; 7 May)</td><td align="right">$87.00</td></tr>
<tr><td>Sales tax</td><td align="right">$0.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$87.00</b></td></tr>
</table>
<p><a href="https://app.quillstack.example/billing/invoices/QS-2025-04-00871">View or download invoice</a></p>
<p style="font-size:12px;color:#6e6a85">Questions about billing? Reply to this e-mail or visit <a href="https://help.quillstack.example/billing">help.quillstack.example/billing</a>.</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#9c98b3">Quillstack Inc., 88 Market Street, Suite 300, Riverton</td></tr>
</table></body></html>
`,
  },
  {
    slug: 'overdue-invoice-reminder',
    messageId: '<HM-ACC-0805-3092@hollis-machining.example>',
    cat: 'invoice',
    from: 'Hollis Machining Accounts <accounts@hollis-machining.example>',
    to: 'accounts.payable@brightlift.example',
    cc: 'Greg Hollis <greg@hollis-machining.example>',
    subject: 'Second reminder: invoice HM-3092 is 21 days overdue',
    date: '2025-08-05 09:30:00 -0500',
    text: `Hello,

Our records show invoice HM-3092 (dated 16 June 2025, $8,942.00, PO
BL-PO-7714) is now 21 days past its due date. A copy was sent on 16 June
and a first reminder on 22 July.

If payment has already been made, please send the remittance so we can
match it. If there is a problem with the invoice or the parts, let us
know and we'll sort it out.

Otherwise, we'd be grateful for payment this week. Our bank details are
printed on the invoice and have not changed.

Thank you,
Accounts, Hollis Machining Co.
+1 555 0177
`,
  },
  {
    slug: 'credit-note',
    cat: 'invoice',
    from: 'Tallyworks <billing@tallyworks.example>',
    to: 'helen@ledgerline.example',
    subject: 'Credit note CN-2025-0031 for your Tallyworks account',
    date: '2025-07-01 06:15:00 +0000',
    eol: 'lf',
    text: `Hi Helen,

We've issued credit note CN-2025-0031 (GBP 31.50) for the three seats you
removed on 17 June. It will be deducted from your next invoice
automatically - nothing for you to do.

The credit note is attached. You can also find it under Billing > Documents.

Tallyworks Billing
`,
    att: [{ key: 'pdf-creditnote', name: 'CN-2025-0031.pdf', type: 'application/pdf' }],
  },
  {
    slug: 'rechnung-druckerei-de',
    cat: 'invoice',
    from: 'Druckerei Lindenhof <rechnung@druckerei-lindenhof.test>',
    to: 'Katrin Vogel <k.vogel@wortwerk-uebersetzungen.test>',
    subject: 'Ihre Rechnung Nr. 2025-1093',
    date: '2025-10-07 11:20:00 +0200',
    textEnc: 'quoted-printable',
    text: `Sehr geehrte Frau Vogel,

vielen Dank für Ihren Auftrag. Anbei erhalten Sie die Rechnung Nr. 2025-1093
über 2.000 Visitenkarten (Gesamtbetrag 218,96 € inkl. 19 % USt.).

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen unter Angabe der
Rechnungsnummer.

Mit freundlichen Grüßen
Buchhaltung – Druckerei Lindenhof GmbH
Lindenallee 31, 34119 Kassel · Amtsgericht Kassel HRB 0000
`,
    att: [{ key: 'pdf-rechnung', name: 'Rechnung_2025-1093.pdf', type: 'application/pdf' }],
  },
  {
    slug: 'invoice-payment-options',
    cat: 'invoice',
    from: 'Fernhill Digital <accounts@fernhill-digital.example>',
    to: 'accounts@hollis-machining.example',
    subject: 'Invoice FD-0212: Website redesign - deposit (50%)',
    date: '2026-02-12 10:00:00 +0000',
    htmlEnc: 'quoted-printable',
    text: `Hello,

Invoice FD-0212 for the 50% deposit on the website redesign is ready.

Amount: $7,200.00
Due: 26 February 2026

View and pay online: https://pay.fernhill-digital.example/i/FD-0212
You can pay by bank transfer, card, or PayPal from that page.

Thanks - we're looking forward to kick-off.

Fernhill Digital, 3rd floor, 17 Kiln Street, Millbrook MB2 3PZ
`,
    html: `<p>Hello,</p>
<p>Invoice <b>FD-0212</b> for the 50% deposit on the website redesign is ready.</p>
<p>Amount: <b>$7,200.00</b><br>Due: 26 February 2026</p>
<p><a href="https://pay.fernhill-digital.example/i/FD-0212">View and pay online</a> &ndash; you can pay by bank transfer, card, or PayPal from that page.</p>
<p>Thanks &ndash; we&rsquo;re looking forward to kick-off.</p>
<p style="color:#777;font-size:12px">Fernhill Digital, 3rd floor, 17 Kiln Street, Millbrook MB2 3PZ</p>
`,
  },

  // ------------------------------------------------------------------ order confirmations
  {
    slug: 'office-supplies-order',
    cat: 'order',
    from: 'Mapleleaf Office Supply <orders@mapleleaf-office.example>',
    to: 'office@marlowprice.example',
    subject: 'Order confirmation #ML-558120',
    date: '2025-05-14 13:41:09 +0100',
    enc: 'quoted-printable',
    html: `<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h2>Thank you, your order is confirmed</h2>
<p>Order <b>#ML-558120</b> placed 14 May 2025 by office@marlowprice.example</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd">
<tr style="background:#f2f2f2"><th>Item</th><th>Qty</th><th>Price</th></tr>
<tr><td>A4 copier paper 80gsm, box of 5 reams</td><td>6</td><td>&pound;113.70</td></tr>
<tr><td>Lever arch files, black, pack of 10</td><td>2</td><td>&pound;31.98</td></tr>
<tr><td>Toner cartridge TN-2420</td><td>3</td><td>&pound;164.97</td></tr>
<tr><td colspan="2" align="right">Delivery</td><td>FREE</td></tr>
<tr><td colspan="2" align="right"><b>Total (inc. VAT)</b></td><td><b>&pound;310.65</b></td></tr>
</table>
<p>Delivery: next working day to 12 Canal Street, Millbrook MB1 4QT.</p>
<p><a href="https://www.mapleleaf-office.example/account/orders/ML-558120">Track or change your order</a></p>
<p style="font-size:11px;color:#777">Mapleleaf Office Supply Ltd, Unit 4 Beacon Park, Eastcombe EC2 9TT</p>
</body></html>
`,
  },
  {
    slug: 'shipment-tracking',
    cat: 'order',
    from: 'SwiftParcel <notifications@swiftparcel.example>',
    to: 'events@cobaltridge.example',
    subject: 'Your parcel from Pressworks Print Studio is on its way',
    date: '2025-03-19 08:05:44 -0600',
    htmlEnc: 'quoted-printable',
    text: `Your parcel is on its way

From: Pressworks Print Studio
Tracking number: SP 4410 2298 7715
Expected delivery: Thursday 20 March, 9:00-13:00

Track: https://track.swiftparcel.example/SP441022987715

Not going to be in? Choose a neighbour or a pickup point on the tracking page.
`,
    html: `<div style="font-family:Arial,sans-serif;max-width:520px">
<h2 style="color:#0b7285">Your parcel is on its way</h2>
<p>From: <b>Pressworks Print Studio</b><br>Tracking number: <b>SP 4410 2298 7715</b><br>Expected delivery: <b>Thursday 20 March, 9:00&ndash;13:00</b></p>
<p><a href="https://track.swiftparcel.example/SP441022987715">Track your parcel</a></p>
<p style="font-size:12px;color:#666">Not going to be in? Choose a neighbour or a pickup point on the tracking page.</p>
</div>
`,
  },
  {
    slug: 'parts-order-plain',
    cat: 'order',
    from: 'Hollis Machining Co. <orders@hollis-machining.example>',
    to: 'purchasing@brightlift.example',
    subject: 'Order acknowledgement SO-24417 / your PO BL-PO-7802',
    date: '2025-09-15 10:22:00 -0500',
    eol: 'lf',
    text: `ORDER ACKNOWLEDGEMENT

Sales order:  SO-24417
Your PO:      BL-PO-7802
Ship to:      Brightlift Equipment Hire, Workshop, 8 Depot Road, Eastcombe

Line  Part            Description                     Qty   Unit     Total
1     CP-25-ZP        Carriage plate, zinc plated     50    44.71    2,235.50
2     BR-118          Mast bracket, painted           20    31.20      624.00
                                                          ----------------
                                                          Net $2,859.50

Promised ship date: 10 October 2025 (call-off 2 of 4)
Terms: net 30

Please check the above and tell us within 2 working days if anything is
wrong.
`,
  },
  {
    slug: 'backorder-notice',
    cat: 'order',
    from: 'Mapleleaf Office Supply <orders@mapleleaf-office.example>',
    to: 'office@marlowprice.example',
    subject: 'Part of your order #ML-561907 is delayed',
    date: '2025-06-03 15:18:00 +0100',
    text: `Hello,

Sorry - one item in your order #ML-561907 is out of stock at our warehouse:

  Ergonomic footrest, adjustable (qty 2)

The rest of the order was delivered today. We expect the footrests on
12 June and will send them free of charge as soon as they arrive. If you'd
rather cancel that item and get a refund, reply to this e-mail.

Mapleleaf Office Supply - Customer Service
`,
  },
  {
    slug: 'catering-order-confirmed',
    cat: 'order',
    from: 'Saffron & Sage Catering <orders@saffronsage.example>',
    to: 'events@cobaltridge.example',
    subject: 'Booking confirmed: Partner day, 18 Sept, 120 guests',
    date: '2025-08-29 11:00:00 +0100',
    htmlEnc: 'quoted-printable',
    text: `Booking confirmed - thank you!

Event: Cobalt Ridge partner day
Date: Thursday 18 September 2025
Guests: 120 (incl. 14 vegetarian, 6 vegan, 3 gluten-free)
Arrival on site: 07:30, service 08:30-16:00

A 30% deposit invoice (GBP 1,771.20 incl. VAT) will follow separately.
Final numbers by 11 September, please.

Priya
Saffron & Sage Catering
`,
    html: `<p><b>Booking confirmed &ndash; thank you!</b></p>
<table cellpadding="3">
<tr><td>Event</td><td>Cobalt Ridge partner day</td></tr>
<tr><td>Date</td><td>Thursday 18 September 2025</td></tr>
<tr><td>Guests</td><td>120 (incl. 14 vegetarian, 6 vegan, 3 gluten-free)</td></tr>
<tr><td>Arrival on site</td><td>07:30, service 08:30&ndash;16:00</td></tr>
</table>
<p>A 30% deposit invoice (&pound;1,771.20 incl. VAT) will follow separately. Final numbers by 11 September, please.</p>
<p>Priya<br>Saffron &amp; Sage Catering</p>
`,
  },
  {
    slug: 'domain-renewal-receipt',
    cat: 'order',
    from: 'Hostbay <receipts@hostbay.example>',
    to: 'it@orchardlane-logistics.example',
    subject: 'Receipt: orchardlane-logistics.example renewed for 1 year',
    date: '2026-04-02 03:12:55 +0000',
    text: `Thanks! Your domain has been renewed.

Domain: orchardlane-logistics.example
New expiry date: 4 April 2027
Amount: $14.99 (card ending 4242)

Receipt R-557102 is attached.

Manage your domains: https://my.hostbay.example/domains
`,
    att: [{ key: 'pdf-invoice-hostbay', name: 'Hostbay-Receipt-R-557102.pdf', type: 'application/pdf' }],
  },

  // ------------------------------------------------------------------ support replies
  {
    slug: 'ticket-resolved',
    cat: 'support',
    from: 'Valley CRM Support <support@valleycrm.example>',
    to: 'Helen Marsh <helen@ledgerline.example>',
    subject: 'Re: [VC-20931] Imported leads missing phone numbers',
    date: '2025-11-06 14:48:21 +0000',
    headers: { 'In-Reply-To': '<ticket-VC-20931-1@valleycrm.example>', References: '<ticket-VC-20931-1@valleycrm.example>' },
    htmlEnc: 'quoted-printable',
    text: `Hi Helen,

Thanks for sending the spreadsheet. The phone numbers were skipped because
the column header was "Tel." - the importer only auto-matches "Phone",
"Telephone" and "Mobile".

I've re-run the import with the column mapped manually, and all 412 leads
now have their numbers. Next time, you can map any column on the second
step of the import screen.

I'll mark this ticket as solved; just reply if anything still looks off.

Jonas
Valley CRM Support
`,
    html: `<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Helen,</p>
<p>Thanks for sending the spreadsheet. The phone numbers were skipped because the column header was &quot;Tel.&quot; &ndash; the importer only auto-matches &quot;Phone&quot;, &quot;Telephone&quot; and &quot;Mobile&quot;.</p>
<p>I&#39;ve re-run the import with the column mapped manually, and all 412 leads now have their numbers. Next time, you can map any column on the second step of the import screen.</p>
<p>I&#39;ll mark this ticket as solved; just reply if anything still looks off.</p>
<p>Jonas<br>Valley CRM Support</p>
<p style="color:#999;font-size:11px">Ticket VC-20931 &middot; <a href="https://help.valleycrm.example/tickets/VC-20931">View in help centre</a></p>
</div>
`,
  },
  {
    slug: 'password-reset-requested',
    cat: 'support',
    from: 'Harborview Software <no-reply@harborview-software.example>',
    to: 'imani.cole@orchardlane-logistics.example',
    subject: 'Reset your Harborview password',
    date: '2025-07-14 07:31:02 -0400',
    text: `Hi Imani,

Someone (hopefully you) asked to reset the password for your Harborview
account imani.cole@orchardlane-logistics.example.

Reset your password:
https://app.harborview-software.example/password/reset?token=f3a9c2e18b7d4e60

This link works once and expires in 60 minutes. If you didn't ask for a
reset, you can ignore this e-mail - your password won't change.

Harborview Software
`,
  },
  {
    slug: 'support-export-csv',
    cat: 'support',
    from: 'Valley CRM Support <support@valleycrm.example>',
    to: 'Dana Whitfield <dana.whitfield@northbay-freight.example>',
    subject: 'Re: [VC-21477] Export of leads by stage',
    date: '2025-09-08 10:02:37 +0000',
    text: `Hi Dana,

The scheduled export failed on Friday because one of the custom fields had
been deleted while the export was still referencing it. I've fixed the
export definition; the file it should have produced is attached.

The next scheduled run is tonight at 02:00 and should work normally.

Best,
Jonas
Valley CRM Support
`,
    att: [{ key: 'csv-support-export', name: 'leads-by-stage-2025-09-05.csv', type: 'text/csv', enc: 'base64' }],
  },
  {
    slug: 'support-thread-quoted',
    cat: 'support',
    from: 'Tallyworks Support <help@tallyworks.example>',
    to: 'Owen Pryce <owen@copperkettle-coffee.example>',
    subject: 'Re: Receipts from phone upload show as blank',
    date: '2025-11-19 16:20:00 +0000',
    mailer: 'Tallyworks Helpdesk',
    eol: 'lf',
    text: `Hi Owen,

Thanks for the screenshots - that helped. The iPhone app version you're on
(4.18.0) has a bug with HEIC photos; it's fixed in 4.18.2, released this
morning. Please update the app and re-upload the three receipts.

The blank ones already in your file can be deleted from the Inbox tab.

Kind regards,
Malik
Tallyworks Support

--- Original message ---
From: Owen Pryce <owen@copperkettle-coffee.example>
Date: 19 Nov 2025 09:12
Subject: Receipts from phone upload show as blank

> Hello, when I upload receipts from my phone they appear in Tallyworks
> but the image is just white. Uploading from the laptop works. Screenshots
> attached. Owen
`,
  },
  {
    slug: 'engineering-escalation',
    cat: 'support',
    from: 'Chris Bell <chris.bell@harborview-software.example>',
    to: 'Imani Cole <imani.cole@orchardlane-logistics.example>',
    cc: 'support@harborview-software.example',
    subject: 'Update on the duplicate carrier bookings (HV-8812)',
    date: '2025-10-09 18:55:10 -0400',
    text: `Hi Imani,

Quick update on the duplicate bookings you reported on Tuesday.

Cause: when a carrier double-clicked "Confirm" on a slow mobile connection,
two requests arrived within a few hundred milliseconds and both were
accepted. Our engineers have added a check so the second request is
rejected, and this is live as of 16:00 today.

We found 23 duplicates across your two sites since 1 October; they're
listed in the ticket, and we've cancelled the second copy of each (carriers
were not notified, so nobody will be confused).

Sorry for the hassle. We'll keep an eye on it for the next week.

Chris
`,
  },
  {
    slug: 'ticket-auto-ack',
    cat: 'support',
    from: 'Beacon IT Helpdesk <helpdesk@beaconit.example>',
    to: 'helen@ledgerline.example',
    subject: '[Ticket #55871] Printer on first floor not scanning to e-mail',
    date: '2025-12-02 09:03:11 +0000',
    headers: { 'Auto-Submitted': 'auto-replied' },
    text: `Thanks, we've received your request and created ticket #55871.

A technician will respond within 4 business hours (your plan: Standard).
For anything urgent, call 01555 0188.

To add information, just reply to this e-mail and keep the ticket number
in the subject.

Beacon IT Helpdesk
`,
  },

  // ------------------------------------------------------------------ partner updates
  {
    slug: 'reseller-margin-tiers',
    cat: 'partner',
    from: 'Harborview Partner Team <partners@harborview-software.example>',
    to: 'Cobalt Ridge Consulting <partners@cobaltridge.example>',
    subject: 'Partner programme 2026: new margin tiers and deal registration',
    date: '2025-12-04 15:30:00 +0000',
    htmlEnc: 'quoted-printable',
    text: `Hello partners,

From 1 January 2026 the reseller programme changes as follows:

  Registered   (any volume)          15% margin
  Silver       ($50k+ ARR / year)    20% margin
  Gold         ($150k+ ARR / year)   25% margin + co-marketing fund

Deal registration moves into the partner portal; registered deals are
protected for 90 days. Your current tier is shown on the portal dashboard:
https://partners.harborview-software.example/dashboard

We'll walk through the changes on a partner call on 11 December.

Harborview Partner Team
`,
    html: `<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello partners,</p>
<p>From 1 January 2026 the reseller programme changes as follows:</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eef2f7"><th align="left">Tier</th><th align="left">Threshold</th><th align="left">Benefit</th></tr>
<tr><td>Registered</td><td>any volume</td><td>15% margin</td></tr>
<tr><td>Silver</td><td>$50k+ ARR / year</td><td>20% margin</td></tr>
<tr><td>Gold</td><td>$150k+ ARR / year</td><td>25% margin + co-marketing fund</td></tr>
</table>
<p>Deal registration moves into the partner portal; registered deals are protected for 90 days. Your current tier is on the <a href="https://partners.harborview-software.example/dashboard">partner portal dashboard</a>.</p>
<p>We&rsquo;ll walk through the changes on a partner call on 11 December.</p>
<p>Harborview Partner Team</p>
</div>
`,
  },
  {
    slug: 'api-deprecation-notice',
    cat: 'partner',
    from: 'Valley CRM Developers <developers@valleycrm.example>',
    to: 'integrations@quillstack.example',
    subject: 'Action required by 30 June: Leads API v1 is being retired',
    date: '2026-01-15 12:00:00 +0000',
    text: `Hello Quillstack team,

Your integration is still calling the Valley CRM Leads API v1
(about 18,000 requests in the last 30 days). v1 will be retired on
30 June 2026; after that date v1 requests will return HTTP 410.

What changes in v2:
  - cursor-based pagination instead of page numbers
  - phone numbers returned in E.164 format
  - OAuth 2 client credentials replace API keys

Migration guide: https://developers.valleycrm.example/leads/v1-to-v2

If you need more time, reply to this e-mail before 1 May and we'll work
something out.

Valley CRM Developer Relations
`,
  },
  {
    slug: 'distributor-price-change',
    cat: 'partner',
    from: 'Vogt Hydraulik Vertrieb <vertrieb@vogt-hydraulik.test>',
    to: 'purchasing@brightlift.example',
    subject: 'Price adjustment from 1 November 2025 / Preisanpassung',
    date: '2025-09-30 10:45:00 +0200',
    text: `Dear partner,

Due to increased steel and energy costs, we will adjust prices for part of
our fittings and valves range from 1 November 2025. The attached CSV lists
the affected part numbers with old and new prices (EUR, per piece).

Orders placed before 31 October will be invoiced at current prices, even
if delivered later.

Kind regards / Mit freundlichen Grüßen
Vogt Hydraulik Vertrieb GmbH
Industriestraße 12, 34123 Kassel
`,
    att: [{ key: 'csv-distributor', text: true, name: 'price-changes-2025-11-01.csv', type: 'text/csv', charset: 'utf-8' }],
  },
  {
    slug: 'commission-statement',
    cat: 'partner',
    from: 'Harborview Partner Team <partners@harborview-software.example>',
    to: 'finance@cobaltridge.example',
    subject: 'Your Q2 2025 commission statement',
    date: '2025-07-08 09:10:00 +0000',
    text: `Hello,

Your commission statement for Q2 2025 is attached: 7 closed deals, $7,230.00
commission, payout on 15 July 2025 to the bank account on file.

If any deal is missing, raise it in the partner portal before 12 July.

Harborview Partner Team
`,
    att: [{ key: 'pdf-commission', name: 'Commission-Statement-Q2-2025-CobaltRidge.pdf', type: 'application/pdf' }],
  },
  {
    slug: 'co-marketing-proposal',
    messageId: '<fernhill-casestudy-0421@fernhill-digital.example>',
    cat: 'partner',
    from: 'Sofia Lund <sofia@fernhill-digital.example>',
    to: 'Rosa Lindqvist <rosa@greenfold-packaging.example>',
    subject: 'Joint case study? (Copper Kettle packaging + web shop)',
    date: '2026-04-21 11:35:00 +0000',
    text: `Hi Rosa,

Owen at Copper Kettle mentioned that both of us worked on their relaunch -
you on the new bags, us on the web shop. Would you be up for a joint case
study? We'd write it and share drafts with you; each of us publishes it on
our own site and newsletter, with a link to the other.

Owen is happy to be quoted. I'd aim for something short: 600 words, three
photos, one number each (we have conversion rate, you have the compostable
switch).

Fancy a coffee next week to plan it? (At Copper Kettle, obviously.)

Sofia
Fernhill Digital
`,
  },
  {
    slug: 'brand-assets-zip',
    cat: 'partner',
    from: 'Rosa Lindqvist <rosa@greenfold-packaging.example>',
    to: 'Sofia Lund <sofia@fernhill-digital.example>',
    subject: 'Re: Joint case study? (Copper Kettle packaging + web shop)',
    date: '2026-04-22 09:05:00 +0100',
    headers: { 'In-Reply-To': '<fernhill-casestudy-0421@fernhill-digital.example>' },
    text: `Hi Sofia,

Yes please - great idea. Coffee on Tuesday works for me.

I've zipped up our logo, a banner image and the short brand guidelines so
you can use them in the draft. Our one number: Copper Kettle cut plastic
packaging by 1.2 tonnes a year with the compostable bags.

Rosa
`,
    att: [{ key: 'zip-brand-assets', name: 'Greenfold-brand-assets.zip', type: 'application/zip' }],
  },
];
