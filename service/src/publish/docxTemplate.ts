/**
 * Word in the board's own template (issue 21 §4), as pandoc's reference document: the exported
 * minutes' body is poured into the board's `.dotx`/`.docx`, which keeps its styles, page set-up,
 * headers and footers (crest, address, page numbers), theme and fonts. Our paragraphs keep their
 * style names (Title, Heading 2, List Paragraph …): a style the template defines, by id or by name,
 * is the template's; one it lacks is copied from ours, so nothing falls back to plain text.
 * Only our body travels: the template's own body text (sample paragraphs, instructions) is left
 * out, and nothing of the minutes goes anywhere but the body, so what the public version
 * withholds cannot reach the result by way of the template. Pure: bytes in, bytes out.
 */
import type { Unzipped } from 'fflate';
import { withCoreLanguage, withStylesLanguage } from './docxAccess';

/** The zip library is loaded on the first export with a template, not when the server starts. */
const loadZip = () => import('fflate');

const MAIN_DOCUMENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NUMBERING_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';

export const NOT_A_TEMPLATE = 'is not a Word document or template (.docx or .dotx) that Minutes can read: save the board\'s template from Word as a .dotx or .docx and choose that file.';

/** The exported minutes (our `.docx`) in the template's clothes; or why the template cannot be used. */
export async function applyTemplate(ours: Uint8Array, template: Uint8Array): Promise<{ bytes: Uint8Array } | { error: string }> {
  const { strFromU8, strToU8, unzipSync, zipSync } = await loadZip();
  const text = (files: Unzipped, path: string): string | undefined => {
    const f = files[path];
    return f ? strFromU8(f) : undefined;
  };
  let t: Unzipped;
  try { t = unzipSync(template); } catch { return { error: NOT_A_TEMPLATE }; }
  const o = unzipSync(ours);
  const types = text(t, '[Content_Types].xml');
  const mainPath = types && /<Override\b[^>]*PartName="\/([^"]+)"[^>]*ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.(?:document|template)\.main\+xml"/.exec(types)?.[1]
    || (types && /<Override\b[^>]*ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.(?:document|template)\.main\+xml"[^>]*PartName="\/([^"]+)"/.exec(types)?.[1]);
  const main = mainPath ? text(t, mainPath) : undefined;
  const ourMain = text(o, 'word/document.xml');
  if (!types || !mainPath || !main || !ourMain || !/<w:body\b[^>]*>/.test(main)) {
    // a macro-enabled template (.dotm) is refused by the pattern above: its macros must not travel
    return { error: NOT_A_TEMPLATE };
  }
  const dir = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/') + 1) : '';
  const relsPath = `${dir}_rels/${mainPath.slice(dir.length)}.rels`;
  let rels = text(t, relsPath) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let contentTypes = types.replace(/application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.template\.main\+xml/g, MAIN_DOCUMENT);

  const part = (kind: string): string | undefined => {
    const target = new RegExp(`<Relationship\\b[^>]*Type="${REL}/${kind}"[^>]*>`).exec(rels)?.[0];
    const m = target && /Target="([^"]+)"/.exec(target);
    return m ? (m[1].startsWith('/') ? m[1].slice(1) : dir + m[1]) : undefined;
  };
  const addPart = (kind: string, name: string, contentType: string, xml: string): void => {
    const path = dir + name;
    t[path] = strToU8(xml);
    rels = rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="rIdMinutes${kind}" Type="${REL}/${kind}" Target="${name}"/></Relationships>`);
    if (!contentTypes.includes(`PartName="/${path}"`)) contentTypes = contentTypes.replace(/<\/Types>\s*$/, `<Override PartName="/${path}" ContentType="${contentType}"/></Types>`);
  };

  // styles: the template's, each style our body uses mapped to the template's of that id or name, or ours added
  const ourStyles = text(o, 'word/styles.xml') ?? '';
  const stylesPath = part('styles');
  let body = ourBody(ourMain);
  // the document's language: the template's when it declares one (a board writing in Welsh), else ours
  let language: string;
  if (stylesPath && text(t, stylesPath)) {
    const merged = mergeStyles(text(t, stylesPath)!, ourStyles, body);
    const declared = withStylesLanguage(merged.styles);
    t[stylesPath] = strToU8(declared.styles);
    language = declared.language;
    body = merged.body;
  } else {
    const declared = withStylesLanguage(ourStyles);
    language = declared.language;
    addPart('styles', 'styles.xml', STYLES_TYPE, declared.styles);
  }

  // numbering: the bullets of our body are ours (the template's body, whose lists used its own, is gone)
  const ourNumbering = text(o, 'word/numbering.xml');
  const numberingPath = part('numbering');
  if (ourNumbering) {
    if (numberingPath) t[numberingPath] = strToU8(ourNumbering);
    else addPart('numbering', 'numbering.xml', NUMBERING_TYPE, ourNumbering);
  }

  t[mainPath] = strToU8(pour(main, ourMain, body));
  t[relsPath] = strToU8(rels);
  t['[Content_Types].xml'] = strToU8(contentTypes);
  // the document's own properties (its title, for accessibility) are the minutes', not the template's
  for (const p of ['docProps/core.xml', 'docProps/app.xml']) if (o[p]) t[p] = o[p];
  if (o['docProps/core.xml']) t['docProps/core.xml'] = strToU8(withCoreLanguage(strFromU8(o['docProps/core.xml']), language));
  if (o['docProps/core.xml'] && !contentTypes.includes('PartName="/docProps/core.xml"')) {
    t['[Content_Types].xml'] = strToU8(contentTypes.replace(/<\/Types>\s*$/, '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'));
  }
  return { bytes: zipSync(t) };
}

/** Our body's content, without its closing section properties (the page set-up is the template's). */
function ourBody(main: string): string {
  const inner = main.slice(main.search(/<w:body\b[^>]*>/)).replace(/^<w:body\b[^>]*>/, '').replace(/<\/w:body>[\s\S]*$/, '');
  return inner.replace(/<w:sectPr\b[^>]*\/>\s*$|<w:sectPr\b[\s\S]*<\/w:sectPr>\s*$/, '');
}

/** The template's document with our body in place of its own, before the template's last section properties. */
function pour(main: string, ourMain: string, body: string): string {
  const open = /<w:body\b[^>]*>/.exec(main)!;
  const start = open.index + open[0].length;
  const end = main.lastIndexOf('</w:body>');
  const inner = main.slice(start, end < 0 ? main.length : end);
  // the last section's properties: page size, margins, header and footer references
  const at = inner.lastIndexOf('<w:sectPr');
  const sect = at < 0 ? '' : /^<w:sectPr\b(?:[^>]*\/>|[\s\S]*?<\/w:sectPr>)\s*$/.exec(inner.slice(at))?.[0] ?? '';
  // every namespace our body uses declared on the template's root too
  const rootT = /<w:document\b[^>]*>/.exec(main)![0];
  const rootO = /<w:document\b[^>]*>/.exec(ourMain)?.[0] ?? '';
  const missing = [...rootO.matchAll(/\sxmlns:([\w-]+)="[^"]*"/g)].filter((m) => !rootT.includes(`xmlns:${m[1]}=`)).map((m) => m[0]).join('');
  const root = missing ? rootT.replace(/\/?>$/, (end) => `${missing}${end}`) : rootT;
  return main.slice(0, open.index).replace(rootT, root) + open[0] + body + sect + '</w:body></w:document>';
}

interface StyleDef { readonly id: string; readonly name?: string; readonly xml: string }

function styleDefs(xml: string): StyleDef[] {
  return [...xml.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)].map((m) => {
    const id = /w:styleId="([^"]*)"/.exec(m[0])?.[1] ?? '';
    return { id, name: /<w:name w:val="([^"]*)"/.exec(m[0])?.[1], xml: m[0] };
  });
}

/** The template's styles with ours that it lacks, and our body with each style named as the template names it. */
function mergeStyles(theirs: string, ours: string, body: string): { styles: string; body: string } {
  const their = styleDefs(theirs);
  const ourDefs = new Map(styleDefs(ours).map((s) => [s.id, s]));
  const theirIds = new Set(their.map((s) => s.id));
  const byName = new Map(their.filter((s) => s.name).map((s) => [s.name!.toLowerCase(), s.id]));
  const rename = new Map<string, string>();
  const added: string[] = [];
  const want = (id: string): void => {
    if (theirIds.has(id) || rename.has(id)) return;
    const def = ourDefs.get(id);
    const same = def?.name ? byName.get(def.name.toLowerCase()) : undefined;
    if (same) { rename.set(id, same); return; }
    if (!def) return;
    // ours, added whole, with the styles it is based on or linked to that the template lacks
    theirIds.add(id);
    added.push(def.xml);
    for (const m of def.xml.matchAll(/<w:(?:basedOn|link|next) w:val="([^"]*)"/g)) want(m[1]);
  };
  for (const m of body.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]*)"/g)) want(m[1]);
  const mapped = body.replace(/(<w:(?:pStyle|rStyle|tblStyle) w:val=")([^"]*)(")/g, (all, a: string, id: string, z: string) => (rename.has(id) ? `${a}${rename.get(id)}${z}` : all));
  // a copied style based on one the template names otherwise follows the template's
  const fixed = added.map((x) => x.replace(/(<w:(?:basedOn|link|next) w:val=")([^"]*)(")/g, (all, a: string, id: string, z: string) => (rename.has(id) ? `${a}${rename.get(id)}${z}` : all)));
  return { styles: fixed.length ? theirs.replace(/<\/w:styles>\s*$/, `${fixed.join('')}</w:styles>`) : theirs, body: mapped };
}
