/**
 * What a reader found missed in new minutes of known layout families (fam25: the wiki, university, city and scribe probes): each construct in other
 * boards' words, names and numbers than the probe that showed it, with the probe's own line, and a
 * near miss that must stay as it was read.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeText, changedLines, DEFAULT_SETTINGS, parse, reanalyze, splitLinesForTests, type Meeting } from '#service';
import { applyWithinLines, type LineEdit } from '../support/lineEdits';
import { matchReservedHead } from '#service/numberSchemes';
import { withholding } from '#service/confidential';
import { TODAY } from '../support/util';
import { findProseStatuses } from '#service/forms/statusProse';
import { debrisKind } from '#service/forms/debris';
import { isReviewTitle } from '#service/forms/priorActions';

function meetingOf(text: string): Meeting {
  const m = parse(text).meeting;
  assert.ok(m, text);
  return m;
}
const reviews = (m: Meeting): string[] => (m.statusReviews ?? []).map((r) => `${r.ref} | ${r.status} | ${r.written}`);
const debrisLines = (text: string): string[] => {
  const lines = text.split('\n');
  return (parse(text).debris ?? []).map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character));
};

test('family 6: a wiki\'s numbered list of earlier actions without the word ACTION, each line its owners, task and status icons', () => {
  const wiki = (title: string, rows: readonly string[]): Meeting => meetingOf([
    'Trustees/2024-02-13', 'Jump to navigation Jump to search', 'Present: Ada Rowe (AR) (Chair); Ben Cho (BC) (minutes); Dee Fox (DF)', '',
    `${title}[edit | edit source]`, ...rows, 'Garden[edit | edit source]', 'AR reported on the beds.', 'Website[edit | edit source]', 'BC showed the new page.',
  ].join('\n'));
  // the probe's lines (fam25/06) in other initials and tasks, under its title and others a wiki gives the list
  const rows = ['1. AR to order the compost bins. Yes check.svg Done', '2. BC and DF to repaint the shed. BC: Yes check.svg Done DF: Go-next-red.svg Carried forward', '3. DF to hire the marquee. X mark.svg Cancelled'];
  const want = ['1 | done | Done', '2 | done | Done', '2 | carried forward | Carried forward', '3 | dropped | Cancelled'];
  for (const title of ['Carried-forward actions', 'Brought-forward actions', 'Actions carried over', 'Actions from the last meeting']) assert.deepEqual(reviews(wiki(title, rows)), want, title);
  // a semicolon between owners, as before
  assert.deepEqual(reviews(wiki('Carried-forward actions', ['1. AR and BC to clear the pond. AR: Yes check.svg Done; BC: X mark.svg Cancelled'])), ['1 | done | Done', '1 | dropped | Cancelled']);
  // near misses: the same lines under a heading that reviews nothing; a numbered line whose last words are a plain word, no icon
  assert.deepEqual(reviews(wiki('Garden plans', rows)), []);
  assert.deepEqual(reviews(wiki('Carried-forward actions', ['1. AR to order the compost bins. Done'])).length <= 1, true);
  assert.equal(isReviewTitle('Carried-forward actions'), true);
  assert.equal(isReviewTitle('Carried-forward budget'), false);
});

test('family 6: a wiki\'s key of its status templates left unexpanded is the page\'s, no minute text', () => {
  // the probe's line (fam25/06), and other wikis' templates and separators
  for (const line of ['Key: {{done}} {{doing}} {{cf}} {{canc}}', 'Key: {{s-done}} · {{s-wip}} · {{s-drop}}', 'KEY: {{tick}}, {{cross}}']) assert.equal(debrisKind(line), 'wiki-chrome', line);
  // near misses: a key that says what its marks mean is a legend; a sentence with a template in it is text
  for (const line of ['Key: {{done}} = done, {{cf}} = carried forward', 'Key: Symbol support vote.svg done · Symbol wait.svg in progress', 'Key: {{done}}', 'Please use {{done}} and {{cf}} for your actions.']) assert.equal(debrisKind(line), undefined, line);
});

/** Minutes a scribe's tool mailed: the mail's header over the tool's own heading, its contents, the topics at the margin. */
function mailed(header: readonly string[], topics: readonly string[], review: string): string {
  return [
    ...header,
    '            Transit Data Community Group', '                  - DRAFT -', '                 4 Jun 2024', '',
    'Present', '   Ines_Haber, Tomas_Lind, Wen_Zhou', 'Regrets', '   Kofi', 'Chair', '   Ines', 'Scribe', '   Tomas', '',
    'Contents', ...topics.map((t, k) => `     ${k + 1}. ${t}`), '',
    'Stop codes', `   ${review}`, '   Wen: we need a test feed', '   ACTION: Wen to publish the test feed by 18 June', '',
    ...(topics.includes('Fares') ? ['Fares', '   Ines: zones are next', '   RESOLUTION: use the zone model', ''] : []),
    'Summary of action items', '   [NEW] ACTION: Wen to publish the test feed by 18 June', '   [PENDING] ACTION: Kofi to review the stop list', '',
  ].join('\n');
}

