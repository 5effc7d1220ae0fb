/**
 * The checks of exempt business, of a motion's result and of the casting vote, and the kind of an
 * interest (issue 20): each fires on the fault, is silent on the meeting in order, and its fix
 * mends it. The council's March meeting (test/fixtures/council/) is in order: each test writes one
 * fault into it, as a clerk might, and reads what a clerk would expect.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse, applyEdits, findings, ROOT, textIn } from '../support/util';
import { parse, roomFor } from '#service';
import { motionDecisions } from '#service/proceedings/motionDecision';
import { citesReason, exclusions } from '#service/proceedings/exempt';

const MARCH = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'council', '2025-03-04.minutes'), 'utf8');
const EXEMPT_TITLE = '037/25 [exempt: paragraph 3 of Schedule 12A] Lease of the Town Hall café';
const CAFE = '037/25 Lease of the Town Hall café';
const one = <T>(list: readonly T[]): T => { assert.equal(list.length, 1, `expected one, got ${list.length}`); return list[0]; };

test('the March meeting is in order: none of these checks speaks', () => {
  for (const code of ['exempt-not-marked', 'exempt-without-reason', 'motion-result', 'interest-kind', 'casting-vote', 'exempt-without-exclusion', 'substitute-present', 'adjournment-not-reconvened', 'recorded-after-close']) assert.deepEqual(findings(MARCH, code).map((f) => f.message), [], code);
});

test('exempt-not-marked: the item the press and public were excluded for, printed in public; the fix marks it with the resolution\'s paragraph', () => {
  const text = MARCH.replace(EXEMPT_TITLE, CAFE);
  const f = one(findings(text, 'exempt-not-marked'));
  assert.equal(textIn(text, f.range), 'Lease of the Town Hall café');
  assert.match(f.message, /Item 037\/25 is not marked exempt, but the press and public were excluded for it \(036\/25\): the public version leaves it out, but the minutes do not say why/);
  const fixed = applyEdits(text, f.fixes[0].edits);
  assert.ok(fixed.includes('037/25 [exempt: paragraph 3 of Part 1 of Schedule 12A] Lease of the Town Hall café'));
  assert.equal(findings(fixed, 'exempt-not-marked').length, 0);
  assert.equal(findings(fixed, 'exempt-without-reason').length, 0);
});

test('exempt-not-marked: which items a resolution covers', () => {
  const more = `${MARCH.replace('The meeting closed at 20:45.', '')}038/25 Staffing review\nNOTED: the report.\n\n039/25 Public questions\nThe press and public were readmitted.\n\nThe meeting closed at 20:50.\n`;
  const m = parse(more).meeting!;
  const lines = more.split('\n');
  const numbers = (text: string): string[][] => exclusions(parse(text).meeting!, text.split('\n')).map((e) => e.covers.map((i) => parse(text).meeting!.items[i].number!.written.trim()));
  // the following item: the next one only
  assert.deepEqual(exclusions(m, lines).map((e) => e.covers.map((i) => m.items[i].number!.written.trim())), [['037/25']]);
  assert.deepEqual(findings(more, 'exempt-not-marked').length, 0);
  // the following items: until the press and public are readmitted
  const plural = more.replace('for the following item, as it involves', 'for the following items, as they involve');
  assert.deepEqual(numbers(plural), [['037/25', '038/25']]);
  assert.equal(one(findings(plural, 'exempt-not-marked')).message.startsWith('Item 038/25 is not marked exempt'), true);
  // by number, a range filled in
  const named = more.replace('for the following item, as it involves', 'for items 037/25 to 039/25, as they involve');
  assert.deepEqual(numbers(named), [['037/25', '038/25', '039/25']]);
  // a motion to exclude that was lost excludes nobody
  const lost = MARCH.replace(EXEMPT_TITLE, CAFE).replace(/RESOLVED that the press and public be excluded[^\n]*/, 'MOTION: That the press and public be excluded for the following item.\nMoved: Cllr Ahmed\nSeconded: Cllr Fisher\nVote: For 2, Against 5, Abstain 0\nResult: Lost');
  assert.equal(findings(lost, 'exempt-not-marked').length, 0);
  // the same motion carried does
  assert.equal(findings(lost.replace('For 2, Against 5, Abstain 0\nResult: Lost', 'For 5, Against 2, Abstain 0\nResult: Carried'), 'exempt-not-marked').length, 1);
});

