/** minutes/misencoded-character: UTF-8 read as Windows-1252 (`weâ€™re`); the fix writes what was typed. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { SEPTEMBER } from '../../../support/boardFixture';

const GARBLED = `${SEPTEMBER}
081/22 Budget
The Chief Constable said weâ€™re on track â€“ the figures follow.
`;

test('a garbled apostrophe and dash: each marked, each fix writes the character typed', () => {
  checkRule('misencoded-character', GARBLED, `
    The Chief Constable said weâ€™re on track â€“ the figures follow.
                               ^^^ warning: "â€™" is "’" garbled by a wrong encoding (the text was saved as UTF-8 and read as Windows-1252, as often when copied from a web page, a mail or a PDF). Write "’" instead.
                                              ^^^ warning: "â€“" is "–" garbled by a wrong encoding (the text was saved as UTF-8 and read as Windows-1252, as often when copied from a web page, a mail or a PDF). Write "–" instead.
  `);
  checkFixes('misencoded-character', GARBLED.replace('weâ€™re', 'we$0â€™re'), `
    Write "’" for "â€™"
    - The Chief Constable said weâ€™re on track â€“ the figures follow.
    + The Chief Constable said we’re on track â€“ the figures follow.
  `);
});

test('near misses: accented names and words (Zoë, Ângela, café) are never garbling', () => {
  checkQuiet('misencoded-character', `${SEPTEMBER}
Zoë Brontë : Board Member
Ângela Dâmaso : Board Member

081/22 Budget
The café contract – renewed – was noted; Ângela Dâmaso’s report was welcomed.
`);
});
