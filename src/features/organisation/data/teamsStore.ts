import type { Knex } from 'knex';
import type { Team } from '../model';

export class TeamsStore {
  constructor(private readonly db: Knex) {}

  async list(): Promise<Team[]> {
    const rows = await this.db('teams')
      .leftJoin('users', 'users.team_id', 'teams.id')
      .select('teams.id', 'teams.name')
      .count('users.id as members')
      .groupBy('teams.id')
      .orderBy('teams.name');
    return rows.map((r: Record<string, any>) => ({ id: r.id, name: r.name, members: Number(r.members) }));
  }
  async find(id: number): Promise<Team | undefined> {
    return (await this.list()).find((t) => t.id === id);
  }
  async findByName(name: string, trx?: Knex.Transaction): Promise<{ id: number } | undefined> {
    return (trx ?? this.db)('teams').select('id').whereRaw('lower(name) = lower(?)', [name]).first();
  }
  async insert(name: string, trx: Knex.Transaction): Promise<number> {
    const [r] = await trx('teams').insert({ name }).returning('id');
    return r.id;
  }
}
