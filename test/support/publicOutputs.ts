/**
 * Everything the extension publishes from a folder of meetings, in the public version: the
 * minutes as HTML (and the preview's body), Word and Markdown, the action log and the decisions
 * register in each format, every file of the public website, the open-data record (JSON and every CSV table) and the calendar.
 * For the checks that nothing a public version withholds reaches any of them (test/unit/confidential.test.ts, test/unit/confidentialProperties.test.ts).
 */
import { unzipSync, strFromU8 } from 'fflate';
import {
  analyzeText, buildCalendar, buildRecord, buildSite, buildWorkspace, DEFAULT_PUBLISH, recordCsv, DEFAULT_SETTINGS, exportMeeting, formatActions, formatDecisions, htmlBody, renderMeeting,
  type PublishVersion,
} from '#service';
import { MEETING, TODAY } from './util';

/** The text of a Word document's body, paragraphs apart. */
export function docxBodyText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  return xml.replace(/<w:p[ >].*?<\/w:p>/gs, (p) => ` ${p.replace(/<[^>]+>/g, '')} `).replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/** Each published output of the meeting `text` (and of the folder it stands in alone), as text. */
export async function publishedOutputs(text: string, version: PublishVersion, withDocx = true): Promise<Record<string, string>> {
  const a = analyzeText('file:///w/2022-11-22.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
  const options = { ...DEFAULT_PUBLISH, version };
  const out: Record<string, string> = {};
  for (const to of ['html', 'md', ...(withDocx ? ['docx'] as const : [])] as const) {
    const r = await exportMeeting(a.doc, a.lines, to, options);
    if ('error' in r) throw new Error(r.error);
    out[to] = to === 'docx' ? docxBodyText(r.bytes) : new TextDecoder().decode(r.bytes);
  }
  const rendered = renderMeeting(a.doc, a.lines, options);
  if (rendered) out.preview = htmlBody(rendered);
  const model = buildWorkspace([{ uri: a.uri, doc: a.doc }], TODAY);
  for (const f of ['md', 'csv', 'json'] as const) {
    out[`actions.${f}`] = formatActions(model.actions, f, version);
    out[`decisions.${f}`] = formatDecisions(model.decisions, f, version);
  }
  // the website is the public record whatever the version asked: every file of it, the search index too
  if (version === 'public') for (const [path, content] of Object.entries(siteOf({ '2022-11-22.minutes': text }))) out[`site:${path}`] = content;
  const record = buildRecord(model, version);
  out['record.json'] = JSON.stringify(record);
  out['record.csv'] = recordCsv(record).map((t) => t.text).join('\n');
  out['calendar.ics'] = unfoldIcs(await buildCalendar(record, TODAY));
  return out;
}

/** The public website of meetings given by file name and text: each file of the site by its path. */
export function siteOf(meetings: Record<string, string>, title?: string): Record<string, string> {
  const analysed = Object.entries(meetings).map(([name, text]) => analyzeText(`file:///w/${name}`, 1, text, DEFAULT_SETTINGS, TODAY));
  const files = buildSite(analysed.map((a) => ({ uri: a.uri, doc: a.doc, lines: a.lines })), { title, dateOrder: 'dmy', today: TODAY });
  return Object.fromEntries(files.map((f) => [f.path, f.content]));
}

/** iCalendar text with its folded lines joined and its escapes undone, so that a word split at a fold is found. */
export function unfoldIcs(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1').replace(/\\[nN]/g, '\n');
}

/** The outputs in which a word occurs (case and Markdown or HTML escaping set aside). */
export function outputsWith(outputs: Record<string, string>, word: string): string[] {
  const w = word.toLowerCase();
  return Object.entries(outputs).filter(([, t]) => t.replace(/\\(.)/g, '$1').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).toLowerCase().includes(w)).map(([k]) => k);
}

/** A meeting whose item 088/22 has the head `head`; its words (title, text, action, decision) are all unusual. */
export function meetingWith(head: string): string {
  return `${MEETING}
081/22 Opening
The Chair welcomed everyone.

${head}
The Board weighed the Zanzibarco bid.
ACTION: Notify Vexmoor of the outcome. Owner: Andy Beard. Due: 20/12/2022.
DECISION: Plumbrook is appointed.

089/22 Date of Next Meeting
Next meeting: 20/12/2022
`;
}
/** The words of item 088/22 in `meetingWith`: none may be published in the public version. */
export const SECRET_WORDS = ['Quillfeather', 'Zanzibarco', 'Vexmoor', 'Plumbrook'];
