/**
 * The public record as a static website (`minutes site FOLDER --out DIR`, *Minutes: Build Public
 * Website…*): pure generation from the parsed meetings to a list of files; the command line and
 * the server write them (and copy the search library, `ASSETS.library`, beside them).
 *
 * Only the public version is ever built: each meeting's minutes from the same render model as the
 * export (`renderMeeting` with `version: 'public'`, written by `htmlBody`), the registers from the
 * action log's public records (`publicActions`, `publicDecisions`), the search index from the
 * public render model. Nothing `confidential.ts` withholds reaches any file.
 */
import type { MinutesDocument } from '../model';
import { buildWorkspace } from '../workspace';
import { renderMeeting, DEFAULT_PUBLISH, type PublishOptions, type RenderedItem, type RenderedMeeting } from '../publish/render';
import type { DateOrder } from '../dates';
import { anchorOf, References, slug } from './links';
import { withoutBidi } from '../publish/escape';
import { ASSETS, ICON_SVG, SITE_CSS } from './layout';
import { FILTER_JS, searchJs } from './scripts';
import { SEARCH_OPTIONS } from './search';
import { actionsPage, attendancePage, decisionsPage, homePage, meetingPage, searchPage, statusOf, type SiteContext, type SitePage } from './pages';

export { ASSETS } from './layout';

export interface SiteMeeting { readonly uri: string; readonly doc: MinutesDocument; readonly lines: readonly string[] }

export interface SiteOptions {
  /** The site's name; by default the latest meeting's title. */
  readonly title?: string;
  readonly dateOrder: DateOrder;
  /** The publish settings (title line, date style); the version is always public. */
  readonly publish?: Partial<Pick<PublishOptions, 'titleLine' | 'dateStyle' | 'actionsTable'>>;
  readonly today: Date;
  /**
   * The open data files already in the site's folder (issue 21, point 2: `minutes export --to
   * json|csv|ics`), paths from the site's root: the home page links them. None: no link.
   */
  readonly dataFiles?: readonly string[];
}

export interface SiteFile { readonly path: string; readonly content: string }

export function buildSite(meetings: readonly SiteMeeting[], options: SiteOptions): SiteFile[] {
  const sources = new Map(meetings.map((m) => [m.uri, m]));
  const model = buildWorkspace(meetings.map((m) => ({ uri: m.uri, doc: m.doc })), options.today);
  const publish: PublishOptions = { ...DEFAULT_PUBLISH, ...options.publish, dateOrder: options.dateOrder, version: 'public' };
  const refs = new References();
  const used = new Set<string>();
  const pages: SitePage[] = [];
  for (const rec of model.meetings) {
    const src = sources.get(rec.uri)!;
    const rendered = renderMeeting(src.doc, src.lines, publish);
    if (!rendered) continue;
    const path = `meetings/${unique(slug(rec.date ?? fileBase(rec.uri)), used)}.html`;
    const ids = itemIds(rendered);
    for (const [item, id] of ids) refs.add(item.number, { page: path, id, order: pages.length });
    pages.push({ rec, rendered, path, ids, status: statusOf(rec) });
  }
  const byUri = new Map<string, SitePage>(pages.map((p) => [p.rec.uri, p]));
  const latest = [...pages].reverse().find((p) => p.rec.date) ?? pages[pages.length - 1];
  const ctx: SiteContext = {
    site: withoutBidi(options.title ?? '').trim() || withoutBidi(latest?.rec.title ?? '').trim() || 'Minutes', pages, byUri, refs, model, dateOrder: options.dateOrder, dataFiles: options.dataFiles ?? [],
  };
  const files: SiteFile[] = [
    { path: ASSETS.css, content: SITE_CSS },
    { path: ASSETS.icon, content: ICON_SVG },
    { path: ASSETS.filter, content: FILTER_JS },
    { path: ASSETS.search, content: searchJs(SEARCH_OPTIONS) },
    homePage(ctx), decisionsPage(ctx), actionsPage(ctx), attendancePage(ctx), ...searchPage(ctx),
    ...pages.map((p) => meetingPage(ctx, p)),
  ];
  return files;
}

/** Each item's anchor on its meeting's page: its minute number (`081-22`), unique on the page. */
function itemIds(r: RenderedMeeting): Map<RenderedItem, string> {
  const ids = new Map<RenderedItem, string>();
  const used = new Set<string>(['main']);
  let n = 0;
  for (const b of r.body) {
    if (b.kind !== 'item') continue;
    n++;
    ids.set(b, unique(anchorOf(b.number) || `item-${n}`, used));
  }
  return ids;
}

function unique(base: string, used: Set<string>): string {
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
  used.add(name);
  return name;
}

function fileBase(uri: string): string {
  return decodeURIComponent(uri.split('/').pop() ?? 'meeting').replace(/\.[^.]*$/, '');
}

