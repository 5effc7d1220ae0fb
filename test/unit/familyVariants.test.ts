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
import { DEFAULT_SETTINGS, formatDocument, importPublished, parse, resolveMention, type Meeting, type MinutesDocument } from '#service';
import { applyTextEdits } from '#service/text';
import { ROOT, TODAY, analyse } from '../support/util';
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

// ---- the families whose items are headings without numbers (scheme `none`) -----------------------
// Other documents of these families, written as other bodies write them (issue 18): another wiki
// (MediaWiki's short `[edit]` chrome, no table of contents), another scribe tool's log (other topics,
// another contents list with its link markers), another project's Markdown notes (other labels,
// checkbox actions). Their headings are the items, unnumbered; their numbered lines are no items.

/** An owner as a reader resolves them: the listed person's name, else the words as written. */
const resolveName = (text: string, m: Meeting): string => {
  const r = resolveMention(text, m);
  return ('person' in r && r.person?.name.display) || text;
};
const titles = (doc: MinutesDocument): string[] => (doc.meeting?.items ?? []).map((i) => `${i.number ? 'numbered ' : ''}${i.title}`);
const actionsOf = (doc: MinutesDocument): string[] => (doc.meeting?.items ?? []).flatMap((i) => i.actions.map((a) => `${i.title}: ${a.owners.map((o) => o.text).join('/')} | ${a.text}${a.due ? ` | ${a.due.text}` : ''}`));

test('another wiki of the family of 06-charity-wiki.txt: its headings with `[edit]` are the items, a closing action list restates an action once', () => {
  const doc = parse([
    'Board/Minutes 2023-05-09',
    'From Riverside Allotments Society',
    '',
    'Riverside Allotments Society – Committee meeting, 9 May 2023',
    '',
    'Present: Anna Price (AP) (Chair); Sunil Rao (SR); Bea Holm (BH) (Secretary)',
    '',
    'Welcome and apologies[edit]',
    '',
    'Apologies were noted.',
    '',
    'Water supply[edit]',
    '',
    '1. Plots 4 to 9 have no tap.',
    '2. The trough leaks.',
    '',
    'ACTION: SR to ask the council for a second standpipe by 30 June.',
    '',
    'Actions agreed[edit]',
    '',
    'ACTION: SR – second standpipe request (by 30 Jun)',
    'ACTION: BH – write to plot holders about the trough',
    '',
  ].join('\n'));
  assert.equal(doc.scheme, 'none');
  assert.deepEqual(titles(doc), ['Welcome and apologies', 'Water supply', 'Actions agreed']);
  assert.deepEqual(actionsOf(doc), ['Actions agreed: SR | second standpipe request (by 30 Jun) | 30 Jun', 'Actions agreed: BH | write to plot holders about the trough']);
});

test('another scribe log of the family of 09-standards-wg-scribe.txt: its topics are the items, the closing summaries no second run', () => {
  const doc = parse([
    '                    Web Payments Interest Group',
    '',
    '12 Mar 2024',
    '',
    'Contents',
    '',
    '     1. [3]Introductions',
    '     2. [4]Wallet interoperability',
    '     3. [5]Plenary planning',
    '     * [6]Summary of action items',
    '     * [7]Summary of resolutions',
    '     _________________________________________________________',
    '',
    'Introductions',
    '',
    '   Ian: welcome to Rosa',
    '',
    '   Ian: action-7, Rosa to send the wallet list ... done',
    '',
    'Wallet interoperability',
    '',
    '   RESOLUTION: publish the interoperability note as a draft',
    '',
    '   ACTION: Rosa to collect test vectors from the three wallets and',
    '   summarise them',
    '',
    'Plenary planning',
    '',
    '   ACTION: Ian to book the room for the plenary',
    '',
    'Summary of action items',
    '',
    '   [NEW] ACTION: Rosa to collect test vectors from the three wallets and',
    '   summarise them',
    '   [NEW] ACTION: Ian to book the room for the plenary',
    '   [DONE] ACTION-7: Rosa to send the wallet list',
    '',
    'Summary of resolutions',
    '',
    '    1. [8]publish the interoperability note as a draft',
    '',
  ].join('\n'));
  assert.equal(doc.scheme, 'none');
  assert.deepEqual(titles(doc), ['Introductions', 'Wallet interoperability', 'Plenary planning']);
  assert.deepEqual(actionsOf(doc), ['Wallet interoperability: Rosa | collect test vectors from the three wallets and summarise them', 'Plenary planning: Ian | book the room for the plenary']);
  assert.equal(doc.meeting?.items.reduce((n, i) => n + i.decisions.length, 0), 1);
  assert.equal(doc.meeting?.decisions?.length ?? 0, 0, 'the summary of resolutions repeats, it adds none');
  // the summary's tag is the status of the action the meeting reviewed under `Introductions`, and stands there
  assert.deepEqual(doc.meeting?.statusReviews?.map((r) => [r.ref, r.status, r.written, r.range.start.line]), [['ACTION-7', 'done', '[DONE]', 17]]);
});

test('a scribe log whose chair closes the action under the item and whose summary tags it: one status, the summary\'s', () => {
  const doc = parse([
    '                    Transit Data Community Group',
    '',
    '03 Jun 2025',
    '',
    'Contents',
    '',
    '     1. [3]Open actions',
    '     2. [4]Stop naming',
    '     * [5]Summary of action items',
    '     _________________________________________________________',
    '',
    'Open actions',
    '',
    '   Ana: action-31, Tomas to draft the stop naming guide ... done',
    '',
    '   close action-31',
    '',
    '   <trackbot> Closed action-31.',
    '',
    'Stop naming',
    '',
    '   Tomas: the guide is drafted',
    '',
    'Summary of action items',
    '',
    '   [DONE] ACTION-31: Tomas to draft the stop naming guide',
    '',
  ].join('\n'));
  assert.deepEqual(doc.meeting?.statusReviews?.map((r) => [r.ref, r.status, r.written, r.range.start.line]), [['ACTION-31', 'done', '[DONE]', 13]]);
});

test('another project\'s Markdown notes of the family of 10-oss-steering-markdown.txt: `##` headings are the items, not the page\'s own parts', () => {
  const doc = parse([
    '# Kestrel Build WG Meeting 2025-03-04',
    '',
    '## Links',
    '',
    '* Recording: https://example.org/rec/2025-03-04',
    '',
    '## Attendees',
    '',
    '* Lena Fox @lfox (WG lead)',
    '* Omar Diaz @odiaz',
    '',
    '## Agenda',
    '',
    '### kestrel/build',
    '',
    '* Remote cache eviction [#77](https://example.org/kestrel/build/issues/77)',
    '',
    '## Remote cache eviction [#77](https://example.org/kestrel/build/issues/77)',
    '',
    '* Omar: eviction by age drops hot entries.',
    '* **Action item**: @odiaz to prototype LRU eviction by 2025-03-18.',
    '',
    '## Any other business',
    '',
    '* None.',
    '',
  ].join('\n'));
  assert.equal(doc.scheme, 'none');
  assert.deepEqual(titles(doc), ['Remote cache eviction #77', 'Any other business']);
  assert.deepEqual(actionsOf(doc), ['Remote cache eviction #77: @odiaz | prototype LRU eviction by 2025-03-18 | 2025-03-18']);
});

test('a running notes page exported from a shared document: the converter\'s comment is no part of the page, the meeting\'s date heading no item', () => {
  const doc = parse(`<!-----
Conversion notes:
1. Paste this output into your source file.
2. Check the rendered output.
* Tue Mar 3 2026 08:00:00 GMT+0100 (CET)
----->

# Heron Build Team – Meeting Notes

## 2026-03-02 (Monday, 15:00 CET)

**Attendees:** Lena Fox, Omar Diaz

### Cache eviction

Omar: eviction by age drops hot entries.

### AOB

None.
`);
  assert.equal(doc.scheme, 'none');
  assert.equal(doc.meeting?.title?.value, 'Heron Build Team – Meeting Notes');
  assert.equal(doc.meeting?.date?.iso, '2026-03-02');
  assert.deepEqual(titles(doc), ['Cache eviction', 'AOB']);
});

test('a work group\'s call page on a wiki: the page name\'s date, the link back and the template\'s label are no heading; the agenda list the minutes repeat is no agenda before them, the next meeting\'s heading no item', () => {
  const doc = parse(`2026-04-08 Device Profiles Call Minutes
From Interop Standards Wiki
Jump to navigation Jump to search
Return to Device Profiles Minutes

Device Profiles Work Group Call
Meeting Details
Location: Teams\tDate: 2026-04-08
Time: 15:00-16:00 UTC

Agenda
1. Roll call
2. Pump profile
3. AOB

Minutes
1. Roll call
Quorum met.
2. Pump profile
Ana: the profile needs a rate element.
3. AOB
None.

Next Meeting
2026-04-22, 15:00 UTC: pump profile again.
`);
  assert.equal(doc.kind, 'minutes');
  assert.equal(doc.meeting?.title?.value, 'Device Profiles Work Group Call');
  assert.equal(doc.meeting?.date?.iso, '2026-04-08');
  assert.equal(doc.meeting?.location?.value, 'Teams');
  assert.deepEqual(titles(doc), ['numbered Roll call', 'numbered Pump profile', 'numbered AOB']);
  assert.deepEqual(doc.meeting?.items.map((i) => i.range.start.line), [16, 18, 20]);
});

// ---- forms of the family taught one at a time: other wordings than the layout's document ----------

/** A North American council's minutes around one item, as another city writes them. */
function usCity(body: string): MinutesDocument {
  return parse(`CITY OF ELM RAPIDS\nREGULAR CITY COUNCIL MEETING\nMarch 3, 2021 – 7:00 P.M.\nI. CALL TO ORDER\nMayor Ferris called the meeting to order.\nII. NEW BUSINESS\n${body}\nIII. ADJOURNMENT\nThe meeting adjourned at 8:10 p.m.\n`);
}

test('family 8 (North American councils): a motion in other words is a decision from `to`/`that`, with its vote as data', () => {
  const cases: ReadonlyArray<readonly [string, string, Record<string, unknown>]> = [
    ['Motion made by Council Member Ruiz and seconded by Council Member Baptiste to adopt\nOrdinance No. 88. Ayes: Ruiz, Baptiste, Cole. Nays: None. Motion passed 3-0.', 'to adopt Ordinance No. 88', { mover: 'Council Member Ruiz', seconder: 'Council Member Baptiste', for: 3, against: 0, result: 'carried', ayes: 3 }],
    ['It was moved by Trustee Alvarez, seconded by Trustee Kim, that the board approve the contract.\nRoll call vote:\nAyes: Alvarez, Kim.\nNays: Lowe.\nMotion carried 2-1.', 'that the board approve the contract', { mover: 'Trustee Alvarez', seconder: 'Trustee Kim', for: 2, against: 1, result: 'carried', ayes: 2 }],
    ['A motion was made by Commissioner Diaz, second by Commissioner Webb, to table the item for 60 days.\nMotion carried 5-0.', 'to table the item for 60 days', { mover: 'Commissioner Diaz', seconder: 'Commissioner Webb', for: 5, against: 0, result: 'carried', ayes: 0 }],
  ];
  for (const [body, text, vote] of cases) {
    const item = usCity(body).meeting!.items[1];
    assert.equal(item.decisions.length, 1, body);
    const d = item.decisions[0];
    assert.equal(d.text, text);
    assert.deepEqual(
      { mover: d.vote?.mover?.value, seconder: d.vote?.seconder?.value, for: d.vote?.for, against: d.vote?.against, result: d.vote?.result, ayes: d.vote?.ayes?.length ?? 0 },
      vote,
      body,
    );
  }
  // the other ways the family writes a mover and seconder (the README: Yakima, Roseville, the Australian councils)
  const more: ReadonlyArray<readonly [string, string, string, string]> = [
    ['It was MOVED by Carmichael, seconded by Buchanan, to adopt Ordinance No. 1142. Unanimously carried by voice vote. Carmichael absent.', 'to adopt Ordinance No. 1142', 'Carmichael', 'Buchanan'],
    ['Council Member Haney moved, Council Member Ortiz seconded, to approve the budget amendment. Motion carried 4-0.', 'to approve the budget amendment', 'Council Member Haney', 'Council Member Ortiz'],
    ['MOVED by Councillor Smith, seconded by Councillor Lee: That the open space plan be adopted. CARRIED', 'That the open space plan be adopted', 'Councillor Smith', 'Councillor Lee'],
  ];
  for (const [body, text, mover, seconder] of more) {
    const d = usCity(body).meeting!.items[1].decisions;
    assert.deepEqual(d.map((x) => [x.text, x.vote?.mover?.value, x.vote?.seconder?.value]), [[text, mover, seconder]], body);
  }
  // who moved what, told in passing, is no motion
  assert.equal(usCity('Mayor Ferris moved the item up the agenda at the request of staff.').meeting!.items[1].decisions.length, 0);
  // a motion that failed decided nothing (the reader's rule: decisions are the motions that carried)
  assert.equal(usCity('It was moved by Trustee Alvarez, seconded by Trustee Kim, that the board approve the contract.\nRoll call vote:\nAyes: Alvarez, Kim.\nNays: Lowe, Ortiz, Webb.\nMotion failed 2-3.').meeting!.items[1].decisions.length, 0);
  // a consensus is a decision without a motion; a motion's own number ("for 30 minutes") is no count of the vote
  assert.equal(usCity('Council discussed the park hours. Consensus of the Council was to extend them to 10 p.m.').meeting!.items[1].decisions[0].text, 'to extend them to 10 p.m');
  const recess = usCity('Motion by Webb, second by Diaz, to recess for 30 minutes. Ayes: Webb, Diaz. Nays: None. Motion carried 2-0.').meeting!.items[1].decisions[0];
  assert.equal(recess.vote?.for, 2);
  // talk of a motion is not one
  assert.equal(usCity('The motion from the last meeting was discussed.').meeting!.items[1].decisions.length, 0);
});

