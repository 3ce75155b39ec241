import type { ClaimCreateInput } from "@claimdesk/schemas";
import { CLAIM_FIELDS, claimCreateFromValues, claimFieldLabels, type ClaimField, type ClaimFormValues } from "@/components/claim-form-values";
import type { FieldErrors } from "@/components/form/field-errors";
import { toUtcInputValue } from "@/lib/utc-input";

// A suggestion's proposed claim as the claim form's strings (so that the editor edits it with the same fields,
// labels and options as on the New claim page), and back.

/** The fields a suggestion card edits: the claim's own, not its event (the import names that) nor its assignment. */
export type SuggestionField = Exclude<ClaimField, "eventId" | "assigneeId" | "recheckAt">;
const NOT_SUGGESTED: ReadonlySet<ClaimField> = new Set(["eventId", "assigneeId", "recheckAt"]);
export const SUGGESTION_FIELDS: readonly SuggestionField[] = CLAIM_FIELDS.filter((field): field is SuggestionField => !NOT_SUGGESTED.has(field));

/** The claim form's labels, but the figure's words are "Words as reported", as the suggestion's reason says them. */
export const suggestionFieldLabels: Record<SuggestionField, string> = {
  ...Object.fromEntries(SUGGESTION_FIELDS.map((field) => [field, claimFieldLabels[field]])),
  "casualty.reportedAs": "Words as reported",
} as Record<SuggestionField, string>;

/** The schema takes a time as a Date or as ISO text; the API answers with Dates. */
function asDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const numberText = (value: number | null | undefined): string => (value === null || value === undefined ? "" : String(value));

/** The proposed claim as form values; an exact figure shows its number once, as on the claim form. */
export function suggestionFormValues(claim: ClaimCreateInput): ClaimFormValues {
  const { casualty, responsibility } = claim;
  return {
    kind: claim.kind,
    text: claim.text,
    claimant: claim.claimant ?? "",
    claimedAt: toUtcInputValue(asDate(claim.claimedAt)),
    eventId: "",
    "casualty.metric": casualty?.metric ?? "",
    "casualty.population": casualty?.population ?? "ALL",
    "casualty.qualifier": casualty?.qualifier ?? "",
    "casualty.min": numberText(casualty?.min),
    "casualty.max": casualty?.qualifier === "EXACT" ? "" : numberText(casualty?.max),
    "casualty.asOf": toUtcInputValue(asDate(casualty?.asOf)),
    "casualty.reportedAs": casualty?.reportedAs ?? "",
    "responsibility.actor": responsibility?.actor ?? "",
    "responsibility.attribution": responsibility?.attribution ?? "",
    "responsibility.channel": responsibility?.channel ?? "",
    "responsibility.assessment": responsibility?.assessment ?? "NOT_ASSESSED",
    assigneeId: "",
    recheckAt: "",
  };
}

/** The claim to import from the card's values; its event is the import's, so none is sent here. */
export function claimFromSuggestionValues(values: ClaimFormValues): ClaimCreateInput {
  return claimCreateFromValues({ ...values, eventId: "" });
}

/** Whether the editor changed anything the import would send. */
export function valuesChanged(a: ClaimFormValues, b: ClaimFormValues): boolean {
  const relevant = (values: ClaimFormValues) => JSON.stringify(claimFromSuggestionValues(values));
  return relevant(a) !== relevant(b);
}

export interface RoutedErrors {
  /** Problems with the report's own fields (url, title, ...), by field name. */
  report: FieldErrors;
  /** Problems with an accepted claim, by its position among the accepted ones, then by field ("casualty.max"). */
  claims: Map<number, FieldErrors>;
}

const CLAIM_PATH = /^claims\.(\d+)\.(claim|excerpt)(?:\.(.+))?$/;

/**
 * Splits an import's field errors ("claims.1.claim.casualty.max", "url") into the report's and each accepted
 * claim's, so that each shows beside its own field. An error on a claim as a whole is kept under "claim";
 * one on the excerpt under "excerpt".
 */
export function routeImportErrors(errors: FieldErrors): RoutedErrors {
  const routed: RoutedErrors = { report: {}, claims: new Map() };
  for (const [path, messages] of Object.entries(errors)) {
    const match = CLAIM_PATH.exec(path);
    if (!match) {
      (routed.report[path] ??= []).push(...messages);
      continue;
    }
    const index = Number(match[1]);
    const field = match[2] === "excerpt" ? "excerpt" : (match[3] ?? "claim");
    const card = routed.claims.get(index) ?? {};
    (card[field] ??= []).push(...messages);
    routed.claims.set(index, card);
  }
  return routed;
}
