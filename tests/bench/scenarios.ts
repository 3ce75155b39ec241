import { CLAIMANTS, COMMON_WORD, MISSPELT_NAME, RARE_WORD } from "./fill/vocabulary";
import { eventId, LARGE_TALLY_EVENT_ID, TALLY_EVENT_FIGURES, TALLY_EVENT_ID } from "./fill/fill-plan";
import type { LoadRequest } from "./load";

// The measured requests, each sent alike to the app and to the bare server (which answers the same URLs).

export type ScenarioGroup = "list" | "search" | "read" | "tally" | "write";

export interface Scenario {
  name: string;
  group: ScenarioGroup;
  request: LoadRequest;
  /** Whether the bare server answers it (it does no search). */
  bare: boolean;
}

export interface ScenarioFixtures {
  token: string;
  /** A cursor nine tenths of the way down the claims, newest first. */
  deepCursor: string;
  /** A claim with two evidence items. */
  claimId: string;
  /** Whether the app has search.query. */
  searchQuery: boolean;
  /** The figures of the large tally event (none below 100k claims). */
  largeTallyFigures: number;
}

/** A tally scenario's name, by the figures its event holds (targets.ts finds the 1,000-figure one by it). */
export const tallyScenarioName = (figures: number) => `event.tally (${figures.toLocaleString("en-GB")} figures)`;

const query = (procedure: string, input: unknown) => `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

/** Each created claim gives a figure no other has: claim.create refuses a duplicate. */
let nextFigure = 1_000_000;

export function scenarios(fixtures: ScenarioFixtures): Scenario[] {
  const headers = { authorization: `Bearer ${fixtures.token}` };
  const get = (name: string, group: ScenarioGroup, procedure: string, input: unknown, bare = true): Scenario => ({ name, group, bare, request: { method: "GET", path: query(procedure, input), headers } });
  const searches: Array<[string, string]> = [
    ["common word", COMMON_WORD],
    ["rare word", RARE_WORD],
    ["misspelt name", MISSPELT_NAME],
  ];
  return [
    get("claim.list first page", "list", "claim.list", {}),
    get("claim.list filtered (in review, casualty)", "list", "claim.list", { stage: "IN_REVIEW", kind: "CASUALTY_COUNT" }),
    get("claim.list of one event", "list", "claim.list", { eventId: eventId(2) }),
    get("claim.list deep page", "list", "claim.list", { cursor: fixtures.deepCursor }),
    // Search is the search index's SQL (search-service.ts), which the bare server does not repeat: no ratio.
    ...searches.map(([what, q]) => get(`claim.list q, ${what} (${q})`, "search", "claim.list", { q }, false)),
    ...(fixtures.searchQuery ? searches.map(([what, q]) => get(`search.query, ${what} (${q})`, "search", "search.query", { q }, false)) : []),
    get("claim.get", "read", "claim.get", { id: fixtures.claimId }),
    get(tallyScenarioName(TALLY_EVENT_FIGURES), "tally", "event.tally", { eventId: TALLY_EVENT_ID, metric: "KILLED" }),
    ...(fixtures.largeTallyFigures > 0
      ? [get(tallyScenarioName(fixtures.largeTallyFigures), "tally", "event.tally", { eventId: LARGE_TALLY_EVENT_ID, metric: "KILLED" })]
      : []),
    {
      name: "claim.create",
      group: "write",
      bare: true,
      request: {
        method: "POST",
        path: "/api/trpc/claim.create",
        headers: { ...headers, "content-type": "application/json" },
        body: () => {
          const min = nextFigure++;
          return JSON.stringify({
            json: {
              eventId: eventId(3),
              kind: "CASUALTY_COUNT",
              text: `At least ${min} people were killed, the bench reported.`,
              claimant: CLAIMANTS[min % CLAIMANTS.length],
              casualty: { metric: "KILLED", qualifier: "AT_LEAST", min },
            },
          });
        },
      },
    },
  ];
}
