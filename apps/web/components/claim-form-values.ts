import type {
  Attribution,
  CasualtyMetric,
  CasualtyPopulation,
  ClaimCreateInput,
  ClaimKind,
  ClaimSimilarInput,
  ClaimUpdateInput,
  FigureQualifier,
  Likelihood,
} from "@claimdesk/schemas";
import { toUtcInputValue } from "@/lib/utc-input";
import { choice, choiceOrOmit, dateOrNull, dateOrOmit, numberOrNull, numberOrOmit, textOrNull, textOrOmit } from "./form/form-values";

// The claim form's fields are named by the schema paths they fill ("casualty.min"), so that the schema's and
// the API's errors land beside the right field without translation.

export const CLAIM_FIELDS = [
  "kind",
  "text",
  "claimant",
  "claimedAt",
  "eventId",
  "casualty.metric",
  "casualty.population",
  "casualty.qualifier",
  "casualty.min",
  "casualty.max",
  "casualty.asOf",
  "casualty.reportedAs",
  "responsibility.actor",
  "responsibility.attribution",
  "responsibility.channel",
  "responsibility.assessment",
  "assigneeId",
  "recheckAt",
] as const;
export type ClaimField = (typeof CLAIM_FIELDS)[number];
export type ClaimFormValues = Record<ClaimField, string>;

export const claimFieldLabels: Record<ClaimField, string> = {
  kind: "Kind",
  text: "Text as reported",
  claimant: "Claimant",
  claimedAt: "Claimed at (UTC)",
  eventId: "Event",
  "casualty.metric": "Metric",
  "casualty.population": "Population",
  "casualty.qualifier": "Qualifier",
  "casualty.min": "Minimum",
  "casualty.max": "Maximum",
  "casualty.asOf": "As of (UTC)",
  "casualty.reportedAs": "Reported as",
  "responsibility.actor": "Actor",
  "responsibility.attribution": "Attribution",
  "responsibility.channel": "Channel",
  "responsibility.assessment": "Our assessment",
  assigneeId: "Assigned to",
  recheckAt: "Re-check at (UTC)",
};

/** Errors the schema reports on a whole detail object ("A casualty-count claim needs its figure") are listed under these words. */
export const claimGroupLabels: Record<string, string> = { casualty: "Casualty figure", responsibility: "Responsibility" };

interface StoredClaim {
  kind: ClaimKind;
  text: string;
  claimant: string | null;
  claimedAt: Date | null;
  event: { id: string } | null;
  assignee: { id: string } | null;
  recheckAt: Date | null;
  casualty: {
    metric: CasualtyMetric;
    population: CasualtyPopulation;
    qualifier: FigureQualifier;
    min: number | null;
    max: number | null;
    asOf: Date | null;
    reportedAs: string | null;
  } | null;
  responsibility: { actor: string; attribution: Attribution; channel: string | null; assessment: Likelihood } | null;
}

const numberText = (value: number | null | undefined): string => (value === null || value === undefined ? "" : String(value));

/** The form's starting values: a stored claim's, or a new claim's (optionally in a given event). */
export function claimFormValues(claim?: StoredClaim, eventId?: string): ClaimFormValues {
  const casualty = claim?.casualty;
  const responsibility = claim?.responsibility;
  return {
    kind: claim?.kind ?? "",
    text: claim?.text ?? "",
    claimant: claim?.claimant ?? "",
    claimedAt: toUtcInputValue(claim?.claimedAt),
    eventId: claim ? (claim.event?.id ?? "") : (eventId ?? ""),
    "casualty.metric": casualty?.metric ?? "",
    "casualty.population": casualty?.population ?? "ALL",
    "casualty.qualifier": casualty?.qualifier ?? "",
    // An exact figure is stored with max = min; the form shows it once.
    "casualty.min": numberText(casualty?.min),
    "casualty.max": casualty?.qualifier === "EXACT" ? "" : numberText(casualty?.max),
    "casualty.asOf": toUtcInputValue(casualty?.asOf),
    "casualty.reportedAs": casualty?.reportedAs ?? "",
    "responsibility.actor": responsibility?.actor ?? "",
    "responsibility.attribution": responsibility?.attribution ?? "",
    "responsibility.channel": responsibility?.channel ?? "",
    "responsibility.assessment": responsibility?.assessment ?? "NOT_ASSESSED",
    assigneeId: claim?.assignee?.id ?? "",
    recheckAt: toUtcInputValue(claim?.recheckAt),
  };
}

