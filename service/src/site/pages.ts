/**
 * The pages of the website: the meetings by year, each meeting's public minutes, the decisions
 * register, the action tracker, attendance and search. The user's text is escaped everywhere
 * (escapeHtml; links in the text by `References.html`, which escapes first).
 */
import type { MeetingRecord, WorkspaceModel, ActionRecord } from '../workspace';
import type { RenderedItem, RenderedMeeting } from '../publish/render';
import { escapeHtml, htmlBody } from '../publish/html';
import { stringsWithoutBidi } from '../publish/escape';
import { publicActions, publicDecisions } from '../actionLog';
import { meetingStatus } from '../minutesStatus';
import { STATUS_LABEL, statusDetail, statusSentence } from '../publish/recordStatus';
import { ACTION_STATUSES } from '../workspace';
import { displayDate, longDate, type DateOrder } from '../dates';
import { anchorOf, relative, type References } from './links';
import { ASSETS, PAGES, page, scrolling } from './layout';
import { itemText, searchIndex, type SearchDocument } from './search';
import type { SiteFile } from './index';
import { isOpenStatus } from '../actionStatus';

export interface SiteStatus {
  readonly kind: 'approved' | 'published' | 'draft';
  /** What the `Status:` line says after its first word (`at the meeting of 25/10/2022, minute 083/22`), or why a draft is one. */
  readonly detail?: string;
  /** The later meeting of the folder whose minutes agreed these as a correct record. */
  readonly by?: { readonly uri: string; readonly date?: string };
}

export interface SitePage {
  readonly rec: MeetingRecord;
  readonly rendered: RenderedMeeting;
  readonly path: string;
  readonly ids: ReadonlyMap<RenderedItem, string>;
  readonly status: SiteStatus;
}

export interface SiteContext {
  readonly site: string;
  readonly pages: readonly SitePage[];
  readonly byUri: ReadonlyMap<string, SitePage>;
  readonly refs: References;
  readonly model: WorkspaceModel;
  readonly dateOrder: DateOrder;
  readonly dataFiles: readonly string[];
}

/** Draft, approved (and when) or published: the `Status:` line (minutesStatus.ts), or a later meeting's approval. */
export function statusOf(rec: MeetingRecord): SiteStatus {
  const said = meetingStatus(rec.meeting);
  // as written, without bidi controls (escape.ts): the reader sees what the file holds
  const rest = statusDetail(rec.meeting.status?.value ?? '');
  const by = rec.approvedBy ? { uri: rec.approvedBy.uri, date: rec.approvedBy.date } : undefined;
  if (said === 'draft') return { kind: 'draft', detail: rest ?? 'not yet approved' };
  if (said === 'approved' || said === 'published') return { kind: said, detail: rest, by };
  if (by) return { kind: 'approved', by };
  return { kind: 'draft', detail: 'no approval recorded' };
}

function statusHtml(ctx: SiteContext, p: SitePage, from: string): string {
  const s = p.status;
  const parts = [`<span class="status status-${s.kind}">${STATUS_LABEL[s.kind]}</span>`];
  if (s.detail) parts.push(ctx.refs.html(s.detail, from));
  const by = s.by && ctx.byUri.get(s.by.uri);
  if (by) parts.push(`(agreed as a correct record at the <a href="${escapeHtml(relative(from, by.path))}">meeting of ${escapeHtml(dateText(ctx, by.rec.date) || by.rendered.title)}</a>)`);
  return parts.join(' ');
}

function dateText(ctx: SiteContext, iso: string | undefined): string {
  return iso ? displayDate(iso, ctx.dateOrder) : '';
}

function file(ctx: SiteContext, path: string, title: string, main: string, scripts?: readonly string[]): SiteFile {
  return { path, content: page(ctx.site, { path, title, main, scripts }) };
}

// ---------------------------------------------------------------- home

