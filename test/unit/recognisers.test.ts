/**
 * Every recogniser of the parser's table (service/src/parse/table.ts) and of the inline
 * table (parse/content/index.ts), asked directly: for each, small inputs it must take (and what it
 * must then have recorded) and inputs it must decline. The lines before the last one of an input
 * are read by the whole parser, to set the scene (an open item, a people block, an agenda); the
 * last line is then handed to the one recogniser under test.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { compile, RULES, rulesFor, TABLE, type CompiledRule } from '#service/parse/table';
import { step } from '#service/parse/driver';
import { INLINE } from '#service/parse/content/index';
import { DECLINE } from '#service/parse/recogniser';
import { detectLayout } from '#service/parse/layout';
import type { ParseState } from '#service/parse/state';
import type { Line } from '#service/parse/content/inline';
import { segmentDocument, splitLines } from '#service/text';
import { lineOf, scene } from '../support/scene';

interface Case {
  readonly text: string;
  /** The segments it consumes after its own, or DECLINE. */
  readonly gives: number;
  /** What it must have recorded (when it takes the line) or left alone (when it declines). */
  readonly then?: (s: ParseState) => void;
}

const HEAD = '# Board meeting\nDate: 3 March 2025\n\n';
const ITEM = `${HEAD}081/25 Finance report\n`;
const items = (s: ParseState): number => s.meeting?.items.length ?? 0;
// a parish council's own numbering (prefix, year, running number), detected by the layout
const OWN = 'Ashcombe Parish Council\n\nPC24/061 APOLOGIES FOR ABSENCE\nApologies were received.\n\nPC24/062 MINUTES\nThe minutes were approved.\n\n';
const OWN_REST = '\nThe payments were approved.\n\nPC24/064 PLAY AREA\nThe gate was noted.';
// a university council's numbers: the body's letters and the year, dotted (`C.25.14`), with paragraphs `C.25.14.1`
const UNI = 'UNIVERSITY COUNCIL\nMinutes of the meeting held on 10 March 2025\n\nC.25.14 MINUTES\nResolved\nC.25.14.1 to approve the minutes.\n\nC.25.15 MATTERS ARISING\n';
const UNI_REST = '\n\nC.25.17 ANY OTHER BUSINESS\nNoted\nC.25.17.1 that there was none.';

// a parish council's attendance, one person a line under the label, with initials in brackets
const IND = ' '.repeat(16);
const PARISH = `ASHBY PARISH COUNCIL\nMinutes of the meeting held on Monday 3 March 2025\n\nPresent:        Cllr Ann Hale (AH) – Chairman\n${IND}Cllr Bea Cole (BC) – Vice-Chairman\n`;
const PARISH_REST = '\n\n23.41    Apologies\n         None.\n\n23.42    Minutes\n         Approved.';
// a parish council's year and running number, dotted (`23.42`), its body indented under the number
const DOT = 'Ashby Parish Council\n\n23.41    Apologies\n         None.\n\n23.42    Clerk\'s report\n';
const DOT_REST = '\n\n23.43    Open forum\n         None.\n\n23.44    Finance\n         Noted.\n\n23.45    Planning\n         Noted.';

// a council's web page: each number alone on its line, the title on the next, `Minutes:` before the minute
const WEB = 'Skip to main content\nAgenda and minutes\nCouncil - Thursday, 5th March, 2026 7.00 pm\nItems\nNo.\tItem\n \n40.\nAPOLOGIES FOR ABSENCE\nMinutes:\nNone.\n \n41.\nQUESTIONS FROM COUNCILLORS\nMinutes:\nTwo questions were asked.\n \n';
const WEB_REST = '\n \n42.\nCOMMON SEAL\nMinutes:\nNoted.';
// a governing board's items `1.0` with their paragraphs `1.1`, the text hanging under the number
const FGB = 'FULL GOVERNING BOARD\nMinutes of the meeting held on 5 March 2026\n\n1.0   Welcome\n1.1   The chair welcomed governors.\n';
const FGB_REST = '\n3.0   Date of next meeting\n3.1   To be confirmed.\n4.0   Close\n4.1   The meeting closed.';
// a nursery school's board: its items numbered afresh, a tab after the number, the lettered parts `3a` under item 3
const NURSERY = 'FULL GOVERNING BOARD\nMinutes of the meeting held on 3 February 2026\n\n1\tWelcome and apologies\n\tThe chair welcomed governors.\n\n2\tMinutes\n\tThe minutes were approved.\n\n3\tPolicies\n';
const NURSERY_REST = '\n\n4\tDate of next meeting\n\tTo be confirmed.\n\n5\tClose\n\tThe meeting closed.';
// a parish council's minutes numbered on through the council year (`61.`), the sub-items' numbers hanging at the margin
const RUN = 'Ashby Parish Council\n\n61.   APOLOGIES\n      None.\n\n62.   MINUTES\n      Approved.\n\n63.   PLANNING\n';
const RUN_REST = '\n\n64.   FINANCE\n      Noted.\n\n65.   CLOSE\n      Closed.';
// a governing board's numbered items, the last holding an action also written in the closing table
const CLOSING = '# Board meeting\nDate: 3 March 2025\n\n1. Welcome\nThe chair welcomed everyone.\n\n2. Any other business\nCM to book the hall for the summer fair.\n\n';

// a wiki page and a scribe tool's minutes: items that are headings without numbers (scheme `none`)
const WIKI = 'Meetings/2020-02-18\n\nBoard of Trustees meeting, Tuesday 18th February 2020\n\nTreasurer\'s report[edit | edit source]\n\nThe report was accepted.\n\n';
const SCRIBE = 'Fares Working Group Teleconference\n\n07 Sep 2023\n\nContents\n\n     1. [4]Agenda review\n     2. [5]Issue 212: rounding of zone fares\n     * [6]Summary of action items\n     _____\n\nAgenda review\n\n   RESOLUTION: minutes approved\n\n';

