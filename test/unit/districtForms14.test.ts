/**
 * A district council's ordinary meeting in the fourteenth held-out set, in other councils' words: the
 * meeting's own line under `MINUTES OF <council>` (`EXTRAORDINARY COUNCIL MEETING`), and a register of
 * earlier actions flattened with tabs whose rows give the meeting and its item, the action known by its
 * own words wrapped over lines.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { readActionTable } from '#service/forms/actionTables';

test('the meeting named on its own line under `MINUTES OF <council>` is the title; a kind of meeting alone leaves the council', () => {
  const head = (lines: readonly string[]): string | undefined =>
    parse([...lines, '', 'PRESENT:\tMayor Ana Roe, Crs Bo Lee and Cy Moss', '', '1\tAPOLOGIES', '', 'Nil.'].join('\n')).meeting?.title?.value;
  assert.equal(head(['MINUTES OF KAHURANGI DISTRICT COUNCIL', 'EXTRAORDINARY COUNCIL MEETING', 'HELD IN THE COUNCIL CHAMBER, 3 MAIN ROAD, TAKAKA', 'ON TUESDAY, 3 FEBRUARY 2026 AT 1.00PM']), 'EXTRAORDINARY COUNCIL MEETING');
  assert.equal(head(['Minutes of Ruawai District Council', 'Audit and Risk Committee Meeting', 'Held on Thursday 12 March 2026 at 10am']), 'Audit and Risk Committee Meeting');
  // only the kind of meeting: it names no body, and the council's line stays the title (as before)
  assert.equal(head(['MINUTES OF KAHURANGI DISTRICT COUNCIL', 'ORDINARY MEETING', 'ON TUESDAY, 3 FEBRUARY 2026 AT 1.00PM']), 'KAHURANGI DISTRICT COUNCIL');
  // a sentence wrapped before `held` still carries on: its second line is no title (as before)
  assert.equal(head(['KENTWELL COUNTY COUNCIL', '', 'HIGHWAYS AND TRANSPORT CABINET COMMITTEE', '', 'MINUTES of a meeting of the Highways and Transport Cabinet',
    'Committee held in the Medway Room, Shire Hall, Kentwell on Wednesday,', '4 March 2026.']), 'HIGHWAYS AND TRANSPORT CABINET COMMITTEE');
});

test('a register of earlier actions by meeting and item: the item is the meeting\'s, each action known by all its words', () => {
  // a shire's register in its own words: the meeting's date filling its column to the stop pushes the item a stop on
  const text = [
    'MINUTES OF TALLOWOOD SHIRE COUNCIL', 'ORDINARY COUNCIL MEETING', 'ON TUESDAY, 10 MARCH 2026 AT 5.00PM', '',
    'PRESENT:\tCr Ana Roe (Mayor), Crs Bo Lee and Cy Moss', '',
    '1\tAPOLOGIES', '', 'Nil.', '',
    '2\tSCHEDULE OF OUTSTANDING ACTIONS', '',
    'Meeting\tItem\tAction\t\t\t\tOfficer\t\tStatus',
    '21/10/25\t9.1\tFootpath renewal on Mill\tDirector\tDone – works finished',
    '\t\t\tStreet, Tallowood\t\tand Assets\tin February',
    '25/11/25\t12.4\tReview of dog registration fees\tCFO\t\tOngoing',
    '16/12/25\t6.3\tPlayground shade sails at\tManager\tCarried forward to April',
    '\t\t\tRiverside Park\t\tRecreation',
    '10/02/26\t8.2\tLease of the old depot\tDirector\tWithdrawn',
    '\t\t\t\t\t\t\tand Assets\t– site sold',
    '',
    '3\tGENERAL BUSINESS', '', 'Nil.',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual((m.statusReviews ?? []).map((r) => [r.ref, r.status, r.written]), [
    ['Footpath renewal on Mill Street, Tallowood', 'done', 'Done'],
    ['Review of dog registration fees', 'open', 'Ongoing'],
    ['Playground shade sails at Riverside Park', 'carried forward', 'Carried forward to April'],
    ['Lease of the old depot', 'dropped', 'Withdrawn'],
  ]);
});

test('an action table at tab stops: a row\'s first line stands in the header\'s order, a post\'s name goes on after `and`', () => {
  const text = [
    'Meeting\tItem\tAction\t\t\t\tResponsible\tStatus',
    '03/03/26\t4.2\tWrite to the Minister\tGM Corporate\tOpen',
    '\t\t\tabout rural mail\t\t& Finance',
    '',
  ].join('\n');
  const t = readActionTable(text, 0)!;
  assert.deepEqual(t.header.columns, ['meeting', 'minute', 'action', 'owner', 'status']);
  const cell = (s: ReadonlyArray<{ start: number; end: number }>): string => s.map((c) => text.slice(c.start, c.end)).join(' ');
  assert.deepEqual(t.rows.map((r) => r.cells.map(cell)), [['03/03/26', '4.2', 'Write to the Minister about rural mail', 'GM Corporate & Finance', 'Open']]);
  // an item with no meeting beside it is the row's reference (as before)
  const own = 'Item\tAction\t\t\tOwner\t\tStatus\n7\tRepaint the hall\t\tClerk\t\tDone\n';
  assert.deepEqual(readActionTable(own, 0)!.header.columns, ['ref', 'action', 'owner', 'status']);
  assert.equal(own.slice(readActionTable(own, 0)!.rows[0].ref!.start, readActionTable(own, 0)!.rows[0].ref!.end), '7');
  // a lower-case note under the owner is still the status's (as before): `forward to the spring visit`
  const note = 'Ref\t\tAction\t\t\t\tLead\t\tStatus\nPC/1/26\tBench\t\t\t\tDF/OC\t\tCarried\n\t\t\t\t\t\tforward to the spring visit\n';
  assert.deepEqual(readActionTable(note, 0)!.rows.map((r) => r.cells.map((s) => s.map((c) => note.slice(c.start, c.end)).join(' '))), [['PC/1/26', 'Bench', 'DF/OC', 'Carried forward to the spring visit']]);
});

test('a register whose first column is the meeting\'s date (`Date`, `Meeting Date`) is read the same', () => {
  for (const first of ['Date', 'Meeting Date', 'Date Raised']) {
    const text = [
      'MINUTES OF HURUNUI RIVER BOARD', 'ORDINARY BOARD MEETING', 'ON MONDAY, 2 MARCH 2026 AT 10.00AM', '',
      '1\tACTIONS FROM PREVIOUS MEETINGS', '',
      `${first}\tItem\tAction\t\t\t\tResponsible\tStatus`,
      '02/02/26\t5\tFence the stopbank reserve\tEngineer\tComplete',
      '12/01/26\t7.1\tFlood warning signs for the\tEngineer\tIn progress',
      '\t\t\tford at Mason Road',
      '',
      '2\tGENERAL BUSINESS', '', 'Nil.',
    ].join('\n');
    assert.deepEqual((parse(text).meeting!.statusReviews ?? []).map((r) => [r.ref, r.status, r.written]), [
      ['Fence the stopbank reserve', 'done', 'Complete'],
      ['Flood warning signs for the ford at Mason Road', 'open', 'In progress'],
    ], first);
  }
});