test('family 7 (university councils and senates): a verb heading over numbered paragraphs is one decision, in other verbs and numbers', () => {
  const doc = parse(`UNIVERSITY OF WESTMARCH\n\nSENATE\n\nMinutes of the meeting of Senate held on Wednesday 4 June 2025.\n\nPresent: Professor Ada Quill (Chair), Dr Ben Rowe.\n\n31  Minutes\n\nApproved\n\n31.1  that the minutes of the meeting held on 12 March 2025 be approved.\n\n32  Academic portfolio (S/25/12)\n\nReceived\n\n32.1  a report from the Pro-Vice-Chancellor on programme closures\n      and new programmes for 2026/27.\n\nAgreed\n\n32.2  to close the MSc Data Ethics to new entrants;\n\n32.3  to ask the Faculty to report in October.\n\n33  Date of next meeting\n\nNoted\n\n33.1  Wednesday 8 October 2025 at 14:00.\n`);
  const items = doc.meeting!.items;
  assert.deepEqual(items.map((i) => i.decisions.map((d) => [d.keyword.value, d.text, d.parts?.length])), [
    [['Approved', 'that the minutes of the meeting held on 12 March 2025 be approved.', 1]],
    [['Received', 'a report from the Pro-Vice-Chancellor on programme closures and new programmes for 2026/27.', 1], ['Agreed', 'to close the MSc Data Ethics to new entrants;', 2]],
    [['Noted', 'Wednesday 8 October 2025 at 14:00.', 1]],
  ]);
});

test('family 7: an `Action:` line naming an office takes the paragraph or resolution above as its task, in other offices and numbers', () => {
  const doc = parse(`UNIVERSITY OF WESTMARCH\n\nCOURT\n\nMinutes of the meeting of Court held on Monday 2 March 2026.\n\nPresent: Sir Hugh Dale (Chair), Professor Ada Quill (Principal).\n\nIn attendance: Dr Ben Rowe (Registrar), Ms Cara Finch (Director of Finance).\n\n514  Student survey (CT/26/03)\n\nNoted\n\n514.1  that the Registrar would bring the survey results to the June meeting.\n\nAction: Registrar\n\n515  Capital plan (CT/26/04)\n\nResolved\n\n515.1  to approve the capital plan for 2026/27.\n\nAction: Director of Finance and Registrar\n\n516  Risk register\n\nAction: Principal (risk appetite statement, May 2026)\n`);
  const items = doc.meeting!.items;
  assert.deepEqual(items.map((i) => i.number?.written.trim()), ['514', '515', '516']);
  assert.deepEqual(items.map((i) => i.actions.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text])), [
    [['that the Registrar would bring the survey results to the June meeting.', ['Registrar'], 'June meeting']],
    [['to approve the capital plan for 2026/27.', ['Director of Finance', 'Registrar'], undefined]],
    [['risk appetite statement', ['Principal'], 'May 2026']],
  ]);
});

test('family 7: an `Action:` line wrapped before the day its task is to be done on (`… on 14 October 2026.`) has that day as its due (other court, other words)', () => {
  const doc = parse(`UNIVERSITY OF WESTMARCH\n\nCOURT\n\nMinutes of the meeting of Court held on Monday 2 March 2026.\n\nPresent: Sir Hugh Dale (Chair), Professor Ada Quill (Principal).\n\nIn attendance: Dr Ben Rowe (Registrar), Ms Cara Finch (Director of Finance).\n\nCT/2026/14  Capital plan\n\nCourt discussed the phasing of the library works.\n\nAction: Director of Finance to present the revised phasing to the Estates Committee\non 14 October 2026.\n\nCT/2026/15  Student survey\n\nAction: Registrar to report on 2026 survey returns to Court.\n`);
  assert.deepEqual(doc.meeting!.items.map((i) => i.actions.map((a) => [a.owners.map((o) => o.text), a.due?.text, a.due?.date?.iso])), [
    [[['Director of Finance'], '14 October 2026', '2026-10-14']],
    // `on` before a year alone dates nothing
    [[['Registrar'], undefined, undefined]],
  ]);
});

test('family 7: a matters-arising minute that tells an earlier action\'s status by its minute is a review of that action, in other words', () => {
  const doc = parse(`UNIVERSITY OF WESTMARCH\n\nCOURT\n\nMinutes of the meeting of Court held on Monday 2 March 2026.\n\nPresent: Sir Hugh Dale (Chair).\n\n514  Matters arising\n\nNoted\n\n514.1  that the action at minute 488.2 (estates review) was completed, and that minute 490.1 (pay policy) remains in progress;\n\n514.2  that the review under minute 491 had been postponed until the next meeting.\n\n515  Any other business\n\nNoted\n\n515.1  that there was no other business.\n`);
  assert.deepEqual(doc.meeting!.statusReviews?.map((s) => [s.ref, s.status, s.written]), [
    ['488.2', 'done', 'completed'],
    ['490.1', 'open', 'in progress'],
    ['491', 'carried forward', 'postponed until the next meeting'],
  ]);
});

test('family 5 (school governing boards): a ratified list and a decision the page broke after its body read in another school\'s words', () => {
  const doc = parse(`Oakmere Academy\n\nMINUTES OF THE LOCAL GOVERNING BODY MEETING\n\nheld on Wednesday 2nd March 2022 at 5.30pm\n\nMin\tItem\tLead\n\n1.\tWelcome\tCH\n\tThe Chair opened the meeting.\n\n2.\tPolicies\tCH\n\tThe following policies were APPROVED:\n\t-\tSafeguarding Policy 2022 (minor changes)\n\t-\tBehaviour Policy\n\n3.\tAny other business\tCH\n\tThe trust has proposed a new clerk for the board. Trustees\n\tagreed to accept the proposal subject to references.\n`);
  assert.deepEqual(doc.meeting!.items.map((i) => i.decisions.map((d) => d.text)), [[], ['Safeguarding Policy 2022 (minor changes)'], ['to accept the proposal subject to references.']]);
});

test('family 5: another school\'s closing table of actions is the meeting\'s actions, an action written in an item and again as a row is the row, owners by initials', () => {
  const text = [
    'St Aidan\'s Catholic Primary School', '', 'MINUTES OF THE FULL GOVERNING BODY MEETING', '', 'held in school on Thursday 17th March 2022 at 5.00pm', '',
    'Governors present:', 'Mr M Hollins [MH] Chair (FG); Mrs W Okafor [WO] Headteacher (HT); Ms G Patel [GP] (PG)', '',
    'In attendance:', 'Mr E Varga [EV] Clerk to Governors', '', '',
    'Min\tItem\tLead', '',
    '1.\tWelcome and apologies\tMH', '\tThe Chair opened the meeting at 5.02pm.', '',
    '2.\tMinutes of the last meeting\tMH', '\tApproved as a true record. MH to sign the minutes in school.', '',
    '3.\tSafeguarding\tWO', '\tThe annual audit is due. GP and WO to review the audit before the summer', '\tterm.', '',
    '4.\tDate of next meeting\t', '\tThursday 12th May 2022 at 5.00pm.', '',
    'The meeting closed at 6.40pm.', '', '',
    'SUMMARY OF ACTIONS', '',
    'Ref\tAction\tOwner\tDue',
    'A1\tReview safeguarding audit\tGP/WO\t29/4/22',
    'A2\tBook governor training on SEND\tEV\tSummer 1',
    '', '', 'Signed ____________ (Chair)',
  ].join('\n');
  const a = analyse(text);
  const m = a.doc.meeting!;
  assert.deepEqual(m.items.map((i) => i.actions.map((x) => [x.text, x.owners.map((o) => resolveName(o.text, m))])), [[], [['sign the minutes in school', ['M Hollins']]], [], []]);
  assert.deepEqual((m.actions ?? []).map((x) => [x.text, x.owners.map((o) => resolveName(o.text, m)), x.due?.text]), [
    ['Review safeguarding audit', ['G Patel', 'W Okafor'], '29/4/22'],
    ['Book governor training on SEND', ['E Varga'], 'Summer 1'],
  ]);
});

test('family 5: a row that names the work, not the doing, restates the action of an item (one row, one action); an owner\'s other action stays', () => {
  const text = [
    'Holy Trinity CE Junior School', '', 'MINUTES OF THE FULL GOVERNING BOARD MEETING', '', 'held in the hall on Tuesday 7th June 2022 at 6.00pm', '',
    'Governors present:', 'Mr P Quayle [PQ] Chair (CoG); Mrs A Devlin [AD] Headteacher (HT); Ms S Rana [SR] (PG)', '',
    'In attendance:', 'Mr L Osei [LO] Clerk to Governors', '', '',
    'Min\tItem\tLead', '',
    '1.\tMinutes of the meeting held on 10th May 2022\tPQ', '\tApproved as a true record. PQ to sign.', '',
    '2.\tHeadteacher\'s report\tAD', '\tSR asked about reading scores.', '\tAD\tto circulate the reading scores before the autumn meeting.', '\tAD to write to parents about the uniform change.', '',
    '3.\tAny other business\tPQ', '\tNone.', '',
    'ACTIONS ARISING', 'No.\tAction\tWho\tBy when',
    '1\tSign minutes of 10.05.22\tPQ\tASAP',
    '2\tReading scores by year group\tAD\tAutumn 1',
    '', 'Signed: ........................ Chair',
  ].join('\n');
  const m = analyse(text).doc.meeting!;
  assert.deepEqual(m.items.map((i) => i.actions.map((x) => x.text)), [[], ['write to parents about the uniform change'], []]);
  assert.deepEqual((m.actions ?? []).map((x) => [x.text, x.owners.map((o) => o.text), x.due?.text]), [
    ['Sign minutes of 10.05.22', ['PQ'], 'ASAP'],
    ['Reading scores by year group', ['AD'], 'Autumn 1'],
  ]);
});

test('family 3: a parish\'s closing table restates the Clerk\'s undertaking under an item (`The Clerk will …`, the row\'s `Clerk`): the row is kept', () => {
  const text = [
    'ASHCOMBE PARISH COUNCIL', '', 'Minutes of the meeting held on Tuesday 3 June 2025 at 7.30pm in the Village Hall', '',
    'Present: Cllr R Hale (Chairman), Cllr T Moss, Cllr B Kerr', 'In attendance: S Lowe (Clerk)', '',
    '25/031\tPLAYING FIELD', 'The gate latch is broken. The Clerk will ask the contractor for a quote to', 'replace the latch by 30 June.', '',
    '25/032\tDATE OF NEXT MEETING', 'Tuesday 1 July 2025.', '',
    'ACTIONS FROM THIS MEETING', 'Min ref\tAction\tWho\tBy', '25/031\tQuote for the playing field gate latch\tClerk\t30 June', '',
  ].join('\n');
  const m = analyse(text).doc.meeting!;
  assert.deepEqual(m.items.map((i) => i.actions.length), [0, 0]);
  assert.deepEqual((m.actions ?? []).map((x) => [x.text, x.owners.map((o) => o.text), x.due?.text]), [['Quote for the playing field gate latch', ['Clerk'], '30 June']]);
});

