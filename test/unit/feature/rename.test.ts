/** Rename (F2): a minute number with every reference to it, or a person with every mention by name. */
import { test } from 'node:test';
import { prepareRename, renameItem, renamePerson } from '#service';
import { annotate, check, cursorOf, fixture, renderEdits, targetAtCursor } from '../../support/fixture';
import { JULY, SEPTEMBER } from '../../support/boardFixture';

/** The changes of renaming what is under the cursor to `newName`, or the clerk's message when refused. */
function renamed(source: string, newName: string, options: { acrossMeetings?: boolean } = {}): string {
  const f = fixture(source);
  const target = targetAtCursor(f);
  if (!target || target.kind === 'action' || target.kind === 'mention') return 'nothing to rename here';
  const r = target.kind === 'item'
    ? renameItem(f.model, f.main.uri, target, newName, f.settings.dateOrder)
    : renamePerson(f.model, f.main.uri, target, newName, { acrossMeetings: options.acrossMeetings ?? false, texts: new Map(f.files.map((x) => [x.uri, x.text])) });
  return 'error' in r ? `refused: ${r.error}` : renderEdits(f, r.edits);
}

function place(source: string): string {
  const f = fixture(source);
  const meeting = f.main.analysis.doc.meeting;
  if (!meeting) return '';
  const r = prepareRename(meeting, cursorOf(f));
  return 'error' in r ? `refused: ${r.error}` : annotate(f, [{ range: r.range, label: `rename ${r.placeholder}` }]);
}

test('F2 on a minute number: the number is what is renamed', () => {
  check(place(`${JULY}${SEPTEMBER}
08$01/22 Budget
Noted.
`), `
    081/22 Budget
    ^^^^^^ rename 081/22
  `);
});

test('renumbering an item: every reference to it and to its actions follows, in every meeting', () => {
  check(renamed(`${JULY}${SEPTEMBER}
081/22 Matters Arising
075/22-A1 CARRIED FORWARD: fuel costs still being collected.
The Board recalled the budget (see 0$075/22).
`, '074/22'), `
    //- 2022-07-26.minutes
    - 075/22 Finance and Budget Update
    + 074/22 Finance and Budget Update
    //- 2022-09-27.minutes
    - 075/22-A1 CARRIED FORWARD: fuel costs still being collected.
    - The Board recalled the budget (see 075/22).
    + 074/22-A1 CARRIED FORWARD: fuel costs still being collected.
    + The Board recalled the budget (see 074/22).
  `);
});

test('a number already used is refused, saying so', () => {
  check(renamed(`${JULY}${SEPTEMBER}
08$01/22 Budget
Noted.
`, '076/22'), `
    refused: Item 076/22 already exists (Date of Next Meeting, meeting of 26/07/2022). Choose a free number.
  `);
});

test('a number not written as NNN/YY is refused, with what to type', () => {
  check(renamed(`${JULY}${SEPTEMBER}
08$01/22 Budget
Noted.
`, 'eighty-two'), `
    refused: "eighty-two" is not a minute number: type it as 082/22, three digits, a slash and the year's last two digits.
  `);
});

test("renaming a person: the list line, Presented by, Owner and the full name in running text; initials stay", () => {
  check(renamed(`${JULY}${SEPTEMBER}
081/22 Budget
Presented by: Mark Kenyon
Mark Kenyon said the budget was balanced; MK will write to the Board.
ACTION: Publish the budget. Owner: Mark$0 Kenyon. Due: next meeting.
`, 'Mark Kenyon-Hale'), `
    - Mark Kenyon : Chief Finance Officer
    + Mark Kenyon-Hale : Chief Finance Officer
    …
    - Presented by: Mark Kenyon
    - Mark Kenyon said the budget was balanced; MK will write to the Board.
    - ACTION: Publish the budget. Owner: Mark Kenyon. Due: next meeting.
    + Presented by: Mark Kenyon-Hale
    + Mark Kenyon-Hale said the budget was balanced; MK will write to the Board.
    + ACTION: Publish the budget. Owner: Mark Kenyon-Hale. Due: next meeting.
  `);
});

test('renaming a person across meetings, when the setting says so', () => {
  check(renamed(`${JULY}${SEPTEMBER}
081/22 Budget
Presented by: Mark$0 Kenyon
`, 'Mark Kenyon-Hale', { acrossMeetings: true }), `
    //- 2022-07-26.minutes
    - Mark Kenyon : Chief Finance Officer
    + Mark Kenyon-Hale : Chief Finance Officer
    …
    - Presented by: Mark Kenyon
    + Presented by: Mark Kenyon-Hale
    …
    - ACTION: Report on fuel costs. Owner: Mark Kenyon. Due: 27/09/2022.
    + ACTION: Report on fuel costs. Owner: Mark Kenyon-Hale. Due: 27/09/2022.
    //- 2022-09-27.minutes
    - Mark Kenyon : Chief Finance Officer
    + Mark Kenyon-Hale : Chief Finance Officer
    …
    - Presented by: Mark Kenyon
    + Presented by: Mark Kenyon-Hale
  `);
});

test('a name that holds the renamed one is someone else, and stays', () => {
  check(renamed(`${SEPTEMBER}Mark Kenyon-Jones : Treasurer

081/22 Budget
Presented by: Mark Kenyon-Jones
ACTION: Check the accounts. Owner: Mark$0 Kenyon.
`, 'Mark Hale'), `
    - Mark Kenyon : Chief Finance Officer
    + Mark Hale : Chief Finance Officer
    …
    - ACTION: Check the accounts. Owner: Mark Kenyon.
    + ACTION: Check the accounts. Owner: Mark Hale.
  `);
});
