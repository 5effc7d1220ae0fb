/**
 * The attendance forms of other boards' minutes (service/forms), one table of cases a form, each
 * read as a clerk reads it; names are invented, and lines of the layouts fixtures are read as written.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  matchPersonLine, matchPersonBullet, matchInlineList, matchApologiesProse, matchAbsenceProse, matchSubstitution, matchSubstituteAlone,
  matchFlattenedTable, matchBlockHeading, matchNameColumns, matchPeopleBlock, type BlockOptions, matchLegend, readQualifier, type PersonMatch,
  matchMarkLegend, matchGroupHeading, matchLineLabel, secondColumnAt, matchListNote, matchGridHeader, matchGridKey, readGridRow, matchRollCall, matchAnswerColumn, looksLikeBody, matchMarkedHeading, trailingMark,
} from '#service/forms/index';
import { parse, resolveMention } from '#service';
import { findings } from '../support/util';
import type { Meeting, Person } from '#service/model';
import { stripTitles } from '#service/people';
import { readSubstitution } from '#service/forms/qualifiers';

const LAYOUTS = path.join(__dirname, '..', '..', 'test', 'fixtures', 'layouts');
const layout = (name: string): string[] => readFileSync(path.join(LAYOUTS, name), 'utf8').split(/\r?\n/);

/** A person as a clerk would describe them: `name | role | initials | …`, only the parts that are there. */
function describe(text: string, p: PersonMatch): string {
  const at = (s?: { start: number; end: number }): string => (s ? text.slice(s.start, s.end) : '');
  const parts = [at(p.name)];
  if (p.role) parts.push(`role=${at(p.role)}`);
  if (p.org) parts.push(`org=${at(p.org)}`);
  if (p.initials) parts.push(`initials=${at(p.initials)}`);
  if (p.handle) parts.push(`@${at(p.handle)}`);
  if (p.category) parts.push(`category=${at(p.category)}`);
  for (const q of p.qualifiers) parts.push(`${q.kind}${q.value ? `=${q.value}` : ''}`);
  return parts.join(' | ');
}

test('one person a line: Name : Role, Name – Role, Name (INIT) Role, Name [INIT] Role (category), Name INIT Role, two columns', () => {
  const cases: Array<[string, string[]]> = [
    ['Petra Vance : Head of Libraries', ['Petra Vance | role=Head of Libraries']],
    ['Osman Reddy\t:\tChief Finance Officer, OPCC', ['Osman Reddy | role=Chief Finance Officer, OPCC']],
    ['Lena Marchetti – Director of Housing', ['Lena Marchetti | role=Director of Housing']],
    ['   Jo Brandt – Governance Officer (minutes)', ['Jo Brandt | role=Governance Officer | minutes']],
    // a wiki's bracket of initials and role together (`(MC, Chair)`); near miss: capitals that are not the name's stay the role
    ['Kit Moran (KM, Treasurer)', ['Kit Moran | role=Treasurer | initials=KM']],
    ['Kit Moran (TSC, chair)', ['Kit Moran | role=TSC | chair']],
    ['Abel Norris (AN) Company Secretary', ['Abel Norris | role=Company Secretary | initials=AN']],
    ['Mrs Q Farrow [QF] Vice Chair (CoG)', ['Mrs Q Farrow | role=Vice Chair | initials=QF | category=CoG | chair']],
    ['Mr D Oyelowo [DO] Clerk to Governors', ['Mr D Oyelowo | role=Clerk to Governors | initials=DO']],
    ['Mr E Platt [EP] Deputy Head (item 6 only)', ['Mr E Platt | role=Deputy Head | initials=EP | only=6']],
    ['Tess Whalley TW Director of Nursing', ['Tess Whalley | role=Director of Nursing | initials=TW']],
    ['Ivo Stern, Chief Operating Officer (IS)', ['Ivo Stern | role=Chief Operating Officer | initials=IS']],
    ['Mayor Gemma Ruskin (Chair)', ['Mayor Gemma Ruskin | role=Chair | chair']],
    ['   Councillor Ada Penhallow               Northmoor Borough Council', ['Councillor Ada Penhallow | org=Northmoor Borough Council']],
    ['   Councillor Bryn Tolley                 Westfold District Council (substitute)', ['Councillor Bryn Tolley | org=Westfold District Council | substitute']],
    ['   Councillor Cy Aldous (Westfold DC) – Councillor Tolley substituting', ['Councillor Cy Aldous | role=Westfold DC | substitutedBy=Councillor Tolley']],
    ['Marta Quill (Head of Audit, Northmoor Council)', ['Marta Quill | role=Head of Audit | org=Northmoor Council']],
    ['Flora Dunmore Kasim Ahl', ['Flora Dunmore', 'Kasim Ahl']],
    // from the layouts, as written
    ['   Councillor Peter Lowther-Bain            Calder Vale Borough Council (Vice-', ['Councillor Peter Lowther-Bain | org=Calder Vale Borough Council']],
    ['Mrs F Orme [FO] School Business Manager (items 1–8)', ['Mrs F Orme | role=School Business Manager | initials=FO | only=1–8']],
    ['Owen Pratt – City Administrator', ['Owen Pratt | role=City Administrator']],
    ['Ray Ortega Lucille Haney', ['Ray Ortega', 'Lucille Haney']],
    // a PDF's two columns of members, a role or a fact on either side; a title inside a bracket opens no column
    ['Cllr Ada Frome (Chairman)          Cllr Ben Tull', ['Cllr Ada Frome | role=Chairman | chair', 'Cllr Ben Tull']],
    ['Cllr Cy Vane (Vice-Chairman) Cllr Di Wray', ['Cllr Cy Vane | role=Vice-Chairman | chair', 'Cllr Di Wray']],
    ['Cllr Ed Yule                       Cllr Flo Zeal (sub)', ['Cllr Ed Yule', 'Cllr Flo Zeal | substitute']],
    ['Cllr Gus Abel (substitute for Cllr Hal Bryce)', ['Cllr Gus Abel | substitute=Cllr Hal Bryce']],
    // a North American board's office before the name is the member's role, in its list and in the roll call
    ['Treasurer Odile Fenn', ['Odile Fenn | role=Treasurer']],
    ['Selectwoman Ruth Abara (excused)', ['Ruth Abara | role=Selectwoman | excused']],
    ['Clerk Ibsen', ['Ibsen | role=Clerk']],
  ];
  for (const [line, want] of cases) assert.deepEqual(matchPersonLine(line)?.map((p) => describe(line, p)), want, line);
  // an office alone, or followed by words that are not a name, is no person
  for (const line of ['Clerk to the Council', 'Treasurer', 'Supervisor reported on the roads.']) assert.equal(matchPersonLine(line), undefined, line);
  // `Name<TAB>Role` and two names in tab-separated columns look alike: a caller in a names-only block asks for columns
  const tabbed = 'Flora Dunmore\tKasim Ahl';
  assert.deepEqual(matchNameColumns(tabbed)?.map((p) => describe(tabbed, p)), ['Flora Dunmore', 'Kasim Ahl']);
  assert.equal(matchNameColumns('Flora Dunmore\tHead of Finance and Resources'), undefined);
  // a bracket left open is kept, for the parser to join with the next line
  const open = '   Councillor Peter Lowther-Bain            Calder Vale Borough Council (Vice-';
  const m = matchPersonLine(open)![0];
  assert.equal(open.slice(m.unclosed!.start, m.unclosed!.end), '(Vice-');
});

test('one person a line declines what is not a person: sentences, item titles, counts', () => {
  for (const line of [
    '2 Observers', 'Public: 6', 'Observers – 3', 'APOLOGIES FOR ABSENCE AND SUBSTITUTIONS', 'DECLARATIONS OF INTEREST',
    'The Chair welcomed everyone to the meeting.', 'Apologies were received from Cllr L Whitty (work commitment).',
    'Five observers, including press', 'Minute 46 (Durnford Interchange)', '41.     APOLOGIES FOR ABSENCE', 'Tobias: draft proposes one LTS line',
    'Plus, one webcaster and four observers.', '',
  ]) assert.equal(matchPersonLine(line), undefined, line);
});

test('inline lists: Present: Councillors A (Chair), B and C; Cllr … (Chairman), Cllr …; several to a line; the university paragraph', () => {
  const cases: Array<[string, string | undefined, string[], string[]?]> = [
    ['Present: Councillors Amos (Chair), Baker and Carter', 'present', ['Amos | role=Chair | chair', 'Baker', 'Carter']],
    ['Cllr P Haskins (Chairman), Cllr J Abbott, Cllr S Lee and Cllr N Orme', undefined, ['Cllr P Haskins | role=Chairman | chair', 'Cllr J Abbott', 'Cllr S Lee', 'Cllr N Orme']],
    ['In attendance: Mrs V Lark (Clerk & RFO); Borough Cllr T Ames (to PC25/012); PCSO R Dunn (to PC25/013); three members of the public.', 'inAttendance',
      ['Mrs V Lark | role=Clerk & RFO', 'Borough Cllr T Ames | until=PC25/012', 'PCSO R Dunn | until=PC25/013'], ['three members of the public']],
    ['Mrs A Bello [AB] Chair (FG); Mr C Dyer [CD] Headteacher (HT); Rev. E Finch [EF] (FG)', undefined,
      ['Mrs A Bello | role=Chair | initials=AB | category=FG | chair', 'Mr C Dyer | role=Headteacher | initials=CD | category=HT', 'Rev. E Finch | initials=EF | category=FG']],
    ['Present: Nia Holt (NH) (Chair); Omar Pike (OP) (minutes); Rhea Sato (RS) (by phone); Uma Vos (UV) (from item 4)', 'present',
      ['Nia Holt | role=Chair | initials=NH | chair', 'Omar Pike | initials=OP | minutes', 'Rhea Sato | initials=RS | remote', 'Uma Vos | initials=UV | from=4']],
    ['Present: Dame Iris Vale (Chair), Professor Jon Wex (Vice-Chancellor), Kit Yates [from minute 3101], Lou Zane (President, Students\' Union) [until minute 3106] and Dr May Abbot.', 'present',
      ['Dame Iris Vale | role=Chair | chair', 'Professor Jon Wex | role=Vice-Chancellor', 'Kit Yates | from=3101', 'Lou Zane | role=President | org=Students\' Union | until=3106', 'Dr May Abbot']],
    ['In attendance: Ned Orr (Director of Estates) [minutes 3102–3104], Pia Quin (Governance Officer, minutes).', 'inAttendance',
      ['Ned Orr | role=Director of Estates | only=3102–3104', 'Pia Quin | role=Governance Officer | minutes']],
    ['Present: Mayor Lindqvist, Council Members Ortega, Haney, Baptiste and Ruiz.', 'present', ['Mayor Lindqvist', 'Ortega', 'Haney', 'Baptiste', 'Ruiz']],
    ['Absent: Council Member Kowalczyk (excused).', 'absent', ['Council Member Kowalczyk | excused']],
    ['Regrets: Hannah_Obi, Pieter_de_Wit', 'apologies', ['Hannah_Obi', 'Pieter_de_Wit']],
    ['Apologies: Graham Selby (GS); TW for late arrival', 'apologies', ['Graham Selby | initials=GS', 'TW | part']],
    ['Mayor: Annika Lindqvist', 'present', ['Annika Lindqvist']],
    // a joint post after the dash: one person, not a second one named `Treasurer`
    ['In attendance: Mr Ian Vale – Clerk & Treasurer (IV)', 'inAttendance', ['Mr Ian Vale | role=Clerk & Treasurer | initials=IV']],
    // a time of departure and the item it fell in, one bracket, one fact; a role and a qualifier are still parted
    ['In attendance: County Cllr Ann Dee (left 9.10pm, after minute 415); Pia Quin (Clerk, minutes)', 'inAttendance', ['County Cllr Ann Dee | left=9.10pm', 'Pia Quin | role=Clerk | minutes']],
  ];
  for (const [line, kind, want, others] of cases) {
    const m = matchInlineList(line);
    assert.ok(m, line);
    assert.equal(m.kind, kind, line);
    assert.deepEqual(m.people.map((p) => describe(line, p)), want, line);
    assert.deepEqual(m.others.map((s) => line.slice(s.start, s.end)), others ?? [], line);
  }
  assert.equal(matchInlineList('Mayor: Annika Lindqvist')!.role, 'Mayor');
  // scribed minutes: nicknames only where the caller says the list is a scribed attendance list
  const scribed = 'Amara_Quist, Chen_Wei, Yusuf_Demir[IRC_only], gkerr[last_20_minutes]';
  assert.deepEqual(matchInlineList(scribed, 0, scribed.length, { nicks: true })!.people.map((p) => describe(scribed, p)),
    ['Amara_Quist', 'Chen_Wei', 'Yusuf_Demir | remote', 'gkerr | part=20']);
});

test('inline lists decline sentences, item titles and counts', () => {
  for (const line of [
    'Present: the meeting was quorate and the Chair opened it.', 'Apologies and the substitution were noted as set out above.',
    'Public: 6', '2 Observers', 'The Committee reviewed the action log and noted progress.', 'Ruth said yes', 'Minutes of the meeting held on 14 May 2024',
    'Motion by Haney, second by Ortega, to approve the agenda.',
  ]) assert.equal(matchInlineList(line), undefined, line);
});

