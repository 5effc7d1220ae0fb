/**
 * A departure written with no time and no item ("Cllr Brown left the meeting."): who could vote
 * on what depends on when. The fix says it happened during the item it is written in. Only in
 * our markup: published minutes place a departure by where they print it.
 */
import { draftsOnly, defineRule, type Finding } from './rule';
import { writtenInOurMarkup } from '../proceedings/ourMarkup';

export const departureWithoutTime = draftsOnly(defineRule('departure-without-time', 'information', 'A member who left the meeting, written with no time and no item.', (ctx, code) => {
  // published minutes place a departure by where they print it
  if (!writtenInOurMarkup(ctx.meeting, ctx.lines)) return [];
  const out: Finding[] = [];
  for (const item of ctx.meeting.items) {
    for (const a of item.arrivals) {
      if (a.kind !== 'left' || a.withdrawal || a.time || a.item || !a.range) continue;
      const line = ctx.lines[a.range.end.line] ?? '';
      let end = a.range.end.character;
      while (end > a.range.start.character && /\s/.test(line[end - 1])) end--;
      const at = { line: a.range.end.line, character: end };
      const label = item.number?.written.trim();
      out.push({
        code, range: a.range,
        fixes: label ? [{ title: `Say it was during item ${label}`, edits: [{ range: { start: at, end: at }, newText: ` during item ${label}` }], preferred: true }] : [],
        message: `${a.name.text} left the meeting, but the minutes do not say when. Add the time or the item (\`${a.name.text} left the meeting at 8.15pm\`, \`… after item ${label ?? '7'}\`), so that the votes after it can be checked.`,
      });
    }
  }
  return out;
}));
