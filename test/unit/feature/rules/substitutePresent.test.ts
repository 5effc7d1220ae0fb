/** minutes/substitute-present: a substitute listed for a member who is listed present too. */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

test('a substitute for a member listed present too: the substitute line is told, the member pointed at', () => {
  checkRule('substitute-present', `${COUNCIL.replace('Cllr Fisher\n', 'Cllr Fisher\nCllr Keswick\n').replace('Apologies:\nCllr Keswick\n', 'Apologies:\nCllr Hughes\n')}
031/25 Grants
The committee noted the grants report.
`, `
    Cllr Dhaliwal (substitute for Cllr Keswick)
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: Cllr Dhaliwal is listed as substitute for Cllr Keswick, who is listed present too: a substitute sits only for a member who is away. Take Cllr Keswick out of Present: (into Apologies:), or take out the substitution.
    Cllr Keswick
    ^^^^^^^^^^^^ related: Cllr Keswick, listed present
  `);
});

test('near misses: a substitute for a member who sent apologies, and for a member of another name', () => {
  checkQuiet('substitute-present', `${COUNCIL}
031/25 Grants
The committee noted the grants report.
`);
  checkQuiet('substitute-present', `${COUNCIL.replace('(substitute for Cllr Keswick)', '(substitute for Cllr Kessler)')}
031/25 Grants
The committee noted the grants report.
`);
});