test('a town board\'s follow-up table inside its members\' item is that item\'s actions, owners by post; the request written in an earlier item and again as a row is the row', () => {
  const text = [
    'TOWN OF ELMBROOK', 'SELECT BOARD', 'Minutes of the meeting of Monday, September 8, 2025', '',
    'Present: Chair Ruth Vance; Town Manager Owen Pike; Highway Superintendent Lena Marsh; Town Clerk Ada Brill', '',
    '1. HIGHWAYS', 'Residents asked for a crosswalk on Elm Avenue. The Board asked the Highway Superintendent to', 'study a crosswalk at Elm Avenue and Main Street and report back by September 22.', '',
    '2. SELECTMEN\'S CONCERNS AND FOLLOW-UP', 'Chair Vance thanked the volunteers for the fair.', 'Follow-up items', 'Requests\tAssigned to\tDue date',
    'Crosswalk study, Elm Avenue and Main Street\tHighway Superintendent\tSeptember 22', 'Post the fair accounts on the website\tTown Clerk\tSeptember 30', '',
    '3. ADJOURNMENT', 'The meeting adjourned at 8:40 p.m.', '',
  ].join('\n');
  const m = analyse(text).doc.meeting!;
  assert.deepEqual(m.items.map((i) => i.actions.map((x) => [x.text, x.owners.map((o) => o.text), x.due?.text])), [
    [], [['Crosswalk study, Elm Avenue and Main Street', ['Highway Superintendent'], 'September 22'], ['Post the fair accounts on the website', ['Town Clerk'], 'September 30']], [],
  ]);
  assert.equal(m.actions, undefined);
});

test('family 3: an apology\'s reason wrapped onto the next line in its brackets is the apology\'s; a departure and its item in one bracket are one qualifier', () => {
  const text = [
    'ASHCOMBE PARISH COUNCIL', '', 'Minutes of the meeting held on Tuesday 3 June 2025 at 7.30pm in the Village Hall', '',
    'Present:        Cllr R Hale (RH) – Chairman', '                Cllr T Moss (TM)', '',
    'In attendance:  S Lowe – Clerk (SL)', '                County Cllr Ann Dee (arrived 7.45pm, during item 25.032)', '',
    '25.031    To receive apologies for absence', '          Apologies were received and accepted from Cllr Bea Kerr and Cllr Joe Fenn', '          (work commitments). Cllr Sam Ito was absent.', '',
    '25.032    Playing field', '          The gate latch is broken.', '',
  ].join('\n');
  const m = analyse(text).doc.meeting!;
  const people = m.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, (p.qualifiers ?? []).map((q) => q.text).join('|')]));
  assert.deepEqual(people.filter(([k]) => k !== 'present'), [['inAttendance', 'S Lowe', ''], ['inAttendance', 'Ann Dee', 'arrived 7.45pm, during item 25.032'], ['apologies', 'Bea Kerr', ''], ['apologies', 'Joe Fenn', 'work commitments'], ['absent', 'Sam Ito', '']]);
});

test('family 1: ward members who attend without a vote are in attendance, the ward their body; a bracket wrapped inside the apologies sentence is one qualifier', () => {
  const text = [
    '                        ASHFORD VALE DISTRICT COUNCIL', '', '                           LICENSING COMMITTEE', '',
    '   MINUTES of the meeting of the Licensing Committee held at the Council Offices on Tuesday 4 March 2025', '',
    '   Members Present:', '', '   Cllr Ann Hale (Chairman)               Cllr Ben Kerr', '',
    '   Councillors also in attendance:', '   Cllr Cara Moss, Eastgate Ward', '',
    '   Apologies for absence were received from Cllr Dan Ives (Cllr', '   Kerr attended as his substitute) and Cllr Eve Lowe.', '', '',
    '   12/25  MINUTES', '', '          The minutes were approved.', '',
  ].join('\n');
  const m = analyse(text).doc.meeting!;
  const people = m.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.organisation ?? '', (p.qualifiers ?? []).map((q) => q.text).join('|')]));
  assert.deepEqual(people.filter(([k]) => k !== 'present'), [['inAttendance', 'Cara Moss', 'Eastgate Ward', ''], ['apologies', 'Dan Ives', '', 'Cllr Kerr attended as his substitute'], ['apologies', 'Eve Lowe', '', '']]);
});

test('family 3: an Action column beside an undertaking is one action, the sentence as written; the column word one blank after the stop', () => {
  const pad = (left: string, right: string): string => `${left.padEnd(76)}${right}`;
  const text = [
    'ASHCOMBE PARISH COUNCIL', '',
    'Minutes of the Ordinary Meeting of Ashcombe Parish Council held in the Village', 'Hall on Tuesday 3rd June 2025 at 7.30pm', '',
    'Present:        Cllr Ruth Hale (RH) – Chairman', '                Cllr Tom Moss (TM)', '',
    'In attendance:  Mrs Sue Lowe – Parish Clerk & RFO (SL)', '',
    pad('Item No   Item under discussion', 'Action'), '',
    '25.031    Playing field', '          a) Gate latch', '             The latch on the gate by the pavilion was reported broken.',
    pad('             The Clerk will ask the contractor to replace it before the', ''), pad('             summer holidays.', 'Clerk'),
    '          b) Bench', '             Cllr Hale and Cllr Moss will repaint the bench.                 RH/TM', '',
    '25.032    Finance', '          a) Budget', '             The Clerk will circulate the first draft of the 2026/27 budget',
    '             to all the members of the council by 31st October 2025 before the. Clerk'.replace('before the. ', 'in the autumn. '), '          b) Audit', '             The audit was noted.', '',
  ].join('\n');
  const m = analyse(text).doc.meeting!;
  const acts = m.items.flatMap((i) => i.actions.map((a) => [a.text, a.owners.map((o) => o.text).join('|')]));
  assert.deepEqual(acts, [
    ['The Clerk will ask the contractor to replace it before the summer holidays', 'Clerk'],
    ['Cllr Hale and Cllr Moss will repaint the bench', 'RH|TM'],
    ['The Clerk will circulate the first draft of the 2026/27 budget to all the members of the council by 31st October 2025 in the autumn', 'Clerk'],
  ]);
});

test('family 5: the clerk\'s undertaking in prose (`the clerk would add …`) is the closing table\'s row by the clerk\'s initials; another officer\'s is not', () => {
  const lines = (owner: string): string => [
    'Oakfield Primary School', '', 'Curriculum Committee', 'Minutes of the meeting held on Tuesday 4th February 2025 at 6pm', '',
    'Present: Mrs Ruth Abney (RA) Chair; Mr Tom Vance (TV) Headteacher', 'Also present: Mr Ian Gale (IG), Clerk', '',
    '1.\tMonitoring visits', '\tRA reported on her visit. It was agreed that the ' + owner + ' would add a', '\tsafeguarding question to the visit form.', '',
    '2.\tDate of next meeting', '\tTuesday 6th May 2025.', '',
    'Summary of actions', 'No.\tAction\tWho\tWhen', '1\tAdd safeguarding question to visit form\tIG\tBefore Easter', '',
  ].join('\n');
  const m = analyse(lines('clerk')).doc.meeting!;
  assert.deepEqual(m.items.map((i) => i.actions.length), [0, 0]);
  assert.deepEqual((m.actions ?? []).map((x) => [x.text, x.owners.map((o) => o.text), x.due?.text]), [['Add safeguarding question to visit form', ['IG'], 'Easter']]);
  // the chair is not the row's owner: the prose's action stays its own
  const other = analyse(lines('chair')).doc.meeting!;
  assert.deepEqual(other.items.map((i) => i.actions.length), [1, 0]);
});

test('family 10: a closing list of open tasks (owner, dash or colon, task) after the numbered topics is the meeting\'s actions; a task restated there is the list\'s', () => {
  const text = [
    '# Harbor Maintainers Sync — 2026-05-06', '', '| Name | GitHub |', '|---|---|', '| Ines Moreau | @imoreau |', '| Kofi Mensah | @kmensah |', '',
    '### 1. Release 2.4', '', '- Kofi: two blockers left.', '', '- [ ] @kmensah: publish the 2.4 changelog before the tag', '',
    '### 2. Docs', '', '- Ines will look at the site theme.', '', '- [ ] @imoreau — open an issue for the broken search box', '',
    '---', '', '## Action items (for next sync)', '',
    '- [ ] @kmensah — 2.4 changelog', '- [ ] @imoreau: issue for the search box', '- [ ] @imoreau — review the theme PR', '',
  ].join('\n');
  const m = analyse(text).doc.meeting!;
  assert.deepEqual(m.items.map((i) => i.actions.length), [0, 0]);
  assert.deepEqual((m.actions ?? []).map((x) => [x.text, x.owners.map((o) => o.text)]), [
    ['2.4 changelog', ['@kmensah']], ['issue for the search box', ['@imoreau']], ['review the theme PR', ['@imoreau']],
  ]);
  // a closing list with a line that is no owned task is not read as the meeting's actions
  const mixed = analyse(text.replace('- [ ] @imoreau — review the theme PR', '- [ ] Book the room')).doc.meeting!;
  assert.equal((mixed.actions ?? []).length, 0);
});

test('family 6: another wiki\'s carried-forward list, statuses after the actions\' words (one an owner), is a review, not new actions', () => {
  const text = [
    'Meetings/2022-03-09', 'Jump to navigation Jump to search', 'From Riverside Allotment Society', '',
    'Present: Dana Olsen (DO) (Chair); Femi Ade (FA) (minutes); Lars Berg (LB)', '',
    'Carried forward actions[edit | edit source]', '',
    '    1. ACTION: FA to order the new water butts. {{done}}',
    '    2. ACTION: DO and LB to mend the shed roof. DO: X mark.svg Cancelled; LB: Go-next-red.svg Carried forward',
    '    3. ACTION: LB to book the skip; the date is to be fixed.', '',
    'Plot lettings[edit | edit source]', '', 'Two plots were let.', '',
    'ACTION: DO to send the tenancy agreements by 1 April.', '',
  ].join('\n');
  const m = analyse(text).doc.meeting!;
  assert.deepEqual((m.statusReviews ?? []).map((r) => [r.ref, r.status, r.written]), [['1', 'done', '{{done}}'], ['2', 'dropped', 'Cancelled'], ['2', 'carried forward', 'Carried forward']]);
  // the third line gives no status: it stays an action as it was read
  assert.deepEqual(m.items.flatMap((i) => i.actions.map((x) => x.owners.map((o) => o.text).join('+'))), ['LB', 'DO']);
});

test('family 8: undertakings and requests to officers in another city\'s words are actions with their owners', () => {
  const doc = usCity('Council Member Webb asked about the pool hours. Mayor Ferris directed the Parks Director to post the\nsummer schedule online. Staff were asked to bring back options for weekend hours by May 4.\nAdministrator Lund agreed to circulate the lifeguard contract. The pool will be painted in April.');
  const item = doc.meeting!.items[1];
  assert.deepEqual(item.actions.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]), [
    ['post the summer schedule online', ['Parks Director'], undefined],
    ['bring back options for weekend hours by May 4', ['Staff'], 'May 4'],
    ['circulate the lifeguard contract', ['Administrator Lund'], undefined],
  ]);
});

test('family 8: a district\'s `… said staff would …` (its `that` left out) and a motion\'s `direct staff to …` are staff\'s actions, a wrapped meeting due on one line', () => {
  const doc = usCity('Council Member Webb asked about the pool hours. Administrator Lund said staff would post the\nsummer schedule online by May 4.\nMotion by Webb, second by Ferris, to approve the pool budget and direct staff to return with a fee schedule at the June 2, 2025\nmeeting. Motion carried 4-0.');
  const item = doc.meeting!.items[1];
  assert.deepEqual(item.actions.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]), [
    ['post the summer schedule online by May 4', ['staff'], 'May 4'],
    ['return with a fee schedule at the June 2, 2025 meeting', ['staff'], 'June 2, 2025 meeting'],
  ]);
});

test('family 8: a sub-item\'s title over an undertaking is a heading, not part of its subject', () => {
  const doc = usCity('A. Library Roof\nCity Engineer Ames will bring the roof survey to the May 4 meeting.\nB. Pool Hours\nThe pool will be painted in April.');
  assert.deepEqual(doc.meeting!.items[1].actions.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]), [
    ['bring the roof survey to the May 4 meeting', ['City Engineer Ames'], 'May 4 meeting'],
  ]);
});

/** A city council's minutes numbered `1.`, `2.` as a document viewer gives them (`debris`), or typed clean. */
function numberedCouncil(body: string, debris: boolean): MinutesDocument {
  return parse([
    ...(debris ? ['Loading...', 'HomeMy WebLinkAboutCC Minutes 2023-05-09'] : []),
    'CITY OF PINE HOLLOW', 'REGULAR CITY COUNCIL MEETING', 'Tuesday, May 9, 2023 – 7:00 p.m.', '',
    'COUNCIL PRESENT: Mayor Ruth Ekberg, Councilmembers Sam Oyelaran and Tess Vukovic', '',
    '1. CALL TO ORDER', 'Mayor Ekberg called the meeting to order at 7:00 p.m.', '',
    '2. PUBLIC COMMENT', body, '',
    '3. ADJOURNMENT', 'The meeting adjourned at 8:10 p.m.',
  ].join('\n'));
}

