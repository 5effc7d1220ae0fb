/** minutes/non-canonical: a recognised variant, rewritten in the canonical form by the fix (all at once too). */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';

const VARIANTS = `
  # Strategic Policing and Crime Board
  Date: 27/09/2022

  Attendees:
  Simon Foster - Police and Crime Commissioner
  Mark Kenyon : Chief Finance Officer

  081/22 Budget
  This paper was presented by Mark Kenyon and the following points were discussed.
  Action: Publish the budget. Owner: Mark Kenyon. Due: 25/10/2022.
  RESOLVED: The budget is approved.
`;

test('a variant label, person line, presenter sentence, action and decision keyword: each a hint with its canonical form', () => {
  checkRule('non-canonical', VARIANTS, `
    Attendees:
    ^^^^^^^^^^ hint: Write "Present:" to start the present list (found "Attendees:").
    Simon Foster - Police and Crime Commissioner
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ hint: Write a person as "Name : Role" (found "Simon Foster - Police and Crime Commissioner").
    This paper was presented by Mark Kenyon and the following points were discussed.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ hint: Presenters can be written "Presented by: Mark Kenyon".
    Action: Publish the budget. Owner: Mark Kenyon. Due: 25/10/2022.
    ^^^^^^^^ hint: Write "ACTION:" to start an action (found "Action:").
    RESOLVED: The budget is approved.
    ^^^^^^^^^^ hint: Write "DECISION:" to record a decision (found "RESOLVED:").
  `);
});

test('the fixes keep every word; the fix-all makes them all at once', () => {
  checkFixes('non-canonical', VARIANTS.replace('Action:', 'Act$0ion:'), `
    Write ACTION:
    - Action: Publish the budget. Owner: Mark Kenyon. Due: 25/10/2022.
    + ACTION: Publish the budget. Owner: Mark Kenyon. Due: 25/10/2022.

    Rewrite all 5 variants in the canonical form
    - Attendees:
    - Simon Foster - Police and Crime Commissioner
    + Present:
    + Simon Foster : Police and Crime Commissioner
    …
    - This paper was presented by Mark Kenyon and the following points were discussed.
    - Action: Publish the budget. Owner: Mark Kenyon. Due: 25/10/2022.
    - RESOLVED: The budget is approved.
    + Presented by: Mark Kenyon
    + And the following points were discussed.
    + ACTION: Publish the budget. Owner: Mark Kenyon. Due: 25/10/2022.
    + DECISION: The budget is approved.
  `);
});

test('near misses: the canonical forms, and a word "action" or "resolved" inside a sentence', () => {
  checkQuiet('non-canonical', `
    # Strategic Policing and Crime Board
    Date: 27/09/2022

    Present:
    Mark Kenyon : Chief Finance Officer

    081/22 Budget
    Presented by: Mark Kenyon
    The Board resolved nothing today; the action plan follows next month.
    ACTION: Publish the budget. Owner: Mark Kenyon. Due: 25/10/2022.
    DECISION: The budget is approved.
  `);
});