test('apologies and absences in prose; consented or not; substitutes and deputies', () => {
  const cases: Array<[string, Array<[string, string[]]>]> = [
    ['Apologies were received from Cllr L Whitty (work commitment). RESOLVED to accept the apologies.', [['apologies', ['Cllr L Whitty | note']]]],
    ['Apologies for absence were received from Cllr Wren and Cllr Poole.', [['apologies', ['Cllr Wren', 'Cllr Poole']]]],
    ['Apologies for absence were received from Councillor D. Ferris (Ledwell District Council) and Mrs A. Nwachukwu (independent co-opted member).',
      [['apologies', ['Councillor D. Ferris | role=Ledwell District Council', 'Mrs A. Nwachukwu | role=independent co-opted member']]]],
    ['\tApologies were received from Mr A Quayle [AQ] (CoG) – work commitment – CONSENTED.', [['apologies', ['Mr A Quayle | initials=AQ | category=CoG | note | consented']]]],
    ['\tNo apologies were received from Mrs B Castellanos [BC] (PG) – absence not consented.', [['absent', ['Mrs B Castellanos | initials=BC | category=PG | notConsented']]]],
    ['Apologies were received and noted from Cllr Wren.', [['apologies', ['Cllr Wren']]]],
    ['Apologies were noted as above; LS attended for DP.', []],
    ['The Board sent its apologies to the family.', []],
  ];
  for (const [text, want] of cases) {
    assert.deepEqual(matchApologiesProse(text).map((m) => [m.kind, m.people.map((p) => describe(text, p))]), want, text);
  }
  const absent = 'RESOLVED to accept the apologies. Cllr G Barraclough was absent; no apologies had been received.';
  assert.deepEqual(matchAbsenceProse(absent).map((m) => m.people.map((p) => describe(absent, p))), [['Cllr G Barraclough']]);
  assert.deepEqual(matchAbsenceProse('The report was absent from the pack.'), []);
  const subs: Array<[string, string[][]]> = [
    ['Councillor H. Rowe attended as substitute for Councillor Ferris.', [['Councillor H. Rowe', 'Councillor Ferris']]],
    ['Apologies were noted as above; LS attended for DP. The meeting was quorate.', [['LS', 'DP']]],
    ['Cllr Mbeki was represented by Cllr Tran.', [['Cllr Tran', 'Cllr Mbeki']]],
    ['The Panel attended to the budget.', []],
    ['Cllr Ada Moss attended in place of Cllr Penn.', [['Cllr Ada Moss', 'Cllr Penn']]],
    ['Cllr Penn was substituted by Cllr Ada Moss.', [['Cllr Ada Moss', 'Cllr Penn']]],
    ['Councillor Jo Tate was in attendance as a substitute member for Councillor Reyes.', [['Councillor Jo Tate', 'Councillor Reyes']]],
  ];
  for (const [text, want] of subs) {
    assert.deepEqual(matchSubstitution(text).map((s) => [text.slice(s.substitute.start, s.substitute.end), text.slice(s.for.start, s.for.end)]), want, text);
  }
  // a substitute named without the member they stand in for; with one, matchSubstitution's
  const alone: Array<[string, string[][]]> = [
    ['Apologies were received from Cllr Dee Holt. Cllr Nadia Roux attended as a substitute member.', [['Cllr Nadia Roux', 'substitute']]],
    ['Councillor Ben Iqbal was present as deputy.', [['Councillor Ben Iqbal', 'deputy']]],
    ['Councillor H. Rowe attended as substitute for Councillor Ferris.', []],
    ['The governors attended as observers.', []],
  ];
  for (const [text, want] of alone) assert.deepEqual(matchSubstituteAlone(text).map((s) => [text.slice(s.substitute.start, s.substitute.end), text.slice(s.as.start, s.as.end)]), want, text);
});

test('qualifiers are facts, not name or role', () => {
  const cases: Array<[string, string | undefined, string?]> = [
    ['Chair', 'chair'], ['Vice-Chair', 'chair'], ['Chairman', 'chair'], ['substitute', 'substitute'], ['substitute for Cllr Ames', 'substitute', 'Cllr Ames'],
    ['for DP', 'substitute', 'DP'], ['represented by Cllr Tran', 'substitutedBy', 'Cllr Tran'],
    ['Cllr Mensah attended as his substitute', 'substitutedBy', 'Cllr Mensah'], ['Cllr Mensah attended as an observer', undefined],
    ['from item 4', 'from', '4'], ['from minute 2251', 'from', '2251'], ['until minute 2256', 'until', '2256'], ['to PC24/066', 'until', 'PC24/066'],
    ['from minute C.25.16', 'from', 'C.25.16'], ['until SC.24.7', 'until', 'SC.24.7'], ['from minute C.', undefined],
    ['item 118 only', 'only', '118'], ['items 1–8', 'only', '1–8'], ['by phone', 'remote'], ['IRC_only', 'remote'], ['arrived 7.45pm', 'arrived', '7.45pm'],
    ['left at 8.30pm', 'left', '8.30pm'], ['part meeting', 'part'], ['last_20_minutes', 'part', '20'], ['excused', 'excused'], ['CONSENTED', 'consented'],
    ['absence not consented', 'notConsented'], ['minutes', 'minutes'], ['observer', 'observer'], ['guest', 'guest'], ['work commitment', 'note'],
    ['Head of Audit', undefined], ['Ashby MBC', undefined], ['TSC', undefined], ['Students\' Union', undefined],
    // a parish's minute numbers and a university's; a reason for absence, never an office that starts with the same word
    ['to Cou/290/07-08', 'until', 'Cou/290/07-08'], ['from minute C.25.16', 'from', 'C.25.16'], ['medical appointment', 'note'], ['Medical Director', undefined], ['Personal Assistant', undefined],    // a North American council's way of attending from afar; an office that starts with the word is none
    ['electronic', 'remote'], ['electronically', 'remote'], ['Electronic Records Officer', undefined],
    // present for two minutes named by reference; a count is none
    ['for 12/47 and 12/48', 'only', '12/47 and 12/48'], ['for 2 and 3', undefined],
  ];
  for (const [text, kind, value] of cases) {
    const q = readQualifier(text);
    assert.equal(q?.kind, kind, text);
    if (value !== undefined) assert.equal(q?.value, value, text);
  }
});

test('governor category codes with their legend', () => {
  const cases: Array<[string, string[][] | undefined]> = [
    ['(FG) Foundation Governor; (CoG) Co-opted Governor; (PG) Parent Governor;', [['FG', 'Foundation Governor'], ['CoG', 'Co-opted Governor'], ['PG', 'Parent Governor']]],
    ['FG = Foundation Governor', [['FG', 'Foundation Governor']]],
    ['LAG – Local Authority Governor; HT – Headteacher', [['LAG', 'Local Authority Governor'], ['HT', 'Headteacher']]],
    ['Richard Agar : Superintendent', undefined],
    ['The Board NOTED the report.', undefined],
  ];
  for (const [line, want] of cases) assert.deepEqual(matchLegend(line)?.map((e) => [line.slice(e.code.start, e.code.end), line.slice(e.meaning.start, e.meaning.end)]), want, line);
});

test('a governor\'s seat written out after the initials and office is the category; a seat alone in a cell or without initials stays the role', () => {
  const cases: Array<[string, string[]]> = [
    ['Mr Owen Pratt (OP), Vice-Chair, Parent Governor', ['Mr Owen Pratt', 'role=Vice-Chair', 'initials=OP', 'category=Parent Governor']],
    ['Dr Rhea Voss (RV), Local Authority Governor', ['Dr Rhea Voss', 'initials=RV', 'category=Local Authority Governor']],
    ['Ms Ana Lind (AL), Headteacher', ['Ms Ana Lind', 'role=Headteacher', 'initials=AL']],
    // a council of governors' table: the seat in its own cell is the governor's role there
    ['Peter Moss (PM)\tStaff Governor\tNursing', ['Peter Moss', 'role=Staff Governor', 'org=Nursing', 'initials=PM']],
  ];
  for (const [line, want] of cases) assert.deepEqual(matchPersonLine(line)?.map((p) => describe(line, p).split(' | ').filter((w) => w !== 'chair')).flat(), want, line);
});

test('a running notes document\'s note to those who attend, after the list\'s heading; whether it asks for the company', () => {
  assert.deepEqual(matchListNote('Attendees (please add your name and company):'), { end: 9, company: true });
  assert.deepEqual(matchListNote('Attendees (add yourself, with affiliation)'), { end: 9, company: true });
  assert.deepEqual(matchListNote('Attendees (please add your name):'), { end: 9, company: false });
  assert.equal(matchListNote('Membership (A = apologies received)'), undefined);
  assert.equal(matchListNote('Attendees:'), undefined);
  assert.equal(matchBlockHeading("Couldn't make it:")?.kind, 'apologies');
});

test('two cells side by side: where the right-hand one starts, only for one gap between two pieces', () => {
  assert.equal(secondColumnAt('Members present            Apologies'), 27);
  assert.equal(secondColumnAt('Members present\tApologies'), 16);
  assert.equal(secondColumnAt('Members present'), -1);
  assert.equal(secondColumnAt('A   B   C'), -1);
});

test('Markdown bullets with @handles, (TSC), (observer), (guest, …)', () => {
  const cases: Array<[string, string | undefined]> = [
    ['* Mirela Kovač @mkovac (TSC, chair)', 'Mirela Kovač | role=TSC | @mkovac | chair'],
    ['* Tobias Rendl @tobi-r (TSC)', 'Tobias Rendl | role=TSC | @tobi-r'],
    ['- Priyanka Menon @pmenon (observer)', 'Priyanka Menon | @pmenon | observer'],
    ['* Jonas Feld @jfeld (guest, release team)', 'Jonas Feld | role=release team | @jfeld | guest'],
    ['- [x] Ama Ofori, Northwind Labs', 'Ama Ofori | role=Northwind Labs'],
    ['* 4.2.0 released on 2026-01-08; 4.2.1 planned for next week', undefined],
    ['* Tobias: draft proposes one LTS line every 6 months', undefined],
    ['* **Recording**: https://video.example.org/tsc', undefined],
    ['Mirela Kovač @mkovac (TSC)', undefined],
  ];
  for (const [line, want] of cases) {
    const p = matchPersonBullet(line);
    assert.equal(p ? describe(line, p) : undefined, want, line);
  }
});

test('a flattened table (names, then roles wrapping over lines, then initials) is paired by position', () => {
  const doc = layout('04-nhs-trust-board.txt');
  const read = (from: number): string[][] | undefined => {
    const lines = doc.slice(from);
    const t = matchFlattenedTable(lines);
    return t?.people.map((p) => [lines[p.name.line].slice(p.name.start, p.name.end), p.role.map((r) => lines[r.line].slice(r.start, r.end)).join(' '),
      p.initials ? lines[p.initials.line].slice(p.initials.start, p.initials.end) : '', ...p.qualifiers.map((q) => `${q.kind}=${q.value ?? ''}`)]);
  };
  const present = doc.indexOf('Present:') + 1;
  assert.deepEqual(read(present), [
    ['Margaret Oduya', 'Chair', 'MO'], ['Dr Stephen Kinsella', 'Chief Executive', 'SK'], ['Priya Raman', 'Chief Finance Officer', 'PR'],
    ['Colin Hartwell', 'Non-Executive Director', 'CH'], ['Dr Aoife Brennan', 'Medical Director', 'AB'], ['Rachel Kettering', 'Chief Nurse', 'RK'],
    ['Olu Adebayo', 'Non-Executive Director / Senior Independent Director', 'OA'], ['Sarah Linklater', 'Non-Executive Director', 'SL'],
  ]);
  const attending = doc.indexOf('In attendance:') + 1;
  assert.deepEqual(read(attending), [
    ['Liam Shore', 'Deputy Chief Operating Officer', 'LS', 'substitute=DP'], ['Tom Vickery', 'Director of Corporate Affairs / Company Secretary', 'TV'],
    ['Hannah Grewal', 'Associate Director of Patient Experience', 'HG', 'only=118'], ['Joanne Fitch', 'Corporate Governance Officer', 'JF', 'minutes='],
  ]);
  // invented, in the same shape, with no initials column
  const t = matchFlattenedTable(['Nadia Fenwick', 'Owen Garrow', 'Chair', 'Director of', 'Public Health']);
  assert.equal(t?.people.length, 2);
  // declines: one name; initials that do not pair; a list of sentences
  assert.equal(matchFlattenedTable(['Nadia Fenwick', 'Chair', '(NF)']), undefined);
  assert.equal(matchFlattenedTable(['Nadia Fenwick', 'Owen Garrow', 'Chair', 'Treasurer', '(NF)']), undefined);
  assert.equal(matchFlattenedTable(['The Board met.', 'It noted the report.']), undefined);
});

test('people block headings of every family; Chair and Scribe only where the caller allows one-person headings', () => {
  const cases: Array<[string, string | undefined, string?]> = [
    ['Present:', 'present'], ['   Present', 'present'], ['Members present:', 'present'], ['Governors present:', 'present'], ['Council Members:', 'present'], ['Board Members:', 'present'],
    ['Regrets', 'apologies'], ['## Apologies', 'apologies'], ['**Apologies**', 'apologies'], ['Absent:', 'absent'], ['Also present:', 'inAttendance'],
    ['Officers:', 'inAttendance'], ['Officers in attendance:', 'inAttendance'], ['Secretariat', 'inAttendance'], ['City Staff:', 'inAttendance'],
    // a council committee's other members who attend without a vote
    ['Ward Members in attendance (non-voting):', 'inAttendance'], ['Councillors also in attendance:', 'inAttendance'], ['Members in attendance (voting):', undefined],
    ['   Scribe', 'inAttendance', 'Scribe'], ['Chair', 'present', 'Chair'],
    ['Present: Cllr A Fairlie', undefined], ['APOLOGIES FOR ABSENCE AND SUBSTITUTIONS', undefined], ['2 Observers', undefined],
  ];
  for (const [line, kind, role] of cases) {
    const h = matchBlockHeading(line, true);
    assert.equal(h?.kind, kind, line);
    assert.equal(h?.role, role, line);
  }
  assert.equal(matchBlockHeading('Chair'), undefined, 'a role alone on a line (a flattened table) is no heading unless the caller allows it');
});

test('the new headings open people blocks in the parser, and Absent is its own list', () => {
  const m = parse('# Board\nDate: 01/02/2024\n\nPresent:\nNia Holt : Chair\n\nAbsent:\nOmar Pike : Treasurer\n\nRegrets:\nRhea Sato : Trustee\n\n001/24 Apologies\nNone.\n').meeting!;
  assert.deepEqual(m.people.map((b) => [b.kind, b.people.map((p) => p.name.display)]), [['present', ['Nia Holt']], ['absent', ['Omar Pike']], ['apologies', ['Rhea Sato']]]);
});

test('a person listed as Absent and as Present is found, as with Apologies; Absent is not attending', () => {
  const text = '# Board\nDate: 01/02/2024\n\nPresent:\nNia Holt : Chair\nOmar Pike : Treasurer\n\nAbsent:\nOmar Pike : Treasurer\n\n001/24 Apologies\nNone.\n';
  const found = findings(text, 'present-and-absent');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /listed in Absent and also as present/);
});

test('apologies for part of the meeting, or from one there for part of it, are no conflict: both lists are right', () => {
  const meeting = (present: string, apologies: string): string => `# Parish Council\nDate: 04/03/2025\n\nPresent: Cllr Ann Roe (Chair); ${present}; Cllr Ben Tate\n\nApologies: Cllr Cy Voss; ${apologies}\n\n1. Apologies\nAs above.\n`;
  for (const [present, apologies] of [
    ['Cllr Dee Moss', 'Cllr Dee Moss for late arrival'],
    ['Cllr Dee Moss (from item 4)', 'Cllr Dee Moss'],
    ['Cllr Dee Moss (left at 8.30pm)', 'Cllr Dee Moss (part meeting)'],
    ['Cllr Dee Moss (item 3 only)', 'Cllr Dee Moss'],
  ]) assert.deepEqual(findings(meeting(present, apologies), 'present-and-absent').map((f) => f.message), [], `${present} / ${apologies}`);
  // listed in both with nothing said of part of the meeting: the clerk is told
  assert.equal(findings(meeting('Cllr Dee Moss', 'Cllr Dee Moss'), 'present-and-absent').length, 1);
});

function person(name: string, extra: Partial<Person> = {}): Person {
  const words = name.split(' ');
  const r = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    block: 'present', name: { words, display: name, surname: words[words.length - 1], initials: words.map((w) => w[0]).join('') },
    written: name, range: r, nameRange: r, form: 'colon', looseColon: false, ...extra,
  } as Person;
}

