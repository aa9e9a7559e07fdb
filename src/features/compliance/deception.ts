// The deception checks (rules.ts, HYG_CREDENTIAL_LURE … HYG_BRAND_IMPERSONATION): what phishing and fraud ask of
// the reader, in wording SpamAssassin's stock rules have not met yet. Patterns were written from the corpus's
// tuning part (bench/corpus/tuned; since 2026-12-03 from its validation split's training side only, see
// bench/spam.ts) and are judged on the validation side and on a blind held-out set (BENCHMARKS.md).
import { baseDomain, hostOf } from './content';
import type { CheckedMessage } from './checks';

/** What the text rules read of each part: a campaign body's limit, so no message costs more than one. */
const TEXT_LIMIT = 100_000;

const squashed = (text: string) => text.slice(0, TEXT_LIMIT).replace(/\s+/g, ' ');
const texts = new WeakMap<CheckedMessage, string>();
/** Everything a reader reads: the subject, the plain text and the HTML's visible text, one line each, with runs of
 * white space made one space (as the HTML's visible text already is), so that a pattern's phrase matches across
 * the line breaks of a plain-text part. Computed once per message. */
export function allText(m: CheckedMessage): string {
  let text = texts.get(m);
  if (text === undefined) {
    text = [m.facts.subject, m.facts.text, m.html?.visibleText ?? ''].map(squashed).join('\n');
    texts.set(m, text);
  }
  return text;
}

const ACCOUNT_ACTION_EN =
  /\b(?:verify|confirm|validate|update|reactivate|unlock|restore|re-?enter|re-?validate|upgrade)\b[^.\n]{0,40}\b(?:account|identity|password|credentials|log-?in|sign-?in|mailbox|storage|e-?mail|payment (?:details|information|method)|billing|card)\b|\b(?:sign|log) ?in\b[^.\n]{0,40}\b(?:to (?:avoid|prevent|keep|restore|release|review)|immediately)\b/i;
const THREAT_EN =
  /\b(?:within \d+ (?:business |working )?(?:hours?|days?)|(?:24|48|72) hours|immediately|suspend(?:ed|sion)?|locked|deactivat\w*|expir(?:e[sd]?|ing|ation)|terminat\w*|unusual (?:sign-?in|activity|login)|final (?:notice|warning|reminder)|permanently (?:deleted|closed)|on hold|unauthori[sz]ed|failure to (?:verify|confirm|update|respond)|(?:will be|are being) (?:rejected|deleted|blocked|disabled|returned))\b/i;
