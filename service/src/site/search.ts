/**
 * The search index of the site, built when the site is built (minisearch) and shipped as one JSON
 * file: a document per published item, made from the public render model only, so that nothing
 * the public version withholds can be found (withheld items are not in it at all).
 */
import MiniSearch from 'minisearch';
import type { Block, RenderedItem } from '../publish/render';

/** One item as the search finds it; `url` is from the site's root. */
export interface SearchDocument { readonly id: number; readonly url: string; readonly meeting: string; readonly number: string; readonly title: string; readonly text: string }

/** The options the index is built and read with: the same object in the builder and in search.js. */
export const SEARCH_OPTIONS = { idField: 'id', fields: ['title', 'text', 'number', 'meeting'], storeFields: ['url', 'meeting', 'number', 'title'] } as const;

function blockText(b: Block): string {
  switch (b.kind) {
    case 'paragraph': case 'decision': return b.text;
    case 'bullets': return b.items.join(' ');
    case 'question': return `${b.text} ${b.asker ?? ''}`;
    case 'action': return `${b.action.ref} ${b.action.text} ${b.action.owners} ${b.action.due ?? ''}`;
    case 'motion': return [b.motion.text, b.motion.summary, ...b.motion.recorded.map((r) => r.names)].join(' ');
    case 'interests': return b.rows.map((r) => `${r.member} ${r.item} ${r.kind} ${r.action}`).join(' ');
  }
}

/** The words of a published item (nothing of a withheld one). */
export function itemText(i: RenderedItem): string {
  return i.withheld ? '' : [...i.presenters, ...i.blocks.map(blockText)].join(' ');
}

export function searchIndex(docs: readonly SearchDocument[]): string {
  const ms = new MiniSearch<SearchDocument>({ ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
  ms.addAll(docs);
  return JSON.stringify(ms);
}