test('every way a person is later named resolves to them: initials, surname, Cllr Surname, Council Member Surname, first name, @handle, the Chair', () => {
  const kovac = person('Mirela Kovac', { handle: 'mkovac', role: 'Chair' });
  const rendl = person('Tobias Rendl', { handle: 'tobi-r', role: 'TSC' });
  const sallis = person('Rory Sallis', { initials: 'RS' });
  const haney = person('Lucille Haney');
  const quist = person('Amara Quist');
  const meeting = { people: [{ kind: 'present', people: [kovac, rendl, sallis, haney, quist] }] } as unknown as Meeting;
  const cases: Array<[string, Person | undefined]> = [
    ['@mkovac', kovac], ['@tobi-r', rendl], ['RS', sallis], ['Sallis', sallis], ['Cllr Sallis', sallis], ['Council Member Haney', haney],
    ['Amara', quist], ['Tobias', rendl], ['the Chair', kovac], ['the Chairman', kovac], ['Amara_Quist', quist], ['Mirela Kovac', kovac],
  ];
  for (const [text, who] of cases) {
    const r = resolveMention(text, meeting);
    assert.equal('person' in r ? r.person : undefined, who, text);
  }
  assert.equal(resolveMention('@nobody', meeting).kind, 'unknown');
});

test('no matcher throws, and every span lies inside the text, on hostile input', () => {
  const inputs = ['', '(', '[', '((((', 'A (B [C (D', '@', ':', ' – ', '\t\t', 'Present:', 'Apologies were received from', 'x'.repeat(5000), '(a, '.repeat(2000), 'Cllr '.repeat(2000)];
  for (const t of inputs) {
    for (const m of [matchPersonLine(t) ?? [], [matchPersonBullet(t)], [matchInlineList(t)], matchApologiesProse(t), matchAbsenceProse(t)].flat()) {
      if (!m) continue;
      const spans = JSON.stringify(m).match(/"start":\d+,"end":\d+/g) ?? [];
      for (const s of spans) {
        const [a, b] = s.match(/\d+/g)!.map(Number);
        assert.ok(a >= 0 && b <= t.length && a <= b, `${s} in ${t.slice(0, 20)}`);
      }
    }
    matchSubstitution(t);
    matchSubstituteAlone(t);
    matchLegend(t);
    matchFlattenedTable(t.split(/\(/));
  }
  // long hostile lines take linear time (a quadratic matcher takes minutes here)
  const n = 100000;
  for (const t of [`Cllr ${'Ab '.repeat(n / 3)}`, `${'a b '.repeat(n / 4)}was absent`, `Apologies were received from ${'Cllr A, '.repeat(n / 8)}`, `${'Ab '.repeat(n / 3)}attended for Cd`, `${'Ab '.repeat(n / 3)}attended as substitute`,
    `Present: ${'Ab (Cd, '.repeat(n / 8)}`, `${'(AB) Ab; '.repeat(n / 9)}`, `${'Ab, '.repeat(n / 4)}`]) {
    const started = Date.now();
    matchPersonLine(t); matchInlineList(t); matchApologiesProse(t); matchAbsenceProse(t); matchSubstitution(t); matchSubstituteAlone(t); matchLegend(t); matchPersonBullet(`* ${t}`);
    assert.ok(Date.now() - started < 5000, `${t.slice(0, 30)}… took ${Date.now() - started} ms`);
  }
});

test('a table\'s column header under the lists ends the block: no person "Minute", role "Action"', () => {
  const lines = ['Dee Ortiz (DO) Medical Director', '', 'Minute                                        Action', 'GBP/2324/001 WELCOME AND APOLOGIES'];
  const b = matchPeopleBlock(lines)!;
  assert.deepEqual(b.people.map(({ line, person }) => describe(lines[line], person)), ['Dee Ortiz | role=Medical Director | initials=DO']);
  assert.equal(b.lines, 1);
  // a person after the blank line still belongs to the block
  const more = ['Dee Ortiz (DO) Medical Director', '', 'Sam Kerr (SK) Director of Finance'];
  assert.equal(matchPeopleBlock(more)!.people.length, 2);
});

test('the run of lines under a people heading, in each layout family, read as a clerk reads it', () => {
  const cases: Array<[string, string, BlockOptions, string, string[]]> = [
    ['01-council-committee-pdf.txt', '   Present:', {}, 'lines', [
      'Mayor Dana Whitcombe | role=Chair | chair', 'Councillor Rukhsana Okafor | org=Ashby Metropolitan Borough Council', 'Councillor Glyn Treharne | org=Brackenfield Council',
      'Councillor Peter Lowther-Bain | org=Calder Vale Borough Council + Chair)', 'Councillor Siobhan Mulcahy | org=Durnford City Council',
      'Councillor Amrit Dhaliwal | org=Ashby Metropolitan Borough Council + substitute']],
    ['01-council-committee-pdf.txt', '   Officers in attendance:', {}, 'lines', ['Fiona Caddick | role=Director of Transport', 'Marcus Oyelaran | role=Head of Bus Reform',
      'Helen Strachan | role=Monitoring Officer', 'Jamie Fothergill | role=Governance Officer | minutes']],
    ['01-council-committee-pdf.txt', '   Apologies:', {}, 'lines', ['Councillor Tom Keswick | role=Ashby MBC | substitutedBy=Councillor Dhaliwal']],
    ['05-school-governing-board.txt', 'Governors present:', {}, 'list', [
      'Mrs K Adeyemi | role=Chair | initials=KA | category=FG | chair', 'Mr T Ruddock | role=Headteacher | initials=TR | category=HT', 'Rev. S Ellery | initials=SE | category=FG',
      'Mr P Gwynne | role=Vice Chair | initials=PG | category=CoG | chair', 'Ms L Bramwell | initials=LB | category=PG', 'Dr N Sato | initials=NS | category=PG',
      'Mrs D Akinola | initials=DA | category=SG', 'Mr R Hutchins | initials=RH | category=LAG']],
    ['08-us-city-council.txt', 'Council Members:', { namesOnly: true }, 'columns', ['Ray Ortega', 'Lucille Haney', 'Marcus Baptiste', 'Dolores Ruiz', 'Stan Kowalczyk']],
    ['08-us-city-council.txt', 'City Staff:', {}, 'lines', ['Owen Pratt | role=City Administrator', 'Gail Sutter | role=City Attorney', 'Nisha Patel | role=City Engineer',
      'Brenda Cole | role=Finance Director', 'Teresa Vang | role=City Clerk']],
    ['09-standards-wg-scribe.txt', '   Present', { nicks: true }, 'list', ['Amara_Quist', 'Benedikt_Hofer', 'Chen_Wei', 'Deepa_Raghunathan', 'Luis_Echeverria',
      'Marit_Solberg', 'Yusuf_Demir | remote', 'gkerr | part=20']],
    ['09-standards-wg-scribe.txt', '   Regrets', {}, 'list', ['Hannah_Obi', 'Pieter_de_Wit']],
    ['09-standards-wg-scribe.txt', '   Chair', {}, 'lines', ['Marit Solberg']],
    ['10-oss-steering-markdown.txt', '## Present', {}, 'bullets', ['Mirela Kovač | role=TSC | @mkovac | chair', 'Tobias Rendl | role=TSC | @tobi-r', 'Adaeze Nwosu | role=TSC | @adaeze',
      'Hiroshi Tanabe | role=TSC | @htanabe', 'Sam Okonjo | role=TSC | @samok', 'Ines Vidal | role=TSC | @ividal', 'Priyanka Menon | @pmenon | observer', 'Jonas Feld | role=release team | @jfeld | guest']],
  ];
  for (const [file, heading, options, form, want] of cases) {
    const doc = layout(file);
    const lines = doc.slice(doc.indexOf(heading) + 1);
    const b = matchPeopleBlock(lines, options);
    assert.ok(b, `${file} ${heading}`);
    assert.equal(b.form, form, `${file} ${heading}`);
    assert.deepEqual(b.people.map(({ line, person, more }) => describe(lines[line], person) + more.map((m) => ` + ${m.qualifier?.kind ?? lines[m.line].slice(m.span.start, m.span.end)}`).join('')), want, `${file} ${heading}`);
  }
  const nhs = layout('04-nhs-trust-board.txt');
  const t = matchPeopleBlock(nhs.slice(nhs.indexOf('Present:') + 1));
  assert.equal(t?.form, 'table');
  assert.equal(t?.table?.length, 8);
  // `Name, Role` a line: a line with a bracket after the role is one more such person, never a list of two
  const staff = ['Ida Brandt, Township Clerk', 'Omar Sayeed, Engineer (Item 4.2)', 'Pia Lund, Treasurer'];
  assert.deepEqual(matchPeopleBlock(staff)?.people.map(({ line, person }) => describe(staff[line], person)),
    ['Ida Brandt | role=Township Clerk', 'Omar Sayeed | role=Engineer | only=4.2', 'Pia Lund | role=Treasurer']);
  // near miss: a list of names a line (scribed minutes) stays a list
  const names = ['Ida_Brandt, Omar_Sayeed', 'Pia_Lund, Kai_Moe'];
  assert.deepEqual(matchPeopleBlock(names, { nicks: true })?.people.map(({ line, person }) => describe(names[line], person)), ['Ida_Brandt', 'Omar_Sayeed', 'Pia_Lund', 'Kai_Moe']);
  // declines: prose under a heading, an item title
  assert.equal(matchPeopleBlock(['The meeting was quorate.', 'Apologies were noted.']), undefined);
  assert.equal(matchPeopleBlock(['41.     APOLOGIES FOR ABSENCE AND SUBSTITUTIONS']), undefined);
});

test('a bracket after a name: an office and the body after it apart, a seat in small letters and its body apart; words after the comma that name no body stay in the role', () => {
  const text = 'TRANSPORT SCRUTINY COMMITTEE\nMinutes of the meeting held on 4 March 2026\n\nPresent:\nCouncillor Ana Ruiz (Chair)\nMs Bea Lund (President, Students\' Union)\nMr Cal Moss (co-opted member, Wyeford Walking Forum)\nDee Pryor (Events Officer, volunteer)\n\n1. Minutes\nApproved.\n';
  assert.deepEqual(parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [p.name.display, p.role, p.organisation])), [
    ['Ana Ruiz', 'Chair', undefined], ['Bea Lund', 'President', 'Students\' Union'], ['Cal Moss', 'co-opted member', 'Wyeford Walking Forum'], ['Dee Pryor', 'Events Officer, volunteer', undefined]]);
});

test('family 8: a board listed by office (`Trustee Ida Voss`), then a roll call by office and surname: the listed members, the absent one moved to Absent', () => {
  const text = 'VILLAGE OF MARLOW CREEK\nBOARD OF TRUSTEES\nMarch 2, 2022\nBoard Members:\nPresident Nils Oakes\nTreasurer Gwen Pardo\nTrustee Ida Voss\nStaff:\nAl Reyes – Village Administrator\nI. CALL TO ORDER\nPresident Oakes called the meeting to order.\nII. ROLL CALL\nPresent: President Oakes, Treasurer Pardo.\nAbsent: Trustee Voss (excused).\nIII. ADJOURNMENT\nThe meeting was adjourned.\n';
  const m = parse(text).meeting!;
  assert.deepEqual(m.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role ?? '', (p.qualifiers ?? []).map((q) => q.text).join()])), [
    ['present', 'Nils Oakes', 'President', ''], ['present', 'Gwen Pardo', 'Treasurer', ''], ['inAttendance', 'Al Reyes', 'Village Administrator', ''], ['absent', 'Ida Voss', 'Trustee', 'excused']]);
});

/** Each person of a parsed meeting as `list | name | title | role | qualifiers`, only what is there. */
function people(text: string): string[] {
  return parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.title ? `title=${p.title}` : '', p.role ? `role=${p.role}` : '', ...(p.qualifiers ?? []).map((q) => q.text)].filter((s) => s !== '').join(' | ')));
}

test('a plural title written once before a list (`Councillors`, `Cllrs`) is each member\'s title; `Members` is none', () => {
  assert.deepEqual(people('WESTBY TOWN COUNCIL\nMinutes of the meeting held on 3 March 2025\n\nPresent: Cllrs R Oduya (Mayor), K Lam, and T Birch (from 12/25)\n\n12/25 Apologies\nNone.\n'),
    ['present | R Oduya | title=Cllr | role=Mayor', 'present | K Lam | title=Cllr', 'present | T Birch | title=Cllr | from 12/25']);
  assert.deepEqual(people('PLANNING COMMITTEE\nMinutes of the meeting held on 3 March 2025\n\nPRESENT: Councillors Amy Roe (Chair), Ben Tate and Cara Voss\n\n1. Apologies\nNone.\n'),
    ['present | Amy Roe | title=Councillor | role=Chair', 'present | Ben Tate | title=Councillor', 'present | Cara Voss | title=Councillor']);
  // near miss: `Members` names no title
  assert.deepEqual(people('PLANNING COMMITTEE\nMinutes of the meeting held on 3 March 2025\n\nPresent: Members Amy Roe and Ben Tate\n\n1. Apologies\nNone.\n'),
    ['present | Amy Roe', 'present | Ben Tate']);
});

test('an elected office before a name with no other role (`Mayor X`, `Councilmembers A, B`) is the role; with one (`Mayor X (Chair)`) it stays the title; a city\'s officers by post', () => {
  const text = 'CITY OF EASTON FALLS\nREGULAR MEETING\nApril 5, 2023\n\nCOUNCIL PRESENT: Mayor Ivy Strand, Councilmembers Ola Berg and Tim Rusk\nCOUNCIL ABSENT: Councilmember Uri Falk (excused)\nSTAFF PRESENT: City Administrator Rob Nye, Community Development\nDirector Lisa Moe, Fire Chief Al Grant\n\n1. CALL TO ORDER\nThe meeting was called to order.\n';
  assert.deepEqual(people(text), [
    'present | Ivy Strand | role=Mayor', 'present | Ola Berg | role=Councilmember', 'present | Tim Rusk | role=Councilmember', 'absent | Uri Falk | role=Councilmember | excused',
    'inAttendance | Rob Nye | role=City Administrator', 'inAttendance | Lisa Moe | role=Community Development Director', 'inAttendance | Al Grant | role=Fire Chief']);
  assert.deepEqual(people('BOROUGH COUNCIL\nMinutes of the meeting held on 3 March 2025\n\nPresent: Mayor Jo Penn (Chair), Councillors Al Roe and Bea Tull\n\n1. Apologies\nNone.\n'),
    ['present | Jo Penn | title=Mayor | role=Chair', 'present | Al Roe | title=Councillor', 'present | Bea Tull | title=Councillor']);
  // near miss: a post alone before a single word is no person
  assert.equal(matchPersonLine('City Manager Report'), undefined);
});

