import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bulletAt, debrisKind, findDebris, inlineDebris, type DebrisKind } from '#service/forms/debris';
import { joinLines, lineEndHyphen } from '#service/forms/hyphenation';
import { misencodedRuns, repairMisencoded } from '#service/encoding';
import { findDates, findTimeRange } from '#service/dates';

const fixtures = join(__dirname, '..', '..', 'test', 'fixtures');
const read = (path: string) => readFileSync(join(fixtures, path), 'utf8').split(/\r\n|\r|\n/);

// Lines of every family's debris, one line each (invented text in the families' forms).
const DEBRIS: Array<[string, DebrisKind]> = [
  ['Page 3 of 7', 'page-footer'],
  ['                                        Page 9', 'page-footer'],
  ['- 3 -', 'page-footer'],
  ['12 of 40', 'page-footer'],
  ['City Council Minutes / June 16, 2020 / 2', 'page-footer'],
  ['Trust Board 25.04.2017 Minutes – Final Page 1 of 12', 'page-footer'],
  ['Harbury Town Council – Minutes 02.05.23                    Page 4 of 6', 'page-footer'],
  ['FGB 09.11.21', 'running-header'],
  ['LGB 14.03.23', 'running-header'],
  ['                                                 Agenda Item 4', 'agenda-stamp'],
  ['Enclosure A', 'agenda-stamp'],
  ['Agenda Item 5.1 Appendix 11', 'agenda-stamp'],
  ['Agenda item 7b', 'agenda-stamp'],
  ["Chair's initials ......", 'initials-box'],
  ['Chairman’s Initials ________', 'initials-box'],
  ['Signed ……………………………………… Chair          Date ………………………', 'signature'],
  ['Signed ______________________ (Chair)          Date _______________', 'signature'],
  ['Chair ........................................', 'signature'],
  ['Date .........................................', 'signature'],
  ['Chairman: ................  Date: ............', 'signature'],
  ['ATTEST:', 'signature'],
  ['(SEAL)', 'signature'],
  // a court's signing formula over the signature lines (invented)
  ['APPROVED this 2nd day of June, 2025.', 'signature'],
  // the formula in capitals, or with tabs between its words, as a court's minute book prints it
  ['APPROVED THIS 9TH DAY OF MARCH, 2026.', 'signature'],
  ['Passed and adopted this\t3rd day of June 2025', 'signature'],
  ['Passed and adopted this 14th day of May 2024', 'signature'],
  ['DRAFT', 'draft-banner'],
  ['- DRAFT -', 'draft-banner'],
  ['DRAFT – subject to approval at the next meeting of the Council', 'draft-banner'],
  ['UNCONFIRMED MINUTES – subject to approval', 'draft-banner'],
  ['UNAPPROVED DRAFT – to be confirmed at the next meeting', 'draft-banner'],
  ['UNCONFIRMED DRAFT MINUTES – subject to approval by the Council', 'draft-banner'],
  ['- UNAPPROVED DRAFT -', 'draft-banner'],
  // the stamp's words after the dash in capitals too (a Word template's banner line)
  ['DRAFT – SUBJECT TO APPROVAL BY THE BOARD', 'draft-banner'],
  ['UNCONFIRMED MINUTES: NOT FOR PUBLICATION', 'draft-banner'],
  ['DRAFT MINUTES FOR APPROVAL', 'draft-banner'],
  ['DRAFT – Subject to approval at the next meeting', 'draft-banner'],
  ['UNCONFIRMED – Not for publication', 'draft-banner'],
  ['Skip to content', 'web-chrome'],
  ['Back to top', 'web-chrome'],
  ['Agenda and minutes', 'web-chrome'],
  ['Additional documents:', 'paper-link'],
  ['Supporting documents:', 'paper-link'],
  ['Jump to navigation Jump to search', 'wiki-chrome'],
  ['Retrieved from "https://wiki.example.org/w/index.php?title=Board/2021-03-02&oldid=12"', 'wiki-chrome'],
  ['Categories:', 'wiki-chrome'],
  ['This page was last edited on 4 May 2021, at 10:02.', 'wiki-chrome'],
  ['From Riverside Allotments Wiki', 'wiki-chrome'],
  // a HackMD or HedgeDoc note's tags line: a heading of the smallest size, as those tools write it (a larger one may be an item on tags)
  ['###### tags: `board` `minutes`', 'wiki-chrome'],
  ['Loading...', 'viewer-chrome'],
  ['HomeMy WebLinkAboutCC Minutes 03-02-2021_exppdf', 'viewer-chrome'],
  ['[12] https://www.example.org/2023/09/07-minutes.html', 'link-reference'],
  ['   [3]https://lists.example.org/archives/0003.html', 'link-reference'],
  ['<trackbot> Closed action-41.', 'scribe-tool'],
  ['<RRSAgent> I have made the request to generate minutes', 'scribe-tool'],
  ['<Marit> scribe: Benedikt', 'scribe-tool'],
  ['Deepa: q+', 'scribe-tool'],
  ['q-', 'scribe-tool'],
  ['[End of minutes]', 'scribe-tool'],
  ['\u00a0', 'blank'],
  ['  \u00a0 ', 'blank'],
  ['\f', 'form-feed'],
  ['______________________________', 'rule'],
  ['-------------------------------------------------------------------', 'rule'],
  ['101 High Street • PO Box 12 • Millbrook • (555) 555-0100 • www.millbrook.gov', 'page-footer'],
  // a DokuWiki page's frame: its tool bars, trail, last-modified line and footer
  ['Recent Changes Media Manager Sitemap', 'wiki-chrome'],
  ['Show page Old revisions Backlinks Export to PDF Back to top', 'wiki-chrome'],
  ['Log In Register', 'wiki-chrome'],
  ['Trace: • start • trustees • 2023-09-12', 'wiki-chrome'],
  ['You are here: start » board » minutes', 'wiki-chrome'],
  ['board/minutes/2023-09-12.txt · Last modified: 2023/10/02 08:15 by admin', 'wiki-chrome'],
  ['Except where otherwise noted, content on this wiki is licensed under the following license: CC0 1.0 Universal', 'wiki-chrome'],
  ['Powered by PHP Valid HTML5 Valid CSS Driven by DokuWiki', 'wiki-chrome'],
];

