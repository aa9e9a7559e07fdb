// The campaign rules (checks in checks.ts): who a campaign is aimed at (audience) and its sender's record
// (behaviour). Part of the rules file (rules.ts), under its version.
import type { AudienceFacts } from './model';
import type { Example, Rule } from './rules';

const audience = (a: Partial<AudienceFacts>): Example => ({ audience: a });

export const CAMPAIGN_RULES: Rule[] = [
  // audience: who the campaign was aimed at
  {
    id: 'AUD_UNCONSENTED_MAJORITY',
    family: 'audience',
    weight: 20,
    block: true,
    explanation:
      'Most of the chosen audience never agreed to e-mail, withdrew or was suppressed: aiming a campaign at them is unauthorized marketing, even though they are filtered out.',
    example: {
      hit: audience({ matching: 1000, unconsented: 600 }),
      miss: audience({ matching: 1000, unconsented: 100 }),
    },
  },
  {
    id: 'AUD_UNCONSENTED_SHARE',
    family: 'audience',
    weight: 3,
    explanation: 'A large share (over 20%) of the chosen audience has no consent to e-mail or was suppressed.',
    example: {
      hit: audience({ matching: 1000, unconsented: 300 }),
      miss: audience({ matching: 1000, unconsented: 100 }),
    },
  },
  {
    id: 'AUD_NEW_LEADS',
    family: 'audience',
    weight: 2.5,
    explanation:
      'Most recipients were created or imported in the last 7 days and are mailed all at once (list buying looks like this).',
    example: { hit: audience({ eligible: 500, recent: 400 }), miss: audience({ eligible: 500, recent: 20 }) },
  },
  {
    id: 'AUD_ROLE_ADDRESSES',
    family: 'audience',
    weight: 2,
    explanation: 'Many recipients are role addresses (info@, sales@ …) that no one person agreed for.',
    example: {
      hit: audience({ sample: ['info@a.example', 'sales@b.example', 'ana@c.example'] }),
      miss: audience({ sample: ['ana@a.example', 'bo@b.example', 'cy@c.example'] }),
    },
  },
  {
    id: 'AUD_DISPOSABLE',
    family: 'audience',
    weight: 2.5,
    explanation: 'Some recipients use disposable (throw-away) e-mail domains, a sign of a harvested or fake list.',
    example: {
      hit: audience({ sample: ['x@mailinator.com', 'ana@a.example'] }),
      miss: audience({ sample: ['ana@a.example'] }),
    },
  },
  // behaviour: the sender's record
  {
    id: 'BEH_VOLUME_SPIKE',
    family: 'behaviour',
    weight: 3,
    explanation: 'This campaign is far larger than anything the sender sent in the last 90 days.',
    example: {
      hit: audience({
        eligible: 20_000,
        history: { campaigns: 3, largest: 500, sent: 1200, bounced: 0, complained: 0 },
      }),
      miss: audience({ eligible: 600, history: { campaigns: 3, largest: 500, sent: 1200, bounced: 0, complained: 0 } }),
    },
  },
  {
    id: 'BEH_REPEAT_CONTACT',
    family: 'behaviour',
    weight: 4,
    explanation:
      'Many recipients already got three or more marketing e-mails in the last 30 days: mailing them again and again is harassment.',
    example: {
      hit: audience({ eligible: 100, oftenContacted: 40 }),
      miss: audience({ eligible: 100, oftenContacted: 2 }),
    },
  },
  {
    id: 'BEH_BOUNCE_HISTORY',
    family: 'behaviour',
    weight: 3,
    explanation: 'More than 5% of the sender’s recent messages bounced: their lists are not kept clean.',
    example: {
      hit: audience({ history: { campaigns: 2, largest: 900, sent: 1000, bounced: 80, complained: 0 } }),
      miss: audience({ history: { campaigns: 2, largest: 900, sent: 1000, bounced: 5, complained: 0 } }),
    },
  },
  {
    id: 'BEH_COMPLAINT_HISTORY',
    family: 'behaviour',
    weight: 4,
    explanation: 'More than 0.3% of the sender’s recent messages were reported as spam by their recipients.',
    example: {
      hit: audience({ history: { campaigns: 2, largest: 900, sent: 1000, bounced: 0, complained: 9 } }),
      miss: audience({ history: { campaigns: 2, largest: 900, sent: 1000, bounced: 0, complained: 1 } }),
    },
  },
  {
    id: 'BEH_UNDER_REVIEW',
    family: 'behaviour',
    weight: 5,
    hold: true,
    explanation:
      'An earlier campaign of this sender paused itself on bounces or complaints; their campaigns need review.',
    example: { hit: audience({ underReview: 'campaign #3 passed the complaint limit' }), miss: audience({}) },
  },
];
