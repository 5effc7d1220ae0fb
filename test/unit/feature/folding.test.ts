/** Folding: each fold as its first and last line, `first … last`, with the lines it spans (counted from 1). */
import { test } from 'node:test';
import { foldingRanges, splitLines } from '#service';
import { check, fixture } from '../../support/fixture';
import { SEPTEMBER } from '../../support/boardFixture';

function folds(source: string): string {
  const f = fixture(source);
  const lines = splitLines(f.main.text);
  return foldingRanges(f.main.analysis.doc).map((r) => `${r.startLine + 1}-${r.endLine + 1}: ${lines[r.startLine]} … ${lines[r.endLine]}`).join('\n');
}

test('the lists and each item fold, from their first line to their last written line', () => {
  check(folds(`${SEPTEMBER}
081/22 Matters Arising
Nothing arose.

082/22 Budget
Presented by: Mark Kenyon
The Board discussed the budget.
DECISION: The budget was approved.
`), `
    5-8: Present: … Mark Kenyon : Chief Finance Officer
    10-11: 081/22 Matters Arising … Nothing arose.
    13-16: 082/22 Budget … DECISION: The budget was approved.
  `);
});

test('a section folds over its items', () => {
  check(folds(`${SEPTEMBER}
## Police and Crime Plan

081/22 Budget
Noted.

082/22 Fleet
Noted.

## Any Other Business

083/22 Thanks
The Chair thanked the officers.
`), `
    5-8: Present: … Mark Kenyon : Chief Finance Officer
    10-16: ## Police and Crime Plan … Noted.
    12-13: 081/22 Budget … Noted.
    15-16: 082/22 Fleet … Noted.
    18-21: ## Any Other Business … The Chair thanked the officers.
    20-21: 083/22 Thanks … The Chair thanked the officers.
  `);
});

test('a one-line item does not fold', () => {
  check(folds(`${SEPTEMBER}
081/22 Any Other Business

082/22 Thanks
The Chair thanked the officers.
`), `
    5-8: Present: … Mark Kenyon : Chief Finance Officer
    12-13: 082/22 Thanks … The Chair thanked the officers.
  `);
});
