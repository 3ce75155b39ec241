import { type z } from "zod";

// Helpers for the schema tests (not exported from the package): what a schema makes of an input, as a user sees it.

export interface Problem {
  /** The field the message is shown on, dotted: "casualty.max"; "" for the object itself. */
  path: string;
  message: string;
}

const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 120)}...` : text;
};

/** The value a schema makes of an accepted input; fails the test, with the messages, when it is refused. */
export function accepted<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const messages = result.error.issues.map((issue) => `${issue.path.join(".") || "(object)"}: ${issue.message}`).join("; ");
    throw new Error(`Expected ${shown(input)} to be accepted, but it was refused: ${messages}`);
  }
  return result.data;
}

/** The problems a schema reports for a refused input; fails the test when it is accepted. */
export function problems(schema: z.ZodType, input: unknown): Problem[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`Expected ${shown(input)} to be refused, but it was accepted as ${shown(result.data)}`);
  return result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

/** The fields a refused input is refused on, each once, sorted. */
export function refusedFields(schema: z.ZodType, input: unknown): string[] {
  return [...new Set(problems(schema, input).map((problem) => problem.path))].sort();
}

/** The one message shown on `path` for a refused input (fails when there is none on that path). */
export function messageOn(schema: z.ZodType, input: unknown, path: string): string {
  const found = problems(schema, input).filter((problem) => problem.path === path);
  if (found.length === 0) throw new Error(`Expected a problem on "${path}" for ${shown(input)}`);
  return found.map((problem) => problem.message).join("; ");
}
