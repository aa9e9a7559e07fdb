// The EJS view engine without `with (locals)`: each view is compiled once with the names it reads declared from
// its locals (ejs's destructuredLocals), and its includes are rendered by this engine too. Under `with`, every
// name a template reads (its own variables and globals such as String included) is looked up in the locals
// object first; a page of 50 rows rendered 2–3 times slower that way (BENCHMARKS.md, issue 15).
import fs from 'node:fs';
import ejs from 'ejs';

type Locals = Record<string, unknown>;
type Compiled = (locals: Locals) => string;
/** ejs's option (missing from its types) to use the locals object given instead of a copy of it. */
type Options = ejs.Options & { async?: false; client?: false; unsafePrototypeLocals?: boolean };

/** ejs's own names inside a compiled template, and the reserved words of JavaScript. */
const NOT_LOCALS = new Set(
  (
    '__output __append escapeFn include rethrow __line __lines __filename locals __locals arguments ' +
    'break case catch class const continue debugger default delete do else export extends false finally for ' +
    'function if import in instanceof let new null return super switch this throw true try typeof var void ' +
    'while with yield await enum'
  ).split(' '),
);
/**
 * The globals a view may use: JavaScript's own and a few of Node's, a fixed list (whatever else is global in the
 * process, a test runner's `run` say, is still read from the locals).
 */
const GLOBALS = new Set(
  (
    'undefined NaN Infinity globalThis Object Function Array String Number Boolean Symbol BigInt Date Math JSON ' +
    'RegExp Map Set WeakMap WeakSet Promise Proxy Reflect Intl Error TypeError RangeError SyntaxError ' +
    'ReferenceError parseInt parseFloat isNaN isFinite encodeURIComponent decodeURIComponent encodeURI decodeURI ' +
    'ArrayBuffer Uint8Array console URL URLSearchParams Buffer structuredClone'
  ).split(' '),
);
/** After these tokens a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set(
  '( , = : [ ! & | ? { } ; + - * % < > ~ ^ return typeof case do else in of new delete void throw'.split(' '),
);
const DECLARES = new Set(['const', 'let', 'var', 'class', 'function']);

/** Where a string, comment or regular expression that starts at `i` ends (the index after it). */
function skipLiteral(src: string, i: number, prev: string): number {
  const c = src[i];
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (src.startsWith('//', i)) return src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
  if (src.startsWith('/*', i)) return src.indexOf('*/', i + 2) + 2;
  if (c === '/' && BEFORE_REGEX.has(prev)) {
    let j = i + 1;
    let inClass = false;
    while (j < src.length && (inClass || src[j] !== '/')) {
      if (src[j] === '[') inClass = true;
      else if (src[j] === ']') inClass = false;
      j += src[j] === '\\' ? 2 : 1;
    }
    return j + 1;
  }
  return i;
}

/**
 * The names a compiled template's code may read from its locals: every identifier that is not a property name
 * (after `.`), a reserved word, one of GLOBALS, or declared at the template's top level (a `var` of the same name there
 * would clash with a `const`, or overwrite a function). Reading more names than needed only costs a lookup.
 */
export function localNames(src: string): string[] {
  const refs = new Set<string>();
  const declared = new Set<string>();
  const stack: string[] = []; // open brackets; '`' for a template literal's ${…}
  let prev = ';';
  let declaring = false;
  for (let i = 0; i < src.length;) {
    const c = src[i];
    const end = skipLiteral(src, i, prev);
    if (end !== i) {
      if (c === '"' || c === "'" || (c === '/' && src[i + 1] !== '/' && src[i + 1] !== '*')) prev = 'x';
      i = end;
    } else if (c === '`' || (c === '}' && stack[stack.length - 1] === '`')) {
      // a template literal's text, up to its end or its next ${
      if (c === '}') stack.pop();
      let j = i + 1;
      while (j < src.length && src[j] !== '`' && !src.startsWith('${', j)) j += src[j] === '\\' ? 2 : 1;
      if (src[j] === '`') i = j + 1;
      else {
        stack.push('`');
        i = j + 2;
      }
      prev = src[j] === '`' ? 'x' : '{';
    } else if (/[A-Za-z_$]/.test(c)) {
      const word = /^[\w$]+/.exec(src.slice(i, i + 100))![0];
      if (prev !== '.') refs.add(word);
      if (prev !== '.' && !stack.length) {
        if (declaring && (DECLARES.has(prev) || prev === ',')) declared.add(word);
        if (DECLARES.has(word)) declaring = true;
      }
      prev = word;
      i += word.length;
    } else if (/\s/.test(c)) {
      if (c === '\n' && !stack.length && prev !== ',' && prev !== '=') declaring = false;
      i++;
    } else {
      if ('([{'.includes(c)) stack.push(c);
      else if (')]}'.includes(c)) stack.pop();
      if (c === ';' && !stack.length) declaring = false;
      prev = src.startsWith('...', i) ? '...' : /[0-9]/.test(c) ? 'x' : c;
      i += prev === '...' ? 3 : 1;
    }
  }
  return [...refs].filter((n) => !NOT_LOCALS.has(n) && !declared.has(n) && !GLOBALS.has(n) && !/^[0-9]/.test(n));
}

/** A view file compiled to read its local names as variables; `include` is one of them (viewEngine's own). */
export function compileView(file: string): Compiled {
  const text = fs.readFileSync(file, 'utf8');
  const plain = new ejs.Template(text, { filename: file, _with: false });
  plain.compile();
  const options: Options = {
    filename: file,
    _with: false,
    destructuredLocals: [...localNames(plain.source), 'include'],
    // the locals are the engine's own object (render() below), never the caller's
    unsafePrototypeLocals: true,
  };
  return ejs.compile(text, options);
}

/** `own` on top of `parent`: what a view reads from either is found without copying the parent's names. */
const over = (parent: object, own: Locals): Locals => Object.assign(Object.create(parent) as Locals, own);

/** An Express view engine over `root` (includes written as '/partials/header' are found there). */
export function viewEngine(root: string, cached: () => boolean) {
  const templates = new Map<string, Compiled>();
  const includes = new Map<string, string>();

  function template(file: string): Compiled {
    const known = cached() ? templates.get(file) : undefined;
    if (known) return known;
    const fn = compileView(file);
    if (cached()) templates.set(file, fn);
    return fn;
  }

  function includePath(from: string, name: string): string {
    const key = `${from}\0${name}`;
    let found = includes.get(key);
    if (!found) {
      found = name.startsWith('/')
        ? ejs.resolveInclude(name.replace(/^\/+/, ''), root, true)
        : ejs.resolveInclude(name, from);
      includes.set(key, found);
    }
    return found;
  }

  /** A view, its includes seeing the same locals and their own (an object over the parent's, not a copy). */
  function render(file: string, data: object): string {
    const locals = over(data, {
      include: (name: string, own?: Locals) => render(includePath(file, name), own ? over(data, own) : data),
    });
    return template(file)(locals);
  }

  return (file: string, data: object, cb: (err: unknown, html?: string) => void) => {
    let html: string;
    try {
      html = render(file, data);
    } catch (err) {
      return cb(err);
    }
    cb(null, html);
  };
}
