/**
 * The one scan of a line for the inline recognisers' words (parse/content/keywords.ts). A group is
 * only a necessary condition before a recogniser's own first test, so it must never be missing
 * where that test would match: checked on every line of the layout documents and the corpus.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { H_DASH, H_END_LETTER, H_GAP, holdsOf, keywordsOf, segmentStarts, S_ANY, W_ACTION, W_ADJOURN, W_AGREED, W_ARRIVAL, W_DECIDE, W_MINUTE, W_MOTION, W_NEXT, W_RECORD, W_STATUS, W_UNDERTAKE } from '#service/parse/content/keywords';
import { CONTENT_RULES, INLINE, type CompiledInline } from '#service/parse/content/index';
import { atBothPlaces, phaseBit, RULES, TABLE, type CompiledRule } from '#service/parse/table';
import { segmentHolds } from '#service/parse/driver';
import { DECLINE } from '#service/parse/recogniser';
import type { ParseState } from '#service/parse/state';
import type { Line } from '#service/parse/content/inline';
import type { MinutesDocument } from '#service/model';
import { parse } from '#service';
import { lineOf } from '../support/scene';
import { segmentDocument, splitLines } from '#service/text';
import { parseLines } from '#service/parse/index';

test('each word is found in any case, inside a longer word, and where one word starts another', () => {
  assert.equal(keywordsOf('The Committee RESOLVED that the report be noted.'), W_AGREED | W_DECIDE);
  assert.equal(keywordsOf('an unresolved question') & (W_AGREED | W_DECIDE), W_AGREED | W_DECIDE);
  assert.equal(keywordsOf('Resolution: to adopt the plan'), W_DECIDE | W_UNDERTAKE);
  assert.equal(keywordsOf('Proposed Cllr Lomax'), W_DECIDE | W_MOTION);
  assert.equal(keywordsOf('minute 12 was canceled; minute 14 actioned'), W_STATUS | W_ACTION | W_MINUTE);
  assert.equal(keywordsOf('the MINUTES of the last meeting') & W_MINUTE, W_MINUTE);
  assert.equal(keywordsOf('the transactions were recorded'), W_ACTION | W_RECORD);
  assert.equal(keywordsOf('Motion moved by Cllr Ahmed; work in progress'), W_MOTION | W_STATUS);
  assert.equal(keywordsOf('Apologies were received from Cllr Ahmed.'), W_DECIDE);
  assert.equal(keywordsOf('Presented by: Harjeet Killeen'), 0);
  assert.equal(keywordsOf(''), 0);
  assert.equal(keywordsOf('Cllr Fisher joined the Meeting at 8pm; Cllr Ames WITHDREW'), W_ARRIVAL);
  assert.equal(keywordsOf('The meeting was ADJOURNED'), W_ADJOURN);
  assert.equal(keywordsOf('Cllr Fisher did not return'), W_ADJOURN);
  assert.equal(keywordsOf('Cllr Fisher arrived'), W_ARRIVAL);
  assert.equal(keywordsOf('Cllr Fisher rearrived'), 0);
  // every status word a log's row may end in opens the status group: a wrapped `Carry` ⏎ `forward`, `c/f`, `on hold`, `proposed closure`
  for (const row of ['4.3 Path survey – not started owing to snow. Carry', 'A12  Verge cutting  c/f', 'B3 Web page – on hold', '#41 Bus stop – proposed closure', 'R7 Fence – Won’t do'])
    assert.equal(keywordsOf(row) & W_STATUS, W_STATUS, row);
  assert.equal(keywordsOf('Proposed Cllr Lomax, seconded Cllr Ahmed') & W_STATUS, 0);
});

// the recognisers' own first tests, as they stand in their modules: each implies its group
const GATES: ReadonlyArray<readonly [string, RegExp, number]> = [
  ['published-action', /action/i, W_ACTION],
  ['motion', /\b(?:motion|moved|consensus|proposed)\b|^[ \t]*M\/S\b/i, W_MOTION],
  ['body-decision', /\b(?:agreed|resolved|decided)[ \t]+(?:to[ \t]+[a-z]|that\b)/, W_AGREED],
  ['body-agreed', /agreed|resolved|decided/, W_AGREED],
  ['led-decision', /^[ \t]*(?:[-*•][ \t]+)?(?:approved|noted|agreed|endorsed|received|ratified|adopted|decided|resolved)\b|noted/i, W_DECIDE],
  ['published-decision', /resol|decisi|decided|^[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?(?:agreed|ratified|homologated|approved|noted|endorsed|propos|consensus)/i, W_DECIDE],
  ['published-decision (capitals)', /\b(?:NOTED|APPROVED|RECEIVED|RATIFIED|AGREED|HOMOLOGATED|ENDORSED|ADOPTED|DECIDED|ACCEPTED)\b/, W_DECIDE],
  ['status-prose', /deferred|postponed|carried|complete|closed|done|progress|ongoing|outstanding|withdrawn|cancel|actioned|discharged|achieved|finished|superseded|dropped|pending|overdue|delayed/i, W_STATUS],
  ['record-decision, approval', /record|correction|amendment/i, W_RECORD],
  ['arrivals', / the (?:meeting|room|chamber)| arrived|withdrew/, W_ARRIVAL],
  ['adjournments', /djourn|econven|esumed|DJOURN|ECONVEN|ESUMED|did not/, W_ADJOURN],
  ['status-prose (a minute named)', /\bminute\b/i, W_MINUTE],
  ['next-meeting', /\bnext\s+(?:\w+\s+){0,5}?meeting\b/i, W_NEXT],
  ['undertaking (a verb with a blank after it)', /\b(?:to|will|would|undertook|agreed|offered|directed|asked|requested|instructed|tasked)[ \t]/, W_UNDERTAKE],
];

test('a segment signed in the file\'s own text reads as signed in its own: every segment of every fixture, and the parse with the text as without it', () => {
  let signed = 0;
  for (const [name, text] of [...gateTexts(), ['a line of dashes, quotes and letters beyond ASCII', 'Présent: Siân Lloyd – Clerk\n“ACTION” — Åsa to draft by 1 June\n']] as const) {
    const lines = splitLines(text);
    // (a text whose lines a carriage return parts is never signed in place: its lines' starts are not their lengths')
    if (text.indexOf('\r') >= 0) continue;
    const starts: number[] = [0];
    for (const l of lines) starts.push(starts[starts.length - 1] + l.length + 1);
    for (const seg of segmentDocument(lines)) {
      if (seg.map !== null) continue;
      const from = starts[seg.line] + seg.offset;
      assert.equal(text.slice(from, from + seg.text.length), seg.text, `${name}: line ${seg.line}`);
      // (a copy of the text signed first, so that the text in place is signed afresh, not found the last signed)
      const own = [segmentStarts({ ...seg, text: ` ${seg.text}`.slice(1) }), holdsOf(` ${seg.text}`.slice(1)), keywordsOf(` ${seg.text}`.slice(1))];
      keywordsOf('');
      const inPlace = segmentStarts(seg, text, from);
      assert.deepEqual([inPlace, holdsOf(seg.text), keywordsOf(seg.text)], own, `${name}: ${JSON.stringify(seg.text)}`);
      signed++;
    }
    assert.deepEqual(parseLines(lines, {}, text), parseLines(lines, {}), `${name}: the same reading with the text as without it`);
  }
  assert.ok(signed > 10_000, `segments signed in place: ${signed}`);
});

test('wherever a recogniser\'s first test matches a line of a published document, the line holds its group', () => {
  const root = path.resolve(__dirname, '..', '..', 'test', 'fixtures');
  let lines = 0;
  for (const dir of ['layouts', 'otherFamilies', 'corpus']) {
    const folder = path.join(root, dir);
    if (!fs.existsSync(folder)) continue;
    for (const file of fs.readdirSync(folder).filter((f) => /\.(?:txt|minutes|md)$/.test(f))) {
      for (const line of fs.readFileSync(path.join(folder, file), 'utf8').split(/\r\n|\r|\n/)) {
        lines++;
        const found = keywordsOf(line);
        for (const [name, gate, group] of GATES) if (gate.test(line)) assert.ok(found & group, `${name}: ${file}: ${line}`);
      }
    }
  }
  assert.ok(lines > 1000, `the documents were read (${lines} lines)`);
});

// ---- the gate hides no wording of a family -------------------------------------------------------
// A recogniser runs only on a line that holds its group's word, so a wording of its family without
// that word would never be offered to it. Each gated recogniser is asked on lines as other boards
// of its families write them (wordings not in the layout documents nor the corpus: README's and
// real clerks'), once with the gate and once without it (every group said to be there): it must
// read the same, and read the construct.

/** A document of the family, with the line under test marked `» `. */
const PARISH = (line: string) => `LOWER HAMBLEY PARISH COUNCIL\n\nMinutes of the Meeting held on Tuesday 9th September 2025\n\nPresent: Cllr B Okafor (Chair), Cllr S Ventham, Cllr P Idris.\n\nPC25/117 ALLOTMENTS\nThe hedge at plot 4 was discussed.\n» ${line}\n\nPC25/118 CORRESPONDENCE\nNone.\n`;
const COUNCIL = (line: string) => `WESTBRIDGE COUNTY COUNCIL\n\nHighways and Environment Committee\n\nMinutes of the meeting held on Monday, 3 November 2025\n\n   112.    WINTER SERVICE PLAN\n\n           The Committee considered the plan.\n\n» ${line}\n\n   113.    WORK PROGRAMME\n\n           Noted.\n`;
const NHS = (line: string) => `Northmoor Community Health NHS Trust\nBoard of Directors (Public)\nMinutes of the meeting held on Thursday 5 March 2026\n\nTB/26/021 Matters arising\n\nThe Board reviewed the action log.\n\n» ${line}\n\nTB/26/022 Chief Executive's report\n\nThe Board noted the report.\n`;
const CITY = (line: string) => `CITY OF ELM RAPIDS\nREGULAR CITY COUNCIL MEETING\nMarch 3, 2021 – 7:00 P.M.\nI. CALL TO ORDER\nMayor Ferris called the meeting to order.\nII. NEW BUSINESS\n» ${line}\nIII. ADJOURNMENT\nThe meeting adjourned at 8:10 p.m.\n`;
const SCHOOL = (line: string) => `Oakmere Academy\n\nMINUTES OF THE LOCAL GOVERNING BODY MEETING\n\nheld on Wednesday 2nd March 2022 at 5.30pm\n\nMin\tItem\tLead\n\n3.\tPolicies\tCH\n\tThe behaviour policy was reviewed.\n» ${line}\n\n4.\tAny other business\tCH\n\tNone.\n`;

