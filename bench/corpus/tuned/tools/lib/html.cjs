'use strict';
// HTML renderers that imitate how different mail clients / senders produce HTML.
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const linkify = (s) => esc(s).replace(/https?:\/\/[^\s<>()"]+[^\s<>()".,;:!?]/g, (u) => `<a href="${u}">${u}</a>`);

// Gmail-like: <div dir="ltr"> with <div> per line
function gmail(text) {
  const lines = text.replace(/\n+$/, '').split('\n');
  const body = lines.map((l) => (l.trim() === '' ? '<div><br></div>' : `<div>${linkify(l)}</div>`)).join('');
  return `<div dir="ltr">${body}</div>\n`;
}

// Outlook-like: Word HTML with MsoNormal paragraphs
function outlook(text, font = 'Calibri') {
  const paras = text.replace(/\n+$/, '').split('\n');
  const body = paras.map((l) => `<p class="MsoNormal">${l.trim() === '' ? '<o:p>&nbsp;</o:p>' : linkify(l) + '<o:p></o:p>'}</p>`).join('\n');
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"${font}",sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
.MsoChpDefault {mso-style-type:export-only;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${body}
</div>
</body>
</html>
`;
}

// Apple Mail-like
function apple(text) {
  const blocks = text.replace(/\n+$/, '').split(/\n\n+/);
  const body = blocks.map((b) => `<div>${b.split('\n').map(linkify).join('<br>')}</div>`).join('<div><br></div>');
  return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">${body}</body></html>\n`;
}

// Thunderbird / simple
function simple(text) {
  const blocks = text.replace(/\n+$/, '').split(/\n\n+/);
  return `<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n</head>\n<body>\n${blocks.map((b) => `<p>${b.split('\n').map(linkify).join('<br>\n')}</p>`).join('\n')}\n</body>\n</html>\n`;
}

// Transactional/app template: header bar, card, footer lines
function app({ brand, color = '#1f6feb', preheader = '', heading, paras = [], button, footer = [], logoCid, table }) {
  const p = paras.map((x) => `<p style="margin:0 0 14px 0;font-size:15px;line-height:22px;color:#1f2933">${x}</p>`).join('\n');
  const t = table
    ? `<table role="presentation" width="100%" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px;margin:8px 0 18px 0">${table
        .map((r, i) => `<tr style="background:${i % 2 ? '#ffffff' : '#f5f7fa'}"><td style="color:#52606d">${esc(r[0])}</td><td align="right" style="color:#1f2933"><b>${esc(r[1])}</b></td></tr>`)
        .join('')}</table>`
    : '';
  const b = button
    ? `<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:${color};border-radius:4px"><a href="${button.url}" style="display:inline-block;padding:11px 22px;color:#ffffff;text-decoration:none;font-weight:bold;font-size:15px">${esc(button.label)}</a></td></tr></table>`
    : '';
  const logo = logoCid ? `<img src="cid:${logoCid}" alt="${esc(brand)}" width="96" height="32" style="display:block">` : `<span style="font-size:18px;font-weight:bold;color:#ffffff">${esc(brand)}</span>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(heading)}</title></head>
<body style="margin:0;padding:0;background:#eef2f7">
<span style="display:none;max-height:0;overflow:hidden">${esc(preheader)}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef2f7"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:6px;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:${color};padding:16px 24px;border-radius:6px 6px 0 0">${logo}</td></tr>
<tr><td style="padding:28px 24px 12px 24px">
<h1 style="margin:0 0 16px 0;font-size:21px;color:#102a43">${esc(heading)}</h1>
${p}
${t}
${b}
</td></tr>
<tr><td style="padding:18px 24px 24px 24px;font-size:12px;line-height:18px;color:#829ab1">${footer.join('<br>\n')}</td></tr>
</table></td></tr></table>
</body></html>
`;
}

module.exports = { esc, linkify, gmail, outlook, apple, simple, app };
