/**
 * Adjournments (issue 20, point 1): "The meeting adjourned at 20:10 and reconvened at 20:25." read
 * per item; the room after a reconvening (the members present at the adjournment, unless the
 * minutes say otherwise); and the two checks around them: an adjournment never reconvened, and
 * business recorded after the close or while the meeting stood adjourned. The expectations were
 * written by reading the council's meetings (test/fixtures/council/) as a clerk would.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse, applyEdits, findings, ROOT, textIn } from '../support/util';
import { attendanceReport, buildWorkspace, hover, parse } from '#service';
import { sittingsOf } from '#service/proceedings/sittings';
import { roomOf } from '#service/proceedings/room';

const read = (name: string): string => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'council', name), 'utf8');
const MARCH = read('2025-03-04.minutes');
const APRIL = read('2025-04-01.minutes');
const one = <T>(list: readonly T[]): T => { assert.equal(list.length, 1, `expected one, got ${list.length}`); return list[0]; };
const ADJOURNED = 'The meeting was adjourned at 19:40 for a short break.\n';
const RECONVENED = 'The meeting reconvened at 19:50 with the same members present.\n';

test('the adjournments of the March and April meetings are read onto their items, and nothing speaks', () => {
  const march = parse(MARCH).meeting!;
  const item = march.items.find((i) => i.number?.written.startsWith('034/25'))!;
  assert.deepEqual(item.adjournments?.map((a) => [a.adjourned, a.reconvened]), [[{ time: '19:40' }, undefined], [undefined, { time: '19:50', roll: 'same' }]]);
  const april = parse(APRIL).meeting!;
  assert.deepEqual(april.items.flatMap((i) => i.adjournments ?? []).map((a) => [a.adjourned?.time, a.reconvened?.time]), [['20:10', '20:20']]);
  assert.deepEqual(sittingsOf(march).pauses.map((p) => [p.adjournment.adjourned?.time, p.reconvened?.reconvened?.time, p.unresolvedBy]), [['19:40', '19:50', undefined]]);
  for (const text of [MARCH, APRIL]) {
    assert.deepEqual(findings(text, 'adjournment-not-reconvened').map((f) => f.message), []);
    assert.deepEqual(findings(text, 'recorded-after-close').map((f) => f.message), []);
  }
});

test('adjournment-not-reconvened: before the next item, before the close; the fix writes the reconvening', () => {
  const text = MARCH.replace(RECONVENED, '');
  const f = one(findings(text, 'adjournment-not-reconvened'));
  assert.equal(textIn(text, f.range), 'The meeting was adjourned at 19:40 for a short break.');
  assert.match(f.message, /The meeting adjourned at 19:40, but the minutes do not say that it reconvened before item 035\/25\. Write when it did and who was there \(`The meeting reconvened at 20:25 with the same members present\.`\), or, if the meeting ended there, `The meeting closed at 19:40\.`/);
  const fixed = applyEdits(text, f.fixes[0].edits);
  assert.ok(fixed.includes(`${ADJOURNED}The meeting reconvened with the same members present.\nMOTION:`));
  assert.deepEqual(findings(fixed, 'adjournment-not-reconvened'), []);
  // adjourned in the last item, then the close
  const late = APRIL.replace('The meeting adjourned at 20:10 and reconvened at 20:20.', 'The meeting adjourned at 20:10.');
  assert.match(one(findings(late, 'adjournment-not-reconvened')).message, /reconvened before it closed/);
  // adjourned twice: the first was never reconvened
  const twice = MARCH.replace(RECONVENED, ADJOURNED + RECONVENED);
  assert.equal(one(findings(twice, 'adjournment-not-reconvened')).range.start.line, MARCH.split('\n').indexOf(ADJOURNED.trim()));
});

test('adjournment-not-reconvened: an adjournment nothing follows is the close; published minutes are not asked', () => {
  // "The meeting adjourned at 20:40." as the last line: how some boards close a meeting
  assert.deepEqual(findings(APRIL.replace('The meeting closed at 20:40.', 'The meeting adjourned at 20:40.'), 'adjournment-not-reconvened'), []);
  // published minutes (no Date: field) are read, not checked
  const published = MARCH.replace(RECONVENED, '').replace('Date: Tuesday 4 March 2025', 'Tuesday 4 March 2025');
  assert.ok(parse(published).meeting!.items.some((i) => i.adjournments?.length));
  assert.deepEqual(findings(published, 'adjournment-not-reconvened'), []);
});

test('recorded-after-close: an arrival, a departure or a motion after "The meeting closed"', () => {
  const text = `${MARCH.trimEnd()}\nCllr Evans left the meeting at 20:50.\nMOTION: That the clerk writes to the county council.\nMoved: Cllr Ahmed\n`;
  const got = findings(text, 'recorded-after-close');
  assert.deepEqual(got.map((f) => textIn(text, f.range)), ['Cllr Evans left the meeting at 20:50.', 'MOTION: That the clerk writes to the county council.']);
  assert.match(got[0].message, /Cllr Evans left after the meeting closed \("The meeting closed at 20:45\."\)\. Move the line above the close, or, if the meeting went on, move the close below it\./);
  assert.match(got[1].message, /This motion is recorded after the meeting closed/);
  // the same lines above the close: in order
  const before = MARCH.replace('The meeting closed at 20:45.', 'Cllr Evans left the meeting at 20:44.\nThe meeting closed at 20:45.');
  assert.deepEqual(findings(before, 'recorded-after-close'), []);
});

test('recorded-after-close: a motion or a vote while the meeting stood adjourned; a departure then is how the room changed', () => {
  // the reconvening written after the vote: the motion was taken during the adjournment
  const text = MARCH.replace(RECONVENED, '').replace('Vote: For 5, Against 1, Abstain 1\nResult: Carried\n', `Vote: For 5, Against 1, Abstain 1\nResult: Carried\n${RECONVENED}`);
  const f = one(findings(text, 'recorded-after-close'));
  assert.equal(textIn(text, f.range), 'MOTION: That the committee objects to the application on the grounds of overdevelopment.');
  assert.match(f.message, /This motion is recorded while the meeting stood adjourned \(from 19:40 to 19:50\): no business is done during an adjournment\. Move it after "The meeting reconvened …", or correct the times\./);
  // a member who left during the adjournment: no fault
  const left = MARCH.replace(RECONVENED, `Cllr Grant left the meeting at 19:45.\n${RECONVENED}`);
  assert.deepEqual(findings(left, 'recorded-after-close'), []);
});

test('the room after a reconvening: those present at the adjournment, unless the minutes say otherwise', () => {
  // as written, Cllr Fisher (present at the adjournment) moves the motion of 035/25: no check speaks
  assert.deepEqual(findings(MARCH, 'voter-not-present'), []);
  // "did not return after the adjournment": gone from then on
  const text = MARCH.replace(RECONVENED, `${RECONVENED}Cllr Fisher did not return after the adjournment.\n`);
  const gone = findings(text, 'voter-not-present').filter((x) => textIn(text, x.range) === 'Cllr Fisher');
  assert.deepEqual(gone.map((x) => text.split('\n')[x.range.start.line]), ['Moved: Cllr Fisher', 'For: Cllr Ortega, Cllr Fisher, Cllr Dhaliwal']);
  // the departure counts from the adjournment's time: no departure-without-time
  assert.deepEqual(findings(text, 'departure-without-time'), []);
  assert.ok(analyse(text).doc.meeting!.items.some((i) => i.arrivals.some((a) => a.name.text === 'Cllr Fisher' && a.time === '19:40')));
});

test('a roll call after the reconvening sets the room to those it names (not those in attendance, whom it does not call)', () => {
  const rollCall = 'The meeting reconvened at 19:50. A roll call was taken.\nPresent: Cllr Ortega, Cllr Ahmed, Cllr Chen and Cllr Dhaliwal.\n';
  const text = MARCH.replace(RECONVENED, rollCall);
  const meeting = parse(text).meeting!;
  const names = (title: string, which: 'start' | 'eligible'): string[] => roomOf(meeting).items.find((r) => r.item.number?.written.startsWith(title))![which].map((a) => a.name);
  // 034/25 began with everyone; after the roll call, its vote is for the four named (Cllr Chen stays with a dispensation)
  assert.deepEqual(names('034/25', 'start'), ['Cllr Ortega', 'Cllr Ahmed', 'Cllr Brown', 'Cllr Chen', 'Cllr Dhaliwal', 'Cllr Evans', 'Cllr Fisher', 'Cllr Grant', 'Jo Marsh']);
  assert.deepEqual(names('034/25', 'eligible'), ['Cllr Ortega', 'Cllr Ahmed', 'Cllr Chen', 'Cllr Dhaliwal']);
  // the next item starts with those named and the town clerk, whom a roll call does not call; Cllr Brown, not called, is gone
  assert.deepEqual(names('035/25', 'start'), ['Cllr Ortega', 'Cllr Ahmed', 'Cllr Chen', 'Cllr Dhaliwal', 'Jo Marsh']);
  // so Cllr Fisher, who moved and voted in 035/25, and Cllr Evans, who voted, were not there
  const absent = findings(text, 'voter-not-present').map((f) => textIn(text, f.range));
  assert.ok(absent.includes('Cllr Fisher') && absent.includes('Cllr Evans'), absent.join(', '));
  // "with the same members present", or a roll call that names nobody, leaves the room as it was
  assert.deepEqual(findings(MARCH.replace(RECONVENED, 'The meeting reconvened at 19:50. A roll call was taken.\n'), 'voter-not-present'), []);
  // a Present: line before any reconvening is no roll call of the room
  const before = MARCH.replace(ADJOURNED, 'Present: Cllr Ortega, Cllr Ahmed.\n' + ADJOURNED);
  assert.deepEqual(findings(before, 'voter-not-present'), []);
});

test('the hover of an item says when the meeting adjourned and reconvened in it', () => {
  const uri = 'file:///2025-04-01.minutes';
  const doc = parse(APRIL);
  const model = buildWorkspace([{ uri, doc }], new Date(2025, 3, 2));
  const line = APRIL.split('\n').indexOf('046/25 Grants to local groups');
  const md = hover(doc, line, 2, uri, model)?.markdown ?? '';
  assert.match(md, /Present and eligible to vote \(7\)/); // Cllr Evans left at 20:05; the room is the same after the reconvening
  assert.ok(md.includes('The meeting adjourned at 20:10 and reconvened at 20:20'), md);
  // an item with no adjournment says none
  const other = hover(doc, APRIL.split('\n').indexOf('045/25 Budget monitoring'), 2, uri, model)?.markdown ?? '';
  assert.ok(!other.includes('adjourned'), other);
});

test('a coming recorded after the close is no part of the meeting: not in the room, not in the attendance', () => {
  const may = read('2025-05-06.minutes');
  // "Cllr Hughes joined the meeting at 21:20." after "The meeting closed at 21:15.": Cllr Hughes sent apologies
  const meeting = parse(may).meeting!;
  const report = attendanceReport([{ uri: 'file:///may.minutes', title: 'May', meeting }], { bodies: [] });
  assert.deepEqual(report.members.find((m) => m.name === 'Cllr Hughes')?.meetings.map((x) => x.status), ['apologies']);
  // written before the close, it counts
  const before = parse(may.replace('The meeting closed at 21:15.\nCllr Hughes joined the meeting at 21:20.', 'Cllr Hughes joined the meeting at 21:10.\nThe meeting closed at 21:15.')).meeting!;
  assert.deepEqual(attendanceReport([{ uri: 'file:///may.minutes', title: 'May', meeting: before }], { bodies: [] }).members.find((m) => m.name === 'Cllr Hughes')?.meetings.map((x) => x.status), ['part']);
});
