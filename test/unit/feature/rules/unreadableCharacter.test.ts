/** minutes/unreadable-character: characters shown as � (a Windows-1252 file opened as UTF-8); one finding for the file, at the first. */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { SEPTEMBER } from '../../../support/boardFixture';

test('two unreadable characters: the first is marked, the message counts both and says how to reopen the file', () => {
  checkRule('unreadable-character', `${SEPTEMBER}
081/22 Budget
The precept rose by \ufffd2.50, the \ufffdfair funding\ufffd review aside.
`, `
    The precept rose by \ufffd2.50, the \ufffdfair funding\ufffd review aside.
                        ^ information: This file has 3 characters that could not be read, shown as �: it was saved in another encoding than UTF-8, most likely Windows-1252 (text from Word, with £ and “smart quotes”). Reopen it in that encoding (in VS Code: Reopen with Encoding, Western (Windows 1252)), check the text, and save it as UTF-8 (Save with Encoding, UTF-8).
  `);
});

test('near miss: the pound sign and smart quotes read right', () => {
  checkQuiet('unreadable-character', `${SEPTEMBER}
081/22 Budget
The precept rose by £2.50, the “fair funding” review aside.
`);
});
