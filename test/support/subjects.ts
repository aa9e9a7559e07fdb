// Helpers of the data-subject suites: where in the database a value is still held, and a person's erasure posted
// from their access report (the report page's CSRF token).
import { csrfOf, type Agent } from './helpers';
import { s } from './setup';
import { normalizeEmail } from '../../src/features/leads';

/** The tables of the database (any column of any row, as text) that hold `needle`, case-insensitively. */
export async function tablesHolding(needle: string): Promise<string[]> {
  const tables: { rows: { table_name: string }[] } = await s.db.raw(
    `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
  );
  const found: string[] = [];
  for (const { table_name: t } of tables.rows) {
    const r: { rows: { n: number }[] } = await s.db.raw(
      `select count(*)::int as n from ?? x where strpos(lower(x::text), ?) > 0`,
      [t, needle.toLowerCase()],
    );
    if (r.rows[0].n) found.push(t);
  }
  return found.sort();
}

/** The access report's path of an e-mail address or a phone number (E.164). */
export const reportOf = (kind: 'e' | 'p', value: string) =>
  `/compliance/subjects/${kind}/${s.cipher.blindIndex(kind === 'e' ? normalizeEmail(value) : value)}`;

/** Posts the erasure form of the report at `report` (confirm word and request as given). */
export async function erase(agent: Agent, report: string, form: Record<string, string>) {
  const page = await agent.get(report);
  return agent
    .post(`${report}/erase`)
    .type('form')
    .send({ ...form, _csrf: csrfOf(page.text) });
}
