/**
 * The command line's writing and reading at the edges: it never writes over the file it reads,
 * asks before replacing a file, takes `-` for standard output, says in one line when the disk is
 * full, and says (and exits non-zero) when it did not check everything it was asked to.
 */
import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './support/util';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cli-io-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const SEPTEMBER = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'workspace', '2022-09-27.minutes'), 'utf8');

function run(args: string[], env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A fresh copy of a meeting under `name`; returns its path. */
function meeting(name: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, SEPTEMBER);
  return file;
}

test('export never writes over the file it reads, whatever path names it, even with --force', () => {
  const notes = meeting('notes.html');
  // the default output of `--to html` is notes.html itself
  let r = run(['export', 'notes.html', '--to', 'html']);
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /^minutes: notes\.html is the file being read \(notes\.html\): it is never written over\. Choose another file with --out\.\n$/);
  assert.equal(fs.readFileSync(notes, 'utf8'), SEPTEMBER);
  // the same file through `..`, a symbolic link, with --force
  fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
  fs.symlinkSync(notes, path.join(dir, 'link.html'));
  for (const out of ['sub/../notes.html', 'link.html']) {
    r = run(['export', 'notes.html', '--to', 'html', '--out', out, '--force']);
    assert.equal(r.code, 2, `${out}: ${r.err}`);
    assert.match(r.err, /is the file being read/);
    assert.equal(fs.readFileSync(notes, 'utf8'), SEPTEMBER);
  }
});

test('import --out its own input is refused; the input keeps every word', () => {
  const file = meeting('imp/board.txt');
  const r = run(['import', 'imp/board.txt', '--out', 'imp/board.txt', '--force']);
  assert.equal(r.code, 2);
  assert.match(r.err, /imp\/board\.txt is the file being read/);
  assert.equal(fs.readFileSync(file, 'utf8'), SEPTEMBER);
});

test('an existing file is replaced only with --force, and the message says so', () => {
  meeting('rep/m.minutes');
  const target = path.join(dir, 'rep', 'published.html');
  fs.writeFileSync(target, 'the clerk\'s own page');
  let r = run(['export', 'rep/m.minutes', '--out', 'rep/published.html']);
  assert.equal(r.code, 2);
  assert.equal(r.err, 'minutes: rep/published.html already exists: add --force to replace it, or choose another file with --out.\n');
  assert.equal(fs.readFileSync(target, 'utf8'), 'the clerk\'s own page');
  r = run(['import', 'rep/m.minutes', '--out', 'rep/published.html']);
  assert.equal(r.code, 2);
  assert.match(r.err, /already exists: add --force/);
  r = run(['export', 'rep/m.minutes', '--out', 'rep/published.html', '--force']);
  assert.equal(r.code, 0, r.err);
  assert.match(fs.readFileSync(target, 'utf8'), /^<!DOCTYPE html>/);
  // the default output beside the input is protected the same way
  fs.writeFileSync(path.join(dir, 'rep', 'm.html'), 'kept');
  assert.equal(run(['export', 'rep/m.minutes']).code, 2);
  assert.equal(fs.readFileSync(path.join(dir, 'rep', 'm.html'), 'utf8'), 'kept');
});

test('--out - is standard output, and no file named "-" is written', () => {
  meeting('std/m.minutes');
  const html = run(['export', 'std/m.minutes', '--to', 'html', '--out', '-']);
  assert.equal(html.code, 0, html.err);
  assert.match(html.out, /^<!DOCTYPE html>/);
  const imported = run(['import', 'std/m.minutes', '--out', '-']);
  assert.equal(imported.code, 0, imported.err);
  assert.match(imported.out, /Date: 27\/09\/2022/);
  assert.ok(!fs.existsSync(path.join(dir, '-')), 'no file named -');
});

test('a full disk is one clear line and exit status 2, for --out and for standard output', () => {
  meeting('full/m.minutes');
  for (const args of [['export', 'full/m.minutes', '--out', '/dev/full'], ['import', 'full/m.minutes', '--out', '/dev/full']]) {
    const r = run(args);
    assert.equal(r.code, 2, r.err);
    assert.equal(r.err, 'minutes: could not write /dev/full: the disk is full.\n');
  }
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${path.join(ROOT, 'bin', 'minutes.js')}" import full/m.minutes > /dev/full`], { encoding: 'utf8', cwd: dir });
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'minutes: could not write to standard output: the disk is full\n');
});

test('check of a folder with more files than are read says what was skipped and does not exit 0', () => {
  const folder = path.join(dir, 'many');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  // an error in every meeting: whichever is skipped, an error goes unchecked
  for (const f of fs.readdirSync(folder)) fs.appendFileSync(path.join(folder, f), '\n081/22 One\nText.\n\n081/22 Two\nText.\n');
  const capped = run(['check', 'many'], { MINUTES_MAX_FILES: '2' });
  assert.equal(capped.code, 2, capped.err);
  assert.match(capped.err, /^minutes: more than 2 minutes files: only the first 2 were read, the rest were not checked\.$/m);
  assert.equal(capped.out.trim().split('\n').map((l) => l.split(':')[0]).filter((f, i, all) => all.indexOf(f) === i).length, 2, 'two files checked');
  assert.equal(run(['actions', 'many'], { MINUTES_MAX_FILES: '2' }).code, 2, 'the action log of part of the folder is not a success either');
  const whole = run(['check', 'many'], { MINUTES_MAX_FILES: '3' });
  assert.equal(whole.code, 1, whole.err);
  assert.doesNotMatch(whole.err, /more than/);
});