/** What the recogniser named reads on the marked line, with or without the gate: whether it stops the line, and what it records. */
function reads(name: string, text: string, gate: boolean): { stops: boolean; found: string[] } {
  const r = INLINE.find((x) => x.name === name);
  assert.ok(r, `${name} is an inline recogniser`);
  const line = lineOf(text);
  // with the gate, the recogniser is asked only where its row's gate lets the line through, as recogniseContent asks it
  const starts = segmentStarts({ text: line.body, bullet: line.from === 0 && line.seg.bullet });
  const either = r.anyWords === undefined && r.anyStarts === undefined || ((r.anyWords ?? 0) & line.words) !== 0 || ((r.anyStarts ?? 0) & starts) !== 0;
  const open = !gate || ((r.starts ?? S_ANY) & starts) !== 0 && ((r.needs ?? 0) & line.words) === (r.needs ?? 0) && either;
  const stops = open && r.run(line);
  const found = [
    ...line.item.actions.map((a) => `action: ${a.owners.map((o) => o.text).join('/')} | ${a.text}`),
    ...line.item.decisions.map((d) => `decision: ${d.keyword.value} | ${d.text}${d.vote?.mover ? ` | moved ${d.vote.mover.value}` : ''}${d.vote?.seconder ? `, seconded ${d.vote.seconder.value}` : ''}`),
    ...(line.meeting.statusReviews ?? []).map((s) => `status: ${s.ref} | ${s.status} | ${s.written}`),
    ...line.meeting.approvals.map((a) => `approval of ${a.meetingDate ?? 'the last meeting'}`),
  ];
  return { stops, found };
}

