/** The example meeting in docs/markup.md is clean markup and reads as documented. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, RULES, toDiagnostics, documentSymbols } from '../../server/out/service/index';
import { ROOT, analyse } from '../support/util';

const markup = fs.readFileSync(path.join(ROOT, 'docs', 'markup.md'), 'utf8');
const example = /```minutes\n([\s\S]*?)```/.exec(markup)![1];

test('the annotated example has no problems, not even a hint', () => {
  const a = analyse(example);
  assert.deepEqual(toDiagnostics(a.findings, DEFAULT_SETTINGS).map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`), []);
});

test('the example has what the document says it has', () => {
  const m = analyse(example).doc.meeting!;
  assert.equal(m.date?.iso, '2022-09-27');
  assert.equal(m.nextMeeting?.iso, '2022-10-25');
  assert.deepEqual(m.people.map((b) => [b.kind, b.people.length]), [['present', 6], ['apologies', 2], ['inAttendance', 1]]);
  assert.deepEqual(m.items.map((i) => i.title), ['Apologies and PCC Update', 'Notes of the Last Meeting', 'Access to Police Services', 'Date of Next Meeting']);
  const access = m.items[2];
  assert.deepEqual(access.presenters[0].names.map((n) => n.text), ['Andy Beard', 'Andy Parsons']);
  assert.equal(access.questions[0].asker?.text, 'Cath Hannon');
  assert.deepEqual(access.actions.map((a) => [a.owners.map((o) => o.text).join('+'), a.due?.text ?? '']), [['VJ', '25/10/2022'], ['Andy Beard+WMP', 'next meeting']]);
  assert.deepEqual(access.references.map((r) => `${r.target.seq}/${r.target.year}`), ['57/22', '57/22']);
  assert.equal(documentSymbols(analyse(example).doc)[0].name, 'Strategic Policing and Crime Board');
});

test('the diagnostics table lists every rule with its default severity', () => {
  for (const r of RULES) assert.match(markup, new RegExp(`\\| \`${r.code}\` \\| ${r.severity} \\|`), r.code);
});
