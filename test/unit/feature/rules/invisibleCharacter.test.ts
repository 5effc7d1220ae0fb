/**
 * minutes/invisible-character: an invisible or text-direction character in a minute number, a
 * reference or a name; the item stays the item it looks like, and the fix removes the characters.
 * (The fixtures write the characters as escapes: \u200b a zero-width space, \u2060 a word joiner, \u202e a right-to-left override.)
 */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { SEPTEMBER } from '../../../support/boardFixture';

const HIDDEN = `${SEPTEMBER}
081/2\u200b2 Budget
Presented by: Mark\u202e Kenyon
The Board returned to the fleet (see \u2060075/22).
`;

test('a zero-width space in a number, an override in a presenter, a word joiner before a reference', () => {
  checkRule('invisible-character', HIDDEN, `
    081/2\u200b2 Budget
    ^^^^^^^ warning: Minute number 081/22 has an invisible character in it: zero-width space (U+200B). It looks right here, but search, copying and other programs see something else. Remove it.
    Presented by: Mark\u202e Kenyon
                  ^^^^^^^^^^^^ warning: The presenter "Mark Kenyon" has an invisible character in it: right-to-left override (U+202E). It looks right here, but search, copying and other programs see something else. Remove it.
    The Board returned to the fleet (see \u2060075/22).
                                         ^^^^^^^ warning: The reference to 075/22 has an invisible character in it: word joiner (U+2060). It looks right here, but search, copying and other programs see something else. Remove it.
  `);
  checkFixes('invisible-character', HIDDEN.replace('081/2', '0$081/2'), `
    Remove the invisible character
    - 081/2\u200b2 Budget
    + 081/22 Budget
  `);
});

test("near misses: the same characters in an item's text (a sentence, not a number or name), and accented names", () => {
  checkQuiet('invisible-character', `${SEPTEMBER}
Zoë Brontë : Board Member
Siân Llŷr : Board Member

081/22 Budget
The co\u00adoperative\u200b bid was discussed.
`);
});