/** Per gated recogniser: lines of its families in other words, and what it reads there. */
const VARIANTS: Record<string, ReadonlyArray<readonly [string, string]>> = {
  'published-action': [
    [PARISH('action: Clerk to write to the tenant about the hedge.'), 'action: Clerk | write to the tenant about the hedge'],
    [PARISH('Clerk to action.'), 'action: Clerk | The hedge at plot 4 was discussed'],
    [NHS('Action point: Director of Finance – circulate the capital plan by April 2026'), 'action: Director of Finance | circulate the capital plan by April 2026'],
    [COUNCIL('           Action - Head of Highways to report on gritting routes by January 2026'), 'action: Head of Highways | report on gritting routes by January 2026'],
  ],
  motion: [
    [PARISH('Proposed by Cllr Ventham, seconded by Cllr Idris, that the lease be renewed. All in favour.'), 'decision: Proposed by Cllr Ventham, seconded by Cllr Idris, | that the lease be renewed | moved Cllr Ventham, seconded Cllr Idris'],
    [PARISH('It was proposed by Cllr Ventham and seconded by Cllr Idris that the lease be renewed.'), 'decision: It was proposed by Cllr Ventham and seconded by Cllr Idris | that the lease be renewed | moved Cllr Ventham, seconded Cllr Idris'],
    [CITY('MOVED by Council Member Ruiz, SECONDED by Council Member Cole, to adopt Ordinance No. 88.'), 'decision: MOVED by Council Member Ruiz, SECONDED by Council Member Cole, | to adopt Ordinance No. 88 | moved Council Member Ruiz, seconded Council Member Cole'],
    [CITY('Consensus of the Council was to extend the pool hours.'), 'decision: Consensus of the Council was | to extend the pool hours'],
    [CITY('M/S: Ruiz/Cole to adopt Ordinance No. 88.'), 'decision: M/S: Ruiz/Cole | to adopt Ordinance No. 88 | moved Ruiz, seconded Cole'],
    [CITY('Motion to adopt Ordinance No. 88.\nMoved: Ruiz / Second: Cole'), 'decision: Motion | to adopt Ordinance No. 88 | moved Ruiz, seconded Cole'],
  ],
  'body-decision': [
    [PARISH('Councillors agreed to renew the lease.'), 'decision: Councillors agreed | to renew the lease.'],
    [PARISH('It was agreed that the lease be renewed for three years.'), 'decision: It was agreed | that the lease be renewed for three years.'],
    [COUNCIL('           The Committee resolved that the plan be approved.'), 'decision: The Committee resolved | that the plan be approved.'],
    [NHS('The Board has agreed to adopt the revised strategy.'), 'decision: The Board has agreed | to adopt the revised strategy.'],
  ],
  'led-decision': [
    [NHS('The Board noted the quarterly performance report.'), 'decision: The Board noted | the quarterly performance report'],
    [SCHOOL('\tGovernors noted the headteacher\'s report. The chair thanked her.'), 'decision: Governors noted | the headteacher\'s report'],
    [COUNCIL('           The Committee formally noted the position statement.'), 'decision: The Committee formally noted | the position statement'],
  ],
  'body-agreed': [
    [COUNCIL('           The Committee considered the options and resolved that the plan be approved.'), 'decision: The Committee considered the options and resolved | that the plan be approved'],
    [PARISH('Members discussed the quotes and agreed to defer the decision.'), 'decision: Members discussed the quotes and agreed | to defer the decision'],
    [SCHOOL('\tGovernors reviewed the policy and unanimously decided to adopt it.'), 'decision: Governors reviewed the policy and unanimously decided | to adopt it'],
  ],
  'published-decision': [
    [PARISH('AGREED that the Clerk renews the lease.'), 'decision: AGREED | that the Clerk renews the lease.'],
    [PARISH('It was RESOLVED that the lease be renewed.'), 'decision: It was RESOLVED | that the lease be renewed.'],
    [NHS('Resolution: that the revised strategy be adopted.'), 'decision: Resolution: | that the revised strategy be adopted.'],
    [NHS('The Board ENDORSED the revised strategy.'), 'decision: The Board ENDORSED | the revised strategy.'],
    [SCHOOL('\tDecided: to adopt the behaviour policy.'), 'decision: Decided: | to adopt the behaviour policy.'],
    [CITY('Consensus: hold the budget workshop in April.'), 'decision: Consensus: | hold the budget workshop in April.'],
    // a club's or an association's general meeting accepts its accounts, in capitals as boards print their verbs
    [SCHOOL('\tThe governors ACCEPTED the auditor\'s report for 2024/25.'), 'decision: The governors ACCEPTED | the auditor\'s report for 2024/25.'],
  ],
  'record-decision': [
    [PARISH('The minutes of the meeting held on 8 July 2025 were approved as a true and accurate record.'), 'decision: minutes of the meeting held on 8 July 2025 were approved | as a true and accurate record'],
    [PARISH('The minutes of the meeting held on 8 July 2025 were approved and signed as a true record.'), 'decision: minutes of the meeting held on 8 July 2025 were approved and signed | as a true record'],
    [NHS('The notes of the last meeting were accepted with one amendment to the date of the visit.'), 'decision: notes of the last meeting were accepted | with one amendment to the date of the visit'],
  ],
  approval: [
    [PARISH('The minutes of the meeting held on 8 July 2025 were approved as a true and accurate record.'), 'approval of 2025-07-08'],
    [COUNCIL('           The minutes of the meeting held on 6 October 2025 were signed by the Chair as a correct record.'), 'approval of 2025-10-06'],
  ],
  'status-prose': [
    [PARISH('The Clerk reported that minute PC25/061 was canceled.'), 'status: PC25/061 | dropped | canceled'],
    [NHS('The action at minute TB/26/009 had been actioned.'), 'status: TB/26/009 | done | actioned'],
    [NHS('Minute 47(b) was now closed and minute 48 has been discharged.'), 'status: 47(b) | done | closed'],
    [COUNCIL('           Members heard that minute 98 was delayed to the next meeting.'), 'status: 98 | carried forward | delayed to the next meeting'],
    [PARISH('The Clerk said minute PC25/040 remains overdue.'), 'status: PC25/040 | open | overdue'],
  ],
  'closed-actions': [
    [NHS('The Board reviewed the log and resolved to close actions 12 and 14.'), 'status: 14 | done | close'],
    [PARISH('It was agreed to withdraw action PC25/061.'), 'status: PC25/061 | dropped | withdraw'],
  ],
  'status-row': [
    [NHS('TB/25/118\tUpdate the risk register\tDoF\tCompleted'), 'status: TB/25/118 | done | Completed'],
    [NHS('TB/25/120\tEstates review\tCOO\tIn progress'), 'status: TB/25/120 | open | In progress'],
  ],
};

