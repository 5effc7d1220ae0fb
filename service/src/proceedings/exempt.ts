/**
 * Exempt business and the resolution excluding the press and public, as our markup writes them:
 *
 *     036/25 Exclusion of the press and public
 *     RESOLVED that the press and public be excluded for the following item, as it involves the
 *     likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A …
 *
 *     037/25 [exempt: paragraph 3 of Schedule 12A] Lease of the Town Hall café
 *
 * The resolution names the items it covers: by number (`items 037/25 and 038/25`, `items 12 to
 * 14`), `the following item` (the next one), or `the following items` / `the remaining items`
 * (every item after it until one records the press and public readmitted). The reason an item
 * is exempt must cite one of the reasons the board uses (`minutes.exemptReasons`: by default the
 * paragraphs of Schedule 12A). Derived from the parsed meeting; pure; never throws.
 */
import type { Meeting } from '../model';
import { coverage, type Exclusion } from '../exclusion';

export { citedReason, excludesPublic, type Exclusion } from '../exclusion';


/** The resolutions of the meeting that exclude the press and public, and the items each covers (its items' lines read for their readmission). */
export function exclusions(meeting: Meeting, lines: readonly string[]): Exclusion[] {
  return coverage(meeting, (at) => {
    const r = meeting.items[at].range;
    return lines.slice(r.start.line + 1, r.end.line + 1).join('\n');
  });
}

const tokens = (s: string): string[] => s.toLowerCase().match(/[a-z]+|\d+[a-z]?/g) ?? [];

/**
 * Whether a reason as written cites one of the reasons set: the words of the reason set appear
 * in it in order, a number exactly and a word as the start of a word (`paragraphs 3 and 5 of
 * Part 1 of Schedule 12A` cites `paragraph 5 of Schedule 12A`).
 */
export function citesReason(written: string, reasons: readonly string[]): boolean {
  const w = tokens(written);
  return reasons.some((reason) => {
    const want = tokens(reason);
    if (want.length === 0) return false;
    let i = 0;
    for (const t of w) {
      const x = want[i];
      if (/^\d/.test(x) ? t === x : t.startsWith(x)) i++;
      if (i === want.length) return true;
    }
    return false;
  });
}
