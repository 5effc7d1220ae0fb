import { draftsOnly, defineItemRule, type Finding } from './rule';
import { resolveMention } from '../attendance';
import type { Mention } from '../model';
import { BLOCK_LABELS } from '../markup';

export const absentParticipant = draftsOnly(defineItemRule('absent-participant', 'warning', 'A presenter or action owner who is listed in Apologies, not as present or in attendance.', (ctx, item, code) => {
  const m = ctx.meeting;
  const out: Finding[] = [];
  const check = (mention: Mention, what: string): void => {
    const r = resolveMention(mention.text, m, ctx.settings.bodies);
    if (r.kind !== 'person' || (r.person.block !== 'apologies' && r.person.block !== 'absent')) return;
    out.push({ code, range: mention.range, fixes: [], message: `${what} ${r.person.name.display} is listed in ${BLOCK_LABELS[r.person.block]}. If they attended, move them to Present: or In attendance:; otherwise check the name.` });
  };
  for (const p of item.presenters) for (const n of p.names) check(n, 'Presenter');
  for (const a of item.actions) if (!a.ownerInferred) for (const o of a.owners) check(o, 'Owner');
  return out;
}));
