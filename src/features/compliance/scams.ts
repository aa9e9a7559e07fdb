// The scam checks (rules-scams.ts): what scams sell and how directory and invoice traps bill, as phrase families in
// English, German, French, Spanish, Dutch, Italian, Portuguese and Polish, and links to where phishing pages are
// hosted for free. Written from the tuned part's validation-split training side (bench/spam-folds.ts) and judged on
// its validation side; each family names a kind of scam, not a message.
import { hostOf } from './content';
import type { CheckedMessage } from './checks';
import { allText } from './deception';

const family = (parts: string[]) => new RegExp(parts.join('|'), 'i');

/** Investment bait: presales, pre-IPO allocations, "the AI trades for you", withdrawals held for a fee. */
const INVESTMENT = [
  '\\b(?:token )?pre-?sale\\b[^.\\n]{0,60}\\b(?:sold out|stage \\d|listing|price)\\b|\\bpre-?IPO (?:shares|allocation)',
  '\\b\\d{2,3}x (?:by|before|potential|gains?)\\b|\\bstaking APY\\b|\\bcloud mining\\b|\\bmining pool\\b',
  '\\b(?:automated |AI )?(?:crypto )?trading (?:platform|bot|robot)\\b|\\bthe AI does the rest\\b',
  '\\b(?:network|withdrawal|release) fee\\b[^.\\n]{0,60}\\b(?:must be paid|to complete|before)\\b',
  '\\bgarantierte Rendite|passives Einkommen|Krypto-?(?:Plattform|Handel)\\b',
  '\\brendement garanti|revenus? passifs?|plateforme de trading\\b',
  '\\brentabilidad garantizada|ingresos pasivos|plataforma de (?:trading|inversión)\\b',
  '\\bgegarandeerd rendement|passief inkomen|handelsplatform\\b',
  '\\brendimento garantito|reddito passivo|piattaforma di trading\\b',
  '\\brendimento garantido|renda passiva|plataforma de investimento\\b',
  '\\bgwarantowany zysk|pasywny dochód|platforma inwestycyjna\\b',
];
/** Romance and dating bait: a stranger looking for a sincere relationship, lonely, with photos to send. */
const ROMANCE = [
  "\\blooking for (?:a )?(?:serious|sincere|honest) (?:relationship|man|woman)\\b|\\bi(?:'| a)m (?:a bit |so )?lonely\\b",
  '\\bsaw your profile and\\b[^.\\n]{0,30}\\b(?:cute|handsome|beautiful|sexy)\\b|\\b(?:new )?pics on my (?:page|profile)\\b',
  '\\bsend (?:by )?(?:Western Union|MoneyGram)\\b|\\b(?:Western Union|MoneyGram) to my name\\b',
  '\\bje cherche une relation (?:sincère|sérieuse)|un homme sérieux|je vous enverrai (?:des|mes) photos\\b',
  '\\bich suche (?:einen|eine) (?:ehrlichen |ernsthafte )?(?:Mann|Frau|Beziehung)\\b|\\bich bin (?:so )?einsam\\b',
  '\\bbusco una relación (?:seria|sincera)|me siento (?:muy )?sola\\b',
  '\\bcerco una relazione (?:seria|sincera)|mi sento (?:molto )?sola\\b',
  '\\bik zoek een (?:serieuze|eerlijke) relatie|ik ben (?:zo )?eenzaam\\b',
  '\\bprocuro um relacionamento sério|sinto-me (?:muito )?sozinha\\b|\\bszukam (?:poważnego )?związku|jestem samotna\\b',
];
/** Miracle cures: what doctors and "Big Pharma" supposedly hide. */
const CURES = [
  '\\brevers(?:es?|ing|ed) (?:your )?(?:type 2 )?diabetes\\b|\\bBig Pharma\\b|\\bdoctors (?:are )?(?:stunned|baffled|hate)\\b',
  '\\bwithout (?:insulin|metformin)\\b|\\bmiracle (?:cure|ritual|pill)\\b',
  '\\bWundermittel|Ärzte (?:sind )?sprachlos|remède miracle|les médecins (?:sont )?(?:stupéfaits|sidérés)\\b',
  '\\bcura milagrosa|los médicos (?:están )?asombrados|cura miracolosa|i medici (?:sono )?sbalorditi\\b',
  '\\bwondermiddel|artsen (?:zijn )?verbijsterd|cudowny lek|lekarze (?:są )?zdumieni\\b',
];
/** Task, work-from-home and parcel-reshipping jobs: pay for little, no experience, parcels received at home. */
const JOBS = [
  '\\bno experience (?:needed|required|necessary)\\b[^\\n]{0,200}\\b(?:per (?:day|hour)|paid daily|a day)\\b',
  '\\bvon zu Hause aus? arbeiten|keine Erfahrung (?:nötig|erforderlich|notwendig)|Pakete (?:annehmen|empfangen|weiterleiten)\\b',
  '\\btravail(?:ler)? (?:à|depuis) (?:la )?maison|sans expérience (?:requise|nécessaire)|(?:recevoir|réexpédier) des colis\\b',
  '\\btrabaj(?:o|ar) desde casa|sin experiencia (?:previa )?(?:necesaria|requerida)|(?:recibir|reenviar) paquetes\\b',
  '\\blavor(?:o|are) da casa|non serve esperienza|ricevere pacchi a casa|rispedirli\\b',
  '\\bwerken vanuit huis|geen ervaring (?:nodig|vereist)|pakketten (?:ontvangen|doorsturen)\\b',
  '\\btrabalh(?:o|ar) (?:de|em) casa|sem experiência necessária|receber encomendas em casa\\b',
  '\\bpraca (?:z|w) domu|bez doświadczenia|odbieranie paczek\\b',
];
/** Business-to-business spam: lead and meeting mills, cheap offshore rates, tax-credit mills, bulk mailers. */
const B2B = [
  '\\bdone-for-you\\b|\\byou only pay for (?:the )?(?:meetings|leads|appointments|results)\\b',
  '\\b\\d+ (?:to \\d+ )?qualified (?:sales )?(?:meetings|appointments|leads) (?:per|a|each|every) (?:month|week)\\b',
  '\\b(?:rates? (?:start|starting) at|only) \\$(?:[5-9]|[12]\\d)(?: ?/ ?| per )(?:hour|hr)\\b',
  "\\bEmployee Retention Credit\\b|\\bdon't leave money on the table\\b|\\bmay be owed up to\\b",
  '\\b(?:balances?|debts?) (?:reduced|cut) by up to \\d+ ?%|\\bcut your debt in half\\b',
  '\\bone low monthly (?:price|payment)\\b|\\b(?:bypass|get past|beat) (?:the )?(?:spam )?filters\\b',
  '\\b(?:verified|targeted) B2B (?:e-?mail )?(?:contacts|leads|lists?)\\b|\\bdatabase of [\\d,.]+\\+? (?:verified )?(?:B2B )?contacts\\b',
  // Chinese "invoices issued for you" (fapiao) spam
  '代开|(?:开具?|代办)(?:各类|正规|增值税)?发票',
  '\\b(?:E-Mail-Adressen|Firmenadressen) (?:kaufen|zu verkaufen)|fichiers? de prospects|base de datos de (?:correos|emails)\\b',
];
const SCAM_PITCH = family([...INVESTMENT, ...ROMANCE, ...CURES, ...JOBS, ...B2B]);

