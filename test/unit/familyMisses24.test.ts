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

test('family 3: an item titled as the list of last meeting\'s actions, each line a subject, a dash and its status word', () => {
  const council = (title: string, rows: readonly string[]): Meeting => meetingOf([
    'DRAFT', 'MARSHFIELD TOWN COUNCIL', 'Minutes of the meeting held on Monday 3 March 2025 at 7.30pm, Town Hall',
    'Present: Cllr P Okafor (Chair), Cllr J Lam, Cllr D Reyes',
    'MTC25/101 Apologies', 'Cllr S Kerr – family.', `MTC25/102 ${title}`, ...rows, 'MTC25/103 Finance', 'RESOLVED to approve the payments.',
  ].join('\n'));
  // the probe's title and rows (fam24/03)
  assert.deepEqual(reviews(council('Action list from previous meeting', ['Bench repair – Complete', 'Hedge survey – Carried forward'])), ['Bench repair | done | Complete', 'Hedge survey | carried forward | Carried forward']);
  // other councils' titles and subjects
  assert.deepEqual(reviews(council('Action sheet from the last meeting', ['Noticeboard glass – Ongoing', 'Allotment water meter – Cancelled'])), ['Noticeboard glass | open | Ongoing', 'Allotment water meter | dropped | Cancelled']);
  assert.deepEqual(reviews(council('Actions list from previous meetings', ['Defibrillator pads - Complete'])), ['Defibrillator pads | done | Complete']);
  // near misses: a title that names no earlier actions, and one that names a plan
  assert.deepEqual(reviews(council('Parks and open spaces', ['Bench repair – Complete'])), []);
  assert.deepEqual(reviews(council('Action plan from previous meeting', ['Bench repair – Complete'])), []);
});

/** An NHS board's minutes: its items `XX/25/NNN`, paragraphs `NNN.1`, and the lines given. */
function nhsBoard(lines: readonly string[]): Meeting {
  return meetingOf([
    'Minutes of the Trust Board (Public) – 8 June 2025', 'Present:', 'Helen Ashe', 'Tom Ruiz', 'Chair', 'Chief Executive', 'HA', 'TR',
    'TB/25/061 Declarations of interest', '061.1 None declared.', ...lines,
  ].join('\n'));
}

test('family 4: statuses in sentences naming each action\'s reference, and an appendix action log without its header', () => {
  // the probe's sentence (fam24/04)
  assert.deepEqual(findProseStatuses('052.1 Action BD/23/031.2 (theatre staffing) complete. Action BD/23/040.1 not yet due.').map((s) => [s.status, s.told]), [['done', true], ['open', true]]);
  const sentences = nhsBoard(['TB/25/062 Action log', '062.1 Action TB/25/018.3 (winter plan) closed. Action TB/25/027.1 (estates survey) deferred to September. Action TB/25/030.2 in progress.', 'TB/25/063 Finance', '063.1 The Board NOTED the report.']);
  assert.deepEqual(reviews(sentences), ['TB/25/018.3 | done | closed', 'TB/25/027.1 | carried forward | deferred to September', 'TB/25/030.2 | open | in progress']);
  // near misses: a status word that opens a longer clause, an action named in passing
  assert.deepEqual(reviews(nhsBoard(['TB/25/062 Action log', '062.1 Action TB/25/018.3 closed the gap in cover. The Board asked whether Action TB/25/027.1 complete was right.'])), []);
  // the appendix's log: reference, subject, owner, status and RAG letter, rows wrapped; where the sentence told the same
  // action's status, the log's row is its status
  const log = nhsBoard([
    'TB/25/062 Action log', '062.1 Action TB/25/018.3 (winter plan) complete.', 'TB/25/063 Finance', '063.1 The Board NOTED the report.',
    'Appendix 1 – Action log', 'TB/25/018.3 Winter plan sign-off TR Complete B', 'TB/25/027.1 Estates survey of the HA Overdue R', 'north site', 'TB/25/030.2 Digital strategy HA In progress A',
  ]);
  assert.deepEqual(reviews(log), ['TB/25/018.3 | done | Complete', 'TB/25/027.1 | open | Overdue', 'TB/25/030.2 | open | In progress']);
  // the probe's rows (fam24/04)
  assert.deepEqual(reviews(nhsBoard(['TB/25/062 Finance', '062.1 Noted.', 'Appendix: Action log', 'BD/23/031.2 Theatre staffing CM Complete B', 'BD/23/040.1 Estates review RI Not yet due G'])), ['BD/23/031.2 | done | Complete', 'BD/23/040.1 | open | Not yet due']);
  // near miss: an item titled so, its lines prose; the log's end at the next item's head
  assert.deepEqual(reviews(nhsBoard(['Action log', 'The Board reviewed the log.', 'TB/25/062 Finance', '062.1 Noted.'])), []);
  const ended = nhsBoard(['TB/25/062 Finance', 'Appendix: Action log', 'TB/25/018.3 Winter plan TR Complete B', 'TB/25/063 Any other business', '063.1 None.']);
  assert.deepEqual(reviews(ended), ['TB/25/018.3 | done | Complete']);
  assert.deepEqual(ended.items.map((i) => i.number?.written), ['TB/25/061', 'TB/25/062', 'TB/25/063']);
});

