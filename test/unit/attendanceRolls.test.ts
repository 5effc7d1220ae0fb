/**
 * Attendance forms met in the tenth blind set (heldOut10, its second half), each with an invented example of its
 * family and a near miss: a tab table with the initials first and its groups' labels as rows, a county court's roll
 * by seat, a Markdown table with an Abbreviation column, a committee's roll of ticks on one line parted by `·`, a
 * list parted by `·`, a body in brackets the page wrapped, a post after a comma in a list parted by `;`.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { dotParts, matchInlineList, readPerson } from '#service/forms/index';
import { readRoleCell } from '#service/forms/qualifiers';
import { matchTickedRoll } from '#service/forms/attendanceCells';
import { parse } from '#service';

/** Each person of a parsed meeting as `list | name | title | role | org | initials | qualifiers`, only what is there. */
function everything(text: string): string[] {
  return parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.title ? `title=${p.title}` : '', p.role ? `role=${p.role}` : '', p.organisation ? `org=${p.organisation}` : '',
    p.initials ? `initials=${p.initials}` : '', ...(p.qualifiers ?? []).map((q) => q.text)].filter((s) => s !== '').join(' | ')));
}

test('a tab table with the initials first and its groups\' labels as rows of their own; a role cell empty or a bracket alone', () => {
  const text = 'Fellside Rescue Team — Trustees, 3 March 2026\n\nAttendance\nInitials\tName\tRole\nTrustees present\nAR\tAnn Roe\tChair\nBT\tBen Tate\t\nCV\tCy Voss\t(on Teams)\nApologies\nDW\tDi Ward\tTreasurer (minutes)\nIn attendance\nEO\tEve Orr\tEquipment Officer (for 12/26 only)\n\n11/26 Welcome\nAR welcomed trustees.\n12/26 Kit\nEO reported.\n';
  assert.deepEqual(everything(text), [
    'present | Ann Roe | role=Chair | initials=AR', 'present | Ben Tate | initials=BT', 'present | Cy Voss | initials=CV | on Teams',
    'apologies | Di Ward | role=Treasurer | initials=DW | minutes', 'inAttendance | Eve Orr | role=Equipment Officer | initials=EO | for 12/26 only']);
  // the same in an item (a page whose table fell under a heading read as an item): read as the register it is
  assert.equal(everything('Fellside Rescue Team — Trustees, 3 March 2026\n\n11/26 Welcome\nInitials\tName\tRole\nTrustees present\nAR\tAnn Roe\tChair\nBT\tBen Tate\n\n12/26 Kit\nNoted.\n').length, 2);
  // near miss: in an item, a table whose next line is no group's label is no register
  assert.deepEqual(everything('Fellside Rescue Team — Trustees, 3 March 2026\n\n11/26 Welcome\nInitials\tName\tRole\nThe table was not filled in.\n\n12/26 Kit\nNoted.\n'), []);
});

test('a county court\'s roll by seat (`Seat   Member   Attendance`): the office the role, the precinct after its comma the organisation; staff in a `;` list', () => {
  const text = 'HILL COUNTY COMMISSIONERS COURT\nMINUTES OF REGULAR SESSION\nMonday, March 2, 2026\n\nSeat                        Member            Attendance\nCounty Judge                Ann Roe           Present\nCommissioner, Precinct 1    Ben Tate          Absent\nCommissioner, Precinct 2    Cy Voss           Present (arrived 9:10 a.m.)\n\nAlso present: Di Ward, County Clerk; Eve Orr, County Engineer;\nFay Ives, County Auditor.\n\nI. CALL TO ORDER\nJudge Roe called the meeting to order.\n';
  assert.deepEqual(everything(text), [
    'present | Ann Roe | role=County Judge', 'present | Cy Voss | role=Commissioner, Precinct 2 | org=Precinct 2 | arrived 9:10 a.m.', 'absent | Ben Tate | role=Commissioner, Precinct 1 | org=Precinct 1',
    'inAttendance | Di Ward | role=County Clerk', 'inAttendance | Eve Orr | role=County Engineer', 'inAttendance | Fay Ives | role=County Auditor']);
  // near miss: in a list parted by `;`, a name after a comma that names no office is a second person
  const l = 'Also present: Di Ward, Sam Lee; Eve Orr';
  assert.deepEqual(matchInlineList(l)!.people.map((p) => l.slice(p.name.start, p.name.end)), ['Di Ward', 'Sam Lee', 'Eve Orr']);
});