for (const [name, variants] of Object.entries(VARIANTS)) {
  test(`the gate hides no wording of ${name}'s families: it reads the same with the gate as without, and reads the construct`, () => {
    for (const [text, construct] of variants) {
      const line = text.split('\n').find((l) => l.startsWith('» '))!;
      const gated = reads(name, text, true);
      assert.deepEqual(gated, reads(name, text, false), `${name} on ${JSON.stringify(line)}`);
      assert.ok(gated.found.includes(construct), `${name} on ${JSON.stringify(line)} reads ${JSON.stringify(construct)}; found ${JSON.stringify(gated.found)}`);
    }
  });
}

test('every gated recogniser has variants', () => {
  const gated = ['published-action', 'motion', 'body-decision', 'led-decision', 'body-agreed', 'published-decision', 'record-decision', 'approval', 'status-prose', 'closed-actions', 'status-row'];
  assert.deepEqual(Object.keys(VARIANTS).sort(), gated.sort());
  for (const name of gated) assert.ok(INLINE.some((r) => r.name === name), `${name} is an inline recogniser`);
});

// ---- the gates: a recogniser the driver or recogniseContent does not ask would have declined ------
// Each recogniser of both tables declares in its row what a line it can take must start with and
// hold (`starts`, `needs`; keywords.ts works out the line's signature once). The documents below
// are read with every gate open, every recogniser asked of every line; where its gate is shut the
// recogniser must decline (not stop an item's line) and change nothing of what is read. The reading
// with the gates must then be the reading without them.

