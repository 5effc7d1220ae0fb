/**
 * The debris of published minutes: what a PDF, a Word file, a web page, a wiki or a chat log adds
 * to the minutes and a reader skips (page headers and footers, agenda-pack stamps, signature
 * blocks, `DRAFT` banners, navigation, link lists, bot lines, bullets). Pure: lines in, kinds and
 * spans out, never throws. Nothing here deletes text: a recogniser skips a span, import sets it
 * aside, and the word-by-word comparison of import counts it, so no word is lost unseen.
 *
 * The text layer (text.ts) already sets aside HTML tags, entities, `**` and the `-`/`•` bullets
 * inside a segment; this module knows the debris that needs the whole line or its neighbours.
 */
import { findDate, MONTH_RE } from '../dates';
import { finish, SLICE, type Sliced } from '../slices';
import { blankFrom, isBlankUnit } from '../unitClass';
import { beside } from '../beside';
import { gatesOpened, gateTable, openingsOf, openingsOfTexts, type Openings } from '../openings';

export type DebrisKind =
  /** `Page 3 of 7`, `Page 9`, `- 3 -`, a bare page number under a running header, a footer line ending in a page number, an address footer. */
  | 'page-footer'
  /** The title and date repeated at the top of each page (`City Council Minutes` / `June 16, 2020`), `FGB 09.11.21`. */
  | 'running-header'
  /** `Agenda Item 4`, `Enclosure A`, `Agenda Item 5.1 Appendix 11`: the stamp of an agenda pack. */
  | 'agenda-stamp'
  /** `Chair's initials ......` at the foot of a page. */
  | 'initials-box'
  /** `Signed …… Chair`, `Chair ......`, `Date ......`, `ATTEST:`, `(SEAL)`, `APPROVED this 9th day of March, 2026.`, the signatory's name under a signature line. */
  | 'signature'
  /** `DRAFT`, `- DRAFT -`, `DRAFT – subject to approval …`. */
  | 'draft-banner'
  /** A council web page's navigation: `Skip to content`, `Back to top`, `Agenda and minutes`, `View directions`. */
  | 'web-chrome'
  /** Links to papers: `pdf icon PDF 198 KB`, `Additional documents:`, `Supporting documents:` and their lists. */
  | 'paper-link'
  /** A wiki page's frame: `Jump to navigation`, `[edit | edit source]`, `Retrieved from`, `Categories:`, `This page was last edited`. */
  | 'wiki-chrome'
  /** A records system's document viewer: `Loading...`, `HomeMy WebLinkAbout…`. */
  | 'viewer-chrome'
  /** The e-mail that carries scribed minutes, above the first rule. */
  | 'email-wrapper'
  /** Chat bots and scribe commands: `<trackbot> Closed action-41.`, `<Marit> scribe: Benedikt`, `q+`, `[End of minutes]`. */
  | 'scribe-tool'
  /** A numbered link reference `[12] https://…` (and a logo link `[1]OTDC`). */
  | 'link-reference'
  /** A line holding only no-break or zero-width spaces. */
  | 'blank'
  /** A form feed (page break) character. */
  | 'form-feed'
  /** A line of `_`, `-`, `=` or `*` only (a separator or an empty signature line). */
  | 'rule'
  /** An HTML comment over several lines (`<!--` … `-->`): a converter's notes in an exported page, never shown; a Word comment (`wordCommentAt`). */
  | 'comment'
  /** The line number printed in the margin of line-numbered paper (` 9  Mayor Quill …`), restarting on each page: `lineNumberMargins`. */
  | 'line-number';

/** A piece of debris: columns [start, end) of a line of the document. */
export interface DebrisSpan {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly kind: DebrisKind;
}

/** What a line's neighbours say, for the forms that are debris only in their place. */
export interface DebrisContext {
  /** Kind of the nearest non-blank line above, if it is debris. */
  readonly previous?: DebrisKind;
  /** Kind of the nearest non-blank line below, if it is debris. */
  readonly next?: DebrisKind;
  /** The line's text occurs again elsewhere in the document next to a page break. */
  readonly repeatedAtPageBreak?: boolean;
}

// `12/20` alone is an item number (`082/22`), never a page: only `Page …`, `- 3 -` and `3 of 7`
const PAGE_ONLY = /^(?:page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,4}\s+of\s+\d{1,4})$/i;
/** `Page 2 of 3` (capital P) closing a line, after a gap, or after a word that is not a lowercase word of a sentence. */
// (after a signature's dotted space too, `… Signed ………… Page 2 of 3`)
// (a contents line's dotted leader, `1. Apologies ........ Page 1`, is no signature's)
const PAGE_AT_END = /(\s{2,}|\t|(?:^|\s)(?:[A-Z0-9][^\s]*|[–—|\/-]|Signed[ \t]*[…._]{2,})\s+)Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/;
const SLASHED_HEADER = /^.{3,80}\s\/\s.{3,40}\s\/\s\d{1,4}$/;
// (its page's number after a gap too: `AS 25.11.24          1`)
const SHORT_FOOTER = /^[A-Z][A-Za-z]{1,7}\s+\d{1,2}\.\d{1,2}\.\d{2,4}(?:[ \t]{2,}\d{1,4})?$/;
const ADDRESS_FOOTER = /(?:P\.?\s?O\.?\s+Box|\(\d{3}\)\s*\d{3}-\d{4}|\b(?:www\.|https?:\/\/)\S+)/i;
// a paper's stamp: its agenda item and its enclosure (or appendix), in either order, set apart by a dash, a slash, a bar
// or a blank (`Agenda item 4 – Enclosure B`, `Enclosure B / Agenda item 4`, `Agenda Item 7 Appendix 2`)
const STAMP = /^(?:agenda\s+item\s+\d+(?:\.\d+)*[a-z]?|enclosure\s+[A-Z0-9]{1,3})(?:\s*[–—\/|,-]\s*(?:agenda\s+item\s+\d+(?:\.\d+)*[a-z]?|(?:appendix|annex|enclosure)\s+[A-Z0-9]{1,4})|\s+(?:appendix|annex|enclosure)\s+[A-Z0-9]{1,4})?$/i;
/**
 * A page's number first, then after a gap the paper's own stamp, its draft or version (`Page 1 of 2<TAB>Draft v0.3`,
 * `Page 3 of 8    Version 2 – unconfirmed`): the page's footer whole (the stamp first, `Draft v0.3  Page 1 of 2`, is PAGE_AT_END's).
 */
const PAGE_THEN_STAMP = /^page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\t|[ ]{2,})[ \t]*(?:draft|version|ver\.|v\d|rev(?:ision)?\b|issue\b|final\b|unconfirmed|unapproved|confidential|restricted|official)[^\t]{0,40}$/i;
const INDENTED_APPENDIX = /^\s{20,}(?:appendix|annex)\s+[A-Z0-9]{1,4}\s*$/i;
// (a stamp may stack its words, `UNAPPROVED DRAFT`, `UNCONFIRMED DRAFT MINUTES – to be confirmed …`:
// the first word is optional, so that each form below reads one stamp word or two; the words after
// it in small letters, as a sentence or in capitals as the stamp, `DRAFT – SUBJECT TO APPROVAL BY THE COMMITTEE`)
const DRAFT = /^(?:[-–—*\s]*(?:(?:UNAPPROVED|UNCONFIRMED)\s+)?(?:DRAFT|UNCONFIRMED|UNAPPROVED)[-–—*\s]*|(?:(?:UNAPPROVED|UNCONFIRMED)\s+)?(?:DRAFT|UNCONFIRMED|UNAPPROVED)(?:\s+MINUTES)?\s*[–—:-]\s*(?:[Ss]ubject\s+to|SUBJECT\s+TO|[Ff]or|FOR|[Uu]ntil|UNTIL|[Nn]ot|NOT|[Tt]o\s+be|TO\s+BE)\b.*|(?:(?:UNAPPROVED|UNCONFIRMED)\s+)?(?:DRAFT|UNCONFIRMED)\s+(?:MINUTES\s+)?(?:[Ss]ubject\s+to|SUBJECT\s+TO|[Ff]or\s+approval|FOR\s+APPROVAL|[Uu]ntil\s+approved|UNTIL\s+APPROVED)\b.*)$/;
const DOTS = /(?:\.{4,}|…{2,}|_{4,}|…\.|\.…)/;
const SIGNATURE_WORDS = /^(?:signed|signature|chair|chairman|chairperson|chair of the meeting|\(chair\)|date|dated|mayor|clerk|name|position|print name)\b/i;
const SIGNATURE_LEFTOVER = /^(?:signed|signature|chair|chairman|chairperson|of the meeting|\(chair\)|date|dated|mayor|clerk|name|position|print|[:.,()\s…_-])*$/i;
const WEB_CHROME = new Set(['skip to content', 'skip to main content', 'skip to navigation', 'back to top', 'agenda and minutes', 'agenda, decisions and minutes', 'home', 'media', 'print this page', 'menu', 'search', 'sign in', 'log in',
  // a blog post's frame after the text (WordPress): its sharing buttons' titles, its list of other posts, the comment form's
  'share this:', 'like this:', 'related', 'related posts', 'leave a reply', 'leave a reply cancel reply', 'leave a comment',
  // a Markdown editor's marker of a generated table of contents (HackMD, GitLab, kramdown)
  '[toc]', '[[toc]]', '[[_toc_]]', '{:toc}']);
