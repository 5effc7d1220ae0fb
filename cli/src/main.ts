/**
 * The `minutes` command line: checks and outlines minutes files with the same language service
 * as the editor. `minutes check` exits 1 when a file has errors, so an archive can be checked in CI.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ACTION_STATUSES, DEFAULT_PUBLISH, approvalState, attendanceReport, formatAttendance, meetingStatus, withoutFingerprint, buildSite, SITE_ASSETS, buildCalendar, buildRecord, recordCsv, exportMeeting, exportExtension, EXPORT_FORMATS, importPublished, createMinutesService, documentSymbols, filterActions, formatActions, formatDecisions, readSettings, toDiagnostics,
  type Analysis, type HostLogger, type MinutesService, type ExportFormat, type LogFormat, type MinutesSettings, type OutlineSymbol,
} from '#service';
import { setServiceLogger } from '#service';
import { MAX_FILES } from '#server/workspaceFiles';
import { NodeWorkspace } from '#server/nodeWorkspace';
import { writeOutput } from './output';
import { ExtractError, extractText } from '#server/extract/index';
import { dataFilesIn, writeSite } from '#server/siteFiles';

const USAGE = `Usage:
  minutes check [options] FILE|FOLDER…     report problems as file:line:col severity code message
  minutes outline [options] FILE           print the meeting's outline
  minutes actions [options] FILE|FOLDER…   print the action log
  minutes decisions [options] FILE|FOLDER… print the decisions register
  minutes attendance [options] FILE|FOLDER…
                                           print attendance: each member's meetings attended of
                                           meetings held, and each meeting item by item (who was
                                           present and eligible to vote, who withdrew)
  minutes export [options] FILE            write the published minutes (--to html, docx or md)
                                           or the meeting's decision notice (--to notice-html,
                                           notice-docx or notice-md: always public)
  minutes export --to json|csv|ics FILE|FOLDER…
                                           write the record of the meetings as open data (json,
                                           or one csv per kind in a folder) or a calendar (ics)
  minutes import [options] FILE            turn published minutes (.txt, Word .docx, .pdf or a web
                                           page .html) into markup
  minutes site [options] FOLDER --out DIR  build the public website of the meetings of FOLDER
  minutes verify [options] FILE|FOLDER…    check every approved meeting against the fingerprint
                                           of its approval (exit 1 when one has changed)

Options:
  --format FORMAT           check and outline: text or json (default text);
                            actions, decisions and attendance: md, csv or json (default md)
  --status STATUS           actions: keep this status (open, "carried forward", done, dropped);
                            repeat it or separate with commas
  --owner NAME              actions, and export --to ics: keep actions whose owner contains NAME
                            (name, initials, role)
  --hints                   also print hints (canonical spelling suggestions)
  --to html|docx|md|notice-html|notice-docx|notice-md|json|csv|ics
                            export: the format (default html)
  --version public|full     export: public leaves out items marked [confidential] (default full;
                            for json, csv and ics default public); actions and decisions: public
                            leaves out those of confidential items (default public)
  --out PATH                export and import: where to write (default: next to FILE, or
                            standard output for md and import; - is standard output);
                            never the file read, and an existing file only with --force
  --force                   export and import: replace the --out file if it exists
  --no-actions-table        export: no closing table of actions
  --template FILE           export --to docx: the board's Word template (.dotx or .docx) whose
                            styles, page set-up, headers and footers the document takes
  --title NAME              site: the website's name (default: the latest meeting's title)
  --numbering auto|year|per-meeting
                            how items are numbered (default auto: as the file does)
  --date-order dmy|mdy      27/09/2022 is day first (dmy, the default) or month first
  --archive none|marked|published|approved
                            check: which meetings are archives, where only numbering,
                            references and actions are checked (default published: a
                            "Status: Approved" or "Status: Published" line, or a .txt file)
  -h, --help                this help

Exit status: 0 no errors, 1 errors found (verify: approved minutes changed), 2 the command could not run.`;

interface Options {
  format?: string; hints: boolean; settings: MinutesSettings; files: string[]; status: string[]; owner?: string;
  to?: string; out?: string; version?: string; actionsTable: boolean; force: boolean; title?: string; template?: string;
}

class UsageError extends Error {}

function parseArgs(args: string[]): Options {
  const raw: Record<string, string> = {};
  const files: string[] = [];
  const status: string[] = [];
  let format: string | undefined;
  let owner: string | undefined;
  let hints = false;
  let to: string | undefined;
  let out: string | undefined;
  let version: string | undefined;
  let actionsTable = true;
  let force = false;
  let title: string | undefined;
  let template: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    if (a === '--format') format = value();
    else if (a === '--status') status.push(...value().split(',').map((x) => x.trim()).filter((x) => x.length > 0));
    else if (a === '--owner') owner = value();
    else if (a === '--hints') hints = true;
    else if (a === '--to') to = value();
    else if (a === '--out') out = value();
    else if (a === '--version') version = value();
    else if (a === '--no-actions-table') actionsTable = false;
    else if (a === '--force') force = true;
    else if (a === '--title') title = value();
    else if (a === '--template') template = value();
    else if (a === '--numbering') raw.numbering = value();
    else if (a === '--date-order') raw.dateOrder = value();
    else if (a === '--archive') raw.archive = value();
    else if (a.startsWith('-')) throw new UsageError(`Unknown option ${a}.`);
    else files.push(a);
  }
  if (raw.numbering && !['auto', 'year', 'per-meeting'].includes(raw.numbering)) throw new UsageError(`--numbering takes auto, year or per-meeting, not "${raw.numbering}".`);
  if (raw.dateOrder && !['dmy', 'mdy'].includes(raw.dateOrder)) throw new UsageError(`--date-order takes dmy or mdy, not "${raw.dateOrder}".`);
  if (raw.archive && !['none', 'marked', 'published', 'approved'].includes(raw.archive)) throw new UsageError(`--archive takes none, marked, published or approved, not "${raw.archive}".`);
  if (to && ![...EXPORT_FORMATS, ...RECORD_FORMATS].includes(to)) throw new UsageError(`--to takes html, docx, md, notice-html, notice-docx, notice-md, json, csv or ics, not "${to}".`);
  if (version && !['public', 'full'].includes(version)) throw new UsageError(`--version takes public or full, not "${version}".`);
  return { format, hints, settings: readSettings(raw), files, status, owner, to, out, version, actionsTable, force, title, template };
}

function textOrJson(opts: Options): 'text' | 'json' {
  const f = opts.format ?? 'text';
  if (f !== 'text' && f !== 'json') throw new UsageError(`--format takes text or json, not "${f}".`);
  return f;
}

function logFormat(opts: Options): LogFormat {
  const f = opts.format ?? 'md';
  if (f !== 'md' && f !== 'csv' && f !== 'json') throw new UsageError(`--format takes md, csv or json, not "${f}".`);
  return f;
}


interface Loaded { file: string; analysis: Analysis }

/**
 * Where the command line writes for the host: what it was told (how a file was read) and a failure
 * the service caught and went on from (a parser bug, a rule that throws), one line each on standard error.
 */
