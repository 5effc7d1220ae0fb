/**
 * The record as open data and the calendar (issue 21, points 2 and 5): what a reuser and a clerk's
 * calendar get from a folder of meetings. The expectations are read from the minutes below and the
 * fixtures (test/fixtures/workspace, test/fixtures/publish) as a clerk reads them.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import {
  analyzeText, buildCalendar, buildRecord, buildWorkspace, DEFAULT_SETTINGS, recordCsv, RECORD_TABLES,
  type MinutesRecord, type PublishVersion,
} from '#service';
import { ROOT } from '../support/util';
import { unfoldIcs } from '../support/publicOutputs';
import fc from 'fast-check';
import { anyDocument } from '../support/arbitraries';

/** The meeting after the publish fixture: it approves it, speaks of its actions in a confidential item, records a vote. */
const DECEMBER = `# Strategic Policing and Crime Board
Date: 20/12/2022
Status: Draft
Chair: Simon Foster

Present:
Simon Foster (SF) : Police and Crime Commissioner
Vanessa Jardine (VJ) : Deputy Chief Constable
Mark Kenyon : Chief Finance Officer

090/22 Notes of the Last Meeting
The notes of the meeting held on 22 November 2022 were agreed as a correct record.

091/22 Actions from Previous Meetings
087/22-A1 DONE: figures circulated on 01/12/2022

092/22 [confidential] Staffing Matter Grimsditch
085/22-A1 DONE: the Grimsditch briefing was given in private
ACTION: Review the Grimsditch case. Owner: VJ. Due: 31/01/2023.
DECISION: The Grimsditch appeal is upheld.

093/22 Precept
ACTION: Publish the precept consultation results. Owner: MK. Due: 24/01/2023.
DECISION: The precept proposal is approved (4 for, 1 against, 1 abstention). Carried.

Next meeting: 24/01/2023
`;

/** Words of the confidential items 088/22 and 092/22 only. */
const SECRETS = ['Northgate', 'Fleetwise', 'Vehicle Fleet', 'Grimsditch', 'Staffing Matter'];

function fixture(dir: string, name: string): { name: string; text: string } {
  return { name, text: fs.readFileSync(path.join(ROOT, 'test', 'fixtures', dir, name), 'utf8') };
}

const FOLDER = [
  fixture('workspace', '2022-07-26.minutes'), fixture('workspace', '2022-09-27.minutes'), fixture('workspace', '2022-10-25.minutes'),
  fixture('publish', '2022-11-22.minutes'), { name: '2022-12-20.minutes', text: DECEMBER },
];
const TODAY = new Date(2022, 11, 1);

function model(files: ReadonlyArray<{ name: string; text: string }>, today = TODAY) {
  return buildWorkspace(files.map((f) => {
    const a = analyzeText(`file:///board/${f.name}`, 1, f.text, DEFAULT_SETTINGS, today);
    return { uri: a.uri, doc: a.doc };
  }), today);
}

function record(version: PublishVersion, files = FOLDER, today = TODAY): MinutesRecord {
  return buildRecord(model(files, today), version);
}

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'schema', 'minutes-record.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function assertValid(data: unknown, what: string): void {
  // through JSON, as a reuser reads the file
  const ok = validate(JSON.parse(JSON.stringify(data)));
  assert.ok(ok, `${what}: ${JSON.stringify(validate.errors, null, 1)}`);
}

test('meetings: date, title, status with the approval that made them a correct record, next meeting', () => {
  const r = record('public');
  assert.deepEqual(r.meetings.map((m) => m.id), ['2022-07-26', '2022-09-27', '2022-10-25', '2022-11-22', '2022-12-20']);
  const [july, sept, oct, nov, dec] = r.meetings;
  assert.deepEqual(july, {
    id: '2022-07-26', file: '2022-07-26.minutes', date: '2022-07-26', title: 'Strategic Policing and Crime Board', time: '10:00 – 13:00',
    location: 'Lloyd House, Birmingham', chair: 'Simon Foster', status: 'approved', approvedAt: { meeting: '2022-09-27', date: '2022-09-27' }, nextMeeting: '2022-09-27',
  });
  assert.deepEqual(sept.approvedAt, { meeting: '2022-10-25', date: '2022-10-25' });
  // nothing in November approves October's notes, and October has no Status: line
  assert.equal(oct.status, 'unstated');
  assert.equal(oct.approvedAt, undefined);
  assert.deepEqual([nov.status, nov.approvedAt?.meeting, nov.nextMeeting], ['approved', '2022-12-20', '2022-12-20']);
  assert.deepEqual([dec.status, dec.statusWritten, dec.nextMeeting], ['draft', 'Draft', '2023-01-24']);
});

