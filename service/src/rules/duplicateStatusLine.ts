import { defineRule, type Finding } from './rule';
import { actionRefLabel } from '../numbers';
import { restatusEdits, statusLineParts } from '../statusLines';
import type { StatusUpdate } from '../model';
import type { TextEdit } from '../types';

/**
 * Two status lines for one action in one meeting (`081/22-A1 CARRIED FORWARD` and, below it,
 * `081/22-A1 DONE`): the record contradicts itself, and both would be published. The later line
 * counts; the fix removes the earlier one and moves its note into the later one, so no word is lost.
 */
export const duplicateStatusLine = defineRule('duplicate-status-line', 'warning', 'Two status lines for the same action in one meeting (for example CARRIED FORWARD and DONE).', (ctx, code) => {
  const byRef = new Map<string, StatusUpdate[]>();
  for (const u of ctx.meeting.statusUpdates) {
    const ref = actionRefLabel(u.target, u.action);
    // pushed, not copied: 30,000 status lines for one action took 13 s copied a line at a time (issue 17 §3)
    const list = byRef.get(ref);
    if (list) list.push(u); else byRef.set(ref, [u]);
  }
  const out: Finding[] = [];
  for (const [ref, updates] of byRef) {
    if (updates.length < 2) continue;
    const last = updates[updates.length - 1];
    const lastParts = statusLineParts(last, ctx.lines[last.range.start.line]);
    const lastWord = lastParts ? ctx.lines[lastParts.line].slice(lastParts.keywordStart, lastParts.keywordEnd) : last.status.toUpperCase();
    const lastLine = last.range.start.line + 1;
    for (const u of updates.slice(0, -1)) {
      const text = ctx.lines[u.range.start.line] ?? '';
      const parts = statusLineParts(u, text);
      const word = parts ? text.slice(parts.keywordStart, parts.keywordEnd) : u.status.toUpperCase();
      const fixes = [];
      // the whole line goes only when it holds nothing but this status line (a bullet at most)
      const alone = parts && /^[\s>*•\-–]*$/.test(text.slice(0, u.refRange.start.character)) && text.slice(u.range.end.character).trim().length === 0;
      if (parts && lastParts && alone) {
        const remove: TextEdit = { range: { start: { line: parts.line, character: 0 }, end: { line: parts.line + 1, character: 0 } }, newText: '' };
        // the earlier status word stays in the note when it differs (CARRIED FORWARD before DONE is
        // part of the record): no edit drops a word that says something the kept line does not
        const sameWord = word.toUpperCase() === lastWord.toUpperCase();
        const moved = sameWord ? parts.note : [word.toLowerCase(), parts.note].filter((x) => x.trim().length > 0).join(' – ');
        const merge = moved ? restatusEdits(lastParts, undefined, moved, true) : [];
        fixes.push({
          title: moved ? `Merge into the ${lastWord} line (line ${lastLine}), keeping the note "${moved}"` : `Remove this line: the ${lastWord} line (line ${lastLine}) says the same`,
          edits: [remove, ...merge], preferred: true,
        });
      }
      out.push({
        code, range: u.range,
        message: `${ref} has two status lines in this meeting: ${word} here and ${lastWord} on line ${lastLine}. The later one counts, and both would be published: keep one line for the action.`,
        fixes, related: [{ range: last.range, message: `${ref} ${lastWord} here` }],
      });
    }
  }
  return out;
});