const LOGGER: HostLogger = {
  info: (message) => { process.stderr.write(`minutes: ${message}\n`); },
  error: (message, cause) => { process.stderr.write(`minutes: ${message}: ${(cause instanceof Error ? cause.message : String(cause)).split('\n')[0]}\n`); },
};

/** The host of the files named: they are its workspace (`NodeWorkspace`), read through the one decoder. */
function hostOf(uris: string[], settings: MinutesSettings): MinutesService {
  return createMinutesService({ workspace: new NodeWorkspace({ files: uris }, LOGGER.info), settings, clock: () => new Date(), logger: LOGGER });
}

/** The file's uri, for the host. */
function uriOf(file: string): string {
  return pathToFileURL(path.resolve(file)).toString();
}

/** Reads the file through the host and opens it there; undefined (said on standard error) when it cannot be read. */
async function openFile(service: MinutesService, file: string, uri = uriOf(file)): Promise<Loaded | undefined> {
  let text: string;
  try { text = await service.readText(uri, file); } catch (e) {
    process.stderr.write(`minutes: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
    return undefined;
  }
  return { file, analysis: service.open({ uri, version: 0, getText: () => text }) };
}

/**
 * Reads and analyses the files (folders give their .minutes files); unreadable ones are reported.
 * The files named are one workspace, held by the host (`createMinutesService`) as open documents.
 */
async function load(opts: Options): Promise<{ loaded: Loaded[]; failed: boolean; service: MinutesService }> {
  if (opts.files.length === 0) throw new UsageError('Name at least one file or folder.');
  const loaded: Loaded[] = [];
  let failed = false;
  const { files, complete } = await expand(opts.files);
  // a folder with more files than are read: said, and the command does not report success
  if (!complete) {
    process.stderr.write(`minutes: more than ${MAX_FILES} minutes files: only the first ${MAX_FILES} were read, the rest were not checked.\n`);
    failed = true;
  }
  const uris = files.map(uriOf);
  const service = hostOf(uris, opts.settings);
  for (const [i, file] of files.entries()) {
    const one = await openFile(service, file, uris[i]);
    if (one) loaded.push(one);
    else failed = true;
  }
  return { loaded, failed, service };
}

async function actions(opts: Options, print: (s: string) => void): Promise<number> {
  const format = logFormat(opts);
  for (const s of opts.status) if (!(ACTION_STATUSES as readonly string[]).includes(s.toLowerCase())) throw new UsageError(`--status takes ${ACTION_STATUSES.join(', ')}, not "${s}".`);
  const { service, failed } = await load(opts);
  const log = filterActions(service.model().actions, { status: opts.status, owner: opts.owner });
  print(formatActions(log, format, opts.version === 'full' ? 'full' : 'public').replace(/\r?\n$/, ''));
  return failed ? 2 : 0;
}

async function decisions(opts: Options, print: (s: string) => void): Promise<number> {
  const format = logFormat(opts);
  const { service, failed } = await load(opts);
  print(formatDecisions(service.model().decisions, format, opts.version === 'full' ? 'full' : 'public').replace(/\r?\n$/, ''));
  return failed ? 2 : 0;
}

async function attendance(opts: Options, print: (s: string) => void): Promise<number> {
  const format = logFormat(opts);
  const { service, failed } = await load(opts);
  print(formatAttendance(attendanceReport(service.model().meetings, opts.settings), format).replace(/\r?\n$/, ''));
  return failed ? 2 : 0;
}

async function expand(files: string[]): Promise<{ files: string[]; complete: boolean }> {
  const out: string[] = [];
  let complete = true;
  for (const f of files) {
    // not there or not a folder: taken as a file, whose reading then says what is wrong
    const stat = await fs.stat(f).catch(() => undefined);
    if (stat?.isDirectory()) {
      // the folder's files as the workspace interface lists them (the host then reads each one)
      const folder = new NodeWorkspace({ folders: [pathToFileURL(path.resolve(f)).toString()] }, (m) => process.stderr.write(`${m}\n`), Math.max(0, MAX_FILES - out.length));
      const listed = await folder.list();
      complete &&= listed.complete;
      out.push(...listed.uris.map((u) => path.relative(process.cwd(), fileURLToPath(u))).sort());
    } else out.push(f);
  }
  return { files: out, complete };
}

async function check(opts: Options, print: (s: string) => void): Promise<number> {
  const format = textOrJson(opts);
  const { loaded, failed, service } = await load(opts);
  // files checked together are one workspace: numbering and references run across them (a file alone is not one)
  const acrossMeetings = loaded.length > 1;
  let errors = 0;
  const json: unknown[] = [];
  for (const { file, analysis } of loaded) {
    const shown = service.findingsOf(analysis.uri, { acrossMeetings });
    const diags = toDiagnostics(shown, opts.settings).filter((d) => opts.hints || d.severity !== 'hint')
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    errors += diags.filter((d) => d.severity === 'error').length;
    for (const d of diags) {
      if (format === 'json') json.push({ file, line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1, severity: d.severity, code: d.code, message: d.message });
      else print(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`);
    }
  }
  if (format === 'json') print(JSON.stringify(json, null, 2));
  if (failed) return 2;
  return errors > 0 ? 1 : 0;
}

