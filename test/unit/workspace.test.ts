/** The action log across meetings: lifecycle, latest meeting wins, due dates, filters, exports, cross-meeting rules. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import {
  parse, indexView, buildWorkspace, filterActions, formatActions, formatDecisions, analyzeAcrossMeetings, analyzeText, DEFAULT_SETTINGS, readSettings, minutesFromAgenda, numberLabel,
  type WorkspaceModel, type Finding,
} from '#service';
import { viewRecords } from '#service/detach';
import { corpusText, TODAY } from '../support/util';

const PEOPLE = `Present:
Simon Foster (SF) : Police and Crime Commissioner
Vanessa Jardine (VJ) : Deputy Chief Constable
Mark Kenyon : Chief Finance Officer
`;

const JULY = `# Board
Date: 26/07/2022

${PEOPLE}
074/22 Apologies
None.

075/22 Finance
ACTION: Report on fuel costs. Owner: Mark Kenyon. Due: 27/09/2022.
ACTION: Publish the budget. Owner: VJ. Due: next meeting.
DECISION: The budget was approved.
`;

const SEPTEMBER = `# Board
Date: 27/09/2022

${PEOPLE}
076/22 Notes of the Last Meeting
The notes of the meeting held on 26 July 2022 were agreed as a correct record.

077/22 Actions from Previous Meetings
075/22-A1 CARRIED FORWARD: awaiting the contract
075/22-A2 DONE: published 01/08/2022

078/22 Access to Police Services
ACTION: Share the repeat-caller data. Owners: SF, Chief Constable. Due: 25/10/2022.
`;

const OCTOBER = `# Board
Date: 25/10/2022

${PEOPLE}
079/22 Notes of the Last Meeting
The notes were accepted as an accurate record.

080/22 Actions from Previous Meetings
075/22-a1 done: contract signed
078/22-A1 ONGOING
`;

function ws(files: Array<[string, string]>, today = TODAY): WorkspaceModel {
  return buildWorkspace(files.map(([uri, text]) => ({ uri, doc: parse(text) })), today);
}

const THREE: Array<[string, string]> = [['file:///c.minutes', OCTOBER], ['file:///a.minutes', JULY], ['file:///b.minutes', SEPTEMBER]];

test('lifecycle across three meetings: open → carried forward → done; the latest meeting by date wins, whatever the file order', () => {
  const m = ws(THREE);
  assert.deepEqual(m.meetings.map((x) => x.date), ['2022-07-26', '2022-09-27', '2022-10-25']);
  const a1 = m.actionsByRef.get('075/22-A1')!;
  assert.equal(a1.status, 'done');
  assert.deepEqual(a1.history.map((h) => [h.meetingDate, h.status, h.note]), [['2022-09-27', 'carried forward', 'awaiting the contract'], ['2022-10-25', 'done', 'contract signed']]);
  assert.equal(m.actionsByRef.get('075/22-A2')!.status, 'done');
  assert.equal(m.actionsByRef.get('078/22-A1')!.status, 'carried forward');
  // without the October meeting, 075/22-A1 is still carried forward
  assert.equal(ws(THREE.slice(1)).actionsByRef.get('075/22-A1')!.status, 'carried forward');
  // an update in an earlier meeting than the action does not count
  const early = ws([['file:///x.minutes', `# Board\nDate: 01/07/2022\n\n070/22 Actions\n075/22-A1 DONE\n`], ...THREE.slice(1)]);
  assert.equal(early.actionsByRef.get('075/22-A1')!.status, 'carried forward');
});

test('references, owners as written and as people, due dates resolved, overdue relative to today', () => {
  const m = ws(THREE, new Date(2022, 9, 1));
  const budget = m.actionsByRef.get('075/22-A2')!;
  assert.equal(budget.due, 'next meeting');
  assert.equal(budget.dueDate, '2022-09-27', '"next meeting" is the date of the next meeting once it exists');
  assert.deepEqual(budget.ownerNames, ['Vanessa Jardine']);
  const share = m.actionsByRef.get('078/22-A1')!;
  assert.deepEqual(share.owners, ['SF', 'Chief Constable']);
  assert.deepEqual(share.ownerNames, ['Simon Foster', 'Chief Constable']);
  assert.equal(share.overdue, false, 'due 25/10/2022, today 01/10/2022');
  assert.equal(ws(THREE, new Date(2022, 10, 1)).actionsByRef.get('078/22-A1')!.overdue, true);
  assert.equal(ws(THREE, new Date(2023, 0, 1)).actionsByRef.get('075/22-A1')!.overdue, false, 'a done action is never overdue');
  assert.equal(share.meetingDate, '2022-09-27');
  assert.equal(share.uri, 'file:///b.minutes');
  assert.equal(share.item, '078/22');
  assert.equal(share.range.start.line, 16);
});

test('filters: by status and by owner (name, initials, role; any case)', () => {
  const m = ws(THREE);
  assert.deepEqual(filterActions(m.actions, { status: ['open', 'carried forward'] }).map((a) => a.ref), ['078/22-A1']);
  assert.deepEqual(filterActions(m.actions, { status: ['done'] }).map((a) => a.ref), ['075/22-A1', '075/22-A2']);
  assert.deepEqual(filterActions(m.actions, { owner: 'jardine' }).map((a) => a.ref), ['075/22-A2']);
  assert.deepEqual(filterActions(m.actions, { owner: 'VJ' }).map((a) => a.ref), ['075/22-A2']);
  assert.deepEqual(filterActions(m.actions, { owner: 'chief constable' }).map((a) => a.ref), ['078/22-A1']);
  assert.deepEqual(filterActions(m.actions, { status: ['carried_forward'], owner: 'simon' }).map((a) => a.ref), ['078/22-A1']);
});

test('the log as Markdown, CSV and JSON, with the columns of a report', () => {
  const m = ws(THREE, new Date(2022, 10, 1));
  const md = formatActions(m.actions, 'md').split('\n');
  assert.equal(md[0], '| Reference | Action | Owner | Due | Status | Meeting date |');
  assert.ok(md.includes('| 078/22-A1 | Share the repeat-caller data. | SF, Chief Constable | 25/10/2022 | carried forward (overdue) | 27/09/2022 |'));
  const csv = formatActions(m.actions, 'csv').split('\r\n');
  assert.equal(csv[0], 'Reference,Action,Owner,Due,Status,Meeting date');
  assert.ok(csv.includes('078/22-A1,Share the repeat-caller data.,"SF, Chief Constable",25/10/2022,carried forward (overdue),27/09/2022'));
  assert.equal((JSON.parse(formatActions(m.actions, 'json')) as unknown[]).length, 3);
  assert.match(formatDecisions(m.decisions, 'md'), /\| 26\/07\/2022 \| 075\/22 \| Finance \| The budget was approved\. \|/);
});

function across(files: Array<[string, string]>, uri: string, settings: unknown = {}): Finding[] {
  return analyzeAcrossMeetings(ws(files), uri, { ...DEFAULT_SETTINGS, ...readSettings(settings) });
}

test('approval: a meeting approves the one it names, or the previous; a meeting never approved is noted', () => {
  const m = ws(THREE);
  assert.equal(m.byUri.get('file:///a.minutes')!.approvedBy?.date, '2022-09-27');
  assert.equal(m.byUri.get('file:///b.minutes')!.approvedBy?.date, '2022-10-25');
  assert.equal(m.byUri.get('file:///c.minutes')!.approvedBy, undefined);
  assert.deepEqual(across(THREE, 'file:///c.minutes').filter((f) => f.code === 'minutes/not-approved'), [], 'the latest meeting awaits the next');
  const noApproval: Array<[string, string]> = [THREE[1], ['file:///b.minutes', SEPTEMBER.replace('were agreed as a correct record', 'were discussed')]];
  const f = across(noApproval, 'file:///a.minutes').filter((x) => x.code === 'minutes/not-approved');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /never agreed as a correct record: the next meeting, 27\/09\/2022 \(b\.minutes\), does not say so\./);
});

test('numbering across meetings: the first item follows the previous meeting of the year; a number used twice', () => {
  const gap: Array<[string, string]> = [THREE[1], ['file:///b.minutes', SEPTEMBER.replace(/\b076\/22/, '077/22').replace(/\b077\/22 Actions/, '078/22 Actions').replace(/\b078\/22 Access/, '079/22 Access')]];
  const f = across(gap, 'file:///b.minutes').filter((x) => x.code === 'minutes/number-out-of-sequence');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /The meeting of 26\/07\/2022 ended at 075\/22, so this meeting's first item should be 076\/22, not 077\/22\./);
  assert.equal(f[0].fixes[0].title, 'Change to 076/22');
  assert.deepEqual(across(THREE, 'file:///b.minutes').filter((x) => x.code === 'minutes/number-out-of-sequence'), []);
  const dup: Array<[string, string]> = [THREE[1], ['file:///b.minutes', SEPTEMBER.replace(/\b076\/22/, '075/22')]];
  const d = across(dup, 'file:///b.minutes').filter((x) => x.code === 'minutes/duplicate-number');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /Minute 075\/22 is already used by the meeting of 26\/07\/2022 \(a\.minutes\), item "Finance"/);
  assert.deepEqual(across(dup, 'file:///a.minutes').filter((x) => x.code === 'minutes/duplicate-number'), [], 'the earlier meeting keeps its number');
  const nextYear = across([THREE[1], ['file:///n.minutes', '# Board\nDate: 10/01/2023\n\n001/23 Apologies\nNone.\n']], 'file:///n.minutes');
  assert.deepEqual(nextYear.map((x) => x.code), [], 'numbering starts again in a new year');
});

test('references to items and actions that do not exist anywhere', () => {
  const files: Array<[string, string]> = [...THREE, ['file:///d.minutes', `# Board\nDate: 22/11/2022\n\n081/22 Matters arising\nSee 075/22 and see 057/20.\n075/22-A9 DONE\n078/22-A1 DONE\n`]];
  const f = across(files, 'file:///d.minutes').filter((x) => x.code === 'minutes/unknown-reference');
  assert.deepEqual(f.map((x) => x.message), [
    'There is no item 057/20 in the meetings of this folder. Check the number, or add the meeting that holds it.',
    'Item 075/22 has 2 actions (A1 to A2), so there is no 075/22-A9.',
  ]);
});

test('quorum and presenters or owners listed in apologies', () => {
  const text = `# Board\nDate: 25/10/2022\n\nPresent:\nSimon Foster : PCC\n\nApologies:\nMark Kenyon : Chief Finance Officer\n\n080/22 Finance\nPresented by: Mark Kenyon\nACTION: Report. Owner: Mark Kenyon. Due: next meeting.\n`;
  const a = analyzeText('file:///q.minutes', 1, text, { ...DEFAULT_SETTINGS, quorum: 3 }, TODAY);
  const codes = a.findings.map((f) => f.code);
  assert.ok(codes.includes('minutes/quorum'));
  assert.match(a.findings.find((f) => f.code === 'minutes/quorum')!.message, /Only 1 person is listed as present, fewer than the quorum of 3/);
  // the presenter (the action given to them in their absence is no alarm)
  assert.equal(a.findings.filter((f) => f.code === 'minutes/absent-participant').length, 1);
  assert.match(a.findings.find((f) => f.code === 'minutes/absent-participant')!.message, /Presenter Mark Kenyon is listed in Apologies/);
  assert.equal(analyzeText('file:///q.minutes', 1, text, DEFAULT_SETTINGS, TODAY).findings.filter((f) => f.code === 'minutes/quorum').length, 0, 'no quorum set, no check');
});

test('an agenda becomes a minutes skeleton: the corpus agenda of January 2024', () => {
  const doc = parse(corpusText('spcb-2023-12-19-with-2024-01-agenda.txt'));
  const made = minutesFromAgenda(doc.agendas[0], undefined, 'file:///agenda.txt', 'dmy');
  assert.equal(made.fileName, '2024-01-23.minutes');
  const skeleton = parse(made.text);
  assert.deepEqual(skeleton.meeting?.items.map((i) => i.number && numberLabel(i.number)), ['001/24', '002/24', '003/24', '004/24', '005/24', '006/24', '007/24', '008/24', '009/24', '010/24', '011/24']);
  assert.deepEqual(skeleton.meeting?.sections.map((s) => s.title), ['Police and Crime Plan', 'Regular Items', 'Emerging Items']);
  assert.deepEqual(skeleton.meeting?.items[4].presenters.flatMap((p) => p.names.map((n) => n.text)), ['ACC Claire Bell', 'Supt Martin Hurcomb']);
  assert.equal(skeleton.meeting?.nextMeeting?.iso, '2024-02-27');
  assert.equal(skeleton.meeting?.date?.iso, '2024-01-23');
});

test('a file read from disk keeps what the workspace needs, equal to what its parse gave', () => {
  for (const name of ['spcb-2020-01-21.txt', 'spcb-2022-09-27.txt']) {
    const text = corpusText(name);
    const full = parse(text);
    const view = indexView(parse(text));
    // the strings are copies detached from the file's text (its memory can go), equal in value
    assert.deepStrictEqual(view.meeting!.items, full.meeting!.items.map((i) => ({ ...i, questions: [] })));
    assert.deepStrictEqual(view.meeting!.people, full.meeting!.people);
    assert.deepStrictEqual(view.meeting!.statusUpdates, full.meeting!.statusUpdates);
    const uri = 'file:///m.minutes';
    assert.deepStrictEqual(buildWorkspace([{ uri, doc: view }], TODAY).actions, buildWorkspace([{ uri, doc: full }], TODAY).actions);
  }
});

test('an index view holds none of its file\'s text: the text can go once the view is made', () => {
  // a meeting whose items keep a few short strings, under a long discussion the view does not keep:
  // a view whose strings still viewed the file's text (a slice of it) would hold the whole text
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const talk = 'The committee discussed the proposal at length – the options, the costs and the timetable. '.repeat(12_000);
  const meeting = (k: number): string => [
    'Minutes of the Finance Committee', 'Date: 12/03/2025', '', 'Present:', `Jane Smith : Chair ${k}`, '',
    `041/25 Budget monitoring report for quarter ${k}`, talk, `ACTION: Jane Smith to circulate the revised budget ${k}. Due: 31/03/2025.`, '',
  ].join('\n');
  const size = meeting(0).length;
  gc();
  const before = process.memoryUsage().heapUsed;
  const views = [0, 1, 2, 3, 4].map((k) => indexView(parse(meeting(k))));
  gc();
  const held = process.memoryUsage().heapUsed - before;
  assert.equal(views.length, 5);
  assert.equal(views[4].meeting?.items[0].actions.length, 1);
  // five texts of about a megabyte each (two bytes a character): a view that held its text would hold all of it
  assert.ok(held < size, `five views hold ${held} bytes; one text alone is ${size} characters`);
});

test('an index view keeps each position and range once: equal ones are one record', () => {
  const text = corpusText('spcb-2022-09-27.txt');
  const view = indexView(parse(text));
  const positions = new Map<string, Set<object>>();
  const strings = new Set<string>();
  let stringsMet = 0;
  const walk = (v: unknown): void => {
    if (typeof v === 'string') { strings.add(v); stringsMet++; return; }
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.line === 'number' && typeof o.character === 'number' && Object.keys(o).length === 2) {
      const key = `${o.line}:${o.character}`;
      positions.set(key, (positions.get(key) ?? new Set()).add(o));
    }
    for (const x of Object.values(o)) walk(x);
  };
  walk(view.meeting);
  assert.ok(positions.size > 50 && stringsMet > strings.size, 'a meeting repeats positions and strings');
  for (const [key, records] of positions) assert.equal(records.size, 1, `the position ${key} is held once`);
  // what is shared reads the same: the view still equals the document's reading
  assert.deepStrictEqual(view.meeting!.items, parse(text).meeting!.items.map((i) => ({ ...i, questions: [] })));
});

test('a view\'s records are one for equal positions and ranges on a line crowded with them too, and a damaged line is never shared', () => {
  const r = viewRecords();
  // two hundred ranges on one line (a long line of names): past the short list a line keeps, into a map
  const first = Array.from({ length: 200 }, (_, k) => r.range(7, k * 5, 7, k * 5 + 4));
  const again = Array.from({ length: 200 }, (_, k) => r.range(7, k * 5, 7, k * 5 + 4));
  for (let k = 0; k < 200; k++) assert.equal(again[k], first[k], `range ${k} is one record`);
  // a range that starts where another ends starts at that range's end position, the one record of it
  assert.equal(r.range(7, 4, 7, 9).start, first[0].end);
  assert.equal(r.range(7, 4, 7, 9), r.range(7, 4, 7, 9));
  // other lines: one record each, a range over lines too
  assert.equal(r.range(3, 0, 8, 2), r.range(3, 0, 8, 2));
  assert.equal(r.range(3, 0, 8, 2).end, r.range(8, 2, 8, 2).start);
  assert.deepEqual(r.range(3, 0, 8, 2), { start: { line: 3, character: 0 }, end: { line: 8, character: 2 } });
  // what a damaged saved index may hold: a record of its own each time, never an error
  for (const line of [-1, 1.5, 2 ** 30, Number.NaN]) {
    const a = r.range(line, 0, line, 1);
    assert.deepEqual(a, { start: { line, character: 0 }, end: { line, character: 1 } });
  }
});

test('a rebuild keeps the record of an action whose status, due date and history did not change, and makes a new one when they did', () => {
  const docs = THREE.map(([uri, text]) => ({ uri, doc: parse(text) }));
  const first = buildWorkspace(docs, TODAY);
  const again = buildWorkspace(docs, TODAY);
  // the same objects: what was derived from a record (its row in the action log) is kept
  for (const a of first.actions) assert.equal(again.actionsByRef.get(a.ref) ?? a, a, a.ref);
  // without the October meeting, 075/22-A1 is carried forward, not done: a new record
  const without = buildWorkspace(docs.filter((d) => d.uri !== 'file:///c.minutes'), TODAY);
  const before = first.actionsByRef.get('075/22-A1')!;
  const after = without.actionsByRef.get('075/22-A1')!;
  assert.notEqual(after, before);
  assert.equal(after.status, 'carried forward');
  // overdue depends on today: a later today makes new records where it changes
  const later = buildWorkspace(docs, new Date(2022, 9, 1));
  assert.deepEqual(later.actions.map((a) => a.overdue), buildWorkspace(THREE.map(([uri, text]) => ({ uri, doc: parse(text) })), new Date(2022, 9, 1)).actions.map((a) => a.overdue));
});
