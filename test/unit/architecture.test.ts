/**
 * ARCHITECTURE.md and docs/internals.md stay true to the tree: every file or folder they name in
 * code spans exists. A module is often named by its name alone (`reparse.ts`, `convert.ts`), as a
 * reader of that section knows where it lives, so a name is looked for under the folders the pages
 * describe; a name found under none of them is a page that no longer tells the truth.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/util';

/** Where the pages' short names live: the repository, then each package's source folders. */
const ROOTS = ['', 'service', 'server', 'cli', 'client', 'protocol', 'service/src', 'service/src/parse', 'service/src/parse/recognisers', 'service/src/parse/content', 'service/src/forms',
  'service/src/publish', 'service/src/site', 'service/src/proceedings', 'service/src/host', 'service/src/rules', 'server/src', 'server/src/handlers',
  'server/src/extract', 'cli/src', 'client/src', 'client/src/actions', 'protocol/src', 'test', 'test/unit', 'test/support', 'bench', 'scripts', 'docs'];

/** Every code span that names a file (`x.ts`, `a/b.md`) or a folder (`parse/`). */
function namedPaths(text: string): string[] {
  const spans = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]);
  return spans.filter((s) => /^\w[\w.-]*(?:\/[\w.-]+)*(?:\.(?:ts|mjs|js|md|json|sh)|\/)$/.test(s) && !s.includes('*'));
}

/** Build outputs (`dist/server.js`) are made by the build, not kept in the tree. */
const BUILT = /^(?:dist|out)\//;

function exists(name: string): boolean {
  return BUILT.test(name) || ROOTS.some((r) => fs.existsSync(path.join(ROOT, r, name)));
}

for (const page of ['ARCHITECTURE.md', 'docs/internals.md']) {
  test(`${page} names only files and folders that exist`, () => {
    const names = namedPaths(fs.readFileSync(path.join(ROOT, page), 'utf8'));
    assert.ok(names.length > 20, `${page} should name the files it describes`);
    assert.deepEqual([...new Set(names.filter((n) => !exists(n)))], []);
  });
}

test('ARCHITECTURE.md stays one page', () => {
  const lines = fs.readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8').split('\n').length;
  assert.ok(lines <= 100, `ARCHITECTURE.md has ${lines} lines: move detail to docs/internals.md`);
});