const WIKI_CHROME = /^(?:jump to navigation(?:\s+jump to search)?|jump to search|navigation menu|personal tools|namespaces|variants|views|more|tools|what links here|related changes|special pages|printable version|permanent link|page information|privacy policy|disclaimers|categories:.*|category:.*|retrieved from\s+["“].*|this page was last (?:edited|modified) on .*|from .{2,60} wiki|about .{2,60} wiki|\(redirected from .*\)|######[ \t]+tags:[ \t].*|key:[ \t]*(?:\{\{[^{}\n]{1,40}\}\}[ \t·,;|/]*){2,12})$/i;
/**
 * A forge's wiki page frame (GitHub): the repository's tabs (`Code  Issues 4  Pull requests  Actions  Wiki …`), `Jump to
 * bottom`, the page list's `Toggle table of contents Pages 38` and `Show 33 more pages…`, `Clone this wiki locally` and the
 * clone address, and the site's footer (`Footer`, `© 2024 GitHub, Inc.`, `Footer navigation`, `Terms Privacy Security …`).
 */
const FORGE_CHROME = /^(?:jump to bottom|toggle table of contents(?:\s+pages\s+\d+)?|clone this wiki locally|footer(?:\s+navigation)?|©\s*\d{4}\s+github,?\s+inc\.?|terms\s+privacy\s+security\s+status\s+docs\s+contact\b.{0,80}|code\s+issues(?:\s+\d+)?\s+pull\s+requests\b.{0,120}\bwiki\b.{0,60}|show\s+\d+\s+more\s+pages…?|https:\/\/github\.com\/\S+\.wiki\.git)$/i;
/** The page's own line under the tabs: who edited it last and how often (`Nadia Brennan edited this page Mar 21, 2024 · 4 revisions`). */
const EDITED_PAGE = /^\S.{0,60}\sedited this page\s.{3,40}·\s*\d+\s+revisions?$/i;
/** The repository's name over its tabs: `kestrel-youth-sailing / board  Public`. */
const REPOSITORY_LINE = /^[A-Za-z][\w.-]*[ \t]*\/[ \t]*[A-Za-z][\w.-]*(?:[ ]{2,}|\t)[ \t]*(?:Public|Private)(?:[ \t]+template)?$/;
/**
 * A DokuWiki page's frame: its tool bar, a line of its menu words only (`Recent Changes Media Manager
 * Sitemap`, `Show pagesource Old revisions Backlinks Back to top`), the trail (`Trace: • start •
 * minutes`, `You are here: start » minutes`), the licence and the `Driven by DokuWiki` footer.
 */
const DOKU_TOOLS = /^(?:(?:recent changes|media manager|sitemap|show page(?:source)?|edit this page|create this page|old revisions|backlinks|back to top|log ?in|log ?out|register|update profile|admin|subscribe to page changes|manage subscriptions|export to pdf|odt export|rss feed|donate|powered by php|valid (?:html5|xhtml[\d.]*|css)|driven by dokuwiki)\s*){2,}$/i;
const DOKU_TRAIL = /^(?:trace:\s.*|you are here:\s.*|except where otherwise noted, content on this wiki is licensed\b.*)$/i;
/** DokuWiki's last-modified line closing the page (`committee/minutes/2024-05-14.txt · Last modified: 2024/06/11 21:02 by ghughes`): the frame from it to the end. */
const DOKU_MODIFIED = /\s·\s+last modified:\s/i;
const VIEWER_CHROME = /^(?:loading\.{2,}|loading…|homemy\s*weblinkabout.*|my weblink|weblink\s*\d*|page \d+ of \d+ \(?pdf\)?)$/i;
/** A file type as a page's link to a paper names it (`PDF`, `docx`, `Word`, `MS Excel`). */
const FILE_TYPE = String.raw`(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|txt|zip|html?|(?:ms\s+)?(?:word|excel|powerpoint))`;
/** A file's size: `240 KB`, `240KB`, `1.2 MB`, `1,2 Mb`, `96 kB`, `12 KiB`, `812 bytes`. */
const FILE_SIZE = String.raw`\d{1,4}(?:[.,]\d{1,2})?\s*(?:[KMG]i?B|[kKmMgG]b|bytes)`;
/**
 * A link to a paper closing a line, as a web page prints it: the icon's words and the type and size
 * (`pdf icon PDF 240 KB`, `docx icon`, `pdf icon`), the type and size (`PDF 1 MB`, `PDF, 240KB`), or
 * either in brackets (`(PDF, 240KB)`, `[PDF 1.2 MB]`, `(240 KB)`). A type alone (`… the PDF`) is a word.
 */
const PAPER_LINK = new RegExp(String.raw`(?:^|\s)(?:${FILE_TYPE}\s+icon(?:\s+${FILE_TYPE}(?:,?\s*${FILE_SIZE})?)?|${FILE_TYPE},?\s*${FILE_SIZE}|[(\[]\s*(?:${FILE_TYPE}(?:\s*[,;]?\s*${FILE_SIZE})?|${FILE_SIZE})\s*[)\]])\s*$`, 'i');
/** The longest tail of a line a paper link can take (the pattern is run on it alone: a long line is not scanned). */
const PAPER_LINK_LONGEST = 64;

/**
 * Where a paper link closing `body` (trimmed at its end) starts, or -1. Only the line's tail is
 * read, cut at a blank so that a word is never taken in part.
 */
function paperLinkStart(body: string): number {
  let from = Math.max(0, body.length - PAPER_LINK_LONGEST);
  if (from > 0) while (from < body.length && !isBlankUnit(body.charCodeAt(from))) from++;
  const m = PAPER_LINK.exec(from > 0 ? body.slice(from) : body);
  return m ? from + m.index + (m[0].length - m[0].trimStart().length) : -1;
}

/**
 * Whether a body closing with a bracket can end in PAPER_LINK's bracketed link, `(PDF, 240KB)`: the
 * other forms end in a type, a size or `icon`, never a bracket. Between its brackets stand blanks, a
 * type or size and blanks, no bracket: its opening bracket is the body's last `(` or `[`, and after
 * it and its blanks comes a digit (a size) or the first letter of a FILE_TYPE (any case: p, d, x,
 * o, r, c, t, z, h, m, w, e). A question's `(Asked by …)` is ruled out with no pattern run.
 */
function mayOpenBracketedLink(body: string): boolean {
  let at = Math.max(body.lastIndexOf('('), body.lastIndexOf('[')) + 1;
  if (at === 0) return false;
  while (at < body.length && isBlankUnit(body.charCodeAt(at))) at++;
  if (at >= body.length) return false;
  const c = body.charCodeAt(at);
  if (c >= 0x30 && c <= 0x39) return true;
  const l = c | 0x20; // an ASCII letter in lower case (no other character becomes one)
  return l === 0x70 || l === 0x64 || l === 0x78 || l === 0x6f || l === 0x72 || l === 0x63 || l === 0x74 || l === 0x7a || l === 0x68 || l === 0x6d || l === 0x77 || l === 0x65;
}

/** Whether a line's last character can end a paper link: `B`/`b` of a size, `s` of `bytes`, `n` of `icon`, a closing bracket. */
function mayEndPaperLink(z: number): boolean {
  return z === 0x42 || z === 0x62 || z === 0x73 || z === 0x6e || z === 0x4e || z === 0x29 || z === 0x5d;
}
const DOCUMENTS_HEADER = /^(?:additional|supporting|background|related)\s+documents\s*:$/i;
const VIEW_DIRECTIONS = /\s*View directions\s*$/;
/**
 * A wiki's section-edit link at a heading's end: MediaWiki's `[edit]`, `[edit | edit source]`, PmWiki's
 * `(edit)` (only after a heading's words, never a sentence's: `wikiEditAt`).
 */
/** An older wiki's section-edit link opening its heading's line, the heading after it: `[edit] Treasurer's report`. */
// (the heading's words after it: short, no sentence's stop at its end; `[edit] Please note that …` is an editor's note)
const LEADING_EDIT = /^\[edit\][ \t]+(?=\p{Lu}[^.!?]{0,78}$)/u;
/** Whether a line opens with an older wiki's section-edit link (`LEADING_EDIT`): the rest of the line is the heading. */
export function leadingWikiEdit(line: string): number {
  const m = line.charCodeAt(0) === 0x5b ? LEADING_EDIT.exec(line) : null;
  return m ? m[0].length : 0;
}
const WIKI_EDIT = /\s*(?:\[\s*edit(?:\s*\|\s*edit source)?\s*\]|\(edit\))\s*$/i;
/** A heading's words before PmWiki's `(edit)`: short, and no sentence (no stop at their end). */
const HEADING_BEFORE_EDIT = /^[^.;:!?]{1,80}$/;
/** The longest section-edit link with its blanks round it: the pattern is asked of the line's tail only. */
const EDIT_TAIL = 48;

/**
 * The section-edit link closing `body`, if it holds one (`(edit)` only after a heading's words): its
 * start (the blanks before it included) and what it matched. The pattern is asked of the line's last
 * characters only, so that a line of blanks is not searched from each of them.
 */
export function wikiEditAt(body: string): { readonly index: number } | null {
  let e = body.length;
  while (e > 0 && isBlankUnit(body.charCodeAt(e - 1))) e--;
  const last = body.charCodeAt(e - 1);
  if (last !== 0x5d && last !== 0x29) return null; // `]`, `)`
  // (a `)` closes only PmWiki's `(edit)`, its `(` six units before the end: a bracket of words is no link)
  if (last === 0x29 && (e < 6 || body.charCodeAt(e - 6) !== 0x28)) return null;
  const from = Math.max(0, e - EDIT_TAIL);
  const m = WIKI_EDIT.exec(body.slice(from, e));
  if (!m) return null;
  let index = from + m.index;
  while (index > 0 && isBlankUnit(body.charCodeAt(index - 1))) index--;
  return m[0].trimStart().charCodeAt(0) === 0x5b || HEADING_BEFORE_EDIT.test(body.slice(0, index)) ? { index } : null;
}
/** Where chrome found from `at` (its blanks before it) starts: at its first character that is not blank. */
function chromeStart(body: string, at: number): number {
  while (at < body.length && isBlankUnit(body.charCodeAt(at))) at++;
  return at;
}

/** A web page's link into the meeting's video at the time the item began (`PUBLIC COMMENT [00:41:07]`). */
const VIDEO_TIME = /\s+\[\d{1,2}:\d\d:\d\d\]\s*$/;
// (and a Markdown link's definition under the notes, `[1]: https://github.com/…/milestone/31`, `[governance]: <https://…> "Title"`)
const LINK_REFERENCE = /^\[\d{1,3}\]\s*(?:https?:\/\/\S+|[A-Za-z][\w.-]{0,30})$|^\[[^\]\n]{1,40}\]:[ \t]*<?https?:\/\/\S+?>?(?:[ \t]+["'(][^"'()\n]{0,80}["')])?$/;
const BOT_LINE = /^<(?:\w*bot|zakim|rrsagent|github-bot|agendabot)>\s/i;

