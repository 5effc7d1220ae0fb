/**
 * A parochial church council's minutes typed in Word and saved as text (the fifteenth held-out set), in
 * other boards' words: a table of the members present with its column header (`Name<TAB>Role<TAB>Initials`),
 * one row a line; apologies parted by `;`, each with an office after its comma and a reason in brackets;
 * an action log's references written year first (`26/01`) in the rows of a table.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';

type Row = [string, string, string | undefined, string | undefined, string | undefined, string];

function people(lines: readonly string[]): Row[] {
  const text = ['HAYFIELD BOWLS CLUB COMMITTEE', 'Minutes of the meeting held on Monday 9 March 2026', '', ...lines, '', '1.\tWelcome', 'The Captain welcomed everyone.', '', '2.\tFinance', 'Noted.'].join('\n');
  return parse(text).meeting!.people.flatMap((b) => b.people.map((p): Row => [b.kind, p.name.display, p.title, p.role, p.initials, (p.qualifiers ?? []).map((q) => q.text).join('|')]));
}

test('a table of the members present, its column header first and one row a line by tabs: each row one member', () => {
  assert.deepEqual(people(['Present:', 'Name\tPosition\tInitials', 'Mr Alan Hirst\tCaptain\tAH', 'Mrs Joan Pike\tHon. Secretary (minutes)\tJP', 'Dr Ravi Shah\tCommittee member (via Teams)\tRS']), [
    ['present', 'Alan Hirst', 'Mr', 'Captain', 'AH', ''],
    ['present', 'Joan Pike', 'Mrs', 'Hon. Secretary', 'JP', 'minutes'],
    ['present', 'Ravi Shah', 'Dr', 'Committee member', 'RS', 'via Teams'],
  ]);
  // the same rows under a school's header (`Name<TAB>Role<TAB>Initials`), two of them only
  assert.deepEqual(people(['Governors present:', 'Name\tRole\tInitials', 'Ms Kate Rowe\tChair\tKR', 'Mr Idris Bello\tHeadteacher\tIB']).map((r) => r.slice(1, 5)), [
    ['Kate Rowe', 'Ms', 'Chair', 'KR'], ['Idris Bello', 'Mr', 'Headteacher', 'IB'],
  ]);
});

test('apologies parted by `;`, an office after the comma and the reason in brackets after it', () => {
  assert.deepEqual(people(['Apologies:\tRevd Mark Stone, Methodist Minister (illness); Mrs Rita Gale']), [
    ['apologies', 'Mark Stone', 'Revd', 'Methodist Minister', undefined, 'illness'],
    ['apologies', 'Rita Gale', 'Mrs', undefined, undefined, ''],
  ]);
  assert.deepEqual(people(['Apologies: Mr Ken Oduya, Club Treasurer (on holiday); Ms Ann Wright; Mr Bo Lee']).map((r) => r.slice(1, 4)), [
    ['Ken Oduya', 'Mr', 'Club Treasurer'], ['Ann Wright', 'Ms', undefined], ['Bo Lee', 'Mr', undefined],
  ]);
});