export function homePage(ctx: SiteContext): SiteFile {
  const from = PAGES.home;
  const years = new Map<string, SitePage[]>();
  for (const p of ctx.pages) {
    const y = p.rec.date?.slice(0, 4) ?? 'Undated';
    (years.get(y) ?? years.set(y, []).get(y)!).push(p);
  }
  const order = [...years.keys()].sort((a, b) => (a === 'Undated' ? 1 : b === 'Undated' ? -1 : b.localeCompare(a)));
  const sections = order.map((y) => {
    const rows = [...years.get(y)!].reverse().map((p) => `<tr><td>${escapeHtml(p.rec.date ? longDate(p.rec.date) : (p.rendered.date ?? ''))}</td><td><a href="${escapeHtml(p.path)}">${escapeHtml(p.rendered.title)}</a></td><td>${statusHtml(ctx, p, from)}</td></tr>`).join('\n');
    return `<h2 id="y${escapeHtml(y)}">${escapeHtml(y)}</h2>\n${scrolling(`Meetings of ${y}`, `<table class="register"><thead><tr><th scope="col">Date</th><th scope="col">Meeting</th><th scope="col">Minutes</th></tr></thead><tbody>\n${rows}\n</tbody></table>`)}`;
  });
  const data = ctx.dataFiles.length
    ? `<h2>Open data</h2>\n<p>The whole record as data, to reuse:</p>\n<ul>${ctx.dataFiles.map((f) => `<li><a href="${escapeHtml(relative(from, f))}">${escapeHtml(f)}</a></li>`).join('')}</ul>`
    : '';
  const main = [
    `<h1>${escapeHtml(ctx.site)}</h1>`,
    `<p>The public minutes of ${ctx.pages.length} meeting${ctx.pages.length === 1 ? '' : 's'}, with the <a href="${PAGES.decisions}">decisions</a> and <a href="${PAGES.actions}">actions</a> they record, <a href="${PAGES.attendance}">attendance</a> and a <a href="${PAGES.search}">search</a> across them.</p>`,
    ctx.pages.length ? `<nav aria-label="Years"><ul class="years">${order.map((y) => `<li><a href="#y${escapeHtml(y)}">${escapeHtml(y)}</a></li>`).join('')}</ul></nav>` : '<p>No meetings yet.</p>',
    ...sections,
    data,
  ].filter((x) => x).join('\n');
  return file(ctx, from, 'Meetings', main);
}

// ---------------------------------------------------------------- one meeting

/** The public actions of the log (the action log's own public version), without bidi controls. */
function actionsOf(ctx: SiteContext): readonly ActionRecord[] {
  return stringsWithoutBidi(publicActions(ctx.model.actions, 'public'));
}

export function actionId(ref: string): string {
  return `a-${anchorOf(ref)}`;
}