// Minute text that looks like debris but is not: a sentence that merely says "page" or "draft".
const NOT_DEBRIS = [
  // a decision that happens to say the day (invented)
  'APPROVED the budget for the 2nd day of the fair.',
  '###### Tags and labels for the archive',
  '## Tags: agreed naming for the releases',
  'In the penultimate paragraph of Page 2, it mentions that the remedies apply.',
  'The Committee noted the figures on page 3 of the report.',
  'as set out on Page 4',
  'Item 4',
  '4.',
  '2',
  '082/22',
  '12/20',
  'DRAFT LOCAL PLAN CONSULTATION',
  'UNAPPROVED DRAFT LOCAL PLAN',
  'DRAFT BUDGET – SUBJECT TO CONSULTATION',
  'Unapproved draft – to be confirmed by the working group',
  'The draft budget was approved.',
  'Draft minutes of the last meeting were circulated.',
  'Chair',
  'Date',
  'Date:',
  'Present: Cllr J Pemberton (Chair), Cllr A Fairlie',
  'Chair: Marit Solberg',
  'Home working policy',
  'Media enquiries would be handled by the press office.',
  'Appendix 1',
  'APPENDIX 1',
  'Enclosure of the common land was discussed.',
  'The Clerk signed the cheques. Date of the next meeting: 9 July.',
  'Signed off by the auditor in March.',
  'Marit: action-41, Chen to check licence of the sample feeds',
  'Minutes:',
  '',
  '    ',
  'Agenda item',
  '[2]Agenda. [3]IRC log.',
  // a menu word alone, or in a sentence, is minute text
  'Backlinks',
  'Recent changes to the lease were noted.',
  'Admin',
  'The trace: two cables were found.',
  'Last modified: 2 May (the policy)',
];

