/**
 * `minutes export --to json|csv|ics`: the record of a folder as open data and as a calendar, run
 * as a clerk runs it, on the fixture folder and on the corpus.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { ROOT, CORPUS } from './support/util';
import { unfoldIcs } from './support/publicOutputs';

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'schema', 'minutes-record.schema.json'), 'utf8')) as object);

/** A board's folder: the three workspace meetings and the published one with its confidential item 088/22. */
function boardFolder(): { dir: string; board: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-record-'));
  const board = path.join(dir, 'board');
  fs.mkdirSync(board);
  for (const f of ['2022-07-26', '2022-09-27', '2022-10-25']) fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'workspace', `${f}.minutes`), path.join(board, `${f}.minutes`));
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'publish', '2022-11-22.minutes'), path.join(board, '2022-11-22.minutes'));
  return { dir, board };
}

const SECRETS = ['Northgate', 'Fleetwise', 'Vehicle Fleet'];

interface Record { version: string; meetings: Array<{ id: string }>; items: Array<{ id: string; withheld: boolean; title?: string }>; actions: Array<{ id: string; owners: Array<{ name: string }> }> }

test('export FOLDER --to json writes the public record beside the folder, valid against the schema', () => {
  const { dir, board } = boardFolder();
  const r = run('export', board, '--to', 'json');
  assert.equal(r.code, 0, r.err);
  const out = path.join(dir, 'board.public.json');
  assert.match(r.err, /wrote .*board\.public\.json/);
  const text = fs.readFileSync(out, 'utf8');
  const data = JSON.parse(text) as Record;
  assert.ok(validate(data), JSON.stringify(validate.errors));
  assert.equal(data.version, 'public');
  assert.deepEqual(data.meetings.map((m) => m.id), ['2022-07-26', '2022-09-27', '2022-10-25', '2022-11-22']);
  assert.deepEqual(data.items.filter((i) => i.withheld).map((i) => [i.id, i.title]), [['088/22', undefined]]);
  assert.deepEqual(data.actions.map((a) => a.id), ['075/22-A1', '079/22-A1', '085/22-A1', '087/22-A1']);
  assert.deepEqual(data.actions[1].owners.map((o) => o.name), ['Vanessa Jardine']);
  for (const w of SECRETS) assert.ok(!text.includes(w), `"${w}" reached the public data`);
  // not over an existing file without --force; the full version on request
  assert.equal(run('export', board, '--to', 'json').code, 2);
  const full = run('export', board, '--to', 'json', '--version', 'full', '--out', '-');
  assert.equal(full.code, 0, full.err);
  const fullData = JSON.parse(full.out) as Record;
  assert.ok(validate(fullData), JSON.stringify(validate.errors));
  assert.ok(fullData.actions.some((a) => a.id === '088/22-A1'));
  // the folder named as `.`: the file is written beside it, named for it
  const here = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), 'export', '.', '--to', 'json', '--version', 'full'], { encoding: 'utf8', cwd: board });
  assert.equal(here.status, 0, here.stderr);
  assert.ok(fs.existsSync(path.join(dir, 'board.json')) && !fs.existsSync(path.join(board, '.json')));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('export FOLDER --to csv writes one table per kind into a folder', () => {
  const { dir, board } = boardFolder();
  const r = run('export', board, '--to', 'csv');
  assert.equal(r.code, 0, r.err);
  const csvDir = path.join(dir, 'board.public-csv');
  assert.deepEqual(fs.readdirSync(csvDir).sort(), ['action-history.csv', 'actions.csv', 'attendance.csv', 'decisions.csv', 'items.csv', 'meetings.csv', 'people.csv']);
  const actions = fs.readFileSync(path.join(csvDir, 'actions.csv'), 'utf8').split('\r\n');
  assert.equal(actions[0], 'id,ref,meeting,item,text,owners,owner_ids,owners_written,due,due_date,status,overdue,confidential');
  assert.ok(actions.some((l) => l.startsWith('079/22-A1,079/22-A1,2022-09-27,079/22,Share the repeat-caller data with the Board.,Vanessa Jardine,vanessa-jardine,VJ,25/10/2022,2022-10-25,done,')), actions.join('\n'));
  const history = fs.readFileSync(path.join(csvDir, 'action-history.csv'), 'utf8');
  assert.match(history, /\r\n075\/22-A1,075\/22-A1,2022-10-25,2022-10-25,carried forward,awaiting the fuel contract\r\n/);
  const attendance = fs.readFileSync(path.join(csvDir, 'attendance.csv'), 'utf8');
  assert.match(attendance, /\r\n2022-11-22,david-thompson,David Thompson,apologies,Chief Constable\r\n/);
  for (const f of fs.readdirSync(csvDir)) for (const w of SECRETS) assert.ok(!fs.readFileSync(path.join(csvDir, f), 'utf8').includes(w), `"${w}" in ${f}`);
  const named = run('export', board, '--to', 'csv', '--out', path.join(dir, 'data'));
  assert.equal(named.code, 0, named.err);
  assert.equal(fs.readdirSync(path.join(dir, 'data')).length, 7);
  const refused = run('export', board, '--to', 'csv', '--out', '-');
  assert.equal(refused.code, 2);
  assert.match(refused.err, /one file per kind into a folder: name the folder with --out/);
  fs.rmSync(dir, { recursive: true, force: true });
});

