/**
 * RFC 9457 problem details as the API sends them: a stable `code` (also the last segment of `type`), a human
 * `title`/`detail`, per-field `errors` for validation, and extensions such as duplicate `candidates` or the
 * `current` state on a stale update. The extensions are not described by the OpenAPI document, so their shapes
 * are read defensively here, in one place.
 */
export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  traceId?: string;
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
}

export interface DuplicateCandidate {
  id: string;
  name: string;
  email?: string | null;
  phone?: string | null;
  matchedOn: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly body: ProblemBody;

  constructor(status: number, body: ProblemBody | undefined) {
    const problem = body ?? {};
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.body = problem;
    this.code = problem.code ?? problem.type?.split('/').pop() ?? `http.${status}`;
  }

  /** Validation messages by field name (camelCase, as the request's JSON names them). */
  get fieldErrors(): Record<string, string[]> {
    return this.body.errors ?? {};
  }

  get isConflict(): boolean {
    return this.status === 409;
  }

  get isStaleVersion(): boolean {
    return this.code === 'concurrency.stale_version';
  }

  get candidates(): DuplicateCandidate[] {
    const value = this.body['candidates'];
    return Array.isArray(value) ? (value as DuplicateCandidate[]) : [];
  }

  /** On a stale update: the record as it is now on the server (when the API sent it). */
  current<T>(): T | undefined {
    return (this.body['current'] as T | null | undefined) ?? undefined;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads a field's first message from a validation problem, trying the exact key then a case-insensitive match. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const errors = error.fieldErrors;
  const key = field in errors ? field : Object.keys(errors).find((k) => k.toLowerCase() === field.toLowerCase());
  return key ? errors[key]?.[0] : undefined;
}