test('a line of every family’s debris is recognised, by kind', () => {
  for (const [line, kind] of DEBRIS) assert.equal(debrisKind(line), kind, JSON.stringify(line));
});

test('minute text that mentions pages, drafts, chairs or dates is not debris', () => {
  for (const line of NOT_DEBRIS) assert.equal(debrisKind(line), undefined, JSON.stringify(line));
});

test('forms that are debris only in their place: a bare page number, the signatory under a signature line', () => {
  assert.equal(debrisKind('2', { previous: 'running-header' }), 'page-footer');
  assert.equal(debrisKind('2'), undefined);
  assert.equal(debrisKind('Annika Lindqvist, Mayor', { previous: 'rule' }), 'signature');
  assert.equal(debrisKind('Annika Lindqvist, Mayor'), undefined);
  assert.equal(debrisKind('Chair', { previous: 'rule' }), 'signature');
  assert.equal(debrisKind('Date:', { previous: 'signature' }), 'signature');
  assert.equal(debrisKind('Chair', { previous: undefined }), undefined);
  assert.equal(debrisKind('City Council Minutes', { repeatedAtPageBreak: true }), 'running-header');
  assert.equal(debrisKind('Appendix A - Budget, item 6 pdf icon PDF 301 KB', { previous: 'paper-link' }), 'paper-link');
  assert.equal(debrisKind('Appendix B - Case studies (PDF, 2 MB)', { previous: 'paper-link' }), 'paper-link');
});

test('an HTML comment over several lines is debris, whatever it holds; one left open is text', () => {
  const lines = ['<!-- Exported by a converter -->', '', '<!-----', 'Notes of the conversion:', '1. Paste the output.', '* Wed Mar 4 2026 10:02:11', '----->', '', '# Garden Club Notes', 'Text.'];
  assert.deepEqual(findDebris(lines).filter((d) => d.kind === 'comment').map((d) => d.line), [2, 3, 4, 5, 6]);
  assert.deepEqual(findDebris(['<!--', 'Apologies', 'Text.']).filter((d) => d.kind === 'comment'), []);
});

test('a list archive\'s message around minutes: the mail\'s headers above the rule are its wrapper, its date no meeting\'s', () => {
  const lines = ['lists.example.org', 'Subject: [wg] Minutes of the call, 3 March 2026', 'From: Ana Silva <ana@example.org>', 'Date: Wed, 4 Mar 2026 09:12:00 +0000', '', 'Minutes below.', '==============================', 'Widget Format Working Group', 'Minutes of the meeting of Tuesday 3 March 2026', '=============================='];
  assert.deepEqual(findDebris(lines).filter((d) => d.kind === 'email-wrapper').map((d) => d.line), [0, 1, 2, 3, 5]);
  // a rule under a heading with no mail above it wraps nothing
  assert.deepEqual(findDebris(['Widget Format Working Group', 'From: the chair', '==============================', 'Minutes']).filter((d) => d.kind === 'email-wrapper'), []);
});

test('a council web page\'s footer under its last `Back to top` is debris, line by line; minutes after the mark stay text (invented pages)', () => {
  const kinds = (lines: string[]) => findDebris(lines).filter((d) => d.kind === 'web-chrome').map((d) => d.line);
  const page = ['Licensing Committee', '12/26', 'APOLOGIES', 'None were received.', 'Back to top', '\u00a0', 'Cookies', 'Accessibility statement', 'Contact us | Privacy notice', '© Westmere Borough Council 2026'];
  assert.deepEqual(kinds(page), [4, 6, 7, 8, 9]);
  // a page with no footer under the mark, and one where the minutes go on under it (a sentence): nothing more is debris
  assert.deepEqual(kinds(page.slice(0, 5)), [4]);
  assert.deepEqual(kinds(['Licensing Committee', 'Back to top', 'Cookies', 'RESOLVED that the licence be granted.', 'Contact us']), [1]);
});

