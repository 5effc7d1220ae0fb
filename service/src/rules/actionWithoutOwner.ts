import { draftsOnly, defineItemRule, type Finding } from './rule';
import { CANONICAL } from '../markup';

export const actionWithoutOwner = draftsOnly(defineItemRule('action-without-owner', 'warning', 'An action that names nobody to carry it out.', (_ctx, item, code) => {
  const out: Finding[] = [];
  // a loop, not flatMap: asked of every item, most with no action or actions with owners
  for (const action of item.actions) {
    if (action.owners.length > 0) continue;
    const endsWithStop = /[.!]$/.test(action.text);
    out.push({
      code, range: action.keyword?.range ?? action.textRange,
      message: `This action has no owner. Say who will do it at the end of the line, e.g. "${CANONICAL.owner} Chief Constable."`,
      fixes: action.bold ? [] : [{ title: `Add "${CANONICAL.owner}" to the action`, edits: [{ range: action.insertAt, newText: `${endsWithStop ? '' : '.'} ${CANONICAL.owner} ` }] }],
    });
  }
  return out;
}));
