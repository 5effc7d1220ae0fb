import { draftsOnly, defineItemRule, type Finding } from './rule';
import { resolveMention } from '../attendance';
import { CANONICAL } from '../markup';
import type { Mention } from '../model';
import { stripTitles } from '../people';

export const unknownPerson = draftsOnly(defineItemRule('unknown-person', 'warning', 'A presenter or action owner who is not in the Present, Apologies or In attendance lists.', (ctx, item, code) => {
  const m = ctx.meeting;
  if (m.people.length === 0) return []; // no lists yet: nothing to check against
  const present = m.people.find((b) => b.kind === 'present');
  const check = (mention: Mention, what: string): Finding[] => {
    const r = resolveMention(mention.text, m, ctx.settings.bodies);
    if (r.kind !== 'unknown') return [];
    const name = stripTitles(mention.text) || mention.text;
    const fixes = [];
    if (r.suggestion) fixes.push({ title: `Change to ${r.suggestion.written}`, preferred: true, edits: [{ range: mention.range, newText: r.suggestion.written }] });
    if (present) {
      const last = present.people[present.people.length - 1];
      const at = last ? last.range.end : present.labelRange.end;
      fixes.push({ title: `Add ${name} to ${CANONICAL.blocks.present.replace(':', '')}`, edits: [{ range: { start: at, end: at }, newText: `\n${name}${CANONICAL.personSeparator}` }] });
    }
    const advice = r.suggestion
      ? `Did you mean ${r.suggestion.written}? If not, add them under ${CANONICAL.blocks.present}`
      : `If they attended, add them under ${CANONICAL.blocks.present}`;
    return [{ code, range: mention.range, fixes, message: `${what} "${mention.text}" is not in the attendance lists. ${advice}` }];
  };
  const out: Finding[] = [];
  for (const p of item.presenters) for (const n of p.names) out.push(...check(n, 'Presenter'));
  for (const a of item.actions) if (!a.ownerInferred) for (const o of a.owners) out.push(...check(o, 'Owner'));
  return out;
}));