test('family 9: a mail\'s header over scribed minutes is the mail\'s: the title is the minutes\' own heading', () => {
  const header = ['From: Scribe Bot <rrsagent@example.net>', 'To: public-transit@example.net', 'Date: Tue, 4 Jun 2024 18:02:11 +0000', 'Subject: [transit] Minutes: Transit Data CG, 4 Jun 2024', ''];
  const m = meetingOf(mailed(header, ['Stop codes', 'Summary of action items'], 'Ines: nothing to review'));
  assert.equal(m.title?.value, 'Transit Data Community Group');
  assert.equal(m.date?.iso, '2024-06-04');
  assert.deepEqual(debrisLines(mailed(header, ['Stop codes', 'Summary of action items'], 'x')).slice(0, 4), header.slice(0, 4));
  // the probe's two lines (fam25/09), no blank under them
  const probe = meetingOf(mailed(['From: Minutes Bot <bot@example.org>', 'Subject: Minutes: Accessible Maps WG, 12 Mar 2024'], ['Stop codes', 'Fares', 'Summary of action items'], 'x'));
  assert.equal(probe.title?.value, 'Transit Data Community Group');
  // with no heading of the minutes' own, the subject names the body and the date, as before
  const bare = meetingOf(['From: Scribe Bot <rrsagent@example.net>', 'Subject: Minutes: Transit Data CG, 4 Jun 2024', '', 'Contents', '     1. Stop codes', '     2. Fares', '', 'Stop codes', '   Wen: we need a test feed', 'Fares', '   Ines: zones are next'].join('\n'));
  assert.equal(bare.title?.value, 'Transit Data CG');
  assert.equal(bare.date?.iso, '2024-06-04');
  // near misses: a `Subject:` line of the minutes with no sender above it, a sender with no address
  for (const top of [['Subject: Transit Data CG, 4 Jun 2024'], ['From: the Chair', 'Subject: Transit Data CG, 4 Jun 2024']]) {
    const text = [...top, 'Present: Ines Haber, Tomas Lind', '1. Stop codes', 'Noted.', '2. Fares', 'Noted.'].join('\n');
    assert.ok(!(parse(text).debris ?? []).some((d) => d.kind === 'email-wrapper'), top.join(' / '));
  }
});

test('family 9: a contents that numbers the tool\'s summary of action items as it numbers the topics: the summary is no item', () => {
  // the probe's contents (fam25/09): one topic and the summary
  const one = meetingOf(mailed([], ['Stop codes', 'Summary of action items'], 'Ines: nothing to review'));
  assert.deepEqual(one.items.map((i) => i.title), ['Stop codes']);
  assert.deepEqual(one.items.flatMap((i) => i.actions).map((a) => a.text), ['publish the test feed by 18 June']);
  // two topics and the summary
  const two = meetingOf(mailed([], ['Stop codes', 'Fares', 'Summary of action items'], 'Ines: nothing to review'));
  assert.deepEqual(two.items.map((i) => i.title), ['Stop codes', 'Fares']);
  assert.deepEqual(reviews(two), ['Kofi to review the stop list | open | [PENDING]']);
  // near miss: a contents of one topic with no summary is no contents this reader takes for the topics
  const lone = meetingOf(['Contents', '     1. Stop codes', '', 'Stop codes', '   Wen: we need a test feed'].join('\n'));
  assert.ok(!lone.items.some((i) => i.title === 'Summary of action items'));
});