test('debris inside a line: paper links, View directions, wiki edit links, form feeds', () => {
  const kinds = (line: string) => inlineDebris(line).map((d) => [line.slice(d.start, d.end), d.kind]);
  assert.deepEqual(kinds('TO CONFIRM THE MINUTES pdf icon PDF 198 KB'), [['pdf icon PDF 198 KB', 'paper-link']]);
  assert.deepEqual(kinds('Venue: Council Chamber, County Hall. View directions'), [['View directions', 'web-chrome']]);
  assert.deepEqual(kinds('Treasurer\'s report[edit | edit source]'), [['[edit | edit source]', 'wiki-chrome']]);
  assert.deepEqual(kinds('Risk register [edit]'), [['[edit]', 'wiki-chrome']]);
  // a council web page's link into the meeting's video, after a section's heading
  assert.deepEqual(kinds('VIII. PUBLIC COMMENT [00:41:07]'), [['[00:41:07]', 'web-chrome']]);
  assert.deepEqual(kinds('Open forum [1:12:30]'), [['[1:12:30]', 'web-chrome']]);
  assert.deepEqual(kinds('\f   Transport Committee'), [['\f', 'form-feed']]);
  assert.deepEqual(kinds('The icon on the PDF was 198 KB in size.'), []);
  // a Word comment an export wrote at its anchor, glued to the word before it, or alone on its line
  assert.deepEqual(kinds('the grant was noted.Commented [RT2]: KM to check the figure  '), [['Commented [RT2]: KM to check the figure', 'comment']]);
  assert.deepEqual(kinds('Commented [AB1.1]: agreed'), [['Commented [AB1.1]: agreed', 'comment']]);
  assert.deepEqual(kinds('The paper was commented [sic] on by two members.'), []);
  // the other ways a page prints its link to a paper: type and size, in brackets, the icon alone
  assert.deepEqual(kinds('JOINT STRATEGY - YEAR ONE REPORT PDF 1 MB'), [['PDF 1 MB', 'paper-link']]);
  assert.deepEqual(kinds('Budget monitoring report (PDF, 240KB)'), [['(PDF, 240KB)', 'paper-link']]);
  assert.deepEqual(kinds('Appendix B - Case studies [pdf 1.2 MB]'), [['[pdf 1.2 MB]', 'paper-link']]);
  assert.deepEqual(kinds('Appendix C - Consultation responses docx icon'), [['docx icon', 'paper-link']]);
  assert.deepEqual(kinds('Forward plan xlsx icon Excel 96 kB'), [['xlsx icon Excel 96 kB', 'paper-link']]);
  assert.deepEqual(kinds('Equality impact assessment (812 KB)'), [['(812 KB)', 'paper-link']]);
  // near misses: the words of a sentence, a size that is no link's
  assert.deepEqual(kinds('Members asked for the report as a PDF'), []);
  assert.deepEqual(kinds('The archive now holds 500 MB'), []);
  assert.deepEqual(kinds('Minutes of the last meeting (draft)'), []);
  assert.deepEqual(kinds('Directions to the hall were given; view directions online.'), []);
  assert.deepEqual(kinds('[00:41:07]'), []);
  assert.deepEqual(kinds('The meeting closed at [21:30]'), []);
});

test('bullets: the bullet to strip, never the line; words and page numbers are not bullets', () => {
  const b = (line: string) => { const r = bulletAt(line); return r && [r.bullet, line.slice(r.end)]; };
  assert.deepEqual(b('\uf0b7\tthe opening of the new endoscopy suite'), ['\uf0b7', 'the opening of the new endoscopy suite']);
  assert.deepEqual(b('•  Action 17 – Complete;'), ['•', 'Action 17 – Complete;']);
  assert.deepEqual(b('\to\tCharging and Remissions Policy'), ['o', 'Charging and Remissions Policy']);
  assert.deepEqual(b('o Remote Learning Policy'), ['o', 'Remote Learning Policy']);
  assert.deepEqual(b('\t-\tRH completed safer recruitment training'), ['-', 'RH completed safer recruitment training']);
  assert.deepEqual(b('* **Decision**: adopt'), ['*', '**Decision**: adopt']);
  assert.equal(bulletAt('on the agenda'), undefined);
  assert.equal(bulletAt('o'), undefined);
  assert.equal(bulletAt('-5 degrees'), undefined);
  assert.equal(bulletAt('- 3 -'), undefined);
  assert.equal(bulletAt('**Decision**'), undefined);
});