test('items: the minute number as written and normalised, an anchor, the title and section; a withheld item keeps only its number and reason', () => {
  const r = record('public');
  const byId = new Map(r.items.map((i) => [i.id, i]));
  assert.deepEqual(byId.get('079/22'), {
    id: '079/22', meeting: '2022-09-27', number: '079/22', written: '079/22', anchor: '079-22', title: 'Access to Police Services',
    section: 'Police and Crime Plan', withheld: false, confidential: false,
  });
  // "Item 6 – Fairness and Belonging" has no minute number: named by its place in the meeting
  assert.deepEqual(byId.get('2022-09-27/item-4'), {
    id: '2022-09-27/item-4', meeting: '2022-09-27', anchor: 'item-4', title: 'Item 6 – Fairness and Belonging', section: 'Police and Crime Plan', withheld: false, confidential: false,
  });
  assert.deepEqual(byId.get('088/22'), {
    id: '088/22', meeting: '2022-11-22', number: '088/22', written: '088/22', anchor: '088-22', section: 'Regular Items', withheld: true, confidential: true, reason: 'paragraph 3 of Schedule 12A',
  });
  assert.deepEqual(byId.get('092/22'), { id: '092/22', meeting: '2022-12-20', number: '092/22', written: '092/22', anchor: '092-22', withheld: true, confidential: true });
  const full = new Map(record('full').items.map((i) => [i.id, i]));
  assert.equal(full.get('088/22')?.title, 'Vehicle Fleet Contract Award');
  assert.deepEqual([full.get('088/22')?.withheld, full.get('088/22')?.confidential], [false, true]);
});

test('people and attendance: each person once, by name, with their list and role at each meeting', () => {
  const r = record('public');
  assert.deepEqual(r.people.find((p) => p.id === 'vanessa-jardine'), { id: 'vanessa-jardine', name: 'Vanessa Jardine', initials: 'VJ' });
  assert.equal(r.people.filter((p) => p.name === 'Simon Foster').length, 1);
  const thompson = r.attendance.filter((a) => a.person === 'david-thompson');
  assert.deepEqual(thompson.map((a) => [a.meeting, a.list, a.role]), [
    ['2022-07-26', 'apologies', 'Chief Constable'], ['2022-09-27', 'apologies', 'Chief Constable'], ['2022-11-22', 'apologies', 'Chief Constable'],
  ]);
  // five meetings, Simon Foster present at each
  assert.deepEqual(r.attendance.filter((a) => a.person === 'simon-foster').map((a) => a.list), ['present', 'present', 'present', 'present', 'present']);
  assert.deepEqual(r.attendance.find((a) => a.meeting === '2022-09-27' && a.person === 'andy-beard'), { meeting: '2022-09-27', person: 'andy-beard', name: 'Andy Beard', list: 'present', role: 'Head of Force Contact' });
});

