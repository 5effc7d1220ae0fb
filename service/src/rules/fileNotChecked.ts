import { defineRule } from './rule';

/**
 * Raised by the analysis itself (analysis.ts) before parsing: a file larger than
 * `minutes.maxFileSize`, or one that is not text. Registered here for its code and severity.
 */
export const fileNotChecked = defineRule('file-not-checked', 'warning', 'A file too large to check as you type (minutes.maxFileSize), or one that is not text.', null);
