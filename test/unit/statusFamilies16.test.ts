/**
 * Statuses of earlier actions that a reader found missed in the sixteenth blind set (heldOut16),
 * each construct in other boards' words, names and numbers than the document that showed it, with a
 * near miss that must stay unread.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, type Meeting } from '#service';
import { matchStatusTagAt } from '#service/forms/statuses';

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
