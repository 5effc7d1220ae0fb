/**
 * Import of the files clerks have, through the real server over stdio: the client sends the
 * file's bytes and the server reads Word, PDF and web pages, in tsc's output and in the bundle the
 * .vsix carries (run alone: the readers must be inside it); a file that holds no text says so.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { BUNDLED_SERVER, TSC_SERVER, copyBundle, startServer } from '../support/lspClient';
import { ImportPublishedRequest } from '#protocol';
import { writeDocx, writeHtml, writePdf } from '../support/sourceFiles';
import { corpusText } from '../support/util';

let alone: string;
before(() => {
  // the bundle from a folder with no node_modules above it, as in the installed extension
  alone = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-import-bundle-'));
  copyBundle(alone);
  // the readers of Word, PDF and web pages are files of their own beside it, loaded on first use (scripts/bundle.mjs)
  for (const reader of ['pdf.mjs', 'mammoth.mjs', 'parse5.mjs']) fs.copyFileSync(path.join(path.dirname(BUNDLED_SERVER), reader), path.join(alone, reader));
});
after(() => fs.rmSync(alone, { recursive: true, force: true }));

const minuteLines = (text: string) => text.split('\n').filter((l) => /^\d{3}\/22 /.test(l));

for (const [which, script] of [['tsc output', TSC_SERVER], ['bundle', 'alone']] as const) {
  test(`the server (${which}) imports minutes from Word, PDF and a web page as from their text, and says when a PDF is a scan`, async () => {
    const server = await startServer(undefined, {}, script === 'alone' ? path.join(alone, 'server.js') : script);
    try {
      const source = corpusText('spcb-2022-09-27.txt');
      const fromText = await server.connection.sendRequest(ImportPublishedRequest, { text: source });
      assert.ok(!('error' in fromText));
      const items = minuteLines(fromText.text);
      assert.ok(items.length >= 10, items.join('\n'));
      const files: [string, Uint8Array][] = [
        ['minutes.docx', await writeDocx(source)], ['minutes.pdf', (await writePdf(source)).bytes], ['minutes.html', Buffer.from(writeHtml(source))],
      ];
      for (const [name, bytes] of files) {
        const r = await server.connection.sendRequest(ImportPublishedRequest, { base64: Buffer.from(bytes).toString('base64'), name });
        assert.ok(!('error' in r), `${name}: ${'error' in r ? r.error : ''}`);
        assert.deepEqual(minuteLines(r.text), items, name);
        assert.equal(r.fileName, fromText.fileName, `${name}: named for the meeting's date`);
      }
      const scan = await PDFDocument.create();
      scan.addPage([595, 842]).drawRectangle({ x: 40, y: 40, width: 500, height: 700 });
      const r = await server.connection.sendRequest(ImportPublishedRequest, { base64: Buffer.from(await scan.save()).toString('base64'), name: 'scanned.pdf' });
      assert.ok('error' in r && r.error.startsWith('This PDF holds no text (it may be a scan): scanned.pdf.'), JSON.stringify(r));
    } finally {
      await server.stop();
    }
  });
}