/** What a recogniser may change: the state's open constructs, and the counts of what is recorded. */
function facts(state: ParseState, line?: Line): unknown[] {
  const m = state.meeting;
  const it = state.item;
  return [
    state.phase, state.item, state.block, state.pendingTitle, state.section, state.agenda, state.meeting, state.lastPerson, state.headerDateSeg,
    state.variants.length, state.agendas.length, state.agenda?.items.length, state.agenda?.sections.length, state.agenda?.date,
    m?.items.length, m?.people.length, m?.sections.length, m?.dates.length, m?.statusUpdates.length, m?.approvals.length, m?.statusReviews?.length,
    m?.actions?.length, m?.decisions?.length, m?.closing.length, m?.title, m?.date, m?.time, m?.location, m?.chair, m?.status, m?.nextMeeting, m?.boldActions,
    it?.presenters.length, it?.actions.length, it?.decisions.length, it?.references.length, it?.questions.length, it?.arrivals.length,
    it?.motions?.length, it?.interests?.length, it?.adjournments?.length, it?.subItems?.length, it?.content, it?.title, it?.range.end.line,
    it?.decisions[it.decisions.length - 1]?.vote, it?.questions[it.questions.length - 1]?.asker,
    line?.presenter, line?.question,
  ];
}

function sameFacts(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((x, k) => Object.is(x, b[k]));
}

/** Reads `text` with every gate open, checking each shut gate's recogniser; the skips per recogniser. */
function readUngated(text: string, failures: string[], skipped: Map<string, number>): MinutesDocument {
  const rules = RULES as CompiledRule[];
  const inline = CONTENT_RULES as CompiledInline[];
  const savedRules = rules.slice();
  const savedInline = inline.slice();
  const shut = (name: string, where: string, declined: boolean, before: unknown[], after: unknown[]): void => {
    skipped.set(name, (skipped.get(name) ?? 0) + 1);
    if (!declined) failures.push(`${name} takes what its gate shuts out: ${where}`);
    else if (!sameFacts(before, after)) failures.push(`${name} changes what is read where its gate shuts it out: ${where}`);
  };
  try {
    savedRules.forEach((r, k) => {
      const name = TABLE[k].name;
      // (no `applies` either: the driver asks the whole table, and each recogniser the file's layout rules out is checked as a shut gate's)
      // (asked in its phases at both places, inside an item and outside one: a place it does not read, `where`, is a shut gate's)
      rules[k] = { mask: atBothPlaces(r.mask), starts: S_ANY, needs: 0, any: 0, applies: undefined, run: (state, i) => {
        const t = state.segs[i].text;
        const holds = segmentHolds(state, state.segs[i]);
        const gateShut = (r.starts & segmentStarts(state.segs[i])) === 0 || (r.needs & holds) !== r.needs || (r.any !== 0 && (r.any & holds) === 0)
          || (r.mask & phaseBit(state.phase, state.item !== undefined)) === 0;
        const ruledOut = r.applies !== undefined && !r.applies(state.layout);
        if (!gateShut && !ruledOut) return r.run(state, i);
        const before = facts(state);
        const n = r.run(state, i);
        shut(gateShut ? name : `${name} (layout)`, JSON.stringify(t), n === DECLINE, before, facts(state));
        // (a line both shut out: its layout rules it out too)
        if (gateShut && ruledOut) skipped.set(`${name} (layout)`, (skipped.get(`${name} (layout)`) ?? 0) + 1);
        return n;
      } };
    });
    savedInline.forEach((r, k) => {
      const name = INLINE[k].name;
      inline[k] = { starts: S_ANY, needs: 0, anyWords: 0, anyStarts: S_ANY, run: (line) => {
        const starts = segmentStarts({ text: line.body, bullet: line.from === 0 && line.seg.bullet });
        if ((r.starts & starts) !== 0 && (r.needs & line.words!) === r.needs && ((r.anyWords & line.words!) !== 0 || (r.anyStarts & starts) !== 0)) return r.run(line);
        const before = facts(line.state, line);
        const stops = r.run(line);
        shut(name, JSON.stringify(line.body), !stops, before, facts(line.state, line));
        return stops;
      } };
    });
    return parse(text, {});
  } finally {
    savedRules.forEach((r, k) => { rules[k] = r; });
    savedInline.forEach((r, k) => { inline[k] = r; });
  }
}

/** A header of our markup, with the line under test among its fields. */
const HEADER = (line: string) => `# Ashby Town Council: Finance Committee\n» ${line}\n\nPresent:\nCllr Ortega (Chair)\nCllr Ahmed\n\n051/25 Budget\nThe budget was discussed.\n`;
/** An item of our markup, a motion open, with the line under test in its proceedings. */
const MARKUP = (line: string) => `# Ashby Town Council: Finance Committee\nDate: Tuesday 6 May 2025\n\nPresent:\nCllr Ortega (Chair)\nCllr Ahmed\nCllr Chen\n\n051/25 Budget\nMOTION: That the budget be approved.\n» ${line}\n\n052/25 Any other business\nNone.\n`;

