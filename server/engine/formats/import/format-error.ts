/**
 * Why an input could not be imported. The engine only names the problem with a stable
 * code and raw parameters; the service layer maps codes to 4xx statuses and translated
 * messages, so nothing here is user-facing wording.
 */
export const FORMAT_ERROR_CODES = [
  'empty_text', // nothing but whitespace (or nothing but page chrome) after cleaning
  'too_large', // input bytes over maxBytes; checked before any parsing
  'binary_file', // bytes that are not text although a text format was expected
  'unsupported_format', // unknown extension with non-text content, or a known non-article format
  'bad_docx', // a .docx that is not a readable Word document
  'zip_bomb', // a zip whose (declared or actual) expansion is out of proportion
  'bad_encoding', // bytes that no supported encoding decodes cleanly
  'too_many_lines', // more non-blank lines (or HTML blocks) than maxLines
] as const;
export type FormatErrorCode = (typeof FORMAT_ERROR_CODES)[number];

export class FormatError extends Error {
  readonly code: FormatErrorCode;
  readonly params: Record<string, unknown>;

  constructor(code: FormatErrorCode, params: Record<string, unknown> = {}, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'FormatError';
    this.code = code;
    this.params = params;
  }
}

export function isFormatError(e: unknown): e is FormatError {
  return e instanceof FormatError;
}