test('actions: the reference, owners by full name, due date, and what each later meeting said of them', () => {
  const r = record('public');
  const byId = new Map(r.actions.map((a) => [a.id, a]));
  assert.deepEqual(byId.get('079/22-A1'), {
    id: '079/22-A1', ref: '079/22-A1', meeting: '2022-09-27', item: '079/22', text: 'Share the repeat-caller data with the Board.',
    owners: [{ written: 'VJ', name: 'Vanessa Jardine', person: 'vanessa-jardine' }], due: '25/10/2022', dueDate: '2022-10-25',
    status: 'done', overdue: false, history: [{ meeting: '2022-10-25', date: '2022-10-25', status: 'done', note: 'data circulated 01/10/2022' }], confidential: false,
  });
  const fuel = byId.get('075/22-A1')!;
  assert.deepEqual([fuel.status, fuel.overdue, fuel.history.map((h) => h.status)], ['carried forward', true, ['carried forward']]);
  // "Due: next meeting" is the date of the meeting that followed
  assert.deepEqual([byId.get('087/22-A1')?.dueDate, byId.get('087/22-A1')?.status], ['2022-12-20', 'done']);
  // without December's file, the date November's minutes give (Next meeting: 20/12/2022)
  assert.equal(record('public', FOLDER.slice(0, 4)).actions.find((a) => a.id === '087/22-A1')?.dueDate, '2022-12-20');
  assert.deepEqual(byId.get('085/22-A1')?.owners, [{ written: 'Chief Constable', name: 'Chief Constable' }]);
  // MK is Mark Kenyon, in December's list
  assert.deepEqual(byId.get('093/22-A1')?.owners, [{ written: 'MK', name: 'Mark Kenyon', person: 'mark-kenyon' }]);
  // the public record has no action of a withheld item, nor what a withheld item said of another action
  assert.equal(byId.get('088/22-A1'), undefined);
  assert.equal(byId.get('092/22-A1'), undefined);
  // as in the public action log, the status it gave stands; its note does not
  assert.deepEqual([byId.get('085/22-A1')?.status, byId.get('085/22-A1')?.history], ['done', []]);
  const full = new Map(record('full').actions.map((a) => [a.id, a]));
  assert.deepEqual([full.get('088/22-A1')?.confidential, full.get('092/22-A1')?.confidential], [true, true]);
  assert.equal(full.get('085/22-A1')?.status, 'done');
});

test('decisions: by item and place, with the vote where the decision records one', () => {
  const r = record('public');
  assert.deepEqual(r.decisions.map((d) => d.id), ['078/22-D1', '087/22-D1', '093/22-D1']);
  assert.deepEqual(r.decisions[2].vote, { for: 4, against: 1, abstentions: 1, unanimous: false, result: 'carried' });
  assert.equal(r.decisions[0].vote, undefined);
  assert.deepEqual(record('full').decisions.map((d) => d.id), ['078/22-D1', '087/22-D1', '088/22-D1', '092/22-D1', '093/22-D1']);
});

test('nothing a public version withholds reaches the public data, in JSON or any CSV table', () => {
  const r = record('public');
  const texts = [JSON.stringify(r), ...recordCsv(r).map((t) => t.text)];
  for (const w of SECRETS) for (const t of texts) assert.ok(!t.toLowerCase().includes(w.toLowerCase()), `"${w}" reached the public data`);
  const full = JSON.stringify(record('full'));
  for (const w of ['Vehicle Fleet', 'Fleetwise', 'Grimsditch']) assert.ok(full.includes(w), `the full version keeps "${w}"`);
});

test('identifiers stay the same when a meeting is added to the folder', () => {
  const before = record('full', FOLDER.slice(0, 4));
  const after = record('full');
  const ids = (r: MinutesRecord): string[] => [...r.meetings.map((m) => m.id), ...r.items.map((i) => i.id), ...r.actions.map((a) => a.id), ...r.decisions.map((d) => d.id), ...r.people.map((p) => p.id)];
  for (const id of ids(before)) assert.ok(ids(after).includes(id), `${id} is gone after adding a meeting`);
  // and every identifier of a kind is unique
  for (const list of [after.meetings, after.items, after.actions, after.decisions, after.people]) {
    const seen = list.map((x) => x.id);
    assert.equal(new Set(seen).size, seen.length);
  }
  // a number with no year is named with its meeting
  const perMeeting = record('public', [{ name: 'a.minutes', text: '# Parish Council\nDate: 03/03/2024\n\n1. Apologies\nNone.\n\n2. Footpaths\nACTION: Mend the stile. Owner: Clerk. Due: 01/04/2024.\n' }]);
  assert.deepEqual(perMeeting.items.map((i) => [i.id, i.number, i.written, i.anchor]), [['2024-03-03/1', '1', '1.', '1'], ['2024-03-03/2', '2', '2.', '2']]);
  assert.deepEqual(perMeeting.actions.map((a) => [a.id, a.ref]), [['2024-03-03/2-A1', '2-A1']]);
});