export function meetingPage(ctx: SiteContext, p: SitePage): SiteFile {
  const from = p.path;
  const actions = actionsOf(ctx).filter((a) => a.uri === p.rec.uri);
  const later = (i: RenderedItem): string => {
    if (i.withheld || !i.number) return '';
    const own = actions.filter((a) => a.item === i.number);
    if (own.length === 0) return '';
    // where the item's actions stand now, across the later meetings (the action log)
    return `<p class="later">Where its actions stand: ${own.map((a) => `<a href="${escapeHtml(relative(from, `${PAGES.actions}#${actionId(a.ref)}`))}">${escapeHtml(a.ref)}</a> ${escapeHtml(a.status)}${a.overdue ? ' (overdue)' : ''}`).join('; ')}.</p>`;
  };
  // the preview's `data-line` (each item's line in the file) is not the public's: the line numbers
  // around a withheld item would tell how long it was. Only ours can match: the user's quotes are escaped.
  // the page's own banner says where the minutes stand (with the later meeting that agreed them), not the export's line
  const body = htmlBody(p.rendered, { text: (t) => ctx.refs.html(t, from), itemId: (i) => p.ids.get(i), afterItem: later, status: '' }).replace(/ data-line="\d+"/g, '');
  const banner = p.status.kind === 'draft'
    ? `<p class="draft-banner">${escapeHtml(statusSentence({ kind: 'draft', detail: p.status.detail }))}</p>`
    : `<p class="approval">${statusHtml(ctx, p, from)}</p>`;
  const i = ctx.pages.indexOf(p);
  const near = [
    i > 0 ? `<li><a href="${escapeHtml(relative(from, ctx.pages[i - 1].path))}" rel="prev">Previous meeting: ${escapeHtml(dateText(ctx, ctx.pages[i - 1].rec.date) || ctx.pages[i - 1].rendered.title)}</a></li>` : '',
    i + 1 < ctx.pages.length ? `<li><a href="${escapeHtml(relative(from, ctx.pages[i + 1].path))}" rel="next">Next meeting: ${escapeHtml(dateText(ctx, ctx.pages[i + 1].rec.date) || ctx.pages[i + 1].rendered.title)}</a></li>` : '',
  ].join('');
  const main = `${banner}\n${body}${near ? `\n<nav aria-label="Other meetings"><ul>${near}</ul></nav>` : ''}`;
  return file(ctx, from, `${p.rendered.title}${p.rendered.date ? ` – ${p.rendered.date}` : ''}`, main);
}

// ---------------------------------------------------------------- decisions

/** A link to the item `label` of the meeting of `uri`, reading `text` (the label itself by default). */
function itemLink(ctx: SiteContext, from: string, uri: string, label: string, text = label): string {
  const p = ctx.byUri.get(uri);
  if (!p) return escapeHtml(text);
  const t = ctx.refs.find(label, p.path);
  const to = t && t.page === p.path ? `${p.path}#${t.id}` : p.path;
  return `<a href="${escapeHtml(relative(from, to))}">${escapeHtml(text)}</a>`;
}

function meetingLink(ctx: SiteContext, from: string, uri: string, iso: string | undefined): string {
  const p = ctx.byUri.get(uri);
  const text = dateText(ctx, iso) || p?.rendered.title || '';
  return p ? `<a href="${escapeHtml(relative(from, p.path))}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function filterForm(table: string, count: string, controls: string): string {
  // hidden until the script shows it: without JavaScript the whole list stands, unfiltered
  return `<form class="filters" data-table="${table}" data-count="${count}" hidden>\n${controls}\n<div><button type="reset">Show all</button></div>\n</form>\n<p id="${count}" role="status"></p>`;
}

function select(name: string, label: string, values: ReadonlyArray<readonly [string, string]>): string {
  return `<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}"><option value="">All</option>${values.map(([v, t]) => `<option value="${escapeHtml(v)}">${escapeHtml(t)}</option>`).join('')}</select></div>`;
}

const textFilter = '<div><label for="f-text">Containing</label><input id="f-text" name="text" type="search"></div>';

export function decisionsPage(ctx: SiteContext): SiteFile {
  const from = PAGES.decisions;
  const decisions = stringsWithoutBidi(publicDecisions(ctx.model.decisions, 'public'));
  const years = [...new Set(decisions.map((d) => d.meetingDate?.slice(0, 4)).filter((y): y is string => !!y))].sort().reverse();
  const rows = [...decisions].reverse().map((d) => `<tr data-year="${escapeHtml(d.meetingDate?.slice(0, 4) ?? '')}"><td>${meetingLink(ctx, from, d.uri, d.meetingDate)}</td><td>${itemLink(ctx, from, d.uri, d.item)}</td><td>${escapeHtml(d.itemTitle)}</td><td>${ctx.refs.html(d.text, from)}</td></tr>`).join('\n');
  const main = [
    '<h1>Decisions register</h1>',
    `<p>${decisions.length} decision${decisions.length === 1 ? '' : 's'} of the public minutes, newest first. Decisions of items considered in private are not listed.</p>`,
    filterForm('decisions', 'decisions-count', [select('year', 'Year', years.map((y) => [y, y])), textFilter].join('\n')),
    scrolling('Decisions', `<table class="register" id="decisions"><thead><tr><th scope="col">Meeting</th><th scope="col">Minute</th><th scope="col">Item</th><th scope="col">Decision</th></tr></thead><tbody>\n${rows}\n</tbody></table>`),
  ].join('\n');
  return file(ctx, from, 'Decisions register', main, [ASSETS.filter]);
}