test('family 8: a council numbered 1., 2. in a page from a document viewer minutes its actions in prose: requests, directions across a page break, a hyphenated word', () => {
  const body = [
    'A resident asked about speeding on Birch Lane. Mayor Ekberg asked Fire Chief Lindgren to check the',
    'hydrant access. After discussion the Council directed the Superintendent to bring a traffic study',
    '                                   City Council Minutes',
    '                                   May 9, 2023',
    '                                   Page 2',
    'to the June 13 meeting. Staff were directed to prepare a speed-sign recom-',
    'mendation.',
  ].join('\n');
  const doc = numberedCouncil(body, true);
  assert.deepEqual(doc.meeting!.items[1].actions.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]), [
    ['check the hydrant access', ['Fire Chief Lindgren'], undefined],
    ['bring a traffic study to the June 13 meeting', ['Superintendent'], 'June 13 meeting'],
    ['prepare a speed-sign recommendation', ['Staff'], undefined],
  ]);
  // the same minutes saved clean (no page furniture) are still the board's, not our markup (no
  // `Date:` field, writtenInOurMarkup): its prose undertakings are its actions
  const clean = body.split('\n').filter((l) => !l.startsWith(' ')).join('\n');
  assert.deepEqual(numberedCouncil(clean, false).meeting!.items[1].actions.map((a) => a.text), ['check the hydrant access', 'bring a traffic study to the June 13 meeting', 'prepare a speed-sign recommendation']);
  // typed in our markup (a `Date:` field), a "will" or "asked … to" in a sentence is narrative: actions are `ACTION:` lines
  const ours = ['# Pine Hollow City Council', 'Date: 9 May 2023', '', '1. Public comment', clean, '', '2. Adjournment', 'The meeting adjourned at 8:10 p.m.'].join('\n');
  assert.deepEqual(parse(ours).meeting!.items[0].actions.length, 0);
  // a sentence ended before the page break is not joined to the page after it
  const ended = numberedCouncil(['Staff were directed to bring a traffic study.', '                                   Page 2', 'to be reviewed later.'].join('\n'), true);
  assert.deepEqual(ended.meeting!.items[1].actions.map((a) => a.text), ['bring a traffic study']);
});

// ---- actions, decisions and statuses as other boards of families 01, 03 and 04 write them ----------
// Each snippet is written as another council, parish or trust would write it (other owners, numbers,
// wording); what it must give is what a reader finds there.

interface Found { readonly text: string; readonly owners: string[]; readonly due?: string }
function actionsIn(text: string): Found[] {
  const m = parse(text).meeting!;
  return [...m.items.flatMap((i) => i.actions), ...(m.actions ?? [])].map((a) => ({ text: a.text, owners: a.owners.map((o) => o.text), ...(a.due ? { due: a.due.text } : {}) }));
}

test('family 01 (council committee, PDF, prefixed numbers): a capitals title the page wrapped, carried on with its qualifier, is one title', () => {
  const text = [
    'ASHCOMBE DISTRICT COUNCIL', '', 'Executive', '', 'Minutes of the meeting held on Tuesday, 4 November 2025', '',
    '   EXE 41     APOLOGIES FOR ABSENCE', '', '              None.', '',
    '   EXE 42     HOUSING REVENUE ACCOUNT BUSINESS PLAN AND RENT', '              SETTING 2026/27 (Key Decision)', '',
    '              RESOLVED – That the plan be approved.', '',
    '   EXE 43     WASTE CONTRACT', '              Members noted the report.', '',
    '   EXE 44     ANY OTHER BUSINESS', '', '              None.',
  ].join('\n');
  assert.deepEqual(parse(text).meeting?.items.map((i) => i.title), [
    'APOLOGIES FOR ABSENCE', 'HOUSING REVENUE ACCOUNT BUSINESS PLAN AND RENT SETTING 2026/27 (Key Decision)', 'WASTE CONTRACT', 'ANY OTHER BUSINESS',
  ]);
});