const CASES: Record<string, readonly Case[]> = {
  'proceedings-line': [
    // after a line with no full stop, a short `Result: Carried` is the motion's, not a published section heading
    { text: `${ITEM}MOTION: That the report be noted.\nVote: For 5, Against 1, Abstain 1\nResult: Carried`, gives: 0, then: (s) => { assert.equal(s.item?.motions?.[0].result?.value, 'carried'); assert.equal(s.meeting?.sections.length, 0); } },
    { text: `${ITEM}Interest: Cllr Keswick, item 7, disclosable pecuniary, left the room`, gives: 0, then: (s) => assert.equal(s.item?.interests?.[0].action?.value, 'left') },
    { text: `${ITEM}For: information`, gives: DECLINE }, // no motion open: the item's text
    { text: 'BOARD MEETING\nTuesday 3 March 2025\n\n081/25 Finance report\nMoved: Cllr Ruiz', gives: DECLINE }, // published minutes: forms/votes.ts reads their motions
  ],
  'bold-declaration': [
    // it marks the meeting and always declines, so that the line is read as what it also is
    { text: 'Actions are shown in bold.', gives: DECLINE, then: (s) => assert.equal(s.meeting?.boldActions, true) },
    // in capitals, or with its words capitalised, as a clerk may type it
    { text: 'ACTIONS ARE SHOWN IN BOLD', gives: DECLINE, then: (s) => assert.equal(s.meeting?.boldActions, true) },
    { text: 'Agreed Actions Are Highlighted In Bold', gives: DECLINE, then: (s) => assert.equal(s.meeting?.boldActions, true) },
    { text: `${ITEM}Actions are shown in bold.`, gives: DECLINE, then: (s) => assert.equal(s.meeting?.boldActions, false) }, // inside an item: not a declaration
    { text: 'The chair welcomed everyone.', gives: DECLINE, then: (s) => assert.equal(s.meeting, undefined) },
  ],
  'debris': [
    // a page footer falling inside an item: skipped, the item stays open and gains no content
    { text: `${ITEM}Page 3 of 7`, gives: 0, then: (s) => { assert.equal(s.item?.content, 0); assert.equal(items(s), 1); assert.ok(s.item); } },
    { text: '» Agenda Item 4\nNORTHVALE COMBINED AUTHORITY', gives: 0, then: (s) => assert.equal(s.meeting, undefined) }, // a stamp: never the title
    { text: `${ITEM}» Chair's initials ........\nThe report was noted.`, gives: 0, then: (s) => assert.equal(s.item?.content, 0) },
    { text: `${ITEM}The report was noted.`, gives: DECLINE },
    { text: `${ITEM}Signed ........ Chair`, gives: DECLINE }, // a signature under an item closes the minutes (closing-line)
  ],
  'word-comment': [
    // a Word comment an export wrote into the minutes (its marker opens the segment): never the item's text, nor an action
    { text: `${ITEM}Commented [RT2]: KM to check the figure before the minutes go out`, gives: 0, then: (s) => { assert.equal(s.item?.content, 0); assert.equal(s.item?.actions.length, 0); } },
    { text: `${ITEM}Comments were invited on the draft.`, gives: DECLINE },
  ],
  'meeting-heading': [
    // the most specific heading line is the title, the authority above it is not
    { text: 'NORTHVALE COMBINED AUTHORITY\n\n» TRANSPORT COMMITTEE\n\nMINUTES OF THE MEETING HELD ON FRIDAY, 14 MARCH 2025 AT 10.00 AM\n\nPresent:', gives: 0, then: (s) => assert.equal(s.meeting?.title?.value, 'TRANSPORT COMMITTEE') },
    { text: 'NORTHVALE COMBINED AUTHORITY\n\nTRANSPORT COMMITTEE\n\n» MINUTES OF THE MEETING HELD ON FRIDAY, 14 MARCH 2025 AT 10.00 AM\n\nPresent:', gives: 0, then: (s) => { assert.equal(s.meeting?.date?.iso, '2025-03-14'); assert.equal(s.meeting?.time?.value, '10.00 AM'); } },
    // a scribe's date line under the title: the date, not item 7
    { text: 'Fares Working Group Teleconference\n\n» 07 Sep 2023\n\nAttendees', gives: 0, then: (s) => { assert.equal(s.meeting?.date?.iso, '2023-09-07'); assert.equal(items(s), 0); } },
    { text: '» # Data WG Meeting 2025-11-05\n\n## Present', gives: 0, then: (s) => { assert.equal(s.meeting?.title?.value, 'Data WG Meeting'); assert.equal(s.meeting?.date?.iso, '2025-11-05'); } },
    { text: '» NORTHVALE COMBINED AUTHORITY\n\nTRANSPORT COMMITTEE\n\nMINUTES OF THE MEETING HELD ON FRIDAY, 14 MARCH 2025', gives: DECLINE }, // the authority above the committee
    { text: '# Board\nDate: 3 March 2025', gives: DECLINE }, // a field: header-field records it
    // a wiki page: the date from the page's path, the title from the site its tagline names (never `Meetings/`)
    { text: '» Meetings/2021-06-08\nJump to navigation Jump to search\nFrom Marsh Wardens Society\n\nPresent: Ann Lee (AL)', gives: 0, then: (s) => { assert.equal(s.meeting?.title?.value, 'Marsh Wardens Society'); assert.equal(s.meeting?.date?.iso, '2021-06-08'); } },
    { text: 'Meetings/2021-06-08\nJump to navigation Jump to search\n» From Marsh Wardens Society\n\nPresent: Ann Lee (AL)', gives: DECLINE }, // taken with the date already
  ],
  'front-matter-lists': [
    // a static site's page keeps its attendance in the front matter: each list key a block, each entry a person, every line the site's
    { text: '» ---\ntitle: "Board"\nchair: Ana Roe\nmembers:\n  - name: Ana Roe\n    role: Chair\n    github: aroe\nregrets:\n  - Ben Lee\n---\n# Board — 2 May 2026', gives: 9, then: (s) => {
      assert.deepEqual(s.meeting!.people.map((b) => [b.kind, b.people.map((p) => [p.name.display, p.role, p.handle])]), [['present', [['Ana Roe', 'Chair', 'aroe']]], ['apologies', [['Ben Lee', undefined, undefined]]]]);
    } },
    { text: '» ---\ntitle: "Board"\ndate: 2026-05-02\n---\n# Board — 2 May 2026', gives: DECLINE }, // no list: the site's settings only
    { text: '---\nmembers:\n  - Ana Roe\n---\n» # Board — 2 May 2026', gives: DECLINE }, // below the front matter
  ],
  'agenda-heading': [
    { text: '# Board meeting\nAgenda', gives: 0, then: (s) => { assert.equal(s.phase, 'agenda'); assert.equal(s.agendas.length, 1); assert.equal(s.agendas[0].title?.value, 'Board meeting'); assert.equal(s.meeting, undefined); } },
    { text: `${ITEM}Agenda`, gives: DECLINE }, // inside an item it is the item's word
    { text: 'Agenda for change', gives: DECLINE },
    { text: '# TSC Meeting 2026-01-14\n## Present\n* Ann Lee @alee (TSC)\n## Agenda', gives: DECLINE, then: (s) => assert.equal(s.meeting?.title?.value, 'TSC Meeting') }, // after the list of who attended: the minutes' own heading
  ],
  'agenda-line': [
    { text: 'Agenda\n1. 10:00  Welcome and apologies', gives: 0, then: (s) => assert.deepEqual(s.agendas[0].items.map((a) => [a.number, a.time, a.title]), [[1, '10:00', 'Welcome and apologies']]) },
    { text: 'Agenda\nHeld on 4 March 2025', gives: 0, then: (s) => assert.equal(s.agendas[0].date?.iso, '2025-03-04') },
    { text: 'Agenda\n1. Welcome\nMINUTES OF THE MEETING', gives: DECLINE, then: (s) => { assert.equal(s.phase, 'header'); assert.equal(s.agenda, undefined); } },
    { text: 'Agenda\n1. Welcome\nPresent:', gives: DECLINE, then: (s) => assert.equal(s.phase, 'header') },
    { text: `${ITEM}1. Welcome`, gives: DECLINE }, // no agenda open
  ],
  'closing-line': [
    { text: `${ITEM}The meeting closed at 8.15pm.`, gives: 0, then: (s) => { assert.equal(s.meeting?.closing.length, 1); assert.equal(s.item?.content, 0); } },
    { text: `${ITEM}Next meeting: 7 April 2025`, gives: 0, then: (s) => { assert.equal(s.meeting?.nextMeeting?.iso, '2025-04-07'); assert.equal(s.meeting?.closing.length, 1); } },
    { text: `${HEAD}082/25 Date of next meeting\nNext meeting: 7 April 2025`, gives: DECLINE }, // the item is about it: its content
    { text: `${HEAD}The meeting closed at 8.15pm.`, gives: DECLINE }, // no item open
    { text: `${ITEM}The report was noted.`, gives: DECLINE },
  ],
  'header-field': [
    { text: '# Board\nTime: 7pm', gives: 0, then: (s) => assert.equal(s.meeting?.time?.value, '7pm') },
    { text: '# Board\nDate: 3 March 2025', gives: 0, then: (s) => { assert.equal(s.meeting?.date?.iso, '2025-03-03'); assert.equal(s.meeting?.dateField, true); } },
    { text: '# Board\nVenue: Village Hall', gives: 0, then: (s) => assert.equal(s.meeting?.location?.value, 'Village Hall') },
    { text: `${HEAD}082/25 Date of next meeting\nNext meeting: 7 April 2025`, gives: 0, then: (s) => { assert.equal(s.meeting?.nextMeeting?.iso, '2025-04-07'); assert.equal(s.item?.content, 1); } },
    { text: `${ITEM}Time: the item ran over`, gives: DECLINE }, // inside an item only `Next meeting:` is a field
    { text: '# Board\nThe chair welcomed everyone.', gives: DECLINE },
  ],
  'people-block': [
    { text: `${HEAD}Present:`, gives: 0, then: (s) => { assert.equal(s.phase, 'people'); assert.equal(s.meeting?.people[0].kind, 'present'); assert.equal(s.variants.length, 0); } },
    { text: `${HEAD}Apologies for absence`, gives: 0, then: (s) => { assert.equal(s.meeting?.people[0].kind, 'apologies'); assert.equal(s.variants[0].kind, 'block-label'); } },
    { text: `${ITEM}Present:`, gives: DECLINE }, // after the first item, a word of the minutes
    { text: `${HEAD}Presentation of accounts`, gives: DECLINE },
    // a family's form is read whole: a council in a second column, a bracket wrapped onto the next line, a qualifier alone
    { text: `${HEAD}» Present:\nMayor Dana Whitcombe (Chair)\nCouncillor Glyn Treharne      Brackenfield Council\nCouncillor Peter Lowther-Bain   Calder Vale Borough Council (Vice-\n                                Chair)\nCouncillor Amrit Dhaliwal     Ashby MBC\n(substitute)\n\n041 Apologies`, gives: 6, then: (s) => {
      const ps = s.meeting!.people[0].people;
      assert.deepEqual(ps.map((p) => [p.name.display, p.title, p.role, p.organisation, (p.qualifiers ?? []).map((q) => q.text).join()]), [
        ['Dana Whitcombe', 'Mayor', 'Chair', undefined, ''], ['Glyn Treharne', 'Councillor', undefined, 'Brackenfield Council', ''],
        ['Peter Lowther-Bain', 'Councillor', 'Vice-Chair', 'Calder Vale Borough Council', ''], ['Amrit Dhaliwal', 'Councillor', undefined, 'Ashby MBC', 'substitute']]);
      assert.equal(s.phase, 'header');
      assert.equal(ps[2].range.end.line, 7); // the wrapped bracket is the person's
    } },
    // two lists side by side (a Word table of two columns read across the page): each column read down, a heading in a column a list of its own, a wrapped seat the person's above
    { text: `${HEAD}» Governors present                  Apologies\nMrs Eva Holt (EH), Chair, Parent   Mr Ian Dale (ID), Staff\nGovernor                           Governor – consented\nMr Sam Ince (SI), Headteacher\n                                   Absent\nDr Una Bell (UB), Co-opted         Ms Ria Cole (RC), Parent\nGovernor                           Governor\n\n1 Welcome`, gives: 6, then: (s) => {
      assert.deepEqual(s.meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.title, p.initials, p.role, p.category, (p.qualifiers ?? []).map((q) => q.text).join()])), [
        ['present', 'Eva Holt', 'Mrs', 'EH', 'Chair', 'Parent Governor', ''], ['present', 'Sam Ince', 'Mr', 'SI', 'Headteacher', undefined, ''], ['present', 'Una Bell', 'Dr', 'UB', undefined, 'Co-opted Governor', ''],
        ['apologies', 'Ian Dale', 'Mr', 'ID', undefined, 'Staff Governor', 'consented'], ['absent', 'Ria Cole', 'Ms', 'RC', undefined, 'Parent Governor', '']]);
      const eva = s.meeting!.people[0].people[0];
      assert.deepEqual([eva.range.start.line, eva.range.end], [4, { line: 5, character: 8 }]); // the left cell's wrapped line, not the right cell beside it
    } },
    // a running notes document's list whose heading asks for each one's company, the export's blank lines before it: the bracket is the company, the words after it the role
    { text: `${HEAD}**Chair:** Ana Ruiz  \n\n» **Attendees** (please add your name and company):\n\n\n\n* Ana Ruiz (Kestrel Data)\n* Ben Ode (independent) – docs lead\n* Cy Park (guest, Marlow College)\n* Dee Holm (Release Manager)\n\n### Topic`, gives: 7, then: (s) => {
      assert.deepEqual(s.meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role, p.organisation])), [
        ['present', 'Ana Ruiz', 'Chair', 'Kestrel Data'], ['present', 'Ben Ode', 'docs lead', 'independent'], ['present', 'Cy Park', 'guest', 'Marlow College'], ['present', 'Dee Holm', 'Release Manager', undefined]]);
    } },
    // a label of the minutes after the list and a blank line (`Quorum: …`) is no member passed over
    { text: `${HEAD}» In attendance\nMrs Joy Tate (JT), Clerk\n\nQuorum: 5 of 8 governors present.`, gives: 1, then: (s) => assert.deepEqual(s.meeting!.people[0].people.map((p) => p.name.display), ['Joy Tate']) },
    // names, roles and initials as three runs (a flattened table), and a legend of categories after a list
    { text: `${HEAD}» Present:\nMargaret Oduya\nPriya Raman\nChair\nChief Finance Officer\n(MO)\n(PR)`, gives: 6, then: (s) => assert.deepEqual(s.meeting!.people[0].people.map((p) => [p.name.display, p.role, p.initials]), [['Margaret Oduya', 'Chair', 'MO'], ['Priya Raman', 'Chief Finance Officer', 'PR']]) },
    { text: `${HEAD}» Governors present:\nMrs K Adeyemi [KA] Chair (FG); Dr N Sato [NS] (PG)\n\n(FG) Foundation Governor; (PG) Parent Governor`, gives: 3, then: (s) => assert.deepEqual(s.meeting!.people[0].people.map((p) => [p.name.display, p.title, p.initials, p.role, p.category]), [['K Adeyemi', 'Mrs', 'KA', 'Chair', 'Foundation Governor'], ['N Sato', 'Dr', 'NS', undefined, 'Parent Governor']]) },
    { text: `${HEAD}» ## Present\n\n* Mirela Kovač @mkovac (TSC, chair)\n* Jonas Feld @jfeld (guest, release team)`, gives: 3, then: (s) => assert.deepEqual(s.meeting!.people[0].people.map((p) => [p.name.display, p.handle, p.role]), [['Mirela Kovač', 'mkovac', 'TSC, chair'], ['Jonas Feld', 'jfeld', 'guest, release team']]) },
    // our own `Name : Role` lines are read one by one, as before
    { text: `${HEAD}» Present:\nJane Smith : Chair (from item 4)`, gives: 0 },
    // a label sharing its first person's line, one person a line in columns under it: a list of its own
    { text: `${HEAD}» CO-OPTED MEMBERS:   Councillor Iris Baptiste     Northby Town Council\n                     Councillor Ravi Tan          Eastcombe District Council\n\nIN ATTENDANCE:`, gives: 1, then: (s) => {
      assert.deepEqual(s.meeting!.people[0].people.map((p) => [s.meeting!.people[0].kind, p.name.display, p.title, p.organisation]), [['present', 'Iris Baptiste', 'Councillor', 'Northby Town Council'], ['present', 'Ravi Tan', 'Councillor', 'Eastcombe District Council']]);
      assert.equal(s.phase, 'header');
    } },
    // a membership list with the legend of its marks in the heading: the marked members sent apologies
    { text: `${HEAD}» Membership (X = apologies)\nDr Oona Fitch        Principal\nLeon Park            Head of Science        X\nMaya Rudd            Student Member\n\n101 Apologies`, gives: 3, then: (s) => {
      assert.deepEqual(s.meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role])), [['present', 'Oona Fitch', 'Principal'], ['present', 'Maya Rudd', 'Student Member'], ['apologies', 'Leon Park', 'Head of Science']]);
    } },
    { text: `${HEAD}» Membership (2024 to 2025)\nDr Oona Fitch        Principal`, gives: DECLINE }, // a bracket that is no legend of marks
    // a list on the label's line, running on to the next; its label is never rewritten
    { text: `${HEAD}» Present: Cllr J Pemberton (Chair), Cllr K Osei\nand Cllr R Sallis.`, gives: 1, then: (s) => {
      const b = s.meeting!.people[0];
      assert.deepEqual(b.people.map((p) => [p.name.display, p.title, p.role]), [['J Pemberton', 'Cllr', 'Chair'], ['K Osei', 'Cllr', undefined], ['R Sallis', 'Cllr', undefined]]);
      assert.equal(b.people[2].nameRange.start.line, 4);
      assert.equal(s.variants.length, 0);
    } },
    { text: `${HEAD}Present: Ruth Alcott (RA) (Chair); Tobias Wren (TW) (from item 4)\n» Apologies: Graham Selby (GS); TW for late arrival`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.people[1].people.map((p) => [p.name.display, p.initials, (p.qualifiers ?? []).map((q) => q.text).join()]), [['Graham Selby', 'GS', ''], ['Tobias Wren', 'TW', 'for late arrival']]) },
    // `Chair` ⏎ `Marit Solberg` under the lists of scribed minutes: the listed person holds the role
    { text: `${HEAD}Present\n   Amara_Quist, Marit_Solberg\n\n» Chair\n   Marit Solberg`, gives: 1, then: (s) => assert.equal(s.meeting!.people[0].people[1].role, 'Chair') },
    { text: `${HEAD}Present\n   Amara_Quist, Benedikt_Hofer\n\nRegrets\n   Hannah_Obi\n\nChair\n   Amara Quist\n\n» Scribe\n   Benedikt`, gives: 1, then: (s) => assert.deepEqual(s.meeting!.people[0].people.map((p) => p.role), ['Chair', 'Scribe']) },
    { text: `${HEAD}Present: the Chair and four members of the public.`, gives: DECLINE },
    // a role in brackets the page wrapped onto the next line is the whole bracket
    { text: `${HEAD}» In attendance: Ms Sara Quinton (University Secretary), Mr Dev Anand (Director of Estates and\nFacilities), Mrs Olive Grant (Minutes)`, gives: 1, then: (s) => assert.deepEqual(s.meeting!.people[0].people.map((p) => [p.name.display, p.role]), [['Sara Quinton', 'University Secretary'], ['Dev Anand', 'Director of Estates and Facilities'], ['Olive Grant', undefined]]) },
    // a name the page wrapped in a list on the label's line: `County Cllr` ⏎ `W Ambrose`, one person over both lines
    { text: `${HEAD}» In attendance: Mrs V Lark (Clerk); County Cllr\nD Ormsby (to Cou/14/24-25); two members of the public.`, gives: 1, then: (s) => {
      const p = s.meeting!.people[0].people[1];
      assert.deepEqual([p.name.display, p.title, p.role, (p.qualifiers ?? []).map((q) => q.text).join()], ['D Ormsby', 'County Cllr', undefined, 'to Cou/14/24-25']);
      assert.deepEqual([p.nameRange.start.line, p.nameRange.end.line], [3, 4]);
    } },
    // a board's members by office (`Supervisor Ada Kerr`): the office is the role
    { text: `${HEAD}» Board Members:\nSupervisor Ada Kerr\nClerk Ben Soto\n\nI. CALL TO ORDER`, gives: 2, then: (s) => assert.deepEqual(s.meeting!.people[0].people.map((p) => [p.name.display, p.role]), [['Ada Kerr', 'Supervisor'], ['Ben Soto', 'Clerk']]) },
    // scribed minutes' regrets with one name alone
    { text: `${HEAD}Present\n   Amara_Quist, Benedikt_Hofer\n\n» Regrets\n   Hannah\n\nChair\n   Amara Quist`, gives: 1, then: (s) => assert.deepEqual(s.meeting!.people[1].people.map((p) => [s.meeting!.people[1].kind, p.name.display]), [['apologies', 'Hannah']]) },
    { text: `${HEAD}» Regrets\n   None\n\n001/24 Welcome`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.people.map((b) => b.people.length), [0]) },
  ],
  'person-line': [
    { text: `${HEAD}Present:\nJane Smith : Chair`, gives: 0, then: (s) => { const p = s.block!.people[0]; assert.equal(p.name.display, 'Jane Smith'); assert.equal(p.role, 'Chair'); } },
    { text: `${HEAD}Present:\nJane Smith : Director of\nFinance`, gives: 0, then: (s) => assert.equal(s.block!.people[0].role, 'Director of Finance') }, // a role split over two lines
    { text: `${HEAD}Present:\nJane Smith : Chair\n081/25 Finance report`, gives: DECLINE, then: (s) => { assert.equal(s.phase, 'header'); assert.equal(s.block, undefined); } },
    { text: `${HEAD}Jane Smith : Chair`, gives: DECLINE }, // no block open
    // a name with its initials in brackets and nothing after; the time of arrival after the dash is a qualifier, no role
    { text: `${PARISH}» ${IND}Cllr Tom Ives (TI)\n${IND}Cllr Una Vale (UV)${PARISH_REST}`, gives: 0, then: (s) => { const p = s.block!.people[2]; assert.deepEqual([p.name.display, p.title, p.initials, p.role], ['Tom Ives', 'Cllr', 'TI', undefined]); } },
    { text: `${PARISH}» ${IND}Cllr Tom Ives (TI) – left 8.15pm, after item 23.44\n${IND}Cllr Una Vale (UV)${PARISH_REST}`, gives: 0, then: (s) => { const p = s.block!.people[2]; assert.deepEqual([p.role, p.qualifiers?.map((q) => [q.kind, q.text])], [undefined, [['left', 'left 8.15pm, after item 23.44']]]); } },
    { text: `${PARISH}» ${IND}3 members of the public (MP)\n${IND}Cllr Una Vale (UV)${PARISH_REST}`, gives: DECLINE }, // no name
  ],
  'status-update': [
    { text: `${ITEM}081/24-A1 DONE: sent to the council`, gives: 0, then: (s) => { const u = s.meeting!.statusUpdates[0]; assert.deepEqual([u.target.seq, u.target.year, u.action, u.note], [81, 24, 1, 'sent to the council']); assert.equal(s.item?.content, 1); } },
    { text: `${HEAD}081/24-A2 ongoing`, gives: 0, then: (s) => assert.equal(s.meeting!.statusUpdates[0].action, 2) },
    { text: `${ITEM}081/24 was discussed`, gives: DECLINE },
  ],
  'run-on-action-log': [
    // an NHS trust's appendix log whose columns ran together: the reference opens a row, the status (and RAG letter) closes it
    { text: `${HEAD}» Action Meeting Minute ref Action Lead Due Update Status RAG\nno. date\n089 02.06.22 TB/22/061.4 Circulate Freedom to TV Aug 22 Circulated to Complete – B\nSpeak Up annual governors 12.08.22 propose close\n094 04.08.22 TB/22/099.3 Agency spend PR Dec 22 Not yet due Not yet due G\n\nKey: B = complete`, gives: 4, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['089', 'done', 'Complete'], ['094', 'open', 'Not yet due']]) },
    { text: `${HEAD}Action was taken by the Lead Officer on the Due date.`, gives: DECLINE }, // a sentence, not column names
    { text: `${HEAD}» Action Lead Due Status\nThe log was reviewed.\nNothing else.\nNothing more.`, gives: DECLINE }, // a header with no row under it
  ],
  'item-action-table': [
    // a town's follow-up list inside its members' item, an item after it: each row is that item's action
    { text: `${CLOSING.replace('2. Any other business', '2. Members\' comments')}» Follow-up list\n| Requests | Assigned to | Due date |\n|---|---|---|\n| Quote for the bus shelter | Town Clerk | 30 June |\n| Letter to the county about the potholes | Mayor | 14 July |\n\n3. Adjournment\nThe meeting closed.`, gives: 4, then: (s) => {
      assert.equal(s.item?.title, 'Members\' comments');
      assert.deepEqual(s.item!.actions.map((a) => [a.index, a.text, a.owners.map((o) => o.text), a.due?.text]), [[1, 'Quote for the bus shelter', ['Town Clerk'], '30 June'], [2, 'Letter to the county about the potholes', ['Mayor'], '14 July']]);
      assert.equal(s.meeting!.actions, undefined);
    } },
    { text: `${CLOSING}» ACTIONS ARISING\n\nNo.\tAction\tWho\tBy when\n1\tBook the hall for the summer fair\tCM\t1/6/25`, gives: DECLINE }, // no item after it: the meeting's closing table
    { text: `${CLOSING}» Follow-up items\nRequest\tAssigned to\tStatus\n1\tBook the hall\tCM\tDone\n\n3. Adjournment\nClosed.`, gives: DECLINE }, // a status column: a log of earlier actions
  ],
  'closing-action-table': [
    // a governing board's actions in a table after the last item: the title ends the item, each row is the meeting's action
    { text: `${CLOSING}» ACTIONS ARISING\n\nNo.\tAction\tWho\tBy when\n1\tBook the hall for the summer fair\tCM\t1/6/25\n2\tSend the newsletter to parents\tRB/CM\tASAP`, gives: 4, then: (s) => {
      assert.equal(s.item, undefined);
      assert.deepEqual(s.meeting!.actions!.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]), [['Book the hall for the summer fair', ['CM'], '1/6/25'], ['Send the newsletter to parents', ['RB', 'CM'], 'ASAP']]);
      assert.equal(s.meeting!.actions![0].due?.date?.iso, '2025-06-01');
    } },
    // a parish's wording of the title, and a `By` column for the due date
    { text: `${CLOSING}» Actions from this meeting\nMin ref\tAction\tWho\tBy\n25/031\tOrder the new noticeboard\tClerk\t30 June`, gives: 2, then: (s) => assert.deepEqual(s.meeting!.actions!.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]), [['Order the new noticeboard', ['Clerk'], '30 June']]) },
    // a wiki's task list whose boxes and chips the copy lost: owner, `to`, task, the due chip's date last
    { text: `${CLOSING}» Action items\nCM to book the hall for the summer fair 1 Jun 2025\nRB to send the newsletter for the May meeting`, gives: 2, then: (s) => assert.deepEqual(s.meeting!.actions!.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]), [['book the hall for the summer fair', ['CM'], '1 Jun 2025'], ['send the newsletter for the May meeting', ['RB'], 'May meeting']]) },
    { text: `${CLOSING}» Actions from previous meetings\nMin ref\tAction\tWho\tBy\n25/031\tOrder the new noticeboard\tClerk\t30 June`, gives: DECLINE }, // the earlier meetings' actions: a review, not this meeting's
    { text: `${CLOSING}» ACTIONS ARISING\n\nRef\tAction\tWho\tStatus\n1\tBook the hall\tCM\tDone`, gives: DECLINE }, // a status column: a log of earlier actions
    { text: `${CLOSING}» Actions arising\n\nNo.\tAction\tWho\tBy when\n1\tBook the hall\tCM\tJune\n\n3. Date of next meeting\nTo be confirmed.`, gives: DECLINE }, // an item follows: not the closing table
    // an international board's attendance annex after the last item: each group a list, each member by the state they represent (heldOut17)
    { text: `${CLOSING}» ANNEX – List of participants\nMembers\nSweden\tMr Olof LINDQVIST (Chair)\nApologies\nIreland\tDr Siobhán BRENNAN`, gives: 4, then: (s) => {
      assert.equal(s.item, undefined);
      assert.deepEqual(s.meeting!.people.map((b) => [b.kind, b.people.map((p) => [p.name.display, p.organisation])]), [['present', [['Olof Lindqvist', 'Sweden']]], ['apologies', [['Siobhán Brennan', 'Ireland']]]]);
    } },
    { text: `${CLOSING}» Annex: list of participants\nMembers\nSweden\tMr Olof LINDQVIST\n\n3. Date of next meeting\nTo be confirmed.`, gives: DECLINE }, // an item follows: no closing annex
  ],
  'tracker-row': [
    // a tracker's lettered reference opening a row of its report, the status after the action's dash
    { text: `${ITEM}BR-25-04   Parking enforcement review – Completed.`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['BR-25-04', 'done', 'Completed']]) },
    { text: `${ITEM}HS19/1  Book the hall for the summer fair: carried over to the June meeting.`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['HS19/1', 'carried forward', 'carried over to the June meeting']]) },
    { text: `${ITEM}BR-25-04 was discussed at length.`, gives: DECLINE }, // one blank after the reference: a sentence
    { text: `${ITEM}A1  Notes of the visit were circulated.`, gives: DECLINE }, // no status after the action's words
  ],
  'status-review': [
    { text: `${ITEM}Action 17 (audit of bus stops, Minute 28) – Complete; summary circulated`, gives: 0, then: (s) => { const r = s.meeting!.statusReviews![0]; assert.deepEqual([r.ref, r.status, r.written, r.note], ['17', 'done', 'Complete', 'summary circulated']); assert.equal(s.item?.content, 1); } },
    { text: `${ITEM}» Action 19 (brief for the fare cap, Minute 31) – In\n   progress; findings to the June meeting.`, gives: 1, then: (s) => { const r = s.meeting!.statusReviews![0]; assert.deepEqual([r.ref, r.status, r.written.replace(/\s+/g, ' ')], ['19', 'open', 'In progress']); } }, // still under way: open
    { text: `${HEAD}[DONE] ACTION-41: Chen to check licence of the sample feeds`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['ACTION-41', 'done', '[DONE]']]) },
    { text: `${HEAD}[NEW] ACTION: Amara to write the spec text`, gives: DECLINE }, // a new action, not a review
    { text: `${HEAD}4. PN and TW to price a dehumidifier.\n\nACTION: PN Yes check.svg Done; TW X mark.svg Cancelled – not needed`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['4', 'done', 'Done'], ['4', 'dropped', 'Cancelled']]) },
    { text: `${HEAD}- [ ] @tobi-r to draft the LTS policy — carried over, draft in #801`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['@tobi-r to draft the LTS policy', 'carried forward', 'carried over']]) },
    { text: `${HEAD}- [x] ~~@htanabe to survey packagers~~ dropped, superseded`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status]), [['@htanabe to survey packagers', 'dropped']]) },
    { text: `${HEAD}- [ ] @mkovac to publish the calendar`, gives: DECLINE }, // an open task with no status: a new action
    // a ticked task without a status word: the status written is the task's box as printed
    { text: `${HEAD}- [x] @jweber to tag the 3.2 release`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['@jweber to tag the 3.2 release', 'done', '- [x]']]) },
    // an open box in a list with ticked tasks: an earlier action still open
    { text: `${HEAD}- [x] @jweber to tag the 3.2 release\n- [ ] @mira-s to write the deprecation policy`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.at(-1) && [s.meeting!.statusReviews!.at(-1)!.ref, s.meeting!.statusReviews!.at(-1)!.status, s.meeting!.statusReviews!.at(-1)!.written], ['@mira-s to write the deprecation policy', 'open', '- [ ]']) },
    { text: `${HEAD}- [x] @jweber to tag the 3.2 release\n\nNew work was agreed.\n\n- [ ] @mira-s to write the deprecation policy`, gives: DECLINE }, // another list: a new action
    { text: `# Quillstone TSC Meeting 2025-11-06\n\n## Present\n\n* Oskar Lindahl @olindahl\n\n## Budget\n\n* The budget was noted.\n\n## Action items\n\n- [ ] @olindahl to contact the audit vendor (carried forward)`, gives: DECLINE }, // the meeting's own list of actions: carried into it, a new action
    { text: `${ITEM}There are currently 5 actions outstanding\nAction 4 – From November 2023 meeting`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['4', 'open', 'outstanding']]) }, // the origin only: the list's lead gives the status
    { text: `${ITEM}Action 4 – From November 2023 meeting`, gives: DECLINE }, // no lead sentence: no status to read
    // a Clerk's list of earlier minutes' actions, unbulleted, under its lead: the status word followed by a date, or by where it is put off to
    { text: `${DOT}         The Clerk reported on actions from earlier meetings:\n» 23.17  Noticeboard glass replaced – Done 4/03${DOT_REST}`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['23.17', 'done', 'Done']]) },
    { text: `${DOT}         The Clerk reported on actions from earlier meetings:\n         23.17  Noticeboard glass replaced – Done\n» 23.29  Grit bin refilled – c/f to January${DOT_REST}`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['23.17', 'done', 'Done'], ['23.29', 'carried forward', 'c/f to January']]) },
    { text: `${DOT}         The Clerk reported on the village hall:\n» 23.17  Noticeboard glass replaced – Done${DOT_REST}`, gives: DECLINE }, // no lead that reviews actions: an unbulleted `23.17` may be anything
    { text: `${ITEM}» Ref\tAction\tWho\tStatus\n21/09-1\tPublish the register\tJP\tDone\n21/09-2\tPhonics visit\tLB\tCarried forward – visit booked\n\nThe report was noted.`, gives: 2, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['21/09-1', 'done', 'Done'], ['21/09-2', 'carried forward', 'Carried forward']]) },
    { text: `${ITEM}» Ref\nAction\nWho\nDue\nPC24/031\nQuotes for the bench\nClerk\nJuly`, gives: DECLINE }, // no status column: an action table, not a review
    // a council's review of the requests its members made, a bullet a request, its status after the dash
    { text: `${ITEM}The Clerk went through the pending requests list:\n» - Bench for the village green – completed 12 May`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['Bench for the village green', 'done', 'completed']]) },
    { text: `${ITEM}The Town Manager reviewed the open requests:\n» - Library roof repair – completed August 4, under budget`, gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['Library roof repair', 'done', 'completed']]) },
    { text: `${ITEM}Action was taken by the clerk to complete the forms.`, gives: DECLINE },
    // a Word table read one cell a line, a cell wrapped over two lines
    { text: `${ITEM}» Ref\nAction\nOwner\nStatus\nB7\nRepaint the shelter on\nMill Lane\nClerk\nDone\nB8\nQuotes for the lights\nRFO\nCfwd\n\nThe report was noted.`, gives: 12, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['B7', 'done', 'Done'], ['B8', 'carried forward', 'Cfwd']]) },
    // a Markdown review without references, its statuses with emoji: under a heading that reviews the actions
    { text: '# Team meeting 2025-03-04\n\n## Review of last meeting\'s actions\n\n» | Action item | Owner | Status |\n|---|---|---|\n| Tag the 2.1 release | @jo | :white_check_mark: |\n| Write the FAQ | @li | ⏳ waiting on review |\n| Port the CI | @al | ✖️ |\n\n## Plans\n\nWe talked.', gives: 4, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['Tag the 2.1 release', 'done', ':white_check_mark:'], ['Write the FAQ', 'open', '⏳'], ['Port the CI', 'dropped', '✖️']]) },
    // a review's list whose bullets open with a status emoji
    { text: '# Team meeting 2025-03-04\n\n## Actions from the last meeting\n\n- ✅ Tag the 2.1 release (@jo)\n» - 🔄 Write the FAQ – in progress, half done\n\n## Plans\n\nWe talked.', gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['Tag the 2.1 release', 'done', '✅'], ['Write the FAQ', 'open', 'in progress']]) },
    // a review's numbered list, each owner's plain status on the dashed line under the action or after its last dash
    { text: '# Committee meeting 2025-03-04\n\n## Open actions\n\n  1. LB and TR – repaint the gate (from June)\n»      – LB: done; TR: carry, waiting for paint\n\n## Plans\n\nWe talked.', gives: 0, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written, r.note]), [['1', 'done', 'done', ''], ['1', 'carried forward', 'carry', 'waiting for paint']]) },
    { text: '# Committee meeting 2025-03-04\n\n## Outstanding actions\n\n» 3. Treasurer – chase the bank about the mandate – completed,\n     new mandate signed\n\n## Plans\n\nWe talked.', gives: 1, then: (s) => assert.deepEqual(s.meeting!.statusReviews!.map((r) => [r.ref, r.status, r.written, r.note]), [['3', 'done', 'completed', 'new mandate signed']]) },
    { text: '# Committee meeting 2025-03-04\n\n## Open actions\n\n» 3. Treasurer – complete the bank mandate form\n\n## Plans\n\nWe talked.', gives: DECLINE }, // the action's words only: no status yet
    { text: '# Committee meeting 2025-03-04\n\n## Plans\n\n  1. LB – repaint the gate\n»      – done\n\n## Budget\n\nWe talked.', gives: DECLINE }, // no review of earlier actions
    { text: '# Team meeting 2025-03-04\n\n## Highlights\n\n» - ✅ The 2.1 release shipped\n\n## Plans\n\nWe talked.', gives: DECLINE }, // no review of actions: a highlight
    { text: '# Team meeting 2025-03-04\n\n## Plans\n\n» | Action | Owner | Status |\n|---|---|---|\n| Tag the 2.1 release | @jo | Open |\n\n## Budget\n\nWe talked.', gives: DECLINE }, // new actions, not a review
  ],
  'loose-content': [
    { text: `${HEAD}ACTION: Clerk to write to the council`, gives: 0, then: (s) => { assert.equal(s.meeting!.actions![0].owners[0].text, 'Clerk'); assert.equal(s.meeting!.items.length, 0); } }, // outside any item: the meeting's own, not dropped
    { text: `${HEAD}RESOLUTION: minutes of 24 August approved`, gives: 0, then: (s) => assert.equal(s.meeting!.decisions![0].text, 'minutes of 24 August approved') },
    { text: `${HEAD}No objections. **Resolved** by lazy consensus; the PR can land.`, gives: 0, then: (s) => assert.equal(s.meeting!.decisions![0].text, 'by lazy consensus; the PR can land.') },
    { text: `${ITEM}ACTION: Clerk to write to the council`, gives: DECLINE }, // inside an item: the item's
    { text: `${HEAD}The actions were reviewed.`, gives: DECLINE },
  ],
  'numbered-item': [
    { text: `${HEAD}081/25 Finance report`, gives: 0, then: (s) => { assert.equal(s.item?.title, 'Finance report'); assert.equal(s.item?.number?.seq, 81); assert.equal(s.phase, 'body'); } },
    { text: `${HEAD}5`, gives: DECLINE }, // a digit alone is not a number in the year scheme
    { text: `${HEAD}081/25`, gives: 0, then: (s) => { assert.equal(s.pendingTitle, s.item); assert.equal(s.item?.title, ''); } }, // the number alone waits for its title
    { text: `${HEAD}Item 4: Finance report`, gives: 0, then: (s) => { assert.equal(s.item?.number, undefined); assert.equal(s.item?.title, 'Finance report'); } },
    { text: `${ITEM}The 081/25 budget was noted.`, gives: DECLINE },
    // a university council's paragraphs `081/25.1` under the minute: the item's text, no item of their own
    { text: `${ITEM}081/25.1  The Treasurer presented the accounts.`, gives: DECLINE },
    // `082/25*`: taken without discussion, the star no part of the title
    { text: `${ITEM}The accounts were noted.\n082/25*   SEALING OF DOCUMENTS`, gives: 0, then: (s) => { assert.equal(s.item?.number?.written, '082/25'); assert.equal(s.item?.title, 'SEALING OF DOCUMENTS'); assert.equal(s.item?.content, 1); } },
    // a board's own numbering: only the heads of the detected run start items
    { text: `${OWN}» PC24/063 FINANCE${OWN_REST}`, gives: 0, then: (s) => { assert.equal(s.scheme, 'prefixed'); assert.equal(s.item?.number?.written, 'PC24/063'); assert.equal(s.item?.title, 'FINANCE'); } },
    { text: `${OWN}PC24/063 FINANCE\n» PC24/031 Clerk to write to the Borough Council${OWN_REST}`, gives: DECLINE }, // a row of the action log, no head of the run
    { text: `${UNI}Noted.\n\n» C.25.16 ESTATES MASTERPLAN\nReceived${UNI_REST}`, gives: 0, then: (s) => { assert.equal(s.scheme, 'prefixed'); assert.equal(s.item?.number?.written, 'C.25.16'); assert.equal(s.item?.title, 'ESTATES MASTERPLAN'); } },
    { text: `${UNI}Noted\n» C.25.15.1 that the roof had been repaired.${UNI_REST}`, gives: DECLINE }, // a paragraph of the minute
    { text: '41.\n\nAPOLOGIES\n\nNone were received.\n\n» 42.\n\nMINUTES OF THE LAST MEETING\n\nApproved.\n\n43.\n\nPLANNING\n\nNoted.', gives: 2, then: (s) => { assert.equal(s.scheme, 'running'); assert.equal(s.item?.title, 'MINUTES OF THE LAST MEETING'); } }, // the title on the next line
    { text: '1.\tWelcome\tKA\n\tThe chair welcomed governors.\n» 2.\tApologies\tJP\n\tNone.\n3.\tMinutes\tKA\n\tApproved.', gives: 0, then: (s) => { assert.equal(s.scheme, 'per-meeting'); assert.equal(s.item?.title, 'Apologies'); } }, // the Lead column is not the title
  ],
  'sub-item': [
    // it marks the item's sub-items and always declines, so that the line is read as the item's content too
    { text: `${OWN}PC24/063 FINANCE\n» (a) Payments for approval:${OWN_REST}`, gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['(a)', 'Payments for approval']]) },
    { text: `${OWN}PC24/063 FINANCE\n» (b) The bank reconciliation to 31 May was checked and signed.${OWN_REST}`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // a numbered paragraph
    { text: 'I. CALL TO ORDER\nThe Mayor called the meeting to order.\nII. CONSENT AGENDA\n» A. Minutes of the June 2, 2020 regular meeting\nApproved.\nIII. ADJOURNMENT\nAdjourned.', gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => x.title), ['Minutes of the June 2, 2020 regular meeting']) },
    { text: `${ITEM}(a) Payments for approval:`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // our markup: unchanged
    // `a.`, `b.` in small letters under a Roman item, in turn, the next part's marker no wrapped words of the title
    { text: 'I. CALL TO ORDER\nThe Chair opened the meeting.\nII. CONSENT CALENDAR\n   a. Minutes of the May 5 meeting\n»    b. Claims register for April\n   c. Mowing contract renewal\nMotion carried.\nIII. ADJOURNMENT\nAdjourned.', gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['a', 'Minutes of the May 5 meeting'], ['b', 'Claims register for April']]) },
    // a board lettered `A.` to `N.`, its parts the item's letter, a stop and a figure (`H.1`), as a school district's board numbers them
    { text: 'A. CALL TO ORDER\nThe Chair opened the meeting.\nB. REPORTS\nB.1 Treasurer\'s Report\nThe balance was reported.\n» B.2 Principal\'s Report\nEnrolment is steady.\nC. ADJOURNMENT\nAdjourned.', gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['B.1', 'Treasurer\'s Report'], ['B.2', 'Principal\'s Report']]) },
    { text: 'A. CALL TO ORDER\nThe Chair opened the meeting.\nB. CONSENT AGENDA\n» B.2 Warrant Register, March 2026\nC. ADJOURNMENT\nAdjourned.', gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // no `B.1` before it
    { text: 'A. CALL TO ORDER\nThe Chair opened the meeting.\nB. REPORTS\n» C.1 Treasurer\'s Report\nC. ADJOURNMENT\nAdjourned.', gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // another item's letter
    { text: 'I. CALL TO ORDER\nThe Chair opened the meeting.\nII. PUBLIC WORKS\n»    b. Fleet replacement\nMotion carried.\nIII. ADJOURNMENT\nAdjourned.', gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // no `a.` before it
    { text: 'I. CALL TO ORDER\nThe Chair opened the meeting.\nII. PUBLIC WORKS\nThe Board resolved:\n»    a. that the quote be accepted;\nIII. ADJOURNMENT\nAdjourned.', gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // a resolution's part
    // `a)`, `b)` without the opening bracket, in turn, each a short title that is its whole line
    { text: `${DOT}         Noted.\n\n23.43    Open forum\n         None.\n\n23.44    Finance\n         a) Payments for authorisation:\n            Approved.\n»          b) Bank reconciliation\n            Signed.\n\n23.45    Planning\n         Noted.`, gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['a)', 'Payments for authorisation'], ['b)', 'Bank reconciliation']]) },
    { text: `${DOT}         Noted.\n\n23.43    Correspondence\n»          a) Ashby Primary School – request for a contribution to the\n            playground appeal. Deferred.\n\n23.44    Finance\n         Noted.\n\n23.45    Planning\n         Noted.`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // an entry of correspondence, a sentence carried on
    // a web page's `41a` alone over its title, under minute 41, the letters in turn from `a`
    { text: `${WEB}41a\nQuestion from Councillor Ann Hale to the Leader\nMinutes:\nAnswered.\n \n» 41b\nMotion - Library Opening Hours\nMinutes:\nWithdrawn.${WEB_REST}`, gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['41a', 'Question from Councillor Ann Hale to the Leader'], ['41b', 'Motion - Library Opening Hours']]) },
    { text: `${WEB}» 41b\nMotion - Library Opening Hours\nMinutes:\nWithdrawn.${WEB_REST}`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // no `41a` before it
    // `63.1  Title` under a prefixed minute: a short title, the minute's paragraphs under it
    { text: `${OWN}PC24/063 FINANCE\n\n» 63.1  Budget monitoring\n\nThe report was noted.${OWN_REST}`, gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['63.1', 'Budget monitoring']]) },
    // a governing board's `2.1` under `2.0`: a title over its paragraph, or a numbered paragraph
    { text: `${FGB}2.0   Finance\n» 2.1   Budget monitoring\n      MC presented the report.${FGB_REST}`, gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['2.1', 'Budget monitoring']]) },
    { text: `${FGB}2.0   Minutes\n2.1   The minutes were approved.\n» 2.2   Review of actions:\n      Action 1 – complete${FGB_REST}`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // after a paragraph `2.1`, the next paragraph
    { text: `${FGB}2.0   Policies\n» 2.1   Governors RATIFIED the Charging Policy, the\n      Lettings Policy.${FGB_REST}`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // a paragraph wrapped by the page
    { text: `${FGB}2.0   Finance\n» 2.1   MC to send the return to the local authority by 31st March\n      2026.${FGB_REST}`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // carried on with the year
    // a school board's `3a<TAB>Title` under its item 3, the letters in turn; a bulleted point under a title carries it on no more than a paragraph does
    { text: `${NURSERY}3a\tLettings Policy\n\tAPPROVED with no amendments.\n» 3b\tCharging Policy\n\t•\t12 families asked about the charges.${NURSERY_REST}`, gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['3a', 'Lettings Policy'], ['3b', 'Charging Policy']]) },
    { text: `${NURSERY}» 3b\tCharging Policy\n\tAPPROVED.${NURSERY_REST}`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // no `3a` before it
    // under a running minute, a planning application is a title however many its words
    { text: `${RUN}» 63.1  25/00412/HOUSE – 7 Elm Close, two storey side extension and new porch\n      RESOLVED to raise no objection.${RUN_REST}`, gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => x.title), ['25/00412/HOUSE – 7 Elm Close, two storey side extension and new porch']) },
    // …its proposal closed by a full stop, no sentence's end (a proposal and a sentence after it are a paragraph)
    { text: `${RUN}» 63.1\t25/00412/FUL – Mill Yard, Ashby – two dwellings. No objection.\n      Noted.${RUN_REST}`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) },
    { text: `${RUN}» 63.1\t25/00412/FUL – Mill Yard, Ashby – two dwellings.\n      RESOLVED to object.${RUN_REST}`, gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['63.1', '25/00412/FUL – Mill Yard, Ashby – two dwellings']]) },
    { text: `${RUN}» 63.1  The Clerk reported that the appeal at Elm Close had been dismissed by the inspector.\n      Noted.${RUN_REST}`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // a numbered paragraph
    // a resolution's part wrapped by the page, and a letter's gist after a dash, are no `(a)` titles
    { text: `${OWN}PC24/063 FINANCE\nThe Council:\n» (a) APPROVED the revised Financial Regulations with effect from\n    1 April 2026, subject to the auditor's advice;${OWN_REST}`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) },
    { text: `${OWN}PC24/063 CORRESPONDENCE\n» (b) Ashby WI – thanks for the donation to the fete.${OWN_REST}`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) },
  ],
  'lettered-sub-item': [
    // it marks the NNN/YY item's sub-items and always declines, so that the line is read as the item's content too
    { text: `${ITEM}(a) Budget monitoring`, gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['(a)', 'Budget monitoring']]) },
    { text: `${ITEM}<b>c. Workplan for noting</b>  <b>d. Actions and Further Lines of Inquiry</b>`, gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['c', 'Workplan for noting'], ['d', 'Actions and Further Lines of Inquiry']]) },
    { text: `${ITEM}(a) the report be noted;`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // a resolution's part
    { text: `${ITEM}(a) Payments for approval:`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // a label before a list
    // a planning committee's application: its reference, then the site, is the title
    { text: `${ITEM}(b)  DC/25/0456/OUT – Former Gasworks, Quay Road`, gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['(b)', 'DC/25/0456/OUT – Former Gasworks, Quay Road']]) },
    { text: `${ITEM}(i) 25/00123/HOUSE – 4 Elm Close – rear extension.`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // an application listed in a sentence
    { text: `${OWN}PC24/063 FINANCE\n» (a) Payments for approval${OWN_REST}`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // a board's own numbering: `sub-item` marks it, not this
    // a parish's web page: `a)`, `b)` in turn, the title alone, before a colon and the minute, or an application
    { text: `${ITEM}a) Dispensations: none requested.\n» b) Bank reconciliation\nThe Chairman signed it.`, gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['a)', 'Dispensations'], ['b)', 'Bank reconciliation']]) },
    { text: `${ITEM}a) PA25/01234 – Land adj. Mill Farm, Ashby – Erection of a barn.`, gives: DECLINE, then: (s) => assert.deepEqual(s.item?.subItems?.map((x) => [x.number?.written, x.title]), [['a)', 'PA25/01234 – Land adj. Mill Farm, Ashby – Erection of a barn']]) },
    { text: `${ITEM}b) Bank reconciliation`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // no `a)` before it
    { text: `${ITEM}a) The gully has not been cleared since the summer.`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // a paragraph's point
    { text: `${ITEM}a) to approve the payments;`, gives: DECLINE, then: (s) => assert.equal(s.item?.subItems, undefined) }, // a resolution's part
  ],
  'pending-title': [
    { text: `${HEAD}081/25\nFinance report`, gives: 0, then: (s) => { assert.equal(s.item?.title, 'Finance report'); assert.equal(s.pendingTitle, undefined); } },
    { text: `${HEAD}081/25\nthe report was noted and the figures were discussed at length by the members present.`, gives: DECLINE, then: (s) => assert.equal(s.pendingTitle, undefined) }, // not a title: the number waits no longer
    { text: `${ITEM}Finance report`, gives: DECLINE }, // no number waiting
  ],
  'heading-section': [
    { text: `${ITEM}## Governance`, gives: 0, then: (s) => { assert.equal(s.meeting?.sections[0].title, 'Governance'); assert.equal(s.item, undefined); assert.equal(s.meeting?.sections[0].canonical, true); } },
    { text: '# Board meeting', gives: DECLINE }, // the first heading of the header is the meeting's title (header-line)
    { text: `${ITEM}Governance`, gives: DECLINE },
  ],
  'confidential-section': [
    { text: `${ITEM}The report was noted.\n» Part 2 – Exempt items\n082/25 Contract award`, gives: 0, then: (s) => { assert.equal(s.meeting?.sections[0].title, 'Part 2 – Exempt items'); assert.equal(s.item, undefined); } },
    { text: `${ITEM}The report was noted.\n» Part 2 – Exempt items\nThe following items were considered in private.`, gives: DECLINE }, // no item after it
    { text: `${ITEM}The report was noted.\n» Part 1 – Non-exempt items\n082/25 Contract award`, gives: DECLINE }, // public business
    { text: `${ITEM}The report was noted.\n» [confidential] 082/25 Contract award\n083/25 Next meeting`, gives: DECLINE }, // a minute's number after its mark: no heading
  ],
  'bare-result-line': [
    { text: `${ITEM}Moved: Cllr Ruiz\nSeconded: Cllr Chen\nThat the budget be approved\n» CARRIED`, gives: 0, then: (s) => { assert.equal(s.item?.motions?.[0].result?.value, 'carried'); assert.equal(s.meeting?.sections.length, 0); } },
    { text: `${ITEM}» CARRIED`, gives: DECLINE }, // no motion open: no result of one
    { text: `${ITEM}Moved: Cllr Ruiz\n» Carried forward to the June meeting`, gives: DECLINE }, // more than a result
  ],
  'published-section': [
    { text: `${ITEM}» GOVERNANCE\n082/25 Risk register`, gives: 0, then: (s) => { assert.equal(s.meeting?.sections[0].title, 'GOVERNANCE'); assert.equal(s.meeting?.sections[0].canonical, false); } },
    { text: `${ITEM}» GOVERNANCE\nThe risk register was reviewed.`, gives: DECLINE }, // no item after it
    { text: `${ITEM}» Action: Vice-Chancellor\n082/25 Risk register`, gives: DECLINE }, // the item's action, not a heading over the next
  ],
  'layout-heading': [
    // a wiki page: its headings carry the edit chrome; the title is the heading without it, and no number
    { text: `${WIKI}» Risk register[edit | edit source]\nThe register was reviewed.`, gives: 0, then: (s) => { assert.equal(s.item?.title, 'Risk register'); assert.equal(s.item?.number, undefined); assert.equal(s.scheme, 'none'); assert.equal(items(s), 2); } },
    // a scribe tool's contents: the topic lines are items, its closing summary is a section and no item
    { text: `${SCRIBE}» Issue 212: rounding of zone fares\n\n   ACTION: Amara to write the text`, gives: 0, then: (s) => { assert.equal(s.item?.title, 'Issue 212: rounding of zone fares'); assert.equal(s.item?.number, undefined); } },
    { text: `${SCRIBE}Issue 212: rounding of zone fares\n\n   ACTION: Amara to write the text\n\n» Summary of action items\n\n   [NEW] ACTION: Amara to write the text`, gives: 0, then: (s) => { assert.equal(s.item, undefined); assert.equal(items(s), 2); assert.equal(s.meeting?.sections[0].title, 'Summary of action items'); } },
    { text: `${WIKI}» The register was reviewed.`, gives: DECLINE },
    { text: `${ITEM}Risk register`, gives: DECLINE }, // a numbered file: the layout found no heading items
  ],
  'heading-item': [
    { text: `${ITEM}The report was noted.\n\n» Chief Constable Update\nThe Chief Constable spoke.`, gives: 0, then: (s) => { assert.equal(s.item?.title, 'Chief Constable Update'); assert.equal(s.item?.number, undefined); assert.equal(items(s), 2); } },
    { text: `${ITEM}The report was noted.\n» Chief Constable Update\nThe Chief Constable spoke.`, gives: DECLINE }, // no blank line above: a line of the item
    { text: `${HEAD}» Chief Constable Update\nThe Chief Constable spoke.`, gives: DECLINE }, // before the first item: header debris left alone
  ],
  'header-line': [
    { text: 'BOARD MEETING', gives: 0, then: (s) => assert.equal(s.meeting?.title?.value, 'BOARD MEETING') },
    { text: 'BOARD MEETING\nMonday 3 March 2025 at 7pm', gives: 0, then: (s) => { assert.equal(s.meeting?.date?.iso, '2025-03-03'); assert.equal(s.headerDateSeg, s.segs.length - 1); } },
    { text: 'BOARD MEETING\nMonday 3 March 2025\nThe Village Hall', gives: 0, then: (s) => assert.equal(s.meeting?.location?.value, 'The Village Hall') },
    { text: `${ITEM}BOARD MEETING`, gives: DECLINE }, // inside an item: its content
  ],
  'item-content': [
    { text: `${ITEM}The report was noted.`, gives: 0, then: (s) => { assert.equal(s.item?.content, 1); assert.equal(s.item?.range.end.line, 4); } },
    { text: `${ITEM}ACTION: Clerk to write to the council`, gives: 0, then: (s) => assert.equal(s.item?.actions.length, 1) },
    { text: `${HEAD}The report was noted.`, gives: DECLINE }, // no item open
  ],
};