test('family 9: a tracker\'s action named with what it was, then said to be done in the clause (`action-17 on the glossary is done`)', () => {
  const seen = (t: string): string[][] => findProseStatuses(t).map((s) => [t.slice(s.ref.start, s.ref.end), s.status, t.slice(s.written.start, s.written.end)]);
  // the probe's line (fam25/09)
  assert.deepEqual(seen('Lin: action-17 on the glossary is done, closing it.'), [['action-17', 'done', 'done']]);
  // other groups' words: another verb and status, the tracker in capitals, a second clause after it
  assert.deepEqual(seen('Ines: ACTION-203 about the stop list was completed last week'), [['ACTION-203', 'done', 'completed']]);
  assert.deepEqual(seen('action-9 for Wen has been dropped; action-12 remains open'), [['action-9', 'dropped', 'dropped'], ['action-12', 'open', 'remains open']]);
  assert.deepEqual(seen('- action-31 (test feed) is now closed'), [['action-31', 'done', 'closed']]);
  // near misses: a tracker in a condition, in a sentence's middle; a status of a minute, as before
  assert.deepEqual(seen('publish the note after ACTION-211 is closed'), []);
  assert.deepEqual(seen('Wen asked whether action-4 was complete'), []);
  assert.deepEqual(seen('The action at minute 112.3 was completed.'), [['112.3', 'done', 'completed']]);
  const m = meetingOf(mailed([], ['Stop codes', 'Summary of action items'], 'Tomas: action-88 on the stop codes is done, closing it'));
  assert.deepEqual(reviews(m), ['action-88 | done | done', 'Kofi to review the stop list | open | [PENDING]']);
});

/** A university's council minutes: running numbers, each minute's paragraphs numbered under it. */
function council(tail: readonly string[]): string {
  return [
    'Marlow Institute', 'Court', 'Minutes of the meeting held on 9 June 2025',
    'Present: Professor Ada Lunn (Chair), Mr Tom Price, Dr Eve Hart', 'Apologies: Dr Ian Rowe',
    '5120 Minutes', 'Resolved', '5120.1 to approve the minutes of the meeting held on 3 March 2025.',
    '5121 Estates strategy (CT/25/04)', 'Received', '5121.1 the report of the Director of Estates.',
    ...tail,
  ].join('\n');
}

test('family 7: a reserved minute in the running numbers (`R3313.1 Reserved business …`) is the reserved item of that number, withheld from the public version', () => {
  const items = (m: Meeting): string[] => m.items.map((i) => `${i.number?.written} ${i.title}${i.confidentialMark ? ' [withheld]' : ''}`);
  // the probe's line (fam25/07) in another council's numbers and words, with its paragraph and without
  assert.deepEqual(items(meetingOf(council(['R5122.1 Reserved business: honorary degree nominations.']))), ['5120 Minutes', '5121 Estates strategy (CT/25/04)', 'R5122.1 Reserved business: honorary degree nominations [withheld]']);
  assert.deepEqual(items(meetingOf(council(['R5122 Senior staff pay', 'Resolved', 'R5122.1 to approve the pay award.', '5123 Any other business', 'None.']))), ['5120 Minutes', '5121 Estates strategy (CT/25/04)', 'R5122 Senior staff pay [withheld]', '5123 Any other business']);
  // in sequence: the reserved minute takes its place in the running numbers, the next public one goes on after it
  const codes = (text: string): string[] => analyzeText('file:///c.txt', 1, text, DEFAULT_SETTINGS, TODAY).findings.map((f) => f.code).filter((c) => c === 'minutes/number-out-of-sequence');
  assert.deepEqual(codes(council(['R5122 Senior staff pay', 'Resolved', 'R5122.1 to approve the pay award.', '5123 Any other business', 'None.'])), []);
  // near misses: a reserved number that does not go on from the minute above (its own series), a line of prose opening with an `R` and figures
  assert.deepEqual(items(meetingOf(council(['R1 Senior staff pay']))).length, 2);
  assert.deepEqual(items(meetingOf(council(['R2024 figures were noted.']))).length, 2);
  assert.deepEqual(matchReservedHead('R5122.1 Reserved business')?.written, 'R5122.1');
  assert.equal(matchReservedHead('RE5122 Reserved business'), undefined);
});

