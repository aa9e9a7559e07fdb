// Teams (who shares leads) and the lead statuses admins may rename and add.
import type { Knex } from 'knex';
import type { Actor, AuditService } from '../../platform/audit/service';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { UserAdminService } from '../accounts';
import type { StatusesStore } from './data/statusesStore';
import type { TeamsStore } from './data/teamsStore';
import type { LeadStatus, Team } from './model';

const cleanName = (raw: string, field: string, what: string) => {
  const v = raw.trim().replace(/\s+/g, ' ');
  if (!v) throw new ValidationError({ [field]: `Enter the ${what}.` });
  if (v.length > 60) throw new ValidationError({ [field]: 'Use at most 60 characters.' });
  return v;
};

export class OrganisationService {
  constructor(
    private readonly db: Knex,
    private readonly teams: TeamsStore,
    private readonly statuses: StatusesStore,
    private readonly users: Pick<UserAdminService, 'find' | 'setTeam'>,
    private readonly audit: AuditService,
  ) {}

  listTeams(): Promise<Team[]> {
    return this.teams.list();
  }
  listStatuses(): Promise<LeadStatus[]> {
    return this.statuses.list();
  }

  async createTeam(rawName: string, actor: Actor): Promise<number> {
    const name = cleanName(rawName, 'name', 'team name');
    return this.db.transaction(async (trx) => {
      if (await this.teams.findByName(name, trx)) throw new ValidationError({ name: 'A team with this name exists.' });
      const id = await this.teams.insert(name, trx);
      await this.audit.record(
        actor,
        { action: 'team.create', targetType: 'team', targetId: id, details: { name } },
        trx,
      );
      return id;
    });
  }

  /** Moves a user into a team (or none); their lead access follows at once (it is checked per request). */
  async assignTeam(userId: number, teamId: number | null, actor: Actor): Promise<void> {
    const user = await this.users.find(userId);
    if (!user) throw new NotFoundError();
    if (teamId !== null && !(await this.teams.find(teamId))) throw new ValidationError({ teamId: 'Choose a team.' });
    if (user.teamId === teamId) return;
    await this.db.transaction(async (trx) => {
      await this.users.setTeam(userId, teamId, trx);
      await this.audit.record(
        actor,
        {
          action: 'user.team_change',
          targetType: 'user',
          targetId: userId,
          details: { from: user.teamId, to: teamId },
        },
        trx,
      );
    });
  }

  async addStatus(rawLabel: string, actor: Actor): Promise<void> {
    const label = cleanName(rawLabel, 'label', 'status name');
    const key =
      label
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_|_$/g, '') || 'status';
    await this.db.transaction(async (trx) => {
      const existing = await this.statuses.list();
      if (existing.some((s) => s.key === key || s.label.toLowerCase() === label.toLowerCase()))
        throw new ValidationError({ label: 'A status with this name exists.' });
      const id = await this.statuses.insert(key, label, trx);
      await this.audit.record(
        actor,
        { action: 'status.create', targetType: 'status', targetId: id, details: { label } },
        trx,
      );
    });
  }

  async renameStatus(id: number, rawLabel: string, actor: Actor): Promise<void> {
    const label = cleanName(rawLabel, `label-${id}`, 'status name');
    await this.db.transaction(async (trx) => {
      const existing = await this.statuses.list();
      const status = existing.find((s) => s.id === id);
      if (!status) throw new NotFoundError();
      if (existing.some((s) => s.id !== id && s.label.toLowerCase() === label.toLowerCase()))
        throw new ValidationError({ [`label-${id}`]: 'A status with this name exists.' });
      await this.statuses.rename(id, label, trx);
      await this.audit.record(
        actor,
        { action: 'status.rename', targetType: 'status', targetId: id, details: { from: status.label, to: label } },
        trx,
      );
    });
  }
}
