// Leads in PostgreSQL. Personal fields (e-mail, phone, address, notes) are encrypted here on the way
// in and decrypted on the way out; e-mail and phone also get an HMAC blind index for exact lookups.
// Every read and write takes a LeadScope (../access.ts): the one access rule, applied by ./scope.ts.
import type { Knex } from 'knex';
import { preparedSelect } from '../../../platform/db';
import { ShapeCache } from '../../../platform/shapes';
import type { DataCipher } from '../../../platform/crypto';
import type { LeadScope } from '../access';
import { PERSONAL_FIELDS, type Lead, type LeadFields } from '../model';
import { paramScope, scopeKey } from './listShapes';
import { applyScope } from './scope';

export const LEAD_COLUMNS = [
  'id',
  'first_name',
  'last_name',
  'company',
  'job_title',
  'email_enc',
  'phone_enc',
  'address_enc',
  'notes_enc',
  'source',
  'status_id',
  'tags',
  'owner_id',
  'team_id',
  'lawful_basis',
  'basis_method',
  'basis_source',
  'basis_obtained_at',
  'basis_wording',
  'basis_recorded_by',
  'do_not_contact',
  'merged_into_id',
  'created_by',
  'created_at',
  'updated_at',
  'last_verified_at',
].map((c) => `leads.${c}`);

type Row = Record<string, any>;

export class LeadsStore {
  private readonly shapes: ShapeCache;

  constructor(
    private readonly db: Knex,
    private readonly cipher: DataCipher,
  ) {
    this.shapes = new ShapeCache(db);
  }

  toLead(r: Row): Lead {
    const c = this.cipher;
    return {
      id: Number(r.id),
      firstName: r.first_name,
      lastName: r.last_name,
      company: r.company,
      jobTitle: r.job_title,
      email: c.decryptOptional(r.email_enc),
      phone: c.decryptOptional(r.phone_enc),
      address: c.decryptOptional(r.address_enc),
      notes: c.decryptOptional(r.notes_enc),
      source: r.source,
      statusId: r.status_id,
      tags: r.tags ?? [],
      ownerId: r.owner_id,
      teamId: r.team_id,
      lawfulBasis: r.lawful_basis,
      basis: {
        method: r.basis_method,
        source: r.basis_source,
        obtainedAt: r.basis_obtained_at,
        wording: r.basis_wording,
        recordedBy: r.basis_recorded_by,
      },
      doNotContact: r.do_not_contact,
      mergedIntoId: r.merged_into_id === null ? null : Number(r.merged_into_id),
      createdBy: r.created_by,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      lastVerifiedAt: r.last_verified_at,
    };
  }

  /** Row values for the given fields, encrypting personal data under the newest key. */
  toRow(f: Partial<LeadFields>): Row {
    const c = this.cipher;
    const row: Row = {};
    const plain: Record<string, string> = {
      firstName: 'first_name',
      lastName: 'last_name',
      company: 'company',
      jobTitle: 'job_title',
      source: 'source',
      statusId: 'status_id',
      tags: 'tags',
      ownerId: 'owner_id',
      teamId: 'team_id',
      lawfulBasis: 'lawful_basis',
      doNotContact: 'do_not_contact',
    };
    for (const [k, col] of Object.entries(plain)) if (k in f) row[col] = (f as Row)[k];
    if ('email' in f)
      Object.assign(row, { email_enc: c.encryptOptional(f.email), email_bidx: f.email ? c.blindIndex(f.email) : null });
    if ('phone' in f)
      Object.assign(row, { phone_enc: c.encryptOptional(f.phone), phone_bidx: f.phone ? c.blindIndex(f.phone) : null });
    if ('address' in f) row.address_enc = c.encryptOptional(f.address);
    if ('notes' in f) row.notes_enc = c.encryptOptional(f.notes);
    if (f.basis)
      Object.assign(row, {
        basis_method: f.basis.method,
        basis_source: f.basis.source,
        basis_obtained_at: f.basis.obtainedAt,
        basis_wording: f.basis.wording,
        basis_recorded_by: f.basis.recordedBy,
      });
    // key_id names the key of every personal value in the row: only a full rewrite moves it forward
    // (a partial one leaves it, so key rotation still visits the row and re-encrypts the rest).
    if (PERSONAL_FIELDS.every((p) => p in f)) row.key_id = c.currentKeyId;
    return row;
  }

