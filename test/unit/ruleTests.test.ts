/**
 * Every rule of the registry has its test as data (issue 19 point 5): a file
 * test/unit/feature/rules/<ruleName>.test.ts (or named after its module) with a case where it fires
 * (`checkRule`) and a near miss where it must not (`checkQuiet`). A new rule
 * without one fails here.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '#service';
import { ROOT } from '../support/util';

const FOLDER = path.join(ROOT, 'test', 'unit', 'feature', 'rules');
const RULES_SRC = path.join(ROOT, 'service', 'src', 'rules');
/** The rule a module of service/src/rules defines (its `defineRule('name'` or `defineItemRule('name'`). */
const moduleOf = (module: string): string | undefined => /define(?:Item)?Rule\('([a-z-]+)'/.exec(fs.readFileSync(path.join(RULES_SRC, `${module}.ts`), 'utf8'))?.[1];
/** `action-without-owner` → `actionWithoutOwner`, the name of the rule's module and of its test file. */
const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

test("every rule of the registry has a data test named after it that checks it by name", () => {
  const files = new Set(fs.readdirSync(FOLDER));
  const modules = fs.readdirSync(RULES_SRC).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
  const missing: string[] = [];
  for (const rule of RULES) {
    // named after the rule (`number-out-of-sequence`: numberOutOfSequence.test.ts), or after its module (outOfSequence.test.ts)
    const names = [camel(rule.name), ...modules.filter((m) => moduleOf(m) === rule.name)];
    if (!names.some((n) => files.has(`${n}.test.ts`) && fs.readFileSync(path.join(FOLDER, `${n}.test.ts`), 'utf8').includes(`'${rule.name}'`))) missing.push(`${rule.name} (test/unit/feature/rules/${camel(rule.name)}.test.ts)`);
  }
  assert.deepEqual(missing, [], 'rules without a data test');
});

test('each data test has a case where the rule fires and a near miss where it must not', () => {
  const sources = fs.readdirSync(FOLDER).map((f) => fs.readFileSync(path.join(FOLDER, f), 'utf8'));
  const weak = RULES.map((r) => r.name).filter((name) =>
    !sources.some((s) => s.includes(`checkRule('${name}'`)) || !sources.some((s) => s.includes(`checkQuiet('${name}'`)));
  assert.deepEqual(weak, [], 'rules whose data test lacks a case that fires (checkRule) or a near miss (checkQuiet)');
});