test('a Markdown table `Name | Abbreviation | Organization`: the abbreviation the initials; a `**Chair**:` line above gives no role the table has no column for', () => {
  const text = '# 12th Meeting of TC9 — 4 March 2026\n\n**Chair**: Ann Roe (ARE)\n\n## Attendees\n\n| Name | Abbreviation | Organization |\n| --- | --- | --- |\n| Ann Roe | ARE | Acme |\n| Ben Tate | BTE | Invited Expert |\n\n## Regrets\n\n| Name | Abbreviation | Organization |\n| --- | --- | --- |\n| Cy Voss | CVS | Initech |\n\n## Opening\n\nARE: welcome.\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | org=Acme | initials=ARE', 'present | Ben Tate | org=Invited Expert | initials=BTE', 'apologies | Cy Voss | org=Initech | initials=CVS']);
  // near miss: an abbreviation cell that holds words gives no initials
  assert.deepEqual(everything('# 12th Meeting of TC9 — 4 March 2026\n\n## Attendees\n\n| Name | Abbreviation | Organization |\n| --- | --- | --- |\n| Ann Roe | to be assigned | Acme |\n\n## Opening\n\nNoted.\n'), ['present | Ann Roe | org=Acme']);
});

test('a committee\'s roll of ticks on one line parted by `·`; the words after a cross say the list; `Also on the call:` parted by `·`', () => {
  const text = '# Example Steering Committee — 2026-03-04\n\n**Steering committee** (quorum 3 of 5): ✓ Ann Roe (@aroe, chair) · ✓ Ben Tate (@btate, notes) · ✓ Cy Voss (@cvoss, from item 2) · ✗ Di Ward (@dward), regrets · ✗ Eve Orr (@eorr), no word\n\n**Also on the call:** Fay Ives (@fives), release manager · Gus Lunn (@glunn), guest, for item 3 only\n\n## 1. Releases\n\n- Ann: the release is out.\n';
  assert.deepEqual(everything(text), [
    'present | Ann Roe | role=chair', 'present | Ben Tate | notes', 'present | Cy Voss | from item 2', 'apologies | Di Ward', 'absent | Eve Orr',
    'inAttendance | Fay Ives | role=release manager', 'inAttendance | Gus Lunn | role=guest | for item 3 only']);
  // near misses: one ticked member is no roll; words between the signs are no roll either
  assert.equal(matchTickedRoll('Team: ✓ Ann Roe · next week'), undefined);
  assert.equal(matchTickedRoll('✓ Ann Roe · ✓ shipped the release'), undefined);
  // a cross written as the multiplication sign (`×`), first in the roll: a cross all the same, the words before it the label
  const crossed = matchTickedRoll('Board: × Ann Roe · ✓ Ben Tate');
  assert.deepEqual(crossed?.people.map((e) => e.kind), ['absent', 'present']);
  assert.equal(crossed?.label && 'Board: × Ann Roe · ✓ Ben Tate'.slice(crossed.label.start, crossed.label.end), 'Board');
});

test('a body in brackets the page wrapped (`(Westham` ⏎ `City Council)`) is the organisation; a chamber of commerce is a body', () => {
  const text = 'UNIVERSITY OF WESTHAM\nCOURT\nMinutes of the Annual Meeting held on Wednesday 4 March 2026\n\nPresent: Mrs Ann Roe (Chair), Councillor Ben Tate (Westham\nCity Council) [from Ct/01], Ms Cy Voss (Westham Chamber of Commerce).\n\nCt/01  MINUTES\n       Court CONFIRMED the minutes.\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | title=Mrs | role=Chair', 'present | Ben Tate | title=Councillor | org=Westham City Council | from Ct/01', 'present | Cy Voss | title=Ms | org=Westham Chamber of Commerce']);
  // near miss: an office in brackets over two lines stays the role
  const l = 'Present: Mrs Ann Roe (Director of\nFinance).';
  assert.deepEqual(everything(`UNIVERSITY OF WESTHAM\nMinutes of the meeting held on 4 March 2026\n\n${l}\n\n1. MINUTES\nApproved.\n`), ['present | Ann Roe | title=Mrs | role=Director of Finance']);
  const p = readPerson('Gus Lunn (@glunn), guest, for item 3 only');
  assert.deepEqual(p?.qualifiers.map((q) => q.kind), ['guest', 'only']);
});