/** Whether a line (its clean text) is a chat bot's, by the bot's nick (`<trackbot> Created ACTION-209 …`). */
export function isBotLine(t: string): boolean {
  return t.charCodeAt(0) === 0x3c && BOT_LINE.test(t);
}
// typed into the chat for the minuting script (`<Marit> scribe: Benedikt`); without the `<nick>`,
// `Chair:` or `Present:` is an attendance label, so only `scribenick:` is a command on its own
const SCRIBE_COMMAND = /^(?:<[\w_-]+>\s+(?:scribe(?:nick)?|chair|agenda|meeting|present[+-]?|regrets[+-]?|topic|rrsagent|zakim|trackbot)\s*[:,]|scribenick\s*:)/i;
const QUEUE = /^(?:(?:<[\w_-]+>|[\w_-]+:)\s+)?(?:q[+-?]|queue[+-]|ack\s+\w+)$/i;
const SCRIBE_END = /^\[(?:end of minutes|end of log|scribe(?: assist)? by .*)\]$/i;
const RULE = /^(?:_{3,}|-{3,}|={3,}|\*{3,}|~{3,}|…{3,}|\.{6,})$/;
const INVISIBLE_BLANK = /^[\s\u00a0\u200b\u2060\ufeff]+$/;

/**
 * The lengths of WEB_CHROME's texts, one bit each (all under 32): a line of another length is none of
 * them, and is not put in lower case to be looked up. Lower case keeps a text's length, except where
 * it writes a dotted `İ` as two units, one beyond ASCII, which no text of WEB_CHROME holds.
 */
const WEB_CHROME_LENGTHS = [...WEB_CHROME].reduce((m, w) => m | (1 << w.length), 0);

/**
 * A running header's key: the text with its blanks folded into single spaces (as `replace(/\s+/g, ' ')`
 * of a trimmed text), or undefined when that is longer than `max`. Read by character, stopping
 * once past `max`: most lines near a page break are long prose, and no string is made unless a
 * blank is to be folded.
 */
function foldedKey(t: string, max: number): string | undefined {
  let length = 0;
  let fold = false;
  let blank = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isBlankUnit(c)) {
      if (blank || c !== 0x20) fold = true;
      if (blank) continue;
      blank = true;
    } else blank = false;
    if (++length > max) return undefined;
  }
  return fold ? t.replace(/\s+/g, ' ') : t;
}


/** The text up to its first blank (the text is trimmed). */
function firstWord(t: string): string {
  return t.slice(0, firstWordEnd(t));
}

/** Where the first word of a trimmed text ends. */
function firstWordEnd(t: string): number {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0b || c === 0x0c) return i;
  }
  return t.length;
}
const NO_CONTEXT: DebrisContext = {};
/** A Markdown container's opening or closing mark (`:::info`, `:::warning`, `:::spoiler Details`, `:::`). */
const CONTAINER_MARK = /^:::[ \t]*(?:info|success|warning|danger|spoiler(?:[ \t]+[\w ]{0,12})?)?$/;

/** A line's text: its form feeds left out, trimmed (`findDebrisSteps` writes the same where it knows whether the line holds a form feed). */
function clean(line: string): string {
  return (line.includes('\f') ? line.replace(/\f/g, '') : line).trim();
}

/**
 * The kind of debris a whole line is, or undefined when it is (or may be) minute text. Forms that
 * are debris only in their place (a bare `2` under a running header, the name under a signature
 * line) need `context`; without it they are taken for text, which is the safe side.
 */
export function debrisKind(line: string, context: DebrisContext = {}): DebrisKind | undefined {
  return line.length > 400 ? undefined : kindOf(line, clean(line), context);
}

