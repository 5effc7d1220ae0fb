/** One entry for every output: the render model once, then the chosen writer. */
import type { MinutesDocument } from '../model';
import { renderMeeting, type PublishOptions } from './render';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderDocx } from './docx';
import { applyTemplate } from './docxTemplate';
import { buildNotice, noticeDocx, noticeHtml, noticeMarkdown } from './notice';

export type ExportFormat = 'html' | 'docx' | 'md' | NoticeFormat;
/** The decision notice of the meeting (notice.ts): always the public version. */
export type NoticeFormat = 'notice-html' | 'notice-docx' | 'notice-md';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'docx', 'md', 'notice-html', 'notice-docx', 'notice-md'];
/** The file name's ending for each format (`.notice.html`). */
export const exportExtension = (to: ExportFormat): string => (to.startsWith('notice-') ? `notice.${to.slice('notice-'.length)}` : to);

/**
 * The exported document's bytes, or a message for the clerk when the file holds no meeting.
 * `template`: the bytes of the board's Word template (.dotx or .docx), whose styles, page set-up,
 * headers and footers a Word export takes (docxTemplate.ts); other formats ignore it.
 */
export async function exportMeeting(doc: MinutesDocument, lines: readonly string[], to: ExportFormat, options: PublishOptions, template?: Uint8Array): Promise<{ bytes: Uint8Array } | { error: string }> {
  // a format asked for by name over the protocol: anything else is said, never Markdown instead
  if (!(EXPORT_FORMATS as readonly unknown[]).includes(to)) return { error: `Minutes can be exported as ${EXPORT_FORMATS.join(', ')}, not "${String(to)}".` };
  // a decision notice is public: withheld items are left out whatever version was asked for
  const notice = to.startsWith('notice-');
  const r = renderMeeting(doc, lines, notice ? { ...options, version: 'public' } : options);
  if (!r) return { error: 'This file holds no meeting to publish: start it with the board\'s title (# Strategic Policing and Crime Board) and a Date: line.' };
  if (notice) {
    const n = buildNotice(r);
    if (to === 'notice-docx') return { bytes: await noticeDocx(n) };
    return { bytes: new TextEncoder().encode(to === 'notice-html' ? noticeHtml(n) : noticeMarkdown(n)) };
  }
  if (to === 'docx' && template) {
    const t = await applyTemplate(await renderDocx(r), template);
    return 'error' in t ? { error: `The Word template ${t.error}` } : t;
  }
  if (to === 'docx') return { bytes: await renderDocx(r) };
  return { bytes: new TextEncoder().encode(to === 'html' ? renderHtml(r) : renderMarkdown(r)) };
}
