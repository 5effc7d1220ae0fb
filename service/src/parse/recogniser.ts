/**
 * The interface every recogniser implements (see `table.ts` for the list and its order).
 */
import type { ParseState, Phase } from './state';
import type { Layout } from './layout';

/** What a recogniser answers: how many segments AFTER segment i it consumed (0: just i), or DECLINE. */
export const DECLINE = -1;

export interface Recogniser {
  /** A name for the table, the tests and `interrupts`. */
  readonly name: string;
  /** The phases in which the driver asks it (the phase is read again before each recogniser: one that declines may end a phase). */
  readonly phases: readonly Phase[];
  /**
   * The constructs it ends when it wins (an open item, people block, agenda, header): what it
   * interrupts. Documents precedence where it matters; the recogniser itself does the closing.
   */
  readonly interrupts?: readonly string[];
  /**
   * The gate (`content/keywords.ts`): the classes one of which the segment's first character that
   * is not blank must be (`startOf`), and the characters it must all hold (`holdsOf`; the words
   * are an item's lines', never asked here). Only what its own first test cannot do without: where
   * the gate is not met the recogniser would decline and change nothing, so the driver does not ask
   * it. None: every segment.
   */
  readonly starts?: number;
  readonly needs?: number;
  /** The gate's other half: bits of `holds` one of which it must hold (none: no such test). */
  readonly anyHolds?: number;
  /**
   * Where it reads, when that is its own first test: only inside an open item (`in-item`), or only
   * outside one (`outside-item`). The driver asks it nowhere else (one look at the state a segment,
   * not a call to each recogniser that would decline at once). None: both.
   */
  readonly where?: 'in-item' | 'outside-item';
  /**
   * What it needs of the file's layout (`layout.ts`, read once before the pass): false when it
   * would decline, and change nothing, on every segment of a file of that layout, in every phase
   * (`layout-heading` in a file with no heading items, `debris` in one with no debris line). The
   * driver then asks the table without it (`rulesFor`). Only where that is exact from the
   * recogniser's own first test; none: every layout.
   */
  readonly applies?: (layout: Layout) => boolean;
  /**
   * Reads segment i (never blank, never a table rule). Returns the count of following segments it
   * consumed too (0 for i alone), or DECLINE to let the next recogniser of the table try. A
   * recogniser that declines may still end what was open (a people block the line does not
   * continue), as markdown-it's rules terminate the block they were in; it changes nothing else.
   */
  readonly run: (state: ParseState, i: number) => number;
}
