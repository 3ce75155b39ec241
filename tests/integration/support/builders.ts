import type { RouterInputs } from "@claimdesk/api";

// Valid inputs for each kind of record, to be varied per test with overrides. Every builder gives a new,
// distinct record (unique URLs), so tests never collide with each other's data in the file's database.

type EventInput = RouterInputs["event"]["create"];
type ClaimInput = RouterInputs["claim"]["create"];
type SourceInput = RouterInputs["source"]["create"];
type EvidenceInput = RouterInputs["evidence"]["attach"];

let sequence = 0;
/** A number unique within the test file, for names and URLs. */
export const nextNumber = (): number => ++sequence;

export function anEvent(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: `Attack on a concert hall #${nextNumber()}`,
    summary: "Gunmen opened fire on concert-goers.",
    occurredAt: new Date("2024-03-22T16:58:00Z"),
    location: "Krasnogorsk, Moscow Oblast",
    ...overrides,
  };
}

/** "At least 133 killed", as investigators said it. */
export function aCasualtyClaim(overrides: Partial<ClaimInput> = {}): ClaimInput {
  return {
    kind: "CASUALTY_COUNT",
    text: "At least 133 people were killed when gunmen stormed the concert hall.",
    claimant: "Investigative Committee",
    claimedAt: new Date("2024-03-23T15:00:00Z"),
    casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 133, asOf: new Date("2024-03-24T00:00:00Z"), reportedAs: "at least 133" },
    ...overrides,
  };
}

export function aResponsibilityClaim(overrides: Partial<ClaimInput> = {}): ClaimInput {
  return {
    kind: "RESPONSIBILITY",
    text: "Islamic State claimed responsibility through its Amaq news agency.",
    claimant: "Islamic State",
    claimedAt: new Date("2024-03-22T20:30:00Z"),
    responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED", channel: "Amaq news agency", assessment: "VERY_LIKELY" },
    ...overrides,
  };
}

export function aStatementClaim(overrides: Partial<ClaimInput> = {}): ClaimInput {
  return {
    kind: "STATEMENT",
    text: "The group planned some 21 attacks in nine countries over the past year.",
    claimant: "Asia Times",
    claimedAt: new Date("2024-03-25T09:08:00Z"),
    ...overrides,
  };
}

export function aSource(overrides: Partial<SourceInput> = {}): SourceInput {
  const n = nextNumber();
  return {
    url: `https://news.example.org/2024/03/story-${n}-${Math.random().toString(36).slice(2, 8)}`,
    title: `Death toll in concert hall attack rises (${n})`,
    publisher: "Example Wire",
    author: "A. Reporter",
    publishedAt: new Date("2024-03-23T06:10:00Z"),
    type: "WIRE",
    reliability: "B",
    ...overrides,
  };
}

export function anEvidence(claimId: string, sourceId: string, overrides: Partial<EvidenceInput> = {}): EvidenceInput {
  return {
    claimId,
    sourceId,
    stance: "SUPPORTS",
    excerpt: "The number of people killed has risen to 133.",
    credibility: 2,
    note: "Carried by two independent outlets.",
    ...overrides,
  };
}
