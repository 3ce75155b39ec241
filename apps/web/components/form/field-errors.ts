import { TRPCClientError } from "@trpc/client";

// Every form reports problems the same way: a Record from field name (the schema's dotted path, e.g.
// "casualty.min") to its messages, whether they come from the shared zod schema or from the API.

export type FieldErrors = Record<string, string[]>;

interface IssueLike {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

/** Zod issues as { "casualty.min": ["Must be 0 or more"] }. */
export function fieldErrorsFromIssues(issues: readonly IssueLike[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".") || "form";
    (errors[path] ??= []).push(issue.message);
  }
  return errors;
}

export interface SubmitFailure {
  fieldErrors: FieldErrors;
  /** What to say above the form when no field is at fault (or in addition to them). */
  message: string | null;
  /** The tRPC error code ("BAD_REQUEST", "CONFLICT", ...), or null when the server was not reached. */
  code: string | null;
  /** On a stale claim.update: the version the claim is at now. */
  currentVersion: number | null;
  /** On a claim refused as a duplicate: the claim already recorded. */
  existingClaimId: string | null;
}

interface ErrorData {
  code?: string;
  fieldErrors?: Record<string, string[]> | null;
  currentVersion?: number | null;
  existingClaimId?: string | null;
}

/** Turns whatever a tRPC call threw into field errors and a message for the form. */
export function failureFromError(error: unknown): SubmitFailure {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? undefined) as ErrorData | undefined;
    if (!data) {
      return { fieldErrors: {}, message: `Could not reach Claimdesk (${error.message}). Nothing was saved; try again.`, code: null, currentVersion: null, existingClaimId: null };
    }
    const fieldErrors: FieldErrors = { ...data.fieldErrors };
    const hasFieldErrors = Object.keys(fieldErrors).length > 0;
    return {
      fieldErrors,
      message: hasFieldErrors ? null : error.message,
      code: data.code ?? null,
      currentVersion: data.currentVersion ?? null,
      existingClaimId: data.existingClaimId ?? null,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { fieldErrors: {}, message: `Something went wrong: ${message}`, code: null, currentVersion: null, existingClaimId: null };
}

/**
 * What the editor reads for a message. The schemas name enumeration values ("Must be one of EXACT, AT_LEAST, ...");
 * a form offers them as labelled options, so it says so in those words.
 */
export function readableMessage(message: string): string {
  return message.startsWith("Must be one of ") ? "Choose one of the options" : message;
}

/** The one sentence to show for a failed action that has no form fields (delete, detach). */
export function failureMessage(error: unknown): string {
  const failure = failureFromError(error);
  return failure.message ?? Object.values(failure.fieldErrors).flat().join(" ");
}
