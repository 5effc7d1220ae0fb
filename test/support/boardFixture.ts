/**
 * Two meetings of one board, for the feature tests (test/unit/feature/): July minuted an item with
 * an action; September carries the action forward. A test writes `${JULY}${SEPTEMBER}` and then
 * September's items, with `$0` where the clerk stands.
 */
export const JULY = `//- 2022-07-26.minutes
# Strategic Policing and Crime Board
Date: 26/07/2022
Chair: Simon Foster

Present:
Simon Foster (SF) : Police and Crime Commissioner
Vanessa Jardine (VJ) : Deputy Chief Constable
Mark Kenyon : Chief Finance Officer

Apologies:
David Thompson : Chief Constable

075/22 Finance and Budget Update
Presented by: Mark Kenyon
The Board discussed the budget.
ACTION: Report on fuel costs. Owner: Mark Kenyon. Due: 27/09/2022.

076/22 Date of Next Meeting
Next meeting: 27/09/2022
`;

/** September's title and lists, up to its first item. */
export const SEPTEMBER = `//- 2022-09-27.minutes
# Strategic Policing and Crime Board
Date: 27/09/2022
Chair: Simon Foster

Present:
Simon Foster (SF) : Police and Crime Commissioner
Vanessa Jardine (VJ) : Deputy Chief Constable
Mark Kenyon : Chief Finance Officer
`;

/** The day of September's meeting, for answers that depend on today (dates offered, overdue actions). */
export const MEETING_DAY = new Date(2022, 8, 27);

/**
 * A council committee's header and lists in our markup (docs/markup.md, Proceedings), up to its
 * first item: seven voting members present (Cllr Dhaliwal substituting for Cllr Keswick, Cllr Evans
 * remote), an observer, an officer in attendance. A test writes `${COUNCIL}` and then the items.
 */
export const COUNCIL = `//- 2025-03-04.minutes
# Ashby Town Council: Planning and Licensing Committee
Date: Tuesday 4 March 2025
Time: 19:00
Chair: Cllr Ortega

Present:
Cllr Ortega (Chair)
Cllr Ahmed
Cllr Brown
Cllr Chen
Cllr Dhaliwal (substitute for Cllr Keswick)
Cllr Evans (remote)
Cllr Fisher
Cllr Grant (observer)

Apologies:
Cllr Keswick

In attendance:
Jo Marsh : Town Clerk
`;
