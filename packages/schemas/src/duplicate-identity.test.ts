import { describe, expect, it } from "vitest";
import { duplicateIdentity, type IdentifiedClaim } from "./duplicate-identity";

const figure = (overrides: Partial<NonNullable<IdentifiedClaim["casualty"]>> = {}) => ({ metric: "KILLED", population: "ALL", qualifier: "AT_LEAST", min: 133, max: null, ...overrides }) as const;
const casualtyClaim = (overrides: Partial<IdentifiedClaim> = {}): IdentifiedClaim => ({ eventId: "e1", kind: "CASUALTY_COUNT", claimant: "Investigative Committee", casualty: figure(), ...overrides });

describe("duplicateIdentity: who asserted what about which event", () => {
  it("is one for the same claimant's same figure, whatever the claimant's case and spacing", () => {
    expect(duplicateIdentity(casualtyClaim({ claimant: "  investigative \n committee " }))).toBe(duplicateIdentity(casualtyClaim()));
  });

  it("differs by event, metric, population, qualifier and each bound", () => {
    const base = duplicateIdentity(casualtyClaim());
    for (const other of [
      casualtyClaim({ eventId: "e2" }),
      casualtyClaim({ casualty: figure({ metric: "INJURED" }) }),
      casualtyClaim({ casualty: figure({ population: "CIVILIANS" }) }),
      casualtyClaim({ casualty: figure({ qualifier: "APPROXIMATELY" }) }),
      casualtyClaim({ casualty: figure({ min: 134 }) }),
      casualtyClaim({ casualty: figure({ qualifier: "RANGE", max: 140 }) }),
      casualtyClaim({ claimant: "Reuters" }),
    ]) {
      expect(duplicateIdentity(other)).not.toBe(base);
    }
    // A missing bound is not a bound of 0, nor the other bound.
    expect(duplicateIdentity(casualtyClaim({ casualty: figure({ qualifier: "RANGE", min: null, max: 133 }) }))).not.toBe(base);
  });

  it("is one for the same claimant's same actor and attribution; the channel and assessment do not count", () => {
    const claim = (actor: string, attribution: "SELF_CLAIMED" | "OFFICIAL") => duplicateIdentity({ eventId: "e1", kind: "RESPONSIBILITY", claimant: "Islamic State", responsibility: { actor, attribution } });
    expect(claim("Islamic State", "SELF_CLAIMED")).toBe(claim("islamic  state", "SELF_CLAIMED"));
    expect(claim("Islamic State", "SELF_CLAIMED")).not.toBe(claim("Islamic State", "OFFICIAL"));
    expect(claim("Islamic State", "SELF_CLAIMED")).not.toBe(claim("ISIS-K", "SELF_CLAIMED"));
  });

  it("is none outside an event, without a claimant, for a statement, or without the kind's detail", () => {
    expect(duplicateIdentity(casualtyClaim({ eventId: null }))).toBeNull();
    expect(duplicateIdentity(casualtyClaim({ claimant: " " }))).toBeNull();
    expect(duplicateIdentity(casualtyClaim({ claimant: undefined }))).toBeNull();
    expect(duplicateIdentity({ eventId: "e1", kind: "STATEMENT", claimant: "Asia Times" })).toBeNull();
    expect(duplicateIdentity(casualtyClaim({ casualty: null }))).toBeNull();
  });
});
