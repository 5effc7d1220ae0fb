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
import { ROOT, analyse } from '../support/util';
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

// ---------------------------------------------------------------------------------------------
// The family of the corpus (test/fixtures/corpus/: a police and crime board's notes, extracted from
// PDF): other minutes of this board and of boards like it, with other numbers, names and debris.

/** Another board's notes, its minute numbers printed in a narrow table column that the extraction wrapped. */
const BROKEN_NUMBERS = [
  '## POLICE, FIRE AND CRIME PANEL',
  '',
  'Thursday 14<sup>th</sup> March 2024',
  '',
  '### Attendees:',
  '',
  'Aled Pritchard\t:\tChief Executive',
  'Rhian Morgan\t:\tPanel Member',
  '',
  '<p>031/2 4</p>\t<p><b>Apologies and Chair\'s Update</b></p> <p>The Chair welcomed members.</p>',
  '<p>032/2 4</p>\t<p><b>Minutes of the Last Meeting</b></p> <p>The minutes of the meeting held on 8 February 2024 were accepted as an accurate record of the meeting.</p>',
  '',
  '033/2  ',
  '4',
  '',
  '#### Estates Strategy',
  '',
  '- **The Force to provide a breakdown of the estate costs to Panel Member Rhian Morgan.**',
  '',
  '<p>034/2 4</p>\t<p><b>Date of the next meeting: 11<sup>th</sup> April 2024</b></p>',
  '',
].join('\n');

test('another board of the corpus family: minute numbers its PDF broke (`031/2 4`, `033/2⏎4`) read as printed, with no numbering warning', () => {
  const a = analyse(BROKEN_NUMBERS);
  const items = a.doc.meeting!.items;
  assert.deepEqual(items.map((i) => i.number?.written), ['031/24', '032/24', '033/24', '034/24']);
  assert.deepEqual(items.map((i) => i.number?.printed), ['031/2 4', '032/2 4', '033/2\n4', '034/2 4']);
  assert.equal(items[2].title, 'Estates Strategy');
  assert.deepEqual(a.findings.filter((f) => /malformed-number|number-out-of-sequence|duplicate-number/.test(f.code)).map((f) => f.message), []);
  // one split number among the board's clean ones is a slip, not the extraction: it keeps its warning
  const slip = BROKEN_NUMBERS.replace('<p>031/2 4</p>', '<p>031/24</p>').replace('<p>032/2 4</p>', '<p>032/24</p>').replace('<p>034/2 4</p>', '<p>034/24</p>');
  const s = analyse(slip);
  assert.equal(s.doc.meeting!.items[2].number?.printed, undefined);
  assert.deepEqual(s.findings.filter((f) => f.code === 'minutes/malformed-number').map((f) => f.message), ['Minute number "033/2 4" is not written as NNN/YY: its digits are split over two lines. Write 033/24.']);
});

test('another board of the corpus family: an action to come back "at a future meeting" has that meeting as its due (other wording, other boards)', () => {
  const text = [
    '## POLICE, FIRE AND CRIME PANEL', '', 'Thursday 14th March 2024', '',
    '041/24\t<p>Item 3 – Road Safety</p> <p>Action: The evaluation of the speed camera pilot is to be reported to a later Panel meeting.</p>',
    '042/24\t<p>Item 4 – Custody</p> <p>ACTION: The findings of the custody audit to be brought back at a future meeting.</p> <p>ACTION: Clerk to circulate the report by the next meeting.</p>',
    '043/24\t<p>Item 5 – Estates</p> <p>ACTION: Estates paper to go to a board meeting.</p>', '',
  ].join('\n');
  const actions = parse(text).meeting!.items.flatMap((i) => i.actions);
  assert.deepEqual(actions.map((a) => a.due?.text), ['a later Panel meeting', 'a future meeting', 'the next meeting', undefined]);
});

test('another board of the corpus family: a review of its actions where the board carries outstanding actions forward (other words, numbers, origins)', () => {
  const notes = (declaration: string): string => [
    '## POLICE, FIRE AND CRIME PANEL', '', 'Thursday 14th March 2024', '', declaration, '',
    '041/24\t<p>Item 3 – Road Safety</p> <p>The Panel discussed speed cameras.</p>',
    '042/24\t<p><b>Panel Actions</b></p> <p>3 actions remain outstanding</p> <ul> <li>• Action 7 – Ongoing</li> <li>• Action 8 – Answered at the meeting</li> <li>• Action 9 – From the October meeting</li> </ul>', '',
  ].join('\n');
  const reviews = (text: string) => (parse(text).meeting!.statusReviews ?? []).map((r) => `${r.ref} ${r.status} (${r.written})`);
  assert.deepEqual(reviews(notes('<p>Outstanding actions are carried forward to the next meeting of the Panel.</p>')), ['7 carried forward (Ongoing)', '8 done (Answered at the meeting)', '9 carried forward (outstanding)']);
  // a board that does not say so: an action under way is open
  assert.deepEqual(reviews(notes('<p>The Panel meets in public.</p>')), ['7 open (Ongoing)', '8 done (Answered at the meeting)', '9 open (outstanding)']);
});

test('another board of the corpus family: a bold action that opens with its circumstance is owned by the doer after it', () => {
  const text = [
    '## POLICE, FIRE AND CRIME PANEL', '', 'Thursday 14th March 2024', '',
    '<p>Actions arising from the discussion during the meeting are highlighted in bold text</p>', '',
    '041/24\t<p>Item 3 – Fire Safety Review</p>', '',
    '- **Once the inspection report is published, the Fire Service will share the action plan with the Panel.**',
    '- **There are two audits due in April, and after that, Internal Audit is to report the findings to the Panel.**',
    '- **There is a delay in the figures; the Panel will be updated.**', '',
  ].join('\n');
  const actions = parse(text).meeting!.items.flatMap((i) => i.actions);
  assert.deepEqual(actions.map((a) => a.owners.map((o) => o.text)), [['Fire Service'], ['Internal Audit'], []]);
});