/** A US city's minutes, its roll call and its motions, a page break's head where the printer put it. */
function city(lines: readonly string[]): string {
  return [
    'CITY OF MAPLE RIDGE', 'CITY COUNCIL REGULAR MEETING MINUTES', 'March 4, 2025', 'I. CALL TO ORDER', 'Mayor Ruiz called the meeting to order at 7:00 p.m.',
    'II. ROLL CALL', 'Present: Mayor Ruiz, Council Members Hale, Ng and Price', ...lines, 'III. NEW BUSINESS', 'A. Resolution 2025-12 Street Lighting',
    'Motion by Council Member Hale, second by Council Member Ng, to adopt Resolution 2025-12. Ayes: Ruiz,', 'Regular Meeting Minutes', 'March 4, 2025', '3',
    'Hale, Ng, Price. Nays: None. Motion carried 4-0.', 'IV. ADJOURNMENT', 'The meeting adjourned at 8:10 p.m.',
  ].join('\n');
}

test('family 8: staff set out along one line, each with their post, parted by a column\'s gap', () => {
  const staff = (line: string): string[][] => meetingOf(city([line])).people.filter((b) => b.kind === 'inAttendance').flatMap((b) => b.people.map((p) => [p.name.display, p.role ?? '']));
  // the probe's line (fam25/08) in other names and posts, parted by blanks or a tab, three of them
  assert.deepEqual(staff('Staff present: Rosa Imani – City Manager   Karl Benz – City Attorney'), [['Rosa Imani', 'City Manager'], ['Karl Benz', 'City Attorney']]);
  assert.deepEqual(staff('Staff present: Rosa Imani - City Manager\tKarl Benz - City Clerk\tJo Park - Finance Director'), [['Rosa Imani', 'City Manager'], ['Karl Benz', 'City Clerk'], ['Jo Park', 'Finance Director']]);
  // as before: a list parted by commas
  assert.deepEqual(staff('Staff present: Rosa Imani – City Manager, Karl Benz – City Attorney'), [['Rosa Imani', 'City Manager'], ['Karl Benz', 'City Attorney']]);
  // near miss: a post whose words a double blank parts stays one person's
  assert.deepEqual(staff('Staff present: Rosa Imani – City  Manager').map(([name]) => name), ['Rosa Imani']);
});

test('family 8: a page\'s head set between the two halves of a sentence is the page\'s, no minute text', () => {
  const text = city([]);
  assert.deepEqual(debrisLines(text), ['Regular Meeting Minutes', 'March 4, 2025', '3']);
  const m = meetingOf(text);
  assert.deepEqual(m.items.map((i) => i.title), ['CALL TO ORDER', 'ROLL CALL', 'NEW BUSINESS', 'ADJOURNMENT']);
  // the sentence cut on a small word, carried on in a small letter
  const cut = text.replace('Ayes: Ruiz,', 'Ayes: Ruiz and').replace('Hale, Ng, Price. Nays', 'councillors Hale, Ng, Price. Nays');
  assert.deepEqual(debrisLines(cut), ['Regular Meeting Minutes', 'March 4, 2025', '3']);
  // the page's number first, its head under it
  const first = text.replace('Regular Meeting Minutes\nMarch 4, 2025\n3', '3\nMaple Ridge City Council\nMarch 4, 2025');
  assert.deepEqual(debrisLines(first), ['3', 'Maple Ridge City Council', 'March 4, 2025']);
  // near misses: the same lines between two whole sentences; a number alone under a heading of the minutes
  assert.deepEqual(debrisLines(text.replace('Ayes: Ruiz,', 'Ayes: Ruiz.')), []);
  assert.deepEqual(debrisLines(['Minutes of the Board', 'May 5, 2025', '1. Budget', 'The board discussed the budget, and', 'Capital Programme', '2', 'the plan was noted.'].join('\n')), []);
  // (a number first with the sentence's own half under it, short and in capitals: the sentence's, not a head's)
  assert.deepEqual(debrisLines(text.replace('Regular Meeting Minutes\nMarch 4, 2025\n3\nHale, Ng, Price. Nays: None. Motion carried 4-0.', '3\nHale and Ng\nvoted no.')), []);
});