test('family 6: a shared action\'s status per owner, each owner with a colon and an icon left as words, no semicolon between', () => {
  const wiki = (line: string): Meeting => meetingOf([
    'Meetings/2025-03-11', 'Jump to navigation Jump to search', 'Present: Ada Rowe (AR) (Chair); Ben Cho (BC) (minutes); Dee Fox (DF)', '',
    'Garden [edit | edit source]', 'AR reported on the beds.', line, 'Website [edit | edit source]', 'BC showed the new page.',
  ].join('\n'));
  // the probe's line (fam24/06) in other initials
  assert.deepEqual(reviews(wiki('ACTION: AR and DF to book the hall. AR: Yes check.svg Done DF: X mark.svg Cancelled')), ['AR and DF to book the hall | done | Done', 'AR and DF to book the hall | dropped | Cancelled']);
  assert.deepEqual(reviews(wiki('ACTION: BC, DF and AR to order seed. BC: Yes check.svg Done DF: Go-next-red.svg Carried forward AR: Yes check.svg Done')).map((r) => r.split(' | ').slice(1).join(' | ')), ['done | Done', 'carried forward | Carried forward', 'done | Done']);
  // as before, with a semicolon; near miss: a note after the status that names someone with a colon stays the note
  assert.deepEqual(reviews(wiki('ACTION: AR and DF to book the hall. AR: Yes check.svg Done; DF: X mark.svg Cancelled')).length, 2);
  const noted = wiki('ACTION: AR to book the hall. AR: Yes check.svg Done – see DF: hall key');
  assert.deepEqual(reviews(noted), ['AR to book the hall | done | Done']);
  assert.equal(noted.statusReviews?.[0].note, 'see DF: hall key');
});

test('family 8: a post\'s undertaking with `will` and a due date, under a vote\'s line that ends with no full stop', () => {
  const council = (lines: readonly string[]): string[] => actions(meetingOf([
    'CITY OF LARCH FALLS', 'CITY COUNCIL MINUTES', 'March 3, 2025', 'I. CALL TO ORDER', 'Mayor Ortiz called the meeting to order at 6:00 p.m.',
    'II. ROLL CALL', 'Present: Mayor Ortiz, Council Members Hale, Ng, Price', 'Staff present: Lee Ward – City Manager, Ann Cole – Finance Director',
    'III. NEW BUSINESS', ...lines, 'IV. ADJOURNMENT', 'The meeting adjourned at 7:15 p.m.',
  ].join('\n')));
  // the probe's construct (fam24/08) in other words
  assert.deepEqual(council(['Motion by Hale, second by Ng, to approve the contract.', 'Ayes: Ortiz, Hale, Ng, Price  Nays: None  Motion carried 4-0', 'The City Manager will report on paving bids by April 15.']), ['The City Manager: report on paving bids by April 15']);
  assert.deepEqual(council(['Motion by Price, second by Hale, to adopt Ordinance No. 880.', 'Motion carried unanimously', 'The Finance Director will bring a revised fee schedule to the April 7 meeting.']), ['The Finance Director: bring a revised fee schedule to the April 7 meeting']);
  // near miss: a sentence the page wrapped is read with its line above, as before (its subject there)
  assert.deepEqual(council(['Council Member Ng asked about parking. The City Manager', 'will report on parking options by April 15.']), ['The City Manager: report on parking options by April 15']);
});

test('family 2: a substitute named in the apologies\' sentence by the verb alone (`… Councillor Joy Teale substituted.`)', () => {
  const panel = (minute: string): string[][] => meetingOf([
    'Agenda and minutes', 'Westmoor Police and Crime Panel - Thursday, 5th June, 2025 10.00 am', 'No.\tItem', '1.', 'APOLOGIES AND SUBSTITUTES', 'To receive apologies.', 'Minutes:', minute, ' ',
    '2.', 'PRECEPT', 'Minutes:', 'RESOLVED that the precept be endorsed.',
  ].join('\n')).people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, (p.qualifiers ?? []).map((q) => q.text).join('|')]));
  // the probe's sentence (fam24/02) in other names
  assert.deepEqual(panel('Apologies were received from Councillor Bea Lund; Councillor Omar Haq substituted.'), [['apologies', 'Bea Lund', ''], ['present', 'Omar Haq', 'substitute']]);
  assert.deepEqual(panel('Apologies were received from Mr P Dunn. Cllr Ames substituted, arriving at 10.15.'), [['apologies', 'P Dunn', ''], ['present', 'Ames', 'substitute']]);
  // near misses: the verb with whom they stood in for (as before, matchSubstitution's), a thing substituted
  assert.deepEqual(panel('Councillor Omar Haq substituted for Councillor Bea Lund.'), [['present', 'Omar Haq', 'for Councillor Bea Lund']]);
  assert.deepEqual(panel('Apologies were received from Councillor Bea Lund. The revised figures were substituted.'), [['apologies', 'Bea Lund', '']]);
});
