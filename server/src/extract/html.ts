/**
 * Text of an HTML page (a council's "Agenda and minutes" page, or Word's paragraphs as mammoth
 * writes them): block elements as lines, table cells separated by tabs, `<br>` as a line break,
 * list items with their bullets or numbers, entities decoded (parse5 reads the page as a browser
 * does). Script, style and template hold no words a reader sees and are dropped, and so is the
 * site's navigation (`<nav>`, `role="navigation"`: links to other pages, not the minutes). When the
 * page marks its content (`<main>`, `role="main"`), that is the minutes and the site's banner and
 * footer around it are left out; otherwise every other word of the page is kept (a page's own
 * header lines are the parser's to recognise as debris: import never loses a word of the minutes).
 */
import type { DefaultTreeAdapterMap } from 'parse5';
import { ExtractError } from './errors';
import { splitLines } from '#service/text';
import { htmlReader } from './readers';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface HtmlTextOptions {
  /**
   * A web page separates paragraphs by their margins: a blank line between blocks keeps them
   * apart as the markup does. Word's paragraphs (through mammoth) are lines, with empty
   * paragraphs for blank lines, so none is added there.
   */
  blankBetweenBlocks: boolean;
  /** Word's text keeps its spaces and tabs (columns, indents); a web page's whitespace is collapsed. */
  keepSpaces: boolean;
}

const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'iframe', 'object', 'select']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'nav', 'main', 'aside', 'address', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption',
  'figure', 'figcaption', 'form', 'fieldset', 'legend', 'hr', 'details', 'summary', 'menu', 'body', 'html']);
/** Blocks a reader sees as paragraphs of their own (a blank line after them on a web page). */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'pre', 'blockquote', 'dl', 'hr']);

class Lines {
  readonly done: string[] = [];
  line = '';
  constructor(readonly opts: HtmlTextOptions) {}
  text(s: string, pre: boolean): void {
    if (pre || this.opts.keepSpaces) {
      const parts = splitLines(s);
      parts.forEach((p, i) => { if (i > 0) this.end(true); this.line += p; });
      return;
    }
    // collapsed as a browser shows it: a run of spaces and line breaks is one space, while each
    // non-breaking space is a space of its own (`&nbsp; ` is two, as pages space out columns)
    let t = s.replace(/[ \t\n\r\f]+/g, ' ');
    if (this.line === '' || /[ \t]$/.test(this.line)) t = t.replace(/^ /, '');
    t = t.replace(/\u00a0/g, ' ');
    this.line += t;
  }
  /** Ends the line; an empty one only when asked (a `<br>`, an empty Word paragraph). */
  end(force = false): void {
    const l = this.opts.keepSpaces ? this.line.replace(/[ ]+$/, '') : this.line.trim();
    if (l !== '' || force) this.done.push(l);
    this.line = '';
  }
  blank(): void {
    this.end();
    if (this.opts.blankBetweenBlocks && this.done.length > 0 && this.done[this.done.length - 1] !== '') this.done.push('');
  }
}

function walk(node: Node, out: Lines, state: { pre: boolean; cell: number }): void {
  if (node.nodeName === '#text') { out.text((node as DefaultTreeAdapterMap['textNode']).value, state.pre); return; }
  if (!('childNodes' in node)) return; // comments, doctype
  const tag = (node as Element).tagName ?? '';
  if (DROPPED.has(tag)) return;
  const el = node as Element;
  if (tag === 'nav' || el.attrs.some((a) => a.name === 'role' && a.value === 'navigation')) return;
  const children = (n: Node) => ('childNodes' in n ? n.childNodes : []) as Node[];
  if (tag === 'br') { if (state.cell > 0) out.text(' ', false); else out.end(true); return; }
  if (tag === 'tr') {
    out.end();
    let first = true;
    for (const c of children(el)) {
      const t = (c as Element).tagName;
      if (t === 'td' || t === 'th') {
        if (!first) out.line += '\t';
        first = false;
        state.cell++;
        for (const k of children(c)) walk(k, out, state);
        state.cell--;
        out.line = out.line.replace(/ +$/, '');
      } else walk(c, out, state);
    }
    out.end();
    return;
  }
  if (state.cell > 0) {
    // inside a table cell the cell's paragraphs stay on the row's line
    if (BLOCKS.has(tag) && out.line !== '' && !/[\t ]$/.test(out.line)) out.line += ' ';
    for (const c of children(el)) walk(c, out, state);
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    out.end();
    let n = Number.parseInt(el.attrs.find((a) => a.name === 'start')?.value ?? '1', 10);
    if (!Number.isFinite(n)) n = 1;
    for (const c of children(el)) {
      if ((c as Element).tagName === 'li') {
        out.end();
        out.line = tag === 'ol' ? `${n++}. ` : '• ';
        for (const k of children(c)) walk(k, out, state);
        out.end();
      } else walk(c, out, state);
    }
    out.blank();
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) out.end();
  const wasPre = state.pre;
  if (tag === 'pre') state.pre = true;
  const kids = children(el);
  for (const c of kids) walk(c, out, state);
  state.pre = wasPre;
  if (!block) return;
  // an empty Word paragraph is a blank line of the minutes
  if (tag === 'p' && !out.opts.blankBetweenBlocks && out.line === '' && kids.length === 0) { out.end(true); return; }
  if (PARAGRAPHS.has(tag)) out.blank(); else out.end();
}

/** Elements a page may leave open (the parser closes them) or that hold nothing: they nest no deeper. */
const SELF_CLOSING = new Set(['p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', 'br', 'img', 'hr', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr']);
/** Deeper than any page a clerk saves; parse5 takes time growing with the square of the depth. */
const MAX_DEPTH = 3000;

/** How deep the page's elements nest, counted on its tags without parsing (stops past MAX_DEPTH). */
function nesting(html: string): number {
  let depth = 0, deepest = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    if (SELF_CLOSING.has(m[2].toLowerCase()) || m[3] === '/') continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DEPTH) break;
  }
  return deepest;
}

/** The page's text, one block a line. */
export async function htmlToText(html: string, opts: HtmlTextOptions): Promise<string> {
  if (nesting(html) > MAX_DEPTH) throw new ExtractError('The page is nested too deeply to be read. Open it in a browser, copy its text into a .txt file and import that.');
  const { parse } = await htmlReader();
  const doc = parse(html);
  const out = new Lines(opts);
  try {
    const main = findMain(doc as unknown as Node);
    for (const c of main ? [main] : doc.childNodes) walk(c as Node, out, { pre: false, cell: 0 });
  } catch (e) {
    // elements nested tens of thousands deep: no page a clerk saves, but one line of error, not a crash
    if (e instanceof RangeError) throw new ExtractError('The page is nested too deeply to be read. Open it in a browser, copy its text into a .txt file and import that.');
    throw e;
  }
  out.end();
  while (out.done.length > 0 && out.done[out.done.length - 1] === '') out.done.pop();
  return out.done.join('\n') + '\n';
}

/** The page's main content, when it marks it (first `<main>`, or an element with `role="main"`). */
function findMain(node: Node): Node | undefined {
  const el = node as Element;
  if (el.tagName === 'main' || el.attrs?.some((a) => a.name === 'role' && a.value === 'main')) return node;
  if (el.tagName !== undefined && DROPPED.has(el.tagName)) return undefined;
  for (const c of ('childNodes' in node ? node.childNodes : []) as Node[]) {
    const m = findMain(c);
    if (m) return m;
  }
  return undefined;
}