  async insert(f: LeadFields, createdBy: number, trx: Knex.Transaction): Promise<Lead> {
    const row = { ...this.toRow(f), key_id: this.cipher.currentKeyId, created_by: createdBy };
    const [r] = await trx('leads')
      .insert(row)
      .returning(LEAD_COLUMNS.map((c) => c.slice(6)));
    return this.toLead(r);
  }

  /** Many leads in one statement (an import's batch); their ids, in order. */
  async insertMany(fields: LeadFields[], createdBy: number, trx: Knex.Transaction): Promise<number[]> {
    if (!fields.length) return [];
    const rows = fields.map((f) => ({ ...this.toRow(f), key_id: this.cipher.currentKeyId, created_by: createdBy }));
    const out: { id: string }[] = await trx('leads').insert(rows).returning('id');
    return out.map((r) => Number(r.id));
  }

  /** Only an unmerged lead inside the scope; undefined otherwise (callers answer 404). */
  async find(id: number, scope: LeadScope, trx?: Knex.Transaction, forUpdate = false): Promise<Lead | undefined> {
    if (!Number.isSafeInteger(id) || id <= 0) return undefined;
    if (trx) {
      const q = applyScope(trx('leads').select(LEAD_COLUMNS).where('leads.id', id), scope);
      const r = await (forUpdate ? q.forUpdate() : q).first();
      return r && this.toLead(r);
    }
    // every lead page asks: compiled once per scope's shape (platform/shapes.ts), planned once per connection
    const [r] = await preparedSelect(
      this.db,
      this.shapes.compile(
        `lead.find:${scopeKey(scope)}`,
        (param) => ({ i: param(id), s: paramScope(scope, param) }),
        ({ i, s }) => applyScope(this.db('leads').select(LEAD_COLUMNS).where('leads.id', i), s).limit(1),
      ),
    );
    return r && this.toLead(r);
  }

  async update(id: number, f: Partial<LeadFields>, trx: Knex.Transaction): Promise<void> {
    await trx('leads')
      .where({ id })
      .update({ ...this.toRow(f), updated_at: new Date() });
  }

  async markVerified(id: number, at: Date, trx: Knex.Transaction): Promise<void> {
    // The database's clock, never before the lead's creation (constraint leads_verified_after_created).
    await trx('leads')
      .where({ id })
      .update({ last_verified_at: trx.raw('greatest(now(), created_at)'), updated_at: at });
  }

  async markMerged(loserId: number, winnerId: number, trx: Knex.Transaction): Promise<void> {
    await trx('leads').where({ id: loserId }).update({ merged_into_id: winnerId, updated_at: new Date() });
    // Leads merged earlier into the loser follow it, so history stays reachable from the winner.
    await trx('leads').where({ merged_into_id: loserId }).update({ merged_into_id: winnerId });
  }

  /** The lead a merged lead now lives on, if it was merged. */
  async mergedTarget(id: number): Promise<number | undefined> {
    if (!Number.isSafeInteger(id) || id <= 0) return undefined;
    const r = await this.db('leads').select('merged_into_id').where({ id }).whereNotNull('merged_into_id').first();
    return r ? Number(r.merged_into_id) : undefined;
  }

  /** Of the given ids, the leads inside the scope, locked (for bulk actions). */
  async findManyForUpdate(ids: number[], scope: LeadScope, trx: Knex.Transaction): Promise<Lead[]> {
    const rows = await applyScope(trx('leads').select(LEAD_COLUMNS).whereIn('leads.id', ids), scope)
      .orderBy('leads.id')
      .forUpdate();
    return rows.map((r: Row) => this.toLead(r));
  }
}
