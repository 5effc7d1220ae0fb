import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { gatesOpened, gateTable, openingsOf, openingsOfTexts, opens } from '#service/openings';
import { blockWordKind } from '#service/markup';

test('a gate read from a pattern opens to the texts the pattern can match, in either case, and shuts to prose', () => {
  const stamp = openingsOf(/^(?:agenda\s+item\s+\d+|enclosure\s+[A-Z])$/i);
  for (const t of ['Agenda Item 4', 'AGENDA ITEM 12', 'enclosure B', 'Ag', 'en']) assert.ok(opens(stamp, t), t);
  for (const t of ['The agenda item', 'Apologies', 'Equalities', '', 'x']) assert.equal(opens(stamp, t), false, t);
});

test('a gate follows escapes, groups repeated, optional letters and look-arounds', () => {
  assert.ok(opens(openingsOf(/^\(seal\)$/i), '(SEAL)'));
  assert.equal(opens(openingsOf(/^\(seal\)$/i), 'Seal'), false);
  const tools = openingsOf(/^(?:(?:recent changes|media manager)\s*){2,}$/i);
  assert.ok(opens(tools, 'Media Manager Recent Changes'));
  assert.equal(opens(tools, 'Minutes'), false);
  const optional = openingsOf(/^a?bc/);
  for (const t of ['abc', 'bc', 'bcd']) assert.ok(opens(optional, t), t);
  for (const t of ['ac', 'bx']) assert.equal(opens(optional, t), false, t);
  assert.ok(opens(openingsOf(/^\u2026{3,}$/), '………'));
  assert.ok(opens(openingsOf(/^(?=The)T/), 'Tx'), 'a look-ahead restricts nothing itself');
});

test('what a gate cannot read opens it to every text: a class, a dot, a blank first, an empty match, no anchor', () => {
  for (const re of [/^[A-Z]\d/, /^.x/, /^\s*Draft/, /^(?:x)?/, /draft/i, /^\d{1,4}$/]) assert.ok(openingsOf(re).any, re.source);
  // a `k` or an `s` matches letters beyond ASCII with `u` and `i`
  assert.ok(opens(openingsOf(/^ks/iu), '\u212as'));
});

test('a table of gates gives each gate a bit, as each gate alone would', () => {
  const gates = [openingsOf(/^page\s+\d/i), openingsOf(/^\[\d+\]/), openingsOfTexts(['skip to content', 'home'], true), openingsOf(/^.x/)];
  const table = gateTable(gates);
  for (const t of ['Page 3', 'PAgenda', '[1] x', 'Skip', 'Home', 'Hx', 'The end', '', 'p', '…', '\u00e9t\u00e9']) {
    const open = gatesOpened(table, t);
    gates.forEach((g, k) => assert.equal(((open >> k) & 1) === 1, opens(g, t), `${t} gate ${k}`));
  }
});

test('what follows a way\'s first two characters is passed over to the next way, whatever it holds', () => {
  // a group, a class holding `)` and `|`, and an escaped `(` after the first two characters of a way: the next way is still read
  const gate = openingsOf(/^(?:ab(?:x|(y))+[)|]z|cd[)|]e\(|\(f)/);
  for (const t of ['abx', 'ab', 'cd', '(f']) assert.ok(opens(gate, t), t);
  for (const t of ['ax', 'xy', 'f(', ')x', '|x']) assert.equal(opens(gate, t), false, t);
  // a way cut short inside a group still opens to its own first characters only
  const nested = openingsOf(/^(?:(?:go|gl)(?:ad|ow)|ha(?:s|t))/i);
  for (const t of ['Goad', 'glow', 'Has', 'hat']) assert.ok(opens(nested, t), t);
  for (const t of ['gad', 'hx', 'ow']) assert.equal(opens(nested, t), false, t);
});

test('the people lists\' words are found behind their gates: each list\'s words in any case, a name before a colon never', () => {
  const lists: Record<string, readonly string[]> = {
    present: ['Present', 'SEDERUNT', 'attendees', 'Voting and seating order', 'Seating order', 'Participants', 'Members present', 'Present board members', 'Student board member', 'Those present', 'Governors present', 'Management committee members present', 'Council members', 'Maintainers', 'Members (non-voting)', 'Non-voting members', 'Co-opted members', 'Cooptees', 'Strata council members in attendance', 'Trustees in attendance'],
    apologies: ['Apologies', 'Apologies for absence', 'Leave of absence granted', 'Apologies received and accepted', 'Absent with consent', 'Regrets', 'Senators excused', "Couldn't make it", 'Couldn’t make it', 'Cannot make it', 'Unable to attend'],
    inAttendance: ['In attendance', 'Also present', 'Executive team in attendance', 'Senior leadership team also in attendance', 'Officers present', 'Officials', 'Secretariat', 'Staff present', 'City staff', 'Council staff', 'Observers', 'Guest', 'For items 4.1', 'Ex-officio members present', 'External auditor', 'Strata agent', 'Property manager', 'Ward members in attendance (non-voting)'],
    absent: ['Absent', 'Absentees', 'ABSENT AT ROLL CALL', 'Excused', 'Absent without leave', 'Board members absent', 'Absent board members', 'Governors not present', 'Not present'],
  };
  for (const [kind, words] of Object.entries(lists)) for (const w of words) assert.equal(blockWordKind(w), kind, w);
  for (const name of ['Claire Bell', 'Cllr Jane Abara', 'Professor Alan Whitcombe', 'Mr A Roe', 'Sam Ali', 'Ursula Present']) assert.equal(blockWordKind(name), undefined, name);
});
