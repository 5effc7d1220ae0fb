/**
 * *Minutes: Build Public Website…* (`minutes/buildSite`): the meetings of a folder (open documents
 * as the editor holds them, the others read from disk) made into the public website
 * (service/site) and written into the folder the client chose.
 */
import { fileURLToPath } from 'node:url';
import { analyzeText, buildSite } from '#service';
import { BuildSiteRequest, type BuildSiteResult } from '#protocol';
import type { ServerContext } from '../context';
import { NodeWorkspace } from '../nodeWorkspace';
import { dataFilesIn, writeSite } from '../siteFiles';
import { checkCancelled } from '../slices';

export function registerSite(ctx: ServerContext): void {
  ctx.connection.onRequest(BuildSiteRequest, async (params, token): Promise<BuildSiteResult> => {
    if (!params?.folder || !params.out) return { error: 'Choose the folder of the meetings and the folder to write the website into.' };
    const log = (m: string): void => ctx.log(m);
    // the chosen folder need not be the workspace's: listed through a workspace of its own, read through the host
    const listed = await new NodeWorkspace({ folders: [params.folder] }, log).list();
    const settings = ctx.cache.currentSettings;
    const meetings = [];
    for (const uri of listed.uris) {
      checkCancelled(token);
      const open = ctx.documents.get(uri);
      if (open) { const a = ctx.analysis(open); meetings.push({ uri, doc: a.doc, lines: a.lines }); continue; }
      const text = await ctx.service.fileText(uri);
      if (text === undefined) continue;
      const a = analyzeText(uri, 0, text, settings, ctx.today());
      meetings.push({ uri, doc: a.doc, lines: a.lines });
    }
    if (meetings.length === 0) return { error: 'That folder holds no .minutes files: choose the folder of the board\'s meetings.' };
    const out = fileURLToPath(params.out);
    try {
      const files = buildSite(meetings, { title: params.title, dateOrder: settings.dateOrder, publish: settings.publish, today: ctx.today(), dataFiles: await dataFilesIn(out) });
      const written = await writeSite(out, files);
      return { meetings: meetings.length, files: written, index: `${params.out.replace(/\/$/, '')}/index.html` };
    } catch (e) {
      return { error: `The website could not be written into ${out}: ${(e as Error).message}` };
    }
  });
}
