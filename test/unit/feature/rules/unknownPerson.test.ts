/** minutes/unknown-person: a presenter or owner in no list, nor said to have joined; fixes: the near name, or add them to Present. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { SEPTEMBER } from '../../../support/boardFixture';

const MISSPELT = `${SEPTEMBER}
081/22 Budget
Presented by: Mark Kenyen
ACTION: Write to the Home Office. Owner: Nobody Known. Due: 25/10/2022.
`;

test('a misspelt presenter is asked "did you mean", a stranger owner whether they attended', () => {
  checkRule('unknown-person', MISSPELT, `
    Presented by: Mark Kenyen
                  ^^^^^^^^^^^ warning: Presenter "Mark Kenyen" is not in the attendance lists. Did you mean Mark Kenyon? If not, add them under Present:
    ACTION: Write to the Home Office. Owner: Nobody Known. Due: 25/10/2022.
                                             ^^^^^^^^^^^^ warning: Owner "Nobody Known" is not in the attendance lists. If they attended, add them under Present: (or say when they joined: "Nobody Known joined the meeting at 10:40")
  `);
  checkFixes('unknown-person', MISSPELT.replace('Mark Kenyen', 'Mark Ke$0nyen'), `
    Change to Mark Kenyon
    - Presented by: Mark Kenyen
    + Presented by: Mark Kenyon

    Add Mark Kenyen to Present
    + Mark Kenyen
  `);
});

test("the fix adds the fullest name the minutes give, without the rank, and no placeholder for a role the minutes do not give", () => {
  checkFixes('unknown-person', `${SEPTEMBER}
081/22 Budget
Presented by: Supt Waseem Zaffar
ACTION: Brief the Board. Owner: $0Zaffar. Due: 25/10/2022.
`, `
    Add Waseem Zaffar to Present
    + Waseem Zaffar
  `);
});

test('near misses: initials, a role, a body, a rank before the surname, a shortened first name, and someone the minutes say joined', () => {
  checkQuiet('unknown-person', `${SEPTEMBER}
Catherine Hannon : Board Member

081/22 Budget
Cllr Waseem Zaffar joined the meeting at 10:40.
Presented by: VJ, Chief Finance Officer
ACTION: Share the data. Owners: WMP, OPCC. Due: next meeting.
ACTION: Review the figures. Owner: DCC Jardine. Due: next meeting.
ACTION: Brief the Board. Owner: Cath Hannon. Due: next meeting.
ACTION: Report on the estate. Owner: Zaffar. Due: next meeting.
`);
});