test('exempt-without-reason: a mark with no reason; the fix gives the resolution\'s, or a paragraph of the setting', () => {
  const text = MARCH.replace(EXEMPT_TITLE, '037/25 [exempt] Lease of the Town Hall café');
  const f = one(findings(text, 'exempt-without-reason'));
  assert.equal(textIn(text, f.range), '[exempt]');
  assert.match(f.message, /Item 037\/25 is marked \[exempt\] with no reason/);
  // first and preferred: the paragraph the resolution cites; then the other paragraphs of Schedule 12A
  assert.equal(f.fixes[0].title, 'Give the reason: paragraph 3 of Part 1 of Schedule 12A');
  assert.equal(f.fixes[0].preferred, true);
  assert.deepEqual(f.fixes.slice(1).map((x) => x.title), [1, 2, 4, 5, 6, 7].map((n) => `Give the reason: paragraph ${n} of Schedule 12A`));
  const fixed = applyEdits(text, f.fixes[0].edits);
  assert.ok(fixed.includes('037/25 [exempt: paragraph 3 of Part 1 of Schedule 12A] Lease of the Town Hall café'));
  assert.equal(findings(fixed, 'exempt-without-reason').length, 0);
  // the board's own list of reasons
  const own = findings(text, 'exempt-without-reason', { exemptReasons: ['paragraph 3 of the 1960 Act'] })[0];
  assert.ok(own.fixes.some((x) => x.title === 'Give the reason: paragraph 3 of the 1960 Act'));
});

test('exempt-without-reason: an exempt reason that cites no paragraph set; confidential business follows no list', () => {
  const vague = MARCH.replace(EXEMPT_TITLE, '037/25 [exempt: commercially sensitive] Lease of the Town Hall café');
  assert.match(one(findings(vague, 'exempt-without-reason')).message, /is exempt "commercially sensitive", which cites none of the reasons/);
  assert.equal(findings(vague, 'exempt-without-reason', { exemptReasons: [] }).length, 0);
  assert.equal(findings(MARCH.replace(EXEMPT_TITLE, '037/25 [exempt: paragraph 9 of Schedule 12A] Lease'), 'exempt-without-reason').length, 1);
  assert.equal(findings(MARCH.replace(EXEMPT_TITLE, '037/25 [exempt: paragraphs 1 and 3 of Part 1 of Schedule 12A] Lease'), 'exempt-without-reason').length, 0);
  assert.equal(findings(MARCH.replace(EXEMPT_TITLE, '037/25 [confidential: commercially sensitive] Lease'), 'exempt-without-reason').length, 0);
  // a board's confidential business may go without a reason
  assert.equal(findings(MARCH.replace(EXEMPT_TITLE, '037/25 [confidential] Lease'), 'exempt-without-reason').length, 0);
  assert.equal(citesReason('paragraph 13 of Schedule 12A', ['paragraph 1 of Schedule 12A']), false);
});

test('motion-result: a motion with no result; the fix writes the result the counts give', () => {
  const text = MARCH.replace('Vote: For 5, Against 1, Abstain 1\nResult: Carried\n', 'Vote: For 5, Against 1, Abstain 1\n');
  const f = one(findings(text, 'motion-result'));
  assert.match(textIn(text, f.range), /^MOTION: That the committee objects/);
  assert.match(f.message, /The motion has no result: .* the vote gives Carried/);
  assert.deepEqual(f.fixes.map((x) => [x.title, x.preferred]), [['Record the result: Result: Carried', true]]);
  const fixed = applyEdits(text, f.fixes[0].edits);
  assert.equal(fixed, MARCH);
  // a tie with no casting vote: the clerk says which
  const tie = MARCH.replace('Casting vote: Cllr Ortega (Chair)\nResult: Carried\n', '');
  assert.deepEqual(one(findings(tie, 'motion-result')).fixes.map((x) => x.title), ['Carried', 'Lost', 'Withdrawn'].map((r) => `Record the result: Result: ${r}`));
  // a decision written after the motion records its result
  const decided = text.replace('Vote: For 5, Against 1, Abstain 1\n', 'Vote: For 5, Against 1, Abstain 1\nRESOLVED that the committee objects to the application.\n');
  assert.equal(findings(decided, 'motion-result').length, 0);
  const item = parse(decided).meeting!.items.find((i) => i.number?.written.trim() === '034/25')!;
  assert.deepEqual(motionDecisions(item).map((d) => [d.outcome, d.decision?.text]), [['carried', 'that the committee objects to the application.']]);
});

