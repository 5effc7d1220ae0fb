import { draftsOnly, defineItemRule } from './rule';
import { numberLabel } from '../numbers';
import { isCeremony } from '../forms/ceremonies';

// (a ceremony's title is its whole record: `Pledge of Allegiance` has nothing under it)
export const emptyItem = draftsOnly(defineItemRule('empty-item', 'information', 'An item with a title but nothing written under it.', (_ctx, item, code) =>
  item.content > 0 || isCeremony(item.title) ? [] : [{
    code, range: item.titleRange ?? item.headRange,
    message: `Item ${item.number ? numberLabel(item.number) : `"${item.title}"`} has nothing under its title. Write what was discussed or agreed, or remove the item.`,
    fixes: [],
  }]));
