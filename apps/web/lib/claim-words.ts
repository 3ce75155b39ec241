import {
  capitalise,
  speakerName,
  attributionLabel,
  figureWords,
  likelihoodLabel,
  type Attribution,
  type FigureParts,
  type Likelihood,
} from "@claimdesk/schemas";
import { formatDateTime } from "./format-date";

// A claim's facts said in words, as an editor would write them.

interface ResponsibilityParts {
  actor: string;
  attribution: Attribution;
  channel: string | null;
  assessment: Likelihood;
}

export interface ClaimFacts {
  claimant: string | null;
  casualty: (FigureParts & { asOf: Date | null }) | null;
  responsibility: ResponsibilityParts | null;
}


/** "Islamic State: self-claimed through Amaq; our assessment: very likely"; "…; not assessed by us yet". */
export function responsibilityWords(responsibility: ResponsibilityParts): string {
  const channel = responsibility.channel ? ` through ${responsibility.channel}` : "";
  const assessment =
    responsibility.assessment === "NOT_ASSESSED" ? "not assessed by us yet" : `our assessment: ${likelihoodLabel[responsibility.assessment].toLowerCase()}`;
  return `${responsibility.actor}: ${attributionLabel[responsibility.attribution].toLowerCase()}${channel}; ${assessment}`;
}

/** The short form for tables: "At least 133 killed", "Islamic State: Self-claimed"; null for a statement. */
export function figureOrActorWords(claim: Pick<ClaimFacts, "casualty" | "responsibility">): string | null {
  if (claim.casualty) return capitalise(figureWords(claim.casualty));
  if (claim.responsibility) return `${claim.responsibility.actor}: ${attributionLabel[claim.responsibility.attribution]}`;
  return null;
}

/** "At least 133 killed, as of 24 March 2024, 00:00 UTC, according to the Investigative Committee of the Russian Federation". */
export function claimFactsSentence(claim: ClaimFacts): string {
  if (claim.casualty) {
    const parts = [capitalise(figureWords(claim.casualty))];
    if (claim.casualty.asOf) parts.push(`as of ${formatDateTime(claim.casualty.asOf)}`);
    if (claim.claimant) parts.push(`according to ${speakerName(claim.claimant)}`);
    return parts.join(", ");
  }
  if (claim.responsibility) return responsibilityWords(claim.responsibility);
  return claim.claimant ? `Statement by ${claim.claimant}` : "Statement";
}
