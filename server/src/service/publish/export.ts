/** One entry for every output: the render model once, then the chosen writer. */
import type { MinutesDocument } from '../model';
import { renderMeeting, type PublishOptions } from './render';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderDocx } from './docx';
import { applyTemplate } from './docxTemplate';

export type ExportFormat = 'html' | 'docx' | 'md';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'docx', 'md'];

/**
 * The exported document's bytes, or a message for the clerk when the file holds no meeting.
 * `template`: the bytes of the board's Word template (.dotx or .docx), whose styles, page set-up,
 * headers and footers a Word export takes (docxTemplate.ts); other formats ignore it.
 */
export async function exportMeeting(doc: MinutesDocument, lines: readonly string[], to: ExportFormat, options: PublishOptions, template?: Uint8Array): Promise<{ bytes: Uint8Array } | { error: string }> {
  // a format asked for by name over the protocol: anything else is said, never Markdown instead
  if (!(EXPORT_FORMATS as readonly unknown[]).includes(to)) return { error: `Minutes can be exported as ${EXPORT_FORMATS.join(', ')}, not "${String(to)}".` };
  const r = renderMeeting(doc, lines, options);
  if (!r) return { error: 'This file holds no meeting to publish: start it with the board\'s title (# Strategic Policing and Crime Board) and a Date: line.' };
  if (to === 'docx' && template) {
    const t = await applyTemplate(await renderDocx(r), template);
    return 'error' in t ? { error: `The Word template ${t.error}` } : t;
  }
  if (to === 'docx') return { bytes: await renderDocx(r) };
  return { bytes: new TextEncoder().encode(to === 'html' ? renderHtml(r) : renderMarkdown(r)) };
}