test('the one reading of a `·` list\'s parts and of a table\'s role cell', () => {
  const dotted = 'Ann Roe (@aroe) · Ben Tate ·  · Cy Voss ';
  assert.deepEqual(dotParts(dotted).map((s) => dotted.slice(s.start, s.end)), ['Ann Roe (@aroe)', 'Ben Tate', '', 'Cy Voss']);
  const cell = (t: string, options: Parameters<typeof readRoleCell>[2] = {}): string[] => {
    const r = readRoleCell(t, { start: 0, end: t.length }, options);
    return [r.role ? `role=${t.slice(r.role.start, r.role.end)}` : '', ...r.qualifiers.map((q) => `${q.kind}=${t.slice(q.start, q.end)}`)].filter((x) => x !== '');
  };
  assert.deepEqual(cell('Treasurer (from item 4)'), ['role=Treasurer', 'from=from item 4']);
  assert.deepEqual(cell('(on Teams)'), ['remote=on Teams']);
  // a grid keeps the chair in the role; a Markdown table reads a last part after a comma too
  assert.deepEqual(cell('Member (Chair)', { chairStays: true }), ['role=Member (Chair)']);
  assert.deepEqual(cell('maintainer, notes', { commaPart: true }), ['role=maintainer', 'minutes=notes']);
  // near miss: a post after the comma stays in the role
  assert.deepEqual(cell('maintainer, facilitator', { commaPart: true }), ['role=maintainer, facilitator']);
});

test('a roll of ticks written under a list\'s first person is a roll of its own, no person of that list; a crossed member\'s words after a bare comma say the list', () => {
  const text = '# Lantern Project Steering — 2026-05-12\n\nPresent:\nMara Quint (Chair)\nCore Team: ✓ Owen Pike · ✓ Lea Sato · ✗ Rafe Duncan, regrets · ✗ Ivy Moss, no word\nIn attendance:\nTed Warr (Treasurer)\n\n## 1. Budget\n\n- Mara: the budget is agreed.\n';
  assert.deepEqual(everything(text), [
    'present | Mara Quint | role=Chair', 'present | Owen Pike', 'present | Lea Sato', 'apologies | Rafe Duncan', 'absent | Ivy Moss', 'inAttendance | Ted Warr | role=Treasurer']);
  // a crossed member's office after the comma stays the office
  const office = matchTickedRoll('✓ Owen Pike · ✗ Rafe Duncan, Treasurer');
  assert.deepEqual(office?.people.map((e) => [e.kind, e.word === undefined]), [['present', true], ['absent', true]]);
  // words that are no list's after a ticked member's comma: no roll (a present member's comma takes a role or nothing)
  assert.equal(matchTickedRoll('✓ Owen Pike, shipped it · ✓ Lea Sato'), undefined);
  // a roll with more of the list's people under it, or first under the list's heading: the roll's members on their lists,
  // and the list's one-a-line people read on (none lost)
  assert.deepEqual(everything('# Lantern Project Steering — 2026-05-12\n\nPresent:\nMara Quint (Chair)\nCore Team: ✓ Owen Pike · ✗ Rafe Duncan (@rduncan), regrets\nIvy Moss\n\n## 1. Budget\n\n- Mara: agreed.\n'),
    ['present | Mara Quint | role=Chair', 'present | Ivy Moss', 'present | Owen Pike', 'apologies | Rafe Duncan']);
  assert.deepEqual(everything('# Lantern Project Steering — 2026-05-12\n\nPresent:\nCore Team: ✓ Owen Pike · ✗ Rafe Duncan, regrets\nIvy Moss\nTed Warr (Treasurer)\n\n## 1. Budget\n\n- Mara: agreed.\n'),
    ['present | Ivy Moss', 'present | Ted Warr | role=Treasurer', 'present | Owen Pike', 'apologies | Rafe Duncan']);
  // `sent apologies`: the apologies, the word not first
  assert.deepEqual(matchTickedRoll('✓ Owen Pike · ✗ Rafe Duncan, sent apologies')?.people.map((e) => e.kind), ['present', 'apologies']);
});
