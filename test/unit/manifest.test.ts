/** The manifest and the architecture's import rules stay true to the code. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '#service';
import { ROOT } from '../support/util';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { enum?: string[]; default?: unknown }> } };
  bin: Record<string, string>; activationEvents: string[];
};

test('every rule has a severity setting, and every severity setting a rule', () => {
  const props = pkg.contributes.configuration.properties;
  const settings = Object.keys(props).filter((k) => k.startsWith('minutes.diagnostics.')).map((k) => k.slice('minutes.diagnostics.'.length)).sort();
  assert.deepEqual(settings, RULES.map((r) => r.name).sort());
  for (const r of RULES) assert.deepEqual(props[`minutes.diagnostics.${r.name}`].enum, ['default', 'error', 'warning', 'information', 'hint', 'off']);
});

test('the language service imports neither vscode nor the LSP libraries, and does no IO', () => {
  const dir = path.join(ROOT, 'service', 'src');
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 10);
  for (const f of files) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    // static imports, and dynamic ones (`import('docx')`, loaded on first use) or a `require`
    const imports = [...src.matchAll(/from '([^']+)'|\b(?:import|require)\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]);
    // date-fns does date arithmetic, docx builds a Word document in memory, ical-generator an
    // iCalendar text (publish/calendar.ts), minisearch the website's search index (site/search.ts),
    // fflate unzips and zips a Word template in memory (publish/docxTemplate.ts): none touches a file or a socket
    for (const i of imports) assert.ok(i.startsWith('.') || i === 'date-fns' || i.startsWith('date-fns/') || i === 'docx' || i === 'ical-generator' || i === 'minisearch' || i === 'fflate', `${f} imports ${i}`);
  }
});

test('each package imports only the packages below it, and never another package\'s files by path', () => {
  // ARCHITECTURE.md's layering: the service imports no other package; the client only the
  // protocol and the date format; a package reaches another only through `#name` (package.json "imports")
  const allowed: Record<string, RegExp> = {
    service: /^$/, protocol: /^#service(\/|$)/, server: /^#(service|protocol)(\/|$)/,
    cli: /^#(service|server)(\/|$)/, client: /^#(protocol|service\/dates)$/,
  };
  for (const [pkg, ok] of Object.entries(allowed)) {
    const dir = path.join(ROOT, pkg, 'src');
    for (const f of fs.readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith('.ts'))) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const m of src.matchAll(/(?:from |\b(?:import|require)\()'([#.][^']*)'/g)) {
        if (m[1].startsWith('#')) assert.match(m[1], ok, `${pkg}/src/${f} imports ${m[1]}`);
        else assert.ok(!path.relative(dir, path.resolve(path.dirname(path.join(dir, f)), m[1])).startsWith('..'), `${pkg}/src/${f} imports ${m[1]} by path: write #package/module`);
      }
    }
  }
});

test('bins and activation', () => {
  assert.deepEqual(Object.keys(pkg.bin).sort(), ['minutes', 'minutes-language-server']);
  for (const f of Object.values(pkg.bin)) assert.ok(fs.existsSync(path.join(ROOT, f)), f);
  assert.deepEqual(pkg.activationEvents, ['onLanguage:minutes', 'onView:minutes.actions', 'onView:minutes.decisions']);
});

test('Restricted Mode: the extension declares full support, because it only reads .minutes files and runs nothing from them', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { capabilities: { untrustedWorkspaces: { supported: boolean; description: string }; virtualWorkspaces: { supported: boolean } } };
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  assert.match(manifest.capabilities.untrustedWorkspaces.description, /only reads \.minutes files and runs nothing/);
  assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
  // and nothing in the server runs a process, evaluates code or opens a connection
  for (const dir of ['service', 'protocol', 'server', 'cli'].map((p) => path.join(ROOT, p, 'src'))) for (const f of fs.readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith('.ts'))) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    assert.ok(!/child_process|\beval\(|new Function\(|from 'node:(?:net|http|https|dgram)'|fetch\(/.test(src), `${f} runs or fetches something`);
  }
});
