/**
 * Text from the files clerks import (server/src/extract): Word, PDF and web pages keep their
 * lines, columns as tabs and page breaks; a file that cannot be read says what to do instead.
 * The Word and PDF files are written here with `docx` and `pdf-lib`.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';
import { extractText, sourceKind, ExtractError } from '#server/extract/index';
import { writePdf } from '../support/sourceFiles';
import { pageLines, type Piece } from '#server/extract/pdf';

const rejects = async (bytes: Uint8Array, name: string, message: RegExp) =>
  assert.rejects(extractText(bytes, name), (e: unknown) => e instanceof ExtractError && message.test((e as Error).message));

test('a web page: blocks as lines, paragraphs apart, table cells tab-separated, <br> a line break, entities decoded', async () => {
  const html = `<!DOCTYPE html><html><head><title>Site</title><style>p { color: red }</style><script>var minutes = 1;</script></head>
<body><nav><a href="/">Home</a> | <a href="/c">Committees</a></nav>
<div id="content"><h1>Planning Committee &ndash; 4 March 2025</h1>
<p>Venue: Council Chamber<br>Contact: Democratic Services &amp; Elections</p>
<table><tr><th>Min</th><th>Item</th><th>Action by</th></tr>
<tr><td><p>112.</p></td><td><p><strong>Apologies</strong></p><p>None were received.</p></td><td>Clerk</td></tr></table>
<ul><li>First point</li><li>Second&nbsp;&nbsp;point</li></ul><ol start="3"><li>Third</li></ol>
<p>Signed &hellip; Chair&#8217;s initials</p></div><script>track()</script></body></html>`;
  const { text } = await extractText(Buffer.from(html), 'minutes.html');
  assert.equal(text, [
    'Planning Committee – 4 March 2025', '',
    'Venue: Council Chamber', 'Contact: Democratic Services & Elections', '',
    'Min\tItem\tAction by', '112.\tApologies None were received.\tClerk', '',
    '• First point', '• Second  point', '', '3. Third', '',
    'Signed … Chair’s initials', ''].join('\n'));
});

test('a web page that marks its content (<main>) is read without the site around it', async () => {
  const html = '<html><body><header><p>Skip to content</p><p>Cookies</p></header><main><h1>Minutes</h1><p>1. Apologies</p></main><footer><p>Contact us</p></footer></body></html>';
  assert.equal((await extractText(Buffer.from(html), 'page.htm')).text, 'Minutes\n\n1. Apologies\n');
});

test('a Word document: a paragraph a line, empty paragraphs blank, tabs and spaces kept, tables tab-separated, lists with their bullets and numbers', async () => {
  const doc = new Document({
    numbering: { config: [{ reference: 'items', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [{ children: [
      new Paragraph({ children: [new TextRun('MINUTES OF THE MEETING HELD ON FRIDAY, 14 MARCH 2025')] }),
      new Paragraph({ children: [] }),
      new Paragraph({ children: [new TextRun('1\tAttendance  and apologies')] }),
      new Paragraph({ children: [new TextRun('   Cllr P Haskins (Chairman)')] }),
      new Table({ rows: [
        new TableRow({ children: ['No.', 'Action', 'Who'].map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
        new TableRow({ children: ['1', 'Circulate the report', 'JB'].map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
      ] }),
      new Paragraph({ text: 'Reserves policy', bullet: { level: 0 } }),
      new Paragraph({ text: 'Charging policy', numbering: { reference: 'items', level: 0 } }),
    ] }],
  });
  const { text } = await extractText(await Packer.toBuffer(doc), 'minutes.docx');
  assert.equal(text, [
    'MINUTES OF THE MEETING HELD ON FRIDAY, 14 MARCH 2025', '',
    '1\tAttendance  and apologies', '   Cllr P Haskins (Chairman)',
    'No.\tAction\tWho', '1\tCirculate the report\tJB',
    '• Reserves policy', '1. Charging policy', ''].join('\n'));
});

test('a PDF: lines by their height on the page, columns as tabs, indents, blank lines and page breaks as form feeds', async () => {
  const source = 'MINUTES\n\n112.\tApologies\tClerk\n    None were received.\nPage 1 of 2\n\fAgenda Item 4\n113.\tMinutes\n';
  const { bytes } = await writePdf(source);
  const { text } = await extractText(bytes, 'minutes.pdf');
  assert.equal(text, 'MINUTES\n\n112.\tApologies\tClerk\n    None were received.\nPage 1 of 2\n\fAgenda Item 4\n113.\tMinutes\n');
});

test('a PDF whose pieces are out of order on the page is read top to bottom, left to right', async () => {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([400, 300]);
  // drawn right column first, then the lower line, then the upper line's start
  page.drawText('JB', { x: 300, y: 250, size: 10, font });
  page.drawText('Second line', { x: 40, y: 236, size: 10, font });
  page.drawText('First line', { x: 40, y: 250, size: 10, font });
  assert.equal((await extractText(await pdf.save(), 'order.pdf')).text, 'First line\tJB\nSecond line\n');
});

test('a PDF with no text (a scan) says so and what to do', async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage([300, 300]).drawRectangle({ x: 10, y: 10, width: 100, height: 100 });
  await rejects(await pdf.save(), 'scan.pdf', /^This PDF holds no text \(it may be a scan\): scan\.pdf\. .*text recognition \(OCR\)/);
});

test('a PDF protected by a password, and a damaged one, say so and what to do', async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage([300, 300]).drawText('Confidential minutes', { x: 20, y: 200, size: 12 });
  const ctx = pdf.context;
  ctx.trailerInfo.Encrypt = ctx.register(ctx.obj({ Filter: 'Standard', V: 1, R: 2, P: -4, O: PDFHexString.of('00'.repeat(32)), U: PDFHexString.of('11'.repeat(32)) }));
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of('ab'.repeat(16)), PDFHexString.of('ab'.repeat(16))]);
  await rejects(await pdf.save({ useObjectStreams: false }), 'locked.pdf', /^locked\.pdf is protected by a password\. .*import that\.$/);
  await rejects(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog'), 'cut.pdf', /^cut\.pdf cannot be read as a PDF: it may be damaged/);
});

test('a damaged Word document, an old .doc or a protected one, and an empty page say what to do', async () => {
  await rejects(Buffer.from('PK\u0003\u0004 not really a zip'), 'bad.docx', /^bad\.docx cannot be read as a Word document: .*save it again as a Word Document \(\.docx\)/);
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  await rejects(ole, 'old.doc', /^old\.doc is an old Word document \(\.doc\) or one protected by a password/);
  await rejects(Buffer.from('<html><body><script>x()</script></body></html>'), 'empty.html', /^empty\.html holds no text a reader sees/);
});

test('the kind of a file is read from its first bytes before its name (a renamed file is still read)', () => {
  assert.equal(sourceKind(Buffer.from('%PDF-1.4\n'), 'minutes.txt'), 'pdf');
  assert.equal(sourceKind(Buffer.from('PK\u0003\u0004'), 'minutes'), 'docx');
  assert.equal(sourceKind(Buffer.from('<!DOCTYPE html><html>'), 'minutes.txt'), 'html');
  assert.equal(sourceKind(Buffer.from('Minutes of the meeting'), 'minutes.htm'), 'html');
  assert.equal(sourceKind(Buffer.from('1. Apologies <p>'), 'minutes.txt'), 'text');
});

test('text keeps its encoding note: Windows-1252 minutes are read and the clerk told', async () => {
  const r = await extractText(Buffer.from([0x43, 0x6c, 0x65, 0x72, 0x6b, 0x92, 0x73, 0x20, 0x6e, 0x6f, 0x74, 0x65]), 'old.txt');
  assert.equal(r.text, 'Clerk’s note');
  assert.match(r.note ?? '', /Windows-1252/);
});

test('hostile files: a page nested 200,000 deep says so at once, a PDF page of 150,000 pieces is read', async () => {
  const started = Date.now();
  await rejects(Buffer.from(`<html><body>${'<div>'.repeat(200_000)}deep${'</div>'.repeat(200_000)}</body></html>`), 'deep.html', /^The page is nested too deeply to be read/);
  assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  // pieces in one call's worth of arguments and more: 500 rows of 300
  const pieces: Piece[] = [];
  for (let row = 0; row < 500; row++) for (let col = 0; col < 300; col++) pieces.push({ str: 'w', x: 20 + col * 45, y: 13_900 - row * 14, end: 26 + col * 45, size: 10 });
  const lines = pageLines(pieces.reverse());
  assert.equal(lines.length, 500);
  assert.equal(lines[0], Array(300).fill('w').join('\t'));
});