test('a role heading of scribed minutes over several names gives each the role (`Scribe` ⏎ `A_B, nick`)', () => {
  const text = 'Open Data Group\n\n12 May 2025\n\nAttendees\n\n   Present\n          Ines_Varga, Tom_Okoro, hwu\n\n   Chair\n          Ines_Varga\n\n   Scribe\n          Tom_Okoro, hwu\n\nContents\n\n    1. Review\n';
  assert.deepEqual(people(text), ['present | Ines Varga | role=Chair', 'present | Tom Okoro | role=Scribe', 'present | hwu | role=Scribe']);
  // near miss: a sentence under `Scribe` takes no role
  assert.deepEqual(people('Open Data Group\n\n12 May 2025\n\nAttendees\n\n   Present\n          Ines_Varga, Tom_Okoro\n\n   Scribe\n          Tom took the notes today.\n'),
    ['present | Ines Varga', 'present | Tom Okoro']);
});

test('a role after a comma (`Name (NN), space manager`, `A (AA), Clerk; B (BB), …`) is the person\'s; names after commas stay people', () => {
  const cases: Array<[string, string[], string[]?]> = [
    ['Also attending: Ida Rask (IR), workshop lead (for item 3 only)', ['Ida Rask | role=workshop lead | initials=IR | only=3']],
    ['Also present: Mr O Kent (OK), Clerk; Ms P Lowe (PL), Diocesan Schools Adviser (item 4 only)', ['Mr O Kent | role=Clerk | initials=OK', 'Ms P Lowe | role=Diocesan Schools Adviser | initials=PL | only=4']],
    // near misses: a list of names parted by commas and semicolons, a count of the public
    ['Present: Cllr A Roe, Cllr B Tate; Mr C Voss (Clerk)', ['Cllr A Roe', 'Cllr B Tate', 'Mr C Voss | role=Clerk']],
    ['In attendance: Mr C Voss (Clerk), three members of the public', ['Mr C Voss | role=Clerk'], ['three members of the public']],
  ];
  for (const [line, want, others] of cases) {
    const m = matchInlineList(line);
    assert.ok(m, line);
    assert.deepEqual(m.people.map((p) => describe(line, p)), want, line);
    assert.deepEqual(m.others.map((s) => line.slice(s.start, s.end)), others ?? [], line);
  }
  assert.equal(readQualifier('observing')?.kind, 'note', '(observing) is what they did, a fact; (observer) their role');
  assert.equal(readQualifier('observer')?.kind, 'observer');
});

test('a mark after a name and its legend (`Mr A Bell A` ⏎ `A = absent; apologies had been received …`) puts the member on the list it names', () => {
  const text = 'COURT OF THE UNIVERSITY\nMinutes of the meeting held on 5 May 2024\n\nMembers:\nMs Joy Hale (Chair)\nMr Amos Bell A\nDr Ria Cole\nProfessor Ned Fry A\nA = absent; apologies had been received from all absent members.\n\nC/24/1 WELCOME\nThe Chair welcomed members.\n';
  assert.deepEqual(people(text), ['present | Joy Hale | title=Ms | role=Chair', 'present | Ria Cole | title=Dr', 'apologies | Amos Bell | title=Mr', 'apologies | Ned Fry | title=Professor']);
  assert.deepEqual(matchMarkLegend('A = absent')?.kind, 'absent');
  // near miss: a legend of membership codes is no mark
  assert.equal(matchMarkLegend('FG = Foundation Governor; PG = Parent Governor'), undefined);
});

test('a group\'s sub-heading inside the list (`Executive Directors`) is no person, and the list goes on under it', () => {
  const text = 'Upland Health NHS Trust\nTRUST BOARD\nMinutes of the meeting held on 4 June 2024\n\nPresent:\nIndependent Members\nRosa Lind (RL) Chair\nEzra Holm (EH) Non-Executive Director\nExecutive Directors\nNoor Aziz (NA) Chief Executive\nApologies:\nTed Vane (TV) Director of Estates\n\nUH/24/1 WELCOME\nRL welcomed everyone.\n';
  assert.deepEqual(people(text), ['present | Rosa Lind | role=Chair', 'present | Ezra Holm | role=Non-Executive Director', 'present | Noor Aziz | role=Chief Executive', 'apologies | Ted Vane | role=Director of Estates']);
  assert.ok(matchGroupHeading('Non-Executive Directors'));
  // near miss: a person is no group
  assert.equal(matchGroupHeading('Rosa Lind (RL) Chair'), undefined);
});

test('a list whose label shares its first person\'s line (`OFFICERS:   A – Role` ⏎ `B – Role`); a bracket wrapped after a role is a qualifier; the body after a role\'s comma its organisation', () => {
  const text = '   HARBOUR BOARD\n\n   Minutes of the meeting held on 2 June 2025\n\n   PRESENT:    Councillors Eve Marsh (Chair) and Tom Reed\n\n   ALSO PRESENT:\n               Councillor Ann Lowe – Ward Councillor, Quay Ward (Minute\n               7 only)\n\n   OFFICERS:   Raj Patel – Monitoring Officer\n               Lucy Hart – Committee Clerk\n\n   5.          MINUTES\n';
  const m = parse(text).meeting!;
  assert.deepEqual(m.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role ?? '', p.organisation ?? '', (p.qualifiers ?? []).map((q) => q.text).join()])), [
    ['present', 'Eve Marsh', 'Chair', '', ''], ['present', 'Tom Reed', '', '', ''],
    ['inAttendance', 'Ann Lowe', 'Ward Councillor, Quay Ward', 'Quay Ward', 'Minute 7 only'],
    ['inAttendance', 'Raj Patel', 'Monitoring Officer', '', ''], ['inAttendance', 'Lucy Hart', 'Committee Clerk', '', '']]);
  assert.deepEqual(matchLineLabel('   OFFICERS:   Raj Patel – Monitoring Officer')?.kind, 'inAttendance');
  // near miss: a label that is no list's
  assert.equal(matchLineLabel('Venue: Council Chamber'), undefined);
});

test('a wiki\'s bullet list `Name (INIT) – role`: a role in small letters after the initials and a dash; an arrival during an item named by its title; `role, Place` a role and whom they represent', () => {
  const cases: Array<[string, string]> = [
    ['Kamal Dutt (KD) – treasurer', 'Kamal Dutt | role=treasurer | initials=KD'],
    ['Gethin Hughes (GH) – secretary, taking notes', 'Gethin Hughes | role=secretary | initials=GH | minutes'],
    ['Wendy Lusk (WL) – arrived 7.50pm, during Treasurer\'s report', 'Wendy Lusk | initials=WL | arrived=7.50pm'],
    ['Bernard Oyelowo (BO) – site rep, Lower Field, for Plot inspections only', 'Bernard Oyelowo | role=site rep | org=Lower Field | initials=BO | only=for Plot inspections'],
    // a ward member: the ward is whom they represent, no role; an office before a place stays the role
    ['Cllr Philippa Stroud, Hartsworth Ward (for Minute 61/24(a))', 'Cllr Philippa Stroud | org=Hartsworth Ward | only=61/24(a)'],
    ['Rhian Pugh, Solicitor to the Council', 'Rhian Pugh | role=Solicitor to the Council'],
    // the `only` qualifier's own list of items is not parted at its comma
    ['Ann Lee (AL) – Councillor, items 3, 4 only', 'Ann Lee | role=Councillor | initials=AL | only=items 3, 4'],
  ];
  for (const [line, want] of cases) {
    const p = matchPersonLine(line);
    assert.equal(p ? describe(line, p[0]) : undefined, want, line);
  }
  // near misses: without initials, or after a colon, words in small letters are what someone said
  assert.equal(matchPersonLine('Kamal Dutt – asked about the rent'), undefined);
  assert.equal(matchPersonLine('Kamal Dutt (KD): asked about the rent'), undefined);
  // a place in small letters is part of the role
  const l = 'Ann Lee (AL) – site rep, lower field';
  assert.equal(describe(l, matchPersonLine(l)![0]), 'Ann Lee | role=site rep, lower field | initials=AL');
});

test('Markdown notes: an attendance table (`| Name | GitHub | Affiliation | Role |`), its columns in any order; a qualifier in the role cell is set apart, an @handle names its row\'s person', () => {
  const lines = ['| Role | Name | Company | Handle |', '|:---|:---|---|---|', '| chair, notes | Ana Lima | Acme Corp | @alima |', '| contributor (from item 2) | Bo Lund | independent | @blund |', '| maintainer, release lead | Cy Dunn | Northwind | @cdunn |', '', 'Then the minutes.'];
  const m = matchPeopleBlock(lines);
  assert.equal(m?.lines, 5);
  assert.deepEqual(m?.people.map((b) => describe(lines[b.line], b.person)), [
    'Ana Lima | role=chair | org=Acme Corp | @alima | minutes',
    'Bo Lund | role=contributor | org=independent | @blund | from=2',
    'Cy Dunn | role=maintainer, release lead | org=Northwind | @cdunn',
  ]);
  const doc = '# Relay maintainers 2025-05-02\n\n## Attendance\n\n| Name | GitHub | Affiliation | Role |\n|---|---|---|---|\n| Ana Lima | @alima | Acme | maintainer |\n| Bo Lund | @blund | Northwind | guest |\n\n## 1. Release\n\n- [ ] @blund: tag the release\n';
  assert.deepEqual(people(doc), ['present | Ana Lima | role=maintainer', 'present | Bo Lund | role=guest']);
  const r = resolveMention('@blund', parse(doc).meeting!);
  assert.equal(r.kind === 'person' ? r.person.name.display : undefined, 'Bo Lund');
  // near misses: a table with no Name column, or without its rule under the header, is no list of people
  assert.equal(matchPeopleBlock(['| Action | Owner | Status |', '|---|---|---|', '| Tag it | @alima | done |']), undefined);
  assert.equal(matchPeopleBlock(['| Name | Role |', '| Ana Lima | chair |'])?.people.length ?? 0, 0);
});

test('an attendance grid (`Trustee⇥Category⇥Attendance`) puts each member on the list its row names, the codes spelt out by the legend after it', () => {
  const text = 'Fernhill Primary Academy\n\nMINUTES OF THE TRUST BOARD\nHeld on Monday 3rd March 2025\n\nTrustee\tCategory\tAttendance\nMrs A Roe (AR) Chair\tMT\tPresent\nMr B Tate (BT)\tCT\tPresent (from item 3)\nDr C Voss (CV)\tMT\tApologies - accepted\nMs D Ward (DW)\tCT\tAbsent\nMT = Member Trustee; CT = Co-opted Trustee\n\n1.\tWelcome\n';
  assert.deepEqual(parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role ?? '', p.category ?? '', (p.qualifiers ?? []).map((q) => q.text).join()])), [
    ['present', 'A Roe', 'Chair', 'Member Trustee', ''], ['present', 'B Tate', '', 'Co-opted Trustee', 'from item 3'],
    ['apologies', 'C Voss', '', 'Member Trustee', 'accepted'], ['absent', 'D Ward', '', 'Co-opted Trustee', '']]);
  const h = matchGridHeader('Governor\tCategory\tAttendance');
  assert.ok(h);
  assert.equal(readGridRow('Mr E Finch (EF)\tFG\tApologies – consented', h)?.kind, 'apologies');
  // near misses: an action table's header, a row whose attendance cell says nothing of attendance
  assert.equal(matchGridHeader('Ref\tAction\tWho\tStatus'), undefined);
  assert.equal(readGridRow('Mr E Finch (EF)\tFG\tTo review', h), undefined);
});

test('an attendance grid with its columns in another order, and initials, category and role columns of their own (`Status⇥Governor⇥Initials⇥Category⇥Position`)', () => {
  const text = 'Ashby Vale Primary School\n\nMINUTES OF THE CURRICULUM COMMITTEE\nHeld on Monday 3rd March 2025\n\nStatus\tGovernor\tInitials\tCategory\tPosition\nPresent\tMrs Ann Roe\tAR\tFG\tChair\nPresent\tMr Ben Tate\tBT\tPG\nApologies\tDr Cy Voss\tCV\tFG\nIn attendance\tMs Di Ward\tDW\t\tClerk\nCategory: FG Foundation Governor; PG Parent Governor\n\n1.\tWelcome\n';
  assert.deepEqual(parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.initials ?? '', p.role ?? '', p.category ?? ''])), [
    ['present', 'Ann Roe', 'AR', 'Chair', 'Foundation Governor'], ['present', 'Ben Tate', 'BT', '', 'Parent Governor'],
    ['apologies', 'Cy Voss', 'CV', '', 'Foundation Governor'], ['inAttendance', 'Di Ward', 'DW', 'Clerk', '']]);
  // near misses: a table with a name and a status but other columns (an action log), a row whose initials cell is a word
  assert.equal(matchGridHeader('Status\tName\tAction\tDue'), undefined);
  // the longest heading (`Governor category`) heads its column; a cell longer than any heading (a resolution's part) heads none
  assert.equal(matchGridHeader('Full name\tGovernor category\tAttendance')?.category, 1);
  assert.equal(matchGridHeader('(1)\tThat the members note the report\tPresent'), undefined);
  const h = matchGridHeader('Attendance\tName\tInitials');
  assert.ok(h);
  assert.equal(readGridRow('Present\tMrs Ann Roe\tChair', h), undefined);
  // a bare legend is read only where asked (under a grid)
  assert.equal(matchLegend('SG Staff Governor; HT Headteacher'), undefined);
  assert.deepEqual(matchLegend('SG Staff Governor; HT Headteacher', true)?.length, 2);
});

test('a wiki\'s tick table (`Attendee⇥Name⇥Affiliation`, `x` or `R` or an empty box), its key in brackets, and a row of one-person roles above it', () => {
  const text = 'Data Work Group Call\n\nDate: 2025-06-17\nChair\tAmy Roe\tScribe\tBen Tate\nAttendee\tName\tAffiliation\nx\tAmy Roe\tNorth Health\nx\tBen Tate\tCalder Labs\nR\tCara Voss\tHalden University\n\tDan Hale\tKestrel EHR\n(x = present, R = regrets)\n\nMinutes\n1. Roll call\nDone.\n';
  assert.deepEqual(parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role ?? '', p.organisation ?? ''])), [
    ['present', 'Amy Roe', 'Chair', 'North Health'], ['present', 'Ben Tate', 'Scribe', 'Calder Labs'], ['apologies', 'Cara Voss', '', 'Halden University'], ['absent', 'Dan Hale', '', 'Kestrel EHR']]);
  assert.deepEqual([...(matchGridKey('(x = present, R = regrets)') ?? [])].map(([k, v]) => [k, v.kind]), [['x', 'present'], ['R', 'apologies']]);
  // near miss: an empty box the line kept (no cell lost at its start) is no row
  const h = matchGridHeader('Attendee\tName\tAffiliation');
  assert.ok(h);
  assert.equal(readGridRow('\tDan Hale\tKestrel EHR'.trimStart(), h), undefined);
  assert.equal(readGridRow('Dan Hale\tKestrel EHR', h, 1)?.kind, 'absent');
});

