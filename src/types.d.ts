import type { User } from './data/usersRepo';
import type { Services } from './services';

declare module 'express-session' {
  interface SessionData {
    userId: number;
    epoch: number;
    startedAt: number;
    seenAt: number;
    /** Password checked, second factor still to come. */
    pending?: { userId: number; epoch: number; at: number };
    totpSetup?: string;
    recoveryCodes?: string[];
    flash?: { kind: 'success' | 'info' | 'error'; text: string }[];
    returnTo?: string;
  }
}

declare global {
  namespace Express {
    interface Request {
      services: Services;
      user?: User;
      id: string;
    }
  }
}
export {};
