import type { User } from './features/accounts';

declare module 'express-session' {
  interface SessionData {
    userId: number;
    epoch: number;
    startedAt: number;
    seenAt: number;
    /** When the session and its cookie were last renewed (http/middleware/session.ts). */
    renewedAt?: number;
    /** Password checked, second factor still to come. */
    pending?: { userId: number; epoch: number; at: number };
    totpSetup?: string;
    recoveryCodes?: string[];
    flash?: { kind: 'success' | 'info' | 'error'; text: string }[];
    returnTo?: string;
    /** Per maintenance window id: the revision whose banner the user dismissed (0: none), read once a session. */
    statusDismissed?: Record<string, number>;
    /** Policy versions in force this user is known to have accepted (so a page asks PostgreSQL only once). */
    policiesAccepted?: number[];
    /** When the user last gave a second-factor code to confirm a sensitive action (a backup's download). */
    stepUpAt?: number;
  }
}

declare global {
  namespace Express {
    interface Request {
      user?: User;
      /** Signed in, but the role requires two-factor sign-in and it is not set up yet. */
      mustEnrolTwoFactor?: boolean;
      id: string;
      /** A multipart form's file could not be taken (RouteSpec.upload): too large, or unreadable. */
      uploadError?: 'too-large' | 'unreadable';
    }
  }
}
export {};