function printOutline(symbols: OutlineSymbol[], depth: number, print: (s: string) => void): void {
  for (const s of symbols) {
    print(`${'  '.repeat(depth)}${s.name}${s.detail ? `  (${s.detail})` : ''}  [line ${s.selectionRange.start.line + 1}]`);
    printOutline(s.children, depth + 1, print);
  }
}

function toJson(symbols: OutlineSymbol[]): unknown[] {
  return symbols.map((s) => ({ name: s.name, detail: s.detail, kind: s.kind, line: s.selectionRange.start.line + 1, children: toJson(s.children) }));
}

async function outline(opts: Options, print: (s: string) => void): Promise<number> {
  const input = await readOne(opts, 'outline');
  if (!input) return 2;
  const format = textOrJson(opts);
  const symbols = documentSymbols(input.analysis.doc);
  if (format === 'json') print(JSON.stringify(toJson(symbols), null, 2));
  else printOutline(symbols, 0, print);
  return 0;
}

/** The one file named, read and opened by a host of its own like the files of `load`; undefined when it cannot be read. */
async function readOne(opts: Options, what: string): Promise<Loaded | undefined> {
  if (opts.files.length !== 1) throw new UsageError(`Name one file to ${what}.`);
  const file = opts.files[0];
  const uri = uriOf(file);
  return openFile(hostOf([uri], opts.settings), file, uri);
}

