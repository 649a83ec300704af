/** RFC 9457 problem details as the API sends them, and helpers to show them in forms. */
export interface FieldProblem {
  field: string;
  message: string;
  /** The broken constraint, e.g. NotNull, Digits, ControlCharacters, DateRange (the contract's ProblemCode). */
  code?: string;
  /** The figures of the message by the names the registry gives the code, e.g. { max: 200 }. */
  params?: Record<string, string | number>;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  /** The figures of the detail, e.g. { max: 20000 } for REPORT-020; written in the user's format by codeText. */
  params?: Record<string, string | number>;
  errors?: FieldProblem[];
  /** The API path of the record the request would duplicate, e.g. "/api/v1/partners/{id}". */
  existing?: string;
}

/** Thrown by {@link unwrap} for every non-2xx answer. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

function toProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object') return { status, ...(body as Problem) };
  if (typeof body === 'string' && body.trim()) return { status, detail: body };
  return { status };
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Turns an openapi-fetch result into its data and response, or throws an {@link ApiError}. */
export async function unwrapResponse<T>(result: Promise<FetchResult<T>>): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await result;
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error));
  return { data: data as T, response };
}

/** Turns an openapi-fetch result into its data, or throws an {@link ApiError}. */
export async function unwrap<T>(result: Promise<FetchResult<T>>): Promise<T> {
  return (await unwrapResponse(result)).data;
}

/** Like {@link unwrap}, typed as the API actually sends it (see `Sent` in types.ts). */
export async function unwrapAs<T>(result: Promise<FetchResult<unknown>>): Promise<T> {
  return (await unwrap(result)) as T;
}

/** The id at the end of a `Location` header, for a 201 without a body. */
export function idFromLocation(response: Response): string | undefined {
  const location = response.headers.get('Location');
  return location ? location.split('/').filter(Boolean).pop() : undefined;
}

/** The top-level property a field error belongs to: "roles[0]" → "roles", "contact.email" → "email". */
export function fieldKey(field: string): string {
  const withoutIndex = field.replace(/\[\d+\]/g, '');
  const parts = withoutIndex.split('.').filter(Boolean);
  return parts.length ? parts[parts.length - 1] : withoutIndex;
}

/** A field error's words: the SPA's own text for its code when it has one, else the server's message. */
export type FieldMessage = (error: FieldProblem) => string;

/** Maps problem field errors to one message per request property. */
export function fieldErrorsOf(problem: Problem | undefined, messageOf?: FieldMessage): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    const { field } = error;
    if (!field) continue;
    const message = messageOf ? messageOf(error) : error.message;
    const key = fieldKey(field);
    result[key] = result[key] ? `${result[key]} ${message}` : message;
  }
  return result;
}

/** Field errors whose property is not one of the form's fields: they belong in the form's alert. */
export function unmatchedFieldErrors(problem: Problem | undefined, knownFields: readonly string[]): FieldProblem[] {
  return (problem?.errors ?? []).filter(({ field }) => !field || !knownFields.includes(fieldKey(field)));
}
