/** The example meeting in docs/markup.md is clean markup and reads as documented. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, RULES, toDiagnostics, documentSymbols, roomOf } from '#service';
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

test('the annotated council meeting reads as documented: the room item by item, and no check speaks', () => {
  const council = /```minutes council\n([\s\S]*?)```/.exec(markup)![1];
  const a = analyse(council, { quorum: 0.5 });
  assert.deepEqual(toDiagnostics(a.findings, DEFAULT_SETTINGS).map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`), []);
  const items = a.doc.meeting!.items;
  assert.deepEqual(items[1].motions?.map((m) => [m.mover?.text, m.seconder?.text, m.vote.for, m.vote.against, m.vote.abstain, m.result?.value]), [['Cllr Chen', 'Cllr Ortega', 5, 1, 1, 'carried']]);
  assert.deepEqual(items[0].interests?.map((i) => [i.member.text, i.item?.value, i.kind?.value, i.action?.value]), [['Cllr Brown', '033/25', 'disclosable pecuniary', 'left'], ['Cllr Chen', '032/25', 'other registrable', 'dispensation'], ['Cllr Ahmed', '036/25', 'non-registrable', 'noPart']]);
  assert.equal(items[2].motions?.[0].vote.castingVote?.text, 'Cllr Ortega');
  // Cllr Fisher, listed, came at 19:20: in the room from then; Cllr Brown withdrew for 033/25
  const room = roomOf(a.doc.meeting!);
  assert.deepEqual(room.items[0].present.map((p) => p.name).includes('Cllr Fisher'), false);
  assert.deepEqual(room.items[2].withdrawn.map((p) => p.name), ['Cllr Brown']);
  assert.equal(room.items[3].eligible.length, 6); // Ortega, Ahmed, Brown, Chen, Dhaliwal, Fisher; Evans gone; not Grant
  // an amendment lost, the motion carried without a vote; Cllr Fisher gone after 034/25; Cllr Ahmed took no part in the exempt item
  assert.deepEqual(items[3].motions?.map((m) => [m.kind, m.result?.value, m.vote.withoutVote ?? false]), [['amendment', 'lost', false], ['motion', 'carried', true]]);
  assert.deepEqual(room.items[5].eligible.map((p) => p.name), ['Cllr Ortega', 'Cllr Brown', 'Cllr Chen', 'Cllr Dhaliwal']);
  assert.deepEqual(room.items[5].barred.map((p) => p.name), ['Cllr Ahmed']);
  assert.equal(items[5].motions?.[0].vote.unanimous, true);
});