/** An item of a parish, the line under test just under its decision (a vote line's place). */
const VOTED = (line: string) => PARISH(`RESOLVED: that the hedge at plot 4 be cut.\n${line}`).replace('» RESOLVED', 'RESOLVED').replace(`\n${line}`, `\n» ${line}`);

/**
 * Lines in other boards' words for each gate's alternatives (each first character and word a gate
 * lets through), that no fixture may write: the gates are checked on them as on the fixtures.
 */
/** A line inside an open list, after its first person (`after`: the lines under it). */
const LIST = (line: string, after = '') => `# Ashby Town Council: Finance Committee\nDate: 6 May 2025\n\nAttendees:\nAna Roe : Chair\n» ${line}\n${after}\n051/25 Budget\nThe budget was discussed.\n`;
const GATE_LINES: readonly string[] = [
  // people-block on a line of an open list: a person's own line is the person reader's; a roll of signs, a grid's heading
  // row, a label wrapped in its column are a list's start, each its reader's
  LIST('Claire Bell\t:\tPolice and Crime Commissioner'), LIST('Jane Roe : Board Member, OPCC'), LIST('Dr Amal Haddad : Medical Director'),
  LIST('Steering Group: ✓ Ben Lee · ✓ Cy Dee · ✗ Dan Fox, regrets'), LIST('Full Name\t:\tAttendance', 'Ben Lee\t:\tPresent\nCy Dee\t:\tApologies\n'),
  LIST('Management Committee\t:\tBen Lee, Cy Dee', 'Present:\n'), LIST('Sam Ali\t:\tMembers', 'Ben Lee\t:\tPresent\n'),
  // closing-line, header-field
  PARISH('There being no further business, the meeting closed at 8.40 pm.'), PARISH('The Chairman closed the meeting at 9.05pm.'),
  PARISH('Meeting closed at 21:05'), COUNCIL('           Close of meeting: 12.45'), NHS('End of meeting'), PARISH('Chair closed the meeting at 8.30pm'),
  PARISH('Signed ………………………… Chairman     Date ……………'), NHS('Signature: ____________  Date: ________'), SCHOOL('\tDate ………………………'),
  PARISH('Next meeting: Tuesday 14 October 2025'), NHS('Date of next meeting: Thursday 2 April 2026'),
  HEADER('Date: Tuesday 6 May 2025'), HEADER('Time: 19:00'), HEADER('Location: Council Chamber'), HEADER('Venue: The Guildhall'),
  HEADER('Place: Village Hall'), HEADER('Chair: Cllr Ortega'), HEADER('Chaired by: Cllr Ortega'), HEADER('Status: Draft'), HEADER('Next meeting: 3 June 2025'),
  HEADER('Agenda'), HEADER('AGENDA:'),
  // proceedings-line, proceedings, vote-line
  MARKUP('Moved: Cllr Chen'), MARKUP('Proposed by: Cllr Ahmed'), MARKUP('Seconded: Cllr Ahmed'), MARKUP('Vote: For 6, Against 1, Abstain 0'),
  MARKUP('For: 6'), MARKUP('Against: 1'), MARKUP('Abstained: 0'), MARKUP('Casting vote: Cllr Ortega'), MARKUP('Result: Carried'),
  MARKUP('Interest: Cllr Chen, item 051/25, other registrable, stayed'), MARKUP('Declaration of interest: Cllr Ahmed'), MARKUP('- Result: Carried'), MARKUP('AMENDMENT: That the reserve be kept.'),
  COUNCIL('           RESOLVED: that the plan be approved.'), VOTED('Carried unanimously.'), VOTED('(5 for, 2 against)'), VOTED('7 in favour, 1 against'),
  VOTED('Motion carried 5-0.'), VOTED('Lost.'), VOTED('Defeated'), VOTED('Unanimous'), VOTED('All in favour.'), VOTED('Vote: 4 for, 1 against.'), VOTED('For: 4, Against: 1'),
  // status-update, status-review, run-on-action-log
  PARISH('081/22-A1 DONE: the hedge was cut.'), NHS('Action 17 – Complete'), NHS('[DONE] ACTION-41: circulate the plan'), NHS('Closed ACTION-3'),
  NHS('Ref    Action    Owner    Due    Status'), NHS('No. Action Owner Status'), NHS('# Action Owner Status'), NHS('Item Action Lead Status'), NHS('Min Ref Action Owner Status'),
  // action-form, owner-action, action-keyword, decision
  PARISH('ACTION: Clerk – order the new bins'), PARISH('**ACTION ITEM**: Clerk to order the new bins by 29 Feb.'), PARISH('__Action__: Clerk to order the bins.'),
  NHS('- Action: Director of Finance'), NHS('* ACTION: Director of Estates (carbon trajectory, February 2025)'), NHS('• Action: Chief Nurse'),
  PARISH('Action – Clerk to write to the tenant.'), PARISH('DECISION: to renew the lease.'), PARISH('Decided: to renew the lease.'),
  PARISH('AGREED: to renew the lease for three years.'), PARISH('Agreed – the lease be renewed.'), PARISH('Resolved – that the lease be renewed.'),
  // published-section, heading-item; presenter, question, asker
  COUNCIL('   Regular Items'), COUNCIL('   EMERGING ITEMS'), PARISH('Presented by: Cllr Ventham'), NHS('The report was introduced by the Director of Finance.'),
  NHS('Presented by the Chief Executive'), PARISH('Could the hedge be cut before winter? (Cllr Idris)'), PARISH('Asked by Cllr Idris (Chair of Allotments)'),
  // an owner alone under the task, a motion duly made, the last minutes agreed
  PARISH('Actioned by: Clerk'), PARISH('To action: Clerk, by 31 March'), NHS('To be actioned by: Director of Finance'), SCHOOL('To action: CH'), PARISH('- **To action**: Clerk'),
  PARISH('Upon motion duly made (Cllr Idris) and seconded (Cllr Ventham), the Council resolved to cut the hedge.'), CITY('Upon a motion duly made and seconded, it was resolved to approve the agenda.'),
  NHS('The minutes of the meeting held on 3 March were AGREED as a true record.'), PARISH('Minutes of the last meeting were agreed as a true and accurate record and signed by the Chair.'),
];

