import { describe, expect, it } from "vitest";
import { WORDING_RULES } from "@claimdesk/analysis";
import { expectTRPCError } from "./support/assertions";
import { aCasualtyClaim, aResponsibilityClaim, aSource, anEvidence } from "./support/builders";
import { expectClientError, httpClient } from "./support/http";
import { useTestDatabase } from "./support/test-database";
import { CONCLUSION, move, type Claim } from "./support/workflow";

// claim.wording: the sentence the newsroom may print about a claim as it stands now, and the style rule that
// chose it. The rules themselves are tested in the analysis package; here, that the API words the stored claim.

const db = useTestDatabase();
const http = httpClient(db);

const wording = (id: string) => db.as("VIEWER").claim.wording({ id });
const ruleText = (id: string) => WORDING_RULES.find((rule) => rule.id === id)!.description;

/** Sources the claim, sends it through research and review, and has a reviewer conclude it CONFIRMED. */
async function confirm(claim: { id: string; version: number }): Promise<Claim> {
  const source = await db.api.source.create(aSource());
  await db.api.evidence.attach(anEvidence(claim.id, source.id));
  let moved = await move(db, "EDITOR", claim, "RESEARCHING");
  moved = await move(db, "EDITOR", moved, "IN_REVIEW");
  return move(db, "REVIEWER", moved, "CONCLUDED", CONCLUSION);
}

describe("claim.wording", () => {
  it("attributes a figure nobody has verified yet, and states it as fact once a reviewer confirms it", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());

    expect(await wording(claim.id)).toEqual({
      id: claim.id,
      version: 1,
      text: "The Investigative Committee said at least 133 people were killed; this has not been independently verified.",
      ruleId: "casualty-unverified",
      rule: ruleText("casualty-unverified"),
      asFact: false,
    });

    const confirmed = await confirm(claim);
    expect(await wording(claim.id)).toEqual({
      id: claim.id,
      version: confirmed.version,
      text: "At least 133 people were killed, according to the Investigative Committee.",
      ruleId: "casualty-confirmed",
      rule: ruleText("casualty-confirmed"),
      asFact: true,
    });
  });

  it("stops stating a figure as fact when its claim is reopened and changed, until a reviewer concludes it again", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const confirmed = await confirm(claim);
    const reopened = await move(db, "REVIEWER", confirmed, "RESEARCHING");
    const edited = await db.api.claim.update({
      id: claim.id,
      version: reopened.version,
      casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 500, reportedAs: "at least 500" },
    });
    expect(edited.verdict).toBe("CONFIRMED");
    expect(await wording(claim.id)).toMatchObject({
      text: "The Investigative Committee said at least 500 people were killed; this has not been independently verified.",
      asFact: false,
    });
  });

  it("words the claim as it stands after an edit", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const edited = await db.api.claim.update({
      id: claim.id,
      version: 1,
      claimant: "Russian authorities",
      casualty: { metric: "INJURED", population: "CIVILIANS", qualifier: "RANGE", min: 40, max: 60 },
    });
    expect(await wording(claim.id)).toMatchObject({
      version: edited.version,
      text: "Russian authorities said between 40 and 60 civilians were injured; this has not been independently verified.",
      asFact: false,
    });
  });

  it("words a claim of responsibility through its channel, with the newsroom's assessment as a sentence of its own", async () => {
    const claim = await db.api.claim.create(
      aResponsibilityClaim({ responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED", channel: "its Amaq news agency", assessment: "VERY_LIKELY" } }),
    );
    expect(await wording(claim.id)).toEqual({
      id: claim.id,
      version: 1,
      text: "Islamic State reportedly claimed responsibility through its Amaq news agency; this has not been independently verified. Islamic State is very likely responsible, according to our assessment.",
      ruleId: "responsibility-self-claimed-unconfirmed",
      rule: ruleText("responsibility-self-claimed-unconfirmed"),
      asFact: false,
    });

    await confirm(claim);
    expect(await wording(claim.id)).toMatchObject({
      text: "Islamic State claimed responsibility through its Amaq news agency. Islamic State is very likely responsible, according to our assessment.",
      ruleId: "responsibility-self-claimed",
      asFact: true,
    });
  });

  it("words a denial without an assessment as the denial alone", async () => {
    const claim = await db.api.claim.create(aResponsibilityClaim({ claimant: "Ukrainian officials", responsibility: { actor: "Ukraine", attribution: "DENIED" } }));
    expect(await wording(claim.id)).toMatchObject({
      text: "Ukraine denied responsibility; this has not been independently verified.",
      ruleId: "responsibility-denied",
      asFact: false,
    });
  });

  it("answers NOT_FOUND for a claim that does not exist", async () => {
    await expectTRPCError(wording("no-such-claim"), "NOT_FOUND", /no-such-claim/);
    expect(expectClientError(await http.query("claim.wording", { id: "no-such-claim" }), 404).data.code).toBe("NOT_FOUND");
  });
});
