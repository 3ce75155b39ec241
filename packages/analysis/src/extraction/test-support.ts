import { readFileSync } from "node:fs";
import type { Attribution, CasualtyMetric, CasualtyPopulation, ClaimKind, FigureQualifier } from "@claimdesk/schemas";
import type { Suggestion } from "../types";
import { extractClaims } from "./extract";

// Helpers for the extraction tests: a suggestion reduced to what a test states, and the fixtures.

export interface Summary {
  kind: ClaimKind;
  sentence: string;
  claimant: string | null;
  casualty?: {
    metric: CasualtyMetric;
    population: CasualtyPopulation;
    qualifier: FigureQualifier;
    min: number | null;
    max: number | null;
    reportedAs: string | null;
  };
  responsibility?: { actor: string; attribution: Attribution; channel: string | null };
}

export function summarise(suggestion: Suggestion): Summary {
  const { claim } = suggestion;
  const summary: Summary = { kind: suggestion.kind, sentence: suggestion.sentence, claimant: claim.claimant ?? null };
  if (claim.casualty) {
    const { metric, population, qualifier, min, max, reportedAs } = claim.casualty;
    summary.casualty = { metric, population: population ?? "ALL", qualifier, min: min ?? null, max: max ?? null, reportedAs: reportedAs ?? null };
  }
  if (claim.responsibility) {
    const { actor, attribution, channel } = claim.responsibility;
    summary.responsibility = { actor, attribution, channel: channel ?? null };
  }
  return summary;
}

/** The summaries of what `text` yields. */
export const summaries = (text: string): Summary[] => extractClaims({ text }).map(summarise);

/** Only the casualty figures of `text`, as [metric, population, qualifier, min, max, reportedAs]. */
export const figuresIn = (text: string) =>
  extractClaims({ text })
    .filter((suggestion) => suggestion.kind === "CASUALTY_COUNT")
    .map((suggestion) => {
      const figure = suggestion.claim.casualty!;
      return [figure.metric, figure.population ?? "ALL", figure.qualifier, figure.min ?? null, figure.max ?? null, figure.reportedAs ?? null];
    });

/** Only the responsibility statements of `text`, as [attribution, actor, channel, claimant]. */
export const responsibilityIn = (text: string) =>
  extractClaims({ text })
    .filter((suggestion) => suggestion.kind === "RESPONSIBILITY")
    .map((suggestion) => {
      const detail = suggestion.claim.responsibility!;
      return [detail.attribution, detail.actor, detail.channel ?? null, suggestion.claim.claimant ?? null];
    });

export const FIXTURES = ["wire-report", "ministry-statement", "live-blog", "analysis-piece", "regional-paper"] as const;

export function fixture(name: (typeof FIXTURES)[number]): string {
  return readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), "utf8");
}
