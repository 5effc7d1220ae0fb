/**
 * A declaration of interest whose kind is not one the board uses (`minutes.interests.kinds`), or
 * that gives no kind: whether the member had to leave the room depends on the kind
 * (`minutes.interests.mustLeave`), so an unread kind lets a member stay unchecked. The fix writes
 * the kind set that the words written belong to (`pecuniary` → `disclosable pecuniary`), never
 * dropping a word. Only what our markup records (`Interest:` lines).
 */
import { draftsOnly, defineRule, type Finding, type Fix } from './rule';
import { INTEREST_KINDS } from '../settings';

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export const interestKind = draftsOnly(defineRule('interest-kind', 'information', 'A declaration of interest with no kind, or a kind not in minutes.interests.kinds: the checks cannot tell whether the member had to leave.', (ctx, code) => {
  const kinds = ctx.settings.interests?.kinds ?? INTEREST_KINDS;
  if (kinds.length === 0) return [];
  const out: Finding[] = [];
  const shown = kinds.join(', ');
  for (const item of ctx.meeting.items) {
    for (const i of item.interests ?? []) {
      const line = (ctx.lines[i.range.start.line] ?? '').toLowerCase();
      // a kind set, written anywhere in the declaration, is read (the words around it are the member's)
      if (kinds.some((k) => line.includes(k.toLowerCase()))) continue;
      if (!i.kind) {
        const end = (i.item ?? i.member).range.end;
        out.push({
          code, range: i.member.range,
          fixes: kinds.map((k) => ({ title: `Add the kind: ${k}`, edits: [{ range: { start: end, end }, newText: `, ${k}` }] })),
          message: `${i.member.text}'s declaration does not say what kind of interest it is (${shown}): whether they had to leave the room depends on it. Add the kind after the item (\`Interest: ${i.member.text}, item 7, ${kinds[0]}, left the room\`).`,
        });
        continue;
      }
      const written = words(i.kind.value.replace(/\s+interest$/i, ''));
      // a kind set that holds every word written, in any case: nothing the clerk wrote is lost
      const fixes: Fix[] = kinds.filter((k) => { const w = words(k); return written.length > 0 && written.every((x) => w.includes(x)); })
        .map((k, _n, all) => ({ title: `Write the kind as ${k}`, ...(all.length === 1 ? { preferred: true } : {}), edits: [{ range: i.kind!.range, newText: k }] }));
      out.push({
        code, range: i.kind.range, fixes,
        message: `"${i.kind.value}" is not one of the kinds of interest set (${shown}): the checks cannot tell whether ${i.member.text} had to leave the room. Write one of them, or add the board's kinds to the setting minutes.interests.kinds.`,
      });
    }
  }
  return out;
}));
