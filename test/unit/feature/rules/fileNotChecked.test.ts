/** minutes/file-not-checked: a file over minutes.maxFileSize, or one that is not text, is not checked, and says so. */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';

test('a file with NUL characters (a Word file renamed .minutes) says so at its start', () => {
  checkRule('file-not-checked', 'PK\u0003\u0004\u0000\u0000word/document.xml', `
    PK\u0003\u0004\u0000\u0000word/document.xml
    | warning: This file does not look like text (it contains NUL characters): it may be a Word or PDF file renamed .minutes, or text saved as UTF-16 without a byte order mark. Save it as plain UTF-8 text.
  `);
});

test('a file larger than minutes.maxFileSize', () => {
  const big = `# Board\nDate: 27/09/2022\n\n081/22 Budget\n${'The Board discussed the budget at length.\n'.repeat(30)}`;
  checkRule('file-not-checked', big, `
    # Board
    | warning: This file is 0.0 MB, more than the 0.001 MB that Minutes checks as you type, so it is not checked. Split the archive into one file a meeting, or raise the setting minutes.maxFileSize.
  `, { settings: { maxFileSize: 0.001 } });
});

test('near misses: a file of the default size limit, with accented names and typographic dashes', () => {
  checkQuiet('file-not-checked', `
    # Board
    Date: 27/09/2022

    Present:
    Zoë Brontë : Board Member

    081/22 Budget – first reading
    Noted.
  `);
});
