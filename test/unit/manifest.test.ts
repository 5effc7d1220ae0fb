/** The manifest and the architecture's import rules stay true to the code. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/out/service/index';
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
  const dir = path.join(ROOT, 'server', 'src', 'service');
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 10);
  for (const f of files) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    // static imports, and dynamic ones (`import('docx')`, loaded on first use) or a `require`
    const imports = [...src.matchAll(/from '([^']+)'|\b(?:import|require)\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]);
    // date-fns does date arithmetic, docx builds a Word document in memory, ical-generator an
    // iCalendar text (publish/calendar.ts), minisearch the website's search index (site/search.ts),
    // fflate unzips and zips a Word template in memory (publish/docxTemplate.ts): none touches a file or a socket
    for (const i of imports) assert.ok(i.startsWith('.') || i === 'date-fns' || i === 'docx' || i === 'ical-generator' || i === 'minisearch' || i === 'fflate', `${f} imports ${i}`);
  }
});

test('the client imports from the server only the shared protocol types and the date format', () => {
  const dir = path.join(ROOT, 'client', 'src');
  for (const f of fs.readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith('.ts'))) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of src.matchAll(/from '([^']*server[^']*)'/g)) assert.match(m[1], /server\/out\/(protocol|service\/dates)$/, `${f} imports ${m[1]}`);
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
  const dir = path.join(ROOT, 'server', 'src');
  for (const f of fs.readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith('.ts'))) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    assert.ok(!/child_process|\beval\(|new Function\(|from 'node:(?:net|http|https|dgram)'|fetch\(/.test(src), `${f} runs or fetches something`);
  }
});
