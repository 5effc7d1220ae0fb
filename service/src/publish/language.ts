/**
 * The language the published minutes are written in, declared in every output (issue 21 §4): a
 * screen reader picks its voice and pronunciation from it, a spelling checker its dictionary.
 * British English: the boards Minutes is made for write it. There is no setting for it yet; a
 * board's Word template that declares its own language keeps it (docxAccess.ts).
 */
export const PUBLISHED_LANGUAGE = 'en-GB';