test('fam25\'s constructs, edited within lines: re-analysis equals a full analysis (a reserved minute\'s head, a page head in a sentence, staff along one line, a mail\'s header)', () => {
  const docs = [
    council(['R5122.1 Reserved business: honorary degree nominations.', '5123 Any other business', 'None.']),
    council(['R5122 Senior staff pay', 'Resolved', 'R5122.1 to approve the pay award.', '5123 Any other business', 'None.', 'R5124 Reserved: estates disposal', 'Noted.']),
    city(['Staff present: Rosa Imani – City Manager   Karl Benz – City Attorney']),
    mailed(['From: Scribe Bot <rrsagent@example.net>', 'Subject: Minutes: Transit Data CG, 4 Jun 2024'], ['Stop codes', 'Fares', 'Summary of action items'], 'Tomas: action-88 on the stop codes is done, closing it'),
  ];
  const edit: fc.Arbitrary<LineEdit> = fc.record({
    line: fc.nat(), at: fc.nat(), length: fc.nat({ max: 6 }),
    text: fc.constantFrom('R', 'R5123 ', '5', '1', '.', ',', ' ', '  ', '\t', 'x', 'a', 'Minutes', 'May 1, 2025', '2', 'is done', 'action-9 ', 'From: a@b.org', 'Subject: ', 'Key: {{done}} {{cf}}'),
  });
  let incremental = 0;
  const r = fc.check(fc.property(fc.nat({ max: docs.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (k, edits) => {
    const before = docs[k];
    const prev = analyzeText('file:///f.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
    const { text, changes } = applyWithinLines(before, edits);
    const change = changedLines(changes);
    assert.ok(change);
    const lines = splitLinesForTests(text);
    const again = reanalyze(prev, 2, change, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
    if (!again) return;
    incremental++;
    const full = analyzeText('file:///f.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
    assert.deepStrictEqual(again.doc, full.doc);
    assert.deepStrictEqual(again.findings, full.findings);
  }), { numRuns: 200, seed: 20261206 });
  assert.ok(!r.failed, `${r.errorInstance instanceof Error ? r.errorInstance.message.slice(0, 2000) : ''}\n${JSON.stringify(r.counterexample).slice(0, 1500)}`);
  assert.ok(incremental > 0);
});

test('family 7: business minuted as reserved (`RESERVED BUSINESS` over the minutes, `Reserved minute:` in a title) is confidential business', () => {
  const by = (tail: readonly string[]): Array<string | undefined> => {
    const m = meetingOf(council(tail));
    return m.items.map((i) => withholding(i, m)?.by);
  };
  // a heading over the reserved minutes, in capitals or not; a title that opens with the words; a line of them under the title
  assert.deepEqual(by(['RESERVED BUSINESS', '5122 Senior staff pay', 'Resolved', '5122.1 to approve the pay award.']), [undefined, undefined, 'section']);
  assert.deepEqual(by(['Reserved Minutes', '5122 Senior staff pay', 'Noted.']), [undefined, undefined, 'section']);
  assert.deepEqual(by(['5122 Reserved business: senior staff pay', 'Noted.']), [undefined, undefined, 'title']);
  assert.deepEqual(by(['5122 Honorary degrees (reserved item)', 'Noted.']), [undefined, undefined, 'title']);
  assert.deepEqual(by(['5122 Senior staff pay', 'Reserved minute', 'Noted.']), [undefined, undefined, 'line']);
  // near misses: a planning application's reserved matters, business said to be unreserved, a reserved car park
  assert.deepEqual(by(['5122 Reserved matters application 24/0123', 'Approved.']), [undefined, undefined, undefined]);
  assert.deepEqual(by(['UNRESERVED BUSINESS', '5122 Estates', 'Noted.']), [undefined, undefined, undefined]);
  assert.deepEqual(by(['5122 Reserved car parking for visitors', 'Noted.']), [undefined, undefined, undefined]);
});
