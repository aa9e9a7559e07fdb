// The privacy feature: the public contact form for questions and privacy requests (confirmed by a link to the
// requester's address), the compliance officers' queue at /compliance/requests, and what other features use:
// a person's requests (their access report), the outcome of an erasure, the attachments' retention rule, and what
// key rotation re-encrypts.
// Other code uses it only through this file.
import path from 'node:path';
import type { Knex } from 'knex';
import type { Platform } from '../../platform';
import type { DataCipher } from '../../platform/crypto';
import type { LeadContactService, Leads } from '../leads';
import { RequestsStore } from './data/requestsStore';
import { PrivacyDesk } from './desk';
import { PrivacyIntake } from './intake';
import { requestAttachmentsTarget } from './retention';
import { privacyKeyedData } from './rotation';
import { ContactThrottle, type ContactLimits } from './throttle';

export type { PrivacyDesk } from './desk';
export type { PrivacyIntake } from './intake';
export type { PrivacyRequest, RequestKind, RequestState } from './model';
export { privacyRoutes } from './routes';

export const privacyStores = (db: Knex, cipher: DataCipher) => ({ requests: new RequestsStore(db, cipher) });
export type PrivacyStores = ReturnType<typeof privacyStores>;

export function createPrivacy(
  p: Platform,
  stores: PrivacyStores,
  others: {
    contact: Pick<LeadContactService, 'objectByAddress'>;
    suppressions: Pick<Leads['suppressions'], 'suppress'>;
    limits?: ContactLimits;
  },
) {
  const { db, audit, mail, clock, cipher, config, redis } = p;
  const dir = path.join(config.varDir, 'privacy-attachments');
  const store = stores.requests;
  const privacyIntake = new PrivacyIntake({
    db,
    store,
    cipher,
    mail,
    audit,
    clock,
    dir,
    throttle: new ContactThrottle(redis, others.limits),
    contact: others.contact,
    suppressions: others.suppressions,
    confirmUrl: (token) => `${config.BASE_URL}/contact/confirm/${token}`,
  });
  const privacyDesk = new PrivacyDesk({ db, store, mail, audit, clock, cipher, dir });
  return {
    privacyIntake,
    privacyDesk,
    /** A person's privacy requests, by the blind index of their address (for their access report). */
    requestsForSubject: (emailBidx: string) => privacyDesk.requestsForSubject(emailBidx),
    /** A request's address (blind index) and whether it was confirmed, for the erasure answering it. */
    requestForErasure: (requestId: number) => privacyDesk.requestForErasure(requestId),
    /** Notes what was done for a request (e.g. by an erasure), in its events and the audit log. */
    recordOutcome: (requestId: number, outcome: string, actorId: number | null, trx?: Knex.Transaction) =>
      privacyDesk.recordOutcome(requestId, outcome, actorId, trx),
    requestAttachmentsRetention: requestAttachmentsTarget({ db, store, dir, clock }),
    /** For key rotation: the requests' and events' encrypted columns and the attachments' files. */
    privacyKeyedData: privacyKeyedData({ db, cipher, store, dir }),
  };
}
export type Privacy = ReturnType<typeof createPrivacy>;