// ---------------------------------------------------------------- actions

export function actionsPage(ctx: SiteContext): SiteFile {
  const from = PAGES.actions;
  const actions = actionsOf(ctx);
  const owners = [...new Set(actions.flatMap((a) => a.ownerNames.map((o) => o.trim())).filter((o) => o))].sort((a, b) => a.localeCompare(b));
  const used = new Set<string>();
  const rows = actions.map((a) => {
    let id = actionId(a.ref);
    for (let i = 2; used.has(id); i++) id = `${actionId(a.ref)}-${i}`;
    used.add(id);
    const due = a.dueDate ? dateText(ctx, a.dueDate) : (a.due ?? '');
    const history = a.history.length
      ? `<ul class="history">${a.history.map((h) => `<li>${escapeHtml(h.status)}${h.meetingDate ? ` (${escapeHtml(dateText(ctx, h.meetingDate))})` : ''}${h.note ? `: ${ctx.refs.html(h.note, from)}` : ''}</li>`).join('')}</ul>`
      : '';
    return `<tr id="${escapeHtml(id)}" data-status="${escapeHtml(a.status)}" data-owner="${escapeHtml(a.ownerNames.map((o) => o.trim()).join('\n'))}" data-overdue="${a.overdue ? 1 : 0}">`
      + `<td>${itemLink(ctx, from, a.uri, a.item, a.ref)}</td>`
      + `<td>${ctx.refs.html(a.text, from)}</td><td>${escapeHtml(a.ownerNames.join(', '))}</td><td>${escapeHtml(due)}</td>`
      + `<td>${escapeHtml(a.status)}${a.overdue ? ' <span class="overdue">overdue</span>' : ''}</td>`
      + `<td>${meetingLink(ctx, from, a.uri, a.meetingDate)}</td><td>${history}</td></tr>`;
  }).join('\n');
  const open = actions.filter((a) => isOpenStatus(a.status)).length;
  const overdue = actions.filter((a) => a.overdue).length;
  const main = [
    '<h1>Action tracker</h1>',
    `<p>${actions.length} action${actions.length === 1 ? '' : 's'}: ${open} open, ${overdue} overdue. Each action's status is the latest the minutes record; its history lists what each later meeting said. Actions of items considered in private are not listed.</p>`,
    filterForm('actions', 'actions-count', [
      select('status', 'Status', ACTION_STATUSES.map((s) => [s, s])),
      select('owner', 'Owner', owners.map((o) => [o, o])),
      '<div><input id="f-overdue" name="overdue" type="checkbox" value="1"> <label for="f-overdue" class="inline">Overdue only</label></div>',
      textFilter,
    ].join('\n')),
    scrolling('Actions', `<table class="register" id="actions"><thead><tr><th scope="col">Action</th><th scope="col">What</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Raised</th><th scope="col">History</th></tr></thead><tbody>\n${rows}\n</tbody></table>`),
  ].join('\n');
  return file(ctx, from, 'Action tracker', main, [ASSETS.filter]);
}

// ---------------------------------------------------------------- attendance

