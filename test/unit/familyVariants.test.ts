/**
 * Another document of each layout family reads as the one we have (issue 18: build for the family,
 * never for the file). Each layout is rewritten as another board of its family would write it:
 * other people (every listed surname becomes another), other minute numbers in the family's own
 * scheme (`41.` → `141.`, `PC24/061` → `PC25/161`, `TB/22/116` → `TB/23/016`, `2246` → `3146`),
 * other page furniture (page numbers, stamps, draft versions). What the parser finds must be the
 * same, item for item, in the new numbers: what the original holds is what a reader found there
 * (test/fixtures/layouts/*.expect.json), so this needs no second reading.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, type MinutesDocument } from '../../server/out/service/index';
import { ROOT } from '../support/util';
import type { DocumentExpectation } from '../support/readerExpectations';

const DIR = path.join(ROOT, 'test', 'fixtures', 'layouts');
const OTHER_SURNAMES = ['Quarrington', 'Belvedere', 'Tamsworth', 'Ollerenshaw', 'Dunkeld', 'Pemberley', 'Featherstone', 'Larkspur', 'Winterbourne', 'Ashgrove', 'Culloden', 'Haverford', 'Inchmore', 'Kestrel', 'Montague', 'Northcott', 'Penhallow', 'Rydal', 'Stainton', 'Thornleigh'];

type Rewrite = readonly [RegExp, (...m: string[]) => string];
/** Other numbers in each family's own scheme, and what the first item is then numbered. */
const NUMBERS: Record<string, { readonly rewrites: readonly Rewrite[]; readonly first: string }> = {
  '01': { rewrites: [[/\b(4[1-9])\./g, (_, n) => `${Number(n) + 100}.`], [/Minute (4\d)/g, (_, n) => `Minute ${Number(n) + 100}`]], first: '141' },
  '03': { rewrites: [[/PC24\/0(\d\d)/g, (_, n) => `PC25/1${n}`]], first: 'PC25/161' },
  '04': { rewrites: [[/TB\/22\/1(\d\d)/g, (_, n) => `TB/23/0${n}`], [/^1(\d\d)\.(\d)/gm, (_, n, k) => `0${n}.${k}`]], first: 'TB/23/016' },
  '07': { rewrites: [[/\b22(\d\d)(?=[.*\s\]])/g, (_, n) => `31${n}`]], first: '3146' },
};
const FURNITURE: readonly Rewrite[] = [
  [/Page (\d+) of (\d+)/g, (_, p, q) => `Page ${Number(p) + 6} of ${Number(q) + 9}`],
  [/Agenda Item (\d+)/gi, (_, n) => `Agenda Item ${Number(n) + 7}`],
  [/DRAFT v0\.3/g, () => 'DRAFT v1.2'],
  [/^Page (\d+)$/gm, (_, n) => `Page ${Number(n) + 20}`],
];

function another(file: string, text: string, exp: DocumentExpectation): string {
  let v = text;
  const surnames = [...new Set(exp.people.map((p) => p.name.split(/[\s_]+/).pop() ?? '').filter((s) => s.length > 2 && /^[A-Z]/.test(s)))];
  surnames.forEach((s, i) => { v = v.split(s).join(OTHER_SURNAMES[i % OTHER_SURNAMES.length]); });
  for (const [re, fn] of [...(NUMBERS[file.slice(0, 2)]?.rewrites ?? []), ...FURNITURE]) v = v.replace(re, fn as (...m: string[]) => string);
  return v;
}

/** What the parser found, less the words the rewrite changed: counts, in order. */
function shape(doc: MinutesDocument): unknown {
  const m = doc.meeting;
  if (!m) return undefined;
  return {
    date: m.date?.iso, titled: m.title !== undefined, items: m.items.length, subItems: m.items.map((i) => i.subItems?.length ?? 0),
    people: m.people.map((b) => `${b.kind}: ${b.people.length}`),
    actions: m.items.map((i) => i.actions.length), decisions: m.items.map((i) => i.decisions.length),
    outside: [m.actions?.length ?? 0, m.decisions?.length ?? 0], statuses: [m.statusUpdates.length, m.statusReviews?.length ?? 0],
    debris: doc.debris?.length ?? 0,
  };
}

for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
  test(`another document of the family of ${file} (other people, numbers and page furniture) reads as this one`, () => {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    const exp = JSON.parse(fs.readFileSync(path.join(DIR, file.replace(/\.txt$/, '.expect.json')), 'utf8')) as DocumentExpectation;
    const variant = another(file, text, exp);
    assert.notEqual(variant, text, 'the rewrite changed the document');
    const doc = parse(variant);
    assert.deepEqual(shape(doc), shape(parse(text)));
    const numbering = NUMBERS[file.slice(0, 2)];
    if (numbering) assert.equal(doc.meeting?.items[0]?.number?.written.replace(/[.\s]+$/, ''), numbering.first);
  });
}