const INITIALS = /^chair(?:man|person)?[’']?s\s+initials\b/i;
const ATTEST = /^(?:attest(?:ed)?|witness):?$/i;
/** A court's signing formula over its signature lines: `APPROVED this 9th day of March, 2026.`, `Passed and adopted this 3rd day of June 2025`. */
const SIGNED_ON = /^(?:passed|approved|adopted|signed)(?:,?[ \t]+(?:and[ \t]+)?(?:passed|approved|adopted|signed))*[ \t]+this[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+day[ \t]+of[ \t]+[A-Z][a-z]+,?[ \t]+\d{4}\.?$/i;
const SEAL = /^\(seal\)$/i;
// the first two characters each form can start with, read from its own pattern (openings.ts): the
// pattern is asked only of a line that opens so (every line of every file comes here, and most open
// with words no form can); the line's two characters are looked up once for all the forms
const GATED: ReadonlyArray<Openings> = [RULE, STAMP, INITIALS, ATTEST, SEAL, SIGNATURE_WORDS, WIKI_CHROME, DOKU_TOOLS, DOKU_TRAIL, VIEWER_CHROME, DOCUMENTS_HEADER, LINK_REFERENCE, BOT_LINE, SCRIBE_COMMAND, SCRIBE_END, SIGNED_ON, FORGE_CHROME].map(openingsOf);
const [O_RULE, O_STAMP, O_INITIALS, O_ATTEST, O_SEAL, O_SIGNATURE, O_WIKI, O_DOKU, O_DOKU_TRAIL, O_VIEWER, O_DOCUMENTS, O_LINK_REFERENCE, O_BOT, O_SCRIBE, O_SCRIBE_END, O_SIGNED_ON, O_FORGE, O_CHROME] = GATED.map((_, k) => 1 << k).concat(1 << GATED.length);
const GATES = gateTable([...GATED, openingsOfTexts(WEB_CHROME, true)]);

/** `debrisKind` of a line and its `clean` text. */
function kindOf(line: string, t: string, context: DebrisContext): DebrisKind | undefined {
  if (t === '') {
    if (line.includes('\f')) return 'form-feed';
    return line.length > 0 && INVISIBLE_BLANK.test(line) && /[\u00a0\u200b\u2060\ufeff]/.test(line) ? 'blank' : undefined;
  }
  const first = t.charCodeAt(0);
  const open = gatesOpened(GATES, t);
  // (every form of a rule repeats one character: its second is its first, and a bullet's `- ` is asked no pattern)
  if ((open & O_RULE) !== 0 && t.length >= 3 && t.charCodeAt(1) === first && RULE.test(t)) return 'rule';
  // (the parser asks this of every line of every file: a form's pattern is tried only when the line
  // holds what the form must, so that ordinary text costs a few character tests)
  const lastCode = t.charCodeAt(t.length - 1);
  const lastDigit = lastCode >= 0x30 && lastCode <= 0x39;
  if (((first | 0x20) === 0x70 && t.length <= 80 && PAGE_THEN_STAMP.test(t)) || ((lastDigit || lastCode === 0x2d) && PAGE_ONLY.test(t)) || (lastDigit && ((t.includes('Page') && PAGE_AT_END.test(t)) || (t.includes('/') && SLASHED_HEADER.test(t))))) return 'page-footer';
  const c0 = first | 0x20; // an ASCII letter in lower case (no other character becomes one)
  // (an indented appendix's twenty blanks or more are the line's, not its clean text's: `trim` takes away every unit `\s` reads)
  if (((open & O_STAMP) !== 0 && STAMP.test(t)) || (t.length + 20 <= line.length && isBlankUnit(line.charCodeAt(0)) && INDENTED_APPENDIX.test(line))) return 'agenda-stamp';
  if ((open & O_INITIALS) !== 0 && INITIALS.test(t)) return 'initials-box';
  if (((open & O_ATTEST) !== 0 && ATTEST.test(t)) || ((open & O_SEAL) !== 0 && SEAL.test(t))) return 'signature';
  if ((open & O_SIGNED_ON) !== 0 && t.length <= 120 && SIGNED_ON.test(t)) return 'signature';
  if ((open & O_SIGNATURE) !== 0 && SIGNATURE_WORDS.test(t) && DOTS.test(t) && SIGNATURE_LEFTOVER.test(t.replace(/[….\u2026_]+/g, ' '))) return 'signature';
  // (a banner's first character is a capital or its mark: its pattern opens with a class of marks and blanks, which no gate reads)
  // (the pattern is case-blind in none of its words: a line opening with a letter opens with `DRAFT`, `UNAPPROVED` or
  // `UNCONFIRMED`, its second character an `R` or an `N`; most lines opening with a `D` or `U` are read no further;
  // a line opening with a mark is the banner's word between marks and blanks only, so that its last character
  // (the text is trimmed) is a mark or the word's last letter, `T` or `D`: a bullet's sentence is asked no pattern)
  if ((first === 0x44 ? t.length >= 5 && t.charCodeAt(1) === 0x52 : first === 0x55 ? t.length >= 5 && t.charCodeAt(1) === 0x4e : (first === 0x2d || first === 0x2a || first === 0x2013 || first === 0x2014) && (lastCode === 0x54 || lastCode === 0x44 || lastCode === 0x2d || lastCode === 0x2a || lastCode === 0x2013 || lastCode === 0x2014)) && DRAFT.test(t)) return 'draft-banner';
  if (t.length < 32 && ((WEB_CHROME_LENGTHS >>> t.length) & 1) === 1 && (open & O_CHROME) !== 0 && WEB_CHROME.has(t.toLowerCase())) return 'web-chrome';
  if ((open & O_WIKI) !== 0 && WIKI_CHROME.test(t)) return 'wiki-chrome';
  // (a Markdown editor's container marks, HackMD's `:::info` ⏎ … ⏎ `:::`: the box, no words of the minutes)
  if (first === 0x3a && t.length <= 24 && CONTAINER_MARK.test(t)) return 'wiki-chrome';
  if ((open & O_FORGE) !== 0 && t.length <= 240 && FORGE_CHROME.test(t)) return 'wiki-chrome';
  // (a native search for the words before the pattern: most lines hold neither)
  if ((lastCode === 0x63 || lastCode === 0x65 || lastCode === 0x73) && t.length <= 120 && (t.includes(' edited this page ') ? EDITED_PAGE.test(t) : REPOSITORY_LINE.test(t))) return 'wiki-chrome';
  if (t.length <= 200 && (((open & O_DOKU) !== 0 && DOKU_TOOLS.test(t)) || ((open & O_DOKU_TRAIL) !== 0 && DOKU_TRAIL.test(t)))) return 'wiki-chrome';
  if ((open & O_VIEWER) !== 0 && VIEWER_CHROME.test(t)) return 'viewer-chrome';
  if ((open & O_DOCUMENTS) !== 0 && DOCUMENTS_HEADER.test(t)) return 'paper-link';
  if ((open & O_LINK_REFERENCE) !== 0 && LINK_REFERENCE.test(t)) return 'link-reference';
  // (QUEUE opens with `q` or `ack` (any case) or with a nick, `<nick>` or `nick:`, the colon straight after the first
  // word, which holds no blank: prose is ruled out by tests of its first letters and native searches for its first
  // colon and its first space before it (`Presented by:`); a line with a colon after a first word of no space is the
  // pattern's to read, which reads that word natively, in no loop of ours; `ack` by its letters)
  const colon = t.indexOf(':');
  const space = colon > 0 ? t.indexOf(' ') : -1;
  const mayQueue = c0 === 0x71 || first === 0x3c || (c0 === 0x61 && t.length >= 5 && (t.charCodeAt(1) | 0x20) === 0x63 && (t.charCodeAt(2) | 0x20) === 0x6b) || (colon > 0 && (space < 0 || space > colon));
  if (((open & O_BOT) !== 0 && BOT_LINE.test(t)) || ((open & O_SCRIBE) !== 0 && SCRIBE_COMMAND.test(t)) || (mayQueue && QUEUE.test(t)) || ((open & O_SCRIBE_END) !== 0 && SCRIBE_END.test(t))) return 'scribe-tool';
  if (lastDigit && SHORT_FOOTER.test(t) && !/\.\s/.test(t)) return 'running-header';
  // an address footer: several parts set apart by bullets or bars, with a phone number, box or site
  // (each mark searched for once, from the second unit: a separator's mark, and DokuWiki's middot, follow a blank;
  // a line with none of them, most, calls nothing more)
  const bar = t.indexOf('|', 1);
  const bullet = t.indexOf('•', 1);
  const dot = t.indexOf('·', 1);
  if ((bar >= 0 || bullet >= 0 || dot >= 0) && twoSeparators(t, bar, bullet, dot) && ADDRESS_FOOTER.test(t)) return 'page-footer';
  if (t.length <= 200 && dot >= 0 && DOKU_MODIFIED.test(t)) return 'wiki-chrome';
  // (a line read alone has no place: the forms that need one are asked in it, by findDebrisSteps)
  return context === NO_CONTEXT ? undefined : kindInPlace(t, context);
}

/**
 * Whether `t.split(/\s[•|·]\s/)` has three parts or more: two separators (a bullet, bar or middle dot
 * with a blank on either side; `isBlankUnit` is `\s`'s class) that do not overlap, taken as the split
 * takes them, from the left, each with its blanks: the next one's mark stands 3 or more units after a
 * separator's. The marks are found by native searches, each mark's next column kept until it is
 * passed, no array of parts made (every line of a table came here). `bar`, `bullet`, `dot`: each mark's
 * first column after the first (-1: none), as `kindOf` found them.
 */
function twoSeparators(t: string, bar: number, bullet: number, dot: number): boolean {
  let found = 0;
  for (;;) {
    // the leftmost mark not yet read (-1: none left)
    let p = bar;
    if (bullet >= 0 && (p < 0 || bullet < p)) p = bullet;
    if (dot >= 0 && (p < 0 || dot < p)) p = dot;
    if (p < 0 || p >= t.length - 1) return false;
    let from = p + 1;
    if (isBlankUnit(t.charCodeAt(p - 1)) && isBlankUnit(t.charCodeAt(p + 1))) {
      if (++found === 2) return true;
      from = p + 3;
    }
    if (bar >= 0 && bar < from) bar = t.indexOf('|', from);
    if (bullet >= 0 && bullet < from) bullet = t.indexOf('•', from);
    if (dot >= 0 && dot < from) dot = t.indexOf('·', from);
  }
}


/** A street address with its ZIP code, postcode or telephone number, as a body prints it under its page's footer. */
// (the line ends with them, or with a telephone number, a mail or a web address after them: a planning application's
// address with what is proposed after it, `12 High Street, Ashby, LE65 1AB – rear extension`, is the minutes')
const FOOTER_ADDRESS = /^\d{1,5}[ \t]+\p{Lu}[\p{L}.'’ -]{2,40},[^.!?–—]*(?:\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}\b|\(\d{3}\)[ \t]*\d{3}-\d{4})(?:[ \t,|•·]+(?:(?:Tel|Phone|T)[.:]?[ \t]*)?(?:\(\d{3}\)[ \t]*\d{3}-\d{4}|\+?[\d ()-]{7,16}\d|[\w.+-]+@[\w.-]+|(?:https?:\/\/|www\.)\S+))*[ \t]*$/u;

/**
 * The forms of `kindOf` that are debris only in their place (`t` not blank), asked alone by
 * `findDebrisSteps` of a line whose every other form was ruled out in its first reading.
 */
function kindInPlace(t: string, context: DebrisContext): DebrisKind | undefined {
  const prev = context.previous;
  const next = context.next;
  if (isBarePageNumber(t) && (prev === 'running-header' || prev === 'viewer-chrome' || next === 'form-feed' || next === 'running-header')) return 'page-footer';
  if (context.repeatedAtPageBreak && t.length <= 100) return 'running-header';
  // the body's address printed with its page footer (`410 Cedar Avenue, Pine Hollow, CA 95999  (555) 201-4400`): the footer's
  if ((prev === 'page-footer' || next === 'page-footer') && t.length <= 140 && FOOTER_ADDRESS.test(t)) return 'page-footer';
  if ((prev === 'rule' || prev === 'signature') && /^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4},\s+[A-Z][\w ]{2,40}$/.test(t)) return 'signature';
  if (prev === 'paper-link' && paperLinkStart(t) >= 0) return 'paper-link';
  // `Chair` or `Date` alone is a role in a list of names, except under a signature line
  if ((prev === 'rule' || prev === 'signature') && /^(?:signed|chair(?:man|person)?|date|mayor|(?:city\s+)?clerk|secretary)\s*:?$/i.test(t)) return 'signature';
  return undefined;
}

/**
 * Debris inside a line whose rest is text: a paper link closing a title (`… pdf icon PDF 198 KB`),
 * `View directions` after a venue, `[edit | edit source]` after a wiki heading, a video's time
 * (`[00:41:07]`), form feeds.
 */
export function inlineDebris(line: string): Array<{ start: number; end: number; kind: DebrisKind }> {
  const out: Array<{ start: number; end: number; kind: DebrisKind }> = [];
  if (line.length > 2000) return out;
  const comment = line.indexOf('[', 10) < 0 ? -1 : wordCommentAt(line); // (`wordCommentAt`'s own first test, with no call)
  // an older wiki's section-edit link before its heading (`[edit] Hedgerow survey contract`, MediaWiki's skins before 2013)
  const lead = line.charCodeAt(0) === 0x5b ? LEADING_EDIT.exec(line) : null; // `[`
  if (lead) out.push({ start: 0, end: lead[0].length, kind: 'wiki-chrome' });
  // every line of every file comes here: only a form feed, a Word comment or the last character of a form reads on
  if (line.indexOf('\f') < 0 && comment < 0 && !mayEndInDebris(line)) return out;
  for (let i = line.indexOf('\f'); i >= 0; i = line.indexOf('\f', i + 1)) out.push({ start: i, end: i + 1, kind: 'form-feed' });
  const trimmedEnd = line.trimEnd().length;
  // the comment's words run to the line's end: no other form closes the line
  if (comment >= 0) {
    out.push({ start: comment, end: trimmedEnd, kind: 'comment' });
    return out;
  }
  const body = line.slice(0, trimmedEnd);
  const last = body.charCodeAt(body.length - 1);
  const paper = mayEndPaperLink(last) && ((last !== 0x29 && last !== 0x5d) || mayOpenBracketedLink(body)) ? paperLinkStart(body) : -1; // `… KB`, `… icon`, `… (PDF, 240KB)`
  if (paper >= 0) out.push({ start: paper, end: trimmedEnd, kind: 'paper-link' });
  const dir = body.endsWith('View directions') ? VIEW_DIRECTIONS.exec(body) : null;
  if (dir && dir.index > 0) out.push({ start: dir.index + (dir[0].length - dir[0].trimStart().length), end: trimmedEnd, kind: 'web-chrome' });
  const edit = last === 0x5d || last === 0x29 ? wikiEditAt(body) : null; // `]`, `)`
  if (edit && edit.index > 0) out.push({ start: chromeStart(body, edit.index), end: trimmedEnd, kind: 'wiki-chrome' });
  const video = last === 0x5d && !edit ? VIDEO_TIME.exec(body) : null;
  if (video && video.index > 0) out.push({ start: video.index + (video[0].length - video[0].trimStart().length), end: trimmedEnd, kind: 'web-chrome' });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A Word comment as an export writes it into the text, at its anchor and often glued to the word
 * before it (`… grant.Commented [JA1]: BC to confirm the amount`): where its marker starts, or -1.
 * Its words, to the line's end, are the comment's (the text layer makes them a segment of their own).
 */
export function wordCommentAt(line: string): number {
  // (the marker's `[` stands at its eleventh unit: a line with no `[` after its tenth, most, holds none, told by a
  // search for one character, quicker than for the marker, whose `C` opens many words)
  if (line.indexOf('[', 10) < 0) return -1;
  const at = line.indexOf('Commented [');
  return at >= 0 && WORD_COMMENT.test(line.slice(at + 10, at + 24)) ? at : -1;
}
/** The comment's reference after `Commented `: the author's initials and its number (`[JA1]`), a reply's too (`[JA1.1]`, `[JA1R1]`), and its colon. */
const WORD_COMMENT = /^\[[A-Za-z]{1,5}\d{1,3}(?:[.R]\d{1,3})?\]:/;

/**
 * Where a text's own words end: before the debris that closes it (a paper link after an item's
 * title, `View directions`, `[edit]`), blanks trimmed; the text's length when none closes it.
 */
export function endBeforeDebris(text: string): number {
  let end = text.length;
  for (const d of inlineDebris(text)) if (d.kind !== 'form-feed') { end = d.start; break; }
  while (end > 0 && isBlankUnit(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether the line's last character can end a form of `inlineDebris` (`… KB`, `… icon`, `(PDF)`, `View directions`, `[edit]`), a form feed apart. */
function mayEndInDebris(line: string): boolean {
  let e = line.length;
  while (e > 0 && line.charCodeAt(e - 1) <= 0x20) e--;
  const z = line.charCodeAt(e - 1);
  // a blank other than a space or tab at the end takes the long way
  return (z < 0x80 && INLINE_DEBRIS_ENDS[z] === 1) || (z > 0x7f && /\s/.test(line[e - 1]));
}

/**
 * The characters a form of `inlineDebris` can end in (the last that is not blank), by their code (all ASCII): a paper link's
 * (`mayEndPaperLink`), the `s` of `View directions` and the `]` of `[edit]` or a video's time; one
 * look-up for the last pass's lines, each of which is asked.
 */
const INLINE_DEBRIS_ENDS = new Uint8Array(0x80);
for (let z = 0; z < 0x80; z++) if (mayEndPaperLink(z) || z === 0x73 || z === 0x5d) INLINE_DEBRIS_ENDS[z] = 1;

/**
 * Whether a bullet mark stands at `text[at]` (the first non-blank character of a line or a
 * paragraph): `•`, `◦`, `▪`, `●`, `■`, `□`, `➢`, `➤`, `►`, Word's private-use symbols (U+F0B7)
 * and an en dash before a blank; `-` and `*` before a blank or alone; `o` before a tab, or before
 * a space and a capital or digit ("o Charging policy"), never a word; `- 3 -` is a page number.
 * The one list of bullets: the text layer (text.ts) asks it for every paragraph, import through it.
 */
export function isBulletAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // (every mark below but `-`, `*` and `o` is at U+2013 or above: a paragraph opening with a letter, most, is told
  // here with nothing more read; and NaN, past the text's end, is none of them)
  if (!(c === 0x2d || c === 0x2a || c === 0x6f || c >= 0x2013)) return false;
  const after = text[at + 1];
  const blankAfter = after === ' ' || after === '\t' || after === '\u00a0';
  let yes: boolean;
  if (c === 0x2d || c === 0x2a) yes = blankAfter || after === undefined; // `-`, `*`
  else if (c === 0x2022 || c === 0x25e6 || c === 0x25aa || c === 0x25cf || c === 0x25a0 || c === 0x25a1 || c === 0x27a2 || c === 0x27a4 || c === 0x25ba || (c >= 0xf000 && c <= 0xf0ff)) yes = blankAfter || after !== undefined || c === 0x2022 || c === 0x25e6 || c === 0x25aa;
  else if (c === 0x2013) yes = blankAfter; // `–`
  else if (c === 0x6f) yes = after === '\t' || (after === ' ' && /[A-Z0-9(£"“]/.test(text[at + 2] ?? '')); // `o`
  else return false;
  return yes && !(c === 0x2d && text.length - at <= 24 && PAGE_DASHES.test(text.slice(at)));
}
const PAGE_DASHES = /^-\s*\d{1,4}\s*-\s*$/;

/** The bullet at the start of a line, to strip (the line is kept): see `isBulletAt`. */
export function bulletAt(line: string): { start: number; end: number; bullet: string } | undefined {
  let s = 0;
  while (s < line.length && (line[s] === ' ' || line[s] === '\t' || line[s] === '\u00a0')) s++;
  if (s >= line.length || !isBulletAt(line, s) || s + 1 >= line.length) return undefined;
  let e = s + 1;
  while (e < line.length && (line[e] === ' ' || line[e] === '\t' || line[e] === '\u00a0')) e++;
  return { start: s, end: e, bullet: line[s] };
}

// The limits of `findDebrisSteps`'s passes, which `debrisKeptAfterEdit` relies on too.
/** The longest line keyed as a possible running header (a longer one is never one, and folding it costs). */
const KEYED_LONGEST = 1000;
/** The longest folded key of a running header (`foldedKey`'s limit). */
const KEY_LONGEST = 100;
/** The first lines, where an e-mail carrying scribed minutes has its wrapper. */
const WRAPPER_LINES = 25;
/** A mail's header lines, as a list archive prints the message: `From: Name <address>`, `Subject: …`. */
const MAIL_FROM = /^From:\s+\S.*@/;
const MAIL_SUBJECT = /^Subject:\s+\S/;

/** A bare page number, alone on its (trimmed) line: a page break. */
function isBarePageNumber(t: string): boolean {
  // (`/^\d{1,4}$/` by character: many short lines are asked)
  if (t.length === 0 || t.length > 4) return false;
  for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i); if (c < 0x30 || c > 0x39) return false; }
  return true;
}

/** Lines of the form feeds, page footers and stamps that mark a page break, for the running-header test. */
function isPageBreakKind(k: DebrisKind | undefined): boolean {
  return k === 'page-footer' || k === 'form-feed' || k === 'agenda-stamp' || k === 'initials-box';
}

/** The widest line number of line-numbered paper (a page has some thirty lines; three digits leave room). */
const LINE_NUMBER_DIGITS = 3;
/** The blanks a line number may be right-aligned with before it (` 9`, `  9`). */
const LINE_NUMBER_INDENT = 4;
/** The shortest run of numbered lines (1, 2, 3 …) that tells a page of line-numbered paper. */
const LINE_NUMBER_RUN = 3;

/**
 * Line-numbered paper (a council's or a court's PDF): every line opens with its number on the page,
 * right-aligned, then blanks (` 9  Mayor Quill called …`), counting up by one from 1 and starting
 * again on each page. For each line, the column where its text starts after the number (the line's
 * length when it holds its number alone: a numbered blank line), 0 for a line with none; undefined
 * when the file is not so printed. Told once for the file: at least half its non-blank lines stand in
 * runs of consecutive lines numbered 1, 2, 3 … (blank lines between them apart), and a sentence
 * carries on from one numbered line to the next (a text opening in lower case), as a list of items
 * numbered one a line never does. An item's number is never one: `1. CALL TO ORDER` has its stop,
 * `1<TAB>Apologies` its tab, and a minute number stands alone among lines of text. One pass with a
 * first character's gate (most lines open with a letter): the text layer asks it for each text it
 * segments, and `findDebrisSteps` once a parse.
 */
export function lineNumberMargins(lines: readonly string[]): Int32Array | undefined {
  // the file's answer, kept by its lines: one parse segments its lines in several calls (a region,
  // the line after it, a line compared in a people block), each of which would read the whole file
  // again, once for each line a re-parse compares
  // (kept on the lines themselves, gone with them: `beside.ts`)
  let margins = MARGINS.get(lines);
  if (margins === undefined) MARGINS.set(lines, (margins = readLineNumbers(lines) ?? NO_MARGINS));
  return margins === NO_MARGINS ? undefined : margins;
}
const MARGINS = beside<readonly string[], Int32Array>('minutes.lineNumbers');
const NO_MARGINS = new Int32Array(0);

/**
 * The lines as a reader of whole lines sees them on line-numbered paper: each line's number (its
 * `line-number` debris) blanked, its columns kept (a head's match on the line is a range of the
 * document). The lines themselves when the file has none. The segments cut the number instead (text.ts).
 */
export function withoutLineNumbers(lines: readonly string[], debris: readonly DebrisSpan[]): readonly string[] {
  let out: string[] | undefined;
  for (const d of debris) {
    if (d.kind !== 'line-number') continue;
    out ??= lines.slice();
    out[d.line] = ' '.repeat(d.end - d.start) + lines[d.line].slice(d.end);
  }
  return out ?? lines;
}

/** How every line `numberedText` finds a number on opens: at most LINE_NUMBER_INDENT spaces, then a digit. */
const NUMBER_OPENING = /^ {0,4}\d/;
/** A character that is not blank (`isBlankUnit` is `\s`'s class). */
const NOT_BLANK = /\S/;

function readLineNumbers(lines: readonly string[]): Int32Array | null {
  const n = lines.length;
  // first the count alone (nothing made): a file not so printed is told by it
  let numbered = 0;
  let nonBlank = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    // (an empty line is no number and blank: not counted, and its first character not read past its end, which made
    // the engine drop the function's optimised code on each file's first blank line)
    if (line.length === 0) continue;
    const c = line.charCodeAt(0);
    // (a line opening with a letter, most, is text: counted with no search)
    if (c > 0x20 && (c < 0x30 || c > 0x39)) { nonBlank++; continue; }
    // (a numbered line opens with a digit after at most four spaces, told by one anchored pattern; whether a line
    // holds more than blanks by one native search, `!blankFrom(line, 0)`: an indented line is read by no loop of ours)
    const at = NUMBER_OPENING.test(line) ? numberedText(line) : -1;
    if (at >= 0) numbered++;
    if (at >= 0 || NOT_BLANK.test(line)) nonBlank++;
  }
  if (numbered < LINE_NUMBER_RUN || numbered * 2 < nonBlank) return null;
  const numbers = new Int32Array(n).fill(-1);
  const starts = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const at = numberedText(lines[i]);
    if (at < 0) continue;
    starts[i] = at;
    let v = 0;
    for (let k = 0; k < at; k++) { const c = lines[i].charCodeAt(k); if (c >= 0x30 && c <= 0x39) v = v * 10 + c - 0x30; }
    numbers[i] = v;
  }
  // the runs: 1, 2, 3 … on consecutive lines (blank lines between them apart)
  const margins = new Int32Array(n);
  let inRuns = 0;
  let wraps = false;
  for (let i = 0; i < n; i++) {
    if (numbers[i] !== 1) continue;
    let j = i;
    let length = 1;
    let wrapped = false;
    for (let k = i + 1; k < n; k++) {
      if (numbers[k] < 0 && blankFrom(lines[k], 0)) continue;
      if (numbers[k] !== numbers[j] + 1) break;
      j = k;
      length++;
      const f = starts[k] < lines[k].length ? lines[k].charCodeAt(starts[k]) : 0;
      if (f >= 0x61 && f <= 0x7a) wrapped = true;
    }
    if (length >= 2) {
      for (let k = i; k <= j; k++) if (numbers[k] >= 0) margins[k] = starts[k];
      inRuns += length;
      if (length >= LINE_NUMBER_RUN && wrapped) wraps = true;
    }
    i = j;
  }
  return wraps && inRuns * 2 >= nonBlank ? margins : null;
}

/** Whether a line holds only blanks (no string made). */
/**
 * Where a line's text starts after a line number opening it (` 9  Mayor …`: 4; `12` alone: 2), or
 * -1: blanks, one to three digits, then spaces (never a tab: `1<TAB>Apologies` is an item's) and
 * the text, or nothing. `1. CALL TO ORDER` has no number so (its stop follows the digit).
 */
function numberedText(line: string): number {
  // (a cheap gate: a blank or a digit first, as every numbered line opens; an empty line has none, and no
  // character is read past its end)
  if (line.length === 0) return -1;
  const c = line.charCodeAt(0);
  if (c !== 0x20 && (c < 0x30 || c > 0x39)) return -1;
  let k = 0;
  while (k < line.length && k < LINE_NUMBER_INDENT && line.charCodeAt(k) === 0x20) k++;
  const d = k;
  // (the digits read in this loop, with no call a digit)
  for (; k < line.length && k - d < LINE_NUMBER_DIGITS; k++) { const u = line.charCodeAt(k); if (u < 0x30 || u > 0x39) break; }
  const after = k < line.length ? line.charCodeAt(k) : 0;
  if (k === d || (after >= 0x30 && after <= 0x39)) return -1;
  let e = k;
  while (e < line.length && line.charCodeAt(e) === 0x20) e++;
  if (e < line.length && (e === k || isBlankUnit(line.charCodeAt(e)))) return -1;
  // (a number alone: the rest blank to the end)
  if (e < line.length) return e;
  return line.length;
}

/**
 * Every piece of debris of a document, in order: whole lines (classified with their neighbours)
 * and pieces of lines. Running headers are found by repetition: a line repeated, each time within
 * two lines of a page break (a footer, a bare page number, a form feed), or opening a page after a
 * form feed; a wiki page's frame from `Retrieved from` to the end; an e-mail wrapper above the
 * first rule near the top, when it holds a link.
 */
export function findDebris(lines: readonly string[]): DebrisSpan[] {
  return finish(findDebrisSteps(lines));
}

/**
 * What `findDebrisSteps`'s passes know of each line, read in the first: its kind alone (then in its
 * place), its clean text, that text's first and last characters (0 for an empty text: the later
 * passes ask them of every line, and a string's character costs more to reach), whether it holds a
 * form feed, the nearest non-blank lines above and below it (a form feed counts; computed once:
 * linear), and whether it stands near a page break.
 */
interface LineReading {
  readonly kinds: Array<DebrisKind | undefined>;
  readonly texts: string[];
  readonly firstCodes: Uint16Array;
  readonly lastCodes: Uint16Array;
  readonly feed: Uint8Array;
  readonly above: Int32Array;
  readonly below: Int32Array;
  /**
   * Repeated lines near page breaks: the running header (and a date line under it). A line is near
   * a break when another line within three is a page footer, a stamp, an initials box, a form feed
   * or a bare page number; only such lines can be running headers, so only their text is keyed (a
   * file with no page break, as our markup, keys none), and a text that also stands away from every
   * break is no running header.
   */
  readonly near: Uint8Array;
  /** Line-numbered paper's margins (`lineNumberMargins`): each line is read after its number. */
  readonly margins: Int32Array | undefined;
  breaks: number;
  /** How many lines the first pass read as debris alone (a kind of their own). */
  kinded: number;
  /** The first line that opens an HTML comment (`<!--`), if any: the comments' pass starts there. */
  comment: number;
  /** The last non-blank line read so far (a form feed counts), for `above`. */
  last: number;
}

/**
 * `findDebris`, pausing every SLICE lines of its reading of each line alone (see `Sliced`): the parse
 * of 100,000 lines in slices. Each pass is a function of its own, so that the engine optimises each
 * with what it has seen of it: one body of all the passes was optimised in the first pass's loop,
 * before any later pass had run, and left that code at each later pass of the next documents
 * (compiled again and again, a large part of the first parses of a file).
 */
export function* findDebrisSteps(lines: readonly string[]): Sliced<DebrisSpan[]> {
  const n = lines.length;
  const r: LineReading = {
    kinds: new Array(n), texts: new Array(n), firstCodes: new Uint16Array(n), lastCodes: new Uint16Array(n), feed: new Uint8Array(n),
    above: new Int32Array(n), below: new Int32Array(n), near: new Uint8Array(n), margins: lineNumberMargins(lines), breaks: 0, kinded: 0, comment: -1, last: -1,
  };
  // (the lines above and the breaks found in the one reading of each line: a line's kind alone is all they ask)
  // (each pass over the lines is one call a slice, not one a line: until the engine has compiled them, a call costs
  // more than most lines' reading; the pauses stay where they were when each line was a call, before lines
  // SLICE - 1, 2 SLICE - 1 …)
  for (let from = 0, to = SLICE - 1; ; from = to, to += SLICE) {
    readAlone(r, lines, from, Math.min(to, n));
    if (to >= n) break;
    yield;
  }
  readInPlace(r, lines);
  const out: DebrisSpan[] = [];
  for (let from = 0, to = SLICE - 1; ; from = to, to += SLICE) {
    spansOn(r, lines, from, Math.min(to, n), out);
    if (to >= n) break;
    yield;
  }
  return out;
}

/** The first pass, on lines [from, to): each line's kind alone, and what the later passes ask of it. */
function readAlone(r: LineReading, lines: readonly string[], from: number, to: number): void {
  const { kinds, texts, firstCodes, lastCodes, feed, above, near, margins } = r;
  const n = lines.length;
  let last = r.last;
  for (let i = from; i < to; i++) {
    // (a numbered line is read as the same line without its number: the number is a span of its own, `spansOn`)
    const margin = margins === undefined ? 0 : margins[i];
    const line = margin > 0 ? lines[i].slice(margin) : lines[i];
    const fed = line.indexOf('\f') >= 0;
    if (fed) feed[i] = 1;
    const t = (fed ? line.replace(/\f/g, '') : line).trim(); // `clean`
    texts[i] = t;
    const lastCode = t.length > 0 ? t.charCodeAt(t.length - 1) : 0;
    if (t.length > 0) { firstCodes[i] = t.charCodeAt(0); lastCodes[i] = lastCode; }
    // (an empty line, half the lines of most files, is none: `kindOf` finds no character in it, no form feed and no blank)
    const k = margin > 0 && t === '' && !fed ? 'line-number' : line.length === 0 || line.length > 400 ? undefined : kindOf(line, t, NO_CONTEXT);
    kinds[i] = k;
    if (k !== undefined) r.kinded++;
    above[i] = last;
    if (t !== '' || fed) last = i;
    // (lengths asked before characters in these passes: a character read past the end of a string drops the function's optimised code)
    if (r.comment < 0 && t.length >= 4 && t.charCodeAt(0) === 0x3c && t.startsWith('<!--')) r.comment = i;
    // a page break: a kind that marks one, a form feed, or a bare page number (1 to 4 digits, its last one first:
    // most lines are told by the kind they have not and their last character)
    if (!((k !== undefined && isPageBreakKind(k)) || fed || (t.length <= 4 && lastCode >= 0x30 && lastCode <= 0x39 && isBarePageNumber(t)))) continue;
    r.breaks++;
    for (let d = -3; d <= 3; d++) if (d !== 0 && i + d >= 0 && i + d < n) near[i + d] = 1;
  }
  r.last = last;
}

/**
 * The passes over the lines read alone: running headers, the forms that need their place, a wiki's frame, HTML comments, an e-mail's wrapper.
 * Each pass is a function of its own (the same statements in the same order): the engine optimises a
 * function after an amount of its work that grows with its size, so the passes a file rarely needs
 * (running headers, dated page heads, comments, the wrapper) no longer hold back the optimising of the
 * ones every file runs.
 */
function readInPlace(r: LineReading, lines: readonly string[]): void {
  // (the passes up to the site's footer read kinds: a line's neighbours', a frame's mark; a kind is set only by the
  // first pass or, after a page break, by the running headers' and page heads' passes, which start from one (a page
  // footer, a form feed, a line holding one): a file with no kind and no break, as our markup, needs none of them)
  if (r.kinded > 0 || r.breaks > 0) {
    linesBelow(r);
    if (r.breaks > 0) { runningHeaders(r); datedPageHeads(r); headsInSentences(r); }
    inPlace(r, lines);
    wikiFrame(r);
    siteFooter(r, lines);
  }
  htmlComments(r, lines);
  mailWrapper(r, lines);
  closingSignatory(r);
}

/** A month and its year alone (`November 2024`), as a signature dates itself. */
const MONTH_YEAR = new RegExp(`^${MONTH_RE}[ \\t]+\\d{4}$`, 'i');
/** A titled name alone on its line (`Dr Philippa Stanton`, `Mrs J. Roe`), or two to four capitalised words. */
const SIGNATORY_NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Revd|Rev|Cllr|Councillor)\.?[ \t]+)?\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
/** Words no signatory's name holds (`Summer Term Meeting`, `Date of Next Meeting`). */
const NOT_A_NAME = /\b(?:Meeting|Term|Date|Next|Time|Venue|Minutes|Report|Board|Committee|Council|Agenda|Item|Action)\b/;
/** A task after the post (`… to circulate papers`): the words `to` and a verb in small letters, not a body's `to the`. */
const POST_TASK = /\bto[ \t]+(?:circulate|send|report|write|arrange|book|check|draft|prepare|contact|update|ask|obtain|order|chase|bring|review|agree|confirm|inform|provide|share|organise|organize|invite|issue|publish|post)\b/;
/** The post a clerk signs the minutes in (`Academic Registrar and Secretary to Senate`, `Clerk to the Governors`). */
const SIGNATORY_POST = /\b(?:[Ss]ecretary|[Cc]lerk|[Rr]egistrar|[Gg]overnance|[Dd]emocratic [Ss]ervices|[Cc]ommittee [Oo]fficer|[Mm]inute[ -]?[Tt]aker)\b/;

/**
 * The clerk's signature closing the file: after a blank line, their name alone, their post on the next line and
 * the month or date they signed (`Dr Philippa Stanton` ⏎ `Academic Registrar and Secretary to Senate` ⏎ `November
 * 2024`), nothing after them. Read at the file's end only: the same lines elsewhere are a list's.
 */
function closingSignatory(r: LineReading): void {
  const { kinds, texts } = r;
  let end = texts.length - 1;
  while (end >= 0 && texts[end] === '') end--;
  if (end < 3) return;
  const dated = texts[end].length <= 40 && (MONTH_YEAR.test(texts[end]) || findDate(texts[end])?.start === 0);
  const post = dated ? end - 1 : end;
  const name = post - 1;
  if (name < 1 || texts[name - 1] !== '' || texts[post].length > 80 || texts[name].length > 60 || kinds[name] !== undefined || kinds[post] !== undefined) return;
  // (a post, never a task: `Clerk to the Governors to circulate papers` under `Summer Term Meeting` is the minutes')
  if (!SIGNATORY_POST.test(texts[post]) || !SIGNATORY_NAME.test(texts[name]) || NOT_A_NAME.test(texts[name]) || POST_TASK.test(texts[post])) return;
  for (let i = name; i <= end; i++) kinds[i] = 'signature';
}

/** The nearest non-blank line below each line (a form feed counts), as `above` holds the one above. */
function linesBelow(r: LineReading): void {
  const { texts, feed, below } = r;
  for (let i = texts.length - 1, last = -1; i >= 0; i--) { below[i] = last; if (!(texts[i] === '' && feed[i] === 0)) last = i; }
}

/** Texts repeated by page breaks: running headers (asked only of a file with a page break). */
function runningHeaders(r: LineReading): void {
  const { kinds, texts, firstCodes, near } = r;
  const n = texts.length;
  const seen = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    // a running header is short: a long line is never one, and folding its blanks costs
    if (near[i] === 0 || kinds[i] !== undefined || texts[i].length > KEYED_LONGEST) continue;
    const k = foldedKey(texts[i], KEY_LONGEST);
    if (k === undefined || k === '') continue;
    const list = seen.get(k);
    if (list) list.push(i); else seen.set(k, [i]);
  }
  // only a text seen twice can be a running header: a text seen once needs no search elsewhere
  for (const [k, at] of seen) if (at.length < 2) seen.delete(k);
  const away = new Set<string>();
  if (seen.size > 0) {
    // a line's first word is its key's: only a line that starts as a candidate does is keyed
    const firsts = new Set<string>();
    // (and the first word's length and first character, tested before any word is cut out)
    const shapes = new Set<number>();
    // (the first character alone first, before the first word is measured)
    // (ASCII by itself, every other character in the last slot)
    const starts = new Uint8Array(128);
    for (const k of seen.keys()) { const w = firstWord(k); firsts.add(w); shapes.add(w.length * 65536 + w.charCodeAt(0)); starts[Math.min(w.charCodeAt(0), 127)] = 1; }
    for (let i = 0; i < n; i++) {
      if (near[i] === 1 || kinds[i] !== undefined || texts[i].length === 0 || texts[i].length > KEYED_LONGEST || starts[Math.min(firstCodes[i], 127)] === 0 || !shapes.has(firstWordEnd(texts[i]) * 65536 + firstCodes[i]) || !firsts.has(firstWord(texts[i]))) continue;
      const k = foldedKey(texts[i], KEY_LONGEST);
      if (k !== undefined && seen.has(k)) away.add(k);
    }
  }
  for (const [k, at] of seen) {
    // every occurrence by a page break, or every occurrence in a block that also repeats with a bare page number
    if (!away.has(k)) for (const i of at) kinds[i] = 'running-header';
  }
}

/** The line opening a page after a form feed or a page footer, when it names a date (`Committee – 14 March 2025`). */
function datedPageHeads(r: LineReading): void {
  const { kinds, texts, feed, below } = r;
  const n = texts.length;
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== 'page-footer' && kinds[i] !== 'form-feed' && feed[i] === 0) continue;
    const j = feed[i] === 1 && texts[i] !== '' ? i : below[i];
    if (j < 0 || kinds[j] !== undefined) continue;
    const t = texts[j];
    if (t.length <= 90 && !/[.;:]$/.test(t) && findDate(t) && !/^\d/.test(t)) kinds[j] = 'running-header';
  }
}