test('an attendance grid of marks under an `Attendance` heading (`✓`, `A (consented)`, `✗`), its key under it, its categories in words', () => {
  const text = 'Hollins Federation\n\nResources Committee\nMinutes of the meeting held on Tuesday 4th March 2025\n\nAttendance\nName\tRole\tCategory\tAttendance\nMr Ian Cole\tChair\tFoundation\t✔\nMrs Ada Bell\t\tLocal Authority\t✔ (arrived 6.10pm)\nDr Ola Nye\t\tParent\tA\nMs Eve Fry\t\tStaff\tX\nKey: ✔ = present; A = absent with apologies; X = absent\n\n1.\tWelcome\n';
  assert.deepEqual(parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role ?? '', p.category ?? '', (p.qualifiers ?? []).map((q) => q.text).join()])), [
    ['present', 'Ian Cole', 'Chair', 'Foundation', ''], ['present', 'Ada Bell', '', 'Local Authority', 'arrived 6.10pm'],
    ['apologies', 'Ola Nye', '', 'Parent', ''], ['absent', 'Eve Fry', '', 'Staff', '']]);
  assert.deepEqual([...(matchGridKey('Key: ✓ present   A apologies   ✗ absent without apologies') ?? [])].map(([k, v]) => [k, v.kind]), [['✓', 'present'], ['A', 'apologies'], ['✗', 'absent']]);
  // near misses: a key of words no grid writes, a mark cell that is a word
  assert.equal(matchGridKey('Key: RAG rating red amber green'), undefined);
  const h = matchGridHeader('Name\tCategory\tAttendance');
  assert.ok(h);
  assert.equal(readGridRow('Mr Ian Cole\tParent\tAway', h), undefined);
  assert.equal(readGridRow('Mr Ian Cole\tParent\tA (consented)', h)?.kind, 'apologies');
});

test('family 8: a roll call item\'s lists by office on their labels\' lines, wrapped over lines (`Trustees Present: President A, …`, `Staff Present: Dr. B, Superintendent; …`)', () => {
  const text = 'LAKEVIEW SCHOOL DISTRICT\nBOARD OF TRUSTEES\nMarch 4, 2025\n\n1. CALL TO ORDER\nPresident Moss called the meeting to order.\n\n2. ROLL CALL\nTrustees Present: President Nora Moss, Vice President Eli Park, Member Ana Ruiz,\nStudent Board Member\nOwen Lake\nTrustees Absent: Member Ida Cole (excused)\nStaff Present: Dr. Ruth Hale, Superintendent; Tom Vance, Director of\nFacilities; Jo Ash, Board Secretary (recording)\n\n3. ADJOURNMENT\nMotion by Park. Ayes: Moss, Park, Ruiz.\n';
  assert.deepEqual(people(text), [
    'present | Nora Moss | role=President', 'present | Eli Park | role=Vice President', 'present | Ana Ruiz | role=Member', 'present | Owen Lake | role=Student Board Member',
    'absent | Ida Cole | role=Member | excused',
    'inAttendance | Ruth Hale | title=Dr. | role=Superintendent', 'inAttendance | Tom Vance | role=Director of Facilities', 'inAttendance | Jo Ash | role=Board Secretary | recording']);
  // near misses: a label line in an item that is not the roll call is no list; names after commas stay people
  assert.ok(!people(text.replace('Motion by Park.', 'Staff Present: Al Stone, Clerk\nMotion by Park.')).some((p) => p.includes('Al Stone')));
  assert.deepEqual(matchInlineList('Present: Ruth Hale, Tom Vance')?.people.map((p) => describe('Present: Ruth Hale, Tom Vance', p)), ['Ruth Hale', 'Tom Vance']);
  assert.equal(matchPersonLine('Members Report'), undefined);
});

test('family 8: lists one person a line beside their labels (`Council Present:   Mayor A` ⏎ `Deputy Mayor B` …, `Staff Present:   Name, Role`)', () => {
  const text = 'The Corporation of the Town of Brookmere\nCouncil Meeting Minutes\n\nDate:   Monday, March 3, 2025\n\nMembers Present:   Mayor Ada Quill\n                   Deputy Mayor Bo Renn\n                   Councillor Cy Tamm (electronic)\nAbsent:            Councillor Di Vorst\nStaff Present:     Ed Lyle, Chief Administrative Officer\n                   Flo Marsh, Deputy Clerk\n                   Gus Peel, Engineer (Item 5.2)\n\n1.  Call to Order\n\nMayor Quill called the meeting to order.\n';
  assert.deepEqual(people(text), [
    'present | Ada Quill | role=Mayor', 'present | Bo Renn | role=Deputy Mayor', 'present | Cy Tamm | title=Councillor | electronic',
    'absent | Di Vorst | title=Councillor',
    'inAttendance | Ed Lyle | role=Chief Administrative Officer', 'inAttendance | Flo Marsh | role=Deputy Clerk', 'inAttendance | Gus Peel | role=Engineer | Item 5.2']);
  // near miss: a role the page wrapped whose next line opens with an office's word but no name stays one person's
  const wrapped = people(text.replace('Deputy Mayor Bo Renn', 'Deputy Mayor Bo Renn, Assistant to the').replace('Councillor Cy Tamm (electronic)', 'Mayor\'s office'));
  assert.ok(!wrapped.some((p) => /office/.test(p) && !/Bo Renn/.test(p)), wrapped.join('\n'));
});

test('family 4: an attendance table flattened by tabs under its column header (`Name⇥Role⇥Initials`), its cells wrapped onto lines that open with a tab', () => {
  const text = 'NHS Kestrel Vale Integrated Care Board\nPrimary Care Committee\nMinutes of the meeting held on Thursday 6 March 2025\n\nMembers (voting)\nName\tRole\tInitials\nDr Ana Petrov\tNon-Executive Member (Chair)\tAP\nOmar Reyes\tDirector of Estates and\tOR\n\tFacilities\n\nMembers (non-voting)\nTomas Ek\tChair, Eastby Local Medical\tTE\n\tCommittee\nMs Ida Brook\tHealthwatch Eastby\tIB\n\nIn attendance\nRuth Dale\tDeputy Director of Finance (for OR,\tRD\n\tfrom PCC 25/012)\n\nApologies\nSam Holt\tLay Member (Audit)\tSH\n\nPCC 25/010\tWELCOME\n010.1\tThe Chair welcomed members.\n';
  assert.deepEqual(people(text), [
    'present | Ana Petrov | title=Dr | role=Non-Executive Member (Chair)', 'present | Omar Reyes | role=Director of Estates and Facilities',
    'present | Tomas Ek | role=Chair, Eastby Local Medical Committee', 'present | Ida Brook | title=Ms',
    'inAttendance | Ruth Dale | role=Deputy Director of Finance | for OR | from PCC 25/012', 'apologies | Sam Holt | role=Lay Member (Audit)']);
  const m = parse(text).meeting!;
  const all = m.people.flatMap((b) => b.people);
  assert.deepEqual(all.map((p) => p.initials), ['AP', 'OR', 'TE', 'IB', 'RD', 'SH']);
  assert.deepEqual(all.map((p) => p.organisation), [undefined, undefined, 'Eastby Local Medical Committee', 'Healthwatch Eastby', undefined, undefined]);
  // near misses: a trailing cell of capitals that are not the name's initials stays what it was; a header with other words is a person's line
  assert.equal(matchPersonLine('Omar Reyes\tDirector of Estates\tNHS')?.[0].initials, undefined);
  assert.equal(matchPeopleBlock(['Name\tRole\tInitials', 'Dr Ana Petrov\tNon-Executive Member\tAP'])?.people.length, 1);
  assert.equal(matchPeopleBlock(['Nora Vail\tRole Model\tInitials'])?.people.length, 1);
});

test('scribed lists: a note glued to a nickname (`[last_half]`, `[W3C]`) is a fact, never a role; a line of nicknames is a list, not a name and its organisation', () => {
  const lines = ['    Ada_Lind, Bo_Chen,', '    Cy_Ng[first_hour], jdoe, Di_Roe[W3C]'];
  const m = matchPeopleBlock(lines, { nicks: true });
  assert.deepEqual(m?.people.map((b) => describe(lines[b.line], b.person)), ['Ada_Lind', 'Bo_Chen', 'Cy_Ng | part', 'jdoe', 'Di_Roe | note']);
  for (const [q, kind] of [['last_half', 'part'], ['second half', 'part'], ['left_early', 'part'], ['last_15_mins', 'part'], ['taking notes', 'minutes']] as const) assert.equal(readQualifier(q)?.kind, kind, q);
  // near misses: words that only start like one; outside a scribed list a bracket is still a role
  assert.equal(readQualifier('second reading'), undefined);
  assert.equal(readQualifier('last minute'), undefined);
  assert.deepEqual(matchPersonLine('Ada Lind [Observer Council]')?.map((p) => describe('Ada Lind [Observer Council]', p)), ['Ada Lind | role=Observer Council']);
});

test('Markdown notes: `(@handle)` in brackets, a lower-case role or an affiliation after it; group headings (`### TSC members`, `**Team**:`) and checkboxes (`[ ]` did not attend)', () => {
  const cases: Array<[string, string]> = [
    ['Ines Albers (@ialbers), lead', 'Ines Albers | role=lead | @ialbers'],
    ['Keiko Mori (@kmori), taking notes', 'Keiko Mori | @kmori | minutes'],
    ['Elena Brozek (@ebrozek), Lumafilm (chair)', 'Elena Brozek | role=chair | org=Lumafilm | @ebrozek | chair'],
    ['Tamsin Greaves (@tgreaves), Lumafilm (release manager)', 'Tamsin Greaves | role=release manager | org=Lumafilm | @tgreaves'],
    // near miss: a capitalised role after the handle stays the role
    ['Rui Alves (@ralves), Release Manager', 'Rui Alves | role=Release Manager | @ralves'],
  ];
  for (const [line, want] of cases) {
    const p = matchPersonLine(line);
    assert.equal(p ? describe(line, p[0]) : undefined, want, line);
  }
  const doc = '# Quarry TSC meeting 2025-05-02\n\n## Attendance\n\n### Steering members\n\n- [x] Ana Lima (@alima), Acme Corp (chair)\n- [ ] Bo Lund (@blund), Northwind\n\n### Other attendees\n\n- [x] Cy Dunn (@cdunn) (guest)\n\n## Agenda\n\n- Ana: hello\n';
  assert.deepEqual(people(doc), ['present | Ana Lima | role=chair', 'present | Cy Dunn | role=guest', 'absent | Bo Lund']);
  const bold = '# Libs team 2025-05-02\n\n## Attendees\n\n**Core team**:\n- Ana Lima (@alima), lead\n- Bo Lund (@blund)\n\n**Also present**:\n- Cy Dunn (@cdunn), docs maintainer\n\n## Notes\n\n- Ana: hello\n';
  assert.deepEqual(people(bold), ['present | Ana Lima | role=lead', 'present | Bo Lund', 'inAttendance | Cy Dunn | role=docs maintainer']);
  const r = resolveMention('@blund', parse(bold).meeting!);
  assert.equal(r.kind === 'person' ? r.person.name.display : undefined, 'Bo Lund');
  // near miss: a list's own bold heading over bullets is that list, no group of the one above
  assert.deepEqual(people(bold.replace('**Also present**:', '**Regrets**:')), ['present | Ana Lima | role=lead', 'present | Bo Lund', 'apologies | Cy Dunn | role=docs maintainer']);
});

test('family 8: a roll call in a sentence (`Roll call: A, B and C present; D absent (excused).`, `the following members were present: …`, `Mr. Allen⇥Present`)', () => {
  const show = (text: string): string[] => matchRollCall(text).flatMap((l) => l.people.map((p) => `${l.kind} ${describe(text, p)}`));
  assert.deepEqual(show('Roll call: President Ostrowski, Members Reyes and Liu present; Member Bell absent (excused).'),
    ['present Ostrowski | role=President', 'present Reyes', 'present Liu', 'absent Bell | role=Member | excused']);
  assert.deepEqual(show('Upon roll call, the following members were present: Trustee Ana Ruiz, Trustee Eli Park and Nora Moss.'),
    ['present Ana Ruiz | role=Trustee', 'present Eli Park | role=Trustee', 'present Nora Moss']);
  assert.deepEqual(show('ROLL CALL: Present: Moss, Park. Absent: Ruiz.'), ['present Moss', 'present Park', 'absent Ruiz']);
  assert.deepEqual(show('Mr. Tom Allen\tPresent'), ['present Mr. Tom Allen']);
  const text = 'LAKEVIEW SCHOOL DISTRICT\nBOARD OF TRUSTEES\nMarch 4, 2025\n\n1. CALL TO ORDER\nPresident Moss called the meeting to order.\n\n2. ROLL CALL\nRoll call: President Nora Moss, Vice President Eli Park and Member Ana Ruiz present; Member Ida Cole absent (excused).\n\n3. ADJOURNMENT\nThe meeting was adjourned.\n';
  assert.deepEqual(people(text), ['present | Nora Moss | role=President', 'present | Eli Park | role=Vice President', 'present | Ana Ruiz | role=Member', 'absent | Ida Cole | role=Member | excused']);
  // near misses: a sentence that says present of no list of names; the Chair's welcome
  assert.deepEqual(show('The Chair welcomed those present.'), []);
  assert.deepEqual(show('Roll call: the Clerk reported that a quorum was present.'), []);
  assert.deepEqual(show('Ms Hollis asked that the bus be present at 7:30.'), []);
});

test('one member a line with their answer in a column, across a gap or dotted leaders (`Cllr A Smith (Chair)      Present`, `Vice Chair B Lee ..... Absent (excused)`)', () => {
  const show = (text: string): string[] => {
    const l = matchAnswerColumn(text);
    return l ? l.people.map((p) => `${l.kind} ${describe(text, p)}`) : [];
  };
  assert.deepEqual(show('   Councillor Ann Frost (Chair)              Present'), ['present Councillor Ann Frost | role=Chair | chair']);
  assert.deepEqual(show('   Councillor Bill Mayer                     Apologies'), ['apologies Councillor Bill Mayer']);
  assert.deepEqual(show('   Councillor Cat Noon                       Present (from minute 12/30)'), ['present Councillor Cat Noon | from=12/30']);
  assert.deepEqual(show('   Councillor Dev Rao                        Substitute for Cllr Mayer').map((s) => s.split(' | ')[0] + ' | ' + s.split(' | ').slice(1).map((q) => q.split('=')[0]).join(',')), ['present Councillor Dev Rao | substitute']);
  assert.deepEqual(show('Vice Chair Eve Lund .......................... Absent (excused)'), ['absent Eve Lund | role=Vice Chair | excused']);
  assert.deepEqual(show('Commissioner Fay Orr ......................... Present'), ['present Fay Orr | role=Commissioner']);
  // near misses: a second column's heading across the gap after a person's role; a sentence
  assert.deepEqual(show('Mr Gil Pratt (GP), Parent Governor          Absent'), []);
  assert.deepEqual(show('The Chair noted that everyone was present'), []);
});

