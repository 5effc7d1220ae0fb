/**
 * Degenerate shapes (issue 17 §3): one construct repeated tens of thousands of times. Speed is the
 * benchmark's business (bench/run.ts); these check what the clerk gets: every finding, every
 * line formatted, an import that does its work whatever the size, and long work that pauses.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeText, DEFAULT_SETTINGS, finish, formatDocument, importPublished, importSteps, parse, parseSteps } from '#service';
import { corpusText, TODAY } from '../support/util';

const ALL = { ...DEFAULT_SETTINGS, maxFileSize: 64 };

test('a Present block of 160,000 people written with tabs: each line gets its hint, and Format aligns every line', () => {
  const count = 160_000;
  const names = Array.from({ length: count }, (_, i) => `Person ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (Math.floor(i / 676) % 26))}${String.fromCharCode(97 + (Math.floor(i / 17576) % 26))}`);
  const text = ['# Strategic Policing and Crime Board', 'Date: 27/09/2022', '', 'Present:', 'Alethea Fuller-Longname\t:\tChair', ...names.map((n, i) => `${n}\t:\t${i % 2 ? 'Board Member' : 'Chief Finance Officer'}`), '', '001/22 Apologies', 'None.', ''].join('\n');
  const a = analyzeText('file:///people.minutes', 1, text, ALL, TODAY);
  // a clerk would see a hint on every tab-separated line (found "Name⇥:⇥Role")
  assert.equal(a.findings.filter((f) => f.code === 'minutes/non-canonical').length, count + 1);
  const edits = formatDocument(a.doc, text, TODAY);
  assert.ok(edits.length > 0);
  const lines = text.split('\n');
  for (const e of edits) lines[e.range.start.line] = e.newText.replace(/\n$/, '');
  // every name padded to the longest (23 characters), then " : " and the role
  assert.equal(lines[4], 'Alethea Fuller-Longname : Chair');
  const block = lines.slice(5, 5 + count);
  assert.deepEqual(block.filter((l) => !/^Person [A-Za-z]{4} {13}: (Board Member|Chief Finance Officer)$/.test(l)), []);
});

test('import of published minutes larger than the size checked as you type still writes them in the markup', () => {
  const published = ['STRATEGIC POLICING AND CRIME BOARD', 'Tuesday 27 September 2022', '', 'Attendees:', 'Simon Foster\t:\tPolice and Crime Commissioner', '', '77/22\tApologies', 'Apologies were noted.', '', 'Action - Share the data with the Board. Owner: Simon Foster. Due: 25/10/2022.', ''].join('\n');
  // the limit of 0.0001 MB (100 bytes) stands for the 5 MB of a real archive
  const tiny = { ...DEFAULT_SETTINGS, maxFileSize: 0.0001 };
  assert.equal(importPublished(published, tiny, TODAY), importPublished(published, DEFAULT_SETTINGS, TODAY));
  const out = importPublished(published, tiny, TODAY);
  assert.match(out, /^077\/22\s+Apologies$/m);
  assert.match(out, /^ACTION: Share the data with the Board\./m);
  assert.match(out, /^Simon Foster : Police and Crime Commissioner$/m);
});

test('import pauses between its passes and gives what the import in one go gives', () => {
  const published = ['STRATEGIC POLICING AND CRIME BOARD', 'Tuesday 27 September 2022', '', 'Attendees:', 'Simon Foster\t:\tPolice and Crime Commissioner', '', ...Array.from({ length: 3000 }, (_, i) => `${(i % 999) + 1}/22\t<p>Item ${i} - Topic:</p> <p>The Board noted the report.</p>`), ''].join('\n');
  const steps = importSteps(published, DEFAULT_SETTINGS, TODAY);
  let pauses = 0;
  let r = steps.next();
  while (!r.done) { pauses++; r = steps.next(); }
  assert.ok(pauses >= 5, `paused ${pauses} times`);
  assert.equal(r.value, importPublished(published, DEFAULT_SETTINGS, TODAY));
  assert.match(r.value, /^001\/22 Item 0 - Topic:$/m); // the title joined to its number
});

test('the parse in slices gives what the parse in one go gives, a bold marker open across a slice boundary included', () => {
  const filler = Array.from({ length: 1998 }, (_, i) => `Paragraph ${i} of the report.`);
  // line 1999 opens a bold action that closes on line 2000, the first line of the next slice: that
  // line is bold, and so an action, only if the open marker is carried from one slice to the next
  const bold = ['# Board', 'Date: 27/09/2022', '', 'Actions arising from the discussion during the meeting are highlighted in bold text.', '', '001/22 Report',
    ...filler.slice(0, 1993), '**WMP to provide the figures', 'to the Board by the end of the month.**', ...filler.slice(1993), '002/22 Close', 'Done.', ''].join('\n');
  assert.equal(bold.split('\n')[1999], '**WMP to provide the figures');
  for (const text of [bold, corpusText('spcb-2022-09-27.txt'), corpusText('spcb-2023-12-19-with-2024-01-agenda.txt')]) {
    assert.deepEqual(finish(parseSteps(text)), parse(text));
  }
  const sliced = finish(parseSteps(bold));
  assert.deepEqual(sliced.meeting?.items[0].actions.map((a) => a.text), ['to the Board by the end of the month.']);
});

test('30,000 status lines for one action: every earlier line gets its finding, in linear time (the list was copied a line at a time)', () => {
  const count = 30_000;
  const text = ['# Board', 'Date: 27/09/2022', '', '001/22 Report', 'ACTION: Share the report. Owner: Cath Hannon. Due: 25/10/2022.', '', '002/22 Actions from Previous Meetings',
    ...Array.from({ length: count }, (_, i) => `001/22-A1 ${i % 2 ? 'DONE' : 'CARRIED FORWARD'}: note ${i}`), ''].join('\n');
  const started = Date.now();
  const a = analyzeText('file:///status.minutes', 1, text, ALL, TODAY);
  const took = Date.now() - started;
  // the clerk sees the contradiction on each line but the last, which counts
  assert.equal(a.findings.filter((f) => f.code === 'minutes/duplicate-status-line').length, count - 1);
  // 13 s before on this machine, well under a second after: 8 s leaves room for a loaded machine
  assert.ok(took < 8000, `analysis took ${took} ms`);
});

test('Format leaves a `Name : Role` line longer than any name and role as it is, in linear time, and aligns the rest', () => {
  const long = `Ann Roe${' '.repeat(19_000)}x : Clerk`;
  const text = ['# Tarrant Parish Council', 'Date: 03/03/2025', '', 'Present:', 'Ann Roe\t:\tChair', 'Ben Lee-Harding\t:\tClerk', long, '', '001/25 Apologies', 'None.', ''].join('\n');
  const a = analyzeText('file:///long.minutes', 1, text, ALL, TODAY);
  const started = Date.now();
  const edits = formatDocument(a.doc, text, TODAY);
  assert.ok(Date.now() - started < 2_000);
  const lines = text.split('\n');
  for (const e of edits) lines[e.range.start.line] = e.newText.replace(/\n$/, '');
  assert.deepEqual(lines.slice(4, 6), ['Ann Roe         : Chair', 'Ben Lee-Harding : Clerk']);
  assert.equal(lines[6], long);
});
