// What the accounts controllers are given by the route factory (never through the request).
import type { AccountService } from '../accounts';
import type { AuthService } from '../auth';
import type { SessionService } from '../sessions';
import type { UserAdminService } from '../users';

export interface AccountsDeps {
  auth: AuthService;
  accounts: AccountService;
  sessions: SessionService;
  users: UserAdminService;
  /** The teams a user may be put in (from the organisation feature), for the user page. */
  listTeams(): Promise<{ id: number; name: string }[]>;
  cookieSecure: boolean;
  /** Records a new user's acceptance of the Terms and the Privacy Policy in force (the policies feature's). */
  acceptOnJoin(
    user: { id: number; name: string; email: string },
    origin: { ip: string | null; userAgent: string | null },
  ): Promise<void>;
}
