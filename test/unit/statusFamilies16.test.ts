/**
 * Statuses of earlier actions that a reader found missed in the sixteenth blind set (heldOut16),
 * each construct in other boards' words, names and numbers than the document that showed it, with a
 * near miss that must stay unread.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, type Meeting } from '#service';
import { matchStatusTagAt } from '#service/forms/statuses';
import { findProseStatuses } from '#service/forms/statusProse';

function meetingOf(text: string): Meeting {
  const m = parse(text).meeting;
  assert.ok(m, text);
  return m;
}
const reviews = (m: Meeting): string[] => (m.statusReviews ?? []).map((r) => `${r.ref} | ${r.status} | ${r.written}`);

/** An older wiki's page: its chrome, a present list, a section of earlier actions and one after it. */
function wiki(title: string, lines: readonly string[]): Meeting {
  return meetingOf([
    'Page\tDiscussion\tRead\tEdit\tView history', 'Committee/2025-05-14', 'From Eastfold Allotments wiki', 'Jump to navigation Jump to search', '',
    'Eastfold Allotment Society – Committee', 'Wednesday 14 May 2025, 19:00, the Pavilion', '',
    'Present: Rhona Keel (RK, Chair), Tam Orr (TO), Will Ash (WA)', '',
    'Welcome[edit]', 'RK welcomed everyone.', '',
    `${title}[edit]`, ...lines, '',
    'Water supply[edit]', 'TO reported a leak at plot 12.', '',
  ].join('\n'));
}

test('family 6: a wiki\'s status icons on the line under a numbered earlier action, one per owner', () => {
  const m = wiki('Actions carried forward', [
    '    1. RK to ask the council about the hedge.',
    '       RK: Symbol support vote.svg Done – hedge cut in April',
    '    2. TO and WA to price a new water tank.',
    '       TO: Symbol wait.svg Ongoing    WA: Symbol oppose vote.svg Cancelled – tank donated',
    '    3. WA to draft the tenancy reminder letter.',
    '       WA: Arrow right.svg Deferred to the June meeting',
  ]);
  assert.deepEqual(reviews(m), ['1 | done | Done', '2 | open | Ongoing', '2 | dropped | Cancelled', '3 | carried forward | Deferred to the June meeting']);
  // other titles of the family's section, the older icons
  const b = wiki('Actions brought forward', ['    1. TO to fix the gate.', '       TO: Yes check.svg Done']);
  assert.deepEqual(reviews(b), ['1 | done | Done']);
  // near misses: the same list under a heading that reviews nothing; a line under the action with no icon
  assert.deepEqual(reviews(wiki('Projects', ['    1. RK to ask the council about the hedge.', '       RK: Symbol support vote.svg Done'])), []);
  assert.deepEqual(reviews(wiki('Actions carried forward', ['    1. RK to ask the council about the hedge.', '       RK: spoke to the clerk on Monday'])), []);
});

test('family 6: a wiki\'s vote icons read as the tick and the cross, alone or before the status word', () => {
  const at = (t: string): [string, string] | undefined => {
    const m = matchStatusTagAt(t);
    return m && [m.status, t.slice(m.start, m.end)];
  };
  assert.deepEqual(at('Symbol support vote.svg'), ['done', 'Symbol support vote.svg']);
  assert.deepEqual(at('Symbol oppose vote.svg'), ['dropped', 'Symbol oppose vote.svg']);
  assert.deepEqual(at('Symbol keep vote.svg Completed'), ['done', 'Symbol keep vote.svg Completed']);
  assert.deepEqual(at('Arrow right.svg Carried forward to March – see notes'), ['carried forward', 'Arrow right.svg Carried forward to March']);
  // near miss: another symbol's name is no status icon
  assert.equal(at('Symbol question.svg'), undefined);
});

/** A health board's minutes with an appendix action log printed in space-aligned columns. */
function healthBoard(log: readonly string[]): Meeting {
  return meetingOf([
    'Minutes of the Board of Directors – 4 March 2025', 'Present:', 'Gill Ranby', 'Owen Pryce', '',
    'BD/25/031  DECLARATIONS OF INTEREST', '031.1  None declared.', '',
    'BD/25/032  ACTION LOG', '032.1  The Board reviewed the log at Appendix 1.', '',
    'Appendix 1 – Action log', '', ...log, '',
  ].join('\n'));
}

test('family 4: an appendix log in space-aligned columns that dates each action by when it was `Raised`, its RAG letter where the status cell is empty', () => {
  const m = healthBoard([
    'Ref          Raised    Action                   Lead  Due     Status            RAG',
    'BD/24/112.1  05.11.24  Refresh the digital      OP    Jan 25  Completed         B',
    '                       strategy',
    'BD/24/118.2  03.12.24  Nurse staffing review    GR    Feb 25  Deferred          A',
    '                                                              to April Board',
    'BD/25/004.1  07.01.25  Publish the annual       GR    Feb 25                    B',
    '                       report',
    '',
    'Key:  B = complete    G = on track    A = revised date    R = overdue',
  ]);
  assert.deepEqual(reviews(m), ['BD/24/112.1 | done | Completed', 'BD/24/118.2 | carried forward | Deferred to April Board', 'BD/25/004.1 | done | B']);
  // near miss: a table of new actions, no status column, is no review
  assert.deepEqual(reviews(healthBoard(['Ref          Raised    Action                   Lead  Due', 'BD/25/031.1  04.03.25  Draft the winter plan    OP    Sep 25'])), []);
});

