/**
 * Actions, statuses of earlier actions and decisions that a reader found missed in new minutes of
 * known layout families (fam24): each construct in other boards' words, names and numbers than
 * the probe that showed it, with the probe's own line, and a near miss that must stay unread.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, type Meeting } from '#service';
import { findProseStatuses } from '#service/forms/statusProse';

function meetingOf(text: string): Meeting {
  const m = parse(text).meeting;
  assert.ok(m, text);
  return m;
}
const reviews = (m: Meeting): string[] => (m.statusReviews ?? []).map((r) => `${r.ref} | ${r.status} | ${r.written}`);
const actions = (m: Meeting): string[] => [...m.items.flatMap((i) => i.actions), ...(m.actions ?? [])].map((a) => `${a.owners.map((o) => o.text).join(', ')}: ${a.text}`);

/** A scribe tool's minutes: its contents, the topics at the margin, the lines under them indented. */
function scribed(review: readonly string[], summary: readonly string[], summaryTitle = 'Summary of action items'): string {
  return [
    '   [1]W3C', '', '                 Accessible Maps Community Group', '                           3 Apr 2025', '',
    'Present', '   Ines_Haber, Tomas_Lind, Wen_Zhou', 'Regrets', '   Kofi_Mensah', 'Chair', '   Ines_Haber', 'Scribe', '   Tomas_Lind', '',
    'Contents', '     1. Open actions', '     2. Tile styles', '',
    'Open actions', ...review.map((l) => `   ${l}`), '',
    'Tile styles', '   Ines: dark mode needs contrast checks', '   ACTION: Wen to write the contrast checklist', '',
    summaryTitle, ...summary.map((l) => `   ${l}`), '',
  ].join('\n');
}

test('family 9: a line of a review that gives each tracker action its status, clause by clause', () => {
  const seen = (t: string): string[][] => findProseStatuses(t).map((s) => [t.slice(s.ref.start, s.ref.end), s.status, t.slice(s.written.start, s.written.end)]);
  // the probe's line
  assert.deepEqual(seen('action-17 closed; action-19 still open'), [['action-17', 'done', 'closed'], ['action-19', 'open', 'still open']]);
  // other groups' words: a comma between clauses, a scribe's name before them, a deferral with where it goes
  assert.deepEqual(seen('Ines: action-4 done, action-6 dropped'), [['action-4', 'done', 'done'], ['action-6', 'dropped', 'dropped']]);
  assert.deepEqual(seen('action-210 carried forward to May; action-212 completed'), [['action-210', 'carried forward', 'carried forward to May'], ['action-212', 'done', 'completed']]);
  assert.deepEqual(seen('action-31 remains open; action-32 closed'), [['action-31', 'open', 'remains open'], ['action-32', 'done', 'closed']]);
  // near misses: an action named before its owner, a verb that is no status, a status word that opens a longer clause
  assert.deepEqual(seen('action-41, Chen to check licence of the feeds'), []);
  assert.deepEqual(seen('close action-41'), []);
  assert.deepEqual(seen('action-12 closed the gap in the data; action-13 remains open'), [['action-13', 'open', 'remains open']]);
  const m = meetingOf(scribed(['action-8 closed; action-9 still open'], []));
  assert.deepEqual(reviews(m), ['action-8 | done | closed', 'action-9 | open | still open']);
});

test('family 9: a closing summary of action items: a [NEW] line repeats an action above, [PENDING] and [DONE] lines review earlier ones', () => {
  const summary = ['[NEW] ACTION: Wen to write the contrast checklist', '[PENDING] ACTION: Kofi to collect sample tiles', '[DONE] ACTION: Ines to book the test session'];
  const m = meetingOf(scribed(['no open actions'], summary));
  assert.deepEqual(actions(m), ['Wen: write the contrast checklist']);
  assert.deepEqual(reviews(m), ['Kofi to collect sample tiles | open | [PENDING]', 'Ines to book the test session | done | [DONE]']);
  // the summary heading the contents did not list ends the last topic: nothing of it is the topic's
  assert.deepEqual(m.items.map((i) => i.title), ['Open actions', 'Tile styles']);
  assert.ok(m.items[1].range.end.line < scribed(['no open actions'], summary).split('\n').indexOf('Summary of action items'));
  // with the tracker's numbers, as before: the number is the reference
  const n = meetingOf(scribed(['no open actions'], ['[PENDING] ACTION-7: Kofi to collect sample tiles']));
  assert.deepEqual(reviews(n), ['ACTION-7 | open | [PENDING]']);
  // near miss: under a line that is no summary's heading (the topic goes on), a [NEW] line whose action no
  // topic recorded is the meeting's action, once; the one recorded above is not read again
  const o = meetingOf(scribed(['no open actions'], ['[NEW] ACTION: Wen to write the contrast checklist', '[NEW] ACTION: Tomas to file the colour issue'], '   Wrap-up'));
  assert.deepEqual(actions(o), ['Wen: write the contrast checklist', 'Tomas: file the colour issue']);
});

test('family 9: the probe\'s summary (fam24/09)', () => {
  const m = meetingOf([
    'Contents', '     1. Review of actions', '     2. Schema versioning', 'Review of actions', '   action-17 closed; action-19 still open',
    'Schema versioning', '   Lena: we should tag releases', '   RESOLUTION: Use semantic versioning for schema releases', '   ACTION: Mo to draft the release checklist',
    'Summary of action items', '   [NEW] ACTION: Mo to draft the release checklist', '   [PENDING] ACTION: Ute to update the glossary', '   [DONE] ACTION: Raj to fix the test suite',
  ].join('\n'));
  assert.deepEqual(actions(m), ['Mo: draft the release checklist']);
  assert.deepEqual(reviews(m), ['action-17 | done | closed', 'action-19 | open | still open', 'Ute to update the glossary | open | [PENDING]', 'Raj to fix the test suite | done | [DONE]']);
});
