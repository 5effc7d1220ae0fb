/**
 * What makes our Word documents accessible beyond what the docx library writes (issue 21 §4): the
 * document's language, in the styles' defaults (`w:lang`, which Word's and a screen reader's
 * language follow) and in the package's properties (`dc:language`); and headings that are
 * headings by their outline level, which Word's navigation pane, LibreOffice and a tagged PDF
 * read, whatever style the board's template gives them. Used by the minutes (docx.ts), the
 * decision notice (notice.ts) and the template (docxTemplate.ts). Pure: strings and bytes.
 */
import { PUBLISHED_LANGUAGE } from './language';

/** The outline level of each heading we write: the title is the document's one level-1 heading. */
export const OUTLINE = { title: 0, heading2: 1, heading3: 2 } as const;

/** The docx library's `styles` option declaring the document's language in the styles' defaults. */
export const LANGUAGE_STYLES = { default: { document: { run: { language: { value: PUBLISHED_LANGUAGE } } } } } as const;

const DOC_DEFAULTS = /<w:docDefaults\b[^>]*\/>|<w:docDefaults\b[^>]*>[\s\S]*?<\/w:docDefaults>/;

/** The language the styles' defaults declare (`w:lang w:val` of the default run properties), if any. */
export function stylesLanguage(styles: string): string | undefined {
  const defaults = DOC_DEFAULTS.exec(styles)?.[0] ?? '';
  const rPr = /<w:rPrDefault\b[^>]*>[\s\S]*?<\/w:rPrDefault>/.exec(defaults)?.[0] ?? '';
  return /<w:lang\b[^>]*\sw:val="([^"]+)"/.exec(rPr)?.[1];
}

/**
 * The styles with `language` as the default run language, unless they declare one already (a
 * board's template in Welsh stays Welsh). The elements keep the schema's order (Word refuses a
 * document whose properties are out of order): `w:lang` before the few elements that follow it.
 */
export function withStylesLanguage(styles: string, language = PUBLISHED_LANGUAGE): { styles: string; language: string } {
  const own = stylesLanguage(styles);
  if (own) return { styles, language: own };
  const lang = `<w:lang w:val="${language}"/>`;
  const rPrDefault = `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`;
  const defaults = DOC_DEFAULTS.exec(styles);
  let next: string;
  if (!defaults) next = styles.replace(/<w:styles\b[^>]*>/, (open) => `${open}<w:docDefaults>${rPrDefault}</w:docDefaults>`);
  else {
    let d = defaults[0];
    if (d.endsWith('/>')) d = `${d.slice(0, -2)}>${rPrDefault}</w:docDefaults>`;
    else if (/<w:rPrDefault\b[^>]*\/>/.test(d)) d = d.replace(/<w:rPrDefault\b[^>]*\/>/, rPrDefault);
    else if (!/<w:rPrDefault\b/.test(d)) d = d.replace(/^<w:docDefaults\b[^>]*>/, (open) => `${open}${rPrDefault}`);
    else if (!/<w:rPr\b/.test(/<w:rPrDefault\b[^>]*>[\s\S]*?<\/w:rPrDefault>/.exec(d)?.[0] ?? '')) d = d.replace(/<w:rPrDefault\b[^>]*>[\s\S]*?<\/w:rPrDefault>/, rPrDefault);
    else {
      d = d.replace(/(<w:rPrDefault\b[^>]*>\s*)(<w:rPr\b[^>]*\/>|<w:rPr\b[^>]*>[\s\S]*?<\/w:rPr>)/, (_m, open: string, rPr: string) => {
        // a w:lang with only its East Asian or bidi language: the Latin one added to it
        if (/<w:lang\b/.test(rPr)) return open + rPr.replace(/<w:lang\b/, `<w:lang w:val="${language}"`);
        if (rPr.endsWith('/>')) return `${open}${rPr.slice(0, -2)}>${lang}</w:rPr>`;
        const after = /<w:(?:eastAsianLayout|specVanish|oMath)\b/.exec(rPr);
        return open + (after ? rPr.slice(0, after.index) + lang + rPr.slice(after.index) : rPr.replace(/<\/w:rPr>$/, `${lang}</w:rPr>`));
      });
    }
    next = styles.slice(0, defaults.index) + d + styles.slice(defaults.index + defaults[0].length);
  }
  return { styles: next, language };
}

/** The package's core properties with `dc:language` set to `language` (Dublin Core, as Word writes it). */
export function withCoreLanguage(core: string, language: string): string {
  const el = `<dc:language>${language}</dc:language>`;
  if (/<dc:language\b/.test(core)) return core.replace(/<dc:language\b[^>]*\/>|<dc:language\b[^>]*>[^<]*<\/dc:language>/, el);
  return core.replace(/<\/cp:coreProperties>\s*$/, `${el}</cp:coreProperties>`);
}

/** A package the docx library wrote, with its language declared in its core properties too. */
export async function declaredLanguage(bytes: Uint8Array): Promise<Uint8Array> {
  const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  const styles = files['word/styles.xml'];
  if (!core || !styles) return bytes;
  files['docProps/core.xml'] = strToU8(withCoreLanguage(strFromU8(core), stylesLanguage(strFromU8(styles)) ?? PUBLISHED_LANGUAGE));
  return zipSync(files);
}