const byName = new Map(TABLE.map((r) => [r.name, r]));

for (const [name, cases] of Object.entries(CASES)) {
  test(`recogniser ${name}`, () => {
    const r = byName.get(name);
    assert.ok(r, `${name} is in the table`);
    for (const c of cases) {
      const { state, i } = scene(c.text);
      const gives = r.run(state, i);
      assert.equal(gives, c.gives, `${name} on ${JSON.stringify(c.text.split('\n').pop())} (after ${JSON.stringify(c.text)})`);
      c.then?.(state);
    }
  });
}

test('every recogniser of the table has cases that it takes and cases that it declines', () => {
  for (const r of TABLE) {
    const cases = CASES[r.name] ?? [];
    if (r.name !== 'bold-declaration' && r.name !== 'sub-item' && r.name !== 'lettered-sub-item') assert.ok(cases.some((c) => c.gives >= 0), `${r.name} takes a line`);
    assert.ok(cases.some((c) => c.gives === DECLINE), `${r.name} declines a line`);
  }
  assert.deepEqual(Object.keys(CASES).sort(), TABLE.map((r) => r.name).sort(), 'no case for a recogniser that is not in the table');
});

test('a number whose year is split over two lines consumes the digit on the next line', () => {
  // the scene is read up to the digit; ask the item recogniser for the line before it
  const s2 = scene(`${HEAD}081/2\n5`);
  const gives = byName.get('numbered-item')!.run(s2.state, s2.i - 1);
  assert.equal(gives, 1, 'the digit is consumed');
  assert.equal(s2.state.item?.number?.year, 25);
});