/** Directory and invoice traps: a "register" entry billed as if ordered, a charge "agreed on the telephone". */
const DIRECTORY_TRAP = family([
  '\\b(?:annual|yearly) (?:directory |register )?(?:entry|listing)\\b|\\bbusiness (?:register|directory)\\b[^.\\n]{0,40}\\b(?:entry|listing|edition)\\b',
  '\\b(?:entry|listing) of your (?:company|business) in (?:the|our)\\b',
  '\\bBranchen(?:verzeichnis|buch)|Firmeneintrag\\w*|Gewerbe-?(?:register|auskunft|verzeichnis)\\b',
  "\\bannuaire (?:des entreprises|professionnel)|inscription (?:dans|à) (?:l'|notre )annuaire\\b",
  '\\bguía (?:de )?empresas|registro empresarial online|bedrijvengids|bedrijvenregister\\b',
  '\\belenco (?:online )?(?:delle )?aziende|cadastro (?:nacional )?de empresas|katalog(?:u)? firm\\b',
  '\\b(?:domain|brand|keyword) (?:name )?registration (?:request|application)\\b|\\bapplied (?:for|to register) (?:the )?(?:domain|brand|internet keyword)',
  '\\bas agreed (?:by|on the|over the) (?:phone|telephone)\\b|\\btelefonisch (?:vereinbart|bestellt)|comme convenu par téléphone|acordado por teléfono|concordato telefonicamente\\b',
]);