test('family 01 (county council committee, PDF, running numbers): the agenda\'s `(Item N)` under or after a heading is its reference, no part of the title (invented minutes)', () => {
  const text = [
    'WESTBRIDGE COUNTY COUNCIL', '', '        HIGHWAYS AND ENVIRONMENT CABINET COMMITTEE', '',
    '   MINUTES of a meeting of the Highways and Environment Cabinet', '   Committee held in the Council Chamber, County Hall on Tuesday,', '   3 March 2026.', '',
    '   PRESENT: Mr A Bell (Chairman), Mrs C Dunn', '',
    '   114.  Apologies and Substitutes', '         (Item 1)', '', '         Apologies were received from Mr E Frost.', '',
    '   115.  Declarations of Interests by Members in items on the Agenda (Item 2)', '', '         There were none.', '',
    '   116.  WINTER SERVICE PLAN AND THE GRITTING OF', '         SECONDARY ROUTES (Item 3a)', '', '         RESOLVED that the plan be approved.', '',
    '   117.  Bus Shelters (Key Decision)', '', '         RESOLVED that the report be noted.',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.equal(m.title?.value, 'HIGHWAYS AND ENVIRONMENT CABINET COMMITTEE');
  assert.deepEqual(m.items.map((i) => [i.number?.written, i.title, i.agendaRef]), [
    ['114', 'Apologies and Substitutes', '1'],
    ['115', 'Declarations of Interests by Members in items on the Agenda', '2'],
    ['116', 'WINTER SERVICE PLAN AND THE GRITTING OF SECONDARY ROUTES', '3a'],
    // a bracket that is no agenda number stays the title's
    ['117', 'Bus Shelters (Key Decision)', undefined],
  ]);
  const lines = text.split('\n');
  // the title's range ends with its last word, before the reference
  for (const i of m.items) assert.ok(lines[i.titleRange!.end.line].slice(0, i.titleRange!.end.character).endsWith(i.title.split(' ').pop()!), i.title);
});

test('family 07 (university board, PDF): a lettered paragraph the page wrapped after a relative word (`of which`) is no sub-item (invented minutes)', () => {
  const text = [
    'UNIVERSITY OF WESTMARCH', 'COURT', 'Minutes of the meeting held on Monday 2 March 2026', '', 'Present:   Sir Hugh Dale (Chair)', '',
    'CT/26/10   ESTATES PROGRAMME (CT/26/P04)', '           (a) The Director of Estates presented the programme, with the', '               new Science Building (€30m).',
    '           (b) Members discussed the loan for the building, of which', '               €12m would come from reserves.',
    '           Court APPROVED the programme.', '',
    'CT/26/11   REPORTS OF COMMITTEES', '           (a) Audit Committee', '           Court NOTED the report.',
  ].join('\n');
  assert.deepEqual(parse(text).meeting!.items.map((i) => (i.subItems ?? []).map((c) => [c.number?.written, c.title])), [[], [['(a)', 'Audit Committee']]]);
});

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

test('family 01: an officer whose title holds `and` is one owner (`Director of Finance and Procurement`); two officers joined by `and` stay two', () => {
  const text = [
    'KESTREL VALE FIRE AND RESCUE AUTHORITY', '', 'Resources Committee', '', 'Minutes of the meeting held on Wednesday, 22 January 2025', '',
    '   114.    REVENUE BUDGET MONITORING', '',
    '           RESOLVED – That £150,000 be transferred to the equipment reserve.', '',
    '           ACTION:\tDirector of Finance and Procurement', '',
    '   115.    ESTATES', '',
    '           RESOLVED – That the depot lease be renewed.', '',
    '           ACTION: Director of Estates and Chief Financial Officer', '',
    '   116.    MEMBER DEVELOPMENT', '',
    '           RESOLVED – That a training day be arranged.', '',
    '           ACTION: Governance and Member Services Officer', '',
  ].join('\n');
  // (its first part no owner of its own: `Governance and Member Services Officer` is one officer)
  assert.deepEqual(actionsIn(text).map((a) => a.owners), [['Director of Finance and Procurement'], ['Director of Estates', 'Chief Financial Officer'], ['Governance and Member Services Officer']]);
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

test('family 03 (parish council) labelling some actions: prose undertakings read too, an owner line restating one, `TO` in capitals, a post by its last word', () => {
  const text = [
    'ASHWELL MAGNA PARISH COUNCIL', '', 'Minutes of the Meeting held on Wednesday 11th March 2009', '',
    'Present: Cllr Mr R Blythe (Chairman), Cllr Mrs J Corrie and Cllr Mr H Pugh.',
    'In attendance: Mrs D Vane (Parish Clerk); Mr K Orr (Lengthsman and Tree Warden).', '',
    'AM/101/08-09 MATTERS ARISING', 'The grit bin has been filled. The Clerk\tto ask the Highways Authority to repair the', 'kerb at Church Lane.', 'ACTION: Clerk', '',
    'AM/102/08-09 PLAYING FIELD', 'Cllr Pugh reported that the swings are worn.', 'RESOLVED to replace the swing seats. (3 for, 0 against)', 'ACTION: HP', '',
    'AM/103/08-09 FOOTPATHS', 'Cllr Corrie to walk footpath 12 with the Lengthsman by 31 March.', 'ACTION: RB TO order a new waymark before the April meeting.', '',
    'AM/104/08-09 VILLAGE HALL', 'The hall committee reported on the roof, which the Lengthsman agreed to inspect.', '',
    'AM/105/08-09 CLOSURE', 'The meeting closed at 9.00pm.',
  ].join('\n');
  const m = parse(text).meeting!;
  const found = m.items.flatMap((i) => i.actions).map((a) => [a.text, a.owners.map((o) => resolveName(o.text, m)), a.due?.text]);
  assert.deepEqual(found, [
    // `ACTION: Clerk` restates the undertaking above: one action, the undertaking's own sentence (not the grit bin's)
    ['ask the Highways Authority to repair the kerb at Church Lane', ['D Vane'], undefined],
    // an owner under a resolution that closes the paragraph on its own line: the resolution is the task (its words, the vote after them the vote's)
    ['to replace the swing seats.', ['H Pugh'], undefined],
    ['walk footpath 12 with the Lengthsman by 31 March', ['J Corrie'], '31 March'],
    ['order a new waymark before the April meeting', ['R Blythe'], 'April meeting'],
    // near miss: `which the Lengthsman agreed to inspect` has no task of its own (its object is the roof before it)
  ]);
  // a joint post of two offices (`Lengthsman and Tree Warden`): either names its holder
  assert.equal(resolveName('Tree Warden', m), 'K Orr');
});

test('family 03: a post by its last word only where one person holds such a post, never a deputy\'s', () => {
  const m = parse([
    'BRENT KNOLL TOWN COUNCIL', '', 'Minutes of the Meeting held on Monday 2 March 2026', '',
    'Present: Cllr A Dee (Mayor), Cllr B Eel (Deputy Mayor)', 'In attendance: Mrs C Fox (Deputy Clerk); Mr G Hart (Finance Officer); Ms I Jay (Projects Officer)', '',
    'BK26/01 APOLOGIES', 'None.',
  ].join('\n')).meeting!;
  assert.equal(resolveName('Clerk', m), 'Clerk'); // the Deputy Clerk is not the Clerk
  assert.equal(resolveName('Officer', m), 'Officer'); // two officers: none is "the Officer"
  assert.equal(resolveName('Mayor', m), 'A Dee');
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
  // (the column's owner takes the sentence its cell ends: what was reported before it is no task)
  assert.deepEqual(actionsIn(text), [{ text: 'RA asked for a savings plan by ward', owners: ['OH'] }]);
  assert.ok(m.items.flatMap((i) => i.decisions).some((d) => d.text === 'to close action 207'), 'the board agreed to close action 207');
  assert.deepEqual((m.statusReviews ?? []).map((r) => [r.ref, r.status, r.written]), [['207', 'done', 'Complete'], ['211', 'open', 'In progress']]);
});

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

/** Another council's web page of the family of heldOut2/02: its running numbers printed short, alone on their lines, links to papers after the titles. */
const SHORT_NUMBERS = [
  'Agenda and minutes',
  'Licensing Committee - Monday, 3rd March, 2025 10.00 am',
  'Venue: Council Chamber, Civic Offices. View directions',
  '',
  'No.\tItem',
  '',
  '4/25',
  'APOLOGIES FOR ABSENCE',
  'Minutes:',
  'Apologies were received from Councillor Jo Pell.',
  '',
  '5/25',
  'TO CONFIRM THE MINUTES OF THE MEETING HELD ON 3RD FEBRUARY, 2025 (PDF, 182KB)',
  'Minutes:',
  'RESOLVED that the minutes be confirmed.',
  '',
  '6/25',
  'STREET TRADING POLICY REVIEW AND CONSULTATION RESPONSES FROM TRADERS AND RESIDENTS PDF 2 MB',
  'Minutes:',
  'RESOLVED that the policy be adopted.',
  '',
  '7/25',
  'FEES AND CHARGES docx icon',
  'Minutes:',
  'RESOLVED that the fees be noted.',
  '',
].join('\n');

test('family 02 (a council web page): running numbers the board prints short (`4/25`) are its own, and a paper\'s link after a title in any of its forms is debris', () => {
  const a = analyse(SHORT_NUMBERS);
  const items = a.doc.meeting!.items;
  assert.deepEqual(items.map((i) => `${i.number?.written} ${i.title}`), [
    '4/25 APOLOGIES FOR ABSENCE',
    '5/25 TO CONFIRM THE MINUTES OF THE MEETING HELD ON 3RD FEBRUARY, 2025',
    '6/25 STREET TRADING POLICY REVIEW AND CONSULTATION RESPONSES FROM TRADERS AND RESIDENTS',
    '7/25 FEES AND CHARGES',
  ]);
  assert.deepEqual(a.findings.filter((f) => /malformed-number|number-out-of-sequence|duplicate-number/.test(f.code)).map((f) => f.message), []);
  // import writes the numbers as the board printed them (`012/25` would be another number)
  assert.match(importPublished(SHORT_NUMBERS, DEFAULT_SETTINGS, TODAY), /^5\/25 TO CONFIRM THE MINUTES/m);
  // a near miss: one short number among padded ones is a slip, and keeps its warning and fix
  const slip = SHORT_NUMBERS.replace(/^4\/25$/m, '004/25').replace(/^6\/25$/m, '006/25').replace(/^7\/25$/m, '007/25');
  assert.deepEqual(analyse(slip).findings.filter((f) => f.code === 'minutes/malformed-number').map((f) => f.message), ['Minute number "5/25" is not written as NNN/YY: the item number has fewer than three digits. Write 005/25.']);
});

test('another board of the corpus family: an action to come back "at a future meeting" has that meeting as its due (other wording, other boards)', () => {
  const text = [
    '## POLICE, FIRE AND CRIME PANEL', '', 'Thursday 14th March 2024', '',
    '041/24\t<p>Item 3 – Road Safety</p> <p>Action: The evaluation of the speed camera pilot is to be reported to a later Panel meeting.</p>',
    '042/24\t<p>Item 4 – Custody</p> <p>ACTION: The findings of the custody audit to be brought back at a future meeting.</p> <p>ACTION: Clerk to circulate the report by the next meeting.</p>',
    '043/24\t<p>Item 5 – Estates</p> <p>ACTION: Estates paper to go to a board meeting.</p>', '',
  ].join('\n');
  const actions = parse(text).meeting!.items.flatMap((i) => i.actions);
  // the words after `by`, as a reader writes them, without "the" (readerExpectations: `next meeting`)
  assert.deepEqual(actions.map((a) => a.due?.text), ['a later Panel meeting', 'a future meeting', 'next meeting', undefined]);
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

test('family 02 (a council web page of a panel): a document noted in the passive, `RESOLVED that` over its parts, "the action … closed" under `Minute N - …` (other panel, other words)', () => {
  const text = [
    'Agenda and minutes', '',
    'Northfold Fire and Rescue Scrutiny Panel - Tuesday, 14th May, 2024 2.00 pm', '',
    'Items', 'No.\tItem', '',
    '1.', '', 'MATTERS ARISING', '',
    '1.1', '', 'Minute 12 - Station Response Times', '', 'Minutes:', '',
    'The briefing note issued with the agenda was duly noted. Members heard that the outstanding action had been closed.', '',
    '2.', '', 'BUDGET MONITORING', '', 'Minutes:', '',
    'It was noted that the overspend had fallen.', '',
    'RESOLVED that', '', '(1)  the report be noted;', '', '(2)  the Treasurer report again in July.', '',
    '3.', '', 'ANY OTHER BUSINESS', '', 'Minutes:', '',
    'The action on hydrant checks was discussed.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.map((i) => i.decisions.map((d) => [d.text, d.parts ?? []])), [
    [['The briefing note issued with the agenda was duly noted', []]],
    // `It was noted that` is a point of the discussion, not a decision
    // (its words stop with the first part; its parts are both, the blank line between them no end)
    [['that (1)  the report be noted;', ['(1)  the report be noted;', '(2)  the Treasurer report again in July.']]],
    [],
  ]);
  // the action is named by the minute the sub-item follows up; a mere mention of an action tells no status
  assert.deepEqual((m.statusReviews ?? []).map((r) => `${r.ref} ${r.status} (${r.written})`), ['Minute 12 done (closed)']);
});

test('family 02 (a council web page of a panel): actions told in the prose and in a resolution that directs (other panel, other words)', () => {
  const text = [
    'Agenda and minutes', '',
    'Northfold Fire and Rescue Scrutiny Panel - Tuesday, 14th May, 2024 2.00 pm', '',
    'Items', 'No.\tItem', '',
    '1.', '', 'QUESTIONS TO THE CHIEF FIRE OFFICER', '', 'Minutes:', '',
    'Councillor Amis asked about call handling. The Chief Fire Officer explained that a review had begun and that she would circulate its findings to members in the autumn.', '',
    'Mr Dewhurst offered to send the figures to Councillor Amis by 31st May, 2024.', '',
    'The Chair said that he would like to thank the crews.', '',
    '2.', '', 'BUDGET MONITORING', '', 'Minutes:', '',
    'RESOLVED that', '', '(i)  the report be noted;', '', '(ii)  the Treasurer bring the outturn to the Panel before the meeting on Tuesday, 9th July, 2024;', '',
    '(iii)  the reserves policy be reviewed.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  const actions = m.items.flatMap((i) => i.actions.map((a) => [a.owners.map((o) => o.text).join('|'), a.text, a.due?.text]));
  assert.deepEqual(actions, [
    ['The Chief Fire Officer', 'circulate its findings to members in the autumn', undefined],
    ['Mr Dewhurst', 'send the figures to Councillor Amis by 31st May, 2024', '31st May, 2024'],
    // a wish is no task; a part in the passive owns nothing
    ['the Treasurer', 'bring the outturn to the Panel before the meeting on Tuesday, 9th July, 2024', '9th July, 2024'],
  ]);
});

test('family 02: an officer who "would" bring something back is an undertaking, its meeting the due; a forecast or a wish is none (other panel, other words)', () => {
  const text = [
    'Agenda and minutes', '',
    'Eastmarsh Overview and Scrutiny Panel - Monday, 9th February, 2026 6.30 pm', '',
    'Items', 'No.\tItem', '',
    '12.', '', 'BUS SERVICES REVIEW', '', 'Minutes:', '',
    'Members asked about cancelled journeys on route 14; the Head of Transport would report back to the March meeting.', '',
    'The Leader replied that the new timetable would start in April. The Chair said that she would like to thank the drivers.', '',
    '13.', '', 'CAR PARKING CHARGES', '', 'Minutes:', '',
    'Councillor Ruddock asked about blue badge spaces. Officers would look into the layout at Quay Street by the end of March.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.flatMap((i) => i.actions.map((a) => [a.owners.map((o) => o.text).join('|'), a.text, a.due?.text])), [
    ['the Head of Transport', 'report back to the March meeting', 'March meeting'],
    ['Officers', 'look into the layout at Quay Street by the end of March', 'end of March'],
  ]);
});

test('family 09 (a working group\'s scribe log): an ACTION line wrapped before its due date has that due, the next call the next meeting (other group, other words)', () => {
  const doc = parse([
    '   W3C', '', '                                 – DRAFT –', '                     Maps for All Community Group', '', '                                04 February 2025', '',
    'Attendees', '', '   Present', '          Ines_Moreau, raj, Tobias_K', '', '   Chair', '          Ines_Moreau', '',
    'Contents', '', '    1. [2]Tiles', '    2. [3]Next teleconference', '', 'Meeting minutes', '',
    'Tiles', '',
    '   Ines: the tile spec needs an example', '',
    '   ACTION: Tobias to write the example tile for the spec text by the',
    '   next telecon', '',
    '   ACTION: raj to check the licence of the base map', '',
    'Next teleconference', '', '   Ines: next call 18 February, same time', '',
  ].join('\n'));
  const actions = doc.meeting!.items.flatMap((i) => i.actions);
  assert.deepEqual(actions.map((a) => [a.text, a.due?.text, a.due?.nextMeeting]), [
    ['write the example tile for the spec text by the next telecon', 'next telecon', true],
    ['check the licence of the base map', undefined, undefined],
  ]);
  // someone of the lists named by a handle in small letters owns the action as written
  assert.deepEqual(actions.map((a) => a.owners.map((o) => o.text)), [['Tobias'], ['raj']]);
});

test('family 09: the tracker bot\'s answer under an ACTION line gives its due, wrapped over the lines below (other group, other words)', () => {
  const doc = parse([
    ...scribeHead('Open Transit Data Working Group', '12 March 2025', 'Greta_Lind, Omar_Haddad, Yuki_Sato', 'Greta', ['Stop codes', 'Next teleconference']),
    'Stop codes', '',
    '   Greta: who can check the feeds?', '',
    '   ACTION: Omar to compare the stop codes of the two feeds and list the',
    '   mismatches',
    '   <trackbot> Created ACTION-88 - Compare the stop codes of the two feeds',
    '   and list the mismatches [on Omar Haddad - due', '   2025-03-19].', '',
    '   ACTION: Yuki to write to the editors', '',
    '   <Greta> Yuki, by the next call please', '',
    'Next teleconference', '', '   Greta: next call 26 March', '',
  ].join('\n'));
  const actions = doc.meeting!.items.flatMap((i) => i.actions);
  assert.deepEqual(actions.map((a) => [a.text, a.due?.text, a.due?.date?.iso]), [
    ['compare the stop codes of the two feeds and list the mismatches', '2025-03-19', '2025-03-19'],
    // a chair's line is no tracker's answer
    ['write to the editors', undefined, undefined],
  ]);
  const due = actions[0].due!;
  assert.deepEqual([due.range.start, due.range.end], [{ line: 30, character: 3 }, { line: 30, character: 13 }]);
});

test('family 6: a closing `Action items` list whose boxes and chips the copy lost (owner, `to`, task, the due chip\'s date) is the meeting\'s actions, and an item\'s action it restates is the row (other club, other words)', () => {
  const m = parse([
    'Harbour Sailing Club – Committee meeting, 4 March 2025', '',
    'Present: Greta Lind (Commodore), Omar Haddad (Treasurer), Yuki Sato (Secretary)', '',
    '1. Subscriptions', 'OH presented the options.', 'Action: OH to cost a junior rate for the April meeting.', '',
    '2. Any other business', 'None.', '',
    'Action items',
    'Omar Haddad to cost a junior subscription rate for the April meeting',
    'Greta Lind to ask the harbour master for the new mooring tariff 2 Apr 2025',
    'Yuki Sato to book the clubhouse for the regatta 20 Mar 2025', '',
  ].join('\n')).meeting!;
  assert.deepEqual(m.items.map((i) => i.actions.length), [0, 0]);
  assert.deepEqual((m.actions ?? []).map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text, a.due?.date?.iso]), [
    ['cost a junior subscription rate for the April meeting', ['Omar Haddad'], 'April meeting', undefined],
    ['ask the harbour master for the new mooring tariff', ['Greta Lind'], '2 Apr 2025', '2025-04-02'],
    ['book the clubhouse for the regatta', ['Yuki Sato'], '20 Mar 2025', '2025-03-20'],
  ]);
});

test('family 6: in a page of heading items, a closing `Action items` list that is no heading is the meeting\'s actions, the item\'s action it restates the row; a heading `Action items` stays an item (other club, other words)', () => {
  const page = (closing: string): string => [
    '# Harbour Sailing Club committee, 4 March 2025', '',
    'Present: Greta Lind (Commodore), Omar Haddad (Treasurer)', '',
    '## Subscriptions', '', 'Action: OH to cost a junior rate for the April meeting.', '',
    '## Moorings', '', 'The tariff rises in May.', '',
    closing,
    'Omar Haddad to cost a junior subscription rate for the April meeting',
    'Greta Lind to ask the harbour master for the new mooring tariff 2 Apr 2025', '',
  ].join('\n');
  const m = parse(page('Action items')).meeting!;
  assert.deepEqual(m.items.map((i) => [i.title, i.actions.length]), [['Subscriptions', 0], ['Moorings', 0]]);
  assert.deepEqual((m.actions ?? []).map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]), [
    ['cost a junior subscription rate for the April meeting', ['Omar Haddad'], 'April meeting'],
    ['ask the harbour master for the new mooring tariff', ['Greta Lind'], '2 Apr 2025'],
  ]);
  // a heading: the page's own item, not a closing list
  assert.deepEqual(parse(page('## Action items')).meeting!.items.map((i) => i.title), ['Subscriptions', 'Moorings', 'Action items']);
});