test('motion-result: a decision that restates a lost motion', () => {
  const text = MARCH.replace('Vote: For 5, Against 1, Abstain 1\nResult: Carried\n', 'Vote: For 1, Against 5, Abstain 1\nResult: Lost\nRESOLVED that the committee objects to the application on the grounds of overdevelopment.\n');
  const f = one(findings(text, 'motion-result'));
  assert.match(textIn(text, f.range), /^RESOLVED that the committee objects/);
  assert.match(f.message, /restates the motion, but the motion is recorded as lost/);
  // another decision after a lost motion is the committee's next word, not a contradiction
  assert.equal(findings(text.replace('RESOLVED that the committee objects to the application on the grounds of overdevelopment.', 'RESOLVED that the committee raises no objection.'), 'motion-result').length, 0);
});

test('casting-vote: with no tie, or not the chair\'s', () => {
  const noTie = MARCH.replace('Vote: For 3, Against 3, Abstain 0\nFor: Cllr Ortega, Cllr Fisher, Cllr Dhaliwal', 'Vote: For 4, Against 3, Abstain 0\nFor: Cllr Ortega, Cllr Fisher, Cllr Dhaliwal, Cllr Evans');
  // (the names disagree now too: vote-count's business)
  const f = one(findings(noTie, 'casting-vote'));
  assert.equal(textIn(noTie, f.range), 'Cllr Ortega');
  assert.match(f.message, /the vote was 4 for and 3 against: the chair gives a casting vote only when the votes are equal/);
  const other = MARCH.replace('Casting vote: Cllr Ortega (Chair)', 'Casting vote: Cllr Fisher');
  assert.match(one(findings(other, 'casting-vote')).message, /Cllr Fisher is recorded giving the casting vote, but Cllr Ortega chaired the meeting/);
  // the chair known from the list alone
  assert.equal(findings(other.replace('Chair: Cllr Ortega\n', ''), 'casting-vote').length, 1);
});

