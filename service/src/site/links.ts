/**
 * Where things stand on the website: each meeting's page, each item's anchor (`#081-22`), and the
 * references in the minutes' text made links to the right minute of the right meeting, across
 * files. Every piece of the user's text is escaped (escapeHtml) before any markup is added.
 */
import { escapeHtml } from '../publish/html';

/** An item on the site: its page (from the site's root), its anchor, and its meeting's place in date order. */
export interface ItemTarget { readonly page: string; readonly id: string; readonly order: number }

/** The anchor of a minute number: `081/22` → `081-22`, `PC24/061` → `PC24-061`. */
export function anchorOf(label: string): string {
  return label.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** A file name from a date or a file's name: letters, digits and hyphens only (no path can be made of it). */
export function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'meeting';
}

/** A link from `from` (a page path from the root) to `to` (another path from the root, with its anchor). */
export function relative(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  const [toPath, hash] = to.split('#');
  const fromDir = from.split('/').slice(0, -1).join('/');
  const toDir = toPath.split('/').slice(0, -1).join('/');
  const base = fromDir === toDir ? toPath.split('/').pop()! : `${'../'.repeat(depth)}${toPath}`;
  return hash !== undefined ? (toPath === from ? `#${hash}` : `${base}#${hash}`) : base;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The references of the record's text: every minute number the site holds, as its label, and the
 * year form however it is padded (`81/22` is `081/22`), with an action's `-A1` after it.
 */
export class References {
  private readonly targets = new Map<string, ItemTarget[]>();
  private pattern: RegExp | undefined;

  add(label: string, target: ItemTarget): void {
    if (!label) return;
    const list = this.targets.get(label) ?? [];
    list.push(target);
    this.targets.set(label, list);
    this.order.set(target.page, target.order);
    this.pattern = undefined;
  }

  /**
   * The target of a label: on the page itself when it has one; else, when several meetings use
   * the number (numbering that starts again), the latest meeting before this one (minutes refer
   * back); else the first.
   */
  find(label: string, page: string): ItemTarget | undefined {
    const list = this.targets.get(label) ?? this.targets.get(padded(label) ?? '');
    if (!list) return undefined;
    const here = list.find((t) => t.page === page);
    if (here || list.length === 1) return here ?? list[0];
    const order = this.order.get(page) ?? Infinity;
    return [...list].reverse().find((t) => t.order < order) ?? list[0];
  }

  private readonly order = new Map<string, number>();

  private regex(): RegExp {
    if (!this.pattern) {
      // a bare per-meeting number (`3`) is not a reference in running text: only labels with a separator or letters
      const labels = [...this.targets.keys()].filter((l) => /\D/.test(l)).sort((a, b) => b.length - a.length).map(escapeRe);
      this.pattern = new RegExp(`(?<![\\w/])(?:${[...labels, '\\d{1,3}/\\d{2}'].join('|')})(?:-A\\d+)?(?![\\w/])`, 'g');
    }
    return this.pattern;
  }

  /** The text as HTML, escaped, with each reference to an item the site holds a link. */
  html(text: string, page: string): string {
    let out = '';
    let at = 0;
    for (const m of text.matchAll(this.regex())) {
      const label = m[0].replace(/-A\d+$/, '');
      const t = this.find(label, page);
      if (!t) continue;
      out += escapeHtml(text.slice(at, m.index)) + `<a href="${escapeHtml(relative(page, `${t.page}#${t.id}`))}">${escapeHtml(m[0])}</a>`;
      at = m.index! + m[0].length;
    }
    return out + escapeHtml(text.slice(at));
  }
}

/** `81/22` as the label the site files it under (`081/22`). */
function padded(label: string): string | undefined {
  const m = /^(\d{1,3})\/(\d{2})$/.exec(label);
  return m ? `${m[1].padStart(3, '0')}/${m[2]}` : undefined;
}