/** A scribe tool's head: the group, the day, who was present, the chair, the topics' contents. */
function scribeHead(group: string, day: string, present: string, chair: string, topics: readonly string[]): string[] {
  const centred = (t: string, at: number): string => `${' '.repeat(at)}${t}`;
  return [
    '   W3C', '', centred('– DRAFT –', 33), centred(group, 21), '', centred(day, 32), '',
    'Attendees', '', '   Present', centred(present, 10), '', '   Chair', centred(chair, 10), '',
    'Contents', '', ...topics.map((t, k) => `    ${k + 1}. [${k + 2}]${t}`), '', 'Meeting minutes', '',
  ];
}

test('family 09: an ACTION line naming two people by their first names, wrapped after `by` before the day (other group, other words)', () => {
  const doc = parse([
    ...scribeHead('Open Transit Data Working Group', '12 March 2025', 'Greta_Lind, Omar_Haddad, Yuki_Sato', 'Greta', ['Stop codes', 'Next teleconference']),
    'Stop codes', '',
    '   Greta: who can check the feeds?', '',
    '   ACTION: Omar and Yuki to compare the stop codes of the two feeds before', '   31 March', '',
    '   ACTION: Greta to write to the editors with the findings by', '   12 stops of the feed, not by date', '',
    'Next teleconference', '', '   Greta: next call 26 March', '',
  ].join('\n'));
  const m = doc.meeting!;
  const actions = m.items.flatMap((i) => i.actions);
  assert.deepEqual(actions.map((a) => [a.owners.map((o) => { const r = resolveMention(o.text, m); return 'person' in r ? r.person?.name.display : o.text; }), a.text, a.due?.text]), [
    [['Omar Haddad', 'Yuki Sato'], 'compare the stop codes of the two feeds before 31 March', '31 March'],
    // a near miss: the line below `by` opens with a number that is no due date, so it is no part of the task
    [['Greta Lind'], 'write to the editors with the findings by', undefined],
  ]);
});

test('family 01: `ACTION BY:` an officer, `DUE:` a date, under a resolution in parts: the resolution is the task (other council, other words)', () => {
  const text = [
    'ESKDALE BOROUGH COUNCIL\n\nSTANDARDS COMMITTEE\n\nMinutes of a meeting held on Monday, 8 September 2025 at 6.30 pm\n',
    '   PRESENT:    Councillors Maya Ortiz (Chair) and Lee Fenwick\n\n   21.         CODE OF CONDUCT COMPLAINTS\n',
    ...['RESOLVED – That the Committee:', '(a)  notes the annual report on complaints;', '(b)  asks for a review of the procedure.', ''].map((l) => (l ? `               ${l}` : l)),
    '               ACTION BY: Monitoring Officer             DUE: 30 September 2025', '',
    '   22.         WORK PROGRAMME', '',
    '               RESOLVED – That the work programme be noted.',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.flatMap((i) => i.actions.map((a) => [a.text.slice(0, 40), a.owners.map((o) => o.text), a.due?.text])), [
    ['That the Committee: (a)  notes the annua', ['Monitoring Officer'], '30 September 2025'],
  ]);
});

test('family 04: an owner column beside unnumbered paragraphs takes the paragraph its initials stand by, not the list or the short lines above (other trust, other words)', () => {
  const text = [
    'Westmoor Community Health NHS Trust', 'Council of Governors', 'Minutes of the meeting held in public on Thursday 4 December 2025', '',
    'Present:', 'Ms Ruth Adams\tChair\tRA', 'Mr Paul Quinn\tPublic Governor\tPQ', 'Dr Ann Lowe\tChief Executive\tAL', 'Ms Jo Burt\tTrust Secretary\tJB', '',
    'CoG/25/50\tCHIEF EXECUTIVE\'S UPDATE',
    'AL gave an update on:',
    '-\tthe new community diagnostic centre at Westmoor, opening in March;',
    '-\tthe winter vaccination programme for staff, now at 61% uptake.',
    'PQ asked what was being done about the delays in the podiatry service in the west. AL',
    'said that two new posts had been filled; she would bring the waiting list figures back.\t\tAL',
    'The Council of Governors NOTED the update.',
    'CoG/25/51\tQUESTIONS TO NON-EXECUTIVE DIRECTORS',
    'RA joined the meeting and welcomed the new governors to their first formal meeting.',
    'PQ asked how the Board was sighted on the findings of the patient survey in the east.',
    'RA explained that the Quality Committee reviewed the survey each quarter.',
    'PQ asked for the survey summary to be shared with governors.',
    'ACTION: JB',
    'CoG/25/52\tANY OTHER BUSINESS',
    'None.',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.flatMap((i) => i.actions.map((a) => [a.text.slice(0, 49).trim(), a.owners.map((o) => o.text)])), [
    ['PQ asked what was being done about the delays in', ['AL']],
    ['PQ asked for the survey summary to be shared with', ['JB']],
  ]);
});

test('family 03: a role word in the Action column (`Clerk`, `Chair`) owns the paragraph beside it, for the listed person who holds the role (other parish, other words)', () => {
  const pad = (s: string, w: string): string => s + ' '.repeat(Math.max(6, 72 - s.length)) + w;
  const text = [
    'ASHBY MAGNA PARISH COUNCIL', '', 'Minutes of the Meeting of Ashby Magna Parish Council held on Tuesday 3rd June 2025 at 7.00pm', '',
    'Present:        Cllr Ann Thorpe (AT) – Chairman', '                Cllr Bill Nash (BN)', '',
    'In attendance:  Mr Ian Vale – Parish Clerk (IV)', '',
    '25.041    Play area',
    '          A parent asked when the swings would be repaired; the', pad('          Council had reported the damage in May.', 'Clerk'), '',
    '25.042    Allotments',
    '          Cllr Nash asked that the tenants be written to about', pad('          the water charges.', 'Chair'), '',
    '25.043    Village news',
    '          Cllr Nash spoke about the fete, said the Clerk', '',
  ].join('\n');
  const m = parse(text).meeting!;
  const who = (o: string): string => { const r = resolveMention(o, m); return 'person' in r && r.person ? r.person.name.display : o; };
  assert.deepEqual(m.items.flatMap((i) => i.actions.map((a) => [a.text.slice(0, 40).trim(), a.owners.map((o) => who(o.text))])), [
    ['A parent asked when the swings would be', ['Ian Vale']],
    ['Cllr Nash asked that the tenants be writ', ['Ann Thorpe']],
  ]);
});

test('family 05: an action line\'s owner in initials is the listed governor once the list with its initials column is read (other school, other words)', () => {
  const text = [
    'Ashgrove Primary School', 'Full Governing Board', '', 'Minutes of the meeting held on Monday 9 March 2026 at 6pm', '',
    'Present: Mrs Jane Ellory (JE) (Chair), Mr Tariq Noon (TN) (Headteacher)', '',
    '1.\tStaffing',
    '\tTN outlined the staffing plan.',
    '\tAction: TN to share the revised structure with governors by 20 March.', '',
    '2.\tClose', '\tThe meeting closed at 7.40pm.',
  ].join('\n');
  const m = parse(text).meeting!;
  const who = (o: string): string => { const r = resolveMention(o, m); return 'person' in r && r.person ? r.person.name.display : o; };
  assert.deepEqual(m.items.flatMap((i) => i.actions.map((a) => [a.text.slice(0, 41), a.owners.map((o) => who(o.text)), a.due?.text])), [
    ['share the revised structure with governor', ['Tariq Noon'], '20 March'],
  ]);
});

test('family 01: an owner named by post is the listed officer who holds it (the officers one a line under their heading)', () => {
  const text = [
    'MARLOW VALE DISTRICT COUNCIL', '', 'PLANNING COMMITTEE', '', 'Minutes of the meeting held on Wednesday, 4 June 2025 at 7.00 pm', '',
    '   PRESENT:    Councillors Alan Briggs (Chair), Tessa Okoro and Dan Whitlow', '',
    '   OFFICERS:', '               Helen Marsh – Head of Planning and Building Control', '               Omar Said – Principal Planning Officer', '',
    '   21.         ENFORCEMENT PLAN', '',
    '               RESOLVED – That the enforcement plan be approved.', '',
    '               ACTION: Head of Planning and Building Control to publish the', '               plan on the website by 30 June 2025.', '',
    '   22.         TREE PRESERVATION ORDERS', '',
    '               RESOLVED – That the order at Mill Lane be confirmed.', '',
    '               ACTION: Principal Planning Officer', '',
    '   23.         WORK PROGRAMME', '',
    '               RESOLVED – That the work programme be noted.',
  ].join('\n');
  const m = parse(text).meeting!;
  const owners = m.items.flatMap((i) => i.actions.map((a) => a.owners.map((o) => { const r = resolveMention(o.text, m); return 'person' in r ? r.person?.name.display : undefined; })));
  assert.deepEqual(owners, [['Helen Marsh'], ['Omar Said']]);
  assert.deepEqual(actionsIn(text).map((a) => [a.text, a.due]), [['publish the plan on the website by 30 June 2025', '30 June 2025'], ['That the order at Mill Lane be confirmed.', undefined]]);
});

test('family 05: owners by initials in a closing action table are the listed governors (the lists as a Present line, read today)', () => {
  const text = [
    'Brookfield Primary Academy', '', 'MINUTES OF THE LOCAL GOVERNING BODY MEETING', 'Held in the library on Tuesday 14th January 2025 at 5.00pm', '',
    'Present: Mr K Adeyemi (KA) Chair; Mrs R Holt (RH) Headteacher; Ms T Nwosu (TN)', 'Also present: Mrs G Farr (GF), Clerk', '',
    'Min\tItem\tLead', '1.\tWelcome and apologies\tKA', '\tKA welcomed governors.', '2.\tHeadteacher\'s report\tRH', '\tRH presented her report.', '',
    'ACTIONS ARISING', 'No.\tAction\tWho\tBy when', '1\tCirculate the reading action plan\tRH\t31/01/25', '2\tSafeguarding link visit\tTN\tnext meeting',
  ].join('\n');
  const m = parse(text).meeting!;
  const all = [...m.items.flatMap((i) => i.actions), ...(m.actions ?? [])];
  assert.deepEqual(all.map((a) => [a.text, a.owners.map((o) => resolveName(o.text, m)), a.due?.text]), [
    ['Circulate the reading action plan', ['R Holt'], '31/01/25'],
    ['Safeguarding link visit', ['T Nwosu'], 'next meeting'],
  ]);
});

test('family 04: initials far to the right of a paragraph\'s last line own it, a board named as the due (the lists read today)', () => {
  const text = [
    'Westfen Ambulance Service NHS Trust', 'TRUST BOARD (PUBLIC)', 'Minutes of the meeting held on Thursday 6 March 2025', '',
    'Present:', 'Lena Price (LP) Chair', 'Tom Okafor (TO) Director of Finance', 'Ravi Shah (RS) Director of Operations', '',
    'Minute                                                                              Action',
    'TB/25/11 PERFORMANCE REPORT',
    '11.1 LP asked how delays at Fenbridge were being escalated.',
    'RS said a joint protocol had been agreed and would be shared with the Board.          RS',
    '11.2 The Board NOTED the report.',
    'TB/25/12 FINANCE REPORT',
    '12.1 LP asked for a recovery plan to come to the May Board.                           TO',
    '12.2 The Board NOTED the financial position.',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.flatMap((i) => i.actions.map((a) => [a.text.split(/[.]/)[0], a.owners.map((o) => resolveName(o.text, m)), a.due?.text])), [
    ['LP asked how delays at Fenbridge were being escalated', ['Ravi Shah'], undefined],
    ['LP asked for a recovery plan to come to the May Board', ['Tom Okafor'], 'May Board'],
  ]);
});