/** The formats of the folder's record: open data and the calendar. */
const RECORD_FORMATS = ['json', 'csv', 'ics'];

/**
 * `export --to json|csv|ics`: the record of the meetings named (files or folders) as data or a
 * calendar, public unless asked (`--version full`). Written beside the one file or folder named
 * (`board.public.json`, `board.public.ics`, a folder `board.public-csv/` of one CSV per kind),
 * or to `--out`; json and ics may go to standard output (`--out -`).
 */
async function exportRecord(opts: Options, to: string): Promise<number> {
  const version = opts.version === 'full' ? 'full' : 'public';
  if (opts.owner !== undefined && to !== 'ics') throw new UsageError('--owner is for the calendar (--to ics) and the action log (minutes actions).');
  if (to === 'csv' && opts.out === '-') throw new UsageError('--to csv writes one file per kind into a folder: name the folder with --out.');
  if (!opts.out && opts.files.length !== 1) throw new UsageError(`Name where to write with --out when exporting several files or folders (--to ${to}).`);
  const { loaded, failed, service } = await load(opts);
  if (loaded.length === 0) { process.stderr.write('minutes: no meetings to export.\n'); return 2; }
  const now = new Date();
  const record = buildRecord(service.model(), version);
  // beside what was named (`minutes export . --to json` writes ../board.public.json, not ./.public.json)
  const named = path.resolve(opts.files[0]);
  const base = path.join(path.dirname(named), path.basename(named).replace(/\.(minutes|txt)$/i, '')) + (version === 'public' ? '.public' : '');
  const inputs = loaded.map((l) => l.file);
  if (to === 'csv') {
    const dir = opts.out ?? `${base}-csv`;
    await fs.mkdir(dir, { recursive: true });
    for (const t of recordCsv(record)) await writeOutput(path.join(dir, t.name), t.text, inputs, opts.force);
    process.stderr.write(`minutes: wrote ${dir}${path.sep}{${recordCsv(record).map((t) => t.name).join(',')}}\n`);
  } else {
    const text = to === 'json' ? `${JSON.stringify(record, null, 2)}\n` : await buildCalendar(record, now, { owner: opts.owner, dateOrder: opts.settings.dateOrder });
    const out = opts.out ?? `${base}.${to}`;
    await writeOutput(out, text, inputs, opts.force);
    if (out !== '-') process.stderr.write(`minutes: wrote ${out}\n`);
  }
  return failed ? 2 : 0;
}

