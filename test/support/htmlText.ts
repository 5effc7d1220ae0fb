/** What a reader sees of an HTML page we publish, for tests that read it as text. */
import { parse as parseHtml } from 'parse5';

export interface HtmlNode { nodeName: string; value?: string; childNodes?: HtmlNode[]; attrs?: Array<{ name: string; value: string }> }

export function htmlTree(html: string): HtmlNode {
  return parseHtml(html) as unknown as HtmlNode;
}

/** Every text node, scripts and styles excluded, joined by `separator`. */
export function htmlText(html: string, separator = ' '): string {
  const out: string[] = [];
  const walk = (n: HtmlNode): void => {
    if (n.nodeName === 'style' || n.nodeName === 'script') return;
    if (n.nodeName === '#text') out.push(n.value ?? '');
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(htmlTree(html));
  return out.join(separator);
}