/** The most lines of a page's head over its number (the body's name, the meeting, its date). */
const HEAD_LINES = 3;
/** A page head's line naming the meeting (its date is looked for apart). */
const NAMES_MEETING = /\b(?:minutes|meeting|council|committee|board|commission|cabinet|assembly)\b/i;
/** The last word of a line that stops mid-sentence on a small word: the sentence goes on below. */
const OPEN_WORD = /(?:^|[ \t])(?:and|or|of|the|a|an|to|by|for|with|from|in|on|at|that|as)$/i;

/**
 * A page's head that a page break set between the two halves of a sentence: `… Ayes: Okafor,` ⏎ `City
 * Council Minutes` ⏎ `August 2, 2022` ⏎ `2` ⏎ `Tillis, Vanterpool. Nays: …`. The page's number alone on its
 * line, under up to three short lines of the head (no sentence, one naming the meeting or giving a date) or over them,
 * between a line that stops mid-sentence (on a comma, a dash or a small word) and the line that carries it
 * on. No repetition is needed: the sentence cut in two is the mark. Asked only of a file with a page break.
 */
function headsInSentences(r: LineReading): void {
  const { kinds, texts, above, below } = r;
  const n = texts.length;
  for (let i = 0; i < n; i++) {
    const t = texts[i];
    // (or a page's footer that says more than its number, `Regular Meeting – October 2, 2023⇥Page 2 of 2`, under the
    // head's first line, `Village of Cedar Bluff Board of Trustees`)
    const footer = kinds[i] === 'page-footer';
    if (t.length === 0 || !footer && (t.length > 4 || kinds[i] !== undefined || !isBarePageNumber(t))) continue;
    let top = i;
    let named = false;
    for (let p = above[i], k = 0; p >= 0 && k < HEAD_LINES && headLine(r, p); p = above[p], k++) {
      top = p;
      named ||= NAMES_MEETING.test(texts[p]) || findDate(texts[p]) !== undefined;
    }
    // (or the page's number first, its head under it: only lines that name the meeting or give a date, which
    // the sentence's second half is not)
    let bottom = i;
    for (let q = below[i], k = 0; !footer && q >= 0 && k < HEAD_LINES && headLine(r, q) && (NAMES_MEETING.test(texts[q]) || findDate(texts[q]) !== undefined); q = below[q], k++) {
      bottom = q;
      named = true;
    }
    const p = above[top];
    const q = below[bottom];
    // (a footer that says more than its number, its head's line right over it naming the body, is the page's head
    // whatever stands round it: the sentence need not be cut)
    // (only a footer that names the meeting or its date beside the page's number, under a head line that opens with no
    // item's number: `3. DATE OF NEXT MEETING` over `Page 2 of 3` is the item's heading)
    const boxed = footer && top === i - 1 && FOOTER_NAMES.test(t) && !ITEM_NUMBER_FIRST.test(texts[top]);
    if ((top === i && bottom === i) || !named || !boxed && (p < 0 || q < 0 || kinds[p] !== undefined || kinds[q] !== undefined || !cutBetween(texts[p], texts[q]))) continue;
    for (let l = top; l <= bottom; l++) if (texts[l] !== '' && l !== i) kinds[l] = 'running-header';
    kinds[i] = 'page-footer';
  }
}

