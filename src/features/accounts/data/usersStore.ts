// Users in PostgreSQL: accounts, credentials' hashes, two-factor state, session epoch, team.
import type { Knex } from 'knex';
import { preparedSelect } from '../../../platform/db';
import { ShapeCache } from '../../../platform/shapes';
import type { NewUser, User, UserChanges } from '../model';

const COLUMNS = [
  'id',
  'email',
  'name',
  'role',
  'status',
  'password_hash',
  'password_changed_at',
  'password_reminder_sent_at',
  'totp_secret_enc',
  'totp_enabled_at',
  'totp_last_step',
  'session_epoch',
  'last_login_at',
  'created_at',
  'team_id',
];

type Row = Record<string, any>;
const toUser = (r: Row): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  status: r.status,
  passwordHash: r.password_hash,
  passwordChangedAt: r.password_changed_at,
  passwordReminderSentAt: r.password_reminder_sent_at,
  totpSecretEnc: r.totp_secret_enc,
  totpEnabledAt: r.totp_enabled_at,
  totpLastStep: r.totp_last_step === null ? null : Number(r.totp_last_step),
  sessionEpoch: r.session_epoch,
  lastLoginAt: r.last_login_at,
  createdAt: r.created_at,
  teamId: r.team_id,
});

const toRow = (c: UserChanges): Row => {
  const map: Record<string, string> = {
    name: 'name',
    role: 'role',
    status: 'status',
    passwordHash: 'password_hash',
    passwordChangedAt: 'password_changed_at',
    passwordReminderSentAt: 'password_reminder_sent_at',
    totpSecretEnc: 'totp_secret_enc',
    totpEnabledAt: 'totp_enabled_at',
    totpLastStep: 'totp_last_step',
    lastLoginAt: 'last_login_at',
    teamId: 'team_id',
  };
  const row: Row = { updated_at: new Date() };
  for (const [k, v] of Object.entries(c)) if (v !== undefined) row[map[k]] = v;
  return row;
};

export class UsersStore {
  private readonly shapes: ShapeCache;
  constructor(private readonly db: Knex) {
    this.shapes = new ShapeCache(db);
  }

  private q(trx?: Knex.Transaction) {
    return (trx ?? this.db)('users');
  }

  async findById(id: number, trx?: Knex.Transaction): Promise<User | undefined> {
    if (trx) {
      const r = await trx('users').select(COLUMNS).where({ id }).first();
      return r && toUser(r);
    }
    // every signed-in request asks: compiled once (platform/shapes.ts), planned once per connection
    const [r] = await preparedSelect(
      this.db,
      this.shapes.compile(
        'users.byId',
        (param) => param(id),
        (i) => this.db('users').select(COLUMNS).where({ id: i }).limit(1),
      ),
    );
    return r && toUser(r);
  }
  async findByEmail(email: string, trx?: Knex.Transaction): Promise<User | undefined> {
    const r = await this.q(trx).select(COLUMNS).whereRaw('lower(email) = lower(?)', [email]).first();
    return r && toUser(r);
  }
  async list(): Promise<User[]> {
    return (await this.db('users').select(COLUMNS).orderBy('name')).map(toUser);
  }
  async count(): Promise<number> {
    const r = await this.db('users').count<{ count: string }[]>('* as count');
    return Number(r[0].count);
  }
  async insert(u: NewUser, trx?: Knex.Transaction): Promise<User> {
    const [r] = await this.q(trx)
      .insert({
        email: u.email,
        name: u.name,
        role: u.role,
        status: u.status,
        password_hash: u.passwordHash ?? null,
        password_changed_at: u.passwordHash ? new Date() : null,
      })
      .returning(COLUMNS);
    return toUser(r);
  }
  async update(id: number, changes: UserChanges, trx?: Knex.Transaction): Promise<void> {
    await this.q(trx).where({ id }).update(toRow(changes));
  }
  /** Invalidate every session of the user at once (sessions carry the epoch they were made in). */
  async bumpSessionEpoch(id: number, trx?: Knex.Transaction): Promise<number> {
    const [r] = await this.q(trx).where({ id }).increment('session_epoch', 1).returning('session_epoch');
    return r.session_epoch;
  }
  /** Records an accepted TOTP time step; false when it (or a later one) was already used: a replay. */
  async useTotpStep(id: number, step: number): Promise<boolean> {
    const n = await this.db('users')
      .where({ id })
      .where((w) => {
        w.whereNull('totp_last_step').orWhere('totp_last_step', '<', step);
      })
      .update({ totp_last_step: step });
    return n === 1;
  }

  /** Active users whose password is older than `before` and who were not reminded since it changed. */
  async dueForPasswordReminder(before: Date): Promise<User[]> {
    const rows = await this.db('users')
      .select(COLUMNS)
      .where('status', 'active')
      .where('password_changed_at', '<', before)
      .where((w) => {
        w.whereNull('password_reminder_sent_at').orWhereRaw('password_reminder_sent_at < password_changed_at');
      });
    return rows.map(toUser);
  }
}
