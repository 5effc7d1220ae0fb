/** Completion (Ctrl+Space), as the list the clerk sees: one `label — detail` a line, in the editor's order. */
import { test } from 'node:test';
import { completions, type Completion } from '#service';
import { check, cursorOf, fixture } from '../../support/fixture';
import { JULY, MEETING_DAY, SEPTEMBER } from '../../support/boardFixture';

function complete(source: string, kinds?: readonly Completion['kind'][]): string {
  const f = fixture(source, { today: MEETING_DAY });
  const { line, character } = cursorOf(f);
  const a = f.main.analysis;
  const list = completions(a.doc, a.lines, line, character, f.main.uri, f.today, f.settings.dateOrder, f.model, f.settings)
    .filter((c) => !kinds || kinds.includes(c.kind))
    .sort((x, y) => (x.sortText ?? x.label).localeCompare(y.sortText ?? y.label));
  return list.map((c) => (c.detail ? `${c.label} — ${c.detail}` : c.label)).join('\n');
}

test('at the start of a line: the next minute number first, then the keywords', () => {
  check(complete(`${JULY}${SEPTEMBER}
081/22 Matters Arising
The Board noted the actions.

$0
`, ['number', 'keyword']), `
    082/22 — the next minute number
    ACTION:
    DECISION:
    Presented by:
    Next meeting:
    Present:
    Apologies:
    In attendance:
  `);
});

test('the first item of a meeting is numbered on from the previous meeting of the year', () => {
  check(complete(`${JULY}${SEPTEMBER}
$0
`, ['number']), `
    077/22 — the next minute number
  `);
});

test("after Owner: this meeting's people, those present first (by name), then people of other meetings", () => {
  check(complete(`${JULY}${SEPTEMBER}
081/22 Budget
ACTION: Publish the budget. Owner: $0
`, ['person']), `
    Mark Kenyon : Chief Finance Officer — present
    Simon Foster : Police and Crime Commissioner — present
    Vanessa Jardine : Deputy Chief Constable — present
    David Thompson : Chief Constable — apologies, 26 July 2022
  `);
});

test('after Owner: those present first, and a person who sent apologies says so, to this meeting or to which other one', () => {
  check(complete(`${JULY}${SEPTEMBER}
Apologies:
Cath Hannon : Board Member

In attendance:
Charlotte Killeen : Staff Officer

081/22 Budget
ACTION: Publish the budget. Owner: $0
`, ['person']), `
    Mark Kenyon : Chief Finance Officer — present
    Simon Foster : Police and Crime Commissioner — present
    Vanessa Jardine : Deputy Chief Constable — present
    Charlotte Killeen : Staff Officer — in attendance
    Cath Hannon : Board Member — sent apologies to this meeting
    David Thompson : Chief Constable — apologies, 26 July 2022
  `);
});

test('after see: the items of every meeting whose number starts as typed, with their titles', () => {
  check(complete(`${JULY}${SEPTEMBER}
081/22 Budget
The Board asked about fuel (see 07$0
`), `
    075/22 — Finance and Budget Update
    076/22 — Date of Next Meeting
  `);
});

test("after Due: today, next meeting, then the coming eight weeks", () => {
  check(complete(`${JULY}${SEPTEMBER}
081/22 Budget
ACTION: Publish the budget. Owner: Mark Kenyon. Due: $0
`), `
    27/09/2022 — today
    next meeting — resolved once the next meeting exists
    04/10/2022 — Tuesday 4 October 2022 (in 1 week)
    11/10/2022 — Tuesday 11 October 2022 (in 2 weeks)
    18/10/2022 — Tuesday 18 October 2022 (in 3 weeks)
    25/10/2022 — Tuesday 25 October 2022 (in 4 weeks)
    01/11/2022 — Tuesday 1 November 2022 (in 5 weeks)
    08/11/2022 — Tuesday 8 November 2022 (in 6 weeks)
    15/11/2022 — Tuesday 15 November 2022 (in 7 weeks)
    22/11/2022 — Tuesday 22 November 2022 (in 8 weeks)
  `);
});

test('in the middle of a sentence: nothing is offered', () => {
  check(complete(`${JULY}${SEPTEMBER}
081/22 Budget
The Board discussed$0 the budget.
`), '');
});

/** A council that records motions: its title and the members present. */
const PARISH = `# Parish Council
Date: 27/09/2022

Present:
Cllr Ann Lee : Chair
Cllr Bob Hart
`;

test('after Moved: only the members present, not those who sent apologies', () => {
  check(complete(`${PARISH}
Apologies:
Cllr Carol Dunn

001/22 Budget
MOTION: That the budget be approved.
Moved: $0
`, ['person']), `
    Cllr Ann Lee — present and eligible for item 001/22
    Cllr Bob Hart — present and eligible for item 001/22
  `);
});

test('after Seconded: the members present, less the mover', () => {
  check(complete(`${PARISH}Cllr Dev Rao

001/22 Budget
MOTION: That the budget be approved.
Moved: Cllr Ann Lee
Seconded: $0
`, ['person']), `
    Cllr Bob Hart — present and eligible for item 001/22
    Cllr Dev Rao — present and eligible for item 001/22
  `);
});
