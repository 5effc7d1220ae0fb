/**
 * The frame of every page of the website: a skip link, a header with the site's name and its
 * navigation, the page in `<main>`, a footer; a strict Content-Security-Policy (`default-src
 * 'self'`: no inline script or style, nothing from elsewhere), the one style sheet, and scripts
 * only as files of the site that improve a page that works without them.
 */
import { escapeHtml, PUBLISHED_CSS } from '../publish/html';
import { relative } from './links';
import { PUBLISHED_LANGUAGE } from '../publish/language';

export const CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";

export const PAGES = {
  home: 'index.html',
  decisions: 'decisions.html',
  actions: 'actions.html',
  attendance: 'attendance.html',
  search: 'search.html',
} as const;

export const ASSETS = { icon: 'assets/icon.svg', css: 'assets/site.css', filter: 'assets/filter.js', search: 'assets/search.js', library: 'assets/minisearch.js', index: 'search-index.json' } as const;

const NAV: ReadonlyArray<readonly [string, string]> = [
  [PAGES.home, 'Meetings'], [PAGES.decisions, 'Decisions'], [PAGES.actions, 'Actions'], [PAGES.attendance, 'Attendance'], [PAGES.search, 'Search'],
];

export interface Page {
  /** The page's path from the site's root. */
  readonly path: string;
  /** The `<title>`: what the page is, then the site. */
  readonly title: string;
  readonly main: string;
  readonly scripts?: readonly string[];
}

export function page(site: string, p: Page): string {
  const to = (target: string): string => escapeHtml(relative(p.path, target));
  const nav = NAV.map(([href, label]) => `<li><a href="${to(href)}"${href === p.path ? ' aria-current="page"' : ''}>${label}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="${PUBLISHED_LANGUAGE}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(p.title)} – ${escapeHtml(site)}</title>
<link rel="icon" href="${to(ASSETS.icon)}" type="image/svg+xml">
<link rel="stylesheet" href="${to(ASSETS.css)}">
${(p.scripts ?? []).map((s) => `<script src="${to(s)}" defer></script>`).join('\n')}
</head>
<body class="site">
<a class="skip" href="#main">Skip to content</a>
<header>
<p class="site-name"><a href="${to(PAGES.home)}">${escapeHtml(site)}</a></p>
<nav aria-label="Site"><ul>${nav}</ul></nav>
</header>
<main id="main" tabindex="-1">
${p.main}
</main>
<footer>
<p>The public record of ${escapeHtml(site)}. Items considered in private are not published here.</p>
</footer>
</body>
</html>
`;
}

/** A wide table that scrolls on a phone: a named region the keyboard can reach (WCAG 2.1.1). */
export function scrolling(label: string, table: string): string {
  return `<div class="scroll" role="region" aria-label="${escapeHtml(label)}" tabindex="0">${table}</div>`;
}

// The export's own styles (the minutes look as they print), then the site's: layout, focus,
// a phone's width, print. Colours keep a contrast of at least 4.5:1 (WCAG 1.4.3).
export const SITE_CSS = `${PUBLISHED_CSS}
[hidden] { display: none !important; }
body.site { max-width: 60em; font-size: 1rem; margin: 0 auto; padding: 0 1em; }
a { color: #0b4f9c; }
a:visited { color: #5a2d8c; }
:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; top: 0; background: #fff; padding: 0.5em; }
.skip:focus { left: 1em; }
header { border-bottom: 2px solid #0b4f9c; padding: 0.5em 0; }
.site-name { font-weight: bold; font-size: 1.2em; margin: 0.2em 0; }
.site-name a { text-decoration: none; color: #000; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; }
nav a { display: inline-block; padding: 0.3em 0; }
nav a[aria-current="page"] { font-weight: bold; }
main { padding: 0.5em 0 2em; }
main:focus { outline: none; }
footer { border-top: 1px solid #767676; font-size: 0.9em; padding: 0.5em 0; }
.status { display: inline-block; font-weight: bold; padding: 0 0.3em; border: 1px solid currentColor; }
.status-draft { color: #a4161a; }
.status-approved { color: #1d6b2f; }
.status-published { color: #0b4f9c; }
.draft-banner { border: 2px solid #a4161a; color: #a4161a; padding: 0.5em; font-weight: bold; text-align: center; }
.approval { text-align: center; }
table.register th, table.register td { border: 1px solid #767676; }
table.register th { background: #f0f0f0; }
.scroll { overflow-x: auto; }
.overdue { color: #a4161a; font-weight: bold; }
.later { font-style: italic; font-weight: normal; }
ul.history { margin: 0; padding-left: 1.2em; }
form.filters { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; align-items: end; margin: 0.5em 0 1em; }
form.filters label, form.search label { display: block; font-weight: bold; }
input, select, button { font: inherit; padding: 0.2em 0.4em; }
.search-results li { margin: 0.4em 0; }
.num { text-align: right; }
@media (max-width: 40em) {
  body.site { padding: 0 0.5em; }
  table.items td.number { width: auto; white-space: normal; }
  table.people td:first-child { width: auto; }
}
@media print {
  header nav, .skip, form.filters, form.search, footer { display: none; }
  body.site { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
  .scroll { overflow: visible; }
}
`;

/** The site's icon, its own file (a browser asks for one; nothing is fetched from elsewhere). */
export const ICON_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b4f9c"/><path d="M3 12V4l5 5 5-5v8" fill="none" stroke="#fff" stroke-width="2"/></svg>\n';