/** A scribe tool's minutes: its contents, the topics at the margin, the lines under them indented. */
function scribed(review: readonly string[], summary: readonly string[]): Meeting {
  return meetingOf([
    '   [1]W3C', '', '                 Open Transit Data Community Group', '                           9 Oct 2025', '',
    'Present', '   Lena_Ortiz, Sam_Okafor, Priya_Nair', 'Regrets', '   Jon_Berg', 'Chair', '   Lena_Ortiz', 'Scribe', '   Sam_Okafor', '',
    'Contents', '     1. Open actions', '     2. Fares schema', '',
    'Open actions', ...review.map((l) => `   ${l}`), '',
    'Fares schema', '   Priya: zones need a diagram', '   ACTION: Priya to draw the zones diagram', '',
    'Summary of Action Items', ...summary.map((l) => `   ${l}`), '',
  ].join('\n'));
}

test('family 9: trackers named together before one status, a status with its reason, and a line wrapped between two trackers', () => {
  const seen = (t: string): string[][] => findProseStatuses(t).map((s) => [t.slice(s.ref.start, s.ref.end), s.status, t.slice(s.written.start, s.written.end)]);
  assert.deepEqual(seen('Lena: action-7 done, action-9 and action-11 still open'), [['action-7', 'done', 'done'], ['action-9', 'open', 'still open'], ['action-11', 'open', 'still open']]);
  assert.deepEqual(seen('action-20 closed, action-21 dropped because the feed was retired'), [['action-20', 'done', 'closed'], ['action-21', 'dropped', 'dropped']]);
  // near misses: a reason after a verb that is no status; a tracker and a word that is not the next tracker
  assert.deepEqual(seen('action-21 moved because the feed was retired'), []);
  assert.deepEqual(seen('action-30 and the wiki page still open'), []);
  const m = scribed(['Lena: the rest: action-4 done, action-5 and', 'action-6 still open'], []);
  assert.deepEqual(m.statusReviews?.map((r) => `${r.ref} | ${r.status}`), ['action-4 | done', 'action-5 | open', 'action-6 | open']);
});

test('family 9: a closing summary\'s [DONE] and [PENDING] lines with no tracker numbers are the statuses of the trackers the review named', () => {
  const m = scribed(
    ['Lena: action-12, Sam, stop list for the airport?', 'Sam: done yesterday', 'Lena: action-14 done, action-15 and', 'action-16 still open, action-17 dropped since the API is gone', 'Priya: action-15 needs the new export'],
    ['[NEW] ACTION: Priya to draw the zones diagram', '',
      '[PENDING] ACTION: Priya to rerun the fares export', '[recorded in', '[3]https://example.org/2025/09/25-otd-minutes.html#action02]',
      '[PENDING] ACTION: Jon to check the licence wording', '[recorded in', '[4]https://example.org/2025/09/25-otd-minutes.html#action03]',
      '[DONE] ACTION: Lena to ask for the feed credentials', '[recorded in', '[5]https://example.org/2025/09/18-otd-minutes.html#action01]',
      '[DONE] ACTION: Sam to update the airport stop list', '[recorded in', '[6]https://example.org/2025/09/18-otd-minutes.html#action02]'],
  );
  assert.deepEqual((m.statusReviews ?? []).map((r) => `${r.ref} | ${r.status} | ${r.written}`), [
    'action-12 | done | [DONE]', 'action-14 | done | [DONE]', 'action-15 | open | [PENDING]', 'action-16 | open | [PENDING]', 'action-17 | dropped | dropped',
  ]);
  // near misses: tags that the review's numbers cannot pair (two [DONE] tags, one number done, no words to tell) stay as they are;
  // and as many, where no line's words tie a tag to a number (the summary's may be other actions)
  const o = scribed(['Sam: action-14 done, action-15 still open'], ['[DONE] ACTION: Lena to ask for the feed credentials', '[PENDING] ACTION: Jon to send the map tiles']);
  assert.deepEqual((o.statusReviews ?? []).map((r) => r.ref), ['action-14', 'action-15', 'Lena to ask for the feed credentials', 'Jon to send the map tiles']);
  const n = scribed(['Sam: action-14 done'], ['[DONE] ACTION: Lena to ask for the feed credentials', '[DONE] ACTION: Jon to send the map tiles']);
  assert.deepEqual((n.statusReviews ?? []).map((r) => r.ref), ['action-14', 'Lena to ask for the feed credentials', 'Jon to send the map tiles']);
});
