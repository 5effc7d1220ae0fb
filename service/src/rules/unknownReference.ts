import { defineRule, type Finding } from './rule';
import { actionRefLabel, numberLabel } from '../numbers';

export const unknownReference = defineRule('unknown-reference', 'warning', 'A reference to an item or action that no meeting of the folder has.', null, (ctx, code) => {
  const out: Finding[] = [];
  const { model, record } = ctx;
  const refs = [
    ...record.meeting.items.flatMap((i) => i.references.map((r) => ({ target: r.target, action: r.action, range: r.range }))),
    ...record.meeting.statusUpdates.map((u) => ({ target: u.target, action: u.action as number | undefined, range: u.refRange })),
  ];
  for (const r of refs) {
    const item = numberLabel(r.target);
    if (!model.items.has(item)) {
      out.push({ code, range: r.range, fixes: [], message: `There is no item ${item} in the meetings of this folder. Check the number${r.action ? '' : ', or add the meeting that holds it'}.` });
    } else if (r.action !== undefined && !model.actionsByRef.has(actionRefLabel(r.target, r.action))) {
      const count = model.actions.filter((a) => a.item === item).length;
      out.push({ code, range: r.range, fixes: [], message: `Item ${item} has ${count === 0 ? 'no actions' : count === 1 ? 'one action (A1)' : `${count} actions (A1 to A${count})`}, so there is no ${actionRefLabel(r.target, r.action)}.` });
    }
  }
  return out;
});
