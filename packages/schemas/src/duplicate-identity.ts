import type { Attribution, CasualtyMetric, CasualtyPopulation, ClaimKind, FigureQualifier } from "./enums";
import { nameKey } from "./short-text";

// One claimant's assertion is one claim; each outlet that reports it is evidence for it. So a claim is identified
// by who asserted what about which event: its event, kind and claimant, and its figure (metric, population,
// qualifier, bounds) or its actor and attribution. Two claims with one identity are the same claim recorded twice.

export interface IdentifiedClaim {
  eventId?: string | null;
  kind: ClaimKind;
  claimant?: string | null;
  casualty?: { metric: CasualtyMetric; population: CasualtyPopulation; qualifier: FigureQualifier; min: number | null; max: number | null } | null;
  responsibility?: { actor: string; attribution: Attribution } | null;
}

/** Bumped if the identity ever changes, so that old keys never match new ones. */
const VERSION = "v1";
/** Joins the parts: the unit separator, which nobody types into a name. */
const SEPARATOR = "\u001f";

/**
 * The claim's identity as text, or null when it has none: a claim outside any event, or with no claimant, may be
 * about anything and from anyone; a statement is told apart by its words, which claim.similar compares instead.
 * Names match whatever their case and spacing. The migration that introduced duplicate keys computes the same text
 * in SQL for the claims recorded before it: change both together.
 */
export function duplicateIdentity(claim: IdentifiedClaim): string | null {
  const claimant = nameKey(claim.claimant);
  if (!claim.eventId || claimant === "") return null;
  const head = [VERSION, claim.eventId, claim.kind, claimant];
  if (claim.kind === "CASUALTY_COUNT" && claim.casualty) {
    const { metric, population, qualifier, min, max } = claim.casualty;
    return [...head, metric, population, qualifier, min ?? "", max ?? ""].join(SEPARATOR);
  }
  if (claim.kind === "RESPONSIBILITY" && claim.responsibility) {
    return [...head, nameKey(claim.responsibility.actor), claim.responsibility.attribution].join(SEPARATOR);
  }
  return null;
}
