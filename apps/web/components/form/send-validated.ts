import { failureFromError, fieldErrorsFromIssues, type FieldErrors, type SubmitFailure } from "./field-errors";

// The one submit sequence every form follows: check the input with the shared schema, show its issues beside
// the fields, otherwise send it and show what the API refused in the same places.

interface Schema {
  safeParse(input: unknown): { success: true } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

interface FormControls {
  fail(fieldErrors: FieldErrors, message?: string | null): void;
  failWith(failure: SubmitFailure): void;
  start(): void;
}

/** Resolves to the API's answer, or to undefined once the problems are on screen. */
export async function sendValidated<I, R>(
  form: FormControls,
  schema: Schema,
  input: I,
  send: (input: I) => Promise<R>,
  onFailure?: (failure: SubmitFailure) => void,
): Promise<R | undefined> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    form.fail(fieldErrorsFromIssues(parsed.error.issues));
    return undefined;
  }
  form.start();
  try {
    return await send(input);
  } catch (error) {
    const failure = failureFromError(error);
    form.failWith(failure);
    onFailure?.(failure);
    return undefined;
  }
}
