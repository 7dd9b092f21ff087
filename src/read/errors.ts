/**
 * Errors for input that cannot be read as an article. Every reader throws InputError (never a raw
 * crash) so callers can report the problem, skip the item and carry on.
 *
 * Exit codes: 3 = the input was read but is unusable (empty, binary, too large, not English, bad
 * JSON/XML, no article text); 4 = the input could not be fetched or opened (not found, network
 * failure, timeout, refused address).
 */
export type InputErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'NO_TEXT'
  | 'NOT_ENGLISH'
  | 'BAD_JSON'
  | 'BAD_XML'
  | 'UNSUPPORTED'
  | 'NOT_FOUND'
  | 'FETCH_FAILED'
  | 'TIMEOUT'
  | 'PRIVATE_ADDRESS';

const exitCodes: Record<InputErrorCode, number> = {
  EMPTY: 3,
  BINARY: 3,
  TOO_LARGE: 3,
  NO_TEXT: 3,
  NOT_ENGLISH: 3,
  BAD_JSON: 3,
  BAD_XML: 3,
  UNSUPPORTED: 3,
  NOT_FOUND: 4,
  FETCH_FAILED: 4,
  TIMEOUT: 4,
  PRIVATE_ADDRESS: 4,
};

export interface InputErrorDetails {
  /** Path, URL or "stdin". */
  source?: string;
  /** 1-based line number (JSON, JSONL, XML). */
  line?: number;
  /** HTTP status for FETCH_FAILED. */
  status?: number;
  cause?: unknown;
}

export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly exitCode: number;
  source?: string;
  line?: number;
  status?: number;

  constructor(code: InputErrorCode, message: string, details: InputErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'InputError';
    this.code = code;
    this.exitCode = exitCodes[code];
    if (details.source !== undefined) this.source = details.source;
    if (details.line !== undefined) this.line = details.line;
    if (details.status !== undefined) this.status = details.status;
  }

  /** One line for a terminal: "source:line: message [CODE]". */
  describe(): string {
    const where = this.source ? this.source + (this.line ? `:${this.line}` : '') + ': ' : this.line ? `line ${this.line}: ` : '';
    return `${where}${this.message} [${this.code}]`;
  }
}

/** Attach the source (and line) to an InputError thrown deeper down that did not know them. */
export function withSource<T extends InputError>(err: T, source: string, line?: number): T {
  err.source ??= source;
  if (line !== undefined) err.line ??= line;
  return err;
}

export function isInputError(err: unknown): err is InputError {
  return err instanceof InputError;
}
