// The deception rules (checks in deception.ts): what phishing and fraud ask of the reader, in any wording
// SpamAssassin's rules have not met yet. Part of the rules file (rules.ts), under its version.
import type { Rule } from './rules';

export const DECEPTION_RULES: Rule[] = [
  {
    id: 'HYG_CREDENTIAL_LURE',
    family: 'hygiene',
    weight: 3,
    explanation:
      'It asks the reader to sign in, verify or update an account or payment details, under a threat or deadline: what phishing does.',
    example: {
      hit: { text: 'Your mailbox will be suspended within 24 hours. Verify your account now: https://x.example/v' },
      miss: {
        text: 'Your account is ready. Sign in at https://app.valley.example when you like. 1 Market St, Leeds LS1 4AB',
      },
    },
  },
  {
    id: 'HYG_PAYMENT_REDIRECT',
    family: 'hygiene',
    weight: 3,
    explanation:
      'It asks for payment to new bank details, a wire transfer or gift cards: how invoice and CEO fraud gets paid.',
    example: {
      hit: { text: 'Please note our new bank details for all future payments: IBAN GB00 0000 0000.' },
      miss: { text: 'The invoice is attached; it is due in 30 days, paid to the account on it as usual.' },
    },
  },
  {
    id: 'HYG_BRAND_IMPERSONATION',
    family: 'hygiene',
    weight: 2,
    explanation:
      'It presents itself as a well-known brand (Microsoft, PayPal, DHL …) while none of its links go to that brand.',
    example: {
      hit: { subject: 'Microsoft 365: action required', text: 'Review your settings: https://m365-settings.example/x' },
      miss: { subject: 'Our Microsoft Teams call', text: 'Join here: https://teams.microsoft.com/l/meetup/1' },
    },
  },
  {
    id: 'HYG_CALLBACK_LURE',
    family: 'hygiene',
    weight: 3,
    explanation:
      'It reports a charge or renewal the reader did not make and gives a phone number to call to cancel it: callback phishing.',
    example: {
      hit: { text: 'Your subscription renewed and $399 was charged. Not you? Call +1 (805) 555-0143 to cancel.' },
      miss: {
        text: 'Your renewal receipt is attached. Questions? Call us on +44 113 496 0000. 1 Market St, Leeds LS1 4AB',
      },
    },
  },
  {
    id: 'HYG_SECRECY_URGENCY',
    family: 'hygiene',
    weight: 2.5,
    explanation:
      'Someone who cannot talk asks for money, cards or a task to be handled discreetly and at once: how CEO fraud starts.',
    example: {
      hit: {
        text: 'Are you available? I am in a meeting and need you to buy gift cards for a client today. Keep it discreet.',
      },
      miss: { text: 'Are you available for a call on Tuesday about the quote?' },
    },
  },
  {
    id: 'HYG_SPAM_OFFER',
    family: 'hygiene',
    weight: 2.5,
    explanation:
      'It offers what spam sells: casino bonuses, pills without prescription, replicas, guaranteed loans or returns, lists of e-mail addresses, rankings.',
    example: {
      hit: { text: 'Claim 200 free spins and a 300% deposit bonus at our casino today!' },
      miss: { text: 'Our spring range is in: 10% off orders placed before Friday.' },
    },
  },
  {
    id: 'HYG_LOOKALIKE_SENDER',
    family: 'hygiene',
    weight: 3,
    explanation:
      'The sender’s domain spells a well-known brand (PayPal, Microsoft, DHL …) or a look-alike of it (linkedln, rnicrosoft) but is not that brand’s domain.',
    example: {
      hit: { fromDomain: 'paypal-resolution-center.example', text: 'Your account is limited.' },
      miss: { fromDomain: 'greenleaf-office.example', text: 'Your order ships on Monday.' },
    },
  },
  {
    id: 'HYG_DATA_REQUEST',
    family: 'hygiene',
    weight: 2.5,
    explanation:
      'It asks, in a hurry, for employees’ tax forms or records, or the list of what customers owe, to be sent by e-mail: how payroll and invoice fraud gathers what it needs.',
    example: {
      hit: { text: 'I need the W-2 forms for all employees. Please send them to me today as one file.' },
      miss: { text: 'Your W-2 form for 2025 is now available in the payroll portal.' },
    },
  },
];