/** A footer that says more than its page's number: the meeting's name or a date beside it (`Regular Meeting – October 2, 2023⇥Page 2 of 2`). */
const FOOTER_NAMES = /\b(?:minutes|meeting|council|committee|board|commission|cabinet|assembly)\b|\b(?:19|20)\d\d\b/i;
/** A line opening with an item's number (`3.`, `2`, `24/57`, `12)`, `IV.`, `A.`). */
const ITEM_NUMBER_FIRST = /^[ \t]*(?:\d[\d/.]{0,8}[.)]?|[IVXLC]{1,6}\.|[A-Z]\.)[ \t]/;

/** A small word a page head's title may hold in a small letter (`Minutes of the Council`). */
const HEAD_SMALL = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'at', '&', '-', '–', '—', '|']);

/**
 * A line that may be a page head's, not read as anything: short, and a date (`August 2, 2022`, with a word or two
 * round it at most) or a title whose every word opens with a capital or a figure but the small words (`City Council
 * Minutes`), no sentence.
 */
function headLine(r: LineReading, l: number): boolean {
  const t = r.texts[l];
  if (t.length === 0 || t.length > 60 || r.kinds[l] !== undefined) return false;
  const last = r.lastCodes[l];
  // (`.`, `,`, `;`, `:`, `!`, `?` at its end: a sentence's, or a list's)
  if (last === 0x2e || last === 0x2c || last === 0x3b || last === 0x3a || last === 0x21 || last === 0x3f) return false;
  const d = findDate(t);
  if (d && t.length - (d.end - d.start) <= 12) return true;
  for (const w of t.split(/[ \t]+/)) {
    const c = w.charCodeAt(0);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) && !HEAD_SMALL.has(w)) return false;
    // (a word ending in a comma or a stop inside the line: a sentence's)
    const e = w.charCodeAt(w.length - 1);
    if (e === 0x2c || e === 0x3b) return false;
  }
  return true;
}