test('mis-encoded characters (UTF-8 read as Windows-1252) are found with what was written; real accents are left', () => {
  assert.equal(repairMisencoded('weâ€™re one holiday away'), 'we’re one holiday away');
  assert.equal(repairMisencoded('â€œquotedâ€\u009d and Â£4,212 and 10 â€“ 12'), '“quoted” and £4,212 and 10 – 12');
  assert.equal(repairMisencoded('CafÃ© and naÃ¯ve'), 'Café and naïve');
  for (const plain of ['Mirela Kovač', 'Zoë née Brontë', 'café', '£4,212 – “quoted”', 'Â']) assert.deepEqual(misencodedRuns(plain), [], plain);
  const [run] = misencodedRuns('weâ€™re');
  assert.deepEqual([run.start, run.end, run.replacement], [2, 5, '’']);
});

test('words hyphenated at a line end: joined when a printing break, kept when a hyphenated word', () => {
  const j = (a: string, b: string) => { const r = lineEndHyphen(a, b); return r && `${r.verdict} ${r.word}`; };
  assert.equal(j('a written reply con-', 'firming both installation dates.'), 'join confirming');
  assert.equal(j('Officers ad-', 'vised that'), 'join advised');
  assert.equal(j('set out in para-', 'graph 6.4'), 'join paragraph');
  assert.equal(j('the public interest in main-', 'taining the exemption'), 'join maintaining');
  assert.equal(j('the trans-', 'port plan'), 'join transport');
  assert.equal(j('staff well-', 'being survey'), 'keep well-being');
  assert.equal(j('a self-', 'closing hinge'), 'keep self-closing');
  assert.equal(j('a co-', 'opted member'), 'keep co-opted');
  assert.equal(j('a non-', 'pecuniary interest'), 'keep non-pecuniary');
  assert.equal(j('Councillor Lowther-', 'Bain asked'), 'keep Lowther-Bain');
  assert.equal(j('the year-to-', 'date deficit'), 'keep year-to-date');
  assert.equal(j('the A614-', '2025 scheme'), 'keep A614-2025');
  assert.equal(lineEndHyphen('Minute 46 –', 'Durnford'), undefined);
  assert.equal(lineEndHyphen('ten -', 'twelve'), undefined);
  assert.equal(lineEndHyphen('no hyphen here', 'next'), undefined);
});

test('two lines of one text joined: a split word made whole, a hyphenated word kept, otherwise a space', () => {
  assert.equal(joinLines('the Monitor-', 'ing Officer'), 'the Monitoring Officer');
  assert.equal(joinLines('the Vice-', 'Chair'), 'the Vice-Chair');
  assert.equal(joinLines('items ten -', 'twelve'), 'items ten - twelve');
  assert.equal(joinLines('the budget', 'was agreed'), 'the budget was agreed');
});