export function attendancePage(ctx: SiteContext): SiteFile {
  const from = PAGES.attendance;
  const withPeople = ctx.pages.filter((p) => p.rendered.people.length > 0);
  const count = (p: SitePage, kind: string): number => p.rendered.people.filter((b) => b.kind === kind).reduce((n, b) => n + b.people.length, 0);
  const people = new Map<string, { name: string; present: number; apologies: number }>();
  for (const p of withPeople) {
    for (const b of p.rendered.people) {
      if (b.kind !== 'present' && b.kind !== 'apologies') continue;
      for (const person of b.people) {
        const key = person.name.toLowerCase().replace(/\s+/g, ' ').trim();
        if (!key) continue;
        const row = people.get(key) ?? people.set(key, { name: person.name.replace(/\s+/g, ' ').trim(), present: 0, apologies: 0 }).get(key)!;
        if (b.kind === 'present') row.present++; else row.apologies++;
      }
    }
  }
  const meetings = [...withPeople].reverse().map((p) => `<tr><td>${meetingLink(ctx, from, p.rec.uri, p.rec.date)}</td><td class="num">${count(p, 'present')}</td><td class="num">${count(p, 'apologies')}</td><td class="num">${count(p, 'inAttendance')}</td></tr>`).join('\n');
  const byPerson = [...people.values()].sort((a, b) => b.present - a.present || a.name.localeCompare(b.name))
    .map((r) => `<tr><td>${escapeHtml(r.name)}</td><td class="num">${r.present}</td><td class="num">${r.apologies}</td></tr>`).join('\n');
  const main = withPeople.length === 0
    ? '<h1>Attendance</h1>\n<p>None of the minutes lists who was present.</p>'
    : [
      '<h1>Attendance</h1>',
      `<p>From the lists of the ${withPeople.length} meeting${withPeople.length === 1 ? '' : 's'} whose minutes record who was present${withPeople.length < ctx.pages.length ? ` (${ctx.pages.length - withPeople.length} do not)` : ''}. Names are counted as the minutes write them.</p>`,
      '<h2>By meeting</h2>',
      scrolling('Attendance by meeting', `<table class="register"><thead><tr><th scope="col">Meeting</th><th scope="col">Present</th><th scope="col">Apologies</th><th scope="col">In attendance</th></tr></thead><tbody>\n${meetings}\n</tbody></table>`),
      '<h2>By person</h2>',
      scrolling('Attendance by person', `<table class="register"><thead><tr><th scope="col">Name</th><th scope="col">Meetings present</th><th scope="col">Apologies</th></tr></thead><tbody>\n${byPerson}\n</tbody></table>`),
    ].join('\n');
  return file(ctx, from, 'Attendance', main);
}

// ---------------------------------------------------------------- search

export function searchPage(ctx: SiteContext): SiteFile[] {
  const docs: SearchDocument[] = [];
  for (const p of ctx.pages) {
    const meeting = [p.rendered.title, dateText(ctx, p.rec.date)].filter((x) => x).join(', ');
    for (const [item, id] of p.ids) {
      // a withheld item is not in the index at all: not its title, not its number
      if (item.withheld) continue;
      docs.push({ id: docs.length, url: `${p.path}#${id}`, meeting, number: item.number, title: item.title, text: itemText(item) });
    }
  }
  const main = [
    '<h1>Search the minutes</h1>',
    '<p id="search-note">Search needs JavaScript. Without it, find a meeting in the <a href="index.html">list of meetings</a>, or use the <a href="decisions.html">decisions register</a> and the <a href="actions.html">action tracker</a>.</p>',
    `<form class="search" id="search-form" role="search" action="${PAGES.search}" method="get" data-index="${ASSETS.index}" hidden>`,
    '<label for="q">Words to find in every meeting\'s minutes</label>',
    '<input id="q" name="q" type="search"> <button type="submit">Search</button>',
    '</form>',
    '<p id="search-status" role="status"></p>',
    '<ul id="results" class="search-results"></ul>',
  ].join('\n');
  return [file(ctx, PAGES.search, 'Search', main, [ASSETS.library, ASSETS.search]), { path: ASSETS.index, content: searchIndex(docs) }];
}