/** Whether the sentence of `before` stops mid-way (a comma, a dash, a small word at its end) and `after` carries it on. */
function cutBetween(before: string, after: string): boolean {
  const last = before.charCodeAt(before.length - 1);
  const first = after.charCodeAt(0);
  if (last === 0x2c || last === 0x2013 || last === 0x2014) return true;
  if (last === 0x2e || last === 0x3a || last === 0x3b || last === 0x3f || last === 0x21) return false;
  // (a small word ends it, or the sentence goes on in a small letter below)
  return (first >= 0x61 && first <= 0x7a) || OPEN_WORD.test(before.slice(-6));
}

/** The contextual forms, in order, so a signatory's name sees the rule above it. */
function inPlace(r: LineReading, lines: readonly string[]): void {
  const { kinds, texts, above, below } = r;
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== undefined || texts[i] === '') continue;
    const p = above[i];
    const q = below[i];
    const previous = p >= 0 ? kinds[p] : undefined;
    const next = q >= 0 ? kinds[q] : undefined;
    // without a neighbour that is debris, the line reads as it did alone: text. With one, only the
    // forms that need their place are asked: the line alone was read as text in the first pass
    // (a line over 400 characters is never debris)
    if ((previous !== undefined || next !== undefined) && lines[i].length <= 400) kinds[i] = kindInPlace(texts[i], { previous, next });
  }
}

