#!/usr/bin/env node
// Issue 19, point 1: the top-level packages that show the layering. Run once, from the repository
// root, on a clean tree: `node scripts/restructure-19.mjs`; then `npx tsc -b && node scripts/bundle.mjs`.
// Idempotent: a second run finds the new layout and changes nothing.
//
//   server/src/service/  → service/src/        the pure language service (no Node types, no DOM)
//   server/src/protocol.ts → protocol/src/index.ts   the custom protocol, shared by server and client
//   server/src/cli/      → cli/src/            the command line
//   server/src/ (the rest) stays: the LSP server; client/ stays: the VS Code client
//
// How packages reach each other: Node's subpath imports, one map in the root package.json
// (`"#service/*": "./service/out/*.js"`, `#protocol`, `#server/*`, `#cli/*`, `#client/*`). Sources
// write `import … from '#service/dates'`, never a path into another package's `out/`; TypeScript
// (node16 resolution), Node and esbuild all read that map, and no node_modules link or lockfile
// entry is needed (npm workspaces would need both). Each package is a composite TypeScript project
// that references only the packages it imports; the references are computed from the imports.
//
// Generic: every relative import specifier in every .ts/.mts/.cts/.js/.mjs/.cjs file under the
// packages and test/, bench/, scripts/, bin/ is resolved against the OLD layout to the file it
// names (through `out/` to the source), then written again for the new layout: relative within a
// package, `#package/path` across packages. No list of files: a module added on any branch is moved
// and rewritten like the others.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = process.cwd();
if (!fs.existsSync(path.join(ROOT, 'package.json')) || !fs.existsSync(path.join(ROOT, 'server'))) {
  console.error('restructure-19: run from the repository root (where package.json and server/ are).');
  process.exit(1);
}
const posix = path.posix;
const exists = (p) => fs.existsSync(path.join(ROOT, p));
const isFile = (p) => { try { return fs.statSync(path.join(ROOT, p)).isFile(); } catch { return false; } };
const read = (p) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const changed = [];
const write = (p, text) => {
  if (exists(p) && read(p) === text) return;
  fs.mkdirSync(path.dirname(path.join(ROOT, p)), { recursive: true });
  fs.writeFileSync(path.join(ROOT, p), text);
  changed.push(p);
};
const warnings = [];
const warn = (m) => { warnings.push(m); console.warn(`restructure-19: ${m}`); };
const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

// ---------------------------------------------------------------------------------------------
// The layout.
const MOVES = [
  ['server/src/service', 'service/src'],
  ['server/src/cli', 'cli/src'],
  ['server/src/protocol.ts', 'protocol/src/index.ts'],
];
/** The packages, lowest layer first; each may import only those before it (client: see LAYERS). */
const PACKAGES = ['service', 'protocol', 'server', 'cli', 'client'];
/** Folders that use the packages without being one (their own imports stay relative). */
const CONSUMERS = ['test', 'bench', 'scripts', 'bin'];
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs)$/;
const SKIP_DIRS = new Set(['node_modules', 'out', 'out-bench', 'dist', 'fixtures', '.tools', 'results']);

/** Where a path of the old layout is in the new one (a path already in the new layout: itself). */
function moved(p) {
  for (const [from, to] of MOVES) {
    if (p === from) return to;
    if (p.startsWith(`${from}/`)) return to + p.slice(from.length);
  }
  return p;
}
/** The package a path belongs to, or the consumer folder (`test`, …). */
function owner(p) {
  const [top, second] = p.split('/');
  return PACKAGES.includes(top) && second === 'src' ? top : `./${top}`;
}