test('a list parted by `;` keeps a post\'s own commas and its bracket (`Dan Eze (DE), Head of Equality, Diversity and Inclusion (item 7 only);`)', () => {
  const show = (text: string): string[] => (matchInlineList(text)?.people ?? []).map((p) => describe(text, p));
  assert.deepEqual(show('In attendance: Ann Roe (AR), Head of Audit, Risk and Assurance (item 4 only); Ben Cole (BC), Chief Nurse'),
    ['Ann Roe | role=Head of Audit, Risk and Assurance | initials=AR | only=4', 'Ben Cole | role=Chief Nurse | initials=BC']);
  assert.deepEqual(show('Present: Ann Roe (AR), Medical Director (from 12/26); Ben Cole (BC), Chief Nurse'),
    ['Ann Roe | role=Medical Director | initials=AR | from=12/26', 'Ben Cole | role=Chief Nurse | initials=BC']);
  // near miss: a titled name before the `;` is a person, no part of a post
  assert.deepEqual(show('Present: Ann Roe (AR), Head of Audit, Dr Ben Cole (BC); Cy Moss (CM), Chief Nurse').map((s) => s.split(' | ')[0]),
    ['Ann Roe', 'Dr Ben Cole', 'Cy Moss']);
});

test('a web page\'s apologies in bullets under their lead (`Apologies for absence were received from:` ⏎ `•⇥Councillor A Roe;`)', () => {
  const doc = (lead: string): string => `Parks Scrutiny Committee - Thursday, 5th March, 2026\n\nPK/26/01\nAPOLOGIES FOR ABSENCE\nMinutes:\n${lead}\n•\tCouncillor Amy Roe;\n•\tCouncillor Ben Tate; and\n•\tMrs Cara Voss.\n \nPK/26/02\nMINUTES\nMinutes:\nRESOLVED that the minutes be approved.\n`;
  assert.deepEqual(people(doc('Apologies for absence were received from:')), ['apologies | Amy Roe | title=Councillor', 'apologies | Ben Tate | title=Councillor', 'apologies | Cara Voss | title=Mrs']);
  // near miss: a lead that names its people itself reads no bullets after it
  assert.deepEqual(people(doc('Apologies were received from Councillor Dan Hale.')), ['apologies | Dan Hale | title=Councillor']);
});

test('a list\'s members in groups, each group\'s label before its members on the line (`Present:` ⏎ `Deans: Professor A Roe (Dean of Law); …`)', () => {
  const doc = 'ACADEMIC BOARD\n\nMinutes of the meeting held on 4 June 2025\n\nPresent:\nEx officio members: Professor Amy Roe (Principal, Chair); Professor\nBen Tate (Provost)\nElected staff: Dr Cara Voss; Dr Dan Hale (until 12/30)\n\nApologies: Dr Eve Lund\n\n12/25 MINUTES\nApproved.\n';
  const show = (text: string): string[] => parse(text).meeting!.people.flatMap((b) => b.people.map((p) => `${b.kind} | ${p.name.display} | ${p.category ?? ''}`));
  assert.deepEqual(show(doc), ['present | Amy Roe | Ex officio members', 'present | Ben Tate | Ex officio members', 'present | Cara Voss | Elected staff', 'present | Dan Hale | Elected staff', 'apologies | Eve Lund | ']);
  assert.deepEqual(people(doc).slice(0, 2), ['present | Amy Roe | title=Professor | role=Principal, Chair', 'present | Ben Tate | title=Professor | role=Provost']);
});

test('our own `Name : Role` lines under a list\'s heading are people, never groups whose label is the name (`Cy Moss : Police and Crime Commissioner`)', () => {
  // (a blank each side of the colon is our separator of a name from its role; a group's label is written `Deans:`)
  const doc = 'PARKS BOARD\n\nPresent:\n\nAmy Roe : Parks and Leisure Manager\n\nApologies:\n\nCy Moss : Police and Crime Commissioner\nDee Hale : Assistant Police and Crime Commissioner\n\n012/25 MINUTES\nApproved.\n';
  const show = (text: string): string[] => parse(text).meeting!.people.flatMap((b) => b.people.map((p) => `${b.kind} | ${p.name.display} | ${p.role ?? ''} | ${p.category ?? ''}`));
  assert.deepEqual(show(doc), ['present | Amy Roe | Parks and Leisure Manager | ', 'apologies | Cy Moss | Police and Crime Commissioner | ', 'apologies | Dee Hale | Assistant Police and Crime Commissioner | ']);
});

test('a role in brackets that the page wrapped after its comma stays one role (`(Governance Officer, Secretary to` ⏎ `Senate)`)', () => {
  const doc = 'ACADEMIC BOARD\n\nMinutes of the meeting held on 4 June 2025\n\nIn attendance: Mrs Amy Roe (Academic Registrar); Mr Ben Tate (Governance Officer, Clerk to the\nBoard); Dr Cara Voss (Director of\nQuality) (for 12/47 and 12/48)\n\n12/45 MINUTES\nApproved.\n';
  assert.deepEqual(people(doc), ['inAttendance | Amy Roe | title=Mrs | role=Academic Registrar', 'inAttendance | Ben Tate | title=Mr | role=Governance Officer, Clerk to the Board', 'inAttendance | Cara Voss | title=Dr | role=Director of Quality | for 12/47 and 12/48']);
});

test('a label\'s list of one person and their post after a comma (`Also present: Cllr A Orde, Cabinet Member for Highways and Transport.`)', () => {
  const show = (text: string): string[] => (matchInlineList(text)?.people ?? []).map((p) => describe(text, p));
  assert.deepEqual(show('Also present: Councillor Ada Orde, Cabinet Member for Parks and Leisure.'), ['Councillor Ada Orde | role=Cabinet Member for Parks and Leisure']);
  assert.deepEqual(show('Also present: Ben Hale, Authority Solicitor.'), ['Ben Hale | role=Authority Solicitor']);
  // near misses: two people; a person and a titled one
  assert.deepEqual(show('Also present: Ben Hale, Cy Moss.'), ['Ben Hale', 'Cy Moss']);
  assert.deepEqual(show('Also present: Ben Hale, Cllr Cy Moss.'), ['Ben Hale', 'Cllr Cy Moss']);
});

test('scribed minutes\' list on its label\'s line holds nicknames and notes glued to them (`Present: Ana_Ferreira, Elif_Sahin[last_half], tkato`)', () => {
  assert.deepEqual(people('Open Data Group\n\n12 May 2025\n\nPresent: Ines_Varga, Tom_Okoro[IRC_only], hwu\nRegrets: Ada_Lind\n\n1. Review\nNothing.\n'),
    ['present | Ines Varga', 'present | Tom Okoro | IRC only', 'present | hwu', 'apologies | Ada Lind']);
  // near miss: without a name in underscores lower-case words after a comma are the role of the one before
  assert.deepEqual(people('Open Data Group\n\n12 May 2025\n\nPresent: Ines Varga, Tom Okoro (IRC only), web editor\n\n1. Review\nNothing.\n'),
    ['present | Ines Varga', 'present | Tom Okoro | role=web editor | IRC only']);
});

test('a column of initials between the name and the role (`Name⇥INIT⇥Role`, `Name, INIT, Role`) is the initials; a fact after the role\'s last comma a qualifier', () => {
  const cases: Array<[string, string[] | undefined]> = [
    ['Ola Penn\tOP\tDirector of Finance', ['Ola Penn | role=Director of Finance | initials=OP']],
    ['Dr Ola Penn    OP    Chief Nurse (from item 3)', ['Dr Ola Penn | role=Chief Nurse | initials=OP | from=3']],
    ['Ola Penn, OP, Non-Executive Director, Vice Chair', ['Ola Penn | role=Non-Executive Director, Vice Chair | initials=OP']],
    ['Ola Penn\tOP\tDirector of Estates, represented by Mr Ray Holt', ['Ola Penn | role=Director of Estates | initials=OP | substitutedBy=Mr Ray Holt']],
    // near miss: capitals that are not the name's initials are its role
    ['Ola Penn\tCEO\tChief Executive', ['Ola Penn | role=CEO | org=Chief Executive']],
  ];
  for (const [line, want] of cases) assert.deepEqual(matchPersonLine(line)?.map((p) => describe(line, p)), want, line);
});

test('a body in brackets after a name is the organisation, told from a role by the words that end a body\'s name', () => {
  const line = 'Apologies were received from Dr Ivo Marsh (Eastcombe Primary Care Network), Ms Ada Vent (Northby Health Partnership) and Mr Bo Cole (Head of Finance).';
  const text = `NORTHBY HEALTH BOARD\nMinutes of the meeting held on 4 March 2025\n\n${line}\n\n1. Welcome\nNone.\n`;
  assert.deepEqual(parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [p.name.display, p.role ?? '', p.organisation ?? ''])),
    [['Ivo Marsh', '', 'Eastcombe Primary Care Network'], ['Ada Vent', '', 'Northby Health Partnership'], ['Bo Cole', 'Head of Finance', '']]);
  for (const body of ['Lowfield Care Collaborative', 'Northby NHS', 'Acme Catering Ltd', 'Eastcombe Hospitals', 'Carers Association']) assert.ok(looksLikeBody(body), body);
  // near misses: an office that names a body's work
  for (const role of ['Head of Partnerships', 'Director of Primary Care', 'Network Manager']) assert.ok(!looksLikeBody(role), role);
  // a local Healthwatch by its place, the local committees of GPs and pharmacists; never the board's own committees
  for (const body of ['Healthwatch Kestrel Vale', 'Northby Local Pharmaceutical Committee']) assert.ok(looksLikeBody(body), body);
  for (const role of ['Chair of Audit Committee', 'Healthwatch Liaison Officer']) assert.ok(!looksLikeBody(role), role);
});

test('a legend of category codes opened by a label, the codes in square brackets (`Key: [MAT] Member-appointed Trustee; …`), spells out each member\'s category', () => {
  const key = 'Key: [MAT] Member-appointed Trustee; [CT] Co-opted Trustee';
  assert.deepEqual(matchLegend(key)?.map((e) => [key.slice(e.code.start, e.code.end), key.slice(e.meaning.start, e.meaning.end)]), [['MAT', 'Member-appointed Trustee'], ['CT', 'Co-opted Trustee']]);
  assert.equal(matchLegend('Key: the decisions are in bold'), undefined);
  const text = 'Westholm Schools Trust\nMinutes of the meeting held on 5 May 2025\n\nTrustees present:\nMr K Ames (KA), Chair [MAT]; Ms L Boyd (LB) [CT]\n\nKey: [MAT] Member-appointed Trustee; [CT] Co-opted Trustee\n\nIn attendance:\nMrs P Vance (PV), Clerk to the Trust (minutes)\n\nApologies: Dr R Cho (RC) [CT] – illness – accepted\n\n1\tWelcome\n';
  assert.deepEqual(parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role ?? '', p.category ?? '', (p.qualifiers ?? []).map((q) => q.text).join()])), [
    ['present', 'K Ames', 'Chair', 'Member-appointed Trustee', ''], ['present', 'L Boyd', '', 'Co-opted Trustee', ''],
    ['inAttendance', 'P Vance', 'Clerk to the Trust', '', 'minutes'],
    ['apologies', 'R Cho', '', 'Co-opted Trustee', 'illness,accepted']]);
});

test('(from …), (until …) naming an item by its title are qualifiers; an apology accepted is consented; a body after `from` is none', () => {
  const cases: Array<[string, string | undefined, string?]> = [
    ['from Maintenance', 'from', 'Maintenance'], ['until Rent Review', 'until', 'Rent Review'], ['left after Allocations', 'until', 'Allocations'], ['from the Rent Review item', 'from', 'Rent Review'],
    ['accepted', 'consented'], ['apologies not accepted', 'notConsented'],
    // near misses: a body they come from, a role
    ['from Northby Borough Council', undefined], ['Head of Maintenance', undefined],
  ];
  for (const [text, kind, value] of cases) {
    const q = readQualifier(text);
    assert.equal(q?.kind, kind, text);
    if (value !== undefined) assert.equal(q?.value, value, text);
  }
  const line = 'Present: Lia Ford (LF) (Chair); Ben Roy (BR) (from Finance); Ada Hale (AH), tenant liaison worker (for the repairs item)';
  assert.deepEqual(matchInlineList(line)?.people.map((p) => describe(line, p)), ['Lia Ford | role=Chair | initials=LF | chair', 'Ben Roy | initials=BR | from=Finance', 'Ada Hale | role=tenant liaison worker | initials=AH | note']);
});

test('a membership list whose heading holds the legend of its marks (`Membership (A = apologies received)`): the marked members go to that list, and a role they hold names them', () => {
  const text = 'EASTFIELD COLLEGE\nACADEMIC BOARD\nMinutes of the meeting held on 9 April 2025\n\nMembership (A = apologies received)\n\nDr Oona Fitch           Principal\nLeon Park               Deputy Principal Quality and Standards\nMaya Rudd               Head of Science                         A\nIvan Sole               Student Member\n\n201   Apologies\n      Apologies were received as shown above.\n202   Quality report\n      ACTION: Deputy Principal Quality and Standards to circulate the report.\n';
  const m = parse(text).meeting!;
  assert.deepEqual(m.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role ?? ''])), [
    ['present', 'Oona Fitch', 'Principal'], ['present', 'Leon Park', 'Deputy Principal Quality and Standards'], ['present', 'Ivan Sole', 'Student Member'], ['apologies', 'Maya Rudd', 'Head of Science']]);
  const r = resolveMention('Deputy Principal Quality and Standards', m);
  assert.equal(r.kind === 'person' || r.kind === 'role' ? r.person?.name.display : undefined, 'Leon Park');
  assert.deepEqual(findings(text, 'unknown-person'), []);
  // a post named by its first words, when only one listed person's post starts so
  const lead = resolveMention('the Deputy Principal', m);
  assert.equal(lead.kind === 'role' ? lead.person?.name.display : undefined, 'Leon Park');
  // near misses: a qualifier word alone, first words two posts share
  const deputy = resolveMention('Deputy', m);
  assert.equal(deputy.kind === 'role' || deputy.kind === 'person' ? deputy.person : undefined, undefined);
  const two = parse('BOARD\nMinutes of the meeting held on 9 April 2025\n\nPresent:\nAnn Lee : Head of Science\nBo Ray : Head of Arts\n\n1. Welcome\nNone.\n').meeting!;
  const head = resolveMention('Head', two);
  assert.equal(head.kind === 'role' || head.kind === 'person' ? head.person : undefined, undefined);
  assert.equal(matchMarkedHeading('Members (* – absent)', () => false)?.legend.kind, 'absent');
  // near misses: a bracket that is no legend; a name's last initial is no mark
  assert.equal(matchMarkedHeading('Membership (2024 to 2025)', () => false), undefined);
  assert.equal(trailingMark('Ann A', 'A'), -1);
  assert.equal(trailingMark('Ann Lee     Clerk     A', 'A'), 22);
});