test('dates in the dotted form of footers and tables, times with am/pm on the 24-hour clock', () => {
  const iso = (t: string) => findDates(t).map((d) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);
  assert.deepEqual(iso('Date:\t14.03.23'), ['2023-03-14']);
  assert.deepEqual(iso('Trust Board 25.04.2017 Minutes'), ['2017-04-25']);
  assert.deepEqual(iso('paragraph 116.1 and version 4.2.1 at 10.00'), []);
  assert.deepEqual(iso('minute 2231.4.12'), []);
  assert.equal(findTimeRange('AT 10.00 AM')?.from, '10:00');
  assert.equal(findTimeRange('at 7.30pm in the hall')?.from, '19:30');
  assert.equal(findTimeRange(' – 6:00 P.M.')?.from, '18:00');
  assert.equal(findTimeRange('June 16, 2020 – 6:00 P.M.')?.from, '18:00');
  assert.deepEqual([findTimeRange('Tuesday 27 September 2022 - 1000 – 1300 hrs')?.from, findTimeRange('Tuesday 27 September 2022 - 1000 – 1300 hrs')?.to], ['10:00', '13:00']);
  assert.deepEqual([findTimeRange('Meeting 1000 - 1130')?.from, findTimeRange('Meeting 1000 - 1130')?.to], ['10:00', '11:30']);
  assert.equal(findTimeRange('12.15 am')?.from, '00:15');
  assert.deepEqual([findTimeRange('10.30 - 12.15pm')?.from, findTimeRange('10.30 - 12.15pm')?.to], ['10:30', '12:15']);
  assert.deepEqual([findTimeRange('1000 – 1300 hrs')?.from, findTimeRange('1000 – 1300 hrs')?.to], ['10:00', '13:00']);
});

// The debris a reader finds in each document, by line (1-based, as an editor shows them) and kind.
// Written by reading the documents; each list is a handful, not every line.
const FOUND: Record<string, Array<[number, DebrisKind]>> = {
  'layouts/01-council-committee-pdf.txt': [[1, 'agenda-stamp'], [106, 'page-footer'], [107, 'running-header'], [165, 'signature'], [167, 'signature'], [171, 'page-footer']],
  'layouts/02-moderngov-web-panel.txt': [[1, 'web-chrome'], [3, 'web-chrome'], [28, 'blank'], [106, 'paper-link'], [108, 'paper-link'], [109, 'paper-link'], [161, 'paper-link'], [163, 'paper-link'], [165, 'web-chrome']],
  'layouts/03-parish-council.txt': [[1, 'draft-banner'], [108, 'page-footer'], [109, 'initials-box'], [131, 'signature'], [133, 'page-footer']],
  'layouts/04-nhs-trust-board.txt': [[1, 'agenda-stamp'], [2, 'agenda-stamp'], [87, 'page-footer'], [122, 'page-footer'], [146, 'page-footer']],
  'layouts/05-school-governing-board.txt': [[106, 'signature'], [109, 'page-footer']],
  'layouts/06-charity-wiki.txt': [[2, 'wiki-chrome'], [3, 'wiki-chrome'], [102, 'wiki-chrome'], [103, 'wiki-chrome'], [105, 'wiki-chrome'], [108, 'wiki-chrome'], [118, 'wiki-chrome'], [122, 'wiki-chrome']],
  'layouts/07-university-council.txt': [],
  'layouts/08-us-city-council.txt': [[1, 'viewer-chrome'], [2, 'viewer-chrome'], [3, 'page-footer'], [51, 'running-header'], [52, 'running-header'], [53, 'page-footer'], [92, 'running-header'], [94, 'page-footer'], [98, 'signature'], [97, 'signature'], [102, 'page-footer']],
  'layouts/09-standards-wg-scribe.txt': [[1, 'email-wrapper'], [3, 'email-wrapper'], [7, 'email-wrapper'], [9, 'rule'], [11, 'link-reference'], [13, 'link-reference'], [15, 'draft-banner'], [54, 'scribe-tool'], [59, 'link-reference'], [79, 'scribe-tool'], [111, 'scribe-tool'], [188, 'link-reference'], [191, 'scribe-tool']],
  'layouts/10-oss-steering-markdown.txt': [],
  'corpus/spcb-2020-01-21.txt': [],
  'corpus/spcb-2022-09-27.txt': [],
  'corpus/spcb-2023-12-19-with-2024-01-agenda.txt': [],
};