test('the table: each phase has a recogniser that takes what nothing else took', () => {
  for (const phase of ['header', 'body'] as const) {
    assert.ok(TABLE.some((r) => r.phases.includes(phase) && (r.name === 'header-line' || r.name === 'item-content')), phase);
  }
  const names = new Set(TABLE.map((r) => r.name));
  for (const r of TABLE) for (const x of r.interrupts ?? []) assert.ok(['header', 'people', 'agenda', 'item', 'people-block', 'pending-title'].includes(x) || names.has(x), `${r.name} interrupts ${x}`);
});

test('the table for a file\'s layout: the recognisers its layout rules out are not asked, and the same table serves every file of that layout', () => {
  assert.ok(TABLE.length <= 31, 'the left-out mask has a bit for each row');
  const layoutIn = (text: string) => scene(`${text}\nend`).state.layout;
  const names = (rules: readonly CompiledRule[]) => rules.map((r) => TABLE[RULES.indexOf(r)].name);
  // our markup: no heading items, no debris line, no closing table, no board's own numbering
  const markup = layoutIn(ITEM);
  const kept = names(rulesFor(markup));
  for (const out of ['layout-heading', 'debris', 'closing-action-table', 'sub-item']) assert.ok(!kept.includes(out), `${out} is left out of our markup's table`);
  for (const asked of ['lettered-sub-item', 'pending-title', 'heading-item', 'word-comment', 'numbered-item', 'item-content']) assert.ok(kept.includes(asked), `${asked} is asked in our markup`);
  assert.deepEqual(kept, TABLE.filter((r) => !r.applies || r.applies(markup)).map((r) => r.name), 'only those its layout rules out, in the table\'s order');
  assert.equal(rulesFor(layoutIn(`${ITEM}The report was noted.\n\n082/25 Any other business\n`)), rulesFor(markup), 'one array for the layout');
  // a wiki page of heading items: the layout's headings asked, today's numbered readers' sub-items not
  const WIKI_PAGE = `${WIKI}Risk register[edit | edit source]\nThe register was reviewed.`;
  const wiki = names(rulesFor(layoutIn(WIKI_PAGE)));
  for (const out of ['heading-item', 'lettered-sub-item', 'pending-title', 'sub-item']) assert.ok(!wiki.includes(out), `${out} is left out of a wiki's table`);
  assert.ok(wiki.includes('layout-heading'), 'a wiki asks its headings');
  // the driver asks the table for the layout: a recogniser it leaves out is never run
  const asked: string[] = [];
  const spied = compile(TABLE.map((r) => ({ ...r, run: (state: ParseState, i: number) => { asked.push(r.name); return r.run(state, i); } })));
  for (const text of [ITEM, WIKI_PAGE]) {
    const { state } = scene(`${text}\nend`);
    const rules = rulesFor(state.layout, spied);
    asked.length = 0;
    for (let i = 0; i < state.segs.length; i++) i += step(state, i, rules);
    for (const r of TABLE) if (r.applies && !r.applies(state.layout)) assert.ok(!asked.includes(r.name), `${r.name} is not asked`);
    assert.ok(asked.length > 0);
  }
});