async function exportCommand(opts: Options, print: (s: string) => void): Promise<number> {
  if (opts.to && RECORD_FORMATS.includes(opts.to)) return exportRecord(opts, opts.to);
  const input = await readOne(opts, 'export');
  if (!input) return 2;
  const to = (opts.to ?? 'html') as ExportFormat;
  if (opts.template !== undefined && to !== 'docx') throw new UsageError('--template is the Word template of a Word export: add --to docx.');
  let template: Uint8Array | undefined;
  if (opts.template !== undefined) {
    try { template = await fs.readFile(opts.template); } catch (e) {
      process.stderr.write(`minutes: cannot read the Word template ${opts.template}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
      return 2;
    }
  }
  const a = input.analysis;
  const version = opts.version === 'public' ? 'public' : 'full';
  const r = await exportMeeting(a.doc, a.lines, to, { ...DEFAULT_PUBLISH, version, dateOrder: opts.settings.dateOrder, actionsTable: opts.actionsTable }, template);
  if ('error' in r) { process.stderr.write(`minutes: ${input.file}: ${r.error.replace(/^The Word template /, `The Word template ${opts.template} `)}\n`); return r.error.startsWith('The Word template ') ? 2 : 1; }
  if (!opts.out && (to === 'md' || to === 'notice-md')) { print(new TextDecoder().decode(r.bytes)); return 0; }
  // a notice is always public: its name does not say so twice
  const out = opts.out ?? input.file.replace(/\.[^./\\]*$/, '') + (version === 'public' && !to.startsWith('notice-') ? '.public' : '') + `.${exportExtension(to)}`;
  await writeOutput(out, r.bytes, [input.file], opts.force);
  if (out !== '-') process.stderr.write(`minutes: wrote ${out}\n`);
  return 0;
}

async function importCommand(opts: Options, print: (s: string) => void): Promise<number> {
  if (opts.files.length !== 1) throw new UsageError('Name one file to import.');
  const file = opts.files[0];
  let source: string;
  try {
    // the bytes through the host's workspace; extract/ tells the kind and decodes text with the one decoder
    const uri = uriOf(file);
    const content = await hostOf([uri], opts.settings).workspace.read(uri);
    const extracted = await extractText(typeof content === 'string' ? new TextEncoder().encode(content) : content, file);
    if (extracted.note) LOGGER.info(extracted.note);
    source = extracted.text;
  } catch (e) {
    // a file that is not minutes in a form we read says what to do (a scan, a password, damage)
    process.stderr.write(e instanceof ExtractError ? `minutes: ${e.message}\n` : `minutes: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const input = { file, text: source };
  const text = importPublished(input.text, opts.settings, new Date());
  if (!opts.out) { print(text.replace(/\n$/, '')); return 0; }
  await writeOutput(opts.out, text, [input.file], opts.force);
  if (opts.out !== '-') process.stderr.write(`minutes: wrote ${opts.out}\n`);
  return 0;
}

/** The public website of the meetings (service/site): always the public version, written into --out. */
async function siteCommand(opts: Options): Promise<number> {
  if (!opts.out || opts.out === '-') throw new UsageError('Name the folder to write the website into with --out DIR.');
  if (opts.version === 'full') throw new UsageError('The website is the public record: it is built from the public version only (leave out --version full).');
  // no folder yet (it is made): nothing there to keep
  const existing = await fs.readdir(opts.out).catch(() => undefined);
  // a folder that holds other things is not filled with the site's files unless asked; a site built before is rebuilt
  // (the open data files, `data/`, may be there first: the home page links them)
  const others = existing?.filter((n) => n !== 'data') ?? [];
  // no style sheet there: no site built before
  if (others.length > 0 && !opts.force && !(await fs.stat(path.join(opts.out, SITE_ASSETS.css)).catch(() => undefined))) {
    throw new UsageError(`${opts.out} is not empty and holds no website built before: choose an empty folder, or add --force to write the site's files into it.`);
  }
  const { loaded, failed } = await load(opts);
  if (loaded.length === 0) { process.stderr.write('minutes: no meetings to publish: name a folder of .minutes files.\n'); return 2; }
  const files = buildSite(loaded.map((l) => ({ uri: l.analysis.uri, doc: l.analysis.doc, lines: l.analysis.lines })), {
    title: opts.title, dateOrder: opts.settings.dateOrder, publish: opts.settings.publish, today: new Date(), dataFiles: await dataFilesIn(opts.out),
  });
  const n = await writeSite(opts.out, files);
  process.stderr.write(`minutes: wrote the website of ${loaded.length} meeting${loaded.length === 1 ? '' : 's'} (${n} files) into ${opts.out}; open ${path.join(opts.out, 'index.html')}\n`);
  return failed ? 2 : 0;
}

/**
 * `verify`: every approved meeting whose approval carries a fingerprint is checked against its
 * text; one that changed (or whose fingerprint cannot be read) is named and the exit status is 1,
 * for a clerk's CI. Approved meetings without a fingerprint are listed, not failed.
 */
async function verify(opts: Options, print: (s: string) => void): Promise<number> {
  const { loaded, failed } = await load(opts);
  let changed = 0;
  let sealed = 0;
  const unsealed: string[] = [];
  for (const { file, analysis } of loaded) {
    const s = approvalState(analysis.doc, analysis.lines);
    const approval = withoutFingerprint(analysis.doc.meeting?.status?.value ?? '').replace(/\.$/, '');
    if (s.kind === 'none') {
      const st = meetingStatus(analysis.doc.meeting);
      if (st === 'approved' || st === 'published') unsealed.push(file);
      continue;
    }
    sealed++;
    if (s.kind === 'unchanged') print(`${file}: unchanged since approval (${approval})`);
    else {
      changed++;
      const line = s.range.start.line + 1;
      print(s.kind === 'damaged'
        ? `${file}:${line}: the fingerprint on the Status line cannot be read, so nothing shows these approved minutes unchanged: undo the change to the Status line, or record the approval again if the text is the one approved`
        : `${file}:${line}: CHANGED since approval (${approval}): ${s.changes.join('; ')}. Undo the change, and record any correction as a minute of the next meeting`);
    }
  }
  if (unsealed.length) print(`No fingerprint recorded (approved before the trail was kept; run Minutes: Record Approval to add one): ${unsealed.join(', ')}`);
  print(changed ? `${changed} of ${sealed} approved meeting${sealed === 1 ? '' : 's'} changed since approval.` : `${sealed} approved meeting${sealed === 1 ? '' : 's'} checked: all unchanged since approval.`);
  if (failed) return 2;
  return changed > 0 ? 1 : 0;
}

export async function main(args: string[], print: (s: string) => void = (s) => process.stdout.write(`${s}\n`)): Promise<number> {
  const [command, ...rest] = args;
  // a failure the service catches and goes on from (a parser bug, a rule that throws): one line on standard error
  setServiceLogger(LOGGER);
  try {
    if (!command || command === '-h' || command === '--help' || command === 'help') { print(USAGE); return command ? 0 : 2; }
    const opts = parseArgs(rest);
    if (command === 'check') return await check(opts, print);
    if (command === 'outline') return await outline(opts, print);
    if (command === 'actions') return await actions(opts, print);
    if (command === 'decisions') return await decisions(opts, print);
    if (command === 'attendance') return await attendance(opts, print);
    if (command === 'export') return await exportCommand(opts, print);
    if (command === 'import') return await importCommand(opts, print);
    if (command === 'site') return await siteCommand(opts);
    if (command === 'verify') return await verify(opts, print);
    throw new UsageError(`Unknown command "${command}".`);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`minutes: ${e.message}\n\n${USAGE}\n`); return 2; }
    // one line: a clerk reads what failed, not a stack
    process.stderr.write(`minutes: ${((e as Error).message ?? String(e)).split('\n')[0]}\n`);
    return 2;
  }
}