// Lines a reader reads as minutes although they look like debris (items, headings, sentences).
const KEPT: Record<string, number[]> = {
  'layouts/01-council-committee-pdf.txt': [39, 110, 160],
  'layouts/02-moderngov-web-panel.txt': [7, 9, 18, 24, 52],
  'layouts/03-parish-council.txt': [5, 8, 65, 66, 111],
  'layouts/04-nhs-trust-board.txt': [21, 57, 72, 124, 127],
  'layouts/05-school-governing-board.txt': [22, 74, 98],
  'layouts/06-charity-wiki.txt': [1, 6, 8, 14, 23, 25, 34, 92],
  'layouts/07-university-council.txt': [1, 3, 5, 7, 15, 17, 115],
  'layouts/08-us-city-council.txt': [4, 7, 21, 24, 95],
  'layouts/09-standards-wg-scribe.txt': [17, 19, 21, 26, 65, 72, 77, 118, 168],
  'layouts/10-oss-steering-markdown.txt': [1, 9, 45, 64],
  'corpus/spcb-2022-09-27.txt': [128, 247],
  'corpus/spcb-2023-12-19-with-2024-01-agenda.txt': [76, 77, 150, 151],
};

test('the debris a reader finds in each layout and corpus document, and the text that is kept', () => {
  for (const [file, expected] of Object.entries(FOUND)) {
    const lines = read(file);
    const whole = new Map<number, DebrisKind>();
    for (const d of findDebris(lines)) if (d.start === 0 && d.end === lines[d.line].length) whole.set(d.line + 1, d.kind);
    for (const [line, kind] of expected) assert.equal(whole.get(line), kind, `${file}:${line} ${JSON.stringify(lines[line - 1])}`);
    for (const line of KEPT[file] ?? []) assert.equal(whole.get(line), undefined, `${file}:${line} ${JSON.stringify(lines[line - 1])} is minute text`);
  }
});

test('inline debris of the documents: paper links after item titles, the wiki’s edit links, the form feed', () => {
  const inline = (file: string, line: number) => findDebris(read(file)).filter((d) => d.line === line - 1 && !(d.start === 0 && d.end === read(file)[line - 1].length)).map((d) => d.kind);
  assert.deepEqual(inline('layouts/02-moderngov-web-panel.txt', 42), ['paper-link']);
  assert.deepEqual(inline('layouts/02-moderngov-web-panel.txt', 9), ['web-chrome']);
  assert.deepEqual(inline('layouts/06-charity-wiki.txt', 60), ['wiki-chrome']);
});

test('no word of a document is lost: spans lie inside their lines and never overlap', () => {
  for (const file of Object.keys(FOUND)) {
    const lines = read(file);
    let last = { line: -1, end: 0 };
    for (const d of findDebris(lines)) {
      assert.ok(d.start >= 0 && d.end <= lines[d.line].length && d.start < d.end || (d.start === 0 && d.end === 0), `${file}:${d.line + 1}`);
      assert.ok(d.line > last.line || d.start >= last.end, `${file}:${d.line + 1} overlaps`);
      last = { line: d.line, end: d.end };
    }
  }
});

test('debris functions never throw and stay linear on hostile lines', () => {
  const hostile = ['.'.repeat(100000), '- '.repeat(50000), 'Page '.repeat(20000), '\f'.repeat(1000), 'â€'.repeat(20000), '<'.repeat(50000), '[edit'.repeat(10000)];
  const started = Date.now();
  for (const h of hostile) {
    debrisKind(h);
    inlineDebris(h);
    bulletAt(h);
    lineEndHyphen(h, h);
    misencodedRuns(h);
    findDebris([h, h, 'Page 2', h]);
  }
  // a long document of blank lines, page footers and repeated headers stays linear
  const many: string[] = [];
  for (let i = 0; i < 20000; i++) many.push('', '', 'Board minutes', `Page ${i % 999}`, '\f', 'Text of the minute.', '2');
  findDebris(many);
  findDebris(['Page 1', ...new Array<string>(100000).fill('   '), 'Page 2']);
  assert.ok(Date.now() - started < 5000);
});