test('another board of the corpus family: an item\'s lettered parts printed bold in its cell are its sub-items; import writes them `(a) Title`, one a line, and Format keeps them', () => {
  const notes = (cell: string): string => [
    '## POLICE, FIRE AND CRIME PANEL', '', 'Thursday 14<sup>th</sup> March 2024', '',
    '### Attendees:', '', 'Aled Pritchard\t:\tChief Executive', 'Rhian Morgan\t:\tPanel Member', '',
    '<p>051/2 4</p>\t<p><b>Road Safety</b></p> <p>The Panel discussed speed cameras.</p>',
    `<p>052/2 4</p>\t<p><b>Panel Work Programme:</b></p> ${cell} <p>There are 2 actions outstanding</p>`,
    '<p>053/2 4</p>\t<p><b>Date of the next meeting: 11<sup>th</sup> April 2024</b></p>', '',
  ].join('\n');
  const subs = (text: string) => parse(text).meeting!.items.map((i) => (i.subItems ?? []).map((x) => `${x.number?.written} ${x.title}`));
  // other letters, other titles, one part or three
  assert.deepEqual(subs(notes('<p><b>a. Panel work programme for noting</b>  <b>b. Panel Actions and Lines of Enquiry</b></p>')), [[], ['a Panel work programme for noting', 'b Panel Actions and Lines of Enquiry'], []]);
  assert.deepEqual(subs(notes('<p><b>e. Forward Plan</b>  <b>f. Estates Update</b>  <b>g. Budget Monitoring 2024/25</b></p>')), [[], ['e Forward Plan', 'f Estates Update', 'g Budget Monitoring 2024/25'], []]);
  assert.deepEqual(subs(notes('<p><b>b. Panel Actions</b></p>')), [[], ['b Panel Actions'], []]);
  // not parts: a sentence after a letter, letters out of order, a letter not printed bold
  assert.deepEqual(subs(notes('<p><b>c. The Force will report back on the programme.</b></p>')), [[], [], []]);
  assert.deepEqual(subs(notes('<p><b>c. Forward Plan</b>  <b>a. Estates Update</b></p>')), [[], [], []]);
  assert.deepEqual(subs(notes('<p>a. Forward Plan</p>')), [[], [], []]);

  const published = notes('<p><b>a. Panel work programme for noting</b>  <b>b. Panel Actions and Lines of Enquiry</b></p>');
  const imported = importPublished(published);
  assert.match(imported, /^052\/24 Panel Work Programme:?\n\(a\) Panel work programme for noting\n\(b\) Panel Actions and Lines of Enquiry\n/m);
  assert.deepEqual(subs(imported), [[], ['(a) Panel work programme for noting', '(b) Panel Actions and Lines of Enquiry'], []]);
  const a = analyse(imported);
  assert.equal(applyTextEdits(imported, formatDocument(a.doc, imported, new Date('2024-03-20'))), imported, 'Format keeps the sub-items as they are');
  assert.deepEqual(a.findings.filter((f) => /empty|number|sequence/.test(f.code)).map((f) => f.message), []);
});

test('our markup: `(a) Title` lines under an NNN/YY item are its sub-items, with no false alarm; a resolution\'s parts and a label before a list are not', () => {
  const text = [
    '# Police and Crime Panel', 'Date: 14/03/2024', '', 'Present:', 'Rhian Morgan : Chair', '',
    '051/24 Work programme', '(a) Work programme for noting', '(b) Actions and lines of enquiry', '',
    '052/24 Finance', '(c) Budget monitoring', 'The budget was noted.', 'ACTION: Rhian Morgan to circulate the reserves policy. Due: 11/04/2024.', '',
    '053/24 Estates', 'RESOLVED:', '(a) the estates strategy be approved;', '(b) Payments for approval:', '(c) That the Chief Executive report in April.', '',
  ].join('\n');
  const a = analyse(text);
  assert.deepEqual(a.doc.meeting!.items.map((i) => (i.subItems ?? []).map((x) => `${x.number?.written} ${x.title}`)), [
    ['(a) Work programme for noting', '(b) Actions and lines of enquiry'],
    ['(c) Budget monitoring'],
    [],
  ]);
  assert.equal(a.doc.meeting!.items[1].actions.length, 1, 'the action under a sub-item is its item\'s');
  assert.deepEqual(a.findings.filter((f) => /empty|number|sequence|heading/.test(f.code)).map((f) => f.message), []);
  assert.deepEqual(formatDocument(a.doc, text, new Date('2024-03-20')), []);
});

test('another board of the corpus family (2020 layout): a title then a sentence on the number\'s line, a sentence with no title, apologies carried on in the next cell, guests named after their count', () => {
  const text = [
    'POLICE, FIRE AND CRIME PANEL', '', '**Notes of meeting held on Thursday, 12 MARCH 2020', 'Committee Room 3, County Hall**', '',
    'Present:', '', 'Aled PRITCHARD : Chief Executive', ' Rhian MORGAN : Panel Member', ' Owen DAVIES : Chief Fire Officer', '',
    '3 observers, including press and a note taker.', ' 3 visitors, Megan Lloyd, Huw Price and Sian Rees, residents of Llanfair.', '',
    '021/20\tThe Chair opened the meeting, reminding members that it was being recorded.',
    '022/20\tItem 1 – Declarations of Interest None were declared.',
    '023/20\tItem 2 – Apologies Apologies were received from: DCFO Hughes', '',
    '\t<p>Supt Bevan Gareth Williams Nia Jones</p>',
    '<p>024/20</p>\t<p>Item 3 - Fleet Replacement – Electric Vehicles</p> <p>This was presented by Owen Davies.</p>',
    '025/20\tItem 4 – Home Safety Checks and Referrals', '', 'The checks were discussed.',
    '026/20\tThe Chair thanked members for their contributions to the discussion. The meeting closed at 12:40hrs.', '',
  ].join('\n');
  const a = analyse(text);
  const m = a.doc.meeting!;
  assert.deepEqual(m.items.map((i) => `${i.number?.written} ${i.title}`), [
    '021/20 ', '022/20 Declarations of Interest', '023/20 Apologies', '024/20 Fleet Replacement – Electric Vehicles', '025/20 Home Safety Checks and Referrals', '026/20 ',
  ]);
  const list = (kind: string) => m.people.filter((b) => b.kind === kind).flatMap((b) => b.people.map((p) => `${p.title ?? ''} ${p.name.display}`.trim()));
  assert.deepEqual(list('apologies'), ['DCFO Hughes', 'Supt Bevan', 'Gareth Williams', 'Nia Jones']);
  assert.deepEqual(list('inAttendance'), ['Megan Lloyd', 'Huw Price', 'Sian Rees']);
  assert.deepEqual(a.findings.filter((f) => f.code === 'minutes/unknown-person').map((f) => f.message), []);
  // a title that runs on without a full stop is the title, whatever its words; names after a full stop are no run of names
  assert.equal(parse(text.replace('Item 4 – Home Safety Checks and Referrals', 'Item 4 – Home Safety – Increased checks and referrals')).meeting!.items[4].title, 'Home Safety – Increased checks and referrals');
  assert.deepEqual(parse(text.replace('Apologies were received from: DCFO Hughes', 'Apologies were received from: DCFO Hughes.').replace('\t<p>Supt Bevan Gareth Williams Nia Jones</p>', '\t<p>The Chair noted them.</p>')).meeting!.people.filter((b) => b.kind === 'apologies').flatMap((b) => b.people.map((p) => p.name.display)), ['Hughes']);
});

test('family 03 (parish council) in other clerks\' words: a proposal and seconder, "It was agreed", "Councillors agreed", minutes approved "as a true and accurate record", statuses in prose', () => {
  const text = [
    'UPPER MARSHFIELD PARISH COUNCIL', '', 'Minutes of the Meeting held on Tuesday 14th October 2025', '',
    'Present: Cllr R Amis (Chair), Cllr D Fenwick, Cllr H Lowe.', 'In attendance: Mrs J Tull (Clerk).', '',
    'PC25/141 MINUTES OF THE LAST MEETING',
    'The minutes of the meeting held on 9 September 2025 were approved and signed as a true and accurate record.', '',
    'PC25/142 MATTERS ARISING',
    'Actions from the last meeting:',
    'Item 7: Clerk to obtain three quotes for the noticeboard.',
    'The Clerk reported that the quotes had been circulated to councillors.',
    'Item 9: Cllr Fenwick to ask the county about the verge cutting.',
    'Response from Cllr Fenwick: the county has not yet replied and will come back in November.',
    'The Clerk reported that minute PC25/118 was canceled.', '',
    'PC25/143 NOTICEBOARD',
    'It was proposed by Cllr Lowe and seconded by Cllr Fenwick that the second quote be accepted. All in favour.',
    'Councillors agreed to fix the board by the war memorial.', '',
    'PC25/144 BUS SHELTER',
    'It was agreed that the Clerk would report the broken glass to the county.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.map((i) => i.decisions.map((d) => d.text)), [
    ['as a true and accurate record'],
    [],
    ['that the second quote be accepted', 'to fix the board by the war memorial.'],
    ['that the Clerk would report the broken glass to the county.'],
  ]);
  assert.deepEqual(m.items[2].decisions[0].vote && [m.items[2].decisions[0].vote.mover?.value, m.items[2].decisions[0].vote.seconder?.value], ['Cllr Lowe', 'Cllr Fenwick']);
  assert.deepEqual(m.approvals.map((a) => a.meetingDate), ['2025-09-09']);
  assert.deepEqual((m.statusReviews ?? []).map((r) => `${r.ref} | ${r.status} | ${r.written}`), [
    'Clerk to obtain three quotes for the noticeboard | done | The Clerk reported that the quotes had been circulated to councillors',
    'Cllr Fenwick to ask the county about the verge cutting | carried forward | the county has not yet replied and will come back in November',
    'PC25/118 | dropped | canceled',
  ]);
  // the actions recalled under matters arising are the last meeting's, not new ones
  assert.deepEqual(m.items[1].actions.map((a) => a.text), []);
});

test('family 01 (council committee, PDF): an ACTION line the page wrapped before a capital (the next word did not fit) runs on to its due date; a short line ends', () => {
  const text = [
    'EASTWOLD COUNTY COUNCIL', '', 'ADULT SOCIAL CARE SCRUTINY COMMITTEE', '', 'Minutes of the meeting held on Monday, 2 June 2025', '',
    '   AS12   WORK PROGRAMME', '',
    '          The Committee considered its work programme and asked for an item on the',
    '          reablement service to be added to the programme for the autumn meeting.', '',
    '          ACTION: Democratic Services Officer to ask the Director of Adult Social',
    '          Services to attend the September meeting, by 30 June 2025.', '',
    '          ACTION: Scrutiny Officer',
    '          Reablement service added to the programme.', '',
    '   AS13   DATE OF NEXT MEETING', '', '          Monday, 8 September 2025 at 10.00 am.',
  ].join('\n');
  const found = actionsIn(text);
  assert.deepEqual(found[0], { text: 'ask the Director of Adult Social Services to attend the September meeting, by 30 June 2025', owners: ['Democratic Services Officer'], due: '30 June 2025' });
  // a short line (an owner alone) is no line the page wrapped: the sentence under it is not its task
  assert.ok(!found.some((a) => a.text.startsWith('Scrutiny Officer Reablement')));
});

test('family 08 (US boards): a subject with a title and its full stop (`Dr. Carter will …`, `Mr. Ivers will …`) after another sentence is the owner; the task runs past a title in it', () => {
  const doc = usCity('Two residents spoke about the Route 9 bus. Dr. Alvarez will meet with the bus\ncontractor and report back to the Council by March 4. Ms. Fenwick presented the\naudit. Mr. Oduya will send the audit to Mr. Grant by March 6.');
  assert.deepEqual(doc.meeting!.items[1].actions.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]), [
    ['meet with the bus contractor and report back to the Council by March 4', ['Dr. Alvarez'], 'March 4'],
    ['send the audit to Mr. Grant by March 6', ['Mr. Oduya'], 'March 6'],
  ]);
});

test('family 6 (wiki): where the page labels its actions (`ACTION: KB, RT to …`), an undertaking in its prose is the discussion\'s, not an action; a page that labels none keeps it', () => {
  const page = (actionLine: string): string => [
    'Meetings/2023-05-10', 'Jump to navigation Jump to search', 'From Eastbrook Bee Society', '',
    'Present: Kit Bell (KB) (Chair); Rosa Tan (RT) (minutes); Ida Moss (IM)', '',
    'Summer show[edit | edit source]', '',
    'The show will be on 8 July. KB and RT will staff the honey stall on the day.', '',
    actionLine, '',
    'Any other business[edit | edit source]', '', 'None.',
  ].join('\n');
  const labelled = parse(page('ACTION: KB, RT to print the price cards.')).meeting!;
  assert.deepEqual(labelled.items.flatMap((i) => i.actions.map((a) => a.text)), ['print the price cards']);
  const unlabelled = parse(page('The price cards were discussed.')).meeting!;
  assert.deepEqual(unlabelled.items.flatMap((i) => i.actions.map((a) => a.text)), ['staff the honey stall on the day']);
});

test('family 7: lettered parts `A.`, `B.` under a numbered item are its sub-items; a lone letter out of its run is not', () => {
  const subs = (text: string) => parse(text).meeting!.items.map((i) => (i.subItems ?? []).map((x) => `${x.number?.written} ${x.title}`));
  const doc = (body: string[]) => ['ACADEMIC COUNCIL', '', 'Minutes of Meeting 41', 'Thursday, April 9, 2026, 2:00 p.m., Room 5', '',
    '1. CALL TO ORDER', '', 'The Chair called the meeting to order at 2:02 p.m.', '', ...body, '', '3. ADJOURNMENT', '', 'The meeting adjourned at 3:10 p.m.', ''].join('\n');
  assert.deepEqual(subs(doc(['2. UNFINISHED BUSINESS', '', 'A. Resolution 12-26: Grading Appeals (first reading)', '', 'Discussed.', '',
    'B. Library hours report', '', 'Received.'])), [[], ['A Resolution 12-26: Grading Appeals (first reading)', 'B Library hours report'], []]);
  // a letter that does not start the run (`C.` first), or a sentence after the letter, is no sub-item
  assert.deepEqual(subs(doc(['2. REPORTS', '', 'C. Dean Ortiz reported on enrollment.', '', 'A. The committee met twice.'])), [[], [], []]);
});

