// Bulk loading of demo leads with COPY (seed:demo): batches in their own transactions, or one transaction into
// empty tables that loads without the secondary indexes (COPY FREEZE) and builds them once at the end.
import { from as copyFrom } from 'pg-copy-streams';
import type { Knex } from 'knex';
import { EXACT_PAIRS_SQL } from './duplicatesStore';

const TABLES = ['leads', 'lead_history', 'lead_consents', 'lead_duplicates'] as const;
const LEAD_COLUMNS =
  'id, first_name, last_name, company, job_title, email_enc, email_bidx, phone_enc, phone_bidx, address_enc, notes_enc, key_id, source, status_id, tags, owner_id, team_id, lawful_basis, basis_method, basis_source, basis_obtained_at, basis_wording, basis_recorded_by, created_by, created_at, updated_at, last_verified_at';
const HISTORY_COLUMNS = 'lead_id, user_id, at, field, old_value, new_value, encrypted';
const CONSENT_COLUMNS = 'lead_id, channel, status, method, source, obtained_at, wording, recorded_by, recorded_at';

export interface Batch {
  leads: string[];
  history: string[];
  consents: string[];
}
export type Generate = (n: number, done: number) => Promise<Batch>;

type Conn = { query: (...args: any[]) => any };

export class DemoLoader {
  constructor(private readonly db: Knex) {}

  /** The id the next loaded lead gets. */
  async firstFreeId(): Promise<number> {
    const [{ max }] = await this.db('leads').max('id as max');
    return Number(max ?? 0) + 1;
  }

  async tablesEmpty(): Promise<boolean> {
    for (const t of TABLES) if (await this.db(t).first(this.db.raw('1'))) return false;
    return true;
  }

  /**
   * Loads `count` leads made by `generate`, BATCH at a time: with `bulk`, in one all-or-nothing transaction whose
   * indexes are built after the load; otherwise one transaction per batch. Then planner statistics.
   */
  async load(
    count: number,
    batchSize: number,
    generate: Generate,
    bulk: boolean,
    onProgress?: (done: number) => void,
  ): Promise<void> {
    let frozen = false;
    const conn: Conn = await this.db.client.acquireConnection();
    try {
      if (bulk) {
        await conn.query('BEGIN');
        try {
          const rebuild = await this.prepareBulk(conn);
          await this.copyBatches(conn, count, batchSize, generate, onProgress, { freeze: rebuild.frozen });
          frozen = rebuild.frozen;
          for (const sql of rebuild.statements) await conn.query(sql);
          await conn.query(EXACT_PAIRS_SQL);
          await conn.query('COMMIT');
        } catch (err) {
          await conn.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
      } else {
        await this.copyBatches(conn, count, batchSize, generate, onProgress, { perBatch: true });
        if (count) await conn.query(EXACT_PAIRS_SQL);
      }
      if (count) await conn.query(`select setval('leads_id_seq', (select max(id) from leads))`);
    } finally {
      await this.db.client.releaseConnection(conn);
    }
    // Planner statistics, and the visibility map (index-only scans) unless COPY FREEZE already set it.
    if (count)
      await this.db.raw(
        `${frozen ? 'analyze' : 'vacuum (analyze)'} leads, lead_history, lead_consents, lead_duplicates`,
      );
  }

  /** COPY `count` leads in batches, generating batch k+1 while batch k is stored. */
  private async copyBatches(
    conn: Conn,
    count: number,
    batchSize: number,
    generate: Generate,
    onProgress: ((done: number) => void) | undefined,
    opts: { perBatch?: boolean; freeze?: boolean },
  ): Promise<void> {
    let storing: Promise<void> | undefined;
    for (let done = 0; done < count; done += batchSize) {
      const n = Math.min(batchSize, count - done);
      const batch = await generate(n, done);
      await storing;
      storing = this.store(conn, batch, opts).then(() => onProgress?.(done + n));
      storing.catch(() => undefined); // awaited on the next turn or below; no unhandled rejection meanwhile
    }
    await storing;
  }

  /** One batch: its own transaction (batches path) or part of the surrounding one (bulk path). */
  private async store(conn: Conn, b: Batch, opts: { perBatch?: boolean; freeze?: boolean }): Promise<void> {
    if (opts.perBatch) await conn.query('BEGIN');
    try {
      await this.copy(conn, `leads (${LEAD_COLUMNS})`, b.leads, opts.freeze);
      await this.copy(conn, `lead_history (${HISTORY_COLUMNS})`, b.history, opts.freeze);
      await this.copy(conn, `lead_consents (${CONSENT_COLUMNS})`, b.consents, opts.freeze);
      if (opts.perBatch) await conn.query('COMMIT');
    } catch (err) {
      if (opts.perBatch) await conn.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
  }

  private async copy(conn: Conn, target: string, lines: string[], freeze = false): Promise<void> {
    if (!lines.length) return;
    const stream = conn.query(copyFrom(`COPY ${target} FROM STDIN${freeze ? ' WITH (FREEZE)' : ''}`));
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    // ~1 MB writes: few syscalls, and the event loop stays free between them.
    for (let i = 0; i < lines.length; i += 2000) {
      if (!stream.write(lines.slice(i, i + 2000).join(''))) await new Promise((r) => stream.once('drain', r));
    }
    stream.end();
    await done;
  }

  /**
   * Inside the bulk transaction: TRUNCATE the (empty) tables so COPY can FREEZE, when nothing else references
   * them; drop their secondary indexes. Returns the statements that recreate exactly those indexes.
   */
  private async prepareBulk(conn: Conn): Promise<{ frozen: boolean; statements: string[] }> {
    const others = await conn.query(
      `select 1 from pg_constraint where contype = 'f' and confrelid in (${TABLES.map((t) => `'${t}'::regclass`).join(',')})
         and conrelid not in (${TABLES.map((t) => `'${t}'::regclass`).join(',')}) limit 1`,
    );
    const frozen = others.rows.length === 0;
    if (frozen) await conn.query(`TRUNCATE ${TABLES.join(', ')}`);
    // Indexes that no constraint owns (primary keys and unique constraints stay, and so do their checks).
    const { rows } = await conn.query(
      `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
         from pg_index i join pg_class t on t.oid = i.indrelid
        where t.relname = any($1) and t.relnamespace = current_schema()::regnamespace
          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
      [TABLES],
    );
    for (const r of rows) await conn.query(`DROP INDEX ${r.name}`);
    // Index builds: more memory for this transaction only (sorts and GIN builds in memory instead of on disk).
    return {
      frozen,
      statements: ["SET LOCAL maintenance_work_mem = '512MB'", ...rows.map((r: { def: string }) => r.def)],
    };
  }
}
