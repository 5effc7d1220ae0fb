/**
 * The room as the clerk types (issue 20, point 4): completion after `Moved:`, `Seconded:` and in a
 * recorded vote's lists offers only the members present and eligible for that item at that line;
 * the room and the quorum at the cursor (the status bar's words). The expectations come from
 * reading the meeting below as a clerk would: who is in the room, who may vote, who may not and why.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { completions, DEFAULT_SETTINGS, movementEdit, readSettings, roomAtLine, type Completion, type MovementEdit } from '#service';
import { analyse, applyEdits, findings } from '../support/util';

const TODAY = new Date(2025, 2, 4);

const MEETING = `# Ashby Town Council: Planning Committee
Date: 4 March 2025

Present:
Cllr Ortega (Chair)
Cllr Ahmed
Cllr Brown
Cllr Chen
Cllr Dhaliwal (substitute for Cllr Keswick)
Cllr Evans
Cllr Fisher
Cllr Grant (observer)

Apologies:
Cllr Hughes
Cllr Keswick

In attendance:
Jo Marsh : Town Clerk

031/25 Declarations of interest
Interest: Cllr Chen, item 033/25, disclosable pecuniary, left the room
Interest: Cllr Fisher, item 033/25, other registrable, took no part

032/25 Budget
Cllr Evans left the meeting at 19:40.
MOTION: That the budget be approved.
Moved: 
Seconded: 
Vote: For 5, Against 0, Abstain 0
For: Cllr Ortega, 

033/25 Planning application 25/0140
Cllr Brown withdrew for this item.
MOTION: That the application be supported.
Moved: 
`;

const SETTINGS = { quorum: 5 };
const lines = MEETING.split('\n');
const lineOf = (start: string, after = 0): number => lines.findIndex((l, i) => i >= after && l.startsWith(start));
const ITEM_32 = lineOf('032/25');
const ITEM_33 = lineOf('033/25');

/** The completions at the end of `line` (0-based). */
function at(line: number, text = MEETING, settings: unknown = SETTINGS): Completion[] {
  const a = analyse(text, settings);
  const ls = text.split('\n');
  return completions(a.doc, ls, line, ls[line].length, 'file:///m.minutes', TODAY, 'dmy', undefined, settingsOf(settings));
}
const settingsOf = (raw: unknown) => ({ ...DEFAULT_SETTINGS, ...readSettings(raw) });
const names = (list: Completion[]): string[] => list.map((c) => c.label);

test('after Moved: only the members present and eligible for that item are offered, in the lists\' order', () => {
  const got = at(lineOf('Moved:', ITEM_32));
  // Evans has left, Hughes and Keswick sent apologies, Grant observes, Jo Marsh is the clerk
  assert.deepEqual(names(got), ['Cllr Ortega', 'Cllr Ahmed', 'Cllr Brown', 'Cllr Chen', 'Cllr Dhaliwal', 'Cllr Fisher']);
  assert.ok(got.every((c) => c.kind === 'person' && c.detail?.startsWith('present and eligible for item 032/25')));
  assert.match(got.find((c) => c.label === 'Cllr Dhaliwal')?.detail ?? '', /substitute for Cllr Keswick/);
  // the completion replaces what is typed after the colon, nothing before it
  const typed = `${lines[lineOf('Moved:', ITEM_32)]}Cllr Ah`;
  const text = MEETING.replace(/^Moved: $/m, typed);
  const c = at(lineOf('Moved:', ITEM_32), text)[0];
  assert.deepEqual([c.range.start.character, c.range.end.character], ['Moved: '.length, typed.length]);
});

test('each kind of member who may not vote is left out: gone, absent, observer, officer, withdrawn, barred by an interest', () => {
  const seconded = names(at(lineOf('Seconded:', ITEM_32)));
  for (const gone of ['Cllr Evans', 'Cllr Hughes', 'Cllr Keswick', 'Cllr Grant', 'Jo Marsh']) assert.ok(!seconded.includes(gone), `${gone} is not offered`);
  // item 033/25: Chen left the room for an interest, Fisher took no part, Brown withdrew
  assert.deepEqual(names(at(lineOf('Moved:', ITEM_33))), ['Cllr Ortega', 'Cllr Ahmed', 'Cllr Dhaliwal']);
});

test('a member who comes in later is offered only on the lines after their arrival', () => {
  const late = MEETING.replace('Cllr Evans left the meeting at 19:40.', 'Moved: \nCllr Hughes joined the meeting at 19:40.');
  const ls = late.split('\n');
  const first = ls.indexOf('Moved: ', ITEM_32);
  const second = ls.indexOf('Moved: ', first + 1);
  assert.ok(!names(at(first, late)).includes('Cllr Hughes'), 'not yet arrived');
  assert.ok(names(at(second, late)).includes('Cllr Hughes'), 'after "joined the meeting" the member is in the room');
});