test('one co-opted member alone on the label\'s line, a column parting them from their council; marks in a column under a legend written below the list', () => {
  assert.deepEqual(people('WYEFORD COUNCIL\nMinutes of the meeting held on 3 March 2025\n\n   PRESENT:     Councillors A Bee (Chairman) and C Dee\n\n   CO-OPTED MEMBER:    Councillor G Haitch       Eastby Town Council\n\n   HS31   APOLOGIES\n          None.\n'),
    ['present | A Bee | title=Councillor | role=Chairman', 'present | C Dee | title=Councillor', 'present | G Haitch | title=Councillor']);
  assert.deepEqual(people('EASTFIELD COLLEGE\nMinutes of the meeting held on 9 April 2025\n\nMembers:\nDr Oona Fitch           Principal\nMaya Rudd               Head of Science                         A\nIvan Sole               Student Member\nA = apologies received\n\n201   Apologies\n      None.\n'),
    ['present | Oona Fitch | title=Dr | role=Principal', 'present | Ivan Sole | role=Student Member', 'apologies | Maya Rudd | role=Head of Science']);
  // near miss: a label's line with one name and no column is a sentence's list (inlineBlock), read as before
  assert.deepEqual(people('WYEFORD COUNCIL\nMinutes of the meeting held on 3 March 2025\n\nAPOLOGIES: Councillor K Lyle\n\n1. Welcome\nNone.\n'), ['apologies | K Lyle | title=Councillor']);
});

test('an Australian council: `Cr` is a councillor\'s title; officers written post first, the person in brackets; an apology in the singular; an arrival with its time and item', () => {
  assert.deepEqual(people('ELLERTON SHIRE COUNCIL\nMinutes of the meeting held on 3 March 2025\n\nPRESENT:       Cr J Abbot (Mayor), Cr K Bligh\nALSO PRESENT:  Chief Executive Officer (Ms T Ward), Director Works and Assets (Mr L Ng),\n               Executive Assistant (Mrs P Dunn – minute taker)\n\n1    APOLOGIES\nAn apology was received from Cr W Yates.\n'),
    ['present | J Abbot | title=Cr | role=Mayor', 'present | K Bligh | title=Cr', 'inAttendance | T Ward | title=Ms | role=Chief Executive Officer', 'inAttendance | L Ng | title=Mr | role=Director Works and Assets', 'inAttendance | P Dunn | title=Mrs | role=Executive Assistant | minute taker', 'apologies | W Yates | title=Cr']);
  const t = 'Mr H Vane (arrived 8.05pm during minute 77)';
  assert.deepEqual(matchPersonLine(t)?.map((p) => describe(t, p)), ['Mr H Vane | arrived=8.05pm']);
  assert.equal(readQualifier('left at 9.10pm after item 7')?.kind, 'left');
  // near misses: a member with a role in brackets stays name first; a bracket with no titled name is no officer; an `and` between two people still parts them
  const m = 'Mrs A Lowe (Treasurer)';
  assert.deepEqual(matchPersonLine(m)?.map((p) => describe(m, p)), ['Mrs A Lowe | role=Treasurer']);
  assert.equal(matchPersonLine('Finance Committee (Budget)'), undefined);
  const l = 'Present: Cr A Bee and Cr C Dee (Deputy Mayor)';
  assert.deepEqual(matchInlineList(l)?.people.map((p) => describe(l, p)), ['Cr A Bee', 'Cr C Dee | role=Deputy Mayor']);
  assert.equal(readQualifier('arrived during the debate'), undefined);
});

test('initials of a double-barrelled surname take a letter of each part; `(for CoG/25/38)` is a qualifier; a titled name opening a list\'s next line starts a new person', () => {
  const t = 'Ruth Allan-Bright (RAB)\tNon-Executive Director (for BD/24/12)';
  assert.deepEqual(matchPersonLine(t)?.map((p) => describe(t, p)), ['Ruth Allan-Bright | role=Non-Executive Director | initials=RAB | only=BD/24/12']);
  assert.equal(readQualifier('for 4.2')?.kind, 'only');
  assert.deepEqual(people('NORTHBY DISTRICT COUNCIL\nMinutes of the meeting held on 3 March 2025\n\n   Present:       Councillor Ada Bee (Chairman)\n                  Councillors Cy Dee (Vice-Chairman), Eve Eff,\n                  Guy Haitch and Jo Kay\n                  Mrs Ivy Jay (Independent Member)\n\n   1.    APOLOGIES\n         None.\n'),
    ['present | Ada Bee | title=Councillor | role=Chairman', 'present | Cy Dee | title=Councillor | role=Vice-Chairman', 'present | Eve Eff | title=Councillor', 'present | Guy Haitch | title=Councillor', 'present | Jo Kay | title=Councillor', 'present | Ivy Jay | title=Mrs | role=Independent Member']);
  // near misses: initials that agree with no part stay a role; `for 12` is no reference; a bracket still open goes on to the next line
  const n = 'Ruth Allan-Bright (XY)';
  assert.notEqual(matchPersonLine(n)?.map((p) => describe(n, p))[0], 'Ruth Allan-Bright | initials=XY');
  assert.equal(readQualifier('for 12'), undefined);
  assert.deepEqual(people('NORTHBY DISTRICT COUNCIL\nMinutes of the meeting held on 3 March 2025\n\n   Officers:      Lynne Ash (Director of Resources and\n                  Mr Section Officer), Tom Bell (Clerk)\n\n   1.    APOLOGIES\n         None.\n').length, 2);
});

test('apologies told with the member first (`Cllr A Roe had sent apologies (illness)`), and `… and from Ms B` after the first name', () => {
  assert.deepEqual(matchApologiesProse('Mr T Vance sent his apologies for absence (work commitment).').map((l) => l.people.length), [1]);
  const text = 'ASHTON PARISH COUNCIL\nMinutes of the meeting held on 3 March 2025\n\nPresent: Cllrs R Oduya (Chairman), K Lam\n\n12/25 Apologies\nCllr P Gale has sent apologies (work); these were accepted.\nApologies were received from Cllr D Moss (Ward Council) and from Mrs E Finn (co-opted member).\n';
  assert.deepEqual(people(text).slice(2), ['apologies | P Gale | title=Cllr | work', 'apologies | D Moss | title=Cllr', 'apologies | E Finn | title=Mrs | role=co-opted member']);
  // near misses: no apologies sent is no apology; a sentence whose subject is not a name
  // (no apology: absent, no apology made)
  assert.deepEqual(matchApologiesProse('Cllr P Gale had not sent apologies.').map((l) => l.kind), ['absent']);
  assert.deepEqual(matchApologiesProse('The Clerk had sent apologies to the resident concerned.'), []);
});

test('a senate\'s roll call: `Senators present` / `Senators absent` lists whose brackets name departments (organisation), liaisons and a guest in attendance', () => {
  const text = 'WESTERN PLAINS UNIVERSITY\nFACULTY SENATE\nMinutes of Meeting 88\nMarch 4, 2025\n\n1. ROLL CALL\n\nSenators present: Ana Ruiz (History), Ben Cole (Chemistry) and Cy Dunn (Staff Council).\n\nSenators absent: Di Egan (Music), Ed Ford (Law).\n\nLiaisons present: Flo Gray (Dean of Students), Gus Hale (Graduate Student Government).\n\nGuest: Dr Ida Jones (Library Committee).\n\n2. AGENDA\nApproved.\n';
  assert.deepEqual(parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role ?? '', p.organisation ?? ''])), [
    ['present', 'Ana Ruiz', '', 'History'], ['present', 'Ben Cole', '', 'Chemistry'], ['present', 'Cy Dunn', '', 'Staff Council'],
    ['absent', 'Di Egan', '', 'Music'], ['absent', 'Ed Ford', '', 'Law'],
    ['inAttendance', 'Flo Gray', 'Dean of Students', ''], ['inAttendance', 'Gus Hale', '', 'Graduate Student Government'],
    ['inAttendance', 'Ida Jones', '', 'Library Committee']]);
  assert.deepEqual(people('WESTERN PLAINS UNIVERSITY\nFACULTY SENATE\nMarch 4, 2025\n\n1. ROLL CALL\n\nSenators present: Ana Ruiz (History), Ben Cole (Law).\n\nSenators excused: Di Egan (Music), Ed Ford (Art).\n\n2. AGENDA\nApproved.\n').slice(2), ['apologies | Di Egan', 'apologies | Ed Ford']);
  // near miss: brackets that name offices stay roles
  assert.deepEqual(people('UNIVERSITY OF X\nCOUNCIL\nMinutes of the meeting held on 3 March 2025\n\nPresent: Ann Roe (Provost), Ben Tate (Parent Governor)\n\n1. Minutes\nAgreed.\n'),
    ['present | Ann Roe | role=Provost', 'present | Ben Tate | role=Parent Governor']);
});

test('a role\'s line above the attendance (`**Facilitator**: A`, `**Note taker**: B`) gives the role to the attendee; a contact line is no attendance', () => {
  const text = '# Docs WG — 2026-03-10\n\n**Facilitator**: Ann Roe (@aroe)  \n**Note taker**: Ben Tate (@btate)  \n\n**Attendees**:\n\n- Ann Roe (@aroe), Acme\n- Ben Tate (@btate), Initech\n- Cy Voss (@cvoss), Acme\n\n## Releases\n\n- Cy: the release is out.\n';
  assert.deepEqual(parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role ?? ''])), [
    ['present', 'Ann Roe', 'Facilitator'], ['present', 'Ben Tate', 'Note taker'], ['present', 'Cy Voss', '']]);
  // near miss: the clerk's address under the council's name is not who attended
  assert.deepEqual(people('ASHTON PARISH COUNCIL\nClerk: Mrs Ann Roe, 4 Mill Lane, Ashton   clerk@ashton-pc.org.uk\n\nMinutes of the meeting held on 3 March 2025\n\nPresent: Cllrs R Oduya (Chairman), K Lam\nAlso present: Mrs A Roe (Clerk)\n\n12/25 Apologies\nNone.\n'),
    ['present | R Oduya | title=Cllr | role=Chairman', 'present | K Lam | title=Cllr', 'inAttendance | A Roe | title=Mrs | role=Clerk']);
});

test('a two-column list whose label wrapped, its colon on the next line (`Internal` ⏎ `Auditor:`); a firm after the role is the organisation', () => {
  const text = 'ASHBY DISTRICT COUNCIL\nAUDIT COMMITTEE\nMinutes of a meeting held on Monday, 3 March 2025 at 6.00 pm\n\n   Present:       Councillor Ann Roe (Chairman), Councillor\n                  Ben Tate\n\n   Officers:      Eve Hale (Monitoring Officer), Fay Ives\n                  (Democratic Services Officer)\n\n   Internal       Cy Voss (Audit Manager, Voss Partners Ltd)\n   Auditor:\n\n   Apologies:     Councillor Di Ward\n\n   27.    MINUTES\n          Agreed.\n';
  assert.deepEqual(parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role ?? '', p.organisation ?? ''])), [
    ['present', 'Ann Roe', 'Chairman', ''], ['present', 'Ben Tate', '', ''],
    ['inAttendance', 'Eve Hale', 'Monitoring Officer', ''], ['inAttendance', 'Fay Ives', 'Democratic Services Officer', ''], ['inAttendance', 'Cy Voss', 'Audit Manager', 'Voss Partners Ltd'], ['apologies', 'Di Ward', '', '']]);
  // near miss: a label that names no list, wrapped the same way
  assert.deepEqual(people('ASHBY DISTRICT COUNCIL\nMinutes of a meeting held on Monday, 3 March 2025\n\n   Present:       Councillor Ann Roe\n\n   Meeting        Cy Voss (Chairman)\n   Host:\n\n   27.    MINUTES\n          Agreed.\n').filter((p) => p.includes('Voss')), []);
});

/** Each person as `list | name | title | role | org | category | initials | qualifiers`, only what is there. */
function everything(text: string): string[] {
  return parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.title ? `title=${p.title}` : '', p.role ? `role=${p.role}` : '', p.organisation ? `org=${p.organisation}` : '',
    p.category ? `category=${p.category}` : '', p.initials ? `initials=${p.initials}` : '', ...(p.qualifiers ?? []).map((q) => q.text)].filter((s) => s !== '').join(' | ')));
}

test('apologies in prose: a plural title written once is each name\'s (`from Councillors A and B`), up to `and from the Honorary Alderman C`', () => {
  const text = 'Council - Thursday, 5th March, 2026 7.00 pm\n\n12.\nAPOLOGIES FOR ABSENCE\nMinutes:\nApologies for absence were received from Councillors Ann Roe and Ben Tate, and from the Honorary Alderman Cy Voss.\n\n13.\nMINUTES\nApproved.\n';
  assert.deepEqual(people(text), ['apologies | Ann Roe | title=Councillor', 'apologies | Ben Tate | title=Councillor', 'apologies | Cy Voss | title=Honorary Alderman']);
  // near miss: `from` said again with no title ends the plural's reach
  assert.deepEqual(matchApologiesProse('Apologies were received from Councillors Ann Roe and Ben Tate, and from Cy Voss.')[0].people.map((p) => p.sharedTitle ?? ''), ['Councillor', 'Councillor', '']);
});

test('Markdown bullets in bold labels: `Chair:` gives the listed member the role, `Minutes:` the qualifier minutes; a handle as code (`` (`@btate`) ``) is a handle', () => {
  const text = '# Steering Council meeting of 5 March 2026\n\n- **Chair:** Ann Roe (`@aroe`)\n- **Minutes:** Ben Tate (`@btate`)\n- **Members present:** Ann Roe (`@aroe`), Ben Tate (`@btate`), Cy Voss (`@cvoss`, joined 16:20)\n- **Apologies:** Di Ward (`@dward`)\n- **Guests:** Eve Hale (`@ehale`), release team; Fay Ives (`@fives`), Foundation liaison\n\n## Releases\n\nThe release is out.\n';
  assert.deepEqual(people(text), ['present | Ann Roe | role=Chair', 'present | Ben Tate | Minutes', 'present | Cy Voss | joined 16:20', 'apologies | Di Ward',
    'inAttendance | Eve Hale | role=release team', 'inAttendance | Fay Ives | role=Foundation liaison']);
  assert.deepEqual(parse(text).meeting!.people[0].people.map((p) => p.handle), ['aroe', 'btate', 'cvoss']);
  // near miss: a chair who is on no list gives no one the role; `Scribe:` stays a role
  assert.deepEqual(people('# Steering Council meeting of 5 March 2026\n\n- **Chair:** Gus Lunn\n- **Scribe:** Ben Tate\n- **Members present:** Ann Roe, Ben Tate\n\n## Releases\n\nThe release is out.\n'),
    ['present | Ann Roe', 'present | Ben Tate | role=Scribe']);
});