test('the data validates against docs/schema/minutes-record.schema.json (fixtures and corpus, both versions)', () => {
  assertValid(record('public'), 'fixture folder, public');
  assertValid(record('full'), 'fixture folder, full');
  const corpus = path.join(ROOT, 'test', 'fixtures', 'corpus');
  const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f.replace(/\.txt$/, '.minutes'), text: fs.readFileSync(path.join(corpus, f), 'utf8') }));
  assert.ok(files.length >= 3);
  for (const v of ['public', 'full'] as const) {
    const r = record(v, files);
    assert.equal(r.meetings.length, files.length, 'each corpus document is a meeting');
    assert.ok(r.items.length > 20 && r.attendance.length > 20, 'the corpus has items and attendance');
    assertValid(r, `corpus, ${v}`);
  }
  // the schema rejects what it should: a withheld item with a title, a meeting without a title
  const r = JSON.parse(JSON.stringify(record('public'))) as { items: Array<Record<string, unknown>>; meetings: Array<Record<string, unknown>> };
  r.items.find((i) => i.withheld)!.title = 'Vehicle Fleet Contract Award';
  assert.equal(validate(r), false);
});

test('CSV: one table per kind, cells neutralised against formulas', () => {
  const evil = `# Board\nDate: 01/02/2024\n\nPresent:\n=HYPERLINK("http://x") : Member\n\n001/24 =1+2 Budget\nACTION: @SUM(A1) the figures. Owner: -Bob. Due: 01/03/2024.\nDECISION: +Agreed.\n`;
  const tables = recordCsv(record('public', [{ name: 'evil.minutes', text: evil }]));
  assert.deepEqual(tables.map((t) => t.name), RECORD_TABLES.map((t) => `${t}.csv`));
  const all = tables.map((t) => t.text).join('');
  for (const line of all.split('\r\n')) for (const cell of line.split(',')) assert.ok(!/^[=+\-@]/.test(cell), `a cell a spreadsheet would run: ${cell} in ${line}`);
  assert.match(tables.find((t) => t.table === 'decisions')!.text, /"'\+Agreed\."/);
  const meetings = tables.find((t) => t.table === 'meetings')!.text.split('\r\n');
  assert.equal(meetings[0], 'id,date,title,time,location,chair,status,status_written,approved_at_meeting,approved_on,next_meeting,file');
  const history = record('public').actions.flatMap((a) => a.history.map((h) => `${a.id},${a.ref},${h.meeting},${h.date},${h.status}`));
  const historyCsv = recordCsv(record('public')).find((t) => t.table === 'action-history')!.text;
  for (const h of history) assert.ok(historyCsv.includes(h), h);
});

/** The events of an iCalendar text: each VEVENT's properties (name without parameters → value, unescaped). */
function readIcs(ics: string): Array<Record<string, string>> {
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /END:VCALENDAR(\r\n)?$/);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `a line longer than 75 octets: ${line}`);
  const events: Array<Record<string, string>> = [];
  let ev: Record<string, string> | undefined;
  for (const line of unfoldIcs(ics).split(/\r\n/)) {
    if (line === 'BEGIN:VEVENT') { ev = {}; continue; }
    if (line === 'END:VEVENT') { events.push(ev!); ev = undefined; continue; }
    if (!ev) continue;
    const colon = line.indexOf(':');
    ev[line.slice(0, colon).split(';')[0]] = line.slice(colon + 1);
    if (line.startsWith('DTSTART;VALUE=DATE:')) ev.ALLDAY = 'yes';
  }
  return events;
}