function events(ics: string): Array<{ uid: string; start: string; summary: string }> {
  return unfoldIcs(ics).split('BEGIN:VEVENT').slice(1).map((e) => ({
    uid: /\r\nUID:(.*)\r\n/.exec(e)![1], start: /\r\nDTSTART;VALUE=DATE:(\d{8})\r\n/.exec(e)![1], summary: /\r\nSUMMARY:(.*)\r\n/.exec(e)![1],
  }));
}

test('export FOLDER --to ics: open actions by due date with stable UIDs, per owner on request', () => {
  const { dir, board } = boardFolder();
  const r = run('export', board, '--to', 'ics', '--out', '-');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  const found = events(r.out);
  // the meetings are past (the command reads today's date); the actions still open are listed, overdue or not
  assert.deepEqual(found.map((e) => [e.start, e.summary]), [
    ['20220927', '075/22-A1 · Mark Kenyon: Report on fuel costs.'],
    ['20221122', '085/22-A1 · Chief Constable: Brief the Board on the Conservative Party Conference.'],
    ['20221220', '087/22-A1 · Mark Kenyon: Circulate the overtime figures by department.'],
  ]);
  assert.equal(found[0].uid, 'action-075-22-a1.strategic-policing-and-crime-board@minutes');
  for (const w of SECRETS) assert.ok(!unfoldIcs(r.out).includes(w), `"${w}" reached the public calendar`);
  // run again: the same UIDs, so a calendar that imports it again updates its events
  assert.deepEqual(events(run('export', board, '--to', 'ics', '--out', '-').out).map((e) => e.uid), found.map((e) => e.uid));
  const mine = run('export', board, '--to', 'ics', '--owner', 'Kenyon');
  assert.equal(mine.code, 0, mine.err);
  const written = fs.readFileSync(path.join(dir, 'board.public.ics'), 'utf8');
  assert.deepEqual(events(written).map((e) => e.summary.split(' · ')[0]), ['075/22-A1', '087/22-A1']);
  const full = events(run('export', board, '--to', 'ics', '--version', 'full', '--out', '-').out);
  assert.ok(full.some((e) => e.summary === '088/22-A1 · Vanessa Jardine: Negotiate the Fleetwise maintenance clause.'));
  assert.equal(run('export', board, '--to', 'json', '--owner', 'Kenyon', '--out', '-').code, 2, '--owner is for the calendar');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('export --to json of the corpus documents is valid against the schema, in both versions', () => {
  const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => path.join(CORPUS, f));
  for (const version of ['public', 'full']) {
    const r = run('export', ...files, '--to', 'json', '--version', version, '--out', '-');
    assert.equal(r.code, 0, r.err);
    const data = JSON.parse(r.out) as Record;
    assert.ok(validate(data), JSON.stringify(validate.errors));
    assert.equal(data.meetings.length, files.length);
    // 2020-01-21's minute numbers carry their year: "010/20 Item 9 – Brexit and Policing"
    assert.ok(data.items.some((i) => i.id === '010/20' && i.title === 'Item 9 – Brexit and Policing'), JSON.stringify(data.items.map((i) => [i.id, i.title])));
  }
  const several = run('export', ...files, '--to', 'json');
  assert.equal(several.code, 2);
  assert.match(several.err, /Name where to write with --out/);
});
