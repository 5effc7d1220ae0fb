/**
 * Forms met in new documents of the Markdown families (a charity's board on a forge's wiki, an open-source
 * project's steering notes), each read as a clerk reads it. Names and bodies are invented, in words other than
 * the documents' own, with the near misses that must stay as they were.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeText, DEFAULT_SETTINGS, parse } from '#service';
import { debrisKind } from '#service/forms/debris';
import { matchPersonBullet } from '#service/forms/personLine';
import { isReviewTitle } from '#service/forms/priorActions';
import { TODAY } from '../support/util';

/** Each list of the meeting: its kind, then each person as `name | role | qualifiers | handle`. */
function lists(text: string): string[] {
  return parse(text).meeting!.people.map((b) => `${b.kind}: ${b.people.map((p) => [p.name.display, p.role ?? '', (p.qualifiers ?? []).map((q) => q.kind).join(' '), p.handle ?? ''].join(' | ')).join('; ')}`);
}

test('members listed by their handle first: the name in the bracket or after a dash, or the handle alone', () => {
  const text = [
    '# Tiller Project Steering — 4 March 2026', '', '## Attendees', '',
    '- @okafor-a (Ada Okafor, chair)', '- @jvance (Jonah Vance)', '- @mireille — Mireille Daudet (treasurer)', '- @pkrol (Piotr Król) — joined 16:20', '- @zed',
    '', 'Regrets: @hlund, @t-ames', '', '## 1. Release', '', '- Jonah: two blockers left.', '',
  ].join('\n');
  assert.deepEqual(lists(text), [
    'present: Ada Okafor | chair |  | okafor-a; Jonah Vance |  |  | jvance; Mireille Daudet | treasurer |  | mireille; Piotr Król |  | from | pkrol; zed |  |  | zed',
    'apologies: hlund |  |  | hlund; t-ames |  |  | t-ames',
  ]);
  // a later mention by handle is the member, no stranger
  const findings = analyzeText('file:///f.minutes', 1, `${text}- **Action** (@jvance): tag the release candidate by 2026-03-11.\n`, DEFAULT_SETTINGS, TODAY).findings;
  assert.ok(!findings.some((f) => /not in the|unknown/i.test(f.message)), findings.map((f) => f.message).join('\n'));
});

test('near misses: a task after a handle, or a bracket that holds a handle of its own, is no member', () => {
  assert.equal(matchPersonBullet('- [x] @jvance publish the security advisory'), undefined);
  assert.equal(matchPersonBullet('- @jvance will look into it'), undefined);
  assert.equal(matchPersonBullet('- @jvance (@other)'), undefined);
  // the name-first form is read as before
  const p = matchPersonBullet('- Jonah Vance @jvance (TSC)')!;
  assert.deepEqual(['- Jonah Vance @jvance (TSC)'.slice(p.name.start, p.name.end), '- Jonah Vance @jvance (TSC)'.slice(p.handle!.start, p.handle!.end)], ['Jonah Vance', 'jvance']);
});

