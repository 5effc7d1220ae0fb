/**
 * One decoder for every reader (issue 19): the host over the Node workspace, which the command
 * line and the server both read through (the files named, the workspace index, the features that
 * read a file not open), reads a file saved as UTF-16 or as Windows-1252 to the text the clerk wrote.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMinutesService, DEFAULT_SETTINGS } from '#service';
import { NodeWorkspace } from '#server/nodeWorkspace';

// what the clerk wrote: accents, a pound sign, curly quotes and a dash, all of them in Windows-1252
const TEXT = '# Café Board\r\n\r\nDate: 27 September 2022\r\n\r\n081/22 Budget – £340 for the “Hallam” joinery\r\nThe clerk’s note.\r\n';

/** The text in Windows-1252: the characters above Latin-1 by their code page bytes. */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94, '’': 0x92 };
  return Buffer.from([...text].map((c) => high[c] ?? c.charCodeAt(0)));
}

const SAVED: ReadonlyArray<readonly [string, Buffer]> = [
  ['UTF-16 LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
  ['UTF-16 BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])],
  ['Windows-1252', windows1252(TEXT)],
  ['UTF-8', Buffer.from(TEXT, 'utf8')],
];

for (const [encoding, bytes] of SAVED) {
  test(`a file saved as ${encoding} reads the same in every reader: the clerk's text`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-readers-'));
    try {
      const file = path.join(dir, '2022-09-27.minutes');
      fs.writeFileSync(file, bytes);
      const logged: string[] = [];
      const uri = pathToFileURL(file).toString();
      const service = createMinutesService({ workspace: new NodeWorkspace({ files: [uri] }), settings: DEFAULT_SETTINGS, clock: () => new Date(2026, 10, 22), logger: { info: (m) => logged.push(m), error: (m) => logged.push(m) } });
      // the files named on the command line and the open documents; a file the server reads for a feature
      const [named, forFeature] = await Promise.all([service.readText(uri, file), service.fileText(uri)]);
      assert.equal(named, TEXT);
      assert.equal(forFeature, TEXT);
      // the workspace index: the meeting as the clerk titled it
      await service.load();
      assert.deepEqual(service.model().meetings.map((m) => m.title), ['Café Board']);
      if (encoding !== 'UTF-8') assert.ok(logged.some((m) => m.includes(`${file} is saved in`)), logged.join('\n'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