test('where a recogniser reads: one that reads only inside an item (or only outside one) is asked nowhere else, and declines there by its own first test', () => {
  const where = TABLE.filter((r) => r.where !== undefined);
  for (const name of ['item-content', 'closing-line', 'loose-content', 'header-line', 'agenda-heading']) assert.ok(where.some((r) => r.name === name), `${name} says where it reads`);
  // its own cases: in the other place, each declines (the driver's skip changes nothing)
  for (const r of where) {
    for (const c of CASES[r.name] ?? []) {
      const { state, i } = scene(c.text);
      const inside = state.item !== undefined;
      if (inside !== (r.where === 'in-item')) assert.equal(r.run(state, i), DECLINE, `${r.name} on ${JSON.stringify(c.text.split('\n').pop())} ${inside ? 'inside' : 'outside'} an item`);
    }
  }
  // the driver: asked only where it reads
  const asked: Array<{ name: string; inside: boolean }> = [];
  const spied = compile(TABLE.map((r) => ({ ...r, run: (state: ParseState, i: number) => { asked.push({ name: r.name, inside: state.item !== undefined }); return r.run(state, i); } })));
  const { state } = scene(`${HEAD}The Chair welcomed everyone.\n\n081/25 Finance report\nThe report was noted.\nThe meeting closed at 9pm.\nend`);
  const rules = rulesFor(state.layout, spied);
  for (let i = 0; i < state.segs.length; i++) i += step(state, i, rules);
  for (const r of where) for (const a of asked.filter((x) => x.name === r.name)) assert.equal(a.inside, r.where === 'in-item', `${r.name} asked ${a.inside ? 'inside' : 'outside'} an item`);
  assert.ok(asked.some((a) => a.name === 'item-content' && a.inside) && asked.some((a) => a.name === 'header-line' && !a.inside), 'each is asked where it reads');
});

// ---- layout ----------------------------------------------------------------------------------------

const layoutOf = (text: string) => detectLayout(segmentDocument(splitLines(text)));

test('layout: the numbering scheme and the bold-action declaration are read once, before the pass', () => {
  assert.equal(layoutOf('# Board\n1. Welcome\n2. Finance report\n081/25 Risk').scheme, 'year'); // any year number: the year scheme
  assert.equal(layoutOf('# Board\n1. Welcome\n2. Finance report\n3. Any other business').scheme, 'per-meeting');
  // the first item typed is the meeting's first item; one numbered line of another number, or in a list, is no scheme
  assert.equal(layoutOf('# Board\n1. Welcome\nThe Chair welcomed members.').scheme, 'per-meeting');
  assert.equal(layoutOf('# Board\n5. Minutes').scheme, 'year');
  assert.equal(layoutOf('# Board\n1. Welcome\n2) see below').scheme, 'year');
  const bold = layoutOf('# Board\nActions are shown in bold.\n081/25 Finance');
  assert.equal(bold.actions.kind, 'bold');
  assert.deepEqual([...bold.actions.boldDeclarations], [1]);
  assert.equal(layoutOf('# Board\n081/25 Finance').actions.kind, 'keyword');
  assert.equal(layoutOf('# Board').attendance.kind, 'lines');
  assert.equal(detectLayout(segmentDocument(splitLines('1. A\n2. B')), 'auto', 'year').scheme, 'year', 'a region takes the document scheme');
});

// ---- inline recognisers (what a line of an item says) -------------------------------------------------

interface InlineCase { readonly line: string; readonly stops: boolean; readonly then: (l: Line) => void; readonly before?: string; /** The item's head line, when not `081/25 Finance report`. */ readonly item?: string; /** Under a published heading (no `Date:` field), as published minutes are. */ readonly published?: boolean }

/** A North American council's items (Roman numerals), whose minutes label no actions. */
const US = 'I. CALL TO ORDER\nThe Mayor opened the meeting.\nII. NEW BUSINESS';

