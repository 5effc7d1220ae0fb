import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isColumnHeader, meetingHeading } from '#service/forms/meetingHeading';
import { parse } from '#service';

const fixtures = join(__dirname, '..', '..', 'test', 'fixtures');
const read = (path: string) => readFileSync(join(fixtures, path), 'utf8').split(/\r\n|\r|\n/);

/** The parts a reading gives (an absent part is left out, as in the expectations). */
const defined = (o: Record<string, string | undefined>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

interface Reading { title: string; date: string; time?: string; venue?: string }

/**
 * What a careful reader takes as the heading of each document: the body and meeting (heading
 * lines joined with ` – `, as printed), the date of the meeting, its start time on the 24-hour
 * clock and the place. Written by reading the documents, not from the parser's output.
 */
const READINGS: Record<string, Reading> = {
  'layouts/01-council-committee-pdf.txt': { title: 'NORTHVALE COMBINED AUTHORITY – TRANSPORT AND INFRASTRUCTURE COMMITTEE', date: '2025-03-14', time: '10:00', venue: 'THE BOARD ROOM, 2 QUAYSIDE PLACE, HARTLEBURY' },
  'layouts/02-moderngov-web-panel.txt': { title: 'Wyemarsh Police and Crime Panel', date: '2023-12-07', time: '10:30', venue: 'Council Chamber, County Hall, Lydbrook Road, Wyemarsh WM1 4RT' },
  'layouts/03-parish-council.txt': { title: 'ASHCOMBE ST MARY PARISH COUNCIL', date: '2024-06-11', time: '19:30', venue: 'Ashcombe Village Hall, Church Road' },
  'layouts/04-nhs-trust-board.txt': { title: 'Thornbury and Wealdside NHS Foundation Trust – BOARD OF DIRECTORS – MEETING HELD IN PUBLIC', date: '2022-10-06', time: '09:30–12:45', venue: 'Boardroom, Wealdside House and via Microsoft Teams' },
  'layouts/05-school-governing-board.txt': { title: 'Fernhill Church of England Primary School – FULL GOVERNING BOARD MEETING', date: '2021-11-09', time: '18:00', venue: 'remotely via Microsoft Teams' },
  'layouts/06-charity-wiki.txt': { title: 'Tollbridge Community Archive – Board of Trustees meeting', date: '2020-02-18', time: '19:00', venue: 'Reading Room, Tollbridge Library (and by phone)' },
  'layouts/07-university-council.txt': { title: 'UNIVERSITY OF CARROW – COUNCIL', date: '2024-11-25', time: '14:00', venue: 'the Senate Room, Old College, and by video link' },
  'layouts/08-us-city-council.txt': { title: 'CITY OF PRAIRIE FORK – REGULAR CITY COUNCIL MEETING', date: '2020-06-16', time: '18:00' },
  'layouts/09-standards-wg-scribe.txt': { title: 'Fares Working Group Teleconference', date: '2023-09-07' },
  'layouts/10-oss-steering-markdown.txt': { title: 'Harbourline Technical Steering Committee (TSC) Meeting', date: '2026-01-14' },
  'corpus/spcb-2020-01-21.txt': { title: 'STRATEGIC POLICING AND CRIME BOARD', date: '2020-01-21', venue: 'Main Conference room (G2), Lloyd House' },
  'corpus/spcb-2022-09-27.txt': { title: 'STRATEGIC POLICING AND CRIME BOARD', date: '2022-09-27', time: '10:00–13:00' },
  // the file opens with the agenda of the January 2024 meeting: that is the heading a reader sees first
  'corpus/spcb-2023-12-19-with-2024-01-agenda.txt': { title: 'STRATEGIC POLICING AND CRIME BOARD', date: '2024-01-23', time: '10:00–13:00' },
};

test('the title, date, time and place a reader gives each layout and corpus document', () => {
  for (const [file, want] of Object.entries(READINGS)) {
    const lines = read(file);
    const h = meetingHeading(lines);
    const time = h.time && (h.time.to ? `${h.time.from}–${h.time.to}` : h.time.from);
    assert.deepEqual(defined({ title: h.title?.text, date: h.date?.iso, time, venue: h.venue?.text }), want, file);
    // every span is where it says, inside its line
    for (const s of [...(h.title?.spans ?? []), h.date, h.time, h.venue]) {
      if (!s) continue;
      assert.ok(s.start >= 0 && s.end <= lines[s.line].length && s.start <= s.end, `${file}:${s.line + 1}`);
    }
    if (h.date) assert.ok(lines[h.date.line].slice(h.date.start, h.date.end).replace(/<[^>]+>/g, '').includes(h.date.text), `${file} date span`);
  }
});

const heading = (text: string) => meetingHeading(text.split('\n'));

test('the heading forms of the families (invented text)', () => {
  const cases: Array<[string, Reading]> = [
    ['HARBURY TOWN COUNCIL\n\nMINUTES OF THE MEETING HELD ON MONDAY, 3 MARCH 2025 AT 7.00 PM\nIN THE COUNCIL CHAMBER, TOWN HALL\n\nPresent:', { title: 'HARBURY TOWN COUNCIL', date: '2025-03-03', time: '19:00', venue: 'THE COUNCIL CHAMBER, TOWN HALL' }],
    ['Millbrook Academy Trust\nLocal Governing Board\nDate:\t14.03.23\nTime:\t16:00\nVenue:\tLibrary\nPresent:', { title: 'Millbrook Academy Trust – Local Governing Board', date: '2023-03-14', time: '16:00', venue: 'Library' }],
    ['Audit Committee - Tuesday, 24th February, 2026 2.00 pm\n\nVenue: Room 4, Civic Centre. View directions\n\nItems\nNo.\tItem', { title: 'Audit Committee', date: '2026-02-24', time: '14:00', venue: 'Room 4, Civic Centre' }],
    ['# Data WG Meeting 2025-11-05\n\n## Present', { title: 'Data WG Meeting', date: '2025-11-05' }],
    ['CITY OF ELM RIDGE\nCITY COUNCIL MINUTES\nMarch 3, 2021 – 7:00 P.M.\nRoll Call', { title: 'CITY OF ELM RIDGE – CITY COUNCIL MINUTES', date: '2021-03-03', time: '19:00' }],
    ['Minutes of the Meeting of Elmstead Parish Council held on Tuesday 9th July 2024\nat 7.30pm in the Village Hall\nPresent: Cllr A', { title: 'Elmstead Parish Council', date: '2024-07-09', time: '19:30', venue: 'the Village Hall' }],
    // `Proceedings of the … Meeting` names the kind of record, no body
    ['VILLAGE OF CEDAR BLUFF\nBOARD OF TRUSTEES\nProceedings of the Special Meeting – Monday, March 3, 2025 – 7:00 p.m.\nVillage Hall\n\nI. CALL TO ORDER', { title: 'VILLAGE OF CEDAR BLUFF – BOARD OF TRUSTEES', date: '2025-03-03', time: '19:00', venue: 'Village Hall' }],
    // `minutes of the meeting` after the body's name is the document's words, no part of the name
    ['Ashby Otter Trust (CIO 1234567)\nTrustee Board – minutes of the meeting held on Monday 2 March 2026\n7.00pm, The Barn\nAttendance', { title: 'Ashby Otter Trust (CIO 1234567) – Trustee Board', date: '2026-03-02', time: '19:00', venue: 'The Barn' }],
    // near miss: a meeting named after the body stays (`– Board meeting, 3 March`)
    ['Ashby Otter Trust – Board meeting, 3 March 2026\nPresent: A', { title: 'Ashby Otter Trust – Board meeting', date: '2026-03-03' }],
    // `the Full Council` is the whole of the council named above
    ['HARBURY TOWN COUNCIL\n\nMinutes of the meeting of the Full Council held in the Town Hall on Monday 3 March 2025 at 7.00pm\n\nPresent:', { title: 'HARBURY TOWN COUNCIL', date: '2025-03-03', time: '19:00', venue: 'the Town Hall' }],
  ];
  for (const [text, want] of cases) {
    const h = heading(text);
    assert.deepEqual(defined({ title: h.title?.text, date: h.date?.iso, time: h.time?.from, venue: h.venue?.text }), want, text);
  }
});

test('a web page\'s own title naming the body, the meeting and its date, over the minutes\' heading: the body\'s line of its own is the title (invented text)', () => {
  const h = heading('Agendas & Minutes\nMinutes: Town Board - Special Meeting - Mar 3 2025\n\nTOWN OF CEDAR BLUFF\nTOWN BOARD\nProceedings of the Special Meeting – Monday, March 3, 2025 – 7:00 p.m.\n\nI. CALL TO ORDER');
  assert.equal(h.title?.spans[h.title.spans.length - 1].text, 'TOWN BOARD');
  assert.equal(h.date?.iso, '2025-03-03');
});

test('a web page\'s post title with the meeting\'s date, then the post\'s date and author, over the minutes\' own heading with the weekday: the minutes\' heading gives the meeting, its time and place (invented text)', () => {
  const page = ['Skip to main content', 'Menu', 'Home', 'About us', 'News', 'Contact', 'Search', '← Back to Meetings', '',
    'Planning Committee Minutes – 4 March 2025', 'Posted 11 March 2025', 'by the Secretary', '',
    'ASHFORD VALLEY HOUSING ASSOCIATION', 'PLANNING COMMITTEE', 'Minutes of the Meeting', 'Tuesday 4 March 2025, 7.00pm', 'Village Hall, Mill Lane', '',
    'Present: Ruth Okafor (Chair), Tom Bell, Asha Patel', '', '1. Apologies', 'None.'];
  const h = heading(page.join('\n'));
  assert.equal(h.title?.spans[h.title.spans.length - 1].text, 'PLANNING COMMITTEE');
  assert.deepEqual([h.date?.line, h.date?.iso, h.time?.text, h.venue?.text], [16, '2025-03-04', '7.00pm', 'Village Hall, Mill Lane']);
  // without the site's frame the first dated heading stays the meeting's: a document's own title line is no post's
  const doc = heading(page.slice(9).join('\n'));
  assert.equal(doc.date?.line, 0);
  // a later line that opens otherwise is no heading of the minutes (the post's byline), nor is a date a label gives passed over
  const byline = heading([...page.slice(0, 10), 'Posted on Tuesday 4 March 2025 by the Secretary', '', 'PLANNING COMMITTEE', '', '1. Apologies', 'None.'].join('\n'));
  assert.equal(byline.date?.line, 9);
  const labelled = heading([...page.slice(0, 9), 'PLANNING COMMITTEE', 'Date: 4 March 2025', 'Site visit: Tuesday 4 March 2025, 5pm, Mill Lane', '', '1. Apologies', 'None.'].join('\n'));
  assert.equal(labelled.date?.line, 10);
});

test('a club\'s or a society\'s general meeting: `Annual General Meeting` under the body\'s line names only the kind of meeting, and the body is the title (invented text)', () => {
  const h = heading('Ashcombe Rowing Club\nAnnual General Meeting\nSunday 9th March 2025, 2pm, the Boathouse\n\n1. Welcome\nThe Captain welcomed members.');
  assert.equal(h.title?.text, 'Ashcombe Rowing Club');
  assert.equal(h.date?.iso, '2025-03-09');
  const e = heading('FERNLEA ALLOTMENT SOCIETY\nEXTRAORDINARY GENERAL MEETING\n12 June 2025\n\n1. Rules');
  assert.equal(e.title?.text, 'FERNLEA ALLOTMENT SOCIETY');
  // alone, the kind of meeting is still the title
  assert.equal(heading('Annual General Meeting\n12 June 2025\n\n1. Rules').title?.text, 'Annual General Meeting');
});

test('a heading wrapped before its date names the body printed above it, not `the Parish Council` nor `held on Thursday` (invented text)', () => {
  const cases: Array<[string, Reading]> = [
    ['ASHWORTH PARISH COUNCIL\n\nMINUTES OF THE ANNUAL MEETING OF THE PARISH COUNCIL HELD ON THURSDAY\n12 JUNE 2025 AT 7.30PM IN THE PAVILION\n\nPresent:', { title: 'ASHWORTH PARISH COUNCIL', date: '2025-06-12', time: '19:30', venue: 'THE PAVILION' }],
    ['ASHWORTH PARISH COUNCIL\nMINUTES OF THE MEETING OF THE PARISH\nCOUNCIL HELD ON TUESDAY 4 MARCH 2025 AT 7.00 PM\nPresent:', { title: 'ASHWORTH PARISH COUNCIL', date: '2025-03-04', time: '19:00' }],
    ['Ashworth Parish Council\nMinutes of the Parish Council Meeting held on\nTuesday 4 March 2025 at 7.00 pm\nPresent:', { title: 'Ashworth Parish Council', date: '2025-03-04', time: '19:00' }],
    // a near miss: the committee is not the authority above it, and stays
    ['KESTON DISTRICT COUNCIL\nMINUTES OF THE MEETING OF THE LICENSING COMMITTEE HELD ON\nMONDAY 3 MARCH 2025\nPresent:', { title: 'KESTON DISTRICT COUNCIL – LICENSING COMMITTEE', date: '2025-03-03' }],
  ];
  for (const [text, want] of cases) {
    const h = heading(text);
    assert.deepEqual(defined({ title: h.title?.text, date: h.date?.iso, time: h.time?.from, venue: h.venue?.text }), want, text);
  }
});

test('a Word document\'s heading in capitals names the body: the words before the date name it again, or the meeting under it (invented text)', () => {
  const cases: Array<[string, Reading]> = [
    ['                 DRAFT – subject to approval\n\n              HOLMFIRTH VALE TOWN COUNCIL\n\nMinutes of the Town Council meeting held on Monday 7 April 2025 at 7.30pm\nin the Council Chamber\n\nPresent:', { title: 'HOLMFIRTH VALE TOWN COUNCIL', date: '2025-04-07', time: '19:30', venue: 'the Council Chamber' }],
    ['ELMSWORTH PARISH COUNCIL\nMinutes of the Parish Council Meeting held on 2 June 2025\nPresent:', { title: 'ELMSWORTH PARISH COUNCIL', date: '2025-06-02' }],
    // a near miss: a committee of the council is more than its name, and stays
    ['ELMSWORTH PARISH COUNCIL\nMinutes of the Planning Committee meeting held on 2 June 2025\nPresent:', { title: 'ELMSWORTH PARISH COUNCIL – Planning Committee meeting', date: '2025-06-02' }],
  ];
  for (const [text, want] of cases) {
    const h = heading(text);
    assert.deepEqual(defined({ title: h.title?.text, date: h.date?.iso, time: h.time?.from, venue: h.venue?.text }), want, text);
  }
});

test('the heading stands above the first item: a date in an item or sub-item under it is never the meeting\'s (a document viewer\'s page, invented text)', () => {
  const lines = 'Loading...\nHomeMy WebLinkAbout2024-10-08 Board Minutes\n\nMAPLE GROVE SCHOOL DISTRICT\nBOARD OF TRUSTEES – REGULAR MEETING\nTuesday, October 8, 2024 – 7:00 p.m.\n\n1.0  CALL TO ORDER\nPresident Vance called the meeting to order.\n\n2.0  CONSENT AGENDA\n     2.1  Minutes of the September 10, 2024 Regular Meeting\nMotion carried 5-0.\n\n3.0  ADJOURNMENT\nThe meeting adjourned at 8:10 p.m.\n'.split('\n');
  const h = meetingHeading(lines, { firstItem: 7 });
  assert.deepEqual([h.title?.text, h.date?.iso], ['MAPLE GROVE SCHOOL DISTRICT – BOARD OF TRUSTEES – REGULAR MEETING', '2024-10-08']);
  const doc = parse(lines.join('\n'));
  assert.deepEqual([doc.meeting?.title?.value, doc.meeting?.date?.iso, doc.scheme], ['BOARD OF TRUSTEES – REGULAR MEETING', '2024-10-08', 'per-meeting']);
  // a near miss: with no item found, a date further down is still read (a heading's date below its title)
  assert.equal(meetingHeading('MAPLE GROVE SCHOOL DISTRICT\n\nBoard of Trustees\n\nTuesday, October 8, 2024\nPresent:'.split('\n')).date?.iso, '2024-10-08');
});

test('never a due date, an approval date, a footer, a logo’s stray text or a column header taken for the heading', () => {
  // the approval date above the heading and the due date below are not the meeting's
  let h = heading('These minutes were approved by the Board on 17 March 2020.\n\nRiverside Trust – Board meeting, Tuesday 18th February 2020\nPresent: A');
  assert.equal(h.date?.iso, '2020-02-18');
  h = heading('Riverside Trust\nReport due by 31 March 2024\nPresent: A');
  assert.equal(h.date, undefined);
  h = heading('DRAFT\nAgenda Item 4\nPage 1 of 3\nFGB 09.11.21\nNo.\tItem\nPresent:');
  assert.deepEqual(h, {});
  h = heading('   [1]OTDC\n\n- DRAFT -\n\nFares Working Group Teleconference\n\n07 Sep 2023\nAttendees');
  assert.equal(h.title?.text, 'Fares Working Group Teleconference');
  h = heading('Min\tItem\tLead\n1.\tWelcome');
  assert.equal(h.title, undefined);
  h = heading('Loading...\nHomeMy WebLinkAboutCC Minutes 06-16-2020_exppdf\n1\nCITY OF OAK BEND\nJune 16, 2020');
  assert.equal(h.title?.text, 'CITY OF OAK BEND');
  assert.equal(h.date?.iso, '2020-06-16');
});

test('a wiki page: its path or breadcrumbs never the title; the site its tagline names is, when the heading names none', () => {
  const frame = (top: string, tagline = 'From Marsh Wardens Society') => heading(`${top}\nJump to navigation Jump to search\n${tagline}\n\nPresent: Ann Lee (AL)`);
  for (const top of ['Meetings/2022-03-01', 'Home › Meetings › 1 March 2022', 'Home > Minutes > 2022-03-01', 'wiki/Meetings/2022-03-01']) {
    const h = frame(top);
    assert.equal(h.title?.text, 'Marsh Wardens Society', top);
    assert.equal(h.title?.site, true, top);
    assert.equal(h.date?.iso, '2022-03-01', top);
  }
  // the site's name less the word `Wiki`; a heading line of the minutes' own is the title, not the site
  assert.equal(frame('Meetings/2022-03-01', 'From Marsh Wardens Wiki').title?.text, 'Marsh Wardens');
  const own = heading('Meetings/2022-03-01\nFrom Marsh Wardens Society\nJump to navigation Jump to search\nMarsh Wardens – committee meeting, 1 March 2022\nPresent: A');
  assert.equal(own.title?.text, 'Marsh Wardens – committee meeting');
  assert.equal(own.title?.site, undefined);
  // near misses: `From …` in a file with no wiki frame is no tagline, and a breadcrumb is no title without one either
  assert.equal(heading('Meetings/2022-03-01\nFrom Marsh Wardens Society\nPresent: A').title, undefined);
  assert.equal(heading('Home › Meetings › 1 March 2022\nPresent: A').title, undefined);
});

test('a page heading naming the body and the date, over a `Held in …` line with the day again: its words are the title, the site name above it no second part', () => {
  const h = heading('Skip to content\nFenland Bat Group\nLog In\nTrace: • start • minutes • 2023-03-03\n\nFenland Bat Group – Trustees meeting, 3 March 2023\n\nStatus: approved on 7 April 2023.\n\nHeld in the Barn, 7pm, Friday 3 March 2023.\n\nPresent: A');
  assert.equal(h.title?.text, 'Fenland Bat Group – Trustees meeting');
  assert.equal(h.date?.iso, '2023-03-03');
  // near miss: a line naming another date (the approval) gives no title
  assert.equal(heading('Fenland Bat Group\nTrustees meeting approved, 3 March 2023\nHeld in the Barn, 7pm, Friday 3 February 2023.\nPresent: A').title?.text, 'Fenland Bat Group');
});

test('a web page\'s navigation, a static site\'s front matter and a Scottish `Minute of` are never the title (invented text)', () => {
  const last = (h: ReturnType<typeof heading>) => h.title?.spans[h.title.spans.length - 1];
  // a council's page: its breadcrumb ends on the body that the page's heading names with the date
  const page = heading('Skip to main content\nCookies\nHome\nCouncil and democracy\nBrowse meetings\nCabinet\nAgenda and minutes\n\nAgenda and minutes\nCabinet - Tuesday, 3rd March, 2026 7.00 pm\nItems');
  assert.equal(page.title?.text, 'Cabinet');
  assert.equal(last(page)?.line, 9);
  // a parish's post: the council named over the site's menu, and again over the minutes
  const post = heading('Ashby Parish Council\nServing Ashby and Lowfield\nMenu\nHome\nMeetings\nContact\nMinutes – Parish Council Meeting 3rd March 2026\nPosted on 10 March 2026 by Parish Clerk\nAshby Parish Council\n\nMinutes of the Parish Council Meeting held on Tuesday 3rd March 2026 at 7.00pm in the Village Hall.\n\nPresent: Cllr A');
  assert.deepEqual([last(post)?.text, last(post)?.line], ['Ashby Parish Council', 8]);
  assert.ok(!post.title?.spans.some((s) => s.text === 'Contact' || s.text === 'Meetings'));
  // near miss: the page's own heading after the frame's last line, which opens no menu, stays
  assert.equal(heading('Home\nAgenda and minutes\nPlanning Committee\nTuesday, 3rd March, 2026 7.00 pm\nItems').title?.text, 'Planning Committee');
  // a static site's front matter is the page's settings; `meeting of` leads to the date
  const md = heading('---\nlayout: minutes\ntitle: "Board meeting, 3 March 2026"\ndate: 2026-03-03\n---\n<!-- Keep the front matter. -->\n\n# Ashby Trust Board — meeting of 3 March 2026\n\n- **Chair:** A');
  assert.deepEqual([md.title?.text, md.date?.iso, md.date?.line], ['Ashby Trust Board', '2026-03-03', 7]);
  // near miss: a rule at the top over prose is no front matter
  assert.equal(heading('---\nAshby Trust Board\n---\nMinutes of the meeting held on 3 March 2026\nPresent: A').title?.text, 'Ashby Trust Board');
  // a Scottish body's `Minute of Meeting held on …` under its name
  assert.equal(heading('NHS ASHBY\n\nAUDIT COMMITTEE\n\nMinute of Meeting held on Thursday 5 March 2026 at 10.00am, Board Room\n\nPresent:').title?.text, 'NHS ASHBY – AUDIT COMMITTEE');
});

test('column headers of flattened tables, and what is not one', () => {
  for (const line of ['No.\tItem', 'Min\tItem\tLead', 'Minute                                    Action', 'Ref | Action | Owner | Due | Status', 'No.\tAction\tWho\tBy when',
    'Action Meeting Minute ref Action Lead Due Update Status RAG', 'Payee\tDetails\tNet £\tVAT £\tTotal £', '| Ref | Action | Owner |']) {
    assert.equal(isColumnHeader(line), true, line);
  }
  for (const line of ['Action by the Clerk', 'Status update', 'Item 4', 'Who we are', 'Action', 'Date Time', 'Status: Confirmed by Council on 10 February 2025',
    'ACTION: Director of Transport', 'Minutes', 'Due date', '']) {
    assert.equal(isColumnHeader(line), false, line);
  }
});

test('the heading reader never throws on hostile input', () => {
  for (const text of ['', '\n'.repeat(1000), 'Date:'.repeat(5000), '# '.repeat(10000), `${'<b>'.repeat(2000)}Tuesday 1 January 2030`]) meetingHeading(text.split('\n'));
});

test('a `Minutes of … held in the` sentence wrapped onto the date\'s line: the words before the date are the place, and a reference at the title\'s right is no part of it (invented text)', () => {
  const cases: Array<[string, Reading]> = [
    ['              WESTLEIGH BOROUGH COUNCIL\n\n              LICENSING COMMITTEE\n\n   Minutes of a meeting of the Licensing Committee held in the\n   Civic Suite, Town Hall, Westleigh on Tuesday, 3 June 2025\n   at 10.00 am\n\n   Present:', { title: 'WESTLEIGH BOROUGH COUNCIL – LICENSING COMMITTEE', date: '2025-06-03', time: '10:00' }],
    ['OAKHAMPTON PARISH COUNCIL                                  OPC/25/06\nMINUTES of the Meeting of Oakhampton Parish Council held at the Village Hall,\nChurch Lane, on Thursday 5 June 2025, at 7.00pm\n\nPresent:', { title: 'OAKHAMPTON PARISH COUNCIL', date: '2025-06-05', time: '19:00' }],
    // a near miss: a title line that ends in a word with no digit keeps it
    ['OAKHAMPTON PARISH COUNCIL      ANNUAL\nMinutes of the meeting held on Thursday 5 June 2025\nPresent:', { title: 'OAKHAMPTON PARISH COUNCIL      ANNUAL', date: '2025-06-05' }],
  ];
  for (const [text, want] of cases) {
    const h = heading(text);
    assert.deepEqual(defined({ title: h.title?.text, date: h.date?.iso, time: h.time?.from, venue: h.venue?.text }), want, text);
  }
});

test('a line that names only the kind of meeting names no body: the body\'s line above it is the title; one that names the body is the title (invented text)', () => {
  const cases: Array<[string, string]> = [
    ['GLENMORE COUNTY BOARD OF SUPERVISORS\nSPECIAL MEETING MINUTES\nMonday, March 2, 2026 – 6:00 p.m.\nI. CALL TO ORDER\n', 'GLENMORE COUNTY BOARD OF SUPERVISORS'],
    ['Pinewood Unified School District\nBoard of Education\nRegular Meeting\nMinutes\nTuesday, April 14, 2026 6:30 PM\nI. CALL TO ORDER\n', 'Board of Education'],
    // near misses: the kind of meeting with the body's name is the title
    ['The Corporation of the Township of Birch Bay\nRegular Council Meeting\nMonday, March 2, 2026\n1. CALL TO ORDER\n', 'Regular Council Meeting'],
    ['TOWN OF ELMSFORD\nREGULAR TOWN BOARD MEETING\nMarch 2, 2026 – 7:00 P.M.\nI. CALL TO ORDER\n', 'REGULAR TOWN BOARD MEETING'],
  ];
  for (const [text, want] of cases) assert.equal(parse(text).meeting?.title?.value, want, text);
});

test('the minutes\' own heading under a document register\'s cover sheet, a contact line, a `Minutes of` sentence the page wrapped (invented text)', () => {
  const cases: Array<[string, string, string, string | undefined]> = [
    // a cover sheet's fields (its `Title:` with the date) over the heading that opens the minutes; the meeting's number in its series is no body
    ['ISO/TC 999/WG 3 N 88\nISO/TC 999/WG 3\nSmart street lighting\nDocument type: Meeting minutes\nTitle: Minutes of the 12th meeting of ISO/TC 999/WG 3 (virtual), 2026-02-10\nSource: WG 3 Secretary\nDate of document: 2026-02-17\n\nISO/TC 999/WG 3 – Smart street lighting\n12th meeting, virtual (Teams), 2026-02-10, 14:00–16:00 UTC\n\n1 Opening of the meeting\nThe Convenor opened the meeting.\n',
      'ISO/TC 999/WG 3 – Smart street lighting', '2026-02-10', 'virtual (Teams)'],
    // the clerk's address and e-mail under the council's name
    ['HOLLOWDENE PARISH COUNCIL\nParish Clerk & RFO: Mr Alan Bell, 1 Church Row, Hollowdene   clerk@hollowdene-pc.gov.uk\n\nMINUTES OF THE MEETING OF HOLLOWDENE PARISH COUNCIL\nheld on Tuesday 3rd March 2026 at 7.30pm in the Village Hall\n\nPresent: Cllr Ann Cole (Chairman)\n',
      'HOLLOWDENE PARISH COUNCIL', '2026-03-03', 'the Village Hall'],
    // near miss: a `Minutes of the meeting of the` line that names no body: the line under it is the body
    ['MINUTES OF THE MEETING OF THE\nLICENSING SUB-COMMITTEE\nheld on Tuesday 3 March 2026 at 10.00 am in the Council Chamber\n\nPresent: Cllr Ann Cole (Chairman)\n',
      'LICENSING SUB-COMMITTEE', '2026-03-03', 'the Council Chamber'],
  ];
  for (const [text, title, date, venue] of cases) {
    const m = parse(text).meeting;
    assert.deepEqual([m?.title?.value, m?.date?.iso, m?.location?.value], [title, date, venue], text);
  }
});

test('heldOut10 headings: a web page\'s small `minutes` after the body, which meeting of a series before it, a wiki\'s breadcrumb date (invented text)', () => {
  const cases: Array<[string, string, string]> = [
    ['Skip to main content\nLowford Borough Council\nPlanning Committee minutes: 4 March 2026\nPublished: 10 March 2026\n\nAttendance\nMembers present\nAnn Cole (Chair)\n', 'Planning Committee', '2026-03-04'],
    ['# 12th Meeting of WG7 (Data Formats) — 4 March 2026\n\n## Attendees\n\n- Ann Cole\n\n## Opening\n\nThe chair opened the meeting.\n\n## Close\n\nClosed.\n', 'WG7 (Data Formats)', '2026-03-04'],
    ['Fellside MRT Wiki\nBrowse\nAccount\nboard / minutes / 2026-03-04\nBoard of Trustees — 4 March 2026\n\n001/26 Welcome\nThe Chair welcomed trustees.\n002/26 Close\nClosed at 9pm.\n', 'Board of Trustees', '2026-03-04'],
  ];
  for (const [text, title, date] of cases) {
    const m = parse(text).meeting;
    assert.deepEqual([m?.title?.value, m?.date?.iso], [title, date], text);
  }
  // near miss: a title whose own word is `Minutes`, in capitals, keeps it
  assert.equal(parse('Lowford Parish Council\nParish Council Minutes: 4 March 2026\n\n1. Welcome\nThe Chair welcomed all.\n2. Close\nClosed.\n').meeting?.title?.value, 'Parish Council Minutes');
});

test('a council\'s heading whose place has a line of its own (`HELD AT …`) over the date\'s (`ON TUESDAY, …`): neither is the title, the body named above is', () => {
  const h = heading('MINUTES OF KOWHAI SHIRE COUNCIL\nHELD IN THE COUNCIL CHAMBERS, 2 MAIN ROAD, RUATAPU\nON TUESDAY, 3 JUNE 2025 AT 10.00AM\n\n1\tAPOLOGIES');
  assert.equal(h.title?.text, 'KOWHAI SHIRE COUNCIL');
  assert.equal(h.date?.iso, '2025-06-03');
  // near miss: a body whose name is more than the preposition keeps the words before the date
  assert.equal(heading('Onslow Bay Trust – 3 June 2025\n\n1. Apologies').title?.text, 'Onslow Bay Trust');
});

test('the minutes\' standing before `Minutes of` (`UNAPPROVED`, `Unconfirmed Draft`, `Approved`) is no part of the body\'s name (invented text)', () => {
  const cases: Array<[string, string, string]> = [
    ['DRAFT – SUBJECT TO CONFIRMATION\n\nUNAPPROVED MINUTES OF THE AUDIT AND RISK COMMITTEE MEETING\n\nDate:\t12 March 2025\n\nPresent:\tMr A Roe', 'AUDIT AND RISK COMMITTEE MEETING', '2025-03-12'],
    ['Unconfirmed Draft Minutes of the Finance Committee – 4 June 2024\n\nPresent: Ann Cole', 'Finance Committee', '2024-06-04'],
    ['Approved Minutes of the Planning Board\nMarch 3, 2025\n\nPresent: Ann Cole', 'Planning Board', '2025-03-03'],
    ['PROVISIONAL MINUTES OF THE GOVERNING BODY\n\n14.10.25\n\nPresent: Ann Cole', 'GOVERNING BODY', '2025-10-14'],
    ['Final Minutes of the Regular Meeting of the Town Board\nMarch 3, 2025\n\nPresent: Ann Cole', 'Town Board', '2025-03-03'],
    ['DRAFT – Subject to approval\n\nAudit Committee\n12 March 2025\n\nPresent: Ann Cole', 'Audit Committee', '2025-03-12'],
  ];
  for (const [text, title, date] of cases) {
    const h = heading(text);
    assert.deepEqual([h.title?.text, h.date?.iso], [title, date], text);
  }
  // near miss: the same word inside the body's name, after `Minutes of the`, stays
  assert.equal(heading('Minutes of the Approved Premises Board\n3 June 2025\n\nPresent: Ann Cole').title?.text, 'Approved Premises Board');
});
