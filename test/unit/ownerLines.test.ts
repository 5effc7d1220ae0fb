/**
 * An owner named on its own line under the paragraph that is the task, in the words clerks write
 * instead of `ACTION:` (forms/ownerLines.ts, parse/content/ownerActions.ts): `Actioned by: Clerk`,
 * `To action: KA`, with or without a due date after the owner. Written as other boards of the
 * families write it (a parish council, a school's governors, an NHS board), and the lines that are
 * no such owner line.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { matchOwnerDueLine, matchOwnerLine } from '#service/forms/ownerLines';

const actions = (text: string): string[] => (parse(text).meeting?.items ?? []).flatMap((i) =>
  i.actions.map((a) => `${i.title} | ${a.text} | ${a.owners.map((o) => o.text).join(' + ')}${a.due ? ` | due ${a.due.text}` : ''}`));

/** An owner line as `match` reads it: its lead, its owners, its due, joined. */
const readWith = (match: typeof matchOwnerLine) => (t: string): string | undefined => {
  const f = match(t);
  return f && [t.slice(f.keyword.start, f.keyword.end), ...f.owners.map((o) => t.slice(o.start, o.end)), f.due ? `due ${t.slice(f.due.start, f.due.end)}` : ''].join(' | ');
};

test('the owner line alone: its lead, its owners, the date after them', () => {
  const read = readWith(matchOwnerLine);
  assert.equal(read('Actioned by: Clerk'), 'Actioned by: | Clerk | ');
  assert.equal(read('To action: KA'), 'To action: | KA | ');
  assert.equal(read('To action: Clerk, by 31 March'), 'To action: | Clerk | due 31 March');
  assert.equal(read('To be actioned by – Chair and Clerk (before the next meeting)'), 'To be actioned by – | Chair | Clerk | due the next meeting');
  assert.equal(read('•  Actioned by: RFO'), 'Actioned by: | RFO | ');
  // a council's PDF: `ACTION BY:` with a `DUE:` field across the line
  assert.equal(read('          ACTION BY: Head of Internal Audit            DUE: 21 January 2026'), 'ACTION BY: | Head of Internal Audit | due 21 January 2026');
  assert.equal(read('Action by: Director of Finance; Due: the March meeting'), 'Action by: | Director of Finance | due the March meeting');
  assert.equal(read('ACTION BY: Head of Internal Audit      DUE: see minute 12'), undefined);
  // near misses: a sentence that goes on, no owner named, a "by" that gives no date
  assert.equal(read('Actioned by the Clerk last week.'), undefined);
  assert.equal(read('To action the plan, members agreed to meet in June.'), undefined);
  assert.equal(read('To action: see item 7'), undefined);
  assert.equal(read('Actioned by: Clerk, by arrangement with the school'), undefined);
  assert.equal(read('Actioned by:'), undefined);
});

test('an owner with the due in a field of its own: `Lead: … By: …`, `Responsible: …; timescale: …`; the lead alone is no owner line', () => {
  const read = readWith(matchOwnerDueLine);
  assert.equal(read('         Lead: Director of Property       By: June 2025'), 'Lead: | Director of Property | due June 2025');
  assert.equal(read('Responsible: Bursar; timescale: Q2 2025'), 'Responsible: | Bursar | due Q2 2025');
  assert.equal(read('Responsible: Registrar and Director of Estates; timescale: report to the May 2025 meeting'), 'Responsible: | Registrar | Director of Estates | due the May 2025 meeting');
  // who presents, no due; a due field that gives no date
  assert.equal(read('Lead: Cllr Bell'), undefined);
  assert.equal(read('Lead: Director of Property   By: arrangement'), undefined);
  const text = [
    'NORTHSHIRE COUNTY COUNCIL', '', 'Minutes of the meeting held on 4 March 2025', '',
    'Present: Mr A Bell (Chairman), Mrs C Dunn', '',
    'In attendance: Mr P Hale (Director of Property)', '',
    '1. Apologies', 'None.', '',
    '2. Depot lease',
    'Mr Hale presented the report.', '',
    'RESOLVED that the depot lease be renewed for five years.', '',
    'Lead: Director of Property     By: June 2025', '',
  ].join('\n');
  assert.deepEqual(actions(text), ['Depot lease | that the depot lease be renewed for five years. | Director of Property | due June 2025']);
});

test('a parish council: `Actioned by:` and `To action:` under the paragraph that is the task, one with its date', () => {
  const text = [
    'LOWER HAMBLEY PARISH COUNCIL', '', 'Minutes of the Meeting held on Tuesday 9th September 2025', '',
    'Present: Cllr B Okafor (Chair), Cllr S Ventham.', '',
    'PC25/117 BENCH',
    'The Clerk will obtain three quotes for the replacement bench.',
    'Actioned by: Clerk', '',
    'PC25/118 FOOTPATH',
    'Members asked that the county be written to about the footpath sign at Mill Lane.',
    'To action: Clerk, by 31 March', '',
    'The hedge at plot 4 was actioned by the Clerk last week, members were told.', '',
  ].join('\n');
  assert.deepEqual(actions(text), [
    'BENCH | The Clerk will obtain three quotes for the replacement bench. | Clerk',
    'FOOTPATH | Members asked that the county be written to about the footpath sign at Mill Lane. | Clerk | due 31 March',
  ]);
});

test('a school\'s governors: `To action: KA` by initials, and a paragraph that wraps onto two lines', () => {
  const text = [
    'ST ANNE\'S CE PRIMARY SCHOOL', 'Full Governing Board', 'Minutes of the meeting held on 9 November 2021', '',
    'Present: Mrs K Adeyemi [KA] Chair; Mr T Rowe [TR]', '',
    '4. Safeguarding',
    'The link governor is to meet the DSL before the spring term and report',
    'back on the single central record.',
    'To action: KA', '',
    '5. Premises',
    'To action the roof repairs the board needs three quotes; none has been received.', '',
  ].join('\n');
  assert.deepEqual(actions(text), [
    'Safeguarding | The link governor is to meet the DSL before the spring term and report back on the single central record. | KA | due spring term',
  ]);
});

test('an NHS board: `To be actioned by:` under a numbered paragraph, with the meeting it is due at', () => {
  const text = [
    'Northmoor Community Health NHS Trust', 'Board of Directors (Public)', 'Minutes of the meeting held on Thursday 5 March 2026', '',
    'TB/26/021 Apologies', '', 'Apologies were received from the Chief Nurse.', '',
    'TB/26/022 Finance report', '',
    '22.1 The Board asked for the capital plan to be reworked with the estates team.',
    'To be actioned by: Director of Finance, by the May meeting', '',
    '22.2 The Board noted the month 10 position.', '',
  ].join('\n');
  assert.deepEqual(actions(text), ['Finance report | The Board asked for the capital plan to be reworked with the estates team. | Director of Finance | due May meeting']);
});
