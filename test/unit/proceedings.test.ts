/**
 * The meeting as it happens (issue 20): who was in the room item by item, declarations of
 * interest, motions and votes, and the six checks of the proceedings. The expectations were
 * written by reading the council's three meetings (test/fixtures/council/) as a clerk would:
 * the first two are in order; the third has one fault of each kind, on the line named.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { attendanceReport, formatAttendance, roomOf, parse } from '#service';
import { analyse, applyEdits, findings, ROOT, textIn } from '../support/util';

const COUNCIL = path.join(ROOT, 'test', 'fixtures', 'council');
const read = (name: string): string => fs.readFileSync(path.join(COUNCIL, name), 'utf8');
const MARCH = read('2025-03-04.minutes');
const APRIL = read('2025-04-01.minutes');
const MAY = read('2025-05-06.minutes');
const CODES = ['voter-not-present', 'interest-participation', 'vote-count', 'inquorate-item', 'departure-without-time', 'arrival-not-listed',
  'exempt-not-marked', 'exempt-without-reason', 'motion-result', 'interest-kind', 'casting-vote', 'exempt-without-exclusion', 'substitute-present',
  'adjournment-not-reconvened', 'recorded-after-close'].map((c) => `minutes/${c}`);
const SETTINGS = { quorum: 0.5 };

const proceedingsFindings = (text: string, settings: unknown = SETTINGS) => analyse(text, settings).findings.filter((f) => CODES.includes(f.code));
const lineOf = (text: string, n: number): string => text.split('\n')[n];

test('a meeting in order: no check of the proceedings speaks', () => {
  assert.deepEqual(proceedingsFindings(MARCH).map((f) => f.message), []);
  assert.deepEqual(proceedingsFindings(APRIL).map((f) => f.message), []);
});

test('each fault of the third meeting is found once, on its line, and nothing else', () => {
  const got = proceedingsFindings(MAY).map((f) => [f.code.slice('minutes/'.length), lineOf(MAY, f.range.start.line)]);
  assert.deepEqual(got, [
    ['arrival-not-listed', 'Cllr Patel joined the meeting at 19:10.'], // not in the lists
    ['voter-not-present', 'Moved: Cllr Evans'], // sent apologies
    ['interest-participation', 'Moved: Cllr Chen'], // declared a pecuniary interest in 054/25 and left the room
    ['recorded-after-close', 'Vote: For 3, Against 1, Abstain 1'], // taken while the meeting stood adjourned (19:30 to 19:40)
    ['vote-count', 'Vote: For 5, Against 2, Abstain 0'], // 7 votes, 6 in the room
    ['vote-count', 'Vote: For 4, Against 2, Abstain 0'], // 3 named for
    ['vote-count', 'Result: Carried'], // 2 for, 3 against
    ['departure-without-time', 'Cllr Fisher left the meeting.'],
    ['inquorate-item', '058/25 Date of next meeting'], // 3 left of 8 members, quorum 4
    ['adjournment-not-reconvened', 'The meeting was adjourned at 20:40.'], // 059/25 follows with no reconvening
    ['interest-kind', 'Interest: Cllr Ortega, item 061/25, personal, remained'], // not a kind of the code of conduct
    ['exempt-without-reason', '060/25 [exempt] Lease of the depot'], // no paragraph
    ['exempt-not-marked', '061/25 Sale of land at Mill Lane'], // the press and public were excluded for the following items
    ['motion-result', 'MOTION: That the land at Mill Lane be sold to the highest bidder.'], // no Result:
    ['casting-vote', 'Casting vote: Cllr Brown'], // Cllr Ortega chaired
    ['exempt-without-exclusion', '063/25 [exempt: paragraph 1 of Schedule 12A] Staffing review'], // the press and public were readmitted at 062/25
    ['recorded-after-close', 'Cllr Hughes joined the meeting at 21:20.'], // the meeting closed at 21:15
  ]);
  const messages = proceedingsFindings(MAY).map((f) => f.message);
  assert.match(messages[1], /Cllr Evans moved the motion, but is listed under Apologies/);
  assert.match(messages[3], /This motion is recorded while the meeting stood adjourned \(from 19:30 to 19:40\)/);
  assert.match(messages[4], /7 votes, but only 6 members/);
  assert.match(messages[8], /Only 3 members .* quorum of 4/);
  assert.match(messages[9], /The meeting adjourned at 20:40, but the minutes do not say that it reconvened before item 059\/25/);
  assert.match(messages[16], /Cllr Hughes joined the meeting after the meeting closed \("The meeting closed at 21:15\."\)/);
});

test('the checks stay silent before the fault is written (each fails without its fault)', () => {
  // the same meeting with each fault mended by hand, as the clerk would
  const mended = MAY
    .replace('Cllr Fisher\n\nApologies:', 'Cllr Fisher\nCllr Patel\n\nApologies:')
    .replace('Moved: Cllr Evans', 'Moved: Cllr Fisher')
    .replace('Moved: Cllr Chen', 'Moved: Cllr Brown')
    .replace('Vote: For 5, Against 2, Abstain 0', 'Vote: For 4, Against 2, Abstain 0')
    .replace('Vote: For 4, Against 2, Abstain 0\nFor:', 'Vote: For 3, Against 2, Abstain 0\nFor:')
    .replace('Vote: For 2, Against 3, Abstain 1\nResult: Carried', 'Vote: For 2, Against 3, Abstain 1\nResult: Lost')
    .replace('Cllr Fisher left the meeting.', 'Cllr Fisher left the meeting at 20:25.')
    .replace('item 061/25, personal, remained', 'item 061/25, other registrable, remained')
    .replace('060/25 [exempt] Lease', '060/25 [exempt: paragraph 3 of Schedule 12A] Lease')
    .replace('061/25 Sale of land', '061/25 [exempt: paragraph 3 of Schedule 12A] Sale of land')
    .replace('Casting vote: Cllr Brown\n', 'Casting vote: Cllr Ortega\nResult: Carried\n')
    .replace('The meeting adjourned at 19:30.\nVote: For 3, Against 1, Abstain 1\nResult: Carried\n', 'Vote: For 3, Against 1, Abstain 1\nResult: Carried\nThe meeting adjourned at 19:30.\n')
    .replace('The meeting was adjourned at 20:40.\n', 'The meeting was adjourned at 20:40.\nThe meeting reconvened at 20:44 with the same members present.\n')
    .replace('The meeting closed at 21:15.\nCllr Hughes joined the meeting at 21:20.', 'Cllr Hughes joined the meeting at 21:10.\nThe meeting closed at 21:15.')
    .replace('There were no questions from the public.', 'There were no questions from the public.\nRESOLVED that the press and public be excluded for the following item, as it involves the likely disclosure of exempt information as defined in paragraph 1 of Part 1 of Schedule 12A.');
  assert.deepEqual(proceedingsFindings(mended, { quorum: 3 }).map((f) => f.message), []);
  // a quorum of 4 (a number, or half of the 8 members) is not met once three have gone
  assert.equal(findings(mended, 'inquorate-item', { quorum: 4 }).length, 1);
  // half of the 9 members once Cllr Patel is listed is 5: the four items after three have gone (Cllr Brown came back for 059/25)
  assert.deepEqual(findings(mended, 'inquorate-item', { quorum: 0.5 }).map((f) => lineOf(mended, f.range.start.line).slice(0, 6)), ['058/25', '059/25', '060/25', '061/25', '062/25', '063/25']);
  assert.equal(findings(mended, 'inquorate-item', {}).length, 0); // no quorum set: no check
  // the lists' own count (the quorum rule) takes a fraction of the membership too: 3/4 of 8 is 6, 5 are listed present
  assert.match(findings(MAY, 'quorum', { quorum: 0.75 })[0].message, /Only 5 people are listed as present, fewer than the quorum of 6/);
  assert.equal(findings(MAY, 'quorum', { quorum: 0.5 }).length, 0);
});

test('the fixes: counts from the names, the item of a departure, the arrival added to Present:', () => {
  const votes = findings(MAY, 'vote-count', SETTINGS).find((f) => /disagree/.test(f.message))!;
  assert.equal(votes.fixes[0].title, 'Write the counts from the names: For 3, Against 2, Abstain 0');
  const v = applyEdits(MAY, votes.fixes[0].edits);
  assert.ok(v.includes('Vote: For 3, Against 2, Abstain 0\nFor: Cllr Ortega, Cllr Ahmed, Cllr Brown'));
  assert.ok(!findings(v, 'vote-count', SETTINGS).some((f) => /disagree/.test(f.message)));

  const gone = findings(MAY, 'departure-without-time', SETTINGS)[0];
  const d = applyEdits(MAY, gone.fixes[0].edits);
  assert.ok(d.includes('Cllr Fisher left the meeting during item 057/25.'));
  assert.equal(findings(d, 'departure-without-time', SETTINGS).length, 0);

  const patel = findings(MAY, 'arrival-not-listed', SETTINGS)[0];
  const a = applyEdits(MAY, patel.fixes[0].edits);
  assert.ok(a.includes('Cllr Fisher\nCllr Patel\n\nApologies:'));
  assert.equal(findings(a, 'arrival-not-listed', SETTINGS).length, 0);

  // a misspelt mover: the near name
  const typo = MARCH.replace('Moved: Cllr Chen', 'Moved: Cllr Chenn');
  const f = findings(typo, 'voter-not-present', SETTINGS);
  assert.equal(f.length, 1);
  assert.equal(textIn(typo, f[0].range), 'Cllr Chenn');
  assert.ok(applyEdits(typo, f[0].fixes[0].edits).includes('Moved: Cllr Chen\n'));
});

test('who may not vote: an officer, an observer, a member gone or withdrawn', () => {
  const observer = MARCH.replace('Seconded: Cllr Dhaliwal', 'Seconded: Cllr Grant');
  assert.match(findings(observer, 'voter-not-present')[0].message, /Cllr Grant seconded the motion, but is an observer and may not vote/);
  const officer = MARCH.replace('Seconded: Cllr Dhaliwal', 'Seconded: Jo Marsh');
  assert.match(findings(officer, 'voter-not-present')[0].message, /listed under In attendance and may not vote/);
  const gone = APRIL.replace('Seconded: Cllr Hughes', 'Seconded: Cllr Evans');
  assert.match(findings(gone, 'voter-not-present')[0].message, /had left the meeting/);
  // withdrawn for the item, with no interest declared: the withdrawal alone
  const withdrawn = MARCH.replace('Interest: Cllr Brown, item 035/25, disclosable pecuniary, left the room\n', '').replace('Seconded: Cllr Dhaliwal', 'Seconded: Cllr Brown');
  assert.match(findings(withdrawn, 'voter-not-present')[0].message, /had withdrawn for this item/);
  // before an arrival written later in the item: not yet in the room
  const early = APRIL.replace('Cllr Hughes joined the meeting at 19:25.\n', '').replace('Vote: For 5, Against 2, Abstain 0\nResult: Carried\nCllr Keswick', 'Vote: For 5, Against 2, Abstain 0\nResult: Carried\nCllr Hughes joined the meeting at 19:40.\nCllr Keswick');
  assert.equal(findings(early, 'voter-not-present').length, 1);
});

test('an interest: a dispensation lets the member take part; a pecuniary one, declared with no more said, does not', () => {
  assert.equal(findings(MARCH, 'interest-participation').length, 0); // Cllr Chen: dispensation, moved 034/25
  const noWord = MARCH.replace('other registrable, remained with a dispensation', 'disclosable pecuniary');
  assert.match(findings(noWord, 'interest-participation')[0].message, /Cllr Chen declared a disclosable pecuniary interest in this item which requires them to leave the room/);
  // the kinds that require leaving are a setting
  assert.equal(findings(noWord, 'interest-participation', { interests: { mustLeave: ['prejudicial'] } }).length, 0);
});

test('the room item by item: lists, apologies, a substitute, an observer, arrivals, withdrawals, departures', () => {
  const march = roomOf(parse(MARCH).meeting!);
  const at = (room: ReturnType<typeof roomOf>, n: string) => room.items.find((i) => i.item.number?.written.trim() === n)!;
  assert.deepEqual(at(march, '034/25').eligible.map((a) => a.name), ['Cllr Ortega', 'Cllr Ahmed', 'Cllr Brown', 'Cllr Chen', 'Cllr Dhaliwal', 'Cllr Evans', 'Cllr Fisher']);
  assert.deepEqual(at(march, '034/25').present.filter((a) => !a.voting).map((a) => a.name), ['Cllr Grant', 'Jo Marsh']);
  assert.deepEqual(at(march, '035/25').withdrawn.map((a) => a.name), ['Cllr Brown']);
  assert.equal(at(march, '035/25').eligible.length, 6);
  assert.equal(at(march, '034/25').eligible.find((a) => a.name === 'Cllr Evans')?.remote, true);
  assert.equal(at(march, '034/25').eligible.find((a) => a.name === 'Cllr Dhaliwal')?.substituteFor, 'Cllr Keswick');
  assert.equal(march.membership, 8);
  const april = roomOf(parse(APRIL).meeting!);
  assert.ok(!at(april, '043/25').present.some((a) => a.name === 'Cllr Hughes')); // from item 044/25
  assert.ok(at(april, '044/25').eligible.some((a) => a.name === 'Cllr Hughes'));
  assert.deepEqual(at(april, '044/25').withdrawn.map((a) => a.name), ['Cllr Keswick']);
  assert.ok(at(april, '045/25').eligible.some((a) => a.name === 'Cllr Keswick')); // back after the item he withdrew from
  assert.ok(!at(april, '046/25').present.some((a) => a.name === 'Cllr Evans')); // left at 20:05
});

test('attendance across meetings: meetings attended of meetings held, as Markdown, CSV and JSON', () => {
  const sources = [['2025-03-04', MARCH], ['2025-04-01', APRIL], ['2025-05-06', MAY]].map(([date, text]) => ({ uri: `file:///${date}.minutes`, date, title: 'Planning and Licensing Committee', meeting: parse(text).meeting! }));
  const report = attendanceReport(sources, { bodies: [] });
  const member = (name: string) => report.members.find((m) => m.name === name)!;
  assert.deepEqual([member('Cllr Ortega').attended, member('Cllr Ortega').held], [3, 3]);
  assert.deepEqual([member('Cllr Keswick').attended, member('Cllr Keswick').held], [1, 3]); // apologies, present (withdrew for 044/25), apologies
  assert.deepEqual(member('Cllr Keswick').meetings.map((m) => m.status), ['apologies', 'part', 'apologies']);
  assert.deepEqual([member('Cllr Evans').attended, member('Cllr Evans').held], [2, 3]);
  assert.equal(report.members.some((m) => m.name === 'Cllr Grant'), false); // an observer is no member
  assert.equal(report.members.some((m) => m.name === 'Jo Marsh'), false); // nor an officer
  const may = report.meetings[2];
  assert.deepEqual(may.apologies, ['Cllr Evans', 'Cllr Hughes', 'Cllr Keswick']);
  assert.equal(may.items.find((i) => i.number === '058/25')?.eligible.length, 3);
  const md = formatAttendance(report, 'md');
  assert.match(md, /\| Cllr Keswick \| 1 \| 3 \|/);
  assert.match(md, /\| 035\/25 Planning application 25\/0140: Brown's Yard \| 6: Cllr Ortega, Cllr Ahmed, Cllr Chen, Cllr Dhaliwal, Cllr Evans, Cllr Fisher \| Cllr Brown \|/);
  const csv = formatAttendance(report, 'csv').split('\n');
  assert.equal(csv[0], 'member,meeting date,meeting,status,attended,held');
  assert.ok(csv.includes('Cllr Keswick,2025-04-01,Planning and Licensing Committee,part,1,3'));
  assert.deepEqual(JSON.parse(formatAttendance(report, 'json')), JSON.parse(JSON.stringify(report)));
  // an item the public version withholds keeps its number, not its title
  assert.equal(report.meetings[0].items.find((i) => i.number === '037/25')?.title, 'Confidential item');
});

// A motion's result printed alone on its line under the resolution (`Moved by:` ⏎ `Seconded by:` ⏎ `THAT …` ⏎
// `CARRIED`), as North American councils and boards print it: the motion's result, never a section heading,
// and no "no result" warning. Other bodies' words and counts.
const resolution = (result: string, body = 'THAT the 2025 capital budget be approved as presented.'): string => [
  'Minutes of the Regular Meeting of the Board of Trustees', 'Date: 14 May 2025', '', 'Present:', 'Trustee Alvarez', 'Trustee Kim', 'Trustee Osei', '',
  '3. Capital budget', '', 'Resolution No. B-2025-041', 'Moved by: Trustee Alvarez', 'Seconded by: Trustee Kim', '', body, '', result, '',
  '4. Next meeting', 'The next meeting is on 11 June 2025.', '',
].join('\n');

test('a result alone on its line under a resolution is the motion\'s result: carried, lost, with its count, never a section', () => {
  const cases: Array<[string, string, { for?: number; against?: number; unanimous?: boolean }]> = [
    ['CARRIED', 'carried', {}],
    ['Carried.', 'carried', {}],
    ['CARRIED (4-1)', 'carried', { for: 4, against: 1 }],
    ['DEFEATED (1-4)', 'lost', { for: 1, against: 4 }],
    ['Motion carried unanimously.', 'carried', { unanimous: true }],
    ['LOST', 'lost', {}],
  ];
  for (const [line, result, vote] of cases) {
    const text = resolution(line);
    const doc = parse(text);
    const item = doc.meeting!.items.find((i) => i.title === 'Capital budget')!;
    const motion = item.motions![0];
    assert.equal(motion.mover?.text, 'Trustee Alvarez', line);
    assert.equal(motion.result?.value, result, line);
    assert.equal(textIn(text, motion.result!.range), line.replace(/\.$/, ''), line);
    if (vote.for !== undefined) assert.deepEqual([motion.vote.for, motion.vote.against], [vote.for, vote.against], line);
    if (vote.unanimous) assert.equal(motion.vote.unanimous, true, line);
    // no heading of a section named after the result, in the item or the meeting
    assert.ok(!doc.meeting!.sections.some((s) => /carried|defeated|lost/i.test(s.title)), line);
    assert.deepEqual(findings(text, 'motion-result').map((f) => f.message), [], line);
  }
});

test('a result alone on its line is only read under an open motion, and only as the whole line', () => {
  // no motion above: the line is read as before (no motion made of it)
  const alone = resolution('CARRIED').replace('Moved by: Trustee Alvarez\nSeconded by: Trustee Kim\n', '');
  assert.equal(parse(alone).meeting!.items.find((i) => i.title === 'Capital budget')!.motions, undefined);
  // more than a result: a status, a sentence
  for (const line of ['Carried forward to the June meeting.', 'Carried over from the last meeting', 'Lost property was handed in at the office.']) {
    const item = parse(resolution(line)).meeting!.items.find((i) => i.title === 'Capital budget')!;
    assert.equal(item.motions![0].result, undefined, line);
  }
  // a motion that has its result (`Result:`) takes no second one
  const text = resolution('Result: Carried\nCARRIED');
  const item = parse(text).meeting!.items.find((i) => i.title === 'Capital budget')!;
  assert.equal(item.motions!.length, 1);
  assert.equal(textIn(text, item.motions![0].result!.range), 'Carried');
});
