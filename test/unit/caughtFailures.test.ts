/**
 * Failures the language service catches and goes on from (a parser bug, a rule that throws) are
 * told to the host's logger (service/logger.ts), never swallowed in silence (issue 19).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, analyzeAcrossMeetings, buildWorkspace, DEFAULT_SETTINGS, parse, setServiceLogger, splitLines, type MinutesSettings } from '#service';

const MEETING = `# Strategic Policing and Crime Board

Date: 27 September 2022

Present: Cllr Ann Example (Chair), Tom Sample

081/22 Minutes of the last meeting
The minutes were agreed.
`;

/** Collects what the service logs while `run` runs. */
function logged(run: () => void): Array<{ message: string; cause: unknown }> {
  const out: Array<{ message: string; cause: unknown }> = [];
  setServiceLogger({ error: (message, cause) => out.push({ message, cause }) });
  try { run(); } finally { setServiceLogger(undefined); }
  return out;
}

test('a parser bug: the document reads as empty, and the logger is told what failed', () => {
  const boom = new Error('a parser bug');
  const options = { get numbering(): never { throw boom; } } as unknown as Parameters<typeof parse>[1];
  let kind = '';
  const log = logged(() => { kind = parse(MEETING, options).kind; });
  assert.equal(kind, 'empty');
  assert.equal(log.length, 1);
  assert.match(log[0].message, /parser failed/);
  assert.equal(log[0].cause, boom);
});

test('a rule that throws: the other rules still speak, and the logger names the rule', () => {
  const boom = new Error('a rule bug');
  // the quorum rule reads the quorum setting: a setting that throws makes that one rule fail
  const settings = { ...DEFAULT_SETTINGS, get quorum(): number { throw boom; } } as MinutesSettings;
  const doc = parse(MEETING);
  const log = logged(() => { analyze(doc, splitLines(MEETING), settings, new Date(2022, 8, 27)); });
  assert.ok(log.some((l) => l.message.includes('minutes/quorum') && l.cause === boom), JSON.stringify(log.map((l) => l.message)));
});

test('a rule across meetings that throws is logged too, and a failure repeated at every keystroke is told once', () => {
  const boom = new Error('a workspace rule bug');
  const doc = parse(MEETING);
  const real = buildWorkspace([{ uri: 'file:///m/2022-09-27.minutes', doc }], new Date(2022, 8, 27));
  // the meeting is found; anything a rule then reads of the workspace throws
  const model = new Proxy(real, { get: (t, k) => { if (k === 'byUri') return t.byUri; throw boom; } });
  const log = logged(() => {
    analyzeAcrossMeetings(model, 'file:///m/2022-09-27.minutes', DEFAULT_SETTINGS);
    analyzeAcrossMeetings(model, 'file:///m/2022-09-27.minutes', DEFAULT_SETTINGS);
  });
  assert.ok(log.length > 0 && log.every((l) => l.cause === boom), JSON.stringify(log.map((l) => l.message)));
  assert.equal(new Set(log.map((l) => l.message)).size, log.length);
});