/** Every text of the fixtures (layouts, corpus, our markup, regressions), and the lines above in their families' documents. */
function gateTexts(): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  const walkDir = (dir: string): void => {
    for (const f of fs.readdirSync(dir)) {
      const p = path.join(dir, f);
      if (fs.statSync(p).isDirectory()) walkDir(p);
      else if (/\.(?:txt|minutes|md)$/.test(f)) out.push([path.relative(dir, p), fs.readFileSync(p, 'utf8')]);
    }
  };
  walkDir(path.resolve(__dirname, '..', '..', 'test', 'fixtures'));
  for (const [name, variants] of Object.entries(VARIANTS)) for (const [text] of variants) out.push([`${name}'s variant`, text.replace('» ', '')]);
  for (const text of GATE_LINES) out.push([text.split('\n').find((l) => l.startsWith('» '))!, text.replace('» ', '')]);
  return out;
}

test('every recogniser of both tables declines, and changes nothing, on the lines its gate shuts out (and on every line of a file its layout rules out); the reading is the same with the gates and layouts as without', () => {
  const failures: string[] = [];
  const skipped = new Map<string, number>();
  const texts = gateTexts();
  assert.ok(texts.length > 40, `the documents were read (${texts.length})`);
  for (const [name, text] of texts) {
    const ungated = readUngated(text, failures, skipped);
    assert.deepEqual(failures.slice(0, 20), [], name);
    assert.deepEqual(parse(text, {}), ungated, `${name}: the same reading with the gates as without`);
  }
  // each gate shuts some line out: a gate none of these lines meets would be one no test proves
  const gated = [...TABLE, ...INLINE].filter((r) => r.starts !== undefined || r.needs !== undefined || 'anyWords' in r || 'anyStarts' in r || 'anyHolds' in r).map((r) => r.name);
  assert.ok(gated.length >= 20, `recognisers with a gate: ${gated.join(', ')}`);
  for (const name of gated) assert.ok((skipped.get(name) ?? 0) > 0, `${name}'s gate shuts out some line`);
  // and each recogniser's layout (`applies`, table.ts `rulesFor`) rules it out of some file
  const ruledOut = TABLE.filter((r) => r.applies !== undefined);
  assert.ok(ruledOut.length >= 8, `recognisers with a layout: ${ruledOut.map((r) => r.name).join(', ')}`);
  for (const r of ruledOut) assert.ok((skipped.get(`${r.name} (layout)`) ?? 0) > 0, `${r.name}'s layout rules out some file`);
});

/**
 * Every document of the layouts folder and the corpus as another clerk of its family might lay it
 * out: a deeper margin, the web page's paragraphs, a wiki's bullets, the PDF's capitals, columns
 * split by bars rather than tabs, Windows line ends. The gates decide on a line's first character
 * and what it holds, which is just what these change: whatever is read (more or less than in the
 * original), it is read the same with the gates as without.
 */
const LAYOUTS_OF_A_FAMILY: ReadonlyArray<readonly [string, (line: string) => string]> = [
  ['a deeper margin', (l) => (l.trim() ? `    ${l}` : l)],
  ['a tab margin', (l) => (l.trim() ? `\t${l}` : l)],
  ['each line a web page\'s paragraph', (l) => (l.trim() ? `<p>${l}</p>` : l)],
  ['each line a bullet', (l) => (l.trim() ? `- ${l}` : l)],
  ['short lines in capitals', (l) => (l.length <= 60 ? l.toUpperCase() : l)],
  ['columns split by bars', (l) => l.replace(/\t+/g, ' | ')],
  ['Windows line ends', (l) => `${l}\r`],
];

