/**
 * `minutes verify FOLDER` (issue 21 §3), run as a clerk's CI runs it: every approved meeting is
 * checked against the fingerprint of its approval; one that changed is named, with the minute
 * that changed, and the exit status is 1.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeText, recordApproval, DEFAULT_SETTINGS } from '#service';
import { ROOT, TODAY, applyEdits } from './support/util';

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The fixture board with July's minutes approved at September's meeting (minute 078/22) and September's a draft. */
function boardFolder(): string {
  const board = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-verify-'));
  for (const f of ['2022-07-26', '2022-09-27', '2022-10-25']) fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'workspace', `${f}.minutes`), path.join(board, `${f}.minutes`));
  const july = path.join(board, '2022-07-26.minutes');
  const text = fs.readFileSync(july, 'utf8');
  const a = analyzeText('file:///july.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
  const r = recordApproval(a.doc, a.lines, { date: '27/09/2022', minute: '078/22', signedBy: 'Simon Foster, Chair' });
  assert.ok('edits' in r);
  fs.writeFileSync(july, applyEdits(text, r.edits));
  return board;
}

test('verify FOLDER: an approved meeting unchanged since its approval passes; the drafts are not its business', () => {
  const board = boardFolder();
  const r = run('verify', board);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /2022-07-26\.minutes: unchanged since approval \(Approved at the meeting of 27\/09\/2022, minute 078\/22, signed by Simon Foster, Chair\)/);
  assert.match(r.out, /1 approved meeting checked: all unchanged since approval\./);
  assert.doesNotMatch(r.out, /2022-09-27|2022-10-25/);
});

test('verify FOLDER: approved minutes edited afterwards fail the check, naming the meeting, the minute and what to do', () => {
  const board = boardFolder();
  const july = path.join(board, '2022-07-26.minutes');
  const text = fs.readFileSync(july, 'utf8');
  // one word of one minute's text
  const item = /^(\d{3}\/22) .*\n(.+)$/m.exec(text)!;
  fs.writeFileSync(july, text.replace(item[2], `${item[2]} (amended)`));
  const r = run('verify', board);
  assert.equal(r.code, 1, r.out + r.err);
  assert.match(r.out, new RegExp(`2022-07-26\\.minutes:3: CHANGED since approval \\(Approved at the meeting of 27/09/2022, minute 078/22, signed by Simon Foster, Chair\\): minute ${item[1].replace('/', '\\/')} changed\\. Undo the change, and record any correction as a minute of the next meeting`));
  assert.match(r.out, /1 of 1 approved meeting changed since approval\./);
  // and a meeting approved without a fingerprint is said, not failed
  const sept = path.join(board, '2022-09-27.minutes');
  fs.writeFileSync(sept, fs.readFileSync(sept, 'utf8').replace('Date: 27/09/2022\n', 'Date: 27/09/2022\nStatus: Approved 25/10/2022\n'));
  const again = run('verify', board);
  assert.equal(again.code, 1);
  assert.match(again.out, /No fingerprint recorded .*2022-09-27\.minutes/);
});

test('verify names what it cannot read and exits 2', () => {
  const r = run('verify', path.join(os.tmpdir(), 'no-such-folder-of-minutes', 'x.minutes'));
  assert.equal(r.code, 2);
  assert.match(r.err, /cannot read .*no such file/);
});
