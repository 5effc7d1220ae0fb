/**
 * Forms a clerk read in a district council committee's minutes printed to PDF and a county panel's web page
 * (heldOut19, 01 and 02): a list label wrapped in its column with the list running on beside both halves, a
 * clerk's note in brackets under an item's title, a co-opted member's body and how they sit in one bracket.
 * Each tried in other councils' words, with the near misses that must stay unread.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { readQualifier } from '#service/forms/qualifiers';
import { isActor } from '#service/forms/owners';
import { misencodedForm, asWritten } from '#service/encoding';

const people = (text: string): string[] =>
  (parse(text).meeting?.people ?? []).flatMap((b) =>
    b.people.map((p) => [b.kind, p.name.display, p.role ?? '', p.organisation ?? '', ...(p.qualifiers ?? []).map((q) => q.text)].join('|')));

const committee = (lists: readonly string[], body: readonly string[] = ['14    MINUTES', '      RESOLVED – That the minutes be approved.']): string =>
  ['                  WYEBRIDGE BOROUGH COUNCIL', '', '               LICENSING COMMITTEE', '',
    '   Minutes of a meeting of the Licensing Committee held at the Guildhall on Thursday 4 December 2025 at 7.00 pm', '', ...lists, '', ...body, ''].join('\n');

test('a list label wrapped in its column, the list running on beside its second half, is one list with the wrapped bracket whole', () => {
  const text = committee([
    '   PRESENT:     Councillor Harriet Moss (Chair)',
    '                Councillors Dev Anand and Polly Greaves',
    '',
    '   ALSO         Councillor Tobias Wren (Cabinet Member for Housing) (for Minute',
    '   PRESENT:     16 only)',
    '',
    '   OFFICERS:    Joan Pike (Licensing Manager) and Eli Stone (Solicitor)',
  ]);
  const read = people(text);
  assert.ok(read.includes('inAttendance|Tobias Wren|Cabinet Member for Housing||for Minute 16 only'), read.join('\n'));
  assert.ok(read.includes('inAttendance|Joan Pike|Licensing Manager|'), read.join('\n'));
  // the label's two halves in a tab's column too, the wrapped words a role's last word
  const tabbed = people(committee(['   PRESENT:\tCouncillor Harriet Moss (Chair) and Councillor Dev Anand', '', '   IN\t\tMr Colin Bray (Independent Person, Standards', '   ATTENDANCE:\tCommittee)']));
  assert.ok(tabbed.some((p) => p.startsWith('inAttendance|Colin Bray|')), tabbed.join('\n'));
});

test('near misses: a label\'s colon with no list beside its first half, a sentence\'s colon, a word no list is named by', () => {
  // `Note:` under a line is no label's second half: nobody is read from the line above it
  const note = people(committee(['   PRESENT:     Councillor Harriet Moss (Chair) and Councillor Dev Anand', '', '   The          Committee met in public (see',
    '   Note:        the register)']));
  assert.ok(!note.some((p) => p.startsWith('inAttendance')), note.join('\n'));
  // `ALSO` ⏎ `NOTED:` is no list's label
  const noted = people(committee(['   PRESENT:     Councillor Harriet Moss (Chair) and Councillor Dev Anand', '', '   ALSO         Councillor Tobias Wren (Cabinet Member)',
    '   NOTED:       that he spoke']));
  assert.ok(!noted.some((p) => p.includes('Tobias Wren')), noted.join('\n'));
});

test('a clerk\'s note in brackets under a title (`(Councillor Roe left the room.)`) is the item\'s text, never the title\'s qualifier', () => {
  const titles = (body: readonly string[]): string[] => (parse(committee(['   PRESENT:     Councillor Harriet Moss (Chair) and Councillor Dev Anand'], body)).meeting?.items ?? []).map((i) => i.title);
  assert.deepEqual(titles(['14    MINUTES', '      RESOLVED – That the minutes be approved.', '', '15    LAND AT MILL LANE, WYEBRIDGE (EXEMPT)', '      (Councillor Anand left the meeting.)', '',
    '      The Committee considered the report.']), ['MINUTES', 'LAND AT MILL LANE, WYEBRIDGE (EXEMPT)']);
  // near misses: a title's own qualifier under it, and a short one with its abbreviation's stop, stay the title's
  assert.deepEqual(titles(['14    MINUTES', '      RESOLVED – That the minutes be approved.', '', '15    TAXI LICENSING POLICY 2026', '      (Key Decision)', '',
    '      The Committee considered the report.']), ['MINUTES', 'TAXI LICENSING POLICY 2026 (Key Decision)']);
  assert.deepEqual(titles(['14    MINUTES', '      RESOLVED – That the minutes be approved.', '', '15    TAXI LICENSING POLICY 2026', '      (Cont.)', '',
    '      The Committee considered the report.']), ['MINUTES', 'TAXI LICENSING POLICY 2026 (Cont.)']);
});

test('a co-opted member\'s bracket, `(<body>, co-opted non-voting)`: the body they come from, and how they sit as a fact beside the name', () => {
  assert.equal(readQualifier('co-opted non-voting')?.kind, 'note');
  assert.equal(readQualifier('Co-opted, non-voting')?.kind, 'note');
  assert.equal(readQualifier('coopted non-voting')?.kind, 'note');
  // near misses: a seat with no word of how they vote is no fact of this kind; the body's name is none either
  assert.equal(readQualifier('co-opted member'), undefined);
  assert.equal(readQualifier('co-opted voting'), undefined);
  assert.equal(readQualifier('Harlow Youth Forum'), undefined);
  const text = ['Dunmere County Council', 'Children\'s Services Scrutiny Committee - Tuesday, 2nd December, 2025 10.00 am', '', 'Attendance', '',
    'Present: Councillor Ada Fenn (Chair) and Councillor Rob Hale', '',
    'Also present: Mrs Irene Cole (Dunmere Youth Council, co-opted non-voting) and Councillor Sam Kerr (Cabinet Member for Schools)', '', 'Items', '', '12.', '', 'MINUTES', '', 'Minutes:', 'RESOLVED that the minutes be agreed.', ''].join('\n');
  const read = people(text);
  assert.ok(read.includes('inAttendance|Irene Cole||Dunmere Youth Council|co-opted non-voting'), read.join('\n'));
  assert.ok(read.includes('inAttendance|Sam Kerr|Cabinet Member for Schools|'), read.join('\n'));
});

const actionsOf = (body: readonly string[]): string[] =>
  (parse(committee(['   PRESENT:     Councillor Harriet Moss (Chair) and Councillor Dev Anand', '', '   OFFICERS:    Joan Pike (Director of Place) and Eli Stone (Solicitor)'], body)).meeting?.items ?? [])
    .flatMap((i) => i.actions.map((a) => `${i.number?.written}|${a.text.replace(/\s+/g, ' ')}|${a.owners.map((o) => o.text).join(';')}|${a.due?.text ?? ''}`));

test('an owner alone under a resolution whose parts are lettered `A.` `B.` takes the resolution from `That`, its lead-in and first part', () => {
  const read = actionsOf(['14    TAXI LICENSING POLICY 2026', '      RESOLVED – That Council be recommended to:', '', '      A.   adopt the revised policy at Appendix A;',
    '      B.   set the new fees from 1 April 2026.', '      ACTION: Director of Place', '', '15    CLOSE', '      The meeting closed at 8.00 pm.']);
  assert.equal(read.length, 1, read.join('\n'));
  assert.ok(read[0].startsWith('14|That Council be recommended to: A. adopt the revised policy'), read.join('\n'));
  // near miss: a paragraph opening with an initial's stop (`A. Roe reported …`) under a resolution that ends its sentence is its own task
  const initial = actionsOf(['14    TAXI LICENSING POLICY 2026', '      RESOLVED – That the policy be adopted.', '', '      A. Roe reported on the consultation responses received.',
    '      ACTION: Director of Place', '', '15    CLOSE', '      The meeting closed at 8.00 pm.']);
  assert.ok(initial.length === 1 && initial[0].startsWith('14|A. Roe reported'), initial.join('\n'));
});

test('a resolution\'s part asking an officer to act, under an owner\'s line for the same officer, is that line\'s action, written once', () => {
  const dashed = actionsOf(['14    CAPITAL PROGRAMME', '      RESOLVED – That the Committee:', '', '      A.   notes the slippage on the depot scheme;',
    '      B.   asks the Director of Place to bring a revised timetable to the meeting on 5 March 2026.', '      ACTION: Director of Place – revised timetable by 5 March 2026', '', '15    CLOSE', '      The meeting closed at 8.00 pm.']);
  assert.equal(dashed.length, 1, dashed.join('\n'));
  assert.ok(dashed[0].startsWith('14|revised timetable'), dashed.join('\n'));
  const bare = actionsOf(['14    CAPITAL PROGRAMME', '      RESOLVED that the Committee:', '', '      (a)  notes the slippage on the depot scheme;',
    '      (b)  asks the Director of Place to report on the revised timetable in March 2026.', '', '      Action: Director of Place', '', '15    CLOSE', '      The meeting closed at 8.00 pm.']);
  assert.equal(bare.length, 1, bare.join('\n'));
  assert.ok(bare[0].startsWith('14|that the Committee: (a)'), bare.join('\n'));
  // near miss: the part asks another officer: two tasks, two owners
  const other = actionsOf(['14    CAPITAL PROGRAMME', '      RESOLVED – That the Committee:', '', '      A.   notes the slippage on the depot scheme;',
    '      B.   asks the Solicitor to bring the revised lease to the meeting on 5 March 2026.', '      ACTION: Director of Place – revised timetable by 5 March 2026', '', '15    CLOSE', '      The meeting closed at 8.00 pm.']);
  assert.equal(other.length, 2, other.join('\n'));
});

// ---- a post with a dash before the service it is for, and the dash pasted through the wrong encoding (heldOut19/02) ----

const panel = (officers: string, minute: string): string =>
  ['Housing Scrutiny Panel - Tuesday, 3rd March, 2026 2.00 pm', '', `Officers: ${officers}`, '', '41.', 'Temporary accommodation', 'Minutes:', minute, '', '42.', 'Close', ''].join('\n');
const ownedActions = (text: string): string[] =>
  (parse(text).meeting?.items ?? []).flatMap((i) => i.actions.map((a) => [a.text.slice(0, 24), a.owners.map((o) => o.text).join('+'), a.due?.text ?? ''].join('|')));

test('a post with a dash before the service it is for (`Head of Housing – Private Sector`) is one owner, also pasted as `â€“`', () => {
  assert.equal(misencodedForm('–'), 'â€“');
  assert.equal(misencodedForm('—'), 'â€”');
  assert.equal(asWritten('Head of Housing â€“ Private Sector'), 'Head of Housing – Private Sector');
  for (const post of ['The Head of Housing – Private Sector', 'Service Manager — Children in Care', 'Head of Housing â€“ Private Sector']) assert.ok(isActor(post), post);
  // (a dash ends no post, and a sentence's dash leaves its words no post)
  for (const phrase of ['Head of Housing –', 'the report – members']) assert.ok(!isActor(phrase), phrase);
  for (const dash of ['–', 'â€“']) {
    const text = panel('Omar Reyes (Head of Housing – Private Sector), Ada Lyle (Scrutiny Officer)',
      `Members asked how many households were placed out of area. The Head of Housing ${dash} Private Sector said that at the end of February the figure was 61, and undertook to circulate a breakdown by district to the Scrutiny Officer by 20th March, 2026.`);
    assert.deepEqual(ownedActions(text), [`circulate a breakdown by|The Head of Housing ${dash} Private Sector|20th March, 2026`], dash);
  }
});

test('near misses: a quotation mark the wrong encoding did not make still sets a motion apart, and a dash between a speaker and other words leaves no owner', () => {
  const quotedText = panel('Omar Reyes (Head of Housing – Private Sector)',
    'Councillor Penn moved "That this Panel asks the Head of Housing – Private Sector to report on costs." The motion was carried.');
  assert.deepEqual(ownedActions(quotedText).filter((a) => a.startsWith('report on costs')), []);
  const aside = panel('Omar Reyes (Head of Housing – Private Sector)',
    'Members discussed the figures – Councillor Penn said that they were high, and undertook nothing further.');
  assert.deepEqual(ownedActions(aside), []);
});