// ---- actions, decisions and statuses as other boards of families 01, 03 and 04 write them ----------
// Each snippet is written as another council, parish or trust would write it (other owners, numbers,
// wording); what it must give is what a reader finds there.

interface Found { readonly text: string; readonly owners: string[]; readonly due?: string }
function actionsIn(text: string): Found[] {
  const m = parse(text).meeting!;
  return [...m.items.flatMap((i) => i.actions), ...(m.actions ?? [])].map((a) => ({ text: a.text, owners: a.owners.map((o) => o.text), ...(a.due ? { due: a.due.text } : {}) }));
}

test('family 01 (council committee, PDF): a wrapped ACTION line, an owner and a dash, an owner alone under a resolution', () => {
  const text = [
    'WESTBRIDGE COUNTY COUNCIL', '', 'Highways and Environment Committee', '', 'Minutes of the meeting held on Monday, 3 November 2025', '',
    '   112.    PUBLIC QUESTIONS', '',
    '           Mr Aldous asked about the resurfacing of Mill Road.', '',
    '           ACTION: Head of Highways to write to the residents\' association con-', '           cerning the resurfacing dates.', '',
    '   113.    WINTER SERVICE PLAN', '',
    '           RESOLVED – That the Winter Service Plan 2025/26 be approved.', '',
    '           ACTION: Director of Place', '',
    '           ACTION: Head of Highways – report on gritting routes by January 2026', '',
    '   114.    WORK PROGRAMME', '', '           RESOLVED – That the work programme be noted.',
  ].join('\n');
  assert.deepEqual(actionsIn(text), [
    { text: 'write to the residents\' association concerning the resurfacing dates', owners: ['Head of Highways'] },
    { text: 'That the Winter Service Plan 2025/26 be approved.', owners: ['Director of Place'] },
    { text: 'report on gritting routes by January 2026', owners: ['Head of Highways'], due: 'January 2026' },
  ]);
});

test('family 03 (parish council): ACTION after a sentence, an owner by initials after the task, due by a meeting', () => {
  const text = [
    'LOWER HAMBLEY PARISH COUNCIL', '', 'Minutes of the Meeting held on Tuesday 9th September 2025', '',
    'Present: Cllr B Okafor (Chair), Cllr S Ventham and Cllr P Idris.', 'In attendance: Mr T Rooke (Clerk/RFO).', '',
    'PC25/118 ALLOTMENTS', 'The hedge at plot 4 was discussed. ACTION: Clerk to write to the tenant before the October', 'meeting.', '',
    'PC25/119 FOOTPATHS', 'Cllr Idris to inspect the stile on footpath 7 and report back in October. ACTION: PI', '',
    'PC25/120 CORRESPONDENCE', 'None.',
  ].join('\n');
  assert.deepEqual(actionsIn(text), [
    { text: 'write to the tenant before the October meeting', owners: ['Clerk'], due: 'October meeting' },
    { text: 'inspect the stile on footpath 7 and report back in October', owners: ['PI'], due: 'October' },
  ]);
});

test('family 04 (NHS board): owner initials in a right-hand column, a second verb of the board, an action log run together', () => {
  const text = [
    'Northmoor Community Health NHS Trust', 'Board of Directors (Public)', 'Minutes of the meeting held on Thursday 5 March 2026', '',
    'Present:', 'Jane Dacre (JD) Chair', 'Omar Hale (OH) Director of Finance', 'Ruth Amis (RA) Chief Nurse', '',
    'TB/26/031 FINANCE REPORT', '031.1 OH reported the month 10 position. RA asked for a savings plan by ward.', '                                                                 OH',
    '031.2 The Board NOTED the month 10 position.',
    'TB/26/032 ACTION LOG', '032.1 The Board considered the log and agreed to close action 207.', '',
    'Ref Date Minute Action Owner Due Status RAG', '207 08.01.26 TB/26/004.2 Circulate the audit plan OH Feb 26 Complete B',
    'to members', '211 08.01.26 TB/26/006.1 Ward staffing review RA Apr 26 In progress A',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(actionsIn(text), [{ text: 'OH reported the month 10 position. RA asked for a savings plan by ward', owners: ['OH'] }]);
  assert.ok(m.items.flatMap((i) => i.decisions).some((d) => d.text === 'to close action 207'), 'the board agreed to close action 207');
  assert.deepEqual((m.statusReviews ?? []).map((r) => [r.ref, r.status, r.written]), [['207', 'done', 'Complete'], ['211', 'open', 'In progress']]);
});
