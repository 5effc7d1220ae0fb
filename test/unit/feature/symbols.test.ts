/** The Outline view and breadcrumbs: the meeting as a tree, `kind name — detail` a line. */
import { test } from 'node:test';
import { documentSymbols } from '#service';
import { check, fixture, tree } from '../../support/fixture';
import { SEPTEMBER } from '../../support/boardFixture';

function outline(source: string, options: { settings?: unknown } = {}): string {
  const f = fixture(source, options);
  return tree(documentSymbols(f.main.analysis.doc), (s) => `${s.kind} ${s.name}${s.detail ? ` — ${s.detail}` : ''}`);
}

test('the meeting, its lists with their people, sections, items with actions and decisions', () => {
  check(outline(`${SEPTEMBER}
Apologies:
David Thompson : Chief Constable

081/22 Apologies
Apologies were noted.

## Police and Crime Plan

082/22 Budget
Presented by: Mark Kenyon
ACTION: Publish the budget. Owner: VJ. Due: 25/10/2022.
DECISION: The budget was approved.
`), `
    meeting Strategic Policing and Crime Board — 27/09/2022
      people Present — 3 people
        person Simon Foster — Police and Crime Commissioner
        person Vanessa Jardine — Deputy Chief Constable
        person Mark Kenyon — Chief Finance Officer
      people Apologies — 1 person
        person David Thompson — Chief Constable
      item 081/22 Apologies
      section Police and Crime Plan
        item 082/22 Budget — presented by Mark Kenyon
          action Action 1: Publish the budget. — VJ · due 25/10/2022
          decision Decision: The budget was approved.
  `);
});

test('sub-items under their item', () => {
  check(outline(`${SEPTEMBER}
081/22 Finance
(a) Payments for approval
The payments were approved.
(b) Bank reconciliation
Noted.
`), `
    meeting Strategic Policing and Crime Board — 27/09/2022
      people Present — 3 people
        person Simon Foster — Police and Crime Commissioner
        person Vanessa Jardine — Deputy Chief Constable
        person Mark Kenyon — Chief Finance Officer
      item 081/22 Finance
        item (a) Payments for approval
        item (b) Bank reconciliation
  `);
});

test("a board's own numbering: the meeting says which numbers it holds; people as listed, with their title", () => {
  check(outline(`# Planning Committee
Date: 14/03/2024

Present:
Cllr Ann Lee : Chair
Dr Ravi Patel : Public Health Adviser
ACC Claire Bell : Assistant Chief Constable

PC24/061 Minutes of the last meeting
Approved.

PC24/062 Planning application 24/0112
Refused.
`), `
    meeting Planning Committee — 14/03/2024 · numbered PC24/061 to PC24/062
      people Present — 3 people
        person Cllr Ann Lee — Chair
        person Dr Ravi Patel — Public Health Adviser
        person ACC Claire Bell — Assistant Chief Constable
      item PC24/061 Minutes of the last meeting
      item PC24/062 Planning application 24/0112
  `);
});

test('where the room changes, each item says how many may vote, and who withdrew', () => {
  check(outline(`# Planning Committee
Date: 01/04/2025

Present:
Cllr Ahmed (Chair)
Cllr Brown
Cllr Chen
Cllr Keswick

041/25 Declarations of interest
Interest: Cllr Keswick, item 042/25, disclosable pecuniary, left the room

042/25 Keswick Farm barns
Approved.

043/25 Budget
Cllr Brown left the meeting at 19:40.
Noted.
`), `
    meeting Planning Committee — 01/04/2025
      people Present — 4 people
        person Cllr Ahmed — Chair
        person Cllr Brown
        person Cllr Chen
        person Cllr Keswick
      item 041/25 Declarations of interest — 4 may vote
      item 042/25 Keswick Farm barns — 3 may vote · Cllr Keswick withdrew
      item 043/25 Budget — 3 may vote
  `);
});

test('a meeting whose room never changes says nothing of it in the outline', () => {
  check(outline(`# Planning Committee
Date: 01/04/2025

Present:
Cllr Ahmed (Chair)
Cllr Brown

041/25 Budget
Noted.
`), `
    meeting Planning Committee — 01/04/2025
      people Present — 2 people
        person Cllr Ahmed — Chair
        person Cllr Brown
      item 041/25 Budget
  `);
});
