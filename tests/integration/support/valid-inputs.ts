import { aCasualtyClaim, aSource, aStatementClaim, anEvent, anEvidence, nextNumber } from "./builders";
import type { TestDatabase } from "./test-database";

// A hand-written valid input for every procedure of the router, built from a few records that exist in the file's
// database (the fixtures). The HTTP error tests break one thing in each; the generated-input test mutates them.

/** The ids (and an invitation token) that valid inputs refer to. */
export interface Fixtures {
  eventId: string;
  claimId: string;
  /** Another claim of the fixture event (a statement), to pair with claimId. */
  otherClaimId: string;
  sourceId: string;
  otherSourceId: string;
  evidenceId: string;
  userId: string;
  invitationToken: string;
}

/**
 * A valid input for every procedure (http-errors.test.ts checks that each is valid and names every procedure); the
 * malformed requests of the HTTP tests break exactly one thing in it. `null` marks a procedure that takes no input.
 */
export const validInputs: Record<string, ((f: Fixtures) => Record<string, unknown>) | null> = {
  "event.list": () => ({ q: "attack", limit: 5 }),
  "event.get": (f) => ({ id: f.eventId }),
  "event.create": () => anEvent(),
  "event.update": (f) => ({ id: f.eventId, title: "Attack on Crocus City Hall", summary: null }),
  "event.delete": (f) => ({ id: f.eventId, reason: "Recorded twice" }),
  "event.tally": (f) => ({ eventId: f.eventId, metric: "KILLED" }),
  "event.responsibility": (f) => ({ eventId: f.eventId }),
  "claim.list": (f) => ({ eventId: f.eventId, kind: "CASUALTY_COUNT", stage: "NEW", verdict: "UNRATED", assigneeId: f.userId, view: "MINE", q: "killed", limit: 5 }),
  "claim.get": (f) => ({ id: f.claimId }),
  // Another claimant's figure: the fixture claim's own would be refused as a duplicate.
  "claim.create": (f) => ({ ...aCasualtyClaim({ claimant: `Regional health ministry ${nextNumber()}` }), eventId: f.eventId, allowDuplicate: false }),
  "claim.update": (f) => ({
    id: f.claimId,
    version: 1,
    kind: "RESPONSIBILITY",
    text: "Islamic State claimed the attack.",
    responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED", channel: "Amaq", assessment: "LIKELY" },
    assigneeId: f.userId,
    recheckAt: new Date("2024-03-25T12:00:00Z"),
    allowDuplicate: false,
  }),
  "claim.delete": (f) => ({ id: f.claimId, version: 1, reason: "Recorded twice" }),
  "claim.transition": (f) => ({ id: f.claimId, version: 1, to: "RESEARCHING", note: "Two wires disagree on the figure." }),
  "claim.wording": (f) => ({ id: f.claimId }),
  "claim.similar": (f) => ({
    id: f.claimId,
    text: "At least 133 people were killed, investigators said.",
    eventId: f.eventId,
    kind: "CASUALTY_COUNT",
    claimant: "Investigative Committee",
    casualty: { metric: "KILLED", population: "ALL", qualifier: "AT_LEAST", min: 133, max: null },
    responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED" },
  }),
  "claim.markNotDuplicate": (f) => ({ id: f.claimId, otherId: f.otherClaimId }),
  "article.extract": () => ({
    text: "At least 133 people were killed, investigators said on Saturday.",
    url: "https://news.example.org/2024/03/toll-rises",
    publishedAt: new Date("2024-03-23T15:00:00Z"),
  }),
  "article.import": (f) => ({
    url: "https://news.example.org/2024/03/toll-rises",
    title: "Death toll rises",
    publisher: "Example Wire",
    author: "A. Reporter",
    publishedAt: new Date("2024-03-23T15:00:00Z"),
    type: "WIRE",
    reliability: "B",
    eventId: f.eventId,
    claims: [{ claim: aStatementClaim(), excerpt: "The group planned some 21 attacks in nine countries over the past year." }],
  }),
  "source.list": () => ({ publisher: "reuters", type: "WIRE", q: "toll", limit: 5 }),
  "search.query": (f) => ({ q: '"claimed responsibility" -denied OR amaq', types: ["CLAIM", "SOURCE", "EVENT"], eventId: f.eventId, limit: 5 }),
  "source.get": (f) => ({ id: f.sourceId }),
  "source.create": (f) => ({ ...aSource(), repeatsSourceId: f.sourceId }),
  "source.update": (f) => ({ id: f.sourceId, title: "Death toll rises", reliability: "A", repeatsSourceId: f.otherSourceId }),
  "source.delete": (f) => ({ id: f.sourceId, reason: "Recorded twice" }),
  "evidence.list": (f) => ({ claimId: f.claimId, sourceId: f.sourceId, limit: 5 }),
  "evidence.get": (f) => ({ id: f.evidenceId }),
  "evidence.attach": (f) => anEvidence(f.claimId, f.otherSourceId),
  "evidence.update": (f) => ({ id: f.evidenceId, stance: "CONTEXT", credibility: 3, note: null }),
  "evidence.detach": (f) => ({ id: f.evidenceId, reason: "Does not bear on the claim" }),
  "comment.list": (f) => ({ claimId: f.claimId, limit: 5 }),
  "comment.create": (f) => ({ claimId: f.claimId, text: "Ask the wire desk whether the 115 figure is still current." }),
  "history.list": (f) => ({ claimId: f.claimId, limit: 5 }),
  "user.list": () => ({ role: "EDITOR", q: "erin", limit: 5 }),
  "user.get": (f) => ({ id: f.userId }),
  "user.history": (f) => ({ id: f.userId, limit: 5 }),
  "user.assignees": null,
  "user.invite": () => ({ email: "new.editor@newsroom.test", name: "New Editor", role: "EDITOR" }),
  "user.reinvite": (f) => ({ id: f.userId }),
  "user.setRole": (f) => ({ id: f.userId, role: "REVIEWER", reason: "Checks the figures desk's work" }),
  "user.deactivate": (f) => ({ id: f.userId, reason: "Left the newsroom" }),
  "user.reactivate": (f) => ({ id: f.userId, reason: "Came back" }),
  "account.me": null,
  "account.changePassword": () => ({ currentPassword: "the current password", newPassword: "a new password of some length" }),
  "account.invitationStatus": (f) => ({ token: f.invitationToken }),
  "account.acceptInvitation": (f) => ({ token: f.invitationToken, password: "a password of some length" }),
};

/** Records for the valid inputs to refer to, made through the API as the file's editor and admin. */
export async function createFixtures(db: TestDatabase): Promise<Fixtures> {
  const event = await db.api.event.create(anEvent());
  const claim = await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
  const otherClaim = await db.api.claim.create(aStatementClaim({ eventId: event.id }));
  const source = await db.api.source.create(aSource());
  const otherSource = await db.api.source.create(aSource());
  const evidence = await db.api.evidence.attach(anEvidence(claim.id, source.id));
  const user = await db.newUser("EDITOR", "Fixture Editor");
  const invitationToken = await newInvitationToken(db);
  return { eventId: event.id, claimId: claim.id, otherClaimId: otherClaim.id, sourceId: source.id, otherSourceId: otherSource.id, evidenceId: evidence.id, userId: user.id, invitationToken };
}

/** A fresh invitation (each has its own address), as the token in its link. */
export async function newInvitationToken(db: TestDatabase): Promise<string> {
  const invitation = await db.as("ADMIN").user.invite({ email: `invited.fixture-${nextNumber()}@newsroom.test`, name: "Invited Fixture", role: "VIEWER" });
  return invitation.invitationPath.split("/").at(-1)!;
}
