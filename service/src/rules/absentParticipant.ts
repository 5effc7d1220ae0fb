import { draftsOnly, defineItemRule, type Finding, type RuleContext } from './rule';
import { resolveMention } from '../attendance';
import type { Mention } from '../model';
import { BLOCK_LABELS } from '../markup';

/**
 * A presenter listed in Apologies: someone who presented was there, so one of the two lines is wrong.
 * An action's owner is not asked: a board gives actions to members and officers who sent apologies
 * (the clerk writes the action to them in their absence), and a warning on every such action is one
 * the clerk can only ignore.
 */
export const absentParticipant = draftsOnly(defineItemRule('absent-participant', 'warning', 'A presenter who is listed in Apologies, not as present or in attendance.', (ctx, item, code) => {
  const out: Finding[] = [];
  // asked of every item: a function of the module, not a closure made for each item
  for (const p of item.presenters) for (const n of p.names) check(ctx, code, n, 'Presenter', out);
  return out;
}));

function check(ctx: RuleContext, code: string, mention: Mention, what: string, out: Finding[]): void {
  const r = resolveMention(mention.text, ctx.meeting, ctx.settings.bodies);
  if (r.kind !== 'person' || (r.person.block !== 'apologies' && r.person.block !== 'absent')) return;
  out.push({ code, range: mention.range, fixes: [], message: `${what} ${r.person.name.display} is listed in ${BLOCK_LABELS[r.person.block]}. If they attended, move them to Present: or In attendance:; otherwise check the name.` });
}