test('a governing board\'s lists in sentences: `Name (AR) Chair, Foundation;` the category in words, `Fr` a title, a reason after the dash, a qualifier wrapped after `for items`', () => {
  const text = 'Full Governing Board\n\nMinutes of the meeting held on Thursday 5th March 2026\n\nGovernors present: Mr Abel Roe (AR) Chair, Foundation; Fr Ben\nTate (BT) Foundation; Mrs Cara Voss (CV) Headteacher, ex officio; Mr Dan\nWard (DW) Parent\n\nApologies received and accepted: Mrs Eve Hale (EH) Staff –\nhospital appointment\n\nAbsent without apology: Ms Fay Ives (FI) Local Authority\n\nIn attendance: Mrs Gail Lunn (GL) School Business Manager, for items\n4.0–5.0; Mrs Hana Moss (HM) Clerk to Governors\n\n1.0   Opening prayer\n1.1   Fr Tate led the prayer.\n';
  assert.deepEqual(everything(text), [
    'present | Abel Roe | title=Mr | role=Chair | category=Foundation | initials=AR', 'present | Ben Tate | title=Fr | category=Foundation | initials=BT',
    'present | Cara Voss | title=Mrs | role=Headteacher | category=ex officio | initials=CV', 'present | Dan Ward | title=Mr | category=Parent | initials=DW',
    'apologies | Eve Hale | title=Mrs | category=Staff | initials=EH | hospital appointment', 'absent | Fay Ives | title=Ms | category=Local Authority | initials=FI',
    'inAttendance | Gail Lunn | title=Mrs | role=School Business Manager | initials=GL | for items 4.0–5.0', 'inAttendance | Hana Moss | title=Mrs | role=Clerk to Governors | initials=HM']);
  // near miss: after a comma, a category's word may end a role (`(Archive Coordinator, staff)`)
  assert.deepEqual(everything('Minutes of the meeting held on 5 March 2026\n\nPresent: Ann Roe (AR) (Chair); Ben Tate (BT)\n\nIn attendance: Lydia Hume (LH) (Archive Coordinator, staff)\n\n1. Minutes\nAgreed.\n').slice(2),
    ['inAttendance | Lydia Hume | role=Archive Coordinator, staff | initials=LH']);
});

test('a councillor of another council by its place (`Devon Councillor A`); `Office (Chair)` after the name\'s comma one role; `(minute)` the minute-taker', () => {
  assert.deepEqual(people('WESTBY PARISH COUNCIL\nMinutes of the meeting held on 3 March 2025\n\nPresent: Cllr Ann Roe (Chairman), Cllr Ben Tate.\nIn attendance: Devon Councillor Cy Voss (to 14/25), Di Ward (Parish Clerk).\n\n12/25 Apologies\nNone.\n').slice(2),
    ['inAttendance | Cy Voss | title=Devon Councillor | to 14/25', 'inAttendance | Di Ward | role=Parish Clerk']);
  assert.deepEqual(people('NHS Westshire\nClinical Governance Committee\nMinutes of the meeting held on 3 March 2026\n\nPresent:\nMrs Ann Roe, Non-Executive Board Member (Chair)\nDr Ben Tate, Medical Director\n\nIn attendance:\nMrs Cy Voss, Committee Administrator (minute)\n\n1      WELCOME\n\nThe Chair welcomed members.\n'),
    ['present | Ann Roe | title=Mrs | role=Non-Executive Board Member (Chair)', 'present | Ben Tate | title=Dr | role=Medical Director', 'inAttendance | Cy Voss | title=Mrs | role=Committee Administrator | minute']);
  // near miss: a place and `Councillor` with no name after them is no title
  assert.equal(stripTitles('Devon Councillor'), 'Devon Councillor');
});

test('family 8: staff by post before the name, two posts joined by a slash, `Counsel`, `(recording)` the minute-taker, a firm after the comma (`Ives & Lunn LLP`)', () => {
  const text = 'HILL VALLEY WATER DISTRICT\nMINUTES OF THE REGULAR MEETING\nTuesday, March 4, 2025\n\nA. CALL TO ORDER\nPresident Roe called the meeting to order.\n\nB. ROLL CALL\nDirectors Present:      President Ann Roe, Director Ben Tate\nStaff Present:          General Manager Cy Voss; Assistant General Manager/Chief Engineer\n                        Di Ward; Board Secretary Eve\n                        Hale (recording)\nAlso Present:           District Counsel Fay Ives, Ives & Lunn LLP\n\nC. PUBLIC COMMENT\nNone.\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | role=President', 'present | Ben Tate | role=Director', 'inAttendance | Cy Voss | role=General Manager',
    'inAttendance | Di Ward | role=Assistant General Manager/Chief Engineer', 'inAttendance | Eve Hale | role=Board Secretary | recording', 'inAttendance | Fay Ives | role=District Counsel | org=Ives & Lunn LLP']);
  // near miss: an `&` between two people is still the list's
  assert.deepEqual(matchInlineList('Also present: Fay Ives, Gus Lunn & Hana Moss')!.people.length, 3);
});

test('family 1: a PDF\'s columns under a plural title (`Councillors:   Name    Role`, the role wrapped under its column), `(in the Chair)`, a ligature and a broken word in a role', () => {
  const text = '                         ASHBY DISTRICT COUNCIL\n\n                                CABINET\n\n   Minutes of a meeting of the Cabinet held on Tuesday, 3 March 2026 at 6.00 pm\n\n   Present:   Councillor Ann Roe (Leader of the Council) (in the Chair)\n\n   Councillors:     Ben Tate            Deputy Leader and Portfolio Holder\n                                        for Housing\n                    Cy Voss             Portfolio Holder for Finance and\n                                        Assets\n\n   Ofﬁcers:         Di Ward (Chief Executive), Eve Hale (Monitor-\n                    ing Ofﬁcer) and Fay Ives (Democratic Services Ofﬁcer)\n\n   Apologies:       Councillor Gus Lunn\n\n\n   CAB 87     MINUTES\n\n              Approved.\n';
  assert.deepEqual(people(text), ['present | Ann Roe | title=Councillor | role=Leader of the Council | in the Chair', 'present | Ben Tate | title=Councillor | role=Deputy Leader and Portfolio Holder for Housing',
    'present | Cy Voss | title=Councillor | role=Portfolio Holder for Finance and Assets', 'inAttendance | Di Ward | role=Chief Executive', 'inAttendance | Eve Hale | role=Monitoring Officer',
    'inAttendance | Fay Ives | role=Democratic Services Officer', 'apologies | Gus Lunn | title=Councillor']);
  // near miss: a word hyphenated as written keeps its hyphen over the line's end
  assert.deepEqual(people('   Minutes of a meeting of the Cabinet held on Tuesday, 3 March 2026\n\n   Officers:         Di Ward (Chief Executive), Eve Hale (Vice-\n                    Chair of Governors)\n\n   CAB 87     MINUTES\n\n              Approved.\n'),
    ['inAttendance | Di Ward | role=Chief Executive', 'inAttendance | Eve Hale | role=Vice-Chair of Governors']);
});

test('a list labelled Observer: gives each one on it the qualifier observer, and keeps the role printed beside the name', () => {
  const text = 'SCHOOLS FORUM\nMinutes of the meeting held on 5 March 2026\n\nPresent:\nJo Reed (Chair)\nObserver: Councillor Ann Roe (Cabinet Member for Learning)\n\n1. Minutes\nApproved.\n';
  const people = parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [p.name.display, p.role, (p.qualifiers ?? []).map((q) => q.kind)]));
  assert.deepEqual(people, [['Jo Reed', 'Chair', []], ['Ann Roe', 'Cabinet Member for Learning', ['observer']]]);
});

test('a role\'s substitution, read only where the role can open as a substitute form does (readSubstitution)', () => {
  assert.deepEqual(readSubstitution('substitute for Cllr Ames'), { kind: 'substitute', value: 'Cllr Ames' });
  assert.deepEqual(readSubstitution('  Deputising for Cllr Ames'), { kind: 'substitute', value: 'Cllr Ames' });
  assert.deepEqual(readSubstitution('for DP'), { kind: 'substitute', value: 'DP' });
  // an office, and a qualifier of another kind
  assert.equal(readSubstitution('Deputy Chief Constable'), undefined);
  assert.equal(readSubstitution('Police and Crime Commissioner'), undefined);
  assert.equal(readSubstitution('from item 4'), undefined);
});

test('a note of the quorum over an attendance table is passed over, and a dash in the organisation\'s column names none', () => {
  const doc = '# Fenwick Trust board 2025-11-04\n\n## Attendance\n\nQuorum: 5 of 7 trustees present; quorum is 4.\n\n| Name | Role | Organisation | Attendance |\n|---|---|---|---|\n| Ada Quill | Chair | Harbour Bank | Present |\n| Ben Osei | Trustee | - | Present (from item 2) |\n| Cleo Marr | Trustee | n/a | Apologies |\n\n## 1. Accounts\n\nNoted.\n';
  assert.deepEqual(parse(doc).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role ?? '', p.organisation ?? ''])), [
    ['present', 'Ada Quill', 'Chair', 'Harbour Bank'], ['present', 'Ben Osei', 'Trustee', ''], ['apologies', 'Cleo Marr', 'Trustee', '']]);
  const lines = ['**Quorum** was present.', '', '| Member | Office | Company |', '|---|---|---|', '| Dev Rana | Secretary | — |'];
  assert.deepEqual(matchPeopleBlock(lines)?.people.map((b) => describe(lines[b.line], b.person)), ['Dev Rana | role=Secretary']);
  // near misses: a quorum sentence is no person, and a name that begins with the word stays a name
  assert.equal(matchPeopleBlock(['Quorum: 3 of 5 present']), undefined);
  assert.deepEqual(matchPeopleBlock(['Quorumi Tane – Chair'])?.people.map((b) => describe('Quorumi Tane – Chair', b.person)), ['Quorumi Tane | role=Chair | chair']);
});

test('an Australasian council: `Crs` before a run of names is each one\'s `Cr`, `(via audio-visual link)` is how they took part, `Matua`/`Whaea` are titles, and an apology minuted as a resolution lists the member', () => {
  const text = 'MINUTES OF KOWHAI SHIRE COUNCIL\nORDINARY MEETING\nHELD ON TUESDAY, 3 JUNE 2025 AT 10.00AM\n\nPRESENT:\tMayor Ana Roe, Crs Ben Tate, Cara Voss and Dan Ward (by audio visual link)\n\nIN ATTENDANCE:\tWhaea Rangi Poutama (Iwi Liaison Officer), Eli Shaw (Chief Executive)\n\n1\tAPOLOGIES\n\nRESOLUTION  2025/12\nMoved:\t\tCr Ben Tate\nSeconded:\tCr Cara Voss\n\nThat the apologies for absence received from Crs Fay Lo and Gus Marr be received and sustained.\n\nCARRIED\n\n2\tREPORTS\n\nNoted.\n';
  assert.deepEqual(people(text), [
    'present | Ana Roe | role=Mayor', 'present | Ben Tate | title=Cr', 'present | Cara Voss | title=Cr', 'present | Dan Ward | title=Cr | by audio visual link',
    'inAttendance | Rangi Poutama | title=Whaea | role=Iwi Liaison Officer', 'inAttendance | Eli Shaw | role=Chief Executive',
    'apologies | Fay Lo | title=Cr', 'apologies | Gus Marr | title=Cr']);
  assert.equal(readQualifier('via audio-visual link')?.kind, 'remote');
  assert.equal(readQualifier('attended via videoconference')?.kind, 'remote');
  // near misses: a resolution that names an apology without giving it names no one; `Crs` inside a sentence is no list
  assert.deepEqual(people('KOWHAI SHIRE COUNCIL\nORDINARY MEETING\nHELD ON TUESDAY, 3 JUNE 2025\n\nPRESENT:\tCr Ben Tate\n\n1\tAPOLOGIES\n\nThat the apology policy be received.\n\n2\tREPORTS\n\nNoted.\n'), ['present | Ben Tate | title=Cr']);
});

/** The person a mention resolves to (by name or by post), if any. */
function heldBy(r: ReturnType<typeof resolveMention>): string | undefined {
  return 'person' in r ? r.person?.name.display : undefined;
}

test('the Chair of an Irish or a Welsh council is its Cathaoirleach or Cadeirydd, by either name', () => {
  const irish = parse(`Municipal District of Carrowmore
Minutes of the meeting held on Monday 12 May 2025 at 3pm

Present:
Cathaoirleach Cllr Declan Fahy
Leas-Chathaoirleach Cllr Nuala Byrne
Cllr Sean Burke

1. Roads programme
ACTION: Write to the TII about the bypass. Owner: the Chair. Due: 30/06/2025.
`).meeting!;
  for (const n of ['the Chair', 'Chair', 'the Cathaoirleach', 'Chairperson']) assert.equal(heldBy(resolveMention(n, irish, [])), 'Declan Fahy', n);
  for (const n of ['the Vice Chair', 'Vice-Chair', 'Leas-Chathaoirleach']) assert.equal(heldBy(resolveMention(n, irish, [])), 'Nuala Byrne', n);
  const welsh = parse(`Cyngor Cymuned Llanfair
Minutes of the meeting held on 3 March 2025

Present:
Gareth Pugh : Cadeirydd
Eleri Morgan : Is-gadeirydd
Siân Rees : Clerk

1. Finance
The accounts were noted.
`).meeting!;
  assert.equal(heldBy(resolveMention('the Chair', welsh, [])), 'Gareth Pugh');
  assert.equal(heldBy(resolveMention('Vice Chair', welsh, [])), 'Eleri Morgan');
  // a chair that is no post: a name that holds the letters is still that person's, never the chair's
  assert.equal(heldBy(resolveMention('the Clerk', welsh, [])), 'Siân Rees');
});

test('a council\'s officers in a sentence, each post in brackets after the name: a surname that is a body\'s word (`Ward`) is the next person, not the first one\'s body', () => {
  const head = 'NORTHGATE BOROUGH COUNCIL\n\nLicensing Committee\n\nMinutes of the meeting held on Wednesday, 4 February 2026 at 2.00 pm\n\nPresent:\nCouncillor Helen Marsh : Chair\nCouncillor Peter Olsen : Castle Ward\n';
  const read = (line: string) => {
    const m = parse(`${head}${line}\n\n41. APOLOGIES\nNone.\n\n42. MINUTES\nAgreed.\n`).meeting!;
    return m.people.map((b) => b.people.map((p) => [p.name.display, p.role ?? null, p.organisation ?? null]));
  };
  assert.deepEqual(read('Officers: Jo Reid (Licensing Manager), Sam Ward (Solicitor) and Amy Fox (Clerk)'), [
    [['Helen Marsh', 'Chair', null], ['Peter Olsen', 'Castle Ward', 'Castle Ward']],
    [['Jo Reid', 'Licensing Manager', null], ['Sam Ward', 'Solicitor', null], ['Amy Fox', 'Clerk', null]],
  ]);
  // a post after a dash and the firm after it stay one person's
  assert.deepEqual(read('Also present: Philippa Garside – Audit Director, KPMG (item 26/14 only)')[1], [['Philippa Garside', 'Audit Director', 'KPMG']]);
});
