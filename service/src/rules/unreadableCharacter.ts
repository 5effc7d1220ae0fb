import { defineRule } from './rule';
import { linesBeyondAsciiWhere } from './beyondAscii';

/** Whether a line holds U+FFFD. */
const unreadable = (line: string): boolean => line.includes('\ufffd');

/**
 * U+FFFD, the character an editor shows for bytes it could not read: a file saved in Windows-1252
 * (from Word: `£`, smart quotes) or another encoding, opened as UTF-8. The words with it no longer
 * match (a name drops out of `Present:`), and saving writes the damage into the file. Files the
 * server and the command line read from disk are decoded in their own encoding (encoding.ts); this
 * is for a file the editor has opened in the wrong one. No fix: the original bytes are not in the
 * text any more, so the clerk reopens the file in its encoding.
 */
export const unreadableCharacter = defineRule('unreadable-character', 'information', 'Characters that could not be read (shown as �): the file was opened in another encoding than it was saved in.', (ctx, code) => {
  let count = 0;
  let first: { line: number; character: number } | undefined;
  for (const l of linesBeyondAsciiWhere(ctx.lines, unreadable)) {
    let at = ctx.lines[l].indexOf('\ufffd');
    while (at >= 0) {
      count++;
      first ??= { line: l, character: at };
      at = ctx.lines[l].indexOf('\ufffd', at + 1);
    }
  }
  if (!first) return [];
  return [{
    code, range: { start: first, end: { line: first.line, character: first.character + 1 } }, fixes: [],
    message: `This file has ${count === 1 ? 'a character' : `${count} characters`} that could not be read, shown as �: it was saved in another encoding than UTF-8, most likely Windows-1252 (text from Word, with £ and “smart quotes”). Reopen it in that encoding (in VS Code: Reopen with Encoding, Western (Windows 1252)), check the text, and save it as UTF-8 (Save with Encoding, UTF-8).`,
  }];
});
