/**
 * No word of the minutes is lost from the published record (the guide: "no edit we offer may drop a word"; what we publish
 * must be right). Each shape below lost words from the published minutes before the thirty-sixth session (a check of every
 * document of the corpus and the fixtures against its export, `famcheck-39/lost`): a resolution's parts below its keyword, a
 * decision's subject before its verb, the vote written with it, a resolution's number and its mover's line, a member's
 * council column, the initials beside a name, the other cells of a line holding an action, a cell on the title's line holding
 * a date, a `Status:` line Minutes did not understand. Written in words other than the documents' own.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DEFAULT_PUBLISH, parse, renderMarkdown, renderMeeting } from '#service';
import { corpusText } from '../support/util';

/** The words of the published minutes (full version, Markdown): runs of letters and digits, in small letters. */
function publishedWords(text: string): Set<string> {
  const md = renderMarkdown(renderMeeting(parse(text), text.split('\n'))!).replace(/\\(.)/g, '$1');
  return new Set(md.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** The words of `lines` (three letters or more) the published minutes lack. */
function lost(text: string, lines: string[]): string[] {
  const have = publishedWords(text);
  return lines.flatMap((l) => (l.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !have.has(w)));
}

const HEAD = ['Harbour Trust Board', 'Minutes of the meeting held on 12 March 2025', 'Present: Ann Lowe (Chair), Ben Ojo, Cara Diaz', ''];
const ITEM = (body: string[]): string => [...HEAD, '14. Finance', ...body, '', '15. Close', 'The meeting closed at 8pm.', ''].join('\n');

const SHAPES: ReadonlyArray<readonly [string, string[]]> = [
  ['a decision\'s subject before its verb in capitals', ['The Board NOTED the quarterly treasury report.']],
  ['a decision in the middle of its sentence', ['Mooring fees were reviewed and it was AGREED to hold them at £40 a season.']],
  ['the vote written in the keyword', ['RESOLVED UNANIMOUSLY that the reserves policy be adopted.']],
  ['a count after the verb', ['The Investment Policy was RATIFIED (5 for, 0 against).']],
  ['a resolution\'s number and its mover\'s line', ['RESOLUTION HTB25/114', 'Moved: Cr Lowe         Seconded: Cr Ojo', 'That the apology from Cr Diaz be received.', 'CARRIED']],
  ['a resolution\'s parts lettered in their own column', ['RESOLVED:', '', 'A   That the grant be accepted.', '', 'B   That the Treasurer be authorised to vary the allocation.']],
  ['a resolution\'s parts bracketed, each a paragraph', ['RESOLVED:', '', '(a) That the grant be accepted.', '', '(b) That the Treasurer be authorised to vary the allocation.']],
];

for (const [what, body] of SHAPES) {
  test(`published with every word: ${what}`, () => {
    assert.deepEqual(lost(ITEM(body), body), []);
  });
}

test('published with every word: a member\'s council in its column, and the initials beside a name', () => {
  const text = [
    'Joint Health Scrutiny Committee', 'Minutes of the meeting held on 12 March 2025', '', 'Present:',
    'Councillor Ruth Okafor               Ashby Metropolitan Borough Council', 'Jean Battersby (JB)\tPublic Governor\tNorthfield', '',
    '14. Finance', 'JB asked about the deficit.', '',
  ].join('\n');
  assert.deepEqual(lost(text, ['Councillor Ruth Okafor               Ashby Metropolitan Borough Council', 'Jean Battersby (JB)\tPublic Governor\tNorthfield']), []);
});

test('published with every word: the other cells of a line whose last cell is an action, and a date in a cell of the title\'s line', () => {
  const line = '\t<p>the remaining posts are few.</p> <p>2. Could the Chief Officer set out the position on patrols?</p> <p>(Asked by Ben Ojo)</p> <p>ACTION – monthly figures to be provided.</p>';
  const text = [...HEAD, '009/25\t<p>Item 8 - Questions from the Board</p> <p>1. Can the Chief Officer set out the recruitment?</p>', '', line, '',
    '010/25\tItem 9 - Victims <ul> • The champions meet quarterly, next on 13/02/2025 • The survey has grown.', ''].join('\n');
  assert.deepEqual(lost(text, [line, '• The champions meet quarterly, next on 13/02/2025']), []);
});

test('published with every word: a Status line of unconfirmed minutes (a draft, in its own words)', () => {
  const text = ['University Council', 'Minutes of the meeting held on 25 November 2024', 'Status: Unconfirmed. To be submitted for confirmation on 12 February 2025.', 'Present: Professor A Smith (Chair)', '', '1. Minutes', 'Agreed.', ''].join('\n');
  assert.deepEqual(lost(text, ['Status: Unconfirmed. To be submitted for confirmation on 12 February 2025.'].map((l) => l.replace('Status:', ''))), []);
  const md = renderMarkdown(renderMeeting(parse(text), text.split('\n'))!);
  assert.match(md, /DRAFT/, 'unconfirmed minutes are published as a draft, never as approved');
});

test('the board\'s own minutes: the questions and answers of a row the page carried past its break are published', () => {
  const text = corpusText('spcb-2020-01-21.txt');
  const have = publishedWords(text);
  for (const w of ['vagrancy', 'begging', 'legislation']) assert.ok(have.has(w), `"${w}" is published`);
});

/** The public version's words. */
function publicWords(text: string): string {
  return renderMarkdown(renderMeeting(parse(text), text.split('\n'), { ...DEFAULT_PUBLISH, version: 'public' })!).replace(/\\(.)/g, '$1');
}

test('an item the press and public were excluded for is left out of the public version, though the minutes do not mark it', () => {
  const text = [
    'CABINET', 'Minutes of the meeting held on 4 June 2024', '', 'Present: Councillor A Brown (Chair)', '',
    '8.  Exclusion of the press and public',
    'RESOLVED that the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.', '',
    '9.  Acquisition of land at Hallam Works', 'Members asked about the independent valuation of £2.4m.', 'RESOLVED that the acquisition be approved.', '',
    '10. Any other business', 'The Chair thanked the retiring clerk.', '',
  ].join('\n');
  const out = publicWords(text);
  assert.ok(!out.includes('valuation') && !out.includes('acquisition be approved'), out);
  assert.ok(out.includes('thanked the retiring clerk'), 'the item after it is public: the resolution excluded them for the following item alone');
  // near miss: a resolution that excludes no one withholds nothing
  assert.ok(publicWords(text.replace('the press and public be excluded from the meeting', 'the report be noted')).includes('valuation'));
});

test('a scribe\'s confidential topic: its title in the contents above and its action in the closing summary are left out of the public version', () => {
  const text = [
    'Tile Working Group Teleconference', '13 Mar 2025', '', 'Attendees', '', 'Present', '   Lena, Omar, Ravi', '', 'Contents', '',
    '     * [4]Topics', '         1. [5]Issue 318: z-order of overlapping', '            features', '         2. [6]Charter budget (Member-confidential)',
    '         3. [7]AOB', '     * [8]Summary of Action Items', '     _________________________________________________________', '',
    'Issue 318: z-order of overlapping features', '', '   Ravi: the schema needs a z_index.', '   ACTION: Ravi to draft the z_index text', '',
    'Charter budget (Member-confidential)', '', '   Lena: the host can fund the server at 4,800 EUR.', '   ACTION: Lena to ask the steering group for a second co-sponsor', '   before the April call', '',
    'AOB', '', '   None.', '', 'Summary of Action Items', '',
    '   [NEW] ACTION: Lena to ask the steering group for a second co-sponsor', '   before the April call', '   [NEW] ACTION: Ravi to draft the z_index text', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.map((i) => i.title), ['Issue 318: z-order of overlapping features', 'Charter budget (Member-confidential)', 'AOB'], 'the contents entry the page wrapped is one entry');
  const out = publicWords(text);
  for (const w of ['4,800', 'co-sponsor', 'April call', 'Charter budget']) assert.ok(!out.includes(w), `"${w}" is not published: ${out}`);
  assert.ok(out.includes('Ravi to draft the z_index text'), 'the public topic\'s action stays in the summary');
});

test('review mends: approved minutes stay approved; a published `Decision –` label is not said twice; a word the page hyphenated is joined', () => {
  const approved = ['Board', 'Minutes of the meeting held on 12 March 2024', 'Status: Approved by the Board on 9 April 2024, subject to one amendment to be approved by the Chair.', 'Present: Ann Lowe (Chair)', '', '1. Minutes', 'Agreed.', ''].join('\n');
  assert.doesNotMatch(publicWords(approved), /DRAFT/);
  const labelled = ITEM(['Decision – the grant be accepted.']);
  assert.doesNotMatch(publicWords(labelled), /Decision:\*\* Decision/);
  const hyphen = ITEM(['RESOLVED that the licence be granted subject to the con-', 'ditions in the report.']);
  assert.match(publicWords(hyphen), /subject to the conditions in the report/);
});

const EXCLUSION = (resolution: string, items: string[]): string => [
  'PARISH COUNCIL', 'Minutes of the meeting held on 4 June 2024', '', 'Present: Cllr A Brown (Chair), Cllr C Dee', '',
  '1. Apologies', 'None.', '', '2. Allotment rents', 'The rents were noted.', '', '3. Exclusion of the press and public', resolution, '', ...items, '',
].join('\n');

test('the second review\'s leaks: an exempt item\'s own "readmitted", a number from another meeting, a readmission at an exempt item\'s end', () => {
  const pupil = EXCLUSION('RESOLVED that the press and public be excluded for the following items, as they involve exempt information.', [
    '4. Pupil appeal', 'RESOLVED that the pupil be readmitted to the school from 1 June.', '',
    '5. Sale of the depot', 'RESOLVED that the depot be sold to Acme Ltd for £400,000.', '',
  ]);
  const out = publicWords(pupil);
  for (const w of ['readmitted to the school', 'Acme']) assert.ok(!out.includes(w), `"${w}" is not published`);
  const named = EXCLUSION('RESOLVED that the press and public be excluded for the following item, which relates to item 2 of the meeting of 1 April 2025.', ['4. Sale of the depot', 'RESOLVED that the depot be sold to Acme Ltd.', '', '5. Close', 'Closed at 9pm.']);
  const nout = publicWords(named);
  assert.ok(!nout.includes('Acme') && nout.includes('The rents were noted.'), nout);
  const last = EXCLUSION('RESOLVED that the press and public be excluded for the following items.', ['4. Sale of the depot', 'RESOLVED that the depot be sold to Acme Ltd.', 'RESOLVED that the press and public be readmitted to the meeting.', '', '5. Public participation', 'There were no questions from the public.']);
  const lout = publicWords(last);
  assert.ok(!lout.includes('Acme') && lout.includes('no questions from the public'), lout);
});

test('the second review\'s leaks: `the public be excluded`, the items in Part 2 of the agenda, a summary under the last item', () => {
  const pub = EXCLUSION('RESOLVED that the public be excluded for the following item.', ['4. Sale of the depot', 'RESOLVED that the depot be sold to Acme Ltd.']);
  assert.ok(!publicWords(pub).includes('Acme'));
  const part2 = EXCLUSION('RESOLVED that the press and public be excluded for the items in Part 2 of the agenda.', ['4. Staffing', 'RESOLVED that Ms Jones be made redundant.', '', '5. Sale of the depot', 'RESOLVED that the depot be sold to Acme Ltd.']);
  const p2 = publicWords(part2);
  assert.ok(!p2.includes('Jones') && !p2.includes('Acme'), p2);
  const summary = ['PARISH COUNCIL', 'Minutes of the meeting held on 4 June 2024', '', 'Present: Cllr A Brown (Chair)', '',
    '2. [confidential] Staff matters', 'ACTION: Clerk to write to Ms Jones confirming the outcome', '', '3. Close', 'The meeting closed at 9pm.',
    'Summary of actions agreed:', '- Clerk to write to Ms Jones confirming the outcome', ''].join('\n');
  assert.ok(!publicWords(summary).includes('Jones'));
});