test('a list of contents over headings that carry the items\' numbers: the headings are the items, numbered, under the meeting\'s own heading', () => {
  const text = [
    '# Tiller Project Steering — 4 March 2026', '', '## Agenda', '', '1. Previous action items', '2. Release', '3. AOB', '',
    '## 1. Previous action items', '', '- [x] @jvance publish the advisory', '- [ ] @pkrol finish the policy — carried over', '',
    '## 2. Release', '', '- Jonah: two blockers left.', '', '## 3. AOB', '', '- None.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual([m.title?.value, m.date?.iso], ['Tiller Project Steering', '2026-03-04']);
  assert.deepEqual(m.items.map((i) => `${i.number?.written ?? '-'} ${i.title}`), ['1. Previous action items', '2. Release', '3. AOB']);
  // near miss: headings with no numbers under a list of contents stay the items the headings are, their list no items
  const plain = parse(text.replace(/## \d\. /g, '## ')).meeting!;
  assert.deepEqual(plain.items.map((i) => i.title), ['Previous action items', 'Release', 'AOB']);
});

test('a link\'s definition under the notes, and the heading over them, are no minutes\' text', () => {
  assert.equal(debrisKind('[1]: https://github.com/tiller/tiller/milestone/31'), 'link-reference');
  assert.equal(debrisKind('[governance]: <https://github.com/tiller/steering/blob/main/GOVERNANCE.md> "Governance"'), 'link-reference');
  // near miss: a footnote's text is the minutes'
  assert.equal(debrisKind('[1]: the figures were revised after the meeting'), undefined);
  const text = ['# Tiller Project Steering — 4 March 2026', '', '## 1. Release', '', '- Jonah: two blockers left.', '', '## 2. AOB', '', '- None.', '', '---', '',
    '**Links**', '', '[1]: https://github.com/tiller/tiller/milestone/31', '[2]: https://github.com/tiller/tiller/issues/512', ''].join('\n');
  assert.deepEqual(parse(text).meeting!.items.map((i) => i.title), ['Release', 'AOB']);
  // near miss: a heading over text after the last item is still an item of its own
  assert.deepEqual(parse(text.replace('[1]: https://github.com/tiller/tiller/milestone/31', 'The links were shared.')).meeting!.items.map((i) => i.title), ['Release', 'AOB', 'Links']);
});

test('a forge\'s wiki page frame is no minutes\' text', () => {
  for (const line of ['Jump to bottom', 'Toggle table of contents Pages 38', 'Clone this wiki locally', 'https://github.com/tiller-sailing/board.wiki.git', 'Footer', '© 2025 GitHub, Inc.', 'Footer navigation',
    'Terms Privacy Security Status Docs Contact Manage cookies', 'Code  Issues 4  Pull requests  Actions  Projects  Wiki  Security  Insights', 'Ada Okafor edited this page Mar 21, 2025 · 4 revisions',
    'tiller-sailing / board  Public', 'Show 12 more pages…']) assert.equal(debrisKind(line), 'wiki-chrome', line);
  // near misses: the minutes' own words
  for (const line of ['Code of conduct review', 'Footer of the website to be redesigned', 'Terms of reference were agreed', 'Ada Okafor edited this page of the handbook', 'Finance / budget Public']) assert.equal(debrisKind(line), undefined, line);
});

test('a scribe\'s plain-text minutes: `Topic:` lines are the items, the list of contents and the summaries between dashes are none', () => {
  const text = [
    '                 Wayfinding Community Group Teleconference', '', '14 March 2025', '',
    'Present: Ines_Moreau, Tariq_Baig, Sol_Reyes', 'Regrets: Hana', 'Chair: Ines_Moreau', 'Scribe: Tariq_Baig', '',
    'Contents', '  * Topics', '      1. Open actions', '      2. Issue #41: floor names', '  * Summary of Action Items', '  * Summary of Resolutions', '',
    'Topic: Open actions', '', 'Ines: action-9, Sol to ask the venue for floor plans', 'Sol: done', '<Ines> close action-9', '',
    'Topic: Issue #41: floor names', '', 'Sol: names must be strings', 'RESOLUTION: floor names are strings', 'ACTION: Tariq to update the schema for issue #41', '',
    '-- Summary of action items --', '[NEW] ACTION: Tariq to update the schema for issue #41', '', '-- Summary of resolutions --', '1. floor names are strings', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.map((i) => i.title), ['Open actions', 'Issue #41: floor names']);
  assert.deepEqual(m.items.map((i) => i.actions.map((a) => `${a.owners.map((o) => o.text).join()}: ${a.text}`)), [[], ['Tariq: update the schema for issue #41']]);
  assert.deepEqual(m.items.map((i) => i.decisions.map((d) => d.text)), [[], ['floor names are strings']]);
  // near miss: the word in a speaker's line is no topic
  assert.deepEqual(parse(text.replace('Sol: done', 'Sol: done\nInes: next topic: Issue #41: floor names')).meeting!.items.map((i) => i.title), ['Open actions', 'Issue #41: floor names']);
});

test('a forge\'s list of the meeting\'s actions after its items, each task its owners\' handles then the task: the meeting\'s actions, their owners and due', () => {
  const text = [
    '# Board meeting 2025-03-13', '', '## Attendees', '', '- @amara.k – Amara Kent (chair)', '- @dlowe – Dan Lowe (treasurer)', '',
    '## 1. Finance', '', 'Dan presented the accounts.', '', '## 2. AOB', '', '- None.', '',
    '## Actions', '', '- [ ] @dlowe send the accounts to the examiner (by 2025-04-01)', '- [ ] @amara.k + @dlowe meet the bank about the loan (by 2025-04-10)',
    '- [ ] Dan to renew the insurance (by 2025-03-31)', '', '## Next meeting', '', 'Thursday 10 April 2025, 19:30, clubhouse.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual((m.actions ?? []).map((a) => `${a.owners.map((o) => o.text).join(' ')} | ${a.text} | ${a.due?.date?.iso ?? ''}`), [
    '@dlowe | send the accounts to the examiner (by 2025-04-01) | 2025-04-01',
    '@amara.k @dlowe | meet the bank about the loan (by 2025-04-10) | 2025-04-10',
    'Dan | renew the insurance (by 2025-03-31) | 2025-03-31',
  ]);
  assert.equal(m.nextMeeting?.iso, '2025-04-10');
  // near miss: a list with a task no one owns is a checklist, no list of the meeting's actions; a date under a heading of
  // another kind is no next meeting
  const other = parse(text.replace('- [ ] Dan to renew', '- [ ] Renew').replace('## Next meeting', '## Notes')).meeting!;
  assert.equal((other.actions ?? []).length, 0);
  assert.equal(other.nextMeeting, undefined);
});

test('a resolution\'s clause ended by a semicolon goes on below in small letters, with its vote', () => {
  const text = ['# Board meeting 2025-03-13', '', '## 1. Pay', '', '**Resolution 2025/03:** The day rate rises from £95 to £105 from 1 April 2025;', 'the assistant rate from £60 to £68.',
    'Moved: AK Seconded: DL For 4, against 0, abstentions 1', '', '## 2. AOB', '', '- None.', ''].join('\n');
  const d = parse(text).meeting!.items[0].decisions[0];
  assert.equal(d.text, 'The day rate rises from £95 to £105 from 1 April 2025; the assistant rate from £60 to £68.');
  assert.deepEqual([d.vote?.for, d.vote?.against, d.vote?.abstentions], [4, 0, 1]);
  // near miss: a new sentence in capitals below is no part of it
  assert.equal(parse(text.replace('the assistant rate', 'The assistant rate')).meeting!.items[0].decisions[0].text, 'The day rate rises from £95 to £105 from 1 April 2025;');
});

test('apologies with the verb after the names; an action\'s owner and when before its task; a parish\'s planning list resolved line by line', () => {
  const head = 'BRINDLE VALE PRIMARY SCHOOL\nFull Governing Board\nMinutes of the meeting held on 7 March 2024\n\n';
  assert.deepEqual(lists(`${head}GB/2324/21 Apologies\nApologies from Mrs Tamsin Yeardley (work commitment) were received and accepted.\n\nGB/2324/22 Close\nNoted.\n`),
    ['apologies: Tamsin Yeardley |  | note | ']);
  const acts = parse(`${head}GB/2324/22 Staff wellbeing\nACTION: HT by Summer 2 – report the survey results to the board\nAction: Clerk to add the policy to the Summer 1 agenda.\n\nGB/2324/23 Close\nNoted.\n`).meeting!.items[0].actions;
  assert.deepEqual(acts.map((a) => `${a.owners.map((o) => o.text).join()} | ${a.text} | ${a.due?.text ?? ''}`), ['HT | report the survey results to the board | Summer 2', 'Clerk | add the policy to the Summer 1 agenda | ']);
  // near miss: an owner's words that are no owner before `by` leave the line as written
  assert.equal(parse(`${head}GB/2324/22 Staff wellbeing\nACTION: Report by the end of term – the survey results\n\nGB/2324/23 Close\nNoted.\n`).meeting!.items[0].actions[0].owners.length, 0);
  const parish = 'WOLDHAM PARISH COUNCIL\nMinutes of the meeting held on 2 September 2024\n\n24/118\tPLANNING\n24/01455/FUL\tOrchard Barn – conversion of barn to one\n\t\tdwelling with parking. RESOLVED: no objection, provided the mitigation\n\t\tin the bat survey is followed.\n24/01533/TPO\t11 Rectory Gardens – fell one ash. Members discussed the tree.\n24/119\tCLOSE\nClosed.\n';
  assert.deepEqual(parse(parish).meeting!.items[0].decisions.map((d) => d.text), ['no objection, provided the mitigation in the bat survey is followed.']);
});

test('a project\'s notes: lazy consensus reached is a decision, and a vote by handles is counted by its marks', () => {
  const head = '# Tiller Project Steering — 4 March 2026\n\n## 1. Runners\n\n';
  const d = parse(`${head}- Lazy consensus reached to accept the offer, subject to a notice clause.\n\n## 2. AOB\n\n- None.\n`).meeting!.items[0].decisions;
  assert.deepEqual(d.map((x) => x.text), ['accept the offer, subject to a notice clause.']);
  // near miss: consensus not reached is none
  assert.deepEqual(parse(`${head}- Consensus not reached; revisit next month.\n\n## 2. AOB\n\n- None.\n`).meeting!.items[0].decisions, []);
  const v = parse(`${head}- **Decision**: appoint @hanne-o to the committee.\n  - Vote: +1 @okafor-a @jvance @pkrol; -1 @zed; abstain @mireille. Quorum met.\n\n## 2. AOB\n\n- None.\n`).meeting!.items[0].decisions[0].vote;
  assert.deepEqual([v?.for, v?.against, v?.abstentions, v?.unanimous], [3, 1, 1, false]);
});

test('a governors\' grid whose attendance cell wraps onto the next line: the fact whole, and the rows below still read', () => {
  const text = ['Brindle Vale Primary School', 'MINUTES OF THE FULL GOVERNING BOARD', 'Thursday 7 March 2024 at 5.30pm', '', 'Membership and attendance', 'Name\tCategory\tAttendance',
    'Ms Harriet Doughty (Chair)\tCo-opted\tPresent', 'Dr Gwen Ashby-Ross\tCo-opted\tPresent from', '\t\tGB/2324/24', 'Mrs Tamsin Yeardley\tParent\tApologies accepted', 'Mr Duncan Okafor\tStaff\tPresent', '',
    'GB/2324/21\tWelcome', 'Noted.', '', 'GB/2324/22\tClose', 'Noted.', ''].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.people.map((b) => `${b.kind}: ${b.people.map((p) => p.name.display).join(', ')}`), ['present: Harriet Doughty, Gwen Ashby-Ross, Duncan Okafor', 'apologies: Tamsin Yeardley']);
  const gwen = m.people[0].people[1];
  assert.deepEqual((gwen.qualifiers ?? []).map((q) => q.text), ['from GB/2324/24']);
});

test('a parish\'s list of those in attendance whose bracket wraps before a minute\'s number goes on below; a clerk\'s report on the progress of actions is a review\'s title', () => {
  const text = ['WOLDHAM PARISH COUNCIL', 'Minutes of the meeting held on Monday 2nd September 2024', '',
    'Present: Councillors Mrs S Hartley (Chairman), P Dobbs and A Kaur.', 'In attendance: Mr G Fenwick (Clerk and RFO); County Councillor H Oduya (from 7.40pm until',
    '24/117); PCSO C Ridley (until 24/114); five members of the public.', '',
    '24/112\tAPOLOGIES', 'None.', '', '24/113\tCLOSE', 'Closed.', ''].join('\n');
  const attending = parse(text).meeting!.people.find((b) => b.kind === 'inAttendance')!;
  assert.deepEqual(attending.people.map((p) => p.name.display), ['G Fenwick', 'H Oduya', 'C Ridley']);
  assert.deepEqual((attending.people[2].qualifiers ?? []).map((q) => [q.kind, q.text]), [['until', 'until 24/114']]);
  // near miss: a number opening the line below a closed bracket is the line's own, no one's
  const closed = parse(text.replace('(from 7.40pm until\n24/117); PCSO C Ridley (until 24/114); five members of the public.', '(from 7.40pm).\n24/117 Ridley was thanked.')).meeting!.people.find((b) => b.kind === 'inAttendance')!;
  assert.deepEqual(closed.people.map((p) => p.name.display), ['G Fenwick', 'H Oduya']);
  assert.ok(isReviewTitle("CLERK'S REPORT ON PROGRESS OF ACTIONS") && isReviewTitle('Update on the open actions'));
  assert.ok(!isReviewTitle('Progress of the playground project') && !isReviewTitle('Update on planning'));
});

test('near misses a review found: lists, summaries, clauses and statuses that the new forms must leave as they were', () => {
  const H = 'ASHWELL PARISH COUNCIL\nMinutes of the meeting held on 5 March 2024\n\n';
  const titles = (t: string): string[] => parse(t).meeting!.items.map((i) => `${i.number?.written ?? '-'} ${i.title}`);
  // a list of recommendations at the top is no items: the board's own numbers are
  assert.deepEqual(titles(`${H}Recommendations from the working group:\n\n1. That the hall be repainted.\n\n2. That the car park be resurfaced.\n\nThe working group also asked:\n\n3. That the fence be mended.\n\n24/01 Apologies\nNone.\n\n24/02 Minutes\nApproved.\n`), ['24/01 Apologies', '24/02 Minutes']);
  // a lone `1.` that is an action, a summary's resolution or a list's entry after its lead-in is no first item
  assert.deepEqual(titles('TSC meeting 2024-03-05\n\nAttendees: Alice Ng, Bob Roe\n\nNotes\n- Alice: RC next week.\n\nActions\n1. ACTION: Alice to tag the RC by Friday\n'), []);
  assert.deepEqual(titles('Wayfinding Group\n\n14 March 2025\n\nPresent: Ines_Moreau, Sol_Reyes\n\nTopic: Open actions\n\nInes: done\n\nTopic: Floor names\n\nRESOLUTION: floor names are strings\n\n-- Summary of resolutions --\n1. floor names are strings\n'), []);
  assert.deepEqual(titles(`${H}APOLOGIES: none.\nFINANCE: The clerk listed one payment:\n1. Grass cutting £120\n`), []);
  // numbered headings under a list of contents, one heading without its number: headings as they stand
  assert.deepEqual(titles('# Tiller Steering — 4 March 2026\n\n## Agenda\n\n1. Previous action items\n2. Release\n3. AOB\n\n## 1. Previous action items\n\n- Done.\n\n## 2. Release\n\n- Two blockers.\n\n## AOB\n\n- None.\n'), ['- 1. Previous action items', '- 2. Release', '- AOB']);
  // an apology's verb in a clause, in a bracket or in a sentence after a semicolon is not the names' end
  const apologies = (line: string): string[] => parse(`${H}1. Apologies\n${line}\n\n2. Close\nClosed.\n`).meeting!.people.filter((b) => b.kind === 'apologies').flatMap((b) => b.people.map((p) => p.name.display));
  assert.deepEqual(apologies('Apologies from Cllr Roe, who was given leave of absence, and Cllr Lee.'), ['Roe', 'Lee']);
  assert.deepEqual(apologies('Apologies from Cllr Roe (holiday; apology was accepted) and Cllr Lee (work).'), ['Roe', 'Lee']);
  assert.deepEqual(apologies('Apologies from Cllr Roe; Cllr Lee was noted as absent.'), ['Roe']);
  // a semicolon's clause goes on into no speaker's line and no bullet of its own
  const decided = (t: string): string[] => parse(t).meeting!.items.flatMap((i) => i.decisions.map((d) => d.text));
  assert.deepEqual(decided('# Board meeting 2025-03-13\n\n## 1. Pay\n\n- Agreed: the day rate rises to £105;\n- the assistant rate stays at £60\n\n## 2. AOB\n\n- None.\n'), ['the day rate rises to £105;']);
  assert.ok(!decided('Wayfinding Group\n\n14 March 2025\n\nPresent: Ines_Moreau, tkuhn\n\nContents\n  * Topics\n      1. Open actions\n      2. Floor names\n\nTopic: Open actions\n\nInes: none\n\nTopic: Floor names\n\nRESOLUTION: floor names are strings; ordinals are numbers;\nack tkuhn\ntkuhn: I still worry about sorting\n').some((d) => d.includes('ack')));
  // a status's word or a pointer after `RESOLVED:` is no decision; a heading naming the next meeting in passing is no next meeting's
  assert.deepEqual(decided(`${H}1. Matters arising\nStreetlight fault on Mill Lane. Status: RESOLVED: repaired by the county on 2 March.\nCorrespondence. RESOLVED: see minute 12 below.\n\n2. Close\nClosed.\n`), []);
  assert.equal(parse('# Board meeting 2025-03-13\n\n## 1. Finance\n\nDan presented the accounts.\n\n## 2. AOB\n\n- None.\n\n## Actions before the next meeting\n\n2025-04-01: Dan to send the accounts to the examiner.\n').meeting!.nextMeeting, undefined);
  // a list of the last meeting's open tasks after the items is no list of this meeting's actions
  assert.equal((parse('# Tiller Steering — 4 March 2026\n\n## 1. Release\n\n- Two blockers.\n\n## 2. AOB\n\n- None.\n\n## Open action items (from previous meetings)\n\n- [ ] @pkrol finish the policy\n- [ ] @jvance update the docs\n').meeting!.actions ?? []).length, 0);
  // a minute's number over `Public` is no forge's repository line
  assert.equal(debrisKind('24/119\tPublic'), undefined);
});

test('a Markdown editor\'s table-of-contents marker is no place of the meeting; a sentence of who came and went after a resolution is no part of it', () => {
  for (const line of ['[TOC]', '[[_TOC_]]', '{:toc}']) assert.equal(debrisKind(line), 'web-chrome', line);
  assert.equal(debrisKind('[TOC] of the handbook'), undefined);
  const m = parse('# Quarry Steering Committee — 23 September 2025\n\n[TOC]\n\n## 1. Release\n\n- Two blockers.\n\n## 2. AOB\n\n- None.\n').meeting!;
  assert.equal(m.location, undefined);
  const H = 'ASHWELL PARISH COUNCIL\nMinutes of the meeting held on 5 March 2024\n\n1. Apologies\n';
  const decided = (line: string): string[] => parse(`${H}${line}\n\n2. Close\nClosed.\n`).meeting!.items[0].decisions.map((d) => d.text);
  assert.deepEqual(decided('It was RESOLVED to accept the apologies. Cllr D Pike was absent; no apologies had been received.'), ['to accept the apologies.']);
  assert.deepEqual(decided('RESOLVED that the apologies be accepted. Councillor Ann Lowe left the meeting at 8.10pm.'), ['that the apologies be accepted.']);
  // near miss: the resolution's own second sentence stays its own
  assert.deepEqual(decided('RESOLVED that the grant be paid. The Clerk be authorised to sign the agreement.'), ['that the grant be paid. The Clerk be authorised to sign the agreement.']);
});

test('a clerk\'s report on the progress of actions, each entry an earlier minute\'s number and its status closing it, reviews those actions', () => {
  const text = ['WOLDHAM PARISH COUNCIL', 'Minutes of the meeting held on Monday 2nd September 2024', '', '24/112\tAPOLOGIES', 'None.', '',
    '24/116\tCLERK\'S REPORT ON PROGRESS OF ACTIONS (for information)', 'a)  24/098 Overhanging hedge, Chapel Row – owner written to; hedge cut back on 19th', '    August. Closed.',
    'b)  24/101 Defibrillator at the old telephone kiosk – new pads ordered, awaiting', '    delivery. Ongoing.', 'c)  24/104 Quotes for replacement noticeboard – one quote received. Carried',
    '    forward to October.', '', '24/117\tCLOSE', 'Closed.', ''].join('\n');
  assert.deepEqual((parse(text).meeting!.statusReviews ?? []).map((r) => [r.ref, r.status]), [['24/098', 'done'], ['24/101', 'open'], ['24/104', 'carried forward']]);
  // near miss: the same lines under an item of another kind are the minutes' own text
  assert.deepEqual(parse(text.replace('CLERK\'S REPORT ON PROGRESS OF ACTIONS (for information)', 'PLANNING')).meeting!.statusReviews ?? [], []);
});
