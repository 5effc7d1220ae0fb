/** Format Document (Shift+Alt+F) and Format Selection: what tidying changes, line by line; never a word. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { formatDocument } from '#service';
import { applied, check, fixture, renderEdits } from '../../support/fixture';
import { words } from '../../support/util';

/** A tidy title and list: its colons aligned, so that each test shows only what it is about. */
const HEAD = `# Strategic Policing and Crime Board
Date: 27/09/2022

Present:
Simon Foster : Police and Crime Commissioner
Mark Kenyon  : Chief Finance Officer
`;

function formatted(source: string): string {
  const f = fixture(source);
  const edits = formatDocument(f.main.analysis.doc, f.main.text, f.today, f.selection && f.selection.start.line !== f.selection.end.line ? f.selection : undefined);
  // never a word changed, added or dropped: the same words, with the colons of the lists re-spaced and
  // minute numbers read as numbers (81/22 is 081/22)
  const asNumbers = (t: string): string[] => words(t.replace(/\s*:\s*/g, ' : ')).map((w) => w.replace(/^0*(\d+)\/(\d\d)$/, '$1/$2'));
  assert.deepEqual(asNumbers(applied(f.main.text, edits)), asNumbers(f.main.text));
  return renderEdits(f, edits);
}

test('minute numbers in canonical form', () => {
  check(formatted(`${HEAD}
81/22 Matters Arising
Nothing arose.

082/22 Budget
Noted.

83/22 Fleet
Noted.
`), `
    - 81/22 Matters Arising
    + 081/22 Matters Arising
    …
    - 83/22 Fleet
    + 083/22 Fleet
  `);
});

test('Name : Role lines aligned on the colon', () => {
  check(formatted(`# Strategic Policing and Crime Board
Date: 27/09/2022

Present:
Simon Foster: Police and Crime Commissioner
Vanessa Jardine   :   Deputy Chief Constable
Mark Kenyon : Chief Finance Officer

081/22 Budget
Noted.
`), `
    - Simon Foster: Police and Crime Commissioner
    - Vanessa Jardine   :   Deputy Chief Constable
    - Mark Kenyon : Chief Finance Officer
    + Simon Foster    : Police and Crime Commissioner
    + Vanessa Jardine : Deputy Chief Constable
    + Mark Kenyon     : Chief Finance Officer
  `);
});

test('one blank line before each item, trailing spaces removed', () => {
  check(formatted(`${HEAD}
081/22 Matters Arising
Nothing arose.${'   '}
082/22 Budget


083/22 Fleet
Noted.
`), `
    - Nothing arose.···
    + Nothing arose.
    +
    …
    -
  `);
});

test('a tidy file: no change', () => {
  check(formatted(`${HEAD}
081/22 Budget
Noted.
`), 'no change');
});