function walk(dir, out = []) {
  if (!exists(dir)) return out;
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const p = posix.join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p, out); }
    else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 1. Import specifiers, computed on the old layout (before any file moves).
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+|\bexport\s+\*\s+from\s*)(['"])(\.{1,2}\/[^'"\n]*|\.{1,2})\2/gm;

/** The file a relative specifier names (old layout), how it was written, and whether through out/. */
function resolveSpecifier(importer, spec) {
  let base = posix.normalize(posix.join(posix.dirname(importer), spec));
  let viaOut = false;
  const out = /^([^/]+)\/out(\/.*)?$/.exec(base);
  if (out && (PACKAGES.includes(out[1]) || out[1] === 'server' || out[1] === 'client')) {
    viaOut = true;
    base = `${out[1]}/src${(out[2] ?? '').replace(/\.(d\.ts|js|mjs|cjs)$/, '')}`;
    // server/out/service/x was server/src/service/x: `moved` maps it; nothing else to do here
  }
  const tries = [
    [base, 'exact'], [`${base}.ts`, 'noext'], [`${base}.mts`, 'noext'], [`${base}.tsx`, 'noext'],
    [`${base}.js`, 'noext'], [`${base}.mjs`, 'noext'], [`${base}.cjs`, 'noext'],
    [base.replace(/\.js$/, '.ts'), 'js'], [base.replace(/\.mjs$/, '.mts'), 'js'],
    [`${base}/index.ts`, 'dir'], [`${base}/index.js`, 'dir'],
  ];
  for (const [file, style] of tries) if (isFile(file)) return { file, style: viaOut && style === 'exact' ? 'noext' : style, viaOut };
  // a module of a branch merged after the move names a file that is already in the new layout
  for (const [file, style] of tries) if (moved(file) !== file && isFile(moved(file))) return { file, style: viaOut && style === 'exact' ? 'noext' : style, viaOut };
  return undefined;
}

function respecify(importerOld, spec) {
  const r = resolveSpecifier(importerOld, spec);
  if (!r) return undefined;
  const importer = moved(importerOld);
  const target = moved(r.file);
  const pkg = owner(target);
  if (PACKAGES.includes(pkg) && /\.tsx?$|\.mts$/.test(target) && !target.endsWith('.d.ts')
    && (owner(importer) !== pkg || r.viaOut)) {
    const rest = target.slice(`${pkg}/src/`.length).replace(/\.(ts|tsx|mts)$/, '');
    return rest === 'index' ? `#${pkg}` : `#${pkg}/${rest}`;
  }
  let to = target;
  if (r.style === 'noext') to = target.replace(/\.(ts|tsx|mts|js|mjs|cjs)$/, '');
  else if (r.style === 'js') to = target.replace(/\.ts$/, '.js').replace(/\.mts$/, '.mjs');
  else if (r.style === 'dir') to = posix.dirname(target);
  let rel = posix.relative(posix.dirname(importer), to) || '.';
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel;
}

const ROOTS = [...PACKAGES, ...CONSUMERS];
const rewritten = new Map(); // old path → new text
for (const file of ROOTS.flatMap((d) => walk(d))) {
  const text = read(file);
  const next = text.replace(SPECIFIER, (whole, lead, quote, spec) => {
    const s = respecify(file, spec);
    if (s === undefined) {
      if (moved(file) !== file) warn(`${file}: could not resolve '${spec}'; left as it is`);
      return whole;
    }
    return `${lead}${quote}${s}${quote}`;
  });
  if (next !== text) rewritten.set(file, next);
}
for (const [file, text] of rewritten) write(file, text);

// ---------------------------------------------------------------------------------------------
// 2. The moves (git mv keeps the history). Stale build output of the old layout goes too.
for (const [from, to] of MOVES) {
  if (!exists(from)) continue;
  if (!exists(to)) {
    fs.mkdirSync(path.dirname(path.join(ROOT, to)), { recursive: true });
    git('mv', from, to);
    changed.push(`${from} → ${to}`);
    continue;
  }
  // the new folder exists already (a branch merged after the move added files to the old one):
  // what is left moves file by file
  for (const f of git('ls-files', '-z', '--', from).split('\0').filter(Boolean)) {
    if (exists(moved(f))) { console.error(`restructure-19: both ${f} and ${moved(f)} exist; keep one by hand, then run again.`); process.exit(1); }
    fs.mkdirSync(path.dirname(path.join(ROOT, moved(f))), { recursive: true });
    git('mv', f, moved(f));
    changed.push(`${f} → ${moved(f)}`);
  }
  // git mv leaves the emptied folders behind
  const prune = (d) => {
    if (!fs.existsSync(path.join(ROOT, d)) || !fs.statSync(path.join(ROOT, d)).isDirectory()) return;
    for (const e of fs.readdirSync(path.join(ROOT, d))) prune(posix.join(d, e));
    if (fs.readdirSync(path.join(ROOT, d)).length === 0) fs.rmdirSync(path.join(ROOT, d));
  };
  prune(from);
}
for (const stale of ['server/out/service', 'server/out/cli', 'server/out/protocol.js', 'server/out/protocol.d.ts',
  'server/out/protocol.js.map', 'server/out/.tsbuildinfo']) fs.rmSync(path.join(ROOT, stale), { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// 3. The service's host globals: all it uses of its host (see the file's comment).
write('service/src/host.d.ts', `/**
 * The host globals the language service uses, and all of them: text decoding and encoding
 * (WHATWG Encoding: Node and every browser have them). The service's tsconfig has no Node types
 * and no DOM (\`types: []\`, \`lib: ["ES2022"]\`), so that files, processes, timers or the network
 * do not compile in it: a host gives the service text and takes its answers.
 */
interface TextDecoderOptions { fatal?: boolean; ignoreBOM?: boolean }
interface TextDecodeOptions { stream?: boolean }
interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}
declare var TextDecoder: { prototype: TextDecoder; new (label?: string, options?: TextDecoderOptions): TextDecoder };
interface TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };
`);
// docx's own declarations reference Node's types (its Buffer output), which would bring all of
// Node into the service's program. The purity check compiles the service with docx's types stood
// in for, so that nothing of Node is there; `npm run lint` runs it.
write('service/purity/docx.d.ts', `// Stands in for docx's declarations in the purity check (service/tsconfig.purity.json) only:
// docx's own reference Node's types, which would bring all of Node into the service's program.
declare const docx: any;
export = docx;
`);

// ---------------------------------------------------------------------------------------------
// 4. tsconfig files: one composite project per package, referencing what its sources import.
const stripComments = (t) => t.replace(/^\s*\/\/.*$/gm, '');
const readJson = (p) => JSON.parse(stripComments(read(p)));
/** JSON as the repository writes its tsconfig files: a short array or object on one line. */
function json(o) {
  const line = (v) => {
    if (Array.isArray(v)) return `[${v.map(line).join(', ')}]`;
    if (v !== null && typeof v === 'object') {
      const e = Object.entries(v);
      return e.length === 0 ? '{}' : `{ ${e.map(([k, x]) => `${JSON.stringify(k)}: ${line(x)}`).join(', ')} }`;
    }
    return JSON.stringify(v);
  };
  const fmt = (v, indent) => {
    const flat = line(v);
    if (v === null || typeof v !== 'object' || flat.length + indent.length <= 100) return flat;
    const inner = `${indent}  `;
    const items = Array.isArray(v) ? v.map((x) => inner + fmt(x, inner)) : Object.entries(v).map(([k, x]) => `${inner}${JSON.stringify(k)}: ${fmt(x, inner)}`);
    return Array.isArray(v) ? `[\n${items.join(',\n')}\n${indent}]` : `{\n${items.join(',\n')}\n${indent}}`;
  };
  return `${fmt(o, '')}\n`;
}
const IMPORTED = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]#([a-z]+)/gm;
function importedPackages(dir) {
  const used = new Set();
  for (const f of walk(dir)) for (const m of read(f).matchAll(IMPORTED)) if (PACKAGES.includes(m[1])) used.add(m[1]);
  return PACKAGES.filter((p) => used.has(p) && `${p}` !== dir);
}
const refs = (dir) => importedPackages(dir).map((p) => ({ path: `../${p}` }));

const serviceRefs = refs('service');
if (serviceRefs.length > 0) warn(`service/ imports ${serviceRefs.map((r) => r.path).join(', ')}: the service must import no other package`);
const packageConfig = (extra, references) => ({
  extends: '../tsconfig.base.json',
  compilerOptions: { rootDir: 'src', outDir: 'out', tsBuildInfoFile: 'out/.tsbuildinfo', ...extra },
  include: ['src'],
  ...(references.length > 0 ? { references } : {}),
});
write('service/tsconfig.json', `// The pure language service: no Node types and no DOM, so that IO does not compile here
// (src/host.d.ts declares the two host globals it uses; tsconfig.purity.json: see there).
${json(packageConfig({ types: [], lib: ['ES2022'] }, []))}`);
write('service/tsconfig.purity.json', `// The purity check (\`npm run lint\`): the service compiled with docx's declarations stood in for,
// because they reference Node's types, which would bring Node's modules and globals into the program.
${json({
  extends: './tsconfig.json',
  compilerOptions: { noEmit: true, composite: false, declaration: false, incremental: false, paths: { docx: ['./purity/docx.d.ts'] } },
})}`);
write('protocol/tsconfig.json', json(packageConfig({}, refs('protocol'))));
write('cli/tsconfig.json', json(packageConfig({}, refs('cli'))));
for (const dir of ['server', 'client', 'test', 'bench']) {
  const cfg = readJson(`${dir}/tsconfig.json`);
  const own = refs(dir);
  if (own.length > 0) cfg.references = own; else delete cfg.references;
  write(`${dir}/tsconfig.json`, json(cfg));
}
write('tsconfig.json', json({ files: [], references: [...PACKAGES, 'test', 'bench'].map((p) => ({ path: p })) }));

// ---------------------------------------------------------------------------------------------
// 5. package.json: the subpath imports, and the purity check in `npm run lint`.
{
  const pkg = JSON.parse(read('package.json'));
  const imports = {};
  for (const p of PACKAGES) {
    // `#service` is the package's public surface where it has one (src/index.ts)
    if (exists(`${p}/src/index.ts`)) imports[`#${p}`] = `./${p}/out/index.js`;
    imports[`#${p}/*`] = `./${p}/out/*.js`;
  }
  const next = {};
  for (const [k, v] of Object.entries(pkg)) {
    if (k === 'imports') continue;
    next[k] = v;
    if (k === 'bin') next.imports = imports;
  }
  if (!next.imports) next.imports = imports;
  const PURITY = 'tsc -p service/tsconfig.purity.json';
  if (next.scripts?.lint && !next.scripts.lint.includes(PURITY)) next.scripts.lint = `${next.scripts.lint} && ${PURITY}`;
  write('package.json', `${JSON.stringify(next, null, 2)}\n`);
}

// ---------------------------------------------------------------------------------------------
// 6. The linter: the purity check's stand-in is no source of ours.
{
  const cfg = read('eslint.config.mjs');
  if (!cfg.includes("'service/purity/**'")) {
    const next = cfg.replace(/(ignores:\s*\[[^\]]*?)(\s*\],)/, "$1, 'service/purity/**'$2");
    if (next === cfg) warn('eslint.config.mjs: no ignores list found; add service/purity/** to it by hand');
    else write('eslint.config.mjs', next);
  }
}

// ---------------------------------------------------------------------------------------------
// 7. Paths named in text (comments, docs, tests that read sources, the debugger's launch file).
// CHANGELOG.md and docs/reliability.md are history: left as written.
const TEXT_EDITS = [
  [/server\/src\/service\b/g, 'service/src'],
  [/server\/src\/cli\b/g, 'cli/src'],
  [/server\/src\/protocol\.ts\b/g, 'protocol/src/index.ts'],
  [/server\/out\/service\b/g, 'service/out'],
  [/server\/out\/cli\b/g, 'cli/out'],
  [/server\/out\/protocol\.js\b/g, 'protocol/out/index.js'],
  [/(['"])server\1,\s*(['"])src\2,\s*(['"])service\3/g, "'service', 'src'"],
  [/(['"])server\1,\s*(['"])src\2,\s*(['"])cli\3/g, "'cli', 'src'"],
  [/"outFiles": \[[^\]\n]*server\/out[^\]\n]*\]/g, '"outFiles": ["${workspaceFolder}/{client,server,service,protocol,cli}/out/**/*.js"]'],
];
const HISTORY = new Set(['CHANGELOG.md', 'docs/reliability.md', 'package-lock.json', 'scripts/restructure-19.mjs']);
const tracked = git('ls-files', '-z').split('\0').filter((f) => f && !HISTORY.has(f) && !f.startsWith('test/fixtures/')
  && /\.(ts|mts|cts|js|mjs|cjs|md|json|sh|yml|yaml)$/.test(f) && isFile(f));