test('interest-kind: no kind, or a kind not set; the fixes keep every word written', () => {
  const none = MARCH.replace('Interest: Cllr Brown, item 035/25, disclosable pecuniary, left the room', 'Interest: Cllr Brown, item 035/25, left the room');
  const f = one(findings(none, 'interest-kind'));
  assert.equal(textIn(none, f.range), 'Cllr Brown');
  assert.match(f.message, /Cllr Brown's declaration does not say what kind of interest it is/);
  assert.ok(applyEdits(none, f.fixes[0].edits).includes('Interest: Cllr Brown, item 035/25, disclosable pecuniary, left the room'));
  const short = MARCH.replace('035/25, disclosable pecuniary, left', '035/25, pecuniary, left');
  const g = one(findings(short, 'interest-kind'));
  assert.equal(textIn(short, g.range), 'pecuniary');
  assert.deepEqual(g.fixes.map((x) => x.title), ['Write the kind as disclosable pecuniary']);
  assert.equal(applyEdits(short, g.fixes[0].edits), MARCH);
  // a kind with no kind set holding its words: no fix, the setting named
  const own = MARCH.replace('035/25, disclosable pecuniary, left', '035/25, prejudicial, left');
  const h = one(findings(own, 'interest-kind'));
  assert.deepEqual(h.fixes, []);
  assert.match(h.message, /add the board's kinds to the setting minutes.interests.kinds/);
  // the board's kinds: prejudicial is one; Cllr Chen's "other registrable" no longer is
  const board = findings(own, 'interest-kind', { interests: { kinds: ['personal', 'prejudicial'], mustLeave: ['prejudicial'] } });
  assert.deepEqual(board.map((x) => textIn(own, x.range)), ['other registrable']);
});

test('no check of the proceedings speaks on the corpus, the layouts or the workspace fixtures: no false alarm', () => {
  // every check of the proceedings, on every meeting as a draft (archives silence them) with a quorum set
  const codes = ['voter-not-present', 'interest-participation', 'vote-count', 'inquorate-item', 'departure-without-time', 'arrival-not-listed',
    'exempt-not-marked', 'exempt-without-reason', 'motion-result', 'interest-kind', 'casting-vote', 'exempt-without-exclusion', 'substitute-present', 'quorum',
    'adjournment-not-reconvened', 'recorded-after-close'].map((c) => `minutes/${c}`);
  const settings = { quorum: 0.5, archive: 'none' };
  let items = 0;
  let files = 0;
  for (const dir of ['corpus', 'layouts', 'workspace', 'publish']) {
    const folder = path.join(ROOT, 'test', 'fixtures', dir);
    for (const name of fs.readdirSync(folder).filter((f) => /\.(txt|minutes)$/.test(f))) {
      const text = fs.readFileSync(path.join(folder, name), 'utf8');
      const a = analyse(text, settings);
      items += a.doc.meeting?.items.length ?? 0;
      files++;
      assert.deepEqual(a.findings.filter((f) => codes.includes(f.code)).map((f) => `${dir}/${name}:${f.range.start.line + 1} ${f.code} ${f.message}`), [], name);
    }
  }
  // the files were read (not silent for want of a meeting)
  assert.ok(files >= 17 && items > 100, `${files} files, ${items} items`);
});

test('interest-participation: a member who left for an interest, recorded speaking on the item (presenting it, asking a question)', () => {
  const presented = MARCH.replace('Cllr Brown left the room for this item.\n', 'Presented by: Cllr Brown\nCllr Brown left the room for this item.\n');
  const f = one(findings(presented, 'interest-participation'));
  assert.equal(textIn(presented, f.range), 'Cllr Brown');
  assert.match(f.message, /Cllr Brown declared a disclosable pecuniary interest in this item and left the room, but is recorded as having presented the item/);
  const asked = MARCH.replace('MOTION: That the committee supports the application.', 'Would the yard be fenced? (asked by Cllr Brown)\nMOTION: That the committee supports the application.');
  assert.match(one(findings(asked, 'interest-participation')).message, /recorded as having asked a question on it/);
  // with a dispensation the member may speak
  assert.equal(findings(presented.replace('disclosable pecuniary, left the room', 'disclosable pecuniary, remained with a dispensation').replace('Cllr Brown left the room for this item.\n', ''), 'interest-participation').length, 0);
  // another member's question on the item is no one's fault
  assert.equal(findings(asked.replace('(asked by Cllr Brown)', '(asked by Cllr Ahmed)'), 'interest-participation').length, 0);
});

test('exempt-without-exclusion: an exempt item no resolution excluding the press and public covers', () => {
  const text = MARCH.replace(/RESOLVED that the press and public be excluded[^\n]*/, 'The clerk reported on the café lease.');
  const f = one(findings(text, 'exempt-without-exclusion'));
  assert.equal(textIn(text, f.range), '[exempt: paragraph 3 of Schedule 12A]');
  assert.match(f.message, /Item 037\/25 is exempt, but no resolution excluding the press and public is recorded before it\. Record it in the item before \(`RESOLVED that the press and public be excluded for the following item, as it involves the likely disclosure of exempt information as defined in paragraph 3 of Schedule 12A\.`\)/);
  // a board's confidential business needs no such resolution
  assert.equal(findings(text.replace('[exempt: paragraph 3', '[confidential: paragraph 3'), 'exempt-without-exclusion').length, 0);
  // the resolution written as a motion, carried, covers it
  const motion = MARCH.replace(/RESOLVED that the press and public be excluded for the following item[^\n]*/, 'MOTION: That the press and public be excluded for the following item under paragraph 3 of Schedule 12A.\nMoved: Cllr Ortega\nSeconded: Cllr Ahmed\nVote: without a vote\nResult: Carried');
  assert.equal(findings(motion, 'exempt-without-exclusion').length, 0);
});

test('substitute-present: a substitute for a member listed present too', () => {
  const text = MARCH.replace('Cllr Fisher\nCllr Grant (observer)', 'Cllr Fisher\nCllr Keswick\nCllr Grant (observer)').replace('Apologies:\nCllr Keswick\n', 'Apologies:\n');
  const f = one(findings(text, 'substitute-present'));
  assert.equal(textIn(text, f.range), 'Cllr Dhaliwal (substitute for Cllr Keswick)');
  assert.match(f.message, /Cllr Dhaliwal is listed as substitute for Cllr Keswick, who is listed present too/);
  // Cllr Keswick in Apologies: the substitute sits for them
  assert.equal(findings(MARCH, 'substitute-present').length, 0);
});

test('remote attendance: with minutes.remoteMayVote false, a member attending remotely is in the room without a vote', () => {
  assert.equal(findings(MARCH, 'voter-not-present').length, 0); // by default they vote
  const settings = { remoteMayVote: false };
  const f = one(findings(MARCH, 'voter-not-present', settings));
  assert.equal(textIn(MARCH, f.range), 'Cllr Evans'); // named against 035/25
  assert.match(f.message, /Cllr Evans voted against, but attended remotely, and only members in the room may vote/);
  // 034/25: 7 votes, 6 members in the room who may vote
  assert.ok(findings(MARCH, 'vote-count', settings).some((x) => /7 votes, but only 6 members/.test(x.message)));
  const room = roomFor(parse(MARCH).meeting!, { bodies: [], remoteMayVote: false });
  assert.equal(room.items[3].present.some((a) => a.name === 'Cllr Evans'), true);
  assert.equal(room.items[3].eligible.some((a) => a.name === 'Cllr Evans'), false);
});
