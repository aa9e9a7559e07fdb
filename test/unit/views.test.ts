import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ejs from 'ejs';
import { expect } from 'chai';
import { compileView, localNames, viewEngine } from '../../src/http/views';

const VIEWS = path.join(__dirname, '..', '..', 'views');
const viewFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? viewFiles(path.join(dir, e.name)) : e.name.endsWith('.ejs') ? [path.join(dir, e.name)] : [],
    );

const render = (engine: ReturnType<typeof viewEngine>, file: string, data: object) =>
  new Promise<string>((resolve, reject) =>
    engine(file, data, (err, html) => (err ? reject(new Error('render failed', { cause: err })) : resolve(html!))),
  );

describe('view engine without with()', () => {
  it('finds the names code reads, not property names, globals, strings or top-level declarations', () => {
    const src = [
      'const here = user.name; let n = 1, m = rows.length',
      '__append(escapeFn(`${title}: ${ {a: count}.a }`) + \'quoted words\' + "more")',
      'if (typeof flash !== "undefined") { const inner = String(items.map((x) => x.id)); }',
      '// a comment naming commented',
      'function helper(arg) { return /re"gex/.test(arg) ? total / 2 : JSON.stringify(obj?.deep) }',
      '__append(run.id + describe)',
    ].join('\n');
    const names = localNames(src);
    expect(names).to.include.members(['user', 'rows', 'title', 'count', 'flash', 'items', 'total', 'obj', 'x']);
    // mocha's globals (run, describe) are locals to a view, as in production where they do not exist
    expect(names).to.include.members(['run', 'describe']);
    for (const no of ['here', 'n', 'm', 'helper', 'name', 'length', 'deep', 'String', 'JSON', 'quoted', 'more'])
      expect(names, no).not.to.include(no);
    expect(names).not.to.include.members(['commented', 'gex', 'escapeFn', '__append', 'typeof', 'const']);
  });

  it('compiles every view of the portal', () => {
    const files = viewFiles(VIEWS);
    expect(files.length).to.be.greaterThan(50);
    for (const f of files) expect(() => compileView(f), f).not.to.throw();
  });

  it('renders what ejs renders with with(), includes and their own locals too', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'views-'));
    fs.mkdirSync(path.join(dir, 'partials'));
    fs.writeFileSync(
      path.join(dir, 'partials', 'item.ejs'),
      '<li class="<%= locals.extra ? "x" : "" %>"><%= label %> <%= title %><% if (typeof missing !== "undefined") { %>!<% } %></li>',
    );
    fs.writeFileSync(
      path.join(dir, 'page.ejs'),
      [
        '<% const shown = items.filter((i) => i.on); %><h1><%= title %></h1>',
        '<% for (const i of shown) { %><%- include("/partials/item", { label: i.label, extra: i.extra }) %><% } %>',
        '<%- include("./partials/item", { label: `<b>${shown.length}</b>` }) %><%= typeof nothing === "undefined" %>',
      ].join('\n'),
    );
    const data = {
      title: 'T & <t>',
      items: [
        { on: true, label: 'a', extra: 1 },
        { on: false, label: 'b' },
        { on: true, label: 'c' },
      ],
    };
    const file = path.join(dir, 'page.ejs');
    const expected = await ejs.renderFile(file, data, { root: dir });
    expect(expected).to.contain('<li class="x">a T &amp; &lt;t&gt;</li>');
    expect(
      await render(
        viewEngine(dir, () => true),
        file,
        data,
      ),
    ).to.equal(expected);
    expect(
      await render(
        viewEngine(dir, () => false),
        file,
        data,
      ),
    ).to.equal(expected);
  });
});