/** Where phishing pages are put for free: app and storage hosts, IPFS, slides shared from an office suite. */
const FREE_HOSTS =
  /(?:^|\.)(?:web\.app|firebaseapp\.com|r2\.dev|pages\.dev|workers\.dev|netlify\.app|vercel\.app|glitch\.me|000webhostapp\.com|ipfs\.io|dweb\.link|storage\.googleapis\.com|blob\.core\.windows\.net|s3\.amazonaws\.com|herokuapp\.com)$/;

function freeHosted(href: string): boolean {
  const host = hostOf(href);
  if (!host) return false;
  if (FREE_HOSTS.test(host) || /\/ipfs\/\w/.test(href)) return true;
  return host === 'docs.google.com' && /\/(?:presentation|drawings)\//.test(href);
}

/** "Enable content" to read a document: how a macro attachment asks to be run (macros themselves: MAL_OFFICE_MACROS). */
const ENABLE_CONTENT =
  /\b(?:enable (?:editing|content|macros)|(?:Inhalt|Bearbeitung|Makros) aktivieren|activer (?:le contenu|les macros|la modification)|habilit(?:e|ar) (?:el )?(?:contenido|macros|edición)|abilit(?:a|are) (?:il )?(?:contenuto|le macro|modifica)|(?:inhoud|macro's|bewerken) inschakelen|ativar (?:o )?(?:conteúdo|macros|edição))\b/i;
const OFFICE_FILE = /\.(?:docx?|docm|xlsx?|xlsm|xlsb|pptm?|rtf|dot[xm]?|xlt[xm]?)$/i;

export const SCAM_CHECKS: Record<string, (m: CheckedMessage) => string | null> = {
  HYG_SCAM_PITCH: (m) => SCAM_PITCH.exec(allText(m))?.[0].slice(0, 80) ?? null,
  HYG_DIRECTORY_TRAP: (m) => DIRECTORY_TRAP.exec(allText(m))?.[0].slice(0, 80) ?? null,
  HYG_PUNYCODE_LINK: (m) => {
    const link = m.links.find((l) => (hostOf(l.href) ?? '').split('.').some((label) => label.startsWith('xn--')));
    return link ? (hostOf(link.href) ?? link.href) : null;
  },
  MAL_ENABLE_CONTENT_LURE: (m) => {
    const office = m.attachments.find((a) => OFFICE_FILE.test(a.filename));
    const asked = office && ENABLE_CONTENT.exec(allText(m))?.[0];
    return asked ? `“${asked}”, ${office.filename}` : null;
  },
  HYG_FREE_HOSTING_LINK: (m) => m.links.find((l) => freeHosted(l.href))?.href.slice(0, 100) ?? null,
};
