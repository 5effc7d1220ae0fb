/**
 * Confidential business never reaches a public output, however its marker is written
 * (issue 17 §1), and the action log and decisions register have a public version (issue 16 §1).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findings, fixed, ROOT, TODAY } from '../support/util';
import { analyzeText, buildWorkspace, DEFAULT_SETTINGS, newMeetingAfterLatest, parse } from '#service';
import { withholding } from '#service/confidential';
import { meetingWith, outputsWith, publishedOutputs, SECRET_WORDS } from '../support/publicOutputs';


// Each was published in full before: the marker became title text.
const MARKERS: Array<[string, string]> = [
  ['spaces inside the brackets', '088/22 [ confidential ] Quillfeather Tender'],
  ['words after the keyword', '088/22 [confidential paragraph 3] Quillfeather Tender'],
  ['"item" after the keyword', '088/22 [confidential item] Quillfeather Tender'],
  ['round brackets', '088/22 (confidential) Quillfeather Tender'],
  ['a zero-width space inside', '088/22 [confi\u200Bdential] Quillfeather Tender'],
  ['a soft hyphen inside', '088/22 [confi\u00ADdential] Quillfeather Tender'],
  ['a reason over 200 characters', `088/22 [confidential: ${'paragraph 3 of Schedule 12A, '.repeat(10)}] Quillfeather Tender`],
  ['upper case, restricted', '088/22 [RESTRICTED] Quillfeather Tender'],
  ['closed session', '088/22 {Closed-Session} Quillfeather Tender'],
  ['part 2', '088/22 Quillfeather Tender (Part II)'],
  ['full-width brackets', '088/22 ［confidential］ Quillfeather Tender'],
  ['the word first', '088/22 CONFIDENTIAL – Quillfeather Tender'],
  ['the word last', '088/22 Quillfeather Tender - exempt'],
  ['a marker line under the title', '088/22 Quillfeather Tender\n[confidential]'],
  ['a marker before the number', '[confidential] 088/22 Quillfeather Tender'],
  ['under a part 2 heading', '## Part 2 – exempt business\n\n088/22 Quillfeather Tender'],
];

for (const [what, head] of MARKERS) {
  test(`a confidential item marked with ${what} is withheld from every public output`, async () => {
    const text = meetingWith(head);
    const full = await publishedOutputs(text, 'full');
    assert.ok(outputsWith(full, 'Vexmoor').includes('md') && outputsWith(full, 'Quillfeather').includes('html'), 'the full version has the item');
    const pub = await publishedOutputs(text, 'public');
    for (const w of SECRET_WORDS) assert.deepEqual(outputsWith(pub, w), [], `"${w}" reached the public version`);
    assert.match(pub.html, /considered in private/);
    // a part 2 heading withholds every item under it; other markers only their item
    if (!head.startsWith('##')) assert.deepEqual(outputsWith(pub, 'Date of Next Meeting').sort(), ['docx', 'html', 'md', 'preview', 'record.csv', 'record.json', 'site:meetings/2022-09-27.html', 'site:search-index.json'], 'the items around it are published');
  });
}

test('only the documented marker has its reason printed; an item without a marker is published', async () => {
  const canonical = await publishedOutputs(meetingWith('088/22 [confidential: paragraph 3 of Schedule 12A] Quillfeather Tender'), 'public', false);
  assert.match(canonical.html, /considered in private \(paragraph 3 of Schedule 12A\)/);
  const odd = await publishedOutputs(meetingWith('088/22 (confidential: Quillfeather\'s dismissal) Tender'), 'public', false);
  assert.deepEqual(outputsWith(odd, 'Quillfeather'), [], 'the reason of a marker not written as documented is not printed');
  const plain = await publishedOutputs(meetingWith('088/22 Quillfeather Tender (private hire)'), 'public', false);
  assert.deepEqual(outputsWith(plain, 'Vexmoor'), [], 'withholding fails safe: this one is withheld too');
  const published = await publishedOutputs(meetingWith('088/22 Private Hire Licensing and the Quillfeather Tender'), 'public', false);
  assert.deepEqual(outputsWith(published, 'Vexmoor').sort(), ['actions.csv', 'actions.json', 'actions.md', 'calendar.ics', 'html', 'md', 'preview', 'record.csv', 'record.json', 'site:actions.html', 'site:meetings/2022-09-27.html', 'site:search-index.json'], 'a title that only uses the word is published');
});

test('the action log and decisions register: public leaves out withheld items and what they said of other actions; full marks them', async () => {
  const text = meetingWith('088/22 [confidential] Quillfeather Tender\n081/22-A1 DONE: Vexmoor told the Chair in confidence.')
    .replace('The Chair welcomed everyone.', 'The Chair welcomed everyone.\nACTION: Circulate the agenda. Owner: Andy Beard. Due: 20/12/2022.');
  const pub = await publishedOutputs(text, 'public', false);
  assert.deepEqual(outputsWith(pub, 'Circulate the agenda').sort(), ['actions.csv', 'actions.json', 'actions.md', 'html', 'md', 'preview', 'record.csv', 'record.json', 'site:actions.html', 'site:meetings/2022-09-27.html']);
  assert.deepEqual(outputsWith(pub, 'Vexmoor'), []);
  assert.deepEqual(outputsWith(pub, 'Plumbrook'), []);
  const full = await publishedOutputs(text, 'full', false);
  assert.match(full['actions.md'], /\| 088\/22-A1 \(confidential\) \| Notify Vexmoor of the outcome\. \|/);
  assert.match(full['decisions.csv'], /088\/22 \(confidential\),\[confidential\] Quillfeather Tender,Plumbrook is appointed\./);
  assert.match(full['actions.json'], /told the Chair in confidence/);
});

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('minutes actions and minutes decisions are public unless --version full', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-conf-'));
  const file = path.join(dir, '2022-11-22.minutes');
  fs.writeFileSync(file, meetingWith('088/22 (confidential) Quillfeather Tender'));
  for (const [what, word] of [['actions', 'Vexmoor'], ['decisions', 'Plumbrook']]) {
    for (const format of ['md', 'csv', 'json']) {
      const pub = cli(what, '--format', format, dir);
      assert.equal(pub.code, 0, pub.err);
      assert.ok(!pub.out.includes(word), `${what} --format ${format} published "${word}"`);
      assert.ok(cli(what, '--format', format, '--version', 'public', dir).out === pub.out);
      assert.ok(cli(what, '--format', format, '--version', 'full', dir).out.includes(word));
    }
  }
  assert.equal(cli('actions', '--version', 'secret', dir).code, 2);
});

test('minutes/confidential-marker warns of a mark not written as documented, and its fix writes it so', () => {
  const headOf = (text: string): string => text.split('\n').find((l) => l.includes('Quillfeather'))!;
  assert.deepEqual(findings(meetingWith('088/22 [confidential: paragraph 3] Quillfeather Tender'), 'confidential-marker'), [], 'the documented mark');
  assert.deepEqual(findings(meetingWith('088/22 Quillfeather Tender'), 'confidential-marker'), []);
  const cases: Array<[string, string]> = [
    ['088/22 (confidential) Quillfeather Tender', '088/22 [confidential] Quillfeather Tender'],
    ['088/22 [ Confidential item ] Quillfeather Tender', '088/22 [confidential: item] Quillfeather Tender'],
    ['088/22 Quillfeather Tender (Part II)', '088/22 [confidential: Part II] Quillfeather Tender'],
    ['088/22 CONFIDENTIAL – Quillfeather Tender', '088/22 [confidential] Quillfeather Tender'],
    ['[private] 088/22 Quillfeather Tender', '088/22 [private] Quillfeather Tender'],
  ];
  for (const [head, after] of cases) {
    const text = meetingWith(head);
    const [f] = findings(text, 'confidential-marker');
    assert.ok(f, `no warning for ${JSON.stringify(head)}`);
    assert.match(f.message, /left out of the public version/);
    const out = fixed(text, 'confidential-marker');
    assert.equal(headOf(out), after);
    assert.deepEqual(findings(out, 'confidential-marker'), [], `fixed: ${after}`);
  }
  // an invisible character inside the mark: read as the mark it looks like (withheld), and reported
  // by the invisible-character rule, whose fix leaves the documented mark
  const hidden = meetingWith('088/22 [confi\u200Bdential] Quillfeather Tender');
  assert.equal(findings(hidden, 'invisible-character').length, 1);
  assert.equal(headOf(fixed(hidden, 'invisible-character')), '088/22 [confidential] Quillfeather Tender');
  const under = fixed(meetingWith('088/22 Quillfeather Tender\n[exempt]'), 'confidential-marker');
  assert.equal(headOf(under), '088/22 [exempt] Quillfeather Tender');
  assert.ok(!under.includes('\n[exempt]\n'));
  const section = findings(meetingWith('## Part 2 – exempt business\n\n088/22 Quillfeather Tender'), 'confidential-marker');
  assert.equal(section.length, 1);
  assert.match(section[0].message, /"Part 2 – exempt business" names confidential business: the 2 items under it \(088\/22, 089\/22\)/);
});

test('the documented mark with invisible characters inside (fuzz seed 172141253) is withheld, and every character of the one list is reported and removed', async () => {
  const headOf = (text: string): string => text.split('\n').find((l) => l.includes('Quillfeather'))!;
  // the counterexample: a zero-width space, a Mongolian vowel separator and a left-to-right isolate inside "PRiVaTE"
  const found = meetingWith('088/22 [PR\u200BiV\u180Ea\u2066tE - Local Schedule 3 Government interests ] Quillfeather Tender');
  const pub = await publishedOutputs(found, 'public', true);
  for (const w of SECRET_WORDS) assert.deepEqual(outputsWith(pub, w), [], `"${w}" published`);
  const [f] = findings(found, 'invisible-character');
  assert.ok(f, 'the hidden characters are reported');
  assert.match(f.message, /3 invisible characters in it: zero-width space \(U\+200B\), Mongolian vowel separator \(U\+180E\), text-direction control \(U\+2066\)/);
  assert.equal(headOf(fixed(found, 'invisible-character')), '088/22 [PRiVatE - Local Schedule 3 Government interests ] Quillfeather Tender');
  // the same with each character the text layer reads past: the byte order mark inside a word,
  // the Hangul fillers, a Khmer inherent vowel, a tag character (two UTF-16 units)
  for (const ch of ['\uFEFF', '\u115F', '\u1160', '\u3164', '\uFFA0', '\u17B4', '\u{E0041}', '\u034F', '\u2064', '\u061C']) {
    const text = meetingWith(`088/22 [priv${ch}ate] Quillfeather Tender`);
    const out = await publishedOutputs(text, 'public', false);
    for (const w of SECRET_WORDS) assert.deepEqual(outputsWith(out, w), [], `"${w}" published with ${JSON.stringify(ch)}`);
    const hidden = findings(text, 'invisible-character');
    assert.equal(hidden.length, 1, `reported: ${JSON.stringify(ch)}`);
    assert.match(hidden[0].message, /has an invisible character in it/, JSON.stringify(ch));
    const after = fixed(text, 'invisible-character');
    assert.equal(headOf(after), '088/22 [private] Quillfeather Tender', JSON.stringify(ch));
    assert.deepEqual(findings(after, 'confidential-marker'), [], JSON.stringify(ch));
  }
});

test('New Meeting carries a confidential item\'s open action under a confidential item: the next meeting\'s public minutes withhold it', async () => {
  const text = meetingWith('088/22 (confidential) Quillfeather Tender')
    .replace('The Chair welcomed everyone.', 'The Chair welcomed everyone.\nACTION: Circulate the agenda. Owner: Andy Beard. Due: 20/12/2022.');
  const a = analyzeText('file:///w/2022-09-27.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
  const next = newMeetingAfterLatest(buildWorkspace([{ uri: a.uri, doc: a.doc }], TODAY), '2022-10-25', 'dmy');
  assert.ok('text' in next);
  assert.match(next.text, /081\/22-A1 CARRIED FORWARD: Circulate the agenda\./);
  assert.match(next.text, /\[confidential\] Confidential Actions from Previous Meetings\n088\/22-A1 CARRIED FORWARD: Notify Vexmoor of the outcome\./);
  const pub = await publishedOutputs(next.text, 'public', false);
  assert.deepEqual(outputsWith(pub, 'Vexmoor'), []);
  assert.ok(outputsWith(pub, 'Circulate the agenda').includes('html'));
  assert.deepEqual(findings(next.text, 'confidential-marker'), [], 'written as documented');
});

test('a heading or bracket that says the business is public (UNRESTRICTED ITEMS, Part 1 – Non-exempt items, not confidential) withholds nothing; EXEMPT ITEMS still withholds', () => {
  const meeting = (heading: string): string => [
    'CABINET COMMITTEE', 'Minutes of the meeting held on 3 March 2026', '', heading, '',
    '27. Apologies', 'Apologies were received from Mr N Grey.', '', '28. Waste strategy', 'The Committee noted the report.', '',
  ].join('\n');
  const withheldTitles = (text: string): string[] => {
    const m = parse(text).meeting!;
    return m.items.filter((i) => withholding(i, m) !== undefined).map((i) => i.title);
  };
  for (const heading of ['UNRESTRICTED ITEMS', 'Part 1 – Non-exempt items', 'NON-EXEMPT BUSINESS', 'Items which are not confidential', 'Unrestricted business']) {
    assert.deepEqual(withheldTitles(meeting(heading)), [], heading);
    assert.deepEqual(findings(meeting(heading), 'confidential-marker').map((f) => f.message), [], heading);
  }
  for (const heading of ['EXEMPT ITEMS', 'Part 2 – Exempt items', 'PART 2: ITEMS NOT FOR PUBLICATION', 'RESTRICTED ITEMS', 'Confidential items not for publication', 'Exempt business', 'Items in private', 'Items to be taken in private', 'Part B – Reserved business']) {
    assert.deepEqual(withheldTitles(meeting(heading)), ['Apologies', 'Waste strategy'], heading);
  }
  // between the items: the heading ends the item above (published) and heads the ones below (withheld), in a
  // sentence's case and with a number too; read as a mark inside the item above, it withheld that one and published these
  const between = (heading: string): string => [
    'CABINET COMMITTEE', 'Minutes of the meeting held on 3 March 2026', '', '27. Apologies', 'Apologies were received from Mr N Grey.', '',
    heading, '', '28. Waste contract', 'The Committee approved the award.', '', '29. Staffing matter', 'Agreed.', '',
  ].join('\n');
  for (const heading of ['Part 2 – Exempt items', 'PART 2 - EXEMPT ITEMS', 'Exempt business', 'Private business', 'Closed session', 'CONFIDENTIAL']) {
    assert.deepEqual(withheldTitles(between(heading)), ['Waste contract', 'Staffing matter'], heading);
  }
  // a heading's words may be printed: a line with a minute's number after its mark heads no section (its item's words stay withheld with the item above)
  assert.deepEqual(withheldTitles(between('[confidential] 028/26 Quillfeather Tender')), ['Apologies']);
  // a bracket that says so: the item is published; one that says the opposite is withheld
  const m = parse('# Board\nDate: 03/03/2026\n\n001/26 Contract award (non-exempt)\nText.\n\n002/26 Contract award (exempt)\nText.\n').meeting!;
  assert.deepEqual(m.items.map((i) => withholding(i, m) !== undefined), [false, true]);
});

test('a confidential mark right under an item\'s title: that item is withheld from every public output, with its lines, whether the next item follows at once or not', async () => {
  // its lines, then the next item: a mark of the item (a line of it)
  const marked = meetingWith('088/22 Quillfeather Tender\nCONFIDENTIAL');
  let pub = await publishedOutputs(marked, 'public');
  for (const w of SECRET_WORDS) assert.deepEqual(outputsWith(pub, w), [], `"${w}" reached the public version`);
  // the next item at once: a heading of what follows, and a mark of the item it stands under too (withholding fails safe)
  const heading = '# Board\nDate: 03/03/2026\n\n087/26 Opening\nThe Chair welcomed everyone.\n\n088/26 Quillfeather Tender\nCONFIDENTIAL\n\n089/26 Staffing\nAgreed.\n';
  const m = parse(heading).meeting!;
  assert.deepEqual(m.items.map((i) => withholding(i, m) !== undefined), [false, true, true]);
  pub = await publishedOutputs(heading, 'public');
  assert.deepEqual(outputsWith(pub, 'Quillfeather'), []);
});

test('a heading of confidential business with a sentence under it before its items (an exclusion resolution, a note that the public left) heads those items: none of their words is published', async () => {
  const withheldTitles = (text: string): string[] => {
    const m = parse(text).meeting!;
    return m.items.filter((i) => withholding(i, m) !== undefined).map((i) => i.title);
  };
  const meeting = (heading: string, intro: string[]): string => [
    'PLANNING AND REGULATORY COMMITTEE', 'Minutes of the meeting held on 9 April 2026 at 6.30 pm', '',
    '61. Housing land supply', 'The Committee noted the update.', '',
    heading, ...intro, '',
    '62. Enforcement at Quarry Farm', 'The Committee authorised prosecution of the landowner.', '',
    '63. Legal advice on the Westfield appeal', 'The advice was noted.', '',
  ].join('\n');
  const intros: string[][] = [
    ['RESOLVED – That the press and public be excluded from the meeting for the following items on the grounds that they involve', 'the likely disclosure of exempt information as defined in paragraph 5 of Part 1 of Schedule 12A to the Local Government Act 1972.'],
    ['The following items were considered in private because they contain exempt information.'],
    ['Members of the public left the meeting at 7.40 pm.'],
  ];
  for (const heading of ['PART 2 – EXEMPT ITEMS', 'Exempt business', 'Items in private', 'CONFIDENTIAL ITEMS']) {
    for (const intro of intros) {
      const text = meeting(heading, intro);
      assert.deepEqual(withheldTitles(text), ['Enforcement at Quarry Farm', 'Legal advice on the Westfield appeal'], `${heading} / ${intro[0].slice(0, 30)}`);
      const pub = await publishedOutputs(text, 'public');
      for (const w of ['Quarry Farm', 'prosecution', 'Westfield']) assert.deepEqual(outputsWith(pub, w), [], `"${w}" reached the public version under ${heading}`);
      // the item above is the board's public business
      assert.ok(outputsWith(pub, 'Housing land supply').length > 0, heading);
    }
  }
  // an action written under the introduction, before the first item, is the section's: withheld with its items
  const withAction = meeting('PART 2 – EXEMPT ITEMS', [...intros[0], 'ACTION: Clerk to send the Quarry Farm valuation to members before the next meeting.']);
  assert.deepEqual(withheldTitles(withAction), ['Enforcement at Quarry Farm', 'Legal advice on the Westfield appeal']);
  assert.deepEqual(outputsWith(await publishedOutputs(withAction, 'public'), 'valuation'), [], 'the action under the introduction reached the public version');
  assert.ok(outputsWith(await publishedOutputs(withAction, 'full'), 'valuation').length > 0, 'the full version keeps it');
  // the exclusion resolution stays a decision of the meeting (no word lost)
  const m = parse(meeting('PART 2 – EXEMPT ITEMS', intros[0])).meeting!;
  assert.ok([...(m.decisions ?? []), ...m.items.flatMap((i) => i.decisions)].some((d) => /press and public be excluded/.test(d.text)));
  // near misses: a paragraph of more than a few lines, or a list, under such a line is no introduction, and a heading
  // of public business heads nothing confidential
  const long = meeting('CONFIDENTIAL', ['The Chair said that the item had been discussed at length.', 'Officers answered questions.', 'Members asked about the timetable.', 'The clerk read the statement.', 'A vote was not needed.', 'The Chair thanked officers.']);
  assert.ok(!withheldTitles(long).includes('Legal advice on the Westfield appeal'));
  assert.deepEqual(withheldTitles(meeting('UNRESTRICTED ITEMS', intros[1])), []);
  // a paragraph of business (no word of the exclusion) under a mark inside an item is that item's text, and withheld with it
  assert.deepEqual(withheldTitles(meeting('CONFIDENTIAL ITEMS', ['The Chair reported on the settlement reached with the contractor.'])), ['Housing land supply']);
  // a mark alone (no `items`, `business`, `part`) with a sentence under it may mark the item it stands in: that one is withheld too
  assert.deepEqual(withheldTitles(meeting('CONFIDENTIAL', intros[1])), ['Housing land supply', 'Enforcement at Quarry Farm', 'Legal advice on the Westfield appeal']);
});

test('the last word of a sentence a page wrapped (`… commercially` ⏎ `confidential.`) is no mark of the item; a mark standing on its own still withholds it', () => {
  const withheld = (lines: string[]): boolean[] => {
    const m = parse(['Trust Board – Public Session', 'Minutes of the meeting held on Thursday 6 March 2025', '', ...lines, '', 'TB/25/032 Quality report', 'The Board received the report.', ''].join('\n')).meeting!;
    return m.items.map((i) => withholding(i, m) !== undefined);
  };
  // wrapped at the page's width, in other boards' words
  for (const [above, word] of [
    ['The Director of Estates said that the details of the land sale would be reported to the private session as they were commercially', 'confidential.'],
    ['Members were reminded that the appendix to the report had been circulated separately and remained strictly', 'private and confidential.'],
    ['The Head of Procurement explained that the names of the bidders could not be given at this stage because the tender was', 'exempt.'],
  ]) assert.deepEqual(withheld(['TB/25/031 Estates update', above, word, 'The Board noted the update.']), [false, false], word);
  // a mark on its own: under the title, in capitals, or after a sentence that ended, the item is withheld (fails safe)
  const NOTED = 'The Board noted the update.';
  assert.deepEqual(withheld(['TB/25/031 Estates update', 'confidential', NOTED]), [true, false]);
  assert.deepEqual(withheld(['TB/25/031 Estates update', 'The Director of Estates said that the details of the land sale would be reported to the private session as they were commercially', 'CONFIDENTIAL', NOTED]), [true, false]);
  assert.deepEqual(withheld(['TB/25/031 Estates update', 'The Director of Estates reported on the land sale and the timetable for completion in the spring.', 'confidential', NOTED]), [true, false]);
  assert.deepEqual(withheld(['TB/25/031 Estates update', 'The land sale was discussed', 'confidential', NOTED]), [true, false]);
});
