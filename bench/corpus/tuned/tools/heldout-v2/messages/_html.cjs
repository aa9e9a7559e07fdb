'use strict';
// Small HTML helpers shared by the message files. Several different "house styles" exist so that
// newsletters and transactional mail do not all share one skeleton.

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Crude HTML -> text, like an ESP's auto-generated plain-text part. */
const ENT = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", euro: '€', pound: '£', copy: '©', reg: '®', trade: '™',
  middot: '·', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bull: '•', rarr: '→', laquo: '«', raquo: '»',
  eacute: 'é', egrave: 'è', agrave: 'à', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', ntilde: 'ñ', ccedil: 'ç', iacute: 'í', oacute: 'ó', aacute: 'á', uacute: 'ú', zwnj: '', shy: '' };

/** Crude HTML -> text, like an ESP's auto-generated plain-text part. */
function toText(html) {
  return html
    .replace(/<(style|head|script|title)[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<span style="display:none[^"]*">[\s\S]*?<\/span>/gi, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/<a [^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (m, href, t) => {
      const txt = t.replace(/<img [^>]*alt="([^"]*)"[^>]*>/gi, '$1').replace(/<[^>]+>/g, '').trim();
      if (!txt) return '';
      const h = href.replace(/&amp;/g, '&');
      return /^(https?:|mailto:)/.test(h) && !txt.includes(h.replace(/^mailto:/, '').replace(/^https?:\/\//, '')) ? `${txt} [${h.replace(/^mailto:/, '')}]` : txt;
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h[1-6]|table|ul|ol)>/gi, '\n\n')
    .replace(/<\/(div|tr|li)>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<\/t[dh]>/gi, '  ')
    .replace(/<hr[^>]*>/gi, '\n----------\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (m, n) => String.fromCodePoint(+n))
    .replace(/&#x([0-9a-f]+);/gi, (m, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, n) => (n in ENT ? ENT[n] : m))
    .replace(/[ \t]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n';
}

/** Table-based ESP newsletter ("Mailchimp-ish" house style). */
function espA(o) {
  const sec = (o.sections || [])
    .map(
      (s) => `<tr><td style="padding:18px 32px 6px 32px;font-family:Helvetica,Arial,sans-serif;">
<h2 style="margin:0 0 8px 0;font-size:18px;color:#1d2733;">${s.h}</h2>
<p style="margin:0;font-size:15px;line-height:22px;color:#3b4754;">${s.p}</p>${
        s.link ? `\n<p style="margin:8px 0 0 0;font-size:15px;"><a href="${s.link.href}" style="color:${o.accent};font-weight:bold;">${s.link.label}</a></p>` : ''
      }
</td></tr>`,
    )
    .join('\n');
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${o.title}</title>
<style type="text/css">body{margin:0;padding:0;background:#eef1f4;} a img{border:0;} @media only screen and (max-width:600px){.wrap{width:100% !important;}}</style>
</head>
<body style="margin:0;padding:0;background:#eef1f4;">
<span style="display:none;font-size:1px;color:#eef1f4;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">${o.preheader}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef1f4"><tr><td align="center" style="padding:24px 8px;">
<table role="presentation" class="wrap" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:600px;">
<tr><td style="padding:14px 32px;font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#7a8694;" align="right"><a href="${o.webview}" style="color:#7a8694;">View this email in your browser</a></td></tr>
<tr><td style="padding:20px 32px;background:${o.accent};font-family:Georgia,serif;font-size:26px;color:#ffffff;">${o.brand}</td></tr>
${o.heroImg ? `<tr><td><img src="${o.heroImg}" width="600" alt="${o.heroAlt || ''}" style="display:block;width:100%;" /></td></tr>\n` : ''}<tr><td style="padding:28px 32px 8px 32px;font-family:Helvetica,Arial,sans-serif;">
<h1 style="margin:0 0 12px 0;font-size:24px;color:#1d2733;">${o.heroTitle}</h1>
<p style="margin:0;font-size:15px;line-height:23px;color:#3b4754;">${o.heroText}</p>
</td></tr>
${o.cta ? `<tr><td style="padding:18px 32px;"><table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="${o.accent}" style="border-radius:4px;"><a href="${o.cta.href}" style="display:inline-block;padding:12px 22px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold;">${o.cta.label}</a></td></tr></table></td></tr>\n` : ''}${sec}
<tr><td style="padding:28px 32px;font-family:Helvetica,Arial,sans-serif;font-size:12px;line-height:18px;color:#7a8694;border-top:1px solid #e1e6eb;">
${o.why || `You are receiving this because you signed up at ${o.brand} or are a customer of ours.`}<br />
${o.address}<br /><br />
<a href="${o.prefs}" style="color:#7a8694;">Update your preferences</a> &middot; <a href="${o.unsub}" style="color:#7a8694;">Unsubscribe</a>
</td></tr>
</table>
${o.pixel ? `<img src="${o.pixel}" width="1" height="1" alt="" style="display:block;border:0;" />` : ''}
</td></tr></table>
</body></html>
`;
}

/** Div-based newsletter ("HubSpot/Brevo-ish" house style), single column, inline styles. */
function espB(o) {
  const items = (o.items || [])
    .map(
      (it) => `  <div style="margin:0 0 22px 0;">
    <div style="font-size:11px;letter-spacing:1px;text-transform:uppercase;color:${o.accent};">${it.kicker || ''}</div>
    <div style="font-size:17px;font-weight:600;margin:4px 0;"><a href="${it.href}" style="color:#222;text-decoration:none;">${it.title}</a></div>
    <div style="font-size:14px;line-height:1.55;color:#555;">${it.body}</div>
  </div>`,
    )
    .join('\n');
  return `<html lang="${o.lang || 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${o.title}</title></head>
<body style="background:#fafafa;margin:0;">
<div style="max-width:580px;margin:0 auto;padding:28px 20px;font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#222;background:#fff;">
  <div style="border-bottom:3px solid ${o.accent};padding-bottom:10px;margin-bottom:22px;font-weight:700;font-size:20px;">${o.brand} <span style="font-weight:400;color:#888;font-size:14px;">${o.edition || ''}</span></div>
  ${o.intro ? `<p style="font-size:15px;line-height:1.6;">${o.intro}</p>` : ''}
${items}
  ${o.outro ? `<p style="font-size:15px;line-height:1.6;">${o.outro}</p>` : ''}
  <hr style="border:none;border-top:1px solid #eee;margin:26px 0 14px 0;">
  <p style="font-size:12px;color:#999;line-height:1.5;">${o.footer}</p>
</div>
</body></html>
`;
}

/** Gmail-like composed HTML. paragraphs: array of HTML snippets. */
function gmail(paragraphs, sig) {
  return `<div dir="ltr">${paragraphs.map((p) => `<div>${p}</div><div><br></div>`).join('')}${sig ? `<div>-- <br><div dir="ltr" class="gmail_signature">${sig}</div></div>` : ''}</div>
`;
}

/** Outlook/Word-generated HTML. */
function outlook(paragraphs, sig) {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
.MsoChpDefault {mso-style-type:export-only;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style></head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${paragraphs.map((p) => `<p class="MsoNormal">${p}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`).join('\n')}
${sig ? `<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">${sig}</span><o:p></o:p></p>` : ''}
</div>
</body>
</html>
`;
}

module.exports = { esc, toText, espA, espB, gmail, outlook };
