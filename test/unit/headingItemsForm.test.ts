/**
 * forms/headingItems.ts: the headings that are the items of a file with no minute numbers (scheme
 * `none`), in the three forms of the family (a wiki's edit chrome, a generated table of contents, a
 * Markdown page's headings), and the files where no heading is an item.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findHeadingItems, headingTitle, subHeading } from '#service/forms/headingItems';
import { findDebris } from '#service/forms/debris';
import { detectLayout } from '#service/parse/layout';
import { segmentDocument, splitLines } from '#service/text';
import { documentSymbols, parse } from '#service';

const heads = (text: string): Array<[number, string]> | undefined => {
  const lines = splitLines(text);
  const found = findHeadingItems(lines, findDebris(lines));
  return found && [...found.heads].map(([line, role]) => [line, role]);
};
const schemeOf = (text: string): string => {
  const lines = splitLines(text);
  return detectLayout(segmentDocument(lines), 'auto', undefined, { lines }).scheme;
};

test('a heading\'s title as a reader sees it', () => {
  assert.equal(headingTitle('Treasurer\'s report[edit | edit source]'), 'Treasurer\'s report');
  assert.equal(headingTitle('## Security response rota [#806](https://github.com/x/y/issues/806)'), 'Security response rota #806');
  assert.equal(headingTitle('[4]Agenda review'), 'Agenda review');
});

test('a table of contents: the lines that repeat its numbered entries are items, its bulleted entries end the item above', () => {
  const text = 'WG call\n\nContents\n\n     1. [4]Introductions\n     2. [5]Wallets\n     * [6]Summary of action items\n     ____\n\nIntroductions\n\n   Ian: hello\n\nWallets\n   ACTION: Rosa to test\n\nSummary of action items\n\n   [NEW] ACTION: Rosa to test\n';
  assert.deepEqual(heads(text), [[9, 'item'], [13, 'item'], [16, 'end']]);
  assert.equal(schemeOf(text), 'none');
  // a page copied as text: the entries at the margin
  assert.deepEqual(heads('Contents\n1. [4]Introductions\n2. [5]Wallets\n\nIntroductions\n\nIan: hello\n\nWallets\n\nNoted.\n'), [[4, 'item'], [8, 'item']]);
  // an entry repeated indented, inside the discussion, is no heading
  assert.equal(heads('Contents\n 1. Alpha\n 2. Beta\n\n   Alpha\nBeta\n'), undefined);
});

test('a scribe tool\'s contents copied without its links: numbered entries, then its summaries unnumbered at the same indent; the numbered lists below are no minute numbers', () => {
  const text = 'Transit Data CG\n\n4 June 2025\n\nContents\n\n    1. Approval of minutes\n    2. Feed validation\n    3. AOB\n    Summary of action items\n    Summary of resolutions\n\nMeeting minutes\n\nApproval of minutes\n\nRESOLUTION: minutes approved\n\nFeed validation\n\nACTION: Lu to draft the rules\n\nAOB\n\nNone.\n\nSummary of action items\n\n    1. Lu to draft the rules\n\nSummary of resolutions\n\n    1. minutes approved\n';
  assert.deepEqual(heads(text), [[14, 'item'], [18, 'item'], [22, 'item'], [26, 'end'], [30, 'end']]);
  assert.equal(schemeOf(text), 'none');
  assert.deepEqual(parse(text).meeting?.items.map((i) => [i.number, i.title]), [[undefined, 'Approval of minutes'], [undefined, 'Feed validation'], [undefined, 'AOB']]);
  // a near miss: a line at the margin after the entries is the page's, not an entry
  assert.deepEqual(heads('Contents\n\n    1. Alpha\n    2. Beta\nMeeting minutes\n\nAlpha\n\nNoted.\n\nBeta\n\nNoted.\n'), [[6, 'item'], [10, 'item']]);
});

test('a contents without numbers (DokuWiki\'s, nested under the page heading): its entries repeated at the margin are the items, a people label none', () => {
  const text = 'Table of Contents\n  Fenland Bat Group – Trustees, 3 March 2023\n    Present\n    Roost survey\n    Grants\n    Any other business\n\nPresent\n\n  * Ann Lee (AL) – chair\n  * Bo Lund (BL) – treasurer\n\nRoost survey\n\n  1. AL – count the barn (from Jan) – done\n  2. AL – ring the farmer – done\n\nGrants\n\nNoted.\n\nAny other business\n\nNone.\n';
  assert.deepEqual(heads(text), [[7, 'end'], [12, 'item'], [17, 'item'], [21, 'item']]);
  assert.equal(schemeOf(text), 'none');
  // the people heading among the entries opens the list under it, no section
  const m = parse(text).meeting;
  assert.deepEqual(m?.people.flatMap((b) => b.people.map((p) => `${b.kind} ${p.name.display} ${p.role}`)), ['present Ann Lee chair', 'present Bo Lund treasurer']);
  assert.deepEqual(m?.items.map((i) => i.title), ['Roost survey', 'Grants', 'Any other business']);
  // not nested: the first entry is a heading too
  assert.deepEqual(heads('Contents\n  Roost survey\n  Grants\n\nRoost survey\n\nNoted.\n\nGrants\n\nNoted.\n'), [[4, 'item'], [8, 'item']]);
  // near miss: entries at the margin (no contents list, the page\'s own lines) are none
  assert.equal(heads('Contents\nRoost survey\nGrants\n\nRoost survey\n\nNoted.\n\nGrants\n\nNoted.\n'), undefined);
});

test('a wiki page: its edit chrome marks the headings; a people label is no item', () => {
  const text = 'Page\n\nPresent[edit]\n\nAnn, Bob\n\nBudget[edit]\n\nNoted.\n\nAOB[edit]\n\nNone.\n';
  assert.deepEqual(heads(text), [[2, 'end'], [6, 'item'], [10, 'item']]);
});

test('Markdown notes: headings under the title, less the page\'s own parts (people, links, an agenda and its groups)', () => {
  const text = '# WG Meeting 2025-03-04\n\n## Links\n\n* https://example.org\n\n## Present\n\n* Ann\n\n## Agenda\n\n### org/repo\n\n* Cache [#7](https://e.org/7)\n\n## Cache [#7](https://e.org/7)\n\n* Noted.\n\n## AOB\n\n* None.\n';
  assert.deepEqual(heads(text), [[16, 'item'], [20, 'item']]);
  assert.equal(schemeOf(text), 'none');
});

test('Markdown notes: the sub-headings of a people part are its own (`## Attendance` over `### Board members`), those of `## Agenda` the business', () => {
  const text = '# WG Meeting 2025-03-04\n\n## Attendance\n\n### Board members\n\n- [x] Ann\n\n### Guests\n\n- [x] Bob\n\n## Agenda\n\n### Cache\n\n* Noted.\n\n### AOB\n\n* None.\n';
  assert.deepEqual(heads(text), [[14, 'item'], [18, 'item']]);
  // a near miss: a business heading at the part's level after it is an item again
  assert.deepEqual(heads('# WG Meeting 2025-03-04\n\n## Present\n\n### Members\n\n* Ann\n\n## Cache\n\n* Noted.\n\n## AOB\n\n* None.\n'), [[8, 'item'], [12, 'item']]);
});

test('a wiki page whose sections hold numbered lists (`#` lists, carried-forward actions): the headings are the items', () => {
  const text = 'Board/Minutes/2024-05-01\nFrom Example Wiki\n\nContents\n    1 Actions carried forward\n    2 Budget\n\nActions carried forward[edit]\n\n    1. ACTION: AB to order the chairs. Yes check.svg Done\n    2. ACTION: CD to book the hall. Go-next-red.svg Carried forward\n\nBudget[edit]\n\n    1. Income from fees\n    2. Spending on tools\n\nNoted.\n';
  assert.equal(schemeOf(text), 'none');
  // a near miss: numbered items above the first heading are the minutes' own numbers
  assert.equal(schemeOf('Minutes\n\n1. Apologies\nNone.\n\n2. Budget\nNoted.\n\nNotes[edit]\n\nx\n\nMore[edit]\n\ny\n'), 'per-meeting');
});

test('Markdown notes published by a static site generator: front matter and the template\'s comments above the title; a heading whose entries link their issues and say what was done is an item', () => {
  const text = [
    '---', 'layout: minutes', 'title: "Board call, 4 March 2026"', 'date: 2026-03-04', '---', '<!-- Template: docs/minutes-template.md -->', '',
    '# Kestrel board call of 4 March 2026', '', '## Previous action items', '',
    '- [#12](https://e.org/12) Draft the budget — `@ann` **[done]**', '- [#14](https://e.org/14) Book the venue — `@bob` **[in progress]**', '',
    '## Agenda', '', '<!-- one heading a topic -->', '', '### Budget', '', '- Noted.', '', '### AOB', '', '- None.', '',
  ].join('\n');
  assert.deepEqual(heads(text), [[9, 'item'], [18, 'item'], [22, 'item']]);
  assert.equal(schemeOf(text), 'none');
  // near miss: a heading whose entries are links with a label only is a list of links
  assert.deepEqual(heads(text.replace('- [#12](https://e.org/12) Draft the budget — `@ann` **[done]**', '- Recording: https://e.org/rec').replace('- [#14](https://e.org/14) Book the venue — `@bob` **[in progress]**', '- Agenda issue: [#15](https://e.org/15)')), [[18, 'item'], [22, 'item']]);
});

test('a meeting-notes table (a wiki blueprint\'s `Time Item Who Notes`): each row with its item cell written is an item, titled by the cell; its notes are the item\'s', () => {
  const text = [
    'Harbour Rowing Club committee meeting notes', '', 'Participants', 'Ann Lee (Captain)', '',
    'Actions from last meeting', 'Action\tOwner\tDue\tStatus', 'Order oars\tAnn Lee\t1 May\tDONE', '',
    'Discussion items', 'Time\tItem\tWho\tNotes',
    '18:00\tBoathouse roof\tAnn Lee\tThe quote of £900 was accepted.', '\t\t\tWork starts in June.',
    '18:20\tRegatta\tTom Hay\tEntries close on 3 June.', '',
  ].join('\n');
  assert.deepEqual(heads(text), [[11, 'item'], [13, 'item']]);
  assert.equal(schemeOf(text), 'none');
  const m = parse(text).meeting;
  assert.deepEqual(m?.items.map((i) => [i.title, i.headRange.start.line, i.range.end.line]), [['Boathouse roof', 11, 12], ['Regatta', 13, 13]]);
  assert.equal(m?.items[0].decisions.length, 1, 'the row\'s notes are the item\'s content');
  // near misses: a table of actions (no item column) and a header row alone are no items
  assert.equal(heads(text.replace('Time\tItem\tWho\tNotes', 'Time\tTask\tWho\tNotes')), undefined);
  assert.equal(heads('Notes\n\nTime\tItem\tWho\tNotes\n18:00\tRoof\tAnn\tNoted.\n'), undefined);
});

test('no heading items: our markup and the numbered families read as before', () => {
  // our markup: a title, a section and numbered items
  assert.equal(schemeOf('# Board meeting\nDate: 3 March 2025\n\n## Finance\n\n081/25 Budget\nNoted.\n\n## Risk\n\n082/25 Register\nNoted.\n'), 'year');
  assert.equal(schemeOf('# Board meeting\n\n## Finance\n\n1. Budget\nNoted.\n\n2. Audit\nNoted.\n\n## Risk\n\n3. Register\nNoted.\n'), 'per-meeting');
  // an unnumbered `Item:` line is our markup's
  assert.equal(schemeOf('# Board meeting\n\n## Finance\n\nItem: Budget\nNoted.\n\n## Risk\n\nNoted.\n'), 'year');
  // a Markdown page without a top-level title, or with one heading only
  assert.equal(heads('## A\n\ntext\n\n## B\n\ntext\n'), undefined);
  assert.equal(heads('# Title\n\n## A\n\ntext\n'), undefined);
});

test('the outline\'s meeting detail says the items are not numbered', () => {
  const doc = parse('# WG Meeting 2025-03-04\n\n## Cache\n\n* Noted.\n\n## AOB\n\n* None.\n');
  assert.match(documentSymbols(doc)[0].detail ?? '', /items not numbered \(headings\)/);
});

test('Markdown notes with a numbered `## Agenda` whose entries are the headings below: the headings are the items, the title keeps no date (invented text)', () => {
  const text = [
    '# Lantern Translation Team — 2026-03-03', '', '**Date**: 2026-03-03, 17:00 UTC  ', '**Facilitator**: Ana Ruiz (@aruiz)', '', '**Attendees**:', '', '- Ana Ruiz (@aruiz)', '- Ben Ode (@bode)', '', '## Agenda', '',
    '1. Glossary review', '2. Release notes ([#88](https://example.org/issues/88))', '3. Volunteer onboarding', '',
    '## Glossary review', '', '- Agreed to keep the term list in one file.', '',
    '## Discussion about: Release notes [#88](https://example.org/issues/88)', '', '- Notes are late each cycle.', '',
    '## Volunteer onboarding', '', '- Two new volunteers this month.', '',
  ].join('\n');
  const doc = parse(text, {});
  assert.equal(String(doc.scheme), 'none');
  assert.deepEqual(doc.meeting?.items.map((i) => i.title), ['Glossary review', 'Discussion about: Release notes #88', 'Volunteer onboarding']);
  assert.equal(doc.meeting?.title?.value, 'Lantern Translation Team');
  // a near miss: an agenda whose entries name no heading below is a numbered list of items of its own
  const near = text.replace('1. Glossary review', '1. Welcome').replace('2. Release notes', '2. Budget').replace('3. Volunteer onboarding', '3. Any other business');
  assert.notEqual(findHeadingItems(splitLines(near), findDebris(splitLines(near)))?.contents, 10);
});

test('a scribe tool\'s contents whose headings stand indented, less than the lines under them, are its items; a line indented as its neighbours is not', () => {
  const text = 'Contents\n\n    1. [4]Budget review\n    2. [5]Tooling\n\nMeeting minutes\n\n  Budget review\n\n   Ann: fine\n\n  Tooling\n\n   Bo: agreed\n';
  assert.deepEqual(heads(text), [[7, 'item'], [11, 'item']]);
  // the entry's words inside the discussion, at the discussion's indentation: no heading
  assert.equal(heads('Contents\n\n    1. Budget review\n    2. Tooling\n\n   Budget review\n   Ann: fine\n   Tooling\n   Bo: agreed\n'), undefined);
});

test('a numbered agenda list that the numbered Markdown headings below repeat is a list of contents, not items; a list they do not repeat stays items', () => {
  const items = (text: string): string[] => parse(text).meeting!.items.map((i) => `${i.number?.seq ?? '-'} ${i.title}`);
  const md = '# Core sync 2026-01-07\n\n## Agenda\n\n1. Triage\n2. Release plan ([#12](https://x.test/12))\n\n### 1. Triage\n\nNothing new.\n\n### 2. Release plan ([#12](https://x.test/12))\n\nShip on Friday.\n';
  // (only the headings are items, each titled without the link's address)
  assert.deepEqual(parse(md).meeting!.items.map((i) => i.headRange.start.line), [7, 11]);
  assert.ok(items(md)[1].endsWith('Release plan (#12)'));
  // headings with other titles: the list is the minutes' own numbering, as before
  const other = '# Core sync 2026-01-07\n\n## Agenda\n\n1. Triage\n2. Release plan\n\n### 3. Hiring\n\nTwo posts.\n\n### 4. Budget\n\nNoted.\n';
  const lines = splitLines(other);
  assert.equal(detectLayout(segmentDocument(lines), 'auto', undefined, { lines }).contentsLines, undefined);
});

test('a wiki\'s `New actions` list without the keyword (`GH – task (by 21 May)`): each row an action, its owners listed people; a row elsewhere, or whose owner is nobody listed, is none', () => {
  const page = (heading: string, row: string): string => `Table of Contents\n  Marsh Wardens – committee, 3 May 2024\n    Attendees\n    Reeds\n    ${heading}\n\nAttendees\n\n  * Ann Lee (AL) – chair\n  * Bo Lund (BL) – treasurer\n\nReeds\n\nCut in March.\n\n${heading}\n\n  * ${row}\n  * BL – pay the contractor\n`;
  const actions = (text: string): string[] => (parse(text).meeting?.items ?? []).flatMap((i) => i.actions.map((a) => `${a.owners.map((o) => o.text).join('+')}: ${a.text} | ${a.due?.text ?? ''}`));
  assert.deepEqual(actions(page('New actions', 'AL, BL – cut the reeds again (by 1 June)')), ['AL+BL: cut the reeds again (by 1 June) | 1 June', 'BL: pay the contractor | ']);
  // near misses: the same rows under a heading that is no list of actions, and a row owned by nobody listed
  assert.deepEqual(actions(page('Reed beds', 'AL, BL – cut the reeds again (by 1 June)')), []);
  assert.deepEqual(actions(page('New actions', 'Spring – the reeds grow back')), ['BL: pay the contractor | ']);
});

test('a wiki\'s closing `New actions` list, a `Next meeting` heading after it, restates the actions labelled under the items in other words: each once, the list\'s row', () => {
  const text = 'Table of Contents\n  Marsh Wardens – committee, 3 May 2024\n    Attendees\n    Reeds\n    New actions\n    Next meeting\n\nAttendees\n\n  * Ann Lee (AL) – chair\n  * Bo Lund (BL) – treasurer\n\nReeds\n\n  * Action (BL): book the reed cutters and tell the wardens of the date.\n  * Action (AL): write to the trust about the sluice by 1 June.\n\nNew actions\n\n  * BL – book the reed cutters\n  * AL – sluice letter to the trust (by 1 June)\n\nNext meeting\n\nTuesday 4 June 2024.\n';
  const actions = (t: string): string[] => (parse(t).meeting?.items ?? []).flatMap((i) => i.actions.map((a) => `${i.title}: ${a.owners.map((o) => o.text).join('+')} ${a.text}`));
  assert.deepEqual(actions(text), ['New actions: BL book the reed cutters', 'New actions: AL sluice letter to the trust (by 1 June)']);
});

test('heldOut10 items: a wiki\'s `On this page` list of NNN/YY entries the minutes repeat is no items; a `### Conclusion` under each topic is part of it; a capitals title\'s year carried onto the next line (invented text)', () => {
  const contents = parse('Fellside MRT Wiki\nBoard of Trustees — 4 March 2026\nON THIS PAGE\n001/26 Welcome\n002/26 Treasurer\'s report\n003/26 Close\n\n001/26 Welcome\nThe Chair welcomed trustees.\n\n002/26 Treasurer\'s report\nThe accounts were noted.\n\n003/26 Close\nClosed at 9pm.\n');
  assert.deepEqual(contents.meeting?.items.map((i) => `${i.number?.written} ${i.title}`), ['001/26 Welcome', '002/26 Treasurer\'s report', '003/26 Close']);
  const notes = parse('# 12th Meeting of WG7 — 4 March 2026\n\n## Opening\n\nThe chair opened the meeting.\n\n### Conclusion\n\n- Agenda adopted.\n\n## Formats\n\nAB: the draft is ready.\n\n### Conclusion\n\n- Consensus was to publish the draft.\n\n## Close\n\nClosed.\n');
  assert.deepEqual(notes.meeting?.items.map((i) => i.title), ['Opening', 'Formats', 'Close']);
  const court = parse('UNIVERSITY COURT\nMinutes of the meeting held on 4 March 2026\n\nCt/2526/01  WELCOME\n            The Chair welcomed members.\nCt/2526/02  ACCOUNTS FOR THE YEAR ENDED 31 JULY\n            2025 (Paper A)\n            Court NOTED the accounts.\nCt/2526/03  CLOSE\n            The meeting closed.\n');
  assert.equal(court.meeting?.items[1]?.title, 'ACCOUNTS FOR THE YEAR ENDED 31 JULY 2025 (Paper A)');
});

test('motions under their item, each heading with its code, are that item\'s sub-items, the code their number (heldOut15/03)', () => {
  // a society's AGM: `## Motions` over `### M3: …`, no lines of its own
  const agm = '# Chess Society AGM\n\n## Treasurer\'s report\n\nAccounts received.\n\n## Motions\n\n### M3: Affiliation to the County League\n\nMoved by the Secretary. Carried.\n\n### M4 – Subs to rise to £12\n\nFell.\n\n## Any other business\n\nNone.\n';
  assert.deepEqual(heads(agm), [[2, 'item'], [6, 'item'], [8, 'sub'], [12, 'sub'], [16, 'item']]);
  const m = parse(agm).meeting;
  const motions = m?.items.find((i) => i.title === 'Motions');
  assert.deepEqual(motions?.subItems?.map((s) => [s.number?.written, s.title]), [['M3', 'Affiliation to the County League'], ['M4', 'Subs to rise to £12']]);
  assert.equal(m?.items.length, 3);
  // a guild's council, one motion, the heading naming it a motion
  assert.deepEqual(heads('# Guild Council\n\n### Apologies\n\nNone.\n\n### Reports\n\nNoted.\n\n### Motions for debate\n\n#### Motion 2025-07 — Late buses\n\nPassed.\n')?.slice(-2), [[10, 'item'], [12, 'sub']]);
  // a heading over numbered headings with no word for motions: the numbers head the business, no sub-items
  assert.ok(!heads('# Residents\n\n## Discussion\n\n### 1 – Bins\n\nNoted.\n\n### 2 – Parking\n\nNoted.\n')?.some(([, r]) => r === 'sub'));
  // a deeper heading with no code stays as it was read
  assert.ok(!heads('# Board\n\n## Finance\n\nNoted.\n\n### Budget detail\n\nx\n\n## Estates\n\nNoted.\n')?.some(([, r]) => r === 'sub'));
});

test('a heading\'s code: a word with a digit, then a dash or a colon and the title', () => {
  assert.deepEqual(subHeading('SC2526/14 — Free Period Products'), { code: 'SC2526/14', codeAt: 0, titleAt: 12 });
  assert.equal(subHeading('Motion 12: Divest from fossil fuels')?.code, '12');
  assert.equal(subHeading('GM.3 - Rent strike support')?.code, 'GM.3');
  assert.equal(subHeading('Free Period Products — SC2526/14'), undefined);
  assert.equal(subHeading('Budget: 2026 plan'), undefined);
});