test('a recorded vote\'s list offers the members not named on it yet; nothing outside a motion or a proceedings line', () => {
  const list = names(at(lineOf('For:', ITEM_32)));
  assert.ok(!list.includes('Cllr Ortega'), 'already named');
  assert.deepEqual(list, ['Cllr Ahmed', 'Cllr Brown', 'Cllr Chen', 'Cllr Dhaliwal', 'Cllr Fisher']);
  // a member votes once: those named For are not offered Against; the mover is not offered as seconder
  const against = MEETING.replace('For: Cllr Ortega, \n', 'For: Cllr Ortega, Cllr Ahmed\nAgainst: ').replace('Moved: \nSeconded: ', 'Moved: Cllr Brown\nSeconded: ');
  const al = against.split('\n');
  assert.deepEqual(names(at(al.indexOf('Against: '), against)), ['Cllr Brown', 'Cllr Chen', 'Cllr Dhaliwal', 'Cllr Fisher']);
  assert.ok(!names(at(al.indexOf('Seconded: '), against)).includes('Cllr Brown'));
  // `For:` in an item without a motion is prose, not a vote
  const prose = MEETING.replace('Interest: Cllr Chen, item 033/25, disclosable pecuniary, left the room', 'For: ');
  assert.ok(!at(lineOf('Interest: Cllr Chen'), prose).some((c) => c.detail?.startsWith('present and eligible')));
  // Owner: keeps offering every person of the meeting
  const owner = MEETING.replace('Seconded: ', 'ACTION: Write to the applicant. Owner: ');
  assert.ok(names(at(owner.split('\n').findIndex((l) => l.startsWith('ACTION:')), owner)).includes('Jo Marsh : Town Clerk'));
});

test('the room at the cursor: who is in, who may vote, and the quorum as members leave', () => {
  const a = analyse(MEETING, SETTINGS);
  const before = roomAtLine(a.doc.meeting, ITEM_32, settingsOf(SETTINGS));
  assert.deepEqual([before?.item?.number, before?.eligible.length, before?.quorum, before?.quorate], ['032/25', 7, 5, true]);
  const after = roomAtLine(a.doc.meeting, lineOf('Moved:', ITEM_32), settingsOf(SETTINGS));
  assert.equal(after?.eligible.length, 6);
  assert.ok(!after?.inRoom.includes('Cllr Evans'));
  assert.ok(after?.inRoom.includes('Jo Marsh') && after.notVoting.includes('Cllr Grant'));
  // item 033/25: Ortega, Ahmed, Dhaliwal may vote: 3 of a quorum of 5
  const inquorate = roomAtLine(a.doc.meeting, lineOf('Moved:', ITEM_33), settingsOf(SETTINGS));
  assert.deepEqual([inquorate?.eligible.length, inquorate?.quorate], [3, false]);
  assert.ok(inquorate?.notVoting.includes('Cllr Fisher'), 'barred by an interest, still in the room');
  // no quorum set: no verdict
  const none = analyse(MEETING);
  assert.equal(roomAtLine(none.doc.meeting, ITEM_33 + 2, settingsOf({}))?.quorate, undefined);
});

/** The text after a recorded coming or going at `line`. */
function recorded(text: string, line: number, name: string, change: 'left' | 'joined', time = '19:52'): { text: string; edit: MovementEdit } {
  const a = analyse(text, SETTINGS);
  const edit = movementEdit(a.doc, a.lines, line, name, change, time);
  assert.ok(!('error' in edit), 'error' in edit ? edit.error : '');
  return { text: applyEdits(text, [edit]), edit };
}

test('recording a departure writes a line the parse reads as that member leaving in that item, at that time', () => {
  // the cursor on "Result: Carried"-like text ending in a capital: the sentence goes on a line of its own
  const vote = lineOf('Vote:', ITEM_32);
  const { text, edit } = recorded(MEETING, vote, 'Cllr Ahmed', 'left');
  assert.ok(!('error' in edit));
  assert.equal(text.split('\n')[vote + 1], 'Cllr Ahmed left the meeting at 19:52.');
  const item = analyse(text, SETTINGS).doc.meeting!.items.find((i) => i.number?.written === '032/25')!;
  const left = item.arrivals.find((x) => x.kind === 'left' && x.name.text === 'Cllr Ahmed');
  assert.ok(left, 'read as a departure of item 032/25');
  assert.equal(left.time, '19:52');
  assert.equal(left.name.range.start.line, vote + 1);
  // from that line on, the member is out of the room, and not offered as a voter
  assert.ok(names(at(lineOf('For:', ITEM_32), MEETING)).includes('Cllr Ahmed'));
  assert.ok(!names(at(text.split('\n').indexOf('For: Cllr Ortega, '), text)).includes('Cllr Ahmed'));
  assert.deepEqual(findings(text, 'departure-without-time', SETTINGS), []);
});

test('recording an arrival on an empty line; refusals say what to do', () => {
  const blank = lines.indexOf('', ITEM_32); // the empty line closing item 032/25
  const { text, edit } = recorded(MEETING, blank, 'Cllr Hughes', 'joined', '20:10');
  assert.ok(!('error' in edit) && edit.line === blank && edit.newText === 'Cllr Hughes joined the meeting at 20:10.');
  const a = analyse(text, SETTINGS);
  assert.ok(roomAtLine(a.doc.meeting, blank + 1, settingsOf(SETTINGS))?.inRoom.includes('Cllr Hughes'));
  const before = movementEdit(a.doc, a.lines, lineOf('Present:'), 'Cllr Evans', 'left', '19:00');
  assert.match('error' in before ? before.error : '', /Put the cursor in the item/);
  const twoLines = movementEdit(a.doc, a.lines, ITEM_32, 'Cllr\nEvans', 'left', '19:00');
  assert.match('error' in twoLines ? twoLines.error : '', /one line of visible letters/);
  const noTime = movementEdit(a.doc, a.lines, ITEM_32, 'Cllr Evans', 'left', 'soon');
  assert.match('error' in noTime ? noTime.error : '', /write it as 20:05/);
});