test('family 3: under a running minute, `NNN.n  Title` is a sub-item; a numbered paragraph (a sentence, or carried on) is not', () => {
  const subs = (text: string) => parse(text).meeting!.items.map((i) => (i.subItems ?? []).map((x) => `${x.number?.written} ${x.title}`));
  const text = ['ASHWORTH PARISH COUNCIL', '', 'Minutes of the meeting held on Tuesday 4 November 2025 at 7pm', '',
    '2201  MINUTES', 'The minutes of 7 October were signed as a true record.', '',
    '2202  CLERK\'S REPORT', '2202.1  Matters arising', 'The bench at the green has been installed.', '2202.2  Correspondence from the County Council', 'None.', '',
    '2203  FINANCE', '2203.1  The Clerk reported that the bank reconciliation had been', 'checked and signed.', '2203.2  Payments were approved as listed', 'in the schedule above.', '',
    '2204  DATE OF NEXT MEETING', 'Tuesday 2 December 2025.', ''].join('\n');
  assert.deepEqual(subs(text), [[], ['2202.1 Matters arising', '2202.2 Correspondence from the County Council'], [], []]);
});

test('family 5 (school governing boards): initials in the Action column own the paragraph as written, its subject kept, a date wrapped before its year; `All` is the board the paragraph names (other school, other words)', () => {
  const pad = (s: string, w: string): string => s + ' '.repeat(Math.max(6, 72 - s.length)) + w;
  const text = [
    'Holy Cross Catholic Primary School', '', 'Full Governing Board', '', 'Minutes of the meeting held on Tuesday 3rd March 2026 at 6.00pm', '',
    'Governors present: Mr Tom Reilly (TR) Chair; Mrs Anna Price (AP) Headteacher; Mr Sam Okafor (SO) Parent', '',
    'In attendance: Mrs Beth Lyle (BL) Clerk to Governors', '',
    pad('Item', 'Action'), '',
    '1.0   Finance',
    '1.1   SO presented the budget report. Governors asked about supply costs.',
    '1.2   BL to send the signed return to the diocese by 27th March',
    pad('      2026.', 'BL'),
    '1.3   It was agreed that TR and AP would visit the nursery before the Spring 2',
    pad('      meeting.', 'TR/AP'),
    '1.4   All governors to complete the safeguarding module by the end',
    pad('      of the Summer term.', 'All'), '',
    '2.0   Date of next meeting',
    '2.1   Tuesday 5th May 2026 at 6.00pm.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.flatMap((i) => i.actions.map((a) => [a.text.slice(0, 40), a.owners.map((o) => resolveName(o.text, m)), a.due?.text])), [
    ['BL to send the signed return to the dioc', ['Beth Lyle'], '27th March 2026'],
    ['It was agreed that TR and AP would visit', ['Tom Reilly', 'Anna Price'], 'Spring 2 meeting'],
    ['All governors to complete the safeguardi', ['All governors'], 'end of the Summer term'],
  ]);
  // the whole board is no one missing from the lists
  assert.equal(analyse(text).findings.filter((f) => f.code === 'minutes/unknown-person').length, 0);
});

test('family 3 (a parish\'s web post): under `NNN/YY` numbers an owner\'s task in the headline form (`Clerk to report …`) is an action, a `will` of the narrative is not; a motion quoted as moved is no action (other parish, other words)', () => {
  const text = [
    'Lowmoor Parish Council', 'Menu', 'Home', 'News', '',
    'Minutes of the Parish Council Meeting held on Monday 2nd February 2026 at 7.30pm in the Village Hall.', '',
    '15/26 Attendance', 'Present: Cllr Ruth Dale (Chairman), Cllr Owen Pryce, Cllr Iris Kemp.', 'In attendance: Neil Farrow (Parish Clerk).', '',
    '16/26 Motion', 'Cllr Pryce moved the following motion:', '"This Council asks the Clerk to write to the county council about the bus shelter."',
    'The motion was carried.', '',
    '17/26 Footpaths', 'Clerk to report the broken stile to the Rights of Way team before the March meeting.',
    'Cllr Kemp to check the footpath signs after the storm. The Clerk will circulate the footpath map.', '',
    '18/26 Date of next meeting', 'Monday 2nd March 2026.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.flatMap((i) => i.actions.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text])), [
    ['report the broken stile to the Rights of Way team before the March meeting', ['Clerk'], 'March meeting'],
    ['check the footpath signs after the storm', ['Cllr Kemp'], undefined],
  ]);
});

test('family 4 (NHS committee): the Action column\'s paragraph is the task even where a sentence of it restates the owner; a month the work comes back to the committee in is its due (other board, other words)', () => {
  const pad = (s: string, w: string): string => s + ' '.repeat(Math.max(6, 72 - s.length)) + w;
  const head = ['NHS Eastfield Integrated Care Board', 'Quality Committee', 'Minutes of the meeting held on Thursday 11 September 2025', '',
    'Present:', 'Ms Jo Hart\tChair\tJH', 'Dr Raj Mehta\tMedical Director\tRM', 'Mrs Kay Dunn\tDirector of Nursing\tKD', ''];
  const item = ['QC 25/041\tINFECTION CONTROL', '041.1\tKD presented the report. Two outbreaks had been closed in August.',
    '041.2\tJH asked about the vaccination uptake among staff. KD agreed to', pad('\tshare the ward figures with members before the next meeting.', 'KD'),
    '041.3\tThe Committee asked for a review of the outbreak response to', pad('\tcome to the Committee in January 2026.', 'RM'), ''];
  const text = [...head, ...item, 'QC 25/042\tANY OTHER BUSINESS', '042.1\tNone.', ''].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.flatMap((i) => i.actions.map((a) => [a.text.slice(0, 40).trim(), a.owners.map((o) => o.text), a.due?.text])), [
    ['JH asked about the vaccination uptake am', ['KD'], 'next meeting'],
    ['The Committee asked for a review of the', ['RM'], 'January 2026'],
  ]);
});

test('a university board\'s PDF: an owner alone in the right-hand column (`Action: Registrar`) owns the paragraph above; the decision under it is no part of the action (other board, other words)', () => {
  const text = [
    'Northfield College', '', 'Academic Board', '', 'Minutes of the meeting held on Wednesday 12 March 2025', '',
    '25/11 LIBRARY OPENING HOURS (AB/25/04)',
    'The Registrar presented proposals to extend the opening hours of the main library to 22.00',
    'during the examination period. Members asked whether security staff would be available at',
    'night. After discussion the Registrar agreed to cost the extra security cover and to bring',
    'the figures back to the board before the summer term.',
    '                                                                    Action: Registrar',
    'Board NOTED the proposals.', '',
    '25/12 ANY OTHER BUSINESS', 'None.', '',
    '                                                                    Page 1 of 1',
  ].join('\n');
  const actions = parse(text).meeting!.items.flatMap((i) => i.actions);
  assert.deepEqual(actions.map((a) => a.owners.map((o) => o.text)), [['Registrar']]);
  assert.ok(!actions.some((a) => a.text.includes('NOTED')));
});

test('a parish\'s Action column by title and surname (`Cllr Pennock`, `Cllrs Oldroyd/Pennock`): the paragraph beside it is the task, from where the resolution above it ended; a month the work is done in is no due (other parish, other words)', () => {
  // (the column's cells end at the page's right margin)
  const pad = (s: string, w: string): string => s + ' '.repeat(Math.max(6, 96 - s.length - w.length)) + w;
  const text = [
    'Thornbury Parish Council', '', 'Minutes of the meeting held on Monday 9th March 2026 at 7.30pm', '',
    'Present: Cllr Oldroyd (Chairman), Cllr Pennock, Cllr Sugden.', '',
    '88.    ALLOTMENTS',
    '       The allotment rents were reviewed against those of neighbouring parishes this year.',
    '       RESOLVED to hold the allotment rents at the current level for the 2026/27 year',
    '       and to review them again in the autumn.',
    '       Cllr Pennock to walk the allotment boundary hedge in April and to',
    pad('       report any damage to the Clerk.', 'Cllr Pennock'), '',
    '89.    FINANCE',
    '       Councillors Oldroyd and Pennock to check the bank reconciliation against the',
    pad('       statements before the next meeting.', 'Cllrs Oldroyd/Pennock'), '',
  ].join('\n');
  const actions = parse(text).meeting!.items.flatMap((i) => i.actions.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]));
  assert.deepEqual(actions, [
    ['Cllr Pennock to walk the allotment boundary hedge in April and to report any damage to the Clerk', ['Pennock'], undefined],
    ['Councillors Oldroyd and Pennock to check the bank reconciliation against the statements before the next meeting', ['Oldroyd', 'Pennock'], 'next meeting'],
  ]);
});

/** Actions in prose, in an Action column and on `Action:` lines, as other boards of three families write them. */
const OTHER_BOARDS_ACTIONS: ReadonlyArray<{ readonly family: string; readonly text: string; readonly actions: readonly Found[] }> = [
  {
    family: 'family 04 (an ICB committee, year-first numbers): an owner column beside `26/031.2` takes that paragraph only, its number left out; an undertaking with the column beside its first line reads without the cell',
    text: `Westmarsh Integrated Care Board
Quality Committee
Minutes of the meeting held on Thursday 12 March 2026

Present:
Ann Fellowes (AF) Chair
Kofi Mensah (KM) Director of Nursing
Lena Brandt (LB) Medical Director

26/031   FALLS PREVENTION
26/031.1 KM reported that falls with harm had risen in two community wards over
         the winter. Staffing was the main factor.
26/031.2 The Committee asked for a deep dive into the two wards to come to the
         June meeting.                                                    KM

26/032   MEDICINES SAFETY
26/032.1 LB to share the revised antimicrobial guidance with members    LB
         by 15 April 2026.`,
    actions: [
      { text: 'The Committee asked for a deep dive into the two wards to come to the June meeting', owners: ['KM'], due: 'June meeting' },
      { text: 'share the revised antimicrobial guidance with members by 15 April 2026', owners: ['LB'], due: '15 April 2026' },
    ],
  },
  {
    family: 'family 05: an undertaking ending a run of the item\'s lines, `ACTION: DS` under it, is that undertaking, its words the task',
    text: `Fenbridge Learning Trust
Audit and Risk Committee
Minutes of the meeting held on Tuesday 10 March 2026

Present: Mrs Ruth Okafor (RO) (Chair); Mr Dev Sandhu (DS) (Chief Financial Officer)

4.   Internal audit plan
     DS presented the internal audit plan for the summer term. The plan covers
     payroll, procurement and the two academies joining the trust in September.
     Challenge: RO asked why the payroll review had moved.
     DS will circulate the revised audit schedule by 27 March.
     ACTION: DS

5.   Close
     The meeting closed at 7.05pm.`,
    actions: [{ text: 'circulate the revised audit schedule by 27 March', owners: ['DS'], due: '27 March' }],
  },
  {
    family: 'family 06 (a charity\'s site page): an action whose sentence ends on its line reads no further, a name opening the next line notwithstanding; `Owner – to …` is the task without its `to`',
    text: `Larkfield Community Orchard
Trustee Board – minutes of the meeting held on Tuesday 3 March 2026

Present: Nia Rowe (Chair), Owen Blake (Treasurer)

41. Equipment
The Board AGREED to buy a second ladder.
Action: Owen Blake – order the ladder and arrange delivery to the shed by 20 March 2026.
Nia Rowe left the meeting.
42. Grants
Action: Treasurer – to submit the claim to the council by 31 March 2026.`,
    actions: [
      { text: 'order the ladder and arrange delivery to the shed by 20 March 2026', owners: ['Owen Blake'], due: '20 March 2026' },
      { text: 'submit the claim to the council by 31 March 2026', owners: ['Treasurer'], due: '31 March 2026' },
    ],
  },
];

for (const c of OTHER_BOARDS_ACTIONS) test(`${c.family} (other board, other words)`, () => assert.deepEqual(actionsIn(c.text), c.actions));

test('family 8: a direction whose meeting the page wrapped after `by the` has that meeting as its due, without `the` (other county, other words)', () => {
  const doc = usCity('The Council directed the City Engineer to return with revised drainage options by the\nApril 7 meeting.');
  assert.deepEqual(doc.meeting!.items[1].actions.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]), [
    ['return with revised drainage options by the April 7 meeting', ['City Engineer'], 'April 7 meeting'],
  ]);
});
