// The scam rules (checks in scams.ts): what scams sell, directory and invoice traps, and where phishing pages are
// hosted. Part of the rules file (rules.ts), under its version.
import type { Rule } from './rules';

export const SCAM_RULES: Rule[] = [
  {
    id: 'HYG_SCAM_PITCH',
    family: 'hygiene',
    weight: 2.5,
    explanation:
      'It makes a pitch that scams make, in any of eight languages: token presales and trading robots, a stranger looking for a sincere relationship, miracle cures, paid-daily jobs from home or parcels to reship, lead mills, tax-credit mills, mail that "bypasses filters".',
    example: {
      hit: { text: 'Stage 3 of the $MOON presale is 91% sold out. Listing price: 10x. Staking APY 40%.' },
      miss: { text: 'Our Q3 results are in: revenue grew 12% and the new warehouse opens in May.' },
    },
  },
  {
    id: 'HYG_DIRECTORY_TRAP',
    family: 'hygiene',
    weight: 2.5,
    explanation:
      'It bills or asks to confirm an entry in a business directory or register, a domain or keyword registration, or a charge "agreed by telephone": how directory and fake-invoice traps get paid for what was never ordered.',
    example: {
      hit: {
        text: 'Please find below your invoice for the annual entry of your company in the European Business Register.',
      },
      miss: { text: 'Please find attached invoice 2026-114 for the March consulting days, as per our contract.' },
    },
  },
  {
    id: 'HYG_PUNYCODE_LINK',
    family: 'hygiene',
    weight: 3,
    explanation:
      'A link goes to an internationalised (punycode, xn--) domain, how look-alike domains with foreign letters imitate a real one.',
    example: {
      hit: { html: '<a href="https://xn--metamsk-6fg.io/restore">Restore your wallet</a>' },
      miss: { html: '<a href="https://www.metamask.io/download">Download</a>' },
    },
  },
  {
    id: 'HYG_FREE_HOSTING_LINK',
    family: 'hygiene',
    weight: 2,
    explanation:
      'A link goes to a free app, storage or IPFS host (web.app, r2.dev, ipfs.io, a cloud bucket, shared slides), where phishing pages are put up anonymously; link to your own site.',
    example: {
      hit: { html: '<a href="https://secure-docs-4412.web.app/view">View document</a>' },
      miss: { html: '<a href="https://docs.google.com/forms/d/e/1FAIpQL/viewform">Take the survey</a>' },
    },
  },
  {
    id: 'MAL_ENABLE_CONTENT_LURE',
    family: 'malware',
    weight: 3,
    explanation:
      'It attaches an Office document and tells the reader to "enable content" or macros to read it (in any of eight languages): how macro malware gets itself run.',
    example: {
      hit: {
        text: 'Le adjuntamos la factura. Para verla correctamente, habilite el contenido al abrirla.',
        attachments: [{ filename: 'Factura-88120.doc', text: 'x' }],
      },
      miss: {
        text: 'The quote is attached as a Word file; tracked changes are on.',
        attachments: [{ filename: 'Quote-2026.docx', text: 'x' }],
      },
    },
  },
];
