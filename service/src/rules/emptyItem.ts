import { draftsOnly, defineItemRule } from './rule';
import { numberLabel } from '../numbers';

export const emptyItem = draftsOnly(defineItemRule('empty-item', 'information', 'An item with a title but nothing written under it.', (_ctx, item, code) =>
  item.content > 0 ? [] : [{
    code, range: item.titleRange ?? item.headRange,
    message: `Item ${item.number ? numberLabel(item.number) : `"${item.title}"`} has nothing under its title. Write what was discussed or agreed, or remove the item.`,
    fixes: [],
  }]));
