/** minutes/malformed-number: a minute number not written as NNN/YY; the fix writes it so (all at once too). */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { SEPTEMBER } from '../../../support/boardFixture';

const MALFORMED = `${SEPTEMBER}
81/22 Access to Police Services
The Board discussed call handling.

082/2022 Fairness and Belonging
The strategy was presented.
`;

test('81/22 and 082/2022: each read as what it means, reported, and written as NNN/YY by the fix (one by one or all at once)', () => {
  checkRule('malformed-number', MALFORMED, `
    81/22 Access to Police Services
    ^^^^^ warning: Minute number "81/22" is not written as NNN/YY: the item number has fewer than three digits. Write 081/22.
    082/2022 Fairness and Belonging
    ^^^^^^^^ warning: Minute number "082/2022" is not written as NNN/YY: the year has four digits. Write 082/22.
  `);
  checkFixes('malformed-number', MALFORMED, `
    Write 081/22
    - 81/22 Access to Police Services
    + 081/22 Access to Police Services

    Write 082/22
    - 082/2022 Fairness and Belonging
    + 082/22 Fairness and Belonging

    Write all 2 malformed minute numbers as NNN/YY
    - 81/22 Access to Police Services
    + 081/22 Access to Police Services
    …
    - 082/2022 Fairness and Belonging
    + 082/22 Fairness and Belonging
  `);
});

test('a number the PDF broke over two lines is joined by the fix, the title left where it is', () => {
  const split = `${SEPTEMBER}
119/2
2

Rebuilding Community Policing
The Board discussed neighbourhood teams.
`;
  checkFixes('malformed-number', split, `
    Write 119/22
    - 119/2
    - 2
    + 119/22
  `);
});

test('near miss: numbers written as NNN/YY, and a file whose numbers the PDF broke in a narrow column (debris, not a fault)', () => {
  checkQuiet('malformed-number', `${SEPTEMBER}
081/22 Access to Police Services
Noted.

082/22 Fairness and Belonging
Noted.
`);
  checkQuiet('malformed-number', `${SEPTEMBER}
115/2 3 Access to Police Services
Noted.

116/2 3 Fairness and Belonging
Noted.

117/2 3 Budget
Noted.
`.replace('27/09/2022', '27/09/2023'));
});
