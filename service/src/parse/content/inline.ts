/** The interface of an inline recogniser: one kind of thing said in a line of an item. */
import type { Presenter } from '../../model';
import type { ItemBuilder, MeetingBuilder, QuestionBuilder } from '../builders';
import type { Segment } from '../../text';
import type { ParseState } from '../state';

/** One line of an item being read, and what the recognisers before have found in it. */
export interface Line {
  readonly state: ParseState;
  readonly item: ItemBuilder;
  readonly meeting: MeetingBuilder;
  readonly seg: Segment;
  /** Where the content starts in `seg.text` (after an item's title on its head line). */
  readonly from: number;
  /** `seg.text.slice(from)`. */
  readonly body: string;
  /** Found by the presenter recogniser: a presenter's line is not a question, nor a bold action. */
  presenter?: Presenter;
  /** Found by the question recogniser: the asker recognised after it is its asker. */
  question?: QuestionBuilder;
  /** What the line holds (`keywords.ts`): its words' groups and its characters, found once a line. */
  words: number;
}

export interface InlineRecogniser {
  readonly name: string;
  /**
   * The gate (`keywords.ts`), as a line recogniser's (`Recogniser.starts`, `needs`): the classes one
   * of which the line's first character that is not blank must be, and the words' groups and
   * characters it must all hold. Where it is not met the recogniser would record nothing and not
   * stop the line: `recogniseContent` does not ask it. None: every line.
   */
  readonly starts?: number;
  readonly needs?: number;
  /**
   * A gate of two ways, for a reader whose first test asks for one thing or another: the line holds
   * one of the groups `anyWords` (words' groups, characters' bits), or its first character is of a
   * class in `anyStarts` (S_BULLET: a line of an item from its start whose segment began with a
   * bullet). Neither: the recogniser would record nothing and not stop the line. None: every line.
   */
  readonly anyWords?: number;
  readonly anyStarts?: number;
  /** Records what it finds on the line; true when the line is wholly this (nothing after it is asked). */
  readonly run: (line: Line) => boolean;
}
