'use strict';
// Renders a newsletter the way the Valley CRM campaign editor does:
// HTML + text alternative, first-name greeting, tracked links, unsubscribe + postal address footer.
const { esc } = require('./html.cjs');

function crmNewsletter(o) {
  const tok = o.token;
  const unsub = `https://portal.valley.example/u/${tok}`;
  const prefs = `https://portal.valley.example/p/${tok}`;
  let n = 0;
  const track = (url) => (o.trackLinks ? `https://portal.valley.example/c/${tok}/${++n}` : url);
  const color = o.color || '#2f6f4f';
  const greet = (o.greeting || 'Hi {name},').replace('{name}', o.firstName);

  const htmlSections = (o.sections || [])
    .map((s) => {
      const img = s.imgCid ? `<img src="cid:${s.imgCid}" width="120" height="90" alt="${esc(s.title)}" style="float:right;margin:0 0 8px 12px;border-radius:4px">` : '';
      const linkText = s.showUrl ? esc(s.link.replace(/^https:\/\//, '')) : esc(s.cta || 'Read more');
      const link = s.link ? `<p style="margin:6px 0 0 0"><a href="${track(s.link)}" style="color:${color};font-weight:bold">${linkText}</a></p>` : '';
      return `<tr><td style="padding:14px 28px;border-top:1px solid #e6e9ee">${img}<h2 style="margin:0 0 6px 0;font-size:17px;color:#1b2a3a">${esc(s.title)}</h2><p style="margin:0;font-size:15px;line-height:22px;color:#37474f">${s.body}</p>${link}</td></tr>`;
    })
    .join('\n');
  const cta = o.cta
    ? `<tr><td align="center" style="padding:18px 28px 26px 28px"><a href="${track(o.cta.url)}" style="background:${color};color:#ffffff;padding:12px 26px;border-radius:22px;text-decoration:none;font-weight:bold;display:inline-block">${esc(o.cta.label)}</a></td></tr>`
    : '';
  const pixel = o.pixel ? `<img src="https://portal.valley.example/o/${tok}.png" width="1" height="1" alt="" style="display:block;border:0">` : '';
  const header = o.logoCid
    ? `<img src="cid:${o.logoCid}" width="96" height="32" alt="${esc(o.company)}">`
    : `<span style="font-family:Georgia,serif;font-size:22px;color:#ffffff">${esc(o.company)}</span>`;
  const html = `<!DOCTYPE html>
<html lang="${o.lang || 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(o.subject)}</title>
<style>@media (max-width:620px){.wrap{width:100%!important}}</style></head>
<body style="margin:0;background:#f3f4f6">
<div style="display:none;font-size:1px;color:#f3f4f6;line-height:1px;max-height:0;overflow:hidden">${esc(o.preheader || '')}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f3f4f6"><tr><td align="center" style="padding:20px 8px">
<table role="presentation" class="wrap" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif">
<tr><td style="background:${color};padding:18px 28px">${header}</td></tr>
<tr><td style="padding:26px 28px 8px 28px">
<p style="margin:0 0 12px 0;font-size:16px;color:#1b2a3a">${esc(greet)}</p>
${(o.intro || []).map((p) => `<p style="margin:0 0 12px 0;font-size:15px;line-height:22px;color:#37474f">${p}</p>`).join('\n')}
${o.headline ? `<h1 style="margin:10px 0 6px 0;font-size:22px;color:#1b2a3a">${esc(o.headline)}</h1>` : ''}
</td></tr>
${htmlSections}
${cta}
<tr><td style="padding:0 28px 22px 28px;font-size:15px;color:#37474f">${(o.signoff || []).map(esc).join('<br>')}</td></tr>
<tr><td style="background:#fafafa;padding:16px 28px;font-size:12px;line-height:18px;color:#78909c;border-top:1px solid #e6e9ee">
${esc(o.reason || `You are receiving this email because you subscribed to ${o.listName} from ${o.company}.`)}<br>
<a href="${unsub}" style="color:#78909c">Unsubscribe</a> &middot; <a href="${prefs}" style="color:#78909c">Update preferences</a><br>
${esc(o.address)}<br>
<span style="color:#b0bec5">Sent with Valley CRM</span>
</td></tr>
</table>
${pixel}
</td></tr></table>
</body>
</html>
`;
  n = 0; // text version uses the same tracked urls in the same order
  const strip = (s) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ').replace(/&mdash;/g, '-').replace(/&ndash;/g, '-').replace(/&rsquo;/g, "'");
  let text = `${greet}\n\n`;
  for (const p of o.intro || []) text += strip(p) + '\n\n';
  if (o.headline) text += o.headline.toUpperCase() + '\n\n';
  for (const s of o.sections || []) {
    text += `== ${s.title} ==\n${strip(s.body)}\n`;
    if (s.link) text += `${s.cta || 'Read more'}: ${track(s.link)}\n`;
    text += '\n';
  }
  if (o.cta) text += `${o.cta.label}: ${track(o.cta.url)}\n\n`;
  if (o.signoff) text += o.signoff.join('\n') + '\n\n';
  text += `--\n${o.reason || `You are receiving this email because you subscribed to ${o.listName} from ${o.company}.`}\nUnsubscribe: ${unsub}\nPreferences: ${prefs}\n${o.address}\n`;

  const headers = [
    ['Return-Path', `<bounce+${tok}@mail.valley.example>`],
    ['List-Unsubscribe', `<${unsub}>, <mailto:unsubscribe+${tok}@mail.valley.example>`],
    ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
    ['List-Id', `${o.listName} <${o.listSlug}.list.valley.example>`],
    ['Precedence', 'bulk'],
    ['X-Valley-Campaign', o.campaign],
    ['Feedback-ID', `${o.campaign}:${o.workspace}:valleycrm`],
  ];
  return { text, html, headers };
}

module.exports = { crmNewsletter };
