/** The preview's render, export to HTML, Word or Markdown, and import of published minutes. */
import { exportMeeting, htmlBody, PUBLISHED_CSS, importPlace, importSteps, renderMeeting, DEFAULT_PUBLISH, type PublishOptions } from '#service';
import { extractText, ExtractError, type Extracted } from '../extract/index';
import { ExportMeetingRequest, ImportPublishedRequest, RenderRequest } from '#protocol';
import type { ServerContext } from '../context';
import { checkCancelled, pause, runSliced } from '../slices';

export function registerPublish(ctx: ServerContext): void {
  const options = (version: 'public' | 'full' | undefined): PublishOptions => {
    const s = ctx.cache.currentSettings;
    return { ...DEFAULT_PUBLISH, version: version === 'public' ? 'public' : 'full', dateOrder: s.dateOrder, ...s.publish };
  };
  const NOT_OPEN = { error: 'Open the meeting in the editor first.' };

  ctx.connection.onRequest(RenderRequest, (params) => {
    const doc = ctx.documents.get(params.uri);
    if (!doc) return NOT_OPEN;
    const a = ctx.analysis(doc);
    const r = renderMeeting(a.doc, a.lines, options(params.version));
    return r ? { html: htmlBody(r), css: PUBLISHED_CSS, title: r.title } : { error: 'Nothing to show yet: start the meeting with its title (# Strategic Policing and Crime Board) and a Date: line.' };
  });

  ctx.connection.onRequest(ExportMeetingRequest, async (params, token) => {
    checkCancelled(token);
    // an unknown version is not taken for "full": a misspelt "public" must not publish the confidential items
    if (params.version !== undefined && params.version !== 'public' && params.version !== 'full') return { error: `The version is public or full, not "${String(params.version)}".` };
    const doc = ctx.documents.get(params.uri);
    if (!doc) return NOT_OPEN;
    const a = ctx.analysis(doc);
    await pause();
    checkCancelled(token);
    const template = params.to === 'docx' && typeof params.template === 'string' && params.template.length > 0 ? new Uint8Array(Buffer.from(params.template, 'base64')) : undefined;
    const r = await exportMeeting(a.doc, a.lines, params.to, options(params.version), template);
    checkCancelled(token);
    return 'error' in r ? r : { base64: Buffer.from(r.bytes).toString('base64') };
  });

  // in slices: an import of 40,000 items does not hold the editor's typing and requests
  ctx.connection.onRequest(ImportPublishedRequest, async (params, token) => {
    // bytes from disk are read here, the same way as the command line's: text decoded as the
    // workspace's files are, Word, PDF and web pages by extract/
    let extracted: Extracted | undefined;
    if (params.base64 !== undefined) {
      try { extracted = await extractText(Buffer.from(params.base64, 'base64'), params.name ?? 'The file'); } catch (e) {
        if (e instanceof ExtractError) {
          // the clerk is shown what to do; the reader's own failure goes to the log
          if (e.cause !== undefined) ctx.log(`${e.message} (${e.cause instanceof Error ? e.cause.message : String(e.cause)})`);
          return { error: e.message };
        }
        throw e;
      }
    }
    checkCancelled(token);
    const note = extracted?.note;
    const text = await runSliced(importSteps(extracted?.text ?? params.text ?? '', ctx.cache.currentSettings, ctx.today()), token);
    return { text, ...(note ? { note } : {}), ...importPlace(text, ctx.index.model(), ctx.cache.currentSettings) };
  });
}
