/**
 * Published minutes are an archive: what is checked there, which meeting should have approved a
 * meeting's minutes, where the open actions carried into a meeting come from, and the outline in
 * a clerk's words. Expectations written from reading the minutes, not from the parser's output.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  analyzeText, archiveReason, buildWorkspace, codeLenses, documentSymbols, parse, readSettings, renderMeeting, shownFindings,
  splitLinesForTests, sameAcrossMeetings, RULES, DEFAULT_SETTINGS, type MinutesSettings, type OutlineSymbol,
} from '#service';
import { corpusText, MEETING, TODAY, workspaceOf } from '../support/util';

const settings = (raw: unknown = {}): MinutesSettings => ({ ...DEFAULT_SETTINGS, ...readSettings(raw) });
const codes = (fs: ReadonlyArray<{ code: string }>): string[] => [...new Set(fs.map((f) => f.code.replace('minutes/', '')))].sort();

function shown(uri: string, text: string, raw: unknown = {}): string[] {
  const s = settings(raw);
  const a = analyzeText(uri, 1, text, s, TODAY);
  return codes(shownFindings(a.findings, a.doc.meeting, uri, s));
}

const DEC_2023 = corpusText('spcb-2023-12-19-with-2024-01-agenda.txt');

test('published text opened as minutes is an archive: no "115/2 3 is not written as NNN/YY", no owners or names to add', () => {
  const uri = 'file:///board/spcb-2023-12-19.txt';
  // as a draft, the bold actions without owners are reported (the numbers the PDF broke, `115/2 3`, are debris: no finding)
  const draft = shown(uri, DEC_2023, { archive: 'none' });
  assert.ok(!draft.includes('malformed-number'), draft.join(', '));
  for (const c of ['action-without-owner', 'action-without-due-date', 'unknown-person', 'non-canonical']) assert.ok(draft.includes(c), `${c} as a draft: ${draft.join(', ')}`);
  // by default a .txt file is published text: none of what would change the record
  assert.deepEqual(shown(uri, DEC_2023), []);
  assert.match(archiveReason(parse(DEC_2023).meeting, uri, settings())!, /spcb-2023-12-19\.txt is published text/);
  // "marked" asks for the Status: line, and a .minutes file is a draft until it has one
  assert.ok(shown(uri, DEC_2023, { archive: 'marked' }).includes('action-without-owner'));
  assert.ok(shown('file:///board/2023-12-19.minutes', DEC_2023).includes('action-without-owner'));
});

const UNFINISHED = `${MEETING}
81/22 Access to Police Services
Presented by: Andy Beerd
ACTION: Share the data.

082/22 Fairness and Belonging
`;

test('the Status: line marks a meeting approved or published; Status: Draft keeps it a draft', () => {
  const uri = 'file:///board/2022-09-27.minutes';
  const all = shown(uri, UNFINISHED);
  for (const c of ['malformed-number', 'unknown-person', 'action-without-owner', 'action-without-due-date', 'empty-item']) assert.ok(all.includes(c), `${c}: ${all.join(', ')}`);
  const marked = (status: string) => UNFINISHED.replace('Chair: Simon Foster\n', `Chair: Simon Foster\nStatus: ${status}\n`);
  assert.equal(parse(marked('Approved 24/10/2022')).meeting?.status?.value, 'Approved 24/10/2022');
  assert.deepEqual(shown(uri, marked('Approved 24/10/2022')), []);
  assert.deepEqual(shown(uri, marked('Published')), []);
  assert.match(archiveReason(parse(marked('Published')).meeting, uri, settings())!, /Status: Published/);
  assert.deepEqual(shown(uri, marked('Draft')), all);
  assert.deepEqual(shown('file:///board/x.txt', marked('Draft')), all, 'Draft wins over the .txt');
  assert.deepEqual(shown(uri, marked('Published'), { archive: 'none' }), all, 'minutes.archive: none checks everything');
  // the Status line is the clerk's note on the file, not part of the published record
  const text = marked('Approved 24/10/2022');
  const r = renderMeeting(parse(text), splitLinesForTests(text))!;
  assert.doesNotMatch(JSON.stringify(r), /Approved 24\/10\/2022/);
});

test('an archive keeps the findings that matter across meetings: a number used twice, a reference to nothing', () => {
  const july = `# Board\nDate: 26/07/2022\nStatus: Published\n\n075/22 Finance\nACTION: Report on fuel costs.\n`;
  const sept = `# Board\nDate: 27/09/2022\nStatus: Published\n\n075/22 Finance again\nSee 070/21 and 075/22-A4.\n`;
  const ws = workspaceOf([['file:///a.minutes', july], ['file:///b.minutes', sept]]);
  assert.deepEqual(codes(ws.findingsOf('file:///b.minutes')), ['duplicate-number', 'unknown-reference']);
});

test('each rule says itself whether it speaks on archives: numbering, references and actions do; spelling and lists do not', () => {
  const inArchives = RULES.filter((r) => r.inArchives).map((r) => r.name).sort();
  for (const kept of ['duplicate-number', 'number-out-of-sequence', 'unknown-reference', 'not-approved', 'file-not-checked']) assert.ok(inArchives.includes(kept), kept);
  for (const quiet of ['malformed-number', 'non-canonical', 'action-without-owner', 'action-without-due-date', 'unknown-person', 'empty-item', 'absent-participant']) assert.ok(!inArchives.includes(quiet), quiet);
});

test('minutes.archiveBefore and minutes.archive: approved', () => {
  const uri = 'file:///board/2022-09-27.minutes';
  assert.deepEqual(shown(uri, UNFINISHED, { archiveBefore: '01/01/2023' }), []);
  assert.deepEqual(shown(uri, UNFINISHED, { archiveBefore: '2022-09-27' }), shown(uri, UNFINISHED), 'held on the day, not before');
  assert.equal(settings({ archiveBefore: 'soon' }).archiveBefore, undefined);
  const oct = `# Board\nDate: 25/10/2022\n\n083/22 Notes of the Last Meeting\nThe notes of the meeting held on 27 September 2022 were agreed as a correct record.\n`;
  const ws = buildWorkspace([{ uri, doc: parse(UNFINISHED) }, { uri: 'file:///board/2022-10-25.minutes', doc: parse(oct) }], TODAY);
  const s = settings({ archive: 'approved' });
  assert.match(archiveReason(parse(UNFINISHED).meeting, uri, s, () => ws)!, /agreed at the meeting of 25\/10\/2022/);
  assert.equal(archiveReason(parse(UNFINISHED).meeting, uri, settings(), () => ws), undefined, 'by default an approved .minutes file is still checked');
});

// ---- "These minutes were never agreed" -----------------------------------------------------------

const meeting = (date: string, body = '', next?: string): string => `# Board\nDate: ${date}\n${next ? `Next meeting: ${next}\n` : ''}\n${body}`;
function notApproved(files: Array<[string, string]>, uri: string): string[] {
  return workspaceOf(files).findingsOf(uri).filter((f) => f.code === 'minutes/not-approved').map((f) => f.message);
}

test('never agreed: said only when the next meeting is in the folder, naming it', () => {
  // January 2020, then September 2022: the meetings between are not in the folder
  assert.deepEqual(notApproved([['file:///f/2020-01-21.minutes', meeting('21/01/2020')], ['file:///f/2022-09-27.minutes', meeting('27/09/2022')]], 'file:///f/2020-01-21.minutes'), []);
  // the later meeting approves the minutes of another meeting, one not in the folder
  const approvesJuly = meeting('27/09/2022', '078/22 Notes\nThe notes of the meeting held on 26 July 2022 were agreed as a correct record.\n');
  assert.deepEqual(notApproved([['file:///f/2022-06-01.minutes', meeting('01/06/2022')], ['file:///f/2022-09-27.minutes', approvesJuly]], 'file:///f/2022-06-01.minutes'), []);
  // the meeting names its next meeting, and that meeting is missing
  assert.deepEqual(notApproved([['file:///f/2022-07-26.minutes', meeting('26/07/2022', '', '23/08/2022')], ['file:///f/2022-09-27.minutes', meeting('27/09/2022')]], 'file:///f/2022-07-26.minutes'), []);
  // the next meeting is here and says nothing of these minutes
  const said = notApproved([['file:///f/2022-07-26.minutes', meeting('26/07/2022', '', '27/09/2022')], ['file:///f/2022-09-27.minutes', meeting('27/09/2022')]], 'file:///f/2022-07-26.minutes');
  assert.equal(said.length, 1);
  assert.match(said[0], /never agreed as a correct record: the next meeting, 27\/09\/2022 \(2022-09-27\.minutes\), does not say so/);
  // minutes marked approved were approved, whatever the folder has
  assert.deepEqual(notApproved([['file:///f/2022-07-26.minutes', meeting('26/07/2022', '', '27/09/2022').replace('Date: 26/07/2022', 'Date: 26/07/2022\nStatus: Approved 27/09/2022')], ['file:///f/2022-09-27.minutes', meeting('27/09/2022')]], 'file:///f/2022-07-26.minutes'), []);
});

test('never agreed: the published meetings of the corpus, years apart, are not told that their next meeting did not agree them', () => {
  const files: Array<[string, string]> = [['file:///c/spcb-2020-01-21.minutes', corpusText('spcb-2020-01-21.txt')], ['file:///c/spcb-2022-09-27.minutes', corpusText('spcb-2022-09-27.txt')], ['file:///c/spcb-2023-12-19.minutes', DEC_2023]];
  for (const [uri] of files) assert.deepEqual(notApproved(files, uri), [], uri);
});

test('never agreed follows an edit of the meeting\'s own Next meeting: line, typed in its last item', () => {
  const july = (next: string) => `# Board\nDate: 26/07/2022\n\n076/22 Date of Next Meeting\nNext meeting: ${next}\n`;
  const sept = meeting('27/09/2022');
  const files = (next: string): Array<[string, string]> => [['file:///f/2022-07-26.minutes', july(next)], ['file:///f/2022-09-27.minutes', sept]];
  assert.equal(notApproved(files('27/09/2022'), 'file:///f/2022-07-26.minutes').length, 1);
  assert.equal(notApproved(files('23/08/2022'), 'file:///f/2022-07-26.minutes').length, 0, 'the meeting of 23/08/2022 is not in the folder');
  // the findings across meetings kept while typing must be worked out again after this keystroke
  assert.equal(sameAcrossMeetings(parse(july('27/09/2022')), parse(july('23/08/2022'))), false);
  assert.equal(sameAcrossMeetings(parse(july('27/09/2022')), parse(july('27/09/2022').replace('Date of Next', 'Date of the Next'))), true);
});

// ---- open actions carried in ------------------------------------------------------------------------

function lensTitles(files: Array<[string, string]>, uri: string): string[] {
  const ws = buildWorkspace(files.map(([u, text]) => ({ uri: u, doc: parse(text) })), new Date(2022, 11, 1));
  return codeLenses(parse(files.find(([u]) => u === uri)![1]), uri, ws).map((l) => l.title).filter((t) => /action/i.test(t) && !/^\d{3}\/\d\d:/.test(t));
}

test('code lens: the open actions carried in say where they come from; those from before missing meetings are counted apart', () => {
  const jan20 = meeting('21/01/2020', '004/20 Sex Offender Management\nACTION: Report to the coroner. Owner: VJ. Due: 25/02/2020.\n');
  const jul = meeting('26/07/2022', '075/22 Finance\nACTION: Report on fuel costs. Owner: MK. Due: 27/09/2022.\n', '27/09/2022');
  const sep = meeting('27/09/2022', '078/22 Access\nACTION: Share the data. Owner: VJ. Due: 25/10/2022.\nACTION: Publish the strategy. Owner: AF. Due: next meeting.\n', '25/10/2022');
  const oct = meeting('25/10/2022', '080/22 Actions\n075/22-A1 DONE\n');
  const files: Array<[string, string]> = [['file:///f/2020-01-21.minutes', jan20], ['file:///f/2022-07-26.minutes', jul], ['file:///f/2022-09-27.minutes', sep], ['file:///f/2022-10-25.minutes', oct]];
  // October: September's two actions; July's was done in October itself, so was open as October began
  assert.deepEqual(lensTitles(files, 'file:///f/2022-10-25.minutes'), [
    '3 open actions carried into this meeting from 26/07/2022 and 27/09/2022 (2 overdue)',
    '1 open action from 21/01/2020 not counted: the meetings between 21/01/2020 and 26/07/2022 are not in the folder',
  ]);
  // July 2022 follows January 2020 with two and a half years missing between
  assert.deepEqual(lensTitles(files, 'file:///f/2022-07-26.minutes'), [
    '1 open action from 21/01/2020 not counted: the meetings between 21/01/2020 and 26/07/2022 are not in the folder',
  ]);
  // an older action that a meeting of the unbroken run carried forward is carried in
  const sepCarries = sep.replace('078/22 Access', '077/22 Actions\n004/20-A1 CARRIED FORWARD\n\n078/22 Access');
  assert.equal(lensTitles([files[0], files[1], ['file:///f/2022-09-27.minutes', sepCarries], files[3]], 'file:///f/2022-10-25.minutes')[0],
    '4 open actions carried into this meeting from 3 meetings since 21/01/2020 (3 overdue)');
  assert.deepEqual(lensTitles([files[0]], 'file:///f/2020-01-21.minutes'), ['No open actions from earlier meetings']);
});

test('code lens: an archive says so above its title, and what is checked there', () => {
  const uri = 'file:///f/spcb-2023-12-19.txt';
  const ws = buildWorkspace([{ uri, doc: parse(DEC_2023) }], TODAY);
  const titles = codeLenses(parse(DEC_2023), uri, ws, archiveReason(parse(DEC_2023).meeting, uri, settings())).map((l) => l.title);
  assert.ok(titles.includes('Archive (spcb-2023-12-19.txt is published text, not a .minutes file): only numbering, references and actions are checked'), titles.join(' | '));
});

// ---- the outline in a clerk's words -------------------------------------------------------------------

const flat = (s: readonly OutlineSymbol[]): OutlineSymbol[] => s.flatMap((x) => [x, ...flat(x.children)]);

test('outline details in a clerk\'s words: how many people, who presented, who owns an action and when it is due', () => {
  const text = `${MEETING}
081/22 Access to Police Services
Presented by: Andy Beard, Andy Parsons
ACTION: Publish the data. Owner: Andy Beard. Due: next meeting.
ACTION: Tidy the list.
`;
  const all = flat(documentSymbols(parse(text)));
  const detail = (name: string) => all.find((s) => s.name.startsWith(name))?.detail;
  assert.equal(detail('Present'), '4 people');
  assert.equal(detail('Apologies'), '1 person');
  assert.equal(detail('081/22'), 'presented by Andy Beard, Andy Parsons');
  assert.equal(detail('Action 1'), 'Andy Beard · due next meeting');
  assert.equal(detail('Action 2'), 'no owner yet');
});