for (const f of tracked) {
  const text = read(f);
  let next = text;
  for (const [re, to] of TEXT_EDITS) next = next.replace(re, to);
  if (next !== text) write(f, next);
}

// ---------------------------------------------------------------------------------------------
// 8. The manifest test: the layering checked package by package (the compiler checks it too:
// each project references only what it imports, and the service has no Node types).
{
  const f = 'test/unit/manifest.test.ts';
  if (exists(f)) {
    let t = read(f);
    const LAYERING = `test('each package imports only the packages below it, and never another package\\'s files by path', () => {
  // ARCHITECTURE.md's layering: the service imports no other package; the client only the
  // protocol and the date format; a package reaches another only through \`#name\` (package.json "imports")
  const allowed: Record<string, RegExp> = {
    service: /^$/, protocol: /^#service(\\/|$)/, server: /^#(service|protocol)(\\/|$)/,
    cli: /^#(service|server)(\\/|$)/, client: /^#(protocol|service\\/dates)$/,
  };
  for (const [pkg, ok] of Object.entries(allowed)) {
    const dir = path.join(ROOT, pkg, 'src');
    for (const f of fs.readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith('.ts'))) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const m of src.matchAll(/(?:from |\\b(?:import|require)\\()'([#.][^']*)'/g)) {
        if (m[1].startsWith('#')) assert.match(m[1], ok, \`\${pkg}/src/\${f} imports \${m[1]}\`);
        else assert.ok(!path.relative(dir, path.resolve(path.dirname(path.join(dir, f)), m[1])).startsWith('..'), \`\${pkg}/src/\${f} imports \${m[1]} by path: write #package/module\`);
      }
    }
  }
});
`;
    if (!t.includes('each package imports only the packages below it')) {
      const old = /test\('the client imports from the server only[^]*?\n\}\);\n/;
      if (old.test(t)) t = t.replace(old, LAYERING);
      else { warn(`${f}: the client's import test not found; the layering test was added at the end`); t += `\n${LAYERING}`; }
    }
    // the sources that must run nothing and fetch nothing: every package but the client
    t = t.replace("const dir = path.join(ROOT, 'server', 'src');\n  for (const f of fs.readdirSync(dir,",
      "for (const dir of ['service', 'protocol', 'server', 'cli'].map((p) => path.join(ROOT, p, 'src'))) for (const f of fs.readdirSync(dir,");
    write(f, t);
  }
}

// ---------------------------------------------------------------------------------------------
// 9. ARCHITECTURE.md: the entry points and the code map's first paragraphs name the packages.
{
  const f = 'ARCHITECTURE.md';
  let t = read(f);
  const MARK = '<!-- packages (issue 19) -->';
  const MAP = `${MARK}
The top-level folders are the layers; a package reaches another only through a name of the root
\`package.json\`'s \`imports\` (\`#service/dates\`, \`#protocol\`), never by a path into its \`out/\`.
Each is a TypeScript project that references only what it imports (\`test/unit/manifest.test.ts\`
checks the layering too).

**\`service/\`** — the pure language service: text in, typed facts with exact ranges out, for
every feature. Imports no other package; its tsconfig has no Node types and no DOM (\`types: []\`,
\`lib: ["ES2022"]\`; the two host globals it uses, \`TextDecoder\` and \`TextEncoder\`, are declared in
\`src/host.d.ts\`), so that IO does not compile in it; \`npm run lint\` compiles it once more with
docx's declarations (which reference Node's) stood in for (\`tsconfig.purity.json\`). Its
public surface is \`src/index.ts\` (\`#service\`). Its modules are described below.

**\`protocol/\`** — the custom requests and notifications (\`minutes/…\`), typed once
(\`src/index.ts\`, \`#protocol\`) for the server and the client; imports only the service's types.

**\`server/\`** — the language server over LSP (\`src/main.ts\`, bundled as \`dist/server.js\`): wires
the service's features to LSP methods, keeps the workspace index, reads and writes files; imports
the service and the protocol. It also holds, for now, the Node code the command line shares with
it (\`extract/\`, \`workspaceFiles.ts\`, \`siteFiles.ts\`).

**\`cli/\`** — the \`minutes\` command line (\`src/main.ts\`, run by \`bin/minutes.js\`): the service's
checks, exports and imports on files; imports the service and the server's file code.

**\`client/\`** — the VS Code extension (\`src/extension.ts\`, bundled as \`dist/extension.js\`): UI
only; imports the protocol and the service's date format.

**\`test/\`, \`bench/\`, \`scripts/\`, \`bin/\`** — use the packages through the same names; described below.

`;
  if (!t.includes(MARK)) {
    if (t.includes('## Code map\n\n')) t = t.replace('## Code map\n\n', `## Code map\n\n${MAP}`);
    else warn(`${f}: no "## Code map" heading; the packages' paragraphs were not added`);
  }
  const EDITS = [
    ['**`service/src/`** — the pure language service.', '**`service/src/`** — inside the service.'],
    ['**`server/src/`** (outside `service/`) — the thin server.', '**`server/src/`** — the thin server.'],
    ['`protocol.ts` types the\ncustom requests once, for the server and the client. ', ''],
    ['`service/encoding.ts`', '`#service/encoding`'],
    ['It imports from the\nserver only `protocol.ts` and the date format.', 'It imports only\nthe protocol (`#protocol`) and the date format (`#service/dates`).'],
    ['`cli/src/main.ts` — the `minutes` command line (`bin/minutes.js`); `cli/output.ts` is', '`cli/src/main.ts` — the `minutes` command line (`bin/minutes.js`); `output.ts` is'],
    ['`service/src/index.ts` — the language service\'s public surface, used by all three\n  and by the tests.', '`service/src/index.ts` — the language service\'s public surface (`#service`), used by\n  all three and by the tests; `protocol/src/index.ts` (`#protocol`) the custom requests.'],
  ];
  for (const [from, to] of EDITS) if (t.includes(from)) t = t.replace(from, to);
  t = t.replaceAll('`cli/readText.ts`', '`cli/src/readText.ts`');
  write(f, t);
}

console.log(changed.length === 0 ? 'restructure-19: already done; nothing changed.' : `restructure-19: ${changed.length} changes:\n  ${changed.join('\n  ')}`);
if (warnings.length > 0) { console.log(`restructure-19: ${warnings.length} warning(s) above: read them.`); process.exitCode = 3; }
console.log('Next: npx tsc -b && node scripts/bundle.mjs && npm run lint && node --test out/unit/ out/protocol/');
