import { draftsOnly, defineItemRule } from './rule';
import { CANONICAL } from '../markup';

export const actionWithoutOwner = draftsOnly(defineItemRule('action-without-owner', 'warning', 'An action that names nobody to carry it out.', (_ctx, item, code) =>
  item.actions.flatMap((action) => {
    if (action.owners.length > 0) return [];
    const endsWithStop = /[.!]$/.test(action.text);
    return [{
      code, range: action.keyword?.range ?? action.textRange,
      message: `This action has no owner. Say who will do it at the end of the line, e.g. "${CANONICAL.owner} Chief Constable."`,
      fixes: action.bold ? [] : [{ title: `Add "${CANONICAL.owner}" to the action`, edits: [{ range: action.insertAt, newText: `${endsWithStop ? '' : '.'} ${CANONICAL.owner} ` }] }],
    }];
  })));