test('the gates read another document of each family as the original: margins, paragraphs, bullets, capitals, bars, line ends', () => {
  const docs: Array<readonly [string, string]> = [];
  for (const dir of ['layouts', 'otherFamilies', 'corpus']) {
    const folder = path.resolve(__dirname, '..', '..', 'test', 'fixtures', dir);
    for (const f of fs.readdirSync(folder)) if (/\.(txt|md)$/.test(f)) docs.push([`${dir}/${f}`, fs.readFileSync(path.join(folder, f), 'utf8')]);
  }
  assert.ok(docs.length >= 24, `the documents were read (${docs.length})`);
  const skipped = new Map<string, number>();
  for (const [name, text] of docs) {
    for (const [how, change] of LAYOUTS_OF_A_FAMILY) {
      const other = text.split('\n').map(change).join('\n');
      const failures: string[] = [];
      const ungated = readUngated(other, failures, skipped);
      assert.deepEqual(failures.slice(0, 10), [], `${name}, ${how}`);
      assert.deepEqual(parse(other, {}), ungated, `${name}, ${how}: the same reading with the gates as without`);
    }
  }
});

test('an undertaking\'s verb is found with a blank after it, a tab or any unit that is no letter nor space', () => {
  assert.equal(keywordsOf('Clerk to report to County Highways') & W_UNDERTAKE, W_UNDERTAKE);
  assert.equal(keywordsOf('KA\twill\tsign') & W_UNDERTAKE, W_UNDERTAKE);
  assert.equal(keywordsOf('Staff were directed to bring back a plan') & W_UNDERTAKE, W_UNDERTAKE);
  assert.equal(keywordsOf('The Board APPROVED the summer programme') & W_UNDERTAKE, 0);
  assert.equal(keywordsOf('a total of tomorrow\'s wills') & W_UNDERTAKE, 0);
  // and a verb that ends the line (the reader's other first test), whatever stands before it
  for (const v of ['to', 'will', 'would', 'undertook', 'agreed', 'offered', 'directed', 'asked', 'requested', 'instructed', 'tasked']) {
    assert.equal(keywordsOf(`The Clerk ${v}`) & W_UNDERTAKE, W_UNDERTAKE, v);
    assert.equal(keywordsOf(`The Clerk${v}`) & W_UNDERTAKE, W_UNDERTAKE, v);
  }
  assert.equal(keywordsOf('The Board noted the plan') & W_UNDERTAKE, 0);
});

test('a gap between cells is a tab or two spaces in a row, wherever it stands: the search for one agrees', () => {
  const lines = ['Name\tRole\tAttendance', 'Name          Company          Role', '  indented once', 'one space between words', 'ends in two  ', 'a tab at the end\t', 'words  parted, then a dot.  Two spaces', ' ', '  ', 'x'];
  for (const t of lines) assert.equal((holdsOf(t) & H_GAP) !== 0, t.indexOf('\t') >= 0 || t.indexOf('  ') >= 0, JSON.stringify(t));
  // (a word's groups unchanged by the gap beside it)
  assert.equal(keywordsOf('ACTION:  Clerk') & W_ACTION, W_ACTION);
});

test('a line that ends in a letter (after its blanks) says so: a last cell\'s owner or role, in any case, never a stop, a bracket or a figure', () => {
  const ends = ['… would chase.        Clerk', 'Report the figures by June.\tFD', 'the hall was booked  ', 'Dog park lighting – in design\t', 'x', 'A'];
  const not = ['The report was noted.', 'Asked why? ', '(Asked by Cllr Idris)', 'Due 2026', 'Owner: Clerk —', '', '   ', 'café'];
  for (const t of ends) assert.equal(holdsOf(t) & H_END_LETTER, H_END_LETTER, JSON.stringify(t));
  for (const t of not) assert.equal(holdsOf(t) & H_END_LETTER, 0, JSON.stringify(t));
  // (no word's group nor an undertaking's verb ends in it: `to` at the end is W_UNDERTAKE's)
  assert.equal(keywordsOf('Clerk to') & H_END_LETTER, 0);
});

test('a dash that may part a row is found wherever MAY_DASH finds one (an en or em dash, a hyphen between spaces)', () => {
  const lines = ['Dog park lighting – in design', 'Skate park — tabled', 'Bench - repaired', 'well-being and a - b', 'no dash here', 'A-26-24', ' - ', 'x -y', '\t-\t', 'a – '];
  for (const t of lines) if (/[–—]| - /.test(t)) assert.equal(holdsOf(t) & H_DASH, H_DASH, JSON.stringify(t));
  assert.equal(holdsOf('no dash here') & H_DASH, 0);
  assert.equal(holdsOf('A-26-24 well-being') & H_DASH, 0);
  // and on every line of the published documents
  const root = path.resolve(__dirname, '..', '..', 'test', 'fixtures');
  for (const dir of ['layouts', 'otherFamilies', 'corpus']) {
    const folder = path.join(root, dir);
    if (!fs.existsSync(folder)) continue;
    for (const file of fs.readdirSync(folder).filter((f) => /\.(?:txt|minutes|md)$/.test(f))) {
      for (const line of fs.readFileSync(path.join(folder, file), 'utf8').split(/\r\n|\r|\n/)) if (/[–—]| - /.test(line)) assert.equal(holdsOf(line) & H_DASH, H_DASH, `${file}: ${line}`);
    }
  }
});
