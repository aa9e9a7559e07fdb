'use strict';
// Spam, part 3: malware-carrying mail. Every attachment is a harmless stand-in built by
// build-attachments.cjs ("MZ" + padding, WScript.Echo one-liners, macro-less .docm/.xlsm ...).

module.exports = [
  {
    slug: 'invoice-pdf-exe',
    cat: 'malware',
    from: 'Accounts Department <accounts@global-supplies-intl.example>',
    to: 'accounts.payable@brightlift.example',
    subject: 'Overdue invoice INV-20931 - please see attached',
    date: '2025-01-21 08:14:00 +0100',
    text: `Dear Sir/Madam,

Please find attached the overdue invoice INV-20931. Kindly arrange the
payment today to avoid late fees.

Regards,
Accounts Department
`,
    att: [{ key: 'exe-invoice', name: 'INV-20931.pdf.exe', type: 'application/octet-stream' }],
  },
  {
    slug: 'payment-advice-js',
    cat: 'malware',
    from: 'Payments <payments@remit-advice-bank.example>',
    to: 'finance@cobaltridge.example',
    subject: 'Payment Advice - Ref 0392/25',
    date: '2025-02-18 10:10:00 +0000',
    text: `Dear customer,

Attached is the payment advice for the transfer made to your account
today. Please confirm receipt.

Best regards,
Payment Services
`,
    att: [{ key: 'js-echo', name: 'Payment_Advice_0392.js', type: 'application/javascript' }],
  },
  {
    slug: 'order-details-vbs',
    cat: 'malware',
    from: 'Sales Order <orders@newbuyer-trading.example>',
    to: 'orders@hollis-machining.example',
    subject: 'New Purchase Order - urgent quotation',
    date: '2025-03-06 07:59:00 +0800',
    htmlEnc: 'quoted-printable',
    text: `Hello,

We are interested in your products. Please check the attached order
details and send us your best price and delivery time.

Thanks,
Purchase Manager
`,
    html: `<p>Hello,</p><p>We are interested in your products. Please check the attached order details and send us your best price and delivery time.</p><p>Thanks,<br>Purchase Manager</p>`,
    att: [{ key: 'vbs-echo', name: 'Order_Details_PO7781.vbs', type: 'text/vbscript' }],
  },
  {
    slug: 'photo-scr',
    eol: 'lf',
    cat: 'malware',
    from: 'Mike <mike.1987@freemail-box.example>',
    to: 'priya.shah@saffronsage.example',
    subject: 'photos from the party lol',
    date: '2025-04-27 21:22:00 +0000',
    text: `hey check out these photos from saturday haha you look funny
`,
    att: [{ key: 'exe-photo', name: 'IMG_20250426_2231.scr', type: 'application/octet-stream' }],
  },
  {
    slug: 'it-update-bat',
    cat: 'malware',
    from: 'IT Department <it-support@ledgerline-helpdesk.example>',
    to: 'staff@ledgerline.example',
    subject: 'Mandatory security update - run before 5pm',
    date: '2025-05-08 09:30:00 +0100',
    text: `All staff,

A critical security update must be installed on every PC today. Save the
attached file to your desktop and double-click it. If Windows asks for
permission, click "Yes" / "Run anyway".

Computers without the update will be disconnected from the network at 5pm.

IT Department
`,
    att: [{ key: 'bat-echo', name: 'security_update_KB5031.bat', type: 'application/x-msdos-program' }],
  },
  {
    slug: 'shipping-documents-iso',
    cat: 'malware',
    from: 'Maersk Line Documentation <docs@maersk-shipping-docs.example>',
    to: 'ops@orchardlane-logistics.example',
    subject: 'Shipping documents / Bill of Lading MSKU 7731902',
    date: '2025-06-03 11:48:00 +0200',
    text: `Dear Customer,

Please find the shipping documents (B/L, packing list, commercial invoice)
for container MSKU 7731902 in the attached disk image. Kindly check and
confirm the consignee details before vessel arrival.

Best regards,
Documentation Department
`,
    att: [{ key: 'iso-shipping', name: 'Shipping_Documents_MSKU7731902.iso', type: 'application/x-iso9660-image' }],
  },
  {
    slug: 'invoice-lnk',
    cat: 'malware',
    from: 'Billing <billing@cloud-invoices-portal.example>',
    to: 'accounts@hollis-machining.example',
    subject: 'Invoice #44102 from your supplier',
    date: '2025-07-15 14:02:00 +0000',
    text: `Your invoice is attached. Open the attachment to view it.
`,
    att: [{ key: 'lnk-stub', name: 'Invoice_44102.pdf.lnk', type: 'application/octet-stream' }],
  },
  {
    slug: 'document-viewer-hta',
    cat: 'malware',
    from: 'Secure Docs <no-reply@secure-doc-viewer.example>',
    to: 'ana.duarte@harborview-software.example',
    subject: 'Encrypted document received - open with viewer',
    date: '2025-08-12 06:30:00 +0000',
    html: `<p>You have received an encrypted document.</p><p>Open the attached <b>DocumentViewer.hta</b> to decrypt and view the file.</p>`,
    att: [{ key: 'hta-stub', name: 'DocumentViewer.hta', type: 'application/hta' }],
  },
  {
    slug: 'zip-with-js',
    eol: 'lf',
    cat: 'malware',
    from: 'Transaction Services <noreply@bank-transfer-notice.example>',
    to: 'owen@copperkettle-coffee.example',
    subject: 'Payment confirmation 0392 (zipped)',
    date: '2025-09-04 13:13:00 +0000',
    text: `Dear client,

Your payment has been processed. The confirmation is attached as a ZIP
archive for security reasons.

Regards
`,
    att: [{ key: 'zip-js', name: 'Payment_Confirmation_0392.zip', type: 'application/zip' }],
  },
  {
    slug: 'zip-with-exe-po',
    cat: 'malware',
    from: 'Procurement <procurement@intl-buyers-group.example>',
    to: 'greg@hollis-machining.example',
    subject: 'RE: RFQ - PO-2025-3381 attached',
    date: '2025-10-06 04:50:00 +0300',
    htmlEnc: 'quoted-printable',
    text: `Dear Greg,

As discussed, attached is our purchase order PO-2025-3381. The password
for the archive is 3381.

Kindly acknowledge.

Best Regards,
Procurement Department
`,
    html: `<p>Dear Greg,</p><p>As discussed, attached is our purchase order PO-2025-3381. The password for the archive is <b>3381</b>.</p><p>Kindly acknowledge.</p><p>Best Regards,<br>Procurement Department</p>`,
    att: [{ key: 'zip-exe-order', name: 'PO-2025-3381.zip', type: 'application/x-zip-compressed' }],
  },
  {
    slug: 'remittance-docm-macros',
    cat: 'malware',
    from: 'Finance Team <finance@remittance-services.example>',
    to: 'accounts@ledgerline.example',
    subject: 'Remittance advice for your invoices',
    date: '2025-11-18 09:05:00 +0000',
    enc: 'quoted-printable',
    html: `<div style="font-family:Calibri,Arial">
<p>Good morning,</p>
<p>Please see attached remittance advice for payment of your outstanding invoices.</p>
<p><b>Note:</b> the document was created in a newer version of Microsoft Office. If it does not display correctly, click <b>&quot;Enable Editing&quot;</b> and then <b>&quot;Enable Content&quot;</b> at the top of the page.</p>
<p>Kind regards,<br>Finance Team</p>
</div>`,
    att: [{ key: 'docm-remittance', name: 'Remittance_Advice_Nov.docm', type: 'application/vnd.ms-word.document.macroEnabled.12' }],
  },
  {
    slug: 'q3-report-xlsm',
    cat: 'malware',
    from: 'Chris Bell <chris.bell@harborview-softvvare.example>',
    to: 'imani.cole@orchardlane-logistics.example',
    subject: 'Q3 dock utilisation report',
    date: '2025-10-02 17:40:00 -0400',
    text: `Hi Imani,

Here is the Q3 dock utilisation report you asked for. You will need to
enable macros for the charts to load.

Chris
`,
    att: [{ key: 'xlsm-report', name: 'Q3_Dock_Utilisation.xlsm', type: 'application/vnd.ms-excel.sheet.macroEnabled.12' }],
  },
  {
    slug: 'dhl-awb-zip-double-ext',
    cat: 'malware',
    from: 'DHL Express <awb@dhl-awb-documents.example>',
    to: 'r.moreno@orchardlane-logistics.example',
    subject: 'DHL AWB 7730152284 - arrival notice',
    date: '2025-12-01 08:08:00 +0100',
    htmlEnc: 'quoted-printable',
    text: `Dear customer,

Your shipment with AWB 7730152284 has arrived at our facility. Please
download the attached AWB copy, print it, and present it at the service
point to collect your parcel.

DHL Express
`,
    html: `<table width="520" style="font-family:Arial"><tr><td style="background:#ffcc00;padding:10px;color:#d40511;font-weight:bold;font-size:22px">DHL</td></tr><tr><td style="padding:14px">
<p>Dear customer,</p><p>Your shipment with AWB <b>7730152284</b> has arrived at our facility. Please download the attached AWB copy, print it, and present it at the service point to collect your parcel.</p><p>DHL Express</p></td></tr></table>`,
    att: [{ key: 'zip-exe-awb', name: 'AWB_7730152284.zip', type: 'application/zip' }],
  },
  {
    slug: 'scan-pdf-scr',
    cat: 'malware',
    from: 'Scanner <scanner@ledgerline.example.copier-mail.example>',
    to: 'helen@ledgerline.example',
    subject: 'Scanned image from MX-3071',
    date: '2026-01-14 10:24:00 +0000',
    text: `Reply to: scanner@ledgerline.example
Device name: MX-3071
Device model: MX-3071
Location: 1st floor

File format: PDF
Resolution: 200dpi x 200dpi

Attached file is scanned image in PDF format.
`,
    att: [{ key: 'exe-scan', name: 'Scan_0042.pdf.scr', type: 'application/pdf' }],
  },
  {
    slug: 'statement-mime-mismatch',
    cat: 'malware',
    from: 'Account Statements <statements@online-statements-bank.example>',
    to: 'finance@cobaltridge.example',
    subject: 'Your monthly account statement is ready',
    date: '2025-10-31 23:59:00 +0000',
    html: `<p>Dear customer,</p><p>Your monthly account statement for October 2025 is attached.</p><p>Online Banking</p>`,
    att: [{ key: 'exe-statement', name: 'Statement_October_2025.exe', ctName: 'Statement_October_2025.pdf', type: 'application/pdf' }],
  },
  {
    slug: 'zip-with-lnk',
    cat: 'malware',
    from: 'Invoice Desk <invoices@supplier-billing-hub.example>',
    to: 'accounts.payable@brightlift.example',
    subject: 'Invoice details for September',
    date: '2025-09-23 12:00:00 +0200',
    text: `Hello,

Invoice details for September are in the attached archive.

Thank you
`,
    att: [{ key: 'zip-lnk', name: 'Invoice_Details_Sept.zip', type: 'application/zip' }],
  },
  {
    slug: 'fax-zip-vbs',
    cat: 'malware',
    from: 'eFax Service <fax@efax-delivery.example>',
    to: 'office@marlowprice.example',
    subject: 'eFax message from "+44 1555 0190" - 2 page(s)',
    date: '2025-09-17 09:17:00 +0100',
    text: `You have received a 2 page fax at 17/09/2025 09:16.

* The reference number for this fax is lon2_did11-1758094581-4419015-19.

Please open the attached archive to view your fax.

Thank you for using the eFax service!
`,
    att: [{ key: 'zip-vbs', name: 'fax_message_0917.zip', type: 'application/zip' }],
  },
  {
    slug: 'nested-zip-js',
    cat: 'malware',
    from: 'Customer Account <account@utility-billing-online.example>',
    to: 'owen@copperkettle-coffee.example',
    subject: 'Your September electricity statement',
    date: '2025-10-03 05:40:00 +0100',
    text: `Dear customer,

Your September statement is attached. Amount due: GBP 482.17.
If payment is not received by 10 October, a late payment charge will apply.
`,
    att: [{ key: 'zip-js-nested', name: 'Statement_Sept.zip', type: 'application/zip' }],
  },
  {
    slug: 'job-application-cv-docm',
    cat: 'malware',
    from: 'Laura Bennett <laura.bennett.cv@freemail-box.example>',
    to: 'jobs@tandem-talent.example',
    subject: 'Application: Warehouse Shift Lead - Laura Bennett',
    date: '2025-08-25 19:20:00 +0100',
    text: `Dear Hiring Manager,

I would like to apply for the Warehouse Shift Lead position. Please find my
CV attached. The file is protected, please click "Enable Content" to view
it.

I look forward to hearing from you.

Kind regards,
Laura Bennett
`,
    att: [{ key: 'docm-remittance', name: 'Laura_Bennett_CV.docm', type: 'application/vnd.ms-word.document.macroEnabled.12' }],
  },
  {
    slug: 'invoice-iso',
    cat: 'malware',
    from: 'Accounts Receivable <ar@office-supplies-billing.example>',
    to: 'office@marlowprice.example',
    subject: 'Invoice 0925 - payment overdue',
    date: '2025-09-26 15:30:00 +0100',
    htmlEnc: 'quoted-printable',
    text: `Hello,

The attached invoice is now overdue. Please open it and arrange payment.
`,
    html: `<p>Hello,</p><p>The attached invoice is now <b style="color:red">overdue</b>. Please open it and arrange payment.</p>`,
    att: [{ key: 'iso-invoice', name: 'Invoice_0925.img.iso', type: 'application/octet-stream' }],
  },
  {
    slug: 'padded-filename-exe',
    cat: 'malware',
    from: 'Remittance <remit@payment-notice-center.example>',
    to: 'accounts@hollis-machining.example',
    subject: 'Swift copy of payment USD 8,942.00',
    date: '2025-08-07 06:20:00 +0000',
    text: `Dear Sir,

Please find attached the SWIFT copy for the payment of USD 8,942.00 made
today. Kindly check with your bank and confirm.

Regards,
Treasury
`,
    att: [{ key: 'exe-pay', name: 'SWIFT_Copy_USD8942.pdf                                        .exe', type: 'application/octet-stream' }],
  },
  {
    slug: 'teams-update-exe',
    cat: 'malware',
    from: 'Microsoft Teams <updates@teams-client-update.example>',
    to: 'chris.bell@harborview-software.example',
    subject: 'Your Microsoft Teams client is out of date',
    date: '2026-02-19 10:00:00 +0000',
    enc: 'quoted-printable',
    html: `<div style="font-family:Segoe UI,Arial;max-width:480px;border:1px solid #ddd;padding:20px">
<p style="color:#5b5fc7;font-size:18px;font-weight:bold">Microsoft Teams</p>
<p>Your Teams client is out of date and will stop connecting to meetings on <b>20 February</b>.</p>
<p>Run the attached installer to update now. The update takes less than a minute.</p>
</div>`,
    att: [{ key: 'exe-setup', name: 'TeamsUpdate_Setup.exe', type: 'application/x-msdownload' }],
  },
  {
    slug: 'tracking-js-octet',
    cat: 'malware',
    from: 'FedEx <tracking@fedex-shipment-status.example>',
    to: 'events@cobaltridge.example',
    subject: 'FedEx shipment 7791 2033 4410: delivery exception',
    date: '2025-05-27 03:45:00 -0500',
    html: `<p><b>FedEx</b></p><p>Delivery exception for shipment 7791 2033 4410. See attached tracking details.</p>`,
    att: [{ key: 'js-echo2', name: 'FedEx_Tracking_779120334410.js', type: 'application/octet-stream' }],
  },
  {
    slug: 'fax-exe-no-body-text',
    cat: 'malware',
    from: '"Fax Server" <fax@marlowprice.example.fax-relay.example>',
    to: 'office@marlowprice.example',
    subject: 'Fax received (3 pages)',
    date: '2026-04-14 07:07:00 +0100',
    text: `Fax attached.
`,
    att: [{ key: 'exe-fax', name: 'FAX_20260414_070512.exe', type: 'application/x-dosexec' }],
  },
];
