/**
 * People and actions a reader found missed in the sixteenth blind set (heldOut16), each construct in
 * other boards' words than the document that showed it, with a near miss that must stay as it was read.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { findDueDate } from '#service/forms/dueDates';

const due = (t: string): string | undefined => findDueDate(t)?.text;

test('family 9 and 4: a due by a call named by its day before the month, and by another committee\'s meeting', () => {
  assert.equal(due('Yara to draft the text by the 5 February call'), 'the 5 February call');
  assert.equal(due('Lena to circulate the schema before the 12th March telecon'), 'the 12th March telecon');
  assert.equal(due('A report will come to the October meeting of the Quality Committee'), 'the October meeting of the Quality Committee');
  assert.equal(due('The plan will go to the June meeting of the Audit and Risk Committee'), 'the June meeting of the Audit and Risk Committee');
  // near misses: the board's own committee, unnamed, is its meeting; a day and month alone are a date
  assert.equal(due('A report will come to the November meeting of the Committee'), 'the November meeting');
  assert.equal(due('Sam to send the tiles by 5 February'), '5 February');
});

test('family 9: `[guest]` glued to a nick in the Present block is a note of attendance, `[observer]` the capacity, a role', () => {
  const people = (present: string): Array<[string, string | undefined, string[]]> => {
    const m = parse(['Attendees', '', '   Present', `          ${present}`, '', '   Chair', '          Lena', '', 'Open actions', '', '   Lena: none'].join('\n')).meeting!;
    return m.people.flatMap((b) => b.people).map((p) => [p.name.display, p.role, (p.qualifiers ?? []).map((q) => q.text)]);
  };
  const read = people('Lena_Ortiz, Tom_Reyes[guest], Ama_Boateng[observer], Jo_Park[IRC_only]');
  assert.deepEqual(read.find((p) => p[0] === 'Tom Reyes'), ['Tom Reyes', undefined, ['guest']]);
  assert.deepEqual(read.find((p) => p[0] === 'Ama Boateng')?.[1], 'observer');
  assert.deepEqual(read.find((p) => p[0] === 'Jo Park')?.[2], ['IRC only']);
});

test('family 6: a list on its label\'s line with initials and role in one bracket, the minute-taker after a dash, a time wrapped inside a bracket', () => {
  const people = (lines: readonly string[]): Array<[string, string | undefined, string | undefined, string[]]> => {
    const m = parse(['Eastfold Allotment Society – Committee', 'Wednesday 14 May 2025, 19:00, the Pavilion', '', ...lines, '', 'Welcome[edit]', 'RK welcomed everyone.', '', 'Water[edit]', 'TO reported a leak.'].join('\n')).meeting!;
    return m.people.flatMap((b) => b.people).map((p) => [p.name.display, p.role, p.initials, (p.qualifiers ?? []).map((q) => q.text)]);
  };
  const read = people(['Committee present: Rhona Keel (RK, Chair), Tam Orr (TO, Treasurer – minutes), Will Ash (WA, from', '19:40), Bea Lund (BL)']);
  assert.deepEqual(read, [
    ['Rhona Keel', 'Chair', 'RK', []], ['Tam Orr', 'Treasurer', 'TO', ['minutes']], ['Will Ash', undefined, 'WA', ['from 19:40']], ['Bea Lund', undefined, 'BL', []],
  ]);
  // near misses: a second office after the dash stays the role; a line under the list that opens with a figure and no open bracket ends it
  assert.deepEqual(people(['Committee present: Rhona Keel (RK, Treasurer – Vice-Chair), Tam Orr (TO)'])[0].slice(0, 2), ['Rhona Keel', 'Treasurer – Vice-Chair']);
  assert.deepEqual(people(['Committee present: Rhona Keel (RK), Tam Orr (TO)', '2025 plots were let.']).map((p) => p[0]), ['Rhona Keel', 'Tam Orr']);
});

test('family 4: a space-aligned attendance table whose role cell wraps a fact in brackets onto the next line', () => {
  const people = (rows: readonly string[]): Array<[string, string | undefined, string[]]> => {
    const m = parse(['Minutes of the Board of Directors', 'Tuesday 4 March 2025', '', 'Present                  Role                                   Initials', ...rows, '', 'BD/25/031  DECLARATIONS OF INTEREST', '031.1  None declared.'].join('\n')).meeting!;
    return m.people.flatMap((b) => b.people).map((p) => [p.name.display, p.role, (p.qualifiers ?? []).map((q) => q.text)]);
  };
  const read = people([
    'Gill Ranby               Chair                                  GR',
    'Owen Pryce               Non-Executive Director (from           OP',
    '                         BD/25/033)',
    'Ada Lowe                 Director of Estates and                AL',
    '                         Facilities',
  ]);
  assert.deepEqual(read, [['Gill Ranby', 'Chair', []], ['Owen Pryce', 'Non-Executive Director', ['from BD/25/033']], ['Ada Lowe', 'Director of Estates and Facilities', []]]);
  // near miss: a bracket that names the office's field, wrapped, stays the role
  assert.deepEqual(people(['Gill Ranby               Chair                                  GR', 'Owen Pryce               Director (Strategy and                 OP', '                         Partnerships)'])[1][1], 'Director (Strategy and Partnerships)');
});
