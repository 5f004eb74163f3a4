// Typed failure of a bilingual import. The code is stable (services map it to an AppError
// and an i18n key; tests assert it); the message is English detail for logs only.

export const INTERCHANGE_ERROR_CODES = [
  /** DOCTYPE with ENTITY declarations (XXE, billion laughs): refused before parsing. */
  'xml_entities_forbidden',
  /** Not well-formed XML, or an undefined entity reference. */
  'bad_xml',
  /** Well-formed, but not the XLIFF/TMX structure we expect (wrong root, version, languages). */
  'bad_structure',
  /** The file parsed but holds no translation units / rows. */
  'no_units',
  /** A TSV/CSV file that is not a two-column table. */
  'bad_tsv',
  /** Bytes that cannot be decoded in the declared or detected encoding. */
  'bad_encoding',
  /** Not a bilingual format we read. */
  'unknown_format',
] as const;
export type InterchangeErrorCode = (typeof INTERCHANGE_ERROR_CODES)[number];

export class InterchangeError extends Error {
  readonly code: InterchangeErrorCode;

  constructor(code: InterchangeErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'InterchangeError';
    this.code = code;
  }
}

export function isInterchangeError(e: unknown): e is InterchangeError {
  return e instanceof InterchangeError;
}