/** A wiki page: from `Retrieved from "…"` (or DokuWiki's `… · Last modified: …` line) to the end is the site's frame. */
function wikiFrame(r: LineReading): void {
  const { kinds, texts } = r;
  const n = texts.length;
  let retrieved = -1;
  for (let i = 0; i < n && retrieved < 0; i++) if (kinds[i] === 'wiki-chrome' && (/^retrieved from/i.test(texts[i]) || DOKU_MODIFIED.test(texts[i]))) retrieved = i;
  if (retrieved >= 0) for (let i = retrieved; i < n; i++) if (texts[i] !== '') kinds[i] = 'wiki-chrome';
}

/**
 * An HTML comment opened at a line's start and closed lines below (`<!-----` … `----->`, the notes
 * a Docs-to-Markdown export leaves above the page): its lines are never shown (a comment left
 * open is the writer's slip, and its lines stay text).
 */
function htmlComments(r: LineReading, lines: readonly string[]): void {
  const { kinds, texts } = r;
  const n = lines.length;
  for (let i = r.comment < 0 ? n : r.comment; i < n; i++) {
    if (texts[i].length < 4 || texts[i].charCodeAt(0) !== 0x3c || !texts[i].startsWith('<!--') || texts[i].indexOf('-->', 4) >= 0) continue;
    let j = i + 1;
    while (j < n && lines[j].indexOf('-->') < 0) j++;
    if (j >= n) break;
    for (let l = i; l <= j; l++) if (texts[l] !== '') kinds[l] = 'comment';
    i = j;
  }
}

/**
 * The e-mail carrying scribed minutes: above a long rule in the first lines, with a link in it, or
 * the mail's own `From:` and `Subject:` as a list archive shows the message (its `Date:` is the
 * day the mail was sent, never the meeting's).
 */
function mailWrapper(r: LineReading, lines: readonly string[]): void {
  const { kinds, texts, firstCodes } = r;
  const n = lines.length;
  for (let i = 0; i < Math.min(n, WRAPPER_LINES); i++) {
    // (the rule is twenty units or more, its first a `-` or a `=`: most lines are told so with no pattern run)
    if (texts[i].length < 20 || (firstCodes[i] !== 0x2d && firstCodes[i] !== 0x3d) || !/^(?:-{20,}|={20,})$/.test(texts[i])) continue;
    const above = lines.slice(0, i);
    if (above.some((l) => /https?:\/\//.test(l)) || (above.some((l) => MAIL_FROM.test(l)) && above.some((l) => MAIL_SUBJECT.test(l)))) {
      for (let j = 0; j < i; j++) if (texts[j] !== '' && kinds[j] === undefined) kinds[j] = 'email-wrapper';
      return;
    }
    break;
  }
  mailHeader(r, lines);
}

/** A field of a mail's header as a list archive or a mail program prints the message (`To: …`, `Date: …`). */
const MAIL_FIELD = /^(?:From|To|Cc|Date|Sent|Subject|Reply-To|Message-I[Dd]|In-Reply-To|References|List-Id|Organi[sz]ation):[ \t]/;

/**
 * A mail's header printed over the minutes with no rule under it: the fields line after line from
 * the top (a sender with an address and a subject among them), then the minutes' own heading. The
 * header is the mail's, never the meeting's heading (its `Date:` the day it was sent).
 */
function mailHeader(r: LineReading, lines: readonly string[]): void {
  const { kinds, texts, firstCodes } = r;
  let i = 0;
  while (i < lines.length && i < WRAPPER_LINES && texts[i] === '') i++;
  const start = i;
  let from = false;
  let subject = false;
  // (the fields open with a capital: most files' first line is told by its first character)
  for (; i < lines.length && i < WRAPPER_LINES && firstCodes[i] >= 0x41 && firstCodes[i] <= 0x5a && MAIL_FIELD.test(texts[i]); i++) {
    from ||= MAIL_FROM.test(texts[i]);
    subject ||= MAIL_SUBJECT.test(texts[i]);
  }
  if (!from || !subject) return;
  for (let j = start; j < i; j++) if (kinds[j] === undefined) kinds[j] = 'email-wrapper';
}

/** The longest line of a site's footer: a link's words, the council's address and telephone. */
const FOOTER_LONGEST = 120;

/**
 * A council web page's footer, under its last `Back to top` (web-chrome): the site's links, one a
 * line or set apart by bars (`Cookies`, `Accessibility statement`, `Contact us | Privacy notice`),
 * the copyright line (`© … Council 2026`), the address and opening hours. Every line to the end is
 * one, short and no sentence (no full stop to end it), or none is: minutes after the mark stay text.
 */
function siteFooter(r: LineReading, lines: readonly string[]): void {
  const { kinds, texts } = r;
  const n = lines.length;
  let top = -1;
  // (the mark is near the end: the lines are read from the last up, and a sentence below it ends the search)
  for (let i = n - 1; i >= 0 && top < 0; i--) {
    if (kinds[i] === 'web-chrome' && texts[i].length === 11 && texts[i].toLowerCase() === 'back to top') top = i;
    else if (texts[i].length > FOOTER_LONGEST || (texts[i].length > 0 && texts[i].charCodeAt(texts[i].length - 1) === 0x2e)) return;
  }
  if (top < 0) return;
  for (let i = top + 1; i < n; i++) if (texts[i] !== '' && kinds[i] === undefined) kinds[i] = 'web-chrome';
}

/** The last pass, on lines [from, to): a line whole when it is debris, else the pieces of it that are. */
function spansOn(r: LineReading, lines: readonly string[], from: number, to: number, out: DebrisSpan[]): void {
  const { kinds, texts, margins, feed, lastCodes } = r;
  for (let i = from; i < to; i++) {
    const k = kinds[i];
    if (k !== undefined) { out.push({ line: i, start: 0, end: lines[i].length, kind: k }); continue; }
    if (margins !== undefined && margins[i] > 0) out.push({ line: i, start: 0, end: margins[i], kind: 'line-number' });
    // (the line's text, trimmed, ends where its last blank-free character is: `inlineDebris` reads the line to it;
    // a Word comment stands anywhere in it: `wordCommentAt`'s own first test, its marker's `[`, asked with no call)
    const z = lastCodes[i];
    // (a text closing with `)` ends in debris only as a bracketed paper link, `mayOpenBracketedLink`, or as PmWiki's
    // `(edit)`, its `(` six units before the end (`wikiEditAt`): both read the text as the line, whose blanks or number
    // before the text hold no bracket; a question's `(Asked by …)` is asked nothing more)
    const t = texts[i];
    // (or opens with an older wiki's edit link, `[edit] Treasurer`: its first character asked)
    if (feed[i] === 0 && !(z < 0x80 && INLINE_DEBRIS_ENDS[z] === 1 && (z !== 0x29 || (t.length >= 6 && t.charCodeAt(t.length - 6) === 0x28) || mayOpenBracketedLink(t))) && (lines[i].indexOf('[', 10) < 0 || wordCommentAt(lines[i]) < 0) && leadingWikiEdit(lines[i]) === 0) continue;
    for (const s of inlineDebris(lines[i])) out.push({ line: i, ...s });
  }
}

/**
 * Whether `findDebris(lines)` is `had` (= `findDebris(prevLines)`) after lines [first, last] were
 * rewritten in place, told from the edited lines and their neighbours alone; false when only the
 * whole reading can say. A keystroke in a paragraph of a long published text is the case: the
 * whole reading costs most of a keystroke's re-parse (reparse.ts). Each edited line, before and
 * after, must be inert in every pass of `findDebrisSteps`: no debris of its own (alone, in its
 * place, inline), not blank and no form feed (the neighbours stay the same), no page break (the
 * lines near a break stay the same), too long to key a running header (the repetition across the
 * file is not changed), not the line under a page break (the date of a new page), below the
 * e-mail wrapper's lines; and its nearest non-blank neighbours are no debris, so that its context
 * reads nothing either way.
 */
export function debrisKeptAfterEdit(had: readonly DebrisSpan[], prevLines: readonly string[], lines: readonly string[], first: number, last: number): boolean {
  // (the e-mail wrapper is looked for in the first lines, with a link in any line above its rule)
  if (first < WRAPPER_LINES || prevLines.length !== lines.length || last >= lines.length) return false;
  // (a line under a web page's `Back to top` may make or unmake its footer: `siteFooter` reads them all)
  for (let k = had.length - 1; k >= 0; k--) if (had[k].kind === 'web-chrome' && had[k].line < first && prevLines[had[k].line].trim().toLowerCase() === 'back to top') return false;
  const blank = (l: number): boolean => lines[l].trim() === '' && lines[l].indexOf('\f') < 0;
  for (let l = first; l <= last; l++) {
    if (spanOn(had, l) || !inertLine(prevLines[l]) || !inertLine(lines[l]) || debrisKind(lines[l]) !== undefined || inlineDebris(lines[l]).length > 0) return false;
    // the neighbours (edited lines are never blank, before and after: the same neighbours in both texts)
    let p = l - 1;
    while (p >= 0 && blank(p)) p--;
    let q = l + 1;
    while (q < lines.length && blank(q)) q++;
    if ((p >= 0 && spanOn(had, p)) || (q < lines.length && spanOn(had, q))) return false;
  }
  return true;
}

/** Whether a line is, on its own, nothing `findDebrisSteps` keys, counts as a page break, or takes for a blank line. */
function inertLine(line: string): boolean {
  if (line.indexOf('\f') >= 0 || line.indexOf('<!--') >= 0 || line.indexOf('-->') >= 0) return false;
  const t = line.trim();
  return t !== '' && !isBarePageNumber(t) && (t.length > KEYED_LONGEST || foldedKey(t, KEY_LONGEST) === undefined);
}

/** Whether any span of `spans` (in line order) is on line `l`. */
function spanOn(spans: readonly DebrisSpan[], l: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].line < l) lo = mid + 1; else hi = mid;
  }
  return lo < spans.length && spans[lo].line === l;
}