const INLINE_CASES: Record<string, readonly InlineCase[]> = {
  'action-keyword': [
    { line: 'ACTION: write to the council. Owner: Clerk. Due: 31 March 2025', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.owners[0].text, 'Clerk'); assert.equal(a.due?.date?.iso, '2025-03-31'); } },
    { line: 'Action - Clerk to write to the council', stops: true, then: (l) => { assert.equal(l.item.actions[0].owners[0].text, 'Clerk'); assert.equal(l.item.actions[0].ownerInferred, true); assert.equal(l.state.variants[0].kind, 'action-keyword'); } },
    { line: 'Actions were reviewed.', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
  ],
  'abbreviated-action': [
    // a project's running notes: `AI` in bold, the owner in brackets by a first name, the task
    { line: '**AI** (Jonas): fix the dual-stack e2e job by 2025-04-02.', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.owners[0].text, 'Jonas'); assert.equal(a.text, 'fix the dual-stack e2e job by 2025-04-02'); assert.equal(a.due?.text, '2025-04-02'); } },
    // in plain words `AI` is no label
    { line: 'AI (generative): members discussed its use in reports.', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
    // Markdown notes (HackMD): the owner by handle without brackets, two joined by a plus
    { line: '**AI** @rvance: cut the 2.1 branch once the docs PR is merged', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.owners[0].text, '@rvance'); assert.equal(a.text, 'cut the 2.1 branch once the docs PR is merged'); assert.equal(a.due, undefined); } },
    { line: '**AI** @jpark + @lnoor: retire the old mirror by 2026-06-30', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual(a.owners.map((o) => o.text), ['@jpark', '@lnoor']); assert.equal(a.text, 'retire the old mirror by 2026-06-30'); assert.equal(a.due?.text, '2026-06-30'); } },
    // without brackets only an owner opens it: a bold `AI` heading a topic is no action
    { line: '**AI** Policy: members discussed the draft guidance.', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
  ],
  'action-form': [
    { line: '**ACTION ITEM**: @tobi-r to update #801 with the decision before 2026-01-28.', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.owners[0].text, '@tobi-r'); assert.equal(a.text, 'update #801 with the decision before 2026-01-28'); assert.equal(a.due?.text, '2026-01-28'); } },
    // owner, dash, task; a day without its year is a day of the meeting's year
    { line: 'ACTION: MF – order the scanner and kit (by 28 Feb)', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.owners[0].text, 'MF'); assert.equal(a.ownerInferred, false); assert.equal(a.text, 'order the scanner and kit (by 28 Feb)'); assert.equal(a.due?.date?.iso, '2025-02-28'); } },
    // a line the mail version wrapped, in a numbered file: published-action's (it joins a word the page hyphenated);
    // in a file of heading items action-form reads it (familyVariants: another scribe log, another project's notes)
    { line: '» ACTION: Amara to write the spec text, with an example of\na three-leg trip', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
    // our markup's canonical fields and `Clerk to …` on one line stay with action-keyword
    { line: 'ACTION: write to the council. Owner: Clerk. Due: 31 March 2025', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
    { line: 'ACTION: Clerk to write to the council', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
    // a charity's board: the owners and the due in square brackets closing the line, the due with `by` or without
    { item: 'Present: Ann Lee, Raj Patel\n\n081/25 Finance report', line: 'Action: bring the fuel forecast [Ann Lee, the May meeting]', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.text, a.due?.text], [['Ann Lee'], 'bring the fuel forecast', 'May meeting']); } },
  ],
  'trailing-status': [
    { line: '1. ACTION: HS to renew the public liability insurance. Yes check.svg Done', stops: true, then: (l) => { assert.deepEqual(l.meeting.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['1', 'done', 'Done']]); assert.equal(l.item.actions.length, 0); } },
    { line: 'ACTION: HS to renew the public liability insurance. Done', stops: false, then: (l) => assert.equal(l.meeting.statusReviews?.length ?? 0, 0) }, // a plain word may be the sentence's own: only icons, templates and tags are read
    { line: 'ACTION: IC and TN to draft the handbook. IC: Go-next-red.svg Carried forward; TN: Yes check.svg Done', stops: true, then: (l) => assert.deepEqual(l.meeting.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['IC and TN to draft the handbook', 'carried forward', 'Carried forward'], ['IC and TN to draft the handbook', 'done', 'Done']]) },
    // the wiki's icon for work under way (`Symbol wait.svg Doing`: still open, forms/statuses.ts), one owner's status of two: a review, not a new action
    { line: 'ACTION: IC and TN to draft the handbook. IC: Yes check.svg Done; TN: Symbol wait.svg Doing', stops: true, then: (l) => { assert.deepEqual(l.meeting.statusReviews!.map((r) => [r.status, r.written]), [['done', 'Done'], ['open', 'Doing']]); assert.equal(l.item.actions.length, 0); } },
    { line: 'ACTION: HS to print the logo.svg file for the banner', stops: false, then: (l) => assert.equal(l.meeting.statusReviews?.length ?? 0, 0) }, // an image named in the task: no status after it
  ],
  'listed-status': [
    // a council's review of what members asked for, the PDF's bullets lost: each row under the lead, its status after the dash
    { item: '081/25 Clerk\'s report\nThe Clerk took members through the outstanding requests:\nNew bench for the green – completed 12 May', line: 'Footpath signs on Mill Lane – under review, quote expected in June', stops: true, then: (l) => { assert.deepEqual(l.meeting.statusReviews!.map((r) => [r.ref, r.status, r.written, r.note]), [['New bench for the green', 'done', 'completed', '12 May'], ['Footpath signs on Mill Lane', 'open', 'under review', 'quote expected in June']]); assert.equal(l.item.actions.length, 0); } },
    { item: '081/25 Town Manager\'s report\nThe Town Manager went through the pending requests list:', line: 'Speed humps on Church Road – postponed indefinitely by the Select Board', stops: true, then: (l) => assert.deepEqual(l.meeting.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['Speed humps on Church Road', 'dropped', 'postponed indefinitely']]) },
    // under a sub-item whose title reviews the requests, no lead between
    { item: 'I. CALL TO ORDER\nThe Chair opened the meeting.\nII. TOWN MANAGER\'S REPORT\nA. Status of Select Board Requests\nLibrary roof repair – out to tender, bids due October 2', line: '» Crosswalk on Elm Avenue – in design\nB. Budget\nNoted.\nIII. ADJOURNMENT\nClosed.', stops: true, then: (l) => assert.deepEqual(l.meeting.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['Library roof repair', 'open', 'out to tender'], ['Crosswalk on Elm Avenue', 'open', 'in design']]) },
    { item: '081/25 Outstanding requests', line: 'Grit bin for Station Hill – moved to the next agenda', stops: true, then: (l) => assert.deepEqual(l.meeting.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['Grit bin for Station Hill', 'carried forward', 'moved to the next agenda']]) },
    { item: '081/25 Highways\nThe Clerk reported on the village hall:', line: 'Footpath signs on Mill Lane – under review', stops: false, then: (l) => assert.equal(l.meeting.statusReviews?.length ?? 0, 0) }, // a lead that reviews nothing
    { item: '081/25 Clerk\'s report\nThe Clerk took members through the outstanding requests:\n', line: 'Footpath signs on Mill Lane – under review', stops: false, then: (l) => assert.equal(l.meeting.statusReviews?.length ?? 0, 0) }, // a blank line: the list has ended
    { item: '081/25 Clerk\'s report\nThe Clerk took members through the outstanding requests:\nThe bench was discussed at length.', line: 'Footpath signs on Mill Lane – under review', stops: false, then: (l) => assert.equal(l.meeting.statusReviews?.length ?? 0, 0) }, // prose between: no row of the list
    { item: '081/25 Clerk\'s report\nThe Clerk took members through the outstanding requests:', line: 'Mill Lane – Tuesday', stops: false, then: (l) => assert.equal(l.meeting.statusReviews?.length ?? 0, 0) }, // no status after the dash
  ],
  'capital-status': [
    // a wiki page copied as text: under a review's heading, the status first in capitals, the owner by a first name, the action's words
    { item: '081/25 Previous actions', line: 'STILL OPEN – Jo: renew the hall booking (form sent)', stops: true, then: (l) => { assert.deepEqual(l.meeting.statusReviews!.map((r) => [r.ref, r.status, r.written]), [['renew the hall booking', 'open', 'STILL OPEN']]); assert.equal(l.item.actions.length, 0); } },
    { item: '081/25 Previous actions', line: 'Done – the hall was booked in May.', stops: false, then: (l) => assert.equal(l.meeting.statusReviews?.length ?? 0, 0) }, // in small letters: the review's sentence
    { line: 'DONE – Jo: renew the hall booking', stops: false, then: (l) => assert.equal(l.meeting.statusReviews?.length ?? 0, 0) }, // an item that reviews no actions
  ],
  'list-row-action': [
    // a page of heading items: under its `New actions` heading, a row owned by listed people
    { item: '## Present\n\n* Ann Lee (AL) – chair\n* Bo Lund (BL) – treasurer\n\n## Reeds\n\nCut in March.\n\n## New actions\n', line: '- AL, BL – cut the reeds again (by 1 June)', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.text, a.due?.text, a.keyword], [['AL', 'BL'], 'cut the reeds again (by 1 June)', '1 June', undefined]); } },
    { line: '- GH – write the letters', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) }, // a numbered file: no list of heading items
  ],
  'owner-colon-bullet': [
    // a trust's bullet: the owners' initials, a colon, the task by its verb, the due after a dash
    { line: '► AB/CD: draft the staffing plan for the new class – July board', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.text, a.due?.text], [['AB', 'CD'], 'draft the staffing plan for the new class', 'July board']); } },
    // a speaker's bullet, and a label before the colon: no action
    { line: '- Dev: #2296 is the Windows path bug', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
    { line: '- Decision: move the old maintainers to emeritus – next meeting', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
  ],
  'bracketed-owner-action': [
    // a standards body's scribe: the label with the tracker's number, the owners in brackets by their names
    { line: 'New action item #0412 (Maria Keller, Tom Ruiz): publish the errata to the wiki before the next call.', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.text, a.due?.text], [['Maria Keller', 'Tom Ruiz'], 'publish the errata to the wiki before the next call', 'next call']); } },
    // a project's notes: an arrow, the label in bold, a handle; the due after a long dash is not the task's
    { line: '→ **Follow-up** (@jdoe): open the tracking issue — before 2026-04-02', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.text, a.due?.text], [['@jdoe'], 'open the tracking issue', '2026-04-02']); } },
    // words in brackets that name nobody are no owners
    { line: 'Follow-up (see the appendix): the figures were checked.', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
    // an NHS committee: `Action` and the owners' initials; the due after a dash, no `by`, is not the task's
    { line: 'Action (JD, PG): restate the risk scores – March 2025 meeting', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.text, a.due?.text], [['JD', 'PG'], 'restate the risk scores', 'March 2025 meeting']); } },
    // a standards working group: `AI`, the tracker's year and number, the owner's initial and surname; the due after a comma
    { line: 'AI 14-02 (B. Okoro): draft the scope note, before the 15th meeting', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.text, a.due?.text], [['B. Okoro'], 'draft the scope note', '15th meeting']); } },
    { line: 'Ai (see notes): the figures were checked.', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) }, // the abbreviation only in capitals
  ],
  'task-action': [
    // a notes tool's to-do: the mentions after the task, a person's name without the mention's mark, two owners, the date mention the due
    { line: '- [ ] Book the hall for the AGM — @Ann Lee @Raj Patel — @March 3, 2026', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.text, a.due?.text], [['Ann Lee', 'Raj Patel'], 'Book the hall for the AGM', 'March 3, 2026']); } },
    { line: '- [ ] @adaok to read the charter and propose edits', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.text, a.keyword], [['@adaok'], 'read the charter and propose edits', undefined]); assert.equal(l.state.variants.length, 0); } },
    { line: '* - [ ] Nadia Haas to book the venue by 12 March 2025', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.due?.date?.iso], [['Nadia Haas'], '2025-03-12']); } },
    // a project's closing list: the task, its owner after a long dash, the due in brackets; code marks are no words of the task
    { line: '- [ ] Write the `CHANGES.md` entry — `@kmori` (before the beta)', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.text, a.due?.text], [['@kmori'], 'Write the CHANGES.md entry', 'beta']); } },
    { line: '- [ ] Book the room for March', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) }, // a checklist line: nobody owns it
    // a project's sync: the owners by the first names the notes call them, joined with a plus; the due after a dash as written
    { item: 'Present: Mira Olsen, Tom Reed\n\n081/25 Finance report', line: '- [ ] Mira + Tom: tidy the issue labels — w/c 9 March', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.text, a.due?.text], [['Mira', 'Tom'], 'tidy the issue labels', 'w/c 9 March']); } },
    { item: 'Present: Mira Olsen, Mira Kent\n\n081/25 Finance report', line: '- [ ] Mira: tidy the issue labels', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) }, // a first name two people have names no one
    { line: '- [x] @adaok to read the charter', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) }, // ticked: a review's
  ],
  'published-action': [
    // `Action:` as a sentence writes it, after a sentence: only with its owners in square brackets closing the line
    { item: 'Present: Ann Lee, Raj Patel\n\n081/25 Finance report', line: 'Members asked that the date be fixed early. Action: book the hall [Ann Lee and Raj Patel, by the May meeting]', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.text, a.due?.text], [['Ann Lee', 'Raj Patel'], 'book the hall', 'May meeting']); } },
    { line: 'The date was fixed. Action: none needed.', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
    // the page wrapped the line and hyphenated a word: one action, the owner before "to", the word joined
    { line: '» ACTION: Head of Bus Reform to send Ms Pettigrew a written reply con-\nfirming both installation dates.', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.text, 'send Ms Pettigrew a written reply confirming both installation dates'); assert.equal(a.owners[0].text, 'Head of Bus Reform'); assert.equal(a.inText, true); } },
    { line: 'ACTION: Head of Bus Reform – report on cycle parking by July 2025', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.owners[0].text, 'Head of Bus Reform'); assert.equal(a.text, 'report on cycle parking by July 2025'); assert.equal(a.due?.text, 'July 2025'); } },
    // in capitals after a sentence; the due date as a reader writes it, without "the"
    { line: 'Members discussed the gate. ACTION: Clerk to obtain two quotes before the July meeting.', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.owners[0].text, 'Clerk'); assert.equal(a.text, 'obtain two quotes before the July meeting'); assert.equal(a.due?.text, 'July meeting'); } },
    // an owner alone after the sentence: the sentence, less its subject and "to", is the task
    { line: 'Cllr Daventry to ask the Borough Council about the loan scheme and report back in July. ACTION: MD', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.owners[0].text, 'MD'); assert.equal(a.text, 'ask the Borough Council about the loan scheme and report back in July'); assert.equal(a.due?.text, 'July'); } },
    // our markup's one-line forms are `action-keyword`'s, as they always were
    { line: 'ACTION: write to the council. Owner: Clerk.', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
    { line: 'ACTION: WMP will pick up a discussion with the council.', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
    { line: 'The action log was reviewed.', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
    // an owner column at the far right (a trust's committee) in a list read without its initials: the name's initials own it, two of them with a slash
    { item: 'Present:\nKeith Sandoval : Chief Operating Officer\nSara Amin : Medical Director\n\n081/25 Waiting times', line: 'The Chair asked that the trajectory be reported monthly to the Committee.               KS/SA', stops: false, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.text, a.owners.map((o) => o.text)], ['The Chair asked that the trajectory be reported monthly to the Committee', ['KS', 'SA']]); } },
    { item: 'Present:\nKeith Sandoval : Chief Operating Officer\n\n081/25 Waiting times', line: 'The trajectory was discussed with the ICB and the NHS.                    ICB', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) }, // capitals nobody's initials
  ],
  decision: [
    { line: 'DECISION: the budget was approved', stops: true, then: (l) => assert.equal(l.item.decisions[0].text, 'the budget was approved') },
    { line: 'Resolved: that the budget be approved', stops: true, then: (l) => assert.equal(l.state.variants[0].kind, 'decision-keyword') },
    { line: 'The budget was discussed.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
    // the words stop at the sentence's end; the mover and seconder after it are the vote's (an imported decision reads as the published one)
    { line: 'DECISION: Approve the budget. Proposed Cllr Ames, seconded Cllr Bell.', stops: true, then: (l) => { const d = l.item.decisions[0]; assert.deepEqual([d.text, d.vote?.mover?.value, d.vote?.seconder?.value], ['Approve the budget.', 'Cllr Ames', 'Cllr Bell']); } },
  ],
  'body-agreed': [
    // the board is the subject; its second verb is the decision, read over the wrapped line
    { line: '» 120.1 The Board reviewed the action log (Appendix 1) and agreed to close actions 089 and\n093. Action 095 was marked amber.', stops: false, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'to close actions 089 and 093'); assert.equal(d.inSentence, true); } },
    { line: 'The Director presented the plan and agreed to arrange a visit.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // a person's undertaking
    // a governing body (an integrated care board's) is the board too
    { line: 'The Governing Body considered the options and resolved that the plan be approved.', stops: false, then: (l) => assert.equal(l.item.decisions[0].text, 'that the plan be approved') },
  ],
  'published-decision': [
    { line: 'The Board NOTED the patient story and thanked the family.', stops: true, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'the patient story and thanked the family.'); assert.equal(d.keyword.value, 'The Board NOTED'); } },
    { line: '**Decision**: adopt a 6-month LTS cadence', stops: true, then: (l) => assert.equal(l.item.decisions[0].text, 'adopt a 6-month LTS cadence') },
    // a resolution wrapped before its date: its words stop at its sentence's end, the record of the vote after it kept as data (the range with it)
    { line: '» RESOLVED to extend the pavilion lease with effect from\n1 April 2026. Proposed Cllr Ames, seconded Cllr Bell. All in favour.', stops: true, then: (l) => { const d = l.item.decisions[0]; assert.deepEqual([d.text, d.vote?.mover?.value, d.vote?.seconder?.value, d.vote?.unanimous, d.range.end.line - d.range.start.line, d.range.end.character], ['to extend the pavilion lease with effect from 1 April 2026.', 'Cllr Ames', 'Cllr Bell', true, 1, 68]); } },
    // the sentence after it on the wrapped line is the minutes' prose: no word of the decision, and outside its range
    { line: '» RESOLVED to accept the\nreport. Cllr Bell left the meeting.', stops: true, then: (l) => { const d = l.item.decisions[0]; assert.deepEqual([d.text, d.range.end.character], ['to accept the report.', 7]); } },
    // a second sentence on the resolution's own line is its own to say
    { line: 'RESOLVED to approve the budget. The Clerk is to publish it.', stops: true, then: (l) => assert.equal(l.item.decisions[0].text, 'to approve the budget. The Clerk is to publish it.') },
    // a count after the decision's words is the vote's, never an amount the words hold (`£38,450 for 2026/27`)
    { line: 'RESOLVED to set a precept of £12,300 for 2026/27. Proposed Cllr Ames, seconded Cllr Bell; 5 for, 1 against.', stops: true, then: (l) => { const v = l.item.decisions[0].vote; assert.deepEqual([v?.for, v?.against], [5, 1]); } },
    // a resolution the page wrapped before a year or a name's words (a full line, its sentence open): one decision over both lines
    { line: '» RESOLVED – That the library refurbishment programme be deferred to April\n2027 and reported to the Cabinet in the autumn.', stops: true, then: (l) => assert.equal(l.item.decisions[0].text, 'That the library refurbishment programme be deferred to April 2027 and reported to the Cabinet in the autumn.') },
    { line: '» RESOLVED – That a joint workshop of the Scrutiny Board and the Youth Parish\nSteering Group be held in the spring.', stops: true, then: (l) => assert.equal(l.item.decisions[0].text, 'That a joint workshop of the Scrutiny Board and the Youth Parish Steering Group be held in the spring.') },
    { line: '» RESOLVED – That the report be noted.\n2027 budget lines were then discussed.', stops: true, then: (l) => assert.equal(l.item.decisions[0].text, 'That the report be noted.') }, // a short line ended its sentence
    // a Notion export's callout block: its icon before the keyword, the colon inside the bold
    { line: '✅ **Resolved:** that the grant offer be accepted.', stops: true, then: (l) => { const d = l.item.decisions[0]; assert.deepEqual([d.text, d.keyword.value], ['that the grant offer be accepted.', 'Resolved:']); } },
    { line: '💡 Tip: resolved issues are archived weekly.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
    // the body resolved, a colon and its first part's label before the words: the label is the words'
    { line: 'Council RESOLVED: (i) to adopt the estates plan; (ii) that fees be frozen.', stops: true, then: (l) => assert.equal(l.item.decisions[0].text, '(i) to adopt the estates plan; (ii) that fees be frozen.') },
    // a project's notes: what the meeting agreed without a vote, under its own label
    { line: '**Consensus:** keep the plugin API frozen until 3.0.', stops: true, then: (l) => assert.equal(l.item.decisions[0].text, 'keep the plugin API frozen until 3.0.') },
    { line: '**Consensus:** none reached; back to the issue tracker.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
    { line: 'Proposed by Cllr Ruiz, seconded by Cllr Haney. Motion carried 4-0.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
    { line: 'The Board noted that the report was late.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // a verb in lower case is prose
    { line: '» The following were RATIFIED:\n- Charging Policy (no changes)\n- Remote Learning Policy', stops: true, then: (l) => assert.equal(l.item.decisions[0].text, 'Charging Policy (no changes)') },
    // a passive verb with nothing after it but the vote: the sentence is the decision, the count the vote's
    { line: 'The Remote Learning Policy was RATIFIED (6 for, 1 against).', stops: true, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'The Remote Learning Policy was RATIFIED'); assert.deepEqual([d.vote?.for, d.vote?.against], [6, 1]); } },
    { line: 'The budget was APPROVED (5 for, 0 against) subject to one change.', stops: true, then: (l) => assert.notEqual(l.item.decisions[0].text, 'The budget was APPROVED') }, // words after the vote: not the passive alone
    // a text column narrower than a full line, an `Action` column beside it: the next word would not have fitted, the sentence goes on
    { line: '          Cllr Bond said the pavilion roof had leaked in the storms again.\n          The Clerk will obtain quotes for repairs to the roof.           AB\n»           It was AGREED that the bonfire be lit on evening of Sat 2nd\n          November and that up to £100 be spent on refreshments.', published: true, stops: true, then: (l) => assert.equal(l.item.decisions[0].text, 'that the bonfire be lit on evening of Sat 2nd November and that up to £100 be spent on refreshments.') },
    { line: '»           It was AGREED that the bonfire be lit on evening of Sat 2nd\n          November and that up to £100 be spent on refreshments.', published: true, stops: true, then: (l) => assert.equal(l.item.decisions[0].text, 'that the bonfire be lit on evening of Sat 2nd') }, // no margin shown nearby: the line ended where it was written
    // a second verb in capitals the sentence joins on is a decision of its own (family 4); `and` with no verb after it joins objects
    { line: 'The Board APPROVED the estates plan and RATIFIED the Chair\'s action of 3 May on the lease.', stops: true, then: (l) => assert.deepEqual(l.item.decisions.map((d) => [d.keyword.value, d.text]), [['The Board APPROVED', 'the estates plan'], ['RATIFIED', 'the Chair\'s action of 3 May on the lease.']]) },
    { line: 'The Board APPROVED the estates plan and the lease.', stops: true, then: (l) => assert.equal(l.item.decisions.length, 1) },
    // a members' club's or a society's general meeting ACCEPTS its accounts; in lower case it is prose
    { line: 'The AGM ACCEPTED the independently examined accounts for 2024.', stops: true, then: (l) => assert.deepEqual([l.item.decisions[0].keyword.value, l.item.decisions[0].text], ['The AGM ACCEPTED', 'the independently examined accounts for 2024.']) },
    { line: 'Members ACCEPTED the revised subscription rates and ADOPTED the new rules.', stops: true, then: (l) => assert.deepEqual(l.item.decisions.map((d) => d.keyword.value), ['Members ACCEPTED', 'ADOPTED']) },
    { line: 'The secretary said the club accepted the invitation to the league dinner.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
  ],
  'trailing-decision': [
    { line: 'a) The Board considered the estates report. RECEIVED', stops: true, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'The Board considered the estates report'); assert.equal(d.keyword.value, 'RECEIVED'); } },
    { line: 'The Board discussed the plan, and it was RESOLVED', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // no sentence ends before the verb: it opens what follows
  ],
  'record-decision': [
    { published: true, line: 'The notes of the Board meeting held on 26 July 2022 were agreed as a correct record of proceedings.', stops: false, then: (l) => assert.equal(l.item.decisions[0].text, 'as a correct record of proceedings') },
    { published: true, line: 'The minutes of 21 January were approved with one correction: the date of the open day.', stops: false, then: (l) => assert.equal(l.item.decisions[0].text, 'with one correction') },
    { published: true, line: 'The minutes were discussed.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
    // our markup writes its decisions as `DECISION:`: there the approval stays the approval
    { line: 'The notes of the Board meeting held on 26 July 2022 were agreed as a correct record of proceedings.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
  ],
  'passive-decision': [
    { line: 'The report was accepted.', stops: true, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'The report was accepted'); assert.equal(d.inSentence, true); } },
    { line: 'GS had asked that the Board consider an exhibition. Agreed to put on the March agenda.', stops: false, then: (l) => assert.equal(l.item.decisions[0].text, 'to put on the March agenda') },
    { line: 'It was noted that the report was late.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
    { line: 'The written update circulated before the meeting was noted. The Chair thanked the officers.', stops: false, then: (l) => assert.deepEqual(l.item.decisions.map((d) => d.text), ['The written update circulated before the meeting was noted']) },
    { line: 'The point about staffing was noted.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // a point, not a document
    // figures noted, what they were in brackets carried on to the next line
    { line: 'The crime figures for May were noted (three thefts from', stops: false, then: (l) => assert.deepEqual(l.item.decisions.map((d) => d.text), ['The crime figures for May were noted']) },
    { line: 'The figures were noted by the treasurer in his own report.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // the sentence goes on: no decision
    { line: 'The report was discussed and agreed to be late.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
  ],
  presenter: [
    { line: 'Presented by Jane Smith', stops: false, then: (l) => { assert.equal(l.item.presenters[0].names[0].text, 'Jane Smith'); assert.equal(l.presenter, l.item.presenters[0]); assert.equal(l.state.variants[0].kind, 'presenter-sentence'); } },
    { line: 'The figures were discussed.', stops: false, then: (l) => assert.equal(l.item.presenters.length, 0) },
  ],
  question: [
    { line: 'Was the grant received?', stops: false, then: (l) => assert.equal(l.item.questions[0].text, 'Was the grant received?') },
    { line: 'The grant was received.', stops: false, then: (l) => assert.equal(l.item.questions.length, 0) },
  ],
  asker: [
    { line: 'Was the grant received? (Asked by Jane Smith)', before: 'question', stops: false, then: (l) => assert.equal(l.item.questions[0].asker?.text, 'Jane Smith') },
    { line: 'The grant was received.', stops: false, then: (l) => assert.equal(l.item.questions.length, 0) },
  ],
  register: [
    // a table whose first row is a group's label (a merged cell), under a heading taken for an item: the rows the register's, each on its group's list
    { item: '081/25 Attendance', line: '» Initials\tName\tRole\nMembers present\nAR\tAnn Roe\tChair\nBL\tBen Lee\nApologies\nCD\tCy Dee\t(on Teams)', stops: true, then: (l) => {
      assert.deepEqual(l.meeting.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.initials, p.role ?? ''])), [['present', 'Ann Roe', 'AR', 'Chair'], ['present', 'Ben Lee', 'BL', ''], ['apologies', 'Cy Dee', 'CD', '']]);
    } },
    { item: '081/25 Attendance', line: 'The register was signed by all present.', stops: false, then: (l) => assert.equal(l.meeting.people.length, 0) },
  ],
  attendance: [
    { item: '081/25 Apologies for absence', line: 'Apologies were received from Cllr L Whitty (work commitment). RESOLVED to accept the apologies.', stops: false, then: (l) => { const b = l.meeting.people[0]; assert.equal(b.kind, 'apologies'); assert.deepEqual(b.people.map((p) => [p.name.display, p.title, (p.qualifiers ?? []).map((q) => q.text).join()]), [['L Whitty', 'Cllr', 'work commitment']]); } },
    { item: '081/25 Apologies for absence', line: 'Cllr G Barraclough was absent; no apologies had been received.', stops: false, then: (l) => assert.deepEqual(l.meeting.people.map((b) => [b.kind, b.people[0].name.display, b.people[0].qualifiers?.[0].text]), [['absent', 'G Barraclough', 'no apologies had been received']]) },
    { item: '081/25 Apologies and substitutions', line: 'Councillor H. Rowe attended as substitute for Councillor Ferris.', stops: false, then: (l) => assert.deepEqual(l.meeting.people.map((b) => [b.kind, b.people[0].name.display, b.people[0].qualifiers?.[0].text]), [['present', 'H. Rowe', 'substitute for Councillor Ferris']]) },
    { item: '081/25 Apologies for absence', line: 'The clerk sent apologies to the council.', stops: false, then: (l) => assert.equal(l.meeting.people.length, 0) },
    // a substitute named alone, the sentence wrapped by the page: present, the qualifier on the next line
    { item: '081/25 Apologies and substitutions', line: '» Apologies were received from Cllr Dee Holt. Councillor Tam Reyes attended as\nsubstitute.', stops: false, then: (l) => {
      assert.deepEqual(l.meeting.people.map((b) => [b.kind, b.people[0].name.display, b.people[0].qualifiers?.[0]?.text ?? '']), [['apologies', 'Dee Holt', ''], ['present', 'Tam Reyes', 'substitute']]);
      assert.equal(l.meeting.people[1].people[0].qualifiers?.[0].range.start.line, 5);
    } },
    // a roll call by office and surname: the office is the member's role
    { item: '081/25 Roll call', line: 'Present: Supervisor Kerr, Clerk Soto.', stops: false, then: (l) => assert.deepEqual(l.meeting.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role])), [['present', 'Kerr', 'Supervisor'], ['present', 'Soto', 'Clerk']]) },
    // in an item about something else, a sentence about apologies is the discussion's
    { line: 'Apologies were received from Cllr L Whitty.', stops: false, then: (l) => assert.equal(l.meeting.people.length, 0) },
  ],
  arrivals: [
    { line: 'Cllr Brown joined the meeting.', stops: false, then: (l) => assert.equal(l.item.arrivals[0].name.text, 'Cllr Brown') },
    { line: 'Cllr Brown joined the meeting at 7.45pm.', stops: false, then: (l) => assert.deepEqual([l.item.arrivals[0].kind, l.item.arrivals[0].time], ['joined', '7.45pm']) },
    { line: 'Cllr Brown left the meeting after item 083/25.', stops: false, then: (l) => assert.deepEqual(l.item.arrivals[0].item, { ref: '083/25', after: true }) },
    { line: 'Cllr Keswick left the room for this item.', stops: false, then: (l) => assert.deepEqual([l.item.arrivals[0].kind, l.item.arrivals[0].withdrawal], ['left', true]) },
    { line: 'Cllr Keswick returned to the meeting.', stops: false, then: (l) => assert.equal(l.item.arrivals[0].kind, 'joined') },
    { line: 'The meeting discussed the grant.', stops: false, then: (l) => assert.equal(l.item.arrivals.length, 0) },
    // the sentence before ends with a word and a full stop: no part of the name; an initial's or a title's stop is
    { line: 'Waiting times had fallen since October. KB joined the meeting.', stops: false, then: (l) => assert.equal(l.item.arrivals[0].name.text, 'KB') },
    { line: 'Ald. Brown joined the meeting.', stops: false, then: (l) => assert.equal(l.item.arrivals[0].name.text, 'Ald. Brown') },
  ],
  adjournments: [
    { line: 'The meeting adjourned at 20:10 and reconvened at 20:25.', stops: false, then: (l) => assert.deepEqual(l.item.adjournments, [{ range: l.item.adjournments![0].range, adjourned: { time: '20:10' }, reconvened: { time: '20:25' } }]) },
    { line: 'The meeting was adjourned at 8.15 p.m. for a short break.', stops: false, then: (l) => assert.deepEqual([l.item.adjournments?.[0].adjourned, l.item.adjournments?.[0].reconvened], [{ time: '8.15 p.m.' }, undefined]) },
    { line: 'The Chair adjourned the meeting at 20:10.', stops: false, then: (l) => assert.equal(l.item.adjournments?.[0].adjourned?.time, '20:10') },
    { line: 'The meeting reconvened at 20:25 with the same members present.', stops: false, then: (l) => assert.deepEqual(l.item.adjournments?.[0].reconvened, { time: '20:25', roll: 'same' }) },
    { line: 'The Committee reconvened at 20:25. A roll call was taken.', stops: false, then: (l) => assert.deepEqual(l.item.adjournments?.[0].reconvened, { time: '20:25', roll: 'called' }) },
    { line: 'Cllr Fisher did not return after the adjournment.', stops: false, then: (l) => assert.deepEqual(l.item.arrivals.map((a) => [a.name.text, a.kind]), [['Cllr Fisher', 'left']]) },
    // an item deferred, not the meeting adjourned
    { line: 'The committee adjourned consideration of the application to the next meeting.', stops: false, then: (l) => assert.equal(l.item.adjournments, undefined) },
    { line: 'RESOLVED that the application be adjourned.', stops: false, then: (l) => assert.equal(l.item.adjournments, undefined) },
  ],
  proceedings: [
    { line: 'MOTION: That the budget be approved.', stops: true, then: (l) => assert.deepEqual(l.item.motions?.map((m) => [m.kind, m.text]), [['motion', 'That the budget be approved']]) },
    { line: 'Moved: Cllr Ahmed', stops: true, then: (l) => assert.equal(l.item.motions?.[0].mover?.text, 'Cllr Ahmed') }, // a motion of its own, its words unwritten
    { item: '081/25 Finance report\nAMENDMENT: That £500 be added.', line: 'Seconded: Cllr Brown', stops: true, then: (l) => assert.deepEqual(l.item.motions?.map((m) => [m.kind, m.seconder?.text]), [['amendment', 'Cllr Brown']]) },
    { item: '081/25 Finance report\nMOTION: That it be approved.', line: 'Vote: For 7, Against 3, Abstain 1', stops: true, then: (l) => { const v = l.item.motions![0].vote; assert.deepEqual([v.for, v.against, v.abstain], [7, 3, 1]); } },
    { item: '081/25 Finance report\nMOTION: That it be approved.', line: 'Against: Cllr Chen, Cllr Evans and Cllr Fisher', stops: true, then: (l) => assert.deepEqual(l.item.motions![0].vote.nays?.map((n) => n.text), ['Cllr Chen', 'Cllr Evans', 'Cllr Fisher']) },
    { item: '081/25 Finance report\nMOTION: That it be approved.', line: 'Casting vote: Cllr Ortega (Chair)', stops: true, then: (l) => assert.equal(l.item.motions![0].vote.castingVote?.text, 'Cllr Ortega') },
    { item: '081/25 Finance report\nMOTION: That it be approved.', line: 'Result: Withdrawn', stops: true, then: (l) => assert.equal(l.item.motions![0].result?.value, 'withdrawn') },
    { line: 'Interest: Cllr Brown, non-registrable, remained with a dispensation', stops: true, then: (l) => { const i = l.item.interests![0]; assert.deepEqual([i.member.text, i.item, i.kind?.value, i.action?.value], ['Cllr Brown', undefined, 'non-registrable', 'dispensation']); } },
    { line: 'For: information', stops: false, then: (l) => assert.equal(l.item.motions, undefined) }, // no motion open
    { line: 'Motion: the chair moved on.', stops: false, then: (l) => assert.equal(l.item.motions, undefined) }, // `MOTION:` is written in capitals
    { published: true, line: 'Moved: Cllr Ruiz', stops: false, then: (l) => assert.equal(l.item.motions, undefined) }, // published minutes: forms/votes.ts
  ],
  'bare-result': [
    { item: '081/25 Finance report\nMoved: Cllr Ruiz\nSeconded: Cllr Chen', line: 'CARRIED (4-1)', stops: true, then: (l) => { const m = l.item.motions![0]; assert.deepEqual([m.result?.value, m.vote.for, m.vote.against], ['carried', 4, 1]); } },
    { item: '081/25 Finance report\nMoved: Cllr Ruiz', line: 'DEFEATED', stops: true, then: (l) => assert.equal(l.item.motions![0].result?.value, 'lost') },
    { line: 'CARRIED', stops: false, then: (l) => assert.equal(l.item.motions, undefined) }, // no motion open
    { item: '081/25 Finance report\nMoved: Cllr Ruiz', line: 'Carried forward to the June meeting.', stops: false, then: (l) => assert.equal(l.item.motions![0].result, undefined) },
  ],
  references: [
    { line: 'Further to 057/24-A2 the clerk reported.', stops: false, then: (l) => { const r = l.item.references[0]; assert.deepEqual([r.target.seq, r.target.year, r.action], [57, 24, 2]); } },
    { line: 'The clerk reported.', stops: false, then: (l) => assert.equal(l.item.references.length, 0) },
    // a file numbered dotted: its references, never its paragraph labels or the papers' codes
    { item: `${UNI.split('\n').slice(3).join('\n')}Noted`, line: 'C.25.15.1 that the action at minute C.24.102 (C/24/61) was complete.', stops: false, then: (l) => assert.deepEqual(l.item.references.map((r) => [r.target.prefix, r.target.year, r.target.seq]), [['C.', 24, 102]]) },
  ],
  approval: [
    { line: 'The minutes of the meeting held on 3 February 2025 were approved as a correct record.', stops: false, then: (l) => assert.equal(l.meeting.approvals[0].meetingDate, '2025-02-03') },
    { line: 'The minutes were discussed.', stops: false, then: (l) => assert.equal(l.meeting.approvals.length, 0) },
  ],
  'next-meeting': [
    { line: 'The next meeting will be held on 7 April 2025.', stops: false, then: (l) => assert.equal(l.meeting.nextMeeting?.iso, '2025-04-07') },
    { line: 'The meeting of 7 April 2025 was cancelled.', stops: false, then: (l) => assert.equal(l.meeting.nextMeeting, undefined) },
  ],
  'owner-due-action': [
    // a county's committee: the owner by role, the due in its own field; the resolution above is the task
    { line: 'RESOLVED – That the depot lease be renewed.\n\nLead: Director of Property     By: June 2025', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.text, a.owners.map((o) => o.text), a.due?.text], ['That the depot lease be renewed.', ['Director of Property'], 'June 2025']); } },
    // a university's governing body: a passive paragraph the task, its office and timescale under it; the paragraph's label is no word of it
    { line: '(c) A costed plan for the car park to be prepared.\nResponsible: Bursar; timescale: Q2 2025', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.text, a.owners.map((o) => o.text), a.due?.text], ['A costed plan for the car park to be prepared.', ['Bursar'], 'Q2 2025']); } },
    { line: 'The Chair introduced the item.\nLead: Cllr Bell', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) }, // who presents: no due field
  ],
  'owner-action': [
    { line: 'RESOLVED – That the programme be approved.\n\nACTION: Director of Transport', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.text, 'That the programme be approved.'); assert.deepEqual(a.owners.map((o) => o.text), ['Director of Transport']); } },
    { line: 'Action: Director of Estates (carbon trajectory, February 2025)', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.text, 'carbon trajectory'); assert.equal(a.due?.text, 'February 2025'); } },
    { line: '81.3  that the Registrar undertook to bring a paper to the March meeting.\n\nAction: Registrar', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.text, 'that the Registrar undertook to bring a paper to the March meeting.'); assert.equal(a.due?.text, 'March meeting'); } },
    // a numbered paragraph (a board's prefixed number) that records a resolution: the resolution's words are the task, not the paragraph's subject nor the paragraphs above
    { line: 'TB/22/116.1 The Director presented the estates plan.\nTB/22/116.2 The Board resolved to approve the estates plan for 2026,\nsubject to the changes proposed.\nAction: Director of Estates', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.text, 'to approve the estates plan for 2026, subject to the changes proposed.'); assert.deepEqual(a.owners.map((o) => o.text), ['Director of Estates']); } },
    // a paragraph labelled `b)` (a college's board): the label is no word of the task; an undertaking that is all the paragraph says leaves the paragraph the task
    { line: 'b) Members asked that the next review show pass rates by campus.\nAction: Director of Quality', stops: true, then: (l) => assert.equal(l.item.actions[0].text, 'Members asked that the next review show pass rates by campus.') },
    // a body's verb closing the paragraph above (`RECEIVED`, `NOTED`) sets no task: the labelled paragraph under it is the task
    { line: 'a) The Director presented the plan. Members discussed the targets. RECEIVED\n\nb) Members asked that the next review show pass rates\nby campus.\nAction: Director of Quality', stops: true, then: (l) => assert.equal(l.item.actions[0].text, 'Members asked that the next review show pass rates by campus.') },
    { line: 'c) The Registrar undertook to circulate the handbook by 4 April 2025.\nAction: Registrar', stops: true, then: (l) => { const a = l.item.actions[0]; assert.equal(a.text, 'The Registrar undertook to circulate the handbook by 4 April 2025.'); assert.equal(a.due?.text, '4 April 2025'); assert.equal(l.item.actions.length, 1); } },
    // a paragraph that notes, resolving nothing: the paragraph is the task
    { line: 'TB/22/116.1 The Director presented the estates plan.\nTB/22/116.2 The Board NOTED the estates plan.\nAction: Director of Estates', stops: true, then: (l) => assert.equal(l.item.actions[0].text, 'The Board NOTED the estates plan.') },
    { line: 'ACTION: write to the council. Owner: Clerk.', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) }, // the canonical fields are action-keyword's
  ],
  'status-prose': [
    { line: 'Of the actions, one (minute 2231.4, the carbon trajectory) had been deferred to the February meeting.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['2231.4', 'carried forward', 'deferred to the February meeting']]) },
    { line: 'Under minute 2229.3 the consultation had concluded.', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) },
    { line: 'C.25.15.1 that the action at minute C.24.102 on the library roof had been completed.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['C.24.102', 'done', 'completed']]) },
    { line: 'C.25.15.1 that minute C.24.102 on the library roof was reported.', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) },
    // the action's own number, as a minute's
    { line: 'The Clerk said action 31 had been completed.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['31', 'done', 'completed']]) },
    // "the action" on the line above, its status on the line the page wrapped, under a minute it follows up
    { item: '081/25 Minute 7 - Rural Crime Team Staffing', line: 'The Inspector confirmed that the action\n» has been completed.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['Minute 7', 'done', 'completed']]) },
    { item: '081/25 Finance report', line: 'The Inspector confirmed that the action\n» has been completed.', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) }, // no minute followed up
    // under a review of the earlier actions, a matter named by its subject
    { item: '081/25 Matters arising', line: 'The new noticeboard has been finished. Cllr Ames thanked the Clerk.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['The new noticeboard', 'done', 'finished']]) },
    { item: '081/25 Matters arising', line: 'The footpath survey remains outstanding.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['The footpath survey', 'open', 'outstanding']]) },
    { line: 'The new noticeboard has been finished.', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) }, // no review of actions
    { item: '081/25 Matters arising', line: 'The repair is complete except for the gutter.', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) }, // the status word does not end the sentence
  ],
  'closed-actions': [
    { line: 'The Committee considered the log and resolved to close actions 12 and 14.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['12', 'done', 'close'], ['14', 'done', 'close']]) },
    { line: '» 120.1 The Board reviewed the action log (Appendix 1) and agreed to close actions 089 and\n093. Action 095 was marked amber.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.written]), [['089', 'close'], ['093', 'close']]) },
    { line: 'It was agreed to withdraw action PC24/031.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status]), [['PC24/031', 'dropped']]) },
    { line: 'The Board agreed to close the car park on Sundays; no action was needed.', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) },
  ],
  'status-row': [
    { item: '081/25 Actions from the previous meeting', line: 'PC24/031\tRepaint the bus shelter\tClerk\tDone', stops: true, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['PC24/031', 'done', 'Done']]) },
    { item: '081/25 Matters arising', line: '112.3\tTree survey\tJW\tIn progress – awaiting quote', stops: true, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written, s.note]), [['112.3', 'open', 'In progress', 'awaiting quote']]) },
    { line: 'PC24/031\tRepaint the bus shelter\tClerk\tDone', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) }, // no review of actions
    { item: '081/25 Matters arising', line: 'Halden Grounds Ltd\tGrass cutting, done in April\t£640.00', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) }, // no reference, no status cell
    // a matters-arising paragraph naming the minute in words (a lettered paragraph of it), read on for its references
    { item: '081/25 Matters arising', line: 'b) Minute 77 d) (speed survey): in progress; results to the May meeting.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['Minute 77 d)', 'open', 'in progress']]) },
    { item: '081/25 Minutes of the last meeting and matters arising', line: '(2).\tMin. 12/24 – Bus shelter: the glass was replaced in May; closed.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['Min. 12/24', 'done', 'closed']]) },
    // the status on the line the page wrapped: the paragraph read back names the minute
    { item: '081/25 Matters arising', line: 'c) Minute 79 (hedge cutting on the\n» green): postponed until the next meeting.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['Minute 79', 'carried forward', 'postponed until the next meeting']]) },
    { item: '081/25 Matters arising', line: 'a) Minute 80 – Outstanding Debts: Members discussed the policy.', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) }, // a subject, no status
    { item: '081/25 Finance report', line: 'a) Minute 80 (debts): complete.', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) }, // no review of actions
  ],
  'status-group': [
    // a log grouped under status headings, no status column: the row takes its heading's status, the note after the dash left out
    { item: '081/25 Actions from the previous meeting', line: 'Complete – propose closure\n\tPC24/031\tRepaint the bus shelter\tClerk', stops: true, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written, s.note]), [['PC24/031', 'done', 'Complete', 'propose closure']]) },
    { item: '081/25 Actions from the previous meeting', line: 'Deferred to May 2025\n\tPC24/033\tSurvey the footpath\tClerk\n\tPC24/035\tOrder the bins\tRFO', stops: true, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['PC24/033', 'carried forward', 'Deferred to May 2025'], ['PC24/035', 'carried forward', 'Deferred to May 2025']]) },
    // the heading's line is the group's, with no status of its own
    { item: '081/25 Actions from the previous meeting', line: '» In progress\n\tPC24/031\tRepaint the bus shelter\tClerk', stops: true, then: (l) => assert.equal(l.meeting.statusReviews, undefined) },
    { item: '081/25 Actions from the previous meeting', line: 'The Clerk reported:\n\tPC24/031\tRepaint the bus shelter\tClerk', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) }, // no heading over the row
    { item: '081/25 Finance report', line: 'Complete – propose closure\n\tPC24/031\tRepaint the bus shelter\tClerk', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) }, // no review of actions
  ],
  'prior-actions': [
    // under a review's title, a paragraph opening with the last meeting's item recalls an action: wholly that, its status still to come
    { item: '081/25 Matters arising', line: '(item 7) Clerk to obtain quotes for the bench.', stops: true, then: (l) => { assert.equal(l.meeting.statusReviews, undefined); assert.equal(l.item.actions.length, 0); } },
    // a scribe's recall of a tracker's action, then the replies: the first that gives a status
    { item: '081/25 Open actions', line: '<chair> action-12: Kenji, tile matrix sets\nBea: the draft is up.\nKenji: closed, merged last week', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['action-12', 'done', 'closed']]) },
    { line: 'Ana: action #40 – Li, glossary\nAna: so #40 is still open.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['#40', 'open', 'still open']]) },
    { line: 'Ana: action #40 – Li, glossary\nLi: still open?', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) }, // a question tells no status
    { line: 'Ana: action #40 – Li, glossary\nLi: #41 is done, this one not yet.', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) }, // another action's status
    { line: 'ACTION: Li to write the glossary\nLi: done soon.', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) }, // a new action: nothing recalled
    // the response after it gives the status
    { item: '081/25 Matters arising', line: '(item 7) Clerk to obtain quotes for the bench.\nThe Clerk reported the quotes had been circulated.', stops: false, then: (l) => assert.deepEqual(l.meeting.statusReviews?.map((s) => [s.ref, s.status, s.written]), [['Clerk to obtain quotes for the bench', 'done', 'The Clerk reported the quotes had been circulated']]) },
    { line: 'Item 7: Clerk to obtain quotes for the bench.', stops: false, then: (l) => assert.equal(l.meeting.statusReviews, undefined) }, // no review's lead-in
  ],
  'led-decision': [
    // (`The Committee:` over bullets each opening with its verb: decisionStatusForms.test.ts, a bullet's line being two segments)
    // the body notes a document in a sentence of its own; the page may wrap it after the verb
    { line: 'The Committee noted the update. Mrs Lowe left the meeting.', stops: false, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'the update'); assert.equal(d.keyword.value, 'The Committee noted'); } },
    { line: 'The estimate was within range. The Committee noted\nthe report.', stops: false, then: (l) => assert.equal(l.item.decisions[0].text, 'the report') },
    { line: 'The Committee noted the action log:', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // a lead to the table below
    { line: 'The Committee noted that the report was late.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // a point of the discussion
    // the body's own verb in lower case, with its own name before the body's word (heldOut17)
    { line: 'The Management Board adopted the agenda without changes.', stops: false, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'the agenda without changes'); assert.equal(d.keyword.value, 'The Management Board adopted'); } },
    { line: 'The Chief Executive approved the claims.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // a person's act
  ],
  'quoted-motion': [
    // a union branch's motion quoted in full over its mover, seconder, count and result (heldOut17)
    { line: '"That this Branch supports the pay claim and commits to a\nworkplace meeting in every department."\nProposed: AB\tSeconded: PC\nFor 7, against 0, abstentions 1. CARRIED.', stops: false, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'That this Branch supports the pay claim and commits to a workplace meeting in every department.'); assert.equal(d.range.end.line - d.range.start.line, 3); } },
    { line: '"That the branch ballots members on strike action."\nProposed: KM\tSeconded: TD\nFor 3, against 9. LOST.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // lost: no decision
    { line: '"That the office closes on Fridays" was the subject of a letter.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // no record below: a quotation
  ],
  'body-decision': [
    { line: 'Governors agreed to appoint the candidate.', stops: false, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'to appoint the candidate.'); assert.equal(d.keyword.value, 'Governors agreed'); } },
    { line: 'The vacancy was discussed. Governors\nagreed to appoint the candidate.', stops: false, then: (l) => assert.equal(l.item.decisions[0].text, 'to appoint the candidate.') },
    { line: 'Ms Oduwole agreed to share a draft.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // a person's undertaking, not the body's decision
    // the sentence the page wrapped runs on, to its end
    { line: 'The Committee agreed that the interest did not prevent\nher from taking part. The Chair thanked her.', stops: false, then: (l) => assert.equal(l.item.decisions[0].text, 'that the interest did not prevent her from taking part.') },
  ],
  undertaking: [
    { item: US, line: 'Approved as a true record. Clerk to sign when next in the office.', stops: false, then: (l) => { const a = l.item.actions[0]; assert.equal(a.text, 'sign when next in the office'); assert.deepEqual(a.owners.map((o) => o.text), ['Clerk']); } },
    { item: US, line: 'Consensus was to proceed. Staff were directed to bring back a written plan\nat the July 7 meeting.', stops: false, then: (l) => { const a = l.item.actions[0]; assert.equal(a.text, 'bring back a written plan at the July 7 meeting'); assert.equal(a.due?.text, 'July 7 meeting'); } },
    { item: US, line: 'Mayor Lindqvist asked the City\nEngineer to follow up with Ms. Marsh directly.', stops: false, then: (l) => assert.deepEqual(l.item.actions.map((a) => [a.text, a.owners[0].text]), [['follow up with Ms. Marsh directly', 'City Engineer']]) },
    { item: US, line: 'The ditch will be inspected this week.', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) }, // a passive owns nothing
    // the one asked answers in the next sentence: one action, the undertaking (what and by when)
    { item: US, line: 'Mayor Lindqvist asked the City Engineer to look at the crossing. City Engineer Marsh will report back on options by the May 6 meeting.', stops: false, then: (l) => assert.deepEqual(l.item.actions.map((a) => [a.text, a.owners[0].text, a.due?.text]), [['report back on options by the May 6 meeting', 'City Engineer Marsh', 'May 6 meeting']]) },
    // staff undertook it, the officer who will do it named in brackets closing the sentence
    { item: US, line: 'Staff will post the revised policy by May 6, 2025 (Ms. Quist).', stops: false, then: (l) => assert.deepEqual(l.item.actions.map((a) => a.owners.map((o) => o.text)), [['Ms. Quist']]) },
    { line: 'The Commissioner will take a report to the Board.', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) }, // a file numbered NNN/YY labels its actions: prose is narrative
    // a council's web page numbered NNN/YY (the item's agenda text, then `Minutes:` over the minute) is a board's own: its prose undertakings are actions
    { item: 'Skip to main content\n\n42/24\nHOUSING STRATEGY pdf icon PDF 215 KB\nMinutes:', line: 'The Director of Housing undertook to send the revised figures to members by 3rd October, 2024.', stops: false, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.text, a.owners.map((o) => o.text), a.due?.text], ['send the revised figures to members by 3rd October, 2024', ['The Director of Housing'], '3rd October, 2024']); } },
    { item: 'Skip to main content\n\n42/24\nHOUSING STRATEGY pdf icon PDF 215 KB', line: 'The Director of Housing undertook to send the revised figures to members by 3rd October, 2024.', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) }, // no `Minutes:` line: our own NNN/YY minutes on a web page read as ours
  ],
  'vote-line': [
    { line: 'The board APPROVED the revised budget.\nVote: 7 for, 0 against, 1 abstention (DA).', stops: false, then: (l) => { const v = l.item.decisions[0].vote; assert.deepEqual([v?.for, v?.against, v?.abstentions, v?.abstainers?.map((a) => a.value)], [7, 0, 1, ['DA']]); } },
    { line: 'The board APPROVED the revised budget.\n\nVote of thanks to the staff.', stops: false, then: (l) => assert.equal(l.item.decisions[0].vote, undefined) },
  ],
  'division': [
    // a division by name, a side a line, under its decision: the decision's vote (the later sides' lines taken with it)
    { line: 'The Council APPROVED the hedge works.\nFor (2): Cllr Amis and Cllr Boyd\nAgainst (1): Cllr Cross', stops: true, published: true, then: (l) => { const v = l.item.decisions[0].vote; assert.deepEqual([v?.for, v?.against, v?.ayes?.map((a) => a.value), v?.nays?.map((a) => a.value)], [2, 1, ['Cllr Amis', 'Cllr Boyd'], ['Cllr Cross']]); } },
    // near misses: one side alone, or a label that is no side (no count, no colon), is no division
    { line: 'The Council APPROVED the hedge works.\nFor: the proposal as amended', stops: false, published: true, then: (l) => assert.equal(l.item.decisions[0].vote, undefined) },
    { line: 'For the avoidance of doubt, the hedge is the Council\'s.', stops: false, published: true, then: (l) => assert.equal(l.item.decisions.length, 0) },
  ],
  'template-action': [
    // a wiki's template: owners, task and due in its fields
    { line: '{{Action|HP, RT|Vehicle quotes, report to July meeting|July meeting}}', stops: true, then: (l) => { const a = l.item.actions[0]; assert.deepEqual([a.owners.map((o) => o.text), a.text, a.due?.text], [['HP', 'RT'], 'Vehicle quotes, report to July meeting', 'July meeting']); } },
    // an empty due field gives none
    { line: '{{Action|SR|Volunteer expenses policy|}}', stops: true, then: (l) => assert.equal(l.item.actions[0].due, undefined) },
    // near misses: another template, or an action template with no task, is no action
    { line: '{{Done|HP}}', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
    { line: '{{Action|HP}}', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) },
  ],
  'motion-resolves': [
    // a union's motion: the heading is taken, the first paragraph is the one decision, because the vote line says it passed
    { line: '» **Union Council resolves:**\n1. To back the rent strike.\n2. To fund legal advice.\nMotion carried 30–4.', stops: true, then: (l) => { assert.deepEqual(l.item.decisions.map((d) => d.text), ['To back the rent strike.']); assert.equal(l.item.decisions[0].keyword.value, 'resolves'); } },
    { line: '» > **Society resolves**\n> 1. To leave the federation.\n\nThe motion fell.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
  ],
  'decision-heading': [
    // the heading is taken (no decision of its own); the numbered paragraph under it is the decision, later ones its parts
    { line: 'Resolved\n\n81.1  that the minutes be approved.', stops: false, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'that the minutes be approved.'); assert.equal(d.keyword.value, 'Resolved'); assert.equal(l.item.decisions.length, 1); } },
    { line: 'Noted that the report was late.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // a sentence, no heading
    { line: 'Received\nC.25.16.1 the report of the Director of Estates (C/25/09).', stops: false, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'the report of the Director of Estates (C/25/09).'); assert.equal(d.keyword.value, 'Received'); } },
    { line: 'Received\nC.25 the report of the Director of Estates.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // letters and a year alone number no paragraph
  ],
  motion: [
    { line: 'Motion by Haney, second by Ortega, to approve the agenda. Motion carried 4-0.', stops: false, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'to approve the agenda'); assert.deepEqual([d.vote?.mover?.value, d.vote?.seconder?.value, d.vote?.for, d.vote?.against, d.vote?.result], ['Haney', 'Ortega', 4, 0, 'carried']); } },
    { line: 'Consensus was to proceed.', stops: false, then: (l) => assert.equal(l.item.decisions[0].text, 'to proceed') },
    // a Californian board's shorthand: mover/seconder after `M/S`, the motion wrapped, its vote on the lines below
    { line: 'M/S: Haney/Ortega to approve the well rehabilitation contract in an amount\nnot to exceed $80,000.\nVote: 4-0-0-1 (Absent: Quinn)\nMotion passed.', stops: false, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'to approve the well rehabilitation contract in an amount not to exceed $80,000'); assert.deepEqual([d.vote?.mover?.value, d.vote?.seconder?.value, d.vote?.result], ['Haney', 'Ortega', 'carried']); } },
    // a council's web minutes: mover/seconder bracketed, the result after; a motion that failed is no decision
    { line: 'Motion (Ruiz/Haney) to approve the agenda as presented. Carried by voice vote, 5-0.', stops: false, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'to approve the agenda as presented'); assert.deepEqual([d.vote?.mover?.value, d.vote?.seconder?.value, d.vote?.for, d.vote?.against, d.vote?.result], ['Ruiz', 'Haney', 5, 0, 'carried']); } },
    { line: 'Motion (Ruiz/Haney) to close the pool on Sundays. Roll call: Ayes – Ruiz, Haney (2). Noes – Kim, Ortega, Bell (3). Failed.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
    // a motion to table inside the record failed; the main motion's vote on the line below carried it
    { line: 'Motion (Ruiz/Haney) to adopt the fee schedule. Ald. Kim moved to table; the motion to table failed for lack of a second.\nRoll call on the main motion: Ayes – Ruiz, Haney, Bell (3). Noes – Kim (1). Carried.', stops: false, then: (l) => { const d = l.item.decisions; assert.deepEqual([d.length, d[0].text, d[0].range.end.line - d[0].range.start.line], [1, 'to adopt the fee schedule', 1]); } },
    { line: 'M/S figures for the quarter were circulated.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
    { line: 'The motion was discussed at length.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
    // the whole motion in capitals
    { line: 'MOVED BY TRUSTEE KIM, SECONDED BY TRUSTEE ALVAREZ, THAT THE BOARD APPROVE THE BUDGET.', stops: false, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'THAT THE BOARD APPROVE THE BUDGET'); assert.deepEqual([d.vote?.mover?.value, d.vote?.seconder?.value], ['TRUSTEE KIM', 'TRUSTEE ALVAREZ']); } },
    { line: 'MOTION BY THE CHAIR WAS WITHDRAWN.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) },
    // a working group's scribe: the motion's words first, its mover, seconder and counts on the lines below (never the action after them)
    { line: 'MOTION to adopt the revised code list.\nMoved: Ana Ruiz / Second: Li Wei\nVOTE: Against: 0; Abstain: 0; In favor: 5\nACTION: Li to publish the list', stops: false, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'to adopt the revised code list'); assert.deepEqual([d.vote?.mover?.value, d.vote?.seconder?.value, d.vote?.for, d.vote?.against, d.range.end.line - d.range.start.line], ['Ana Ruiz', 'Li Wei', 5, 0, 2]); } },
    { line: 'Motion to adjourn the discussion until the vendors reply.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // nobody seconded it, no vote: no motion recorded
    // a club's or an association's general meeting: `Motion:` and its words, the proposer and seconder below
    { line: 'Motion: That rule 14 be amended so that the annual subscription is £30.\nProposed: Ann Lowe. Seconded: Raj Bhatt.\nVote: 41 for, 3 against. Carried.', stops: false, then: (l) => { const d = l.item.decisions[0]; assert.equal(d.text, 'That rule 14 be amended so that the annual subscription is £30'); assert.equal(d.keyword.value, 'Motion:'); } },
    { line: 'Motion: that the society affiliate to the county federation.\nSeconded by Jo Hart.', stops: false, then: (l) => assert.equal(l.item.decisions[0].text, 'that the society affiliate to the county federation') },
    { line: 'Motion: That the hall be repainted.\nMembers discussed the cost.', stops: false, then: (l) => assert.equal(l.item.decisions.length, 0) }, // no one proposed or seconded it: no motion recorded
  ],
  'bold-action': [
    { line: '**Clerk to write to the council.**', stops: false, then: (l) => { assert.equal(l.item.actions[0].bold, true); assert.equal(l.state.variants[0].kind, 'bold-action'); } },
    { line: '**Noted.**', stops: false, then: (l) => assert.equal(l.item.actions.length, 0) }, // too short for a sentence
  ],
};

const inlineByName = new Map(INLINE.map((r) => [r.name, r]));

for (const [name, cases] of Object.entries(INLINE_CASES)) {
  test(`inline recogniser ${name}`, () => {
    const r = inlineByName.get(name);
    assert.ok(r, `${name} is in the inline table`);
    for (const c of cases) {
      const text = name === 'bold-action' ? `# Board\nActions are shown in bold.\n081/25 Finance report\n${c.line}` : c.published ? `BOARD MEETING\nTuesday 3 March 2025\n\n081/25 Finance report\n${c.line}` : c.item ? `${HEAD}${c.item}\n${c.line}` : `${ITEM}${c.line}`;
      const line = lineOf(text);
      if (c.before) inlineByName.get(c.before)!.run(line);
      assert.equal(r.run(line), c.stops, `${name} on ${JSON.stringify(c.line)}`);
      c.then(line);
    }
  });
}

test('every inline recogniser has cases', () => {
  assert.deepEqual(Object.keys(INLINE_CASES).sort(), INLINE.map((r) => r.name).sort());
});
