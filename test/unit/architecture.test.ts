// Conventions a reader relies on: src/platform/config.ts is the only reader of process.env (README), and no
// controller reaches services through the request.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';

const root = path.join(__dirname, '..', '..');
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? sources(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}
const code = [...sources('src'), ...sources('workers'), 'knexfile.ts'];

describe('architecture conventions', () => {
  it('reads process.env only in src/platform/config.ts', () => {
    const readers = code.filter((f) => /process\.env\b/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(readers).to.deep.equal([path.join('src', 'platform', 'config.ts')]);
  });

  it('gives controllers their services through route factories, never through the request', () => {
    expect(code.filter((f) => fs.readFileSync(path.join(root, f), 'utf8').includes('req.services'))).to.deep.equal([]);
  });
});