test('calendar: the meetings to come and the due dates of open actions, all-day, with stable UIDs', async () => {
  const ics = await buildCalendar(record('public'), new Date(Date.UTC(2022, 11, 1, 9)));
  const events = readIcs(ics);
  const byUid = new Map(events.map((e) => [e.UID, e]));
  assert.equal(byUid.size, events.length, 'one event per UID');
  assert.deepEqual(events.map((e) => [e.DTSTART, e.SUMMARY]), [
    // December's meeting is in the folder; January's is given by its Next meeting: line
    ['20221220', 'Strategic Policing and Crime Board'],
    ['20230124', 'Strategic Policing and Crime Board'],
    // still open: carried forward in October, overdue
    ['20220927', '075/22-A1 · Mark Kenyon: Report on fuel costs.'],
    ['20230124', '093/22-A1 · Mark Kenyon: Publish the precept consultation results.'],
  ]);
  assert.ok(events.every((e) => e.ALLDAY === 'yes' && e.DTSTAMP === '20221201T090000Z'));
  const fuel = events[2];
  assert.equal(fuel.UID, 'action-075-22-a1.strategic-policing-and-crime-board@minutes');
  assert.equal(fuel.DTEND, '20220928');
  assert.equal(fuel.DESCRIPTION, 'Action 075/22-A1 of the meeting of 26/07/2022 (Strategic Policing and Crime Board)\nItem 075/22 Finance and Budget Update\nStatus: carried forward (overdue)');
  assert.equal(events[1].DESCRIPTION, 'Next meeting, as given in the minutes of 20/12/2022.');
  assert.equal(events[0].UID, 'meeting-2022-12-20.strategic-policing-and-crime-board@minutes');
  for (const w of SECRETS) assert.ok(!unfoldIcs(ics).toLowerCase().includes(w.toLowerCase()), `"${w}" reached the public calendar`);

  // made again a week later, with January's meeting in the folder: the same events keep their UIDs
  const january = { name: '2023-01-24.minutes', text: '# Strategic Policing and Crime Board\nDate: 24/01/2023\nChair: Simon Foster\n\n001/23 Apologies\nNone.\n' };
  const later = readIcs(await buildCalendar(record('public', [...FOLDER, january], new Date(2022, 11, 8)), new Date(2022, 11, 8)));
  for (const e of events) assert.ok(later.some((l) => l.UID === e.UID), `${e.SUMMARY} has a new UID`);
  assert.equal(later.filter((l) => l.DTSTART === '20230124' && l.UID.startsWith('meeting-')).length, 1, 'the next meeting and its file are one event');

  // the full version adds the confidential item's open actions, and what it said of 085/22-A1 closes that one
  const full = readIcs(await buildCalendar(record('full'), TODAY)).map((e) => e.SUMMARY);
  assert.ok(full.includes('088/22-A1 · Vanessa Jardine: Negotiate the Fleetwise maintenance clause.'), full.join('\n'));
  assert.ok(full.some((s) => s.startsWith('092/22-A1 · Vanessa Jardine: Review the Grimsditch case')));
  assert.ok(!full.some((s) => s.startsWith('085/22-A1')));
});

test('calendar per owner: only that owner\'s open actions, by name, initials or role', async () => {
  const summaries = async (owner: string): Promise<string[]> => readIcs(await buildCalendar(record('public'), TODAY, { owner })).filter((e) => e.UID.startsWith('action-')).map((e) => e.SUMMARY.split(' · ')[0]);
  assert.deepEqual(await summaries('Kenyon'), ['075/22-A1', '093/22-A1']);
  assert.deepEqual(await summaries('mk'), ['093/22-A1'], 'as typed: MK');
  assert.deepEqual(await summaries('Chief Constable'), [], '085/22-A1 was done');
  assert.deepEqual(await summaries('Nobody'), []);
  assert.match(await buildCalendar(record('public'), TODAY, { owner: 'Kenyon' }), /X-WR-CALNAME:Strategic Policing and Crime Board – Kenyon/);
});

test('property: any folder of documents gives a record valid against the schema, and a calendar, without throwing', async () => {
  await fc.assert(fc.asyncProperty(fc.array(anyDocument, { minLength: 1, maxLength: 3 }), async (texts) => {
    const files = texts.map((text, i) => ({ name: `m${i}.minutes`, text }));
    for (const v of ['public', 'full'] as const) {
      const r = record(v, files);
      assertValid(r, `generated folder, ${v}`);
      recordCsv(r);
      readIcs(await buildCalendar(r, TODAY));
    }
  }), { numRuns: Number(process.env.MINUTES_FUZZ_RUNS ?? 60), seed: Number(process.env.MINUTES_FUZZ_SEED ?? 20261202) });
});