/** The detail object that goes with the chosen kind; the other kind's fields are not sent. */
function detailsFromValues(values: ClaimFormValues, mode: "create" | "edit") {
  const number = mode === "create" ? numberOrOmit : numberOrNull;
  const text = mode === "create" ? textOrOmit : textOrNull;
  const date = mode === "create" ? dateOrOmit : dateOrNull;
  const casualty =
    values.kind === "CASUALTY_COUNT"
      ? {
          metric: choice<CasualtyMetric>(values["casualty.metric"]),
          population: choice<CasualtyPopulation>(values["casualty.population"]),
          qualifier: choice<FigureQualifier>(values["casualty.qualifier"]),
          min: number(values["casualty.min"]),
          max: number(values["casualty.max"]),
          asOf: date(values["casualty.asOf"]),
          reportedAs: text(values["casualty.reportedAs"]),
        }
      : undefined;
  const responsibility =
    values.kind === "RESPONSIBILITY"
      ? {
          actor: values["responsibility.actor"],
          attribution: choice<Attribution>(values["responsibility.attribution"]),
          channel: text(values["responsibility.channel"]),
          assessment: choice<Likelihood>(values["responsibility.assessment"]),
        }
      : undefined;
  return { casualty, responsibility };
}

export function claimCreateFromValues(values: ClaimFormValues): ClaimCreateInput {
  return {
    kind: choice<ClaimKind>(values.kind),
    text: values.text,
    claimant: textOrOmit(values.claimant),
    claimedAt: dateOrOmit(values.claimedAt),
    eventId: textOrOmit(values.eventId),
    ...detailsFromValues(values, "create"),
  };
}

/**
 * Every field is sent: empty ones as null, which clears them. `version` is the one the form was opened at. The
 * assignee is sent only when it changed, so that a claim assigned to someone since deactivated can still be edited.
 */
export function claimUpdateFromValues(id: string, version: number, values: ClaimFormValues, initial?: ClaimFormValues): ClaimUpdateInput {
  return {
    id,
    version,
    kind: choice<ClaimKind>(values.kind),
    text: values.text,
    claimant: textOrNull(values.claimant),
    claimedAt: dateOrNull(values.claimedAt),
    eventId: textOrNull(values.eventId),
    ...detailsFromValues(values, "edit"),
    assigneeId: initial && initial.assigneeId === values.assigneeId ? undefined : textOrNull(values.assigneeId),
    recheckAt: dateOrNull(values.recheckAt),
  };
}


/** Fewer characters than this, with no figure or actor either, is too little to compare. */
const SIMILAR_MIN_TEXT = 8;

/**
 * What claim.similar is asked while the editor types: the fields so far, half-done ones left out (a number that is
 * not one yet, a choice not made), or null when there is too little to compare. `id` is the claim being edited.
 */
export function similarDraftFromValues(values: ClaimFormValues, id?: string): ClaimSimilarInput | null {
  const kind = choiceOrOmit<ClaimKind>(values.kind);
  const text = values.text.trim();
  const number = (value: string) => {
    const parsed = numberOrOmit(value);
    return typeof parsed === "number" && Number.isInteger(parsed) && parsed >= 0 && parsed <= 100_000_000 ? parsed : undefined;
  };
  const casualty =
    kind === "CASUALTY_COUNT"
      ? {
          metric: choiceOrOmit<CasualtyMetric>(values["casualty.metric"]),
          population: choiceOrOmit<CasualtyPopulation>(values["casualty.population"]),
          qualifier: choiceOrOmit<FigureQualifier>(values["casualty.qualifier"]),
          min: number(values["casualty.min"]),
          max: number(values["casualty.max"]),
        }
      : undefined;
  const actor = values["responsibility.actor"].trim();
  const responsibility = kind === "RESPONSIBILITY" ? { actor: actor || undefined, attribution: choiceOrOmit<Attribution>(values["responsibility.attribution"]) } : undefined;
  const hasFigure = casualty?.min !== undefined || casualty?.max !== undefined;
  if (text.length < SIMILAR_MIN_TEXT && !hasFigure && !actor) return null;
  return {
    id,
    text: text.slice(0, 2000),
    eventId: textOrOmit(values.eventId),
    kind,
    claimant: textOrOmit(values.claimant)?.slice(0, 300),
    // A detail with nothing in it yet is left out (the API refuses an empty one).
    casualty: casualty && Object.values(casualty).some((value) => value !== undefined) ? casualty : undefined,
    responsibility: responsibility && (actor || responsibility.attribution) ? { ...responsibility, actor: responsibility.actor?.slice(0, 300) } : undefined,
  };
}