/** The same asks and threats in German, French, Spanish, Italian, Dutch and Portuguese. */
const ACCOUNT_ACTION_INTL =
  /\b(?:(?:bestätigen|verifizieren|aktualisieren) Sie (?:Ihr(?:e|en)? )?(?:Konto|Identität|Zugangsdaten|Adresse|Bank- ?daten|Zahlungsdaten)|(?:confirmer|vérifier|mettre à jour|valider) (?:vos|votre) (?:coordonnées(?: bancaires)?|compte|identité|adresse)|(?:confirmar|verificar|actualizar) (?:su|tus?|sus) (?:cuenta|identidad|datos|dirección)|(?:confermare|verificare|aggiornare) (?:il tuo |l'|i tuoi |la tua )?(?:account|identità|dati|indirizzo)|(?:bevestig|verifieer) (?:uw|je) (?:account|identiteit|gegevens|adres)|(?:confirmar|verificar|atualizar) (?:a sua|o seu|os seus) (?:conta|identidade|dados|morada))\b/i;
const THREAT_INTL =
  /\b(?:innerhalb von \d+ (?:Stunden|Tagen)|gesperrt|gelöscht|sera (?:suspendu|bloqué|supprimé)|dans les \d+ heures|en attente de validation|suspendid[ao]|bloquead[ao]|en \d+ horas|sospes[oa]|bloccat[oa]|entro \d+ ore|in giacenza|geblokkeerd|binnen \d+ uur|nas próximas \d+ horas)\b/i;
const ACCOUNT_ACTION = new RegExp(`${ACCOUNT_ACTION_EN.source}|${ACCOUNT_ACTION_INTL.source}`, 'i');
const ACCOUNT_ACTION_ALL = new RegExp(ACCOUNT_ACTION.source, 'gi');
const THREAT = new RegExp(`${THREAT_EN.source}|${THREAT_INTL.source}`, 'i');
const PAYMENT_REDIRECT = new RegExp(
  [
    '\\b(?:new|updated|changed)\\s+(?:bank(?:ing)?|account|remittance|payment)\\s+(?:details|information|account|instructions)\\b',
    '\\bchange (?:of|to|in) (?:our|my|the) (?:bank(?:ing)?|payroll|direct deposit|remittance)\\b',
    '\\b(?:salary|pay(?:ment|roll)?|direct deposit)\\b[^\\n]{0,60}?\\b(?:new|alternative|different) (?:bank )?account\\b|\\bchanged banks\\b',
    "\\b(?:do not|don't) (?:use|pay (?:in)?to) the (?:old )?account\\b",
    // the same in French, German, Dutch, Spanish and Italian
    '\\bcoordonnées bancaires (?:ont changé|ont été modifiées)|\\bnouvel(?:les)? (?:coordonnées bancaires|IBAN|RIB)\\b|\\bnouveau (?:RIB|compte bancaire)\\b',
    '\\bneue (?:Bankverbindung|Kontoverbindung|IBAN|Kontonummer)\\b|\\b(?:Bankverbindung|Kontoverbindung) (?:hat sich )?geändert\\b',
    '\\bwijziging (?:van )?(?:onze )?bankgegevens\\b|\\bnieuwe? (?:bankgegevens|bankrelatie|rekeningnummer|IBAN)\\b',
    '\\bnuev(?:a|os) (?:cuenta bancaria|datos bancarios|IBAN)\\b|\\bnuov[ei] (?:coordinate bancarie|IBAN|conto corrente)\\b',
    '\\b(?:buy|purchase|get me|pick up)\\b[^.\\n]{0,40}\\bgift ?cards?\\b|\\bgift ?cards?\\b[\\s\\S]{0,120}\\b(?:codes?|scratch)\\b',
    '\\bwire (?:the )?(?:funds|payment|transfer) (?:today|urgently|immediately)\\b',
  ].join('|'),
  'i',
);
const SPAM_OFFER = new RegExp(
  [
    '\\b(?:free spins|freispiele|tiradas gratis|giri gratuiti|deposit bonus|online casino|casino bonus|jackpot|sports ?book)\\b',
    '\\b(?:without (?:a )?prescription|viagra|cialis|weight ?loss (?:pills?|miracle)|diet pills?)\\b',
    '\\b(?:replica|luxury) (?:watches|bags|handbags|rolex)\\b',
    '\\b(?:guaranteed (?:approval|returns?|profits?|income)|pre-?approved (?:for )?(?:a )?(?:loan|credit)|bad credit|approvals? in \\d+ (?:hours?|minutes))\\b',
    '\\b(?:interested in|acquir\\w*|purchas\\w*|buy(?:ing)?)\\b[^.\\n]{0,60}\\battendees?(?: data)? list\\b|\\b(?:total|verified) (?:(?:decision[- ]makers?|business) )?(?:contacts|records|e-?mails)\\b|\\b(?:e-?mail|contact|b2b) (?:list|database) (?:for sale|available)\\b',
    '\\bfree sample of [\\d,]+ (?:records|contacts|leads)\\b',
    '\\b(?:first page of google|backlinks|guest posts?|link insertions?|domain authority|guaranteed (?:ranking|seo))\\b',
    '\\bguarantee (?:you )?(?:a )?(?:top|#|number) ?\\d+ (?:map |google |search )?(?:position|ranking|spot|results?)\\b',
    '\\b(?:make|made|earn(?:ed)?) \\$[\\d,]+\\+? (?:every|a|per|last) (?:day|week|month)\\b|\\bwork from home\\b[^.\\n]{0,40}\\$\\d',
    '\\b(?:USD|EUR|\\$|€) ?[\\d,]+ (?:to [\\d,]+ )?(?:USD |EUR )?(?:per|a) (?:day|task)\\b|\\bpaid (?:daily|every day)\\b',
    '\\breceive (?:packages|parcels)\\b[^.\\n]{0,30}\\b(?:your|at) home\\b|\\b(?:reshipping|package forwarding) (?:job|position|agent)\\b',
    '\\b(?:double your (?:bitcoin|crypto|money)|crypto(?:currency)? (?:trading )?(?:bot|signals)|next big (?:coin|crypto))\\b',
    '\\b(?:you (?:have )?won|lottery (?:winner|prize)|claim your (?:prize|winnings)|unclaimed (?:inheritance|(?:funds|fortune|estate|deposit) (?:of|worth|valued|amounting|totall?ing))|next of kin)\\b',
  ].join('|'),
  'i',
);
/** Brands phishing dresses up as, written as the brands write themselves (case matters: "UPS", not "ups"; "Apple ID",
 * not the fruit), and the domains their own mail links to. */
const BRANDS: [RegExp, string[]][] = [
  [
    /\b(?:Microsoft|Office ?365|Outlook|OneDrive|SharePoint)\b/,
    ['microsoft.com', 'office.com', 'live.com', 'sharepoint.com', 'microsoftonline.com', 'outlook.com'],
  ],
  [/\bPay[Pp]al\b/, ['paypal.com']],
  [/\bDocu[Ss]ign\b/, ['docusign.com', 'docusign.net']],
  [/\b(?:DHL|FedEx|UPS|USPS|Royal Mail)\b/, ['dhl.com', 'dhl.de', 'fedex.com', 'ups.com', 'usps.com', 'royalmail.com']],
  [/\b(?:Apple ID|Apple Account|iCloud)\b/, ['apple.com', 'icloud.com']],
  [/\b(?:Amazon|Netflix|Dropbox|LinkedIn)\b/, ['amazon.com', 'netflix.com', 'dropbox.com', 'linkedin.com']],
  [/\b(?:IRS|HMRC|Internal Revenue Service)\b/, ['irs.gov', 'gov.uk']],
  [
    /\b(?:Zoom|GoDaddy|Stripe|Coinbase|MetaMask)\b/,
    ['zoom.us', 'godaddy.com', 'stripe.com', 'coinbase.com', 'metamask.io'],
  ],
  [
    /\b(?:Poste Italiane|PostNL|Correos|La Poste|Deutsche Post|bpost)\b/,
    ['poste.it', 'postnl.nl', 'correos.es', 'laposte.fr', 'deutschepost.de', 'bpost.be'],
  ],
  [
    /\b(?:DGFiP|FINANCES PUBLIQUES|Finances publiques|Finanzamt|Agencia Tributaria|Belastingdienst|Agenzia delle Entrate)\b/,
    ['impots.gouv.fr', 'elster.de', 'agenciatributaria.gob.es', 'belastingdienst.nl', 'agenziaentrate.gov.it'],
  ],
];

/** A brand's name as a From domain spells it (labels split at dots and hyphens), with the look-alike letters of
 * typo-squats undone (rn → m, 0 → o, 1 → l, ln → in), and that brand's own domains. */
const SENDER_BRANDS: [RegExp, string[]][] = [
  [/^(?:paypal)$/, ['paypal.com']],
  [/^(?:microsoft|office365|microsoftonline|outlook|onedrive|sharepoint)$/, BRANDS[0][1]],
  [/^(?:amazon|amzn|netflix|dropbox|linkedin)$/, BRANDS[5][1]],
  [/^(?:apple|icloud|appleid)$/, BRANDS[4][1]],
  [/^(?:dhl|fedex|ups|usps|royalmail)$/, BRANDS[3][1]],
  [/^(?:docusign)$/, BRANDS[2][1]],
  [/^(?:irs|hmrc)$/, BRANDS[6][1]],
  [/^(?:zoom|godaddy|stripe|coinbase|metamask)$/, BRANDS[7][1]],
  [/^(?:posteitaliane|postnl|correos|laposte|dgfip)$/, [...BRANDS[8][1], ...BRANDS[9][1]]],
];
const unsquat = (label: string) => label.replace(/rn/g, 'm').replace(/0/g, 'o').replace(/1/g, 'l').replace(/ln/g, 'in');

/** A request for what payroll fraud and identity theft want: employees' tax forms and personal data, or the list
 * of what customers owe (an "aging report", to send them new bank details). */
const DATA_ASK =
  /\b(?:W-?2s?|P60s?|W-?2 forms?|employee (?:list|records|tax forms|data)|payroll (?:records|data|report)|(?:AR |accounts receivable |receivables? )?aging (?:report|summary)|list of (?:open|unpaid|outstanding) invoices)\b/i;
const SEND_ASK = /\b(?:send|e-?mail|forward|share)\b[^.\n]{0,40}\b(?:me|to me|over|them|it)\b/i;

const CALL_US = /\b(?:call|contact|reach|phone|ring)\b[^\n]{0,50}?\+?\(?\d[\d\s().-]{8,}\d/i;
const BILLED =
  /\b(?:renew(?:al|ed|s)?|auto-?renew\w*|charged|debited|deducted|subscription|invoice|order (?:#|no\.?|number)|refund)\b/i;
const NOT_YOU =
  /\b(?:cancel\w*|dispute|did(?:n't| not) (?:authori[sz]e|order|make|request)|not (?:recogni[sz]e|authori[sz]e)|unauthori[sz]ed)\b/i;
const SECRECY =
  /\b(?:discreet(?:ly)?|confidential(?:ly)?|between us|can(?:'|no)?t (?:talk|take (?:a )?calls?)|in a meeting|are you (?:available|at your desk))\b/i;
const MONEY_ASK = /\b(?:gift ?cards?|wire|transfer|payment|bank (?:details|account)|IBAN|invoices?|task|favou?r)\b/i;
const HURRY = /\b(?:urgent(?:ly)?|asap|right away|immediately|today|quickly|before (?:the )?(?:end of|cut-?off))\b/i;

/** The first match of the global pattern `all` that is not quoted (a warning about phishing quotes what phishing says). */
function unquoted(text: string, all: RegExp): string | undefined {
  for (const found of text.matchAll(all)) {
    const before = text.slice(Math.max(0, (found.index ?? 0) - 30), found.index);
    if (!/["“„«][^"“”„«»\n]*$/.test(before)) return found[0];
  }
  return undefined;
}

/** The brand a From domain spells while not being one of that brand's domains ("paypal-resolution.example"). */
function senderBrand(domain: string): string | null {
  const labels = domain.toLowerCase().split(/[.-]/).map(unsquat);
  for (const [names, own] of SENDER_BRANDS) {
    const name = labels.find((l) => names.test(l));
    if (name && !own.includes(baseDomain(domain))) return name;
  }
  return null;
}

export const DECEPTION_CHECKS: Record<string, (m: CheckedMessage) => string | null> = {
  HYG_CREDENTIAL_LURE: (m) => {
    const text = allText(m);
    const asked = unquoted(text, ACCOUNT_ACTION_ALL);
    const threat = asked && THREAT.exec(text)?.[0];
    return asked && threat ? `“${asked}” … “${threat}”` : null;
  },
  HYG_PAYMENT_REDIRECT: (m) => PAYMENT_REDIRECT.exec(allText(m))?.[0] ?? null,
  HYG_SPAM_OFFER: (m) => SPAM_OFFER.exec(allText(m))?.[0] ?? null,
  /** "Your renewal was charged; to cancel, call …": a phone number to call about a charge the reader never made. */
  HYG_CALLBACK_LURE: (m) => {
    const text = allText(m);
    const call = CALL_US.exec(text)?.[0];
    return call && BILLED.test(text) && NOT_YOU.test(text) ? call.slice(0, 80) : null;
  },
  /** The boss who cannot talk, needs something done quietly and now: how CEO fraud opens. */
  HYG_SECRECY_URGENCY: (m) => {
    const text = allText(m);
    const secret = SECRECY.exec(text)?.[0];
    return secret && MONEY_ASK.test(text) && HURRY.test(text) ? secret : null;
  },
  /** The message presents itself as a brand (in its subject or first line) while none of its links go to it; a
   * sender whose links all go to its own domain names a brand as a customer does ("sent by FedEx"), unless that
   * domain itself spells a brand (HYG_LOOKALIKE_SENDER). */
  HYG_BRAND_IMPERSONATION: (m) => {
    const opening = `${m.facts.subject}\n${(m.html?.visibleText || m.facts.text).trim().slice(0, 80)}`;
    const hosts = m.links.map((l) => hostOf(l.href)).filter((h): h is string => Boolean(h));
    if (!hosts.length) return null;
    const own = m.facts.fromDomain && baseDomain(m.facts.fromDomain);
    if (own && !senderBrand(m.facts.fromDomain ?? '') && hosts.every((h) => baseDomain(h) === own)) return null;
    for (const [named, domains] of BRANDS) {
      const brand = named.exec(opening)?.[0];
      if (brand && !hosts.some((h) => domains.includes(baseDomain(h)))) return `names ${brand}, links to ${hosts[0]}`;
    }
    return null;
  },
  /** The From domain spells a brand's name (or a typo-squat of it) and is not that brand's own. */
  HYG_LOOKALIKE_SENDER: (m) => {
    const brand = m.facts.fromDomain && senderBrand(m.facts.fromDomain);
    return brand ? `${m.facts.fromDomain} spells ${brand}` : null;
  },
  /** Someone asks for tax forms, staff records or an aging report to be sent by e-mail, in a hurry. */
  HYG_DATA_REQUEST: (m) => {
    const text = allText(m);
    const asked = DATA_ASK.exec(text)?.[0];
    return asked && SEND_ASK.test(text) && HURRY.test(text) ? asked : null;
  },
};
