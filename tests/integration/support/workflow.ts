import { expect } from "vitest";
import type { Actor, RouterInputs, RouterOutputs } from "@claimdesk/api";
import type { ClaimStage, Role } from "@claimdesk/schemas";
import { aSource, aStatementClaim, anEvidence } from "./builders";
import { expectClientError, expectFieldError, httpClient, type ErrorBody, type HttpReply } from "./http";
import type { TestDatabase } from "./test-database";

// Claims at a given point of the review workflow, and the refusals a client sees when a move is not allowed.

/** A claim as the API answers a change to it (claim.get adds the independence of its evidence). */
export type Claim = RouterOutputs["claim"]["transition"];
type ClaimInput = RouterInputs["claim"]["create"];
type TransitionInput = RouterInputs["claim"]["transition"];
export type Who = Role | Actor;

/** What a reviewer writes when concluding: a verdict other than UNRATED and the note that explains it. */
export const CONCLUSION = {
  verdict: "CONFIRMED",
  note: "The Investigative Committee's statement and two independent wires agree on the figure.",
} as const satisfies Partial<TransitionInput>;

/** The HTTP status a newsroom tool gets for each refusal. */
export const HTTP_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
} as const;
export type RefusalCode = keyof typeof HTTP_STATUS;

/** Attaches a new supporting source to the claim as `who` (evidence work counts as research). */
export async function attachSource(db: TestDatabase, who: Who, claimId: string): Promise<void> {
  const api = db.as(who);
  const source = await api.source.create(aSource());
  await api.evidence.attach(anEvidence(claimId, source.id));
}

/** A claim `researcher` recorded and sourced (one supporting evidence item), still NEW. */
export async function researchedClaim(db: TestDatabase, researcher: Who = "EDITOR", overrides: Partial<ClaimInput> = {}): Promise<Claim> {
  const api = db.as(researcher);
  const claim = await api.claim.create(aStatementClaim(overrides));
  await attachSource(db, researcher, claim.id);
  return api.claim.get({ id: claim.id });
}

/** Moves the claim (at the version given) to `to` as `who`, through the API without HTTP. */
export function move(db: TestDatabase, who: Who, claim: { id: string; version: number }, to: ClaimStage, extra: Partial<TransitionInput> = {}): Promise<Claim> {
  return db.as(who).claim.transition({ id: claim.id, version: claim.version, to, ...extra });
}

const PATH: Record<ClaimStage, ClaimStage[]> = {
  NEW: [],
  RESEARCHING: ["RESEARCHING"],
  IN_REVIEW: ["RESEARCHING", "IN_REVIEW"],
  CONCLUDED: ["RESEARCHING", "IN_REVIEW", "CONCLUDED"],
};

/**
 * A sourced claim brought to `stage` the ordinary way: `researcher` records it, starts research and sends it to
 * review; `reviewer` concludes it.
 */
export async function claimInStage(
  db: TestDatabase,
  stage: ClaimStage,
  { researcher = "EDITOR", reviewer = "REVIEWER", overrides = {} }: { researcher?: Who; reviewer?: Who; overrides?: Partial<ClaimInput> } = {},
): Promise<Claim> {
  let claim = await researchedClaim(db, researcher, overrides);
  for (const to of PATH[stage]) {
    claim = to === "CONCLUDED" ? await move(db, reviewer, claim, to, CONCLUSION) : await move(db, researcher, claim, to);
  }
  expect(claim.stage).toBe(stage);
  return claim;
}

/** A transition over HTTP, as a newsroom tool sends it. */
export function transitionOverHttp(db: TestDatabase, who: Who | null, input: TransitionInput): Promise<HttpReply> {
  return httpClient(db, who).mutation("claim.transition", input);
}

/** The reply is a refusal with this code (and HTTP status) that names `field` when given. */
export function expectRefusal(reply: HttpReply, code: RefusalCode, field?: string): ErrorBody {
  const error = expectClientError(reply, HTTP_STATUS[code]);
  expect(error.data.code).toBe(code);
  if (field !== undefined) expectFieldError(error, field);
  return error;
}

/** The claim as stored, and its whole timeline: what a refused change must leave exactly as it was. */
export async function claimState(db: TestDatabase, id: string) {
  const [claim, history] = await Promise.all([db.api.claim.get({ id }), db.api.history.list({ claimId: id })]);
  return { claim, history: history.items };
}

/** The claim's history entries of one action, oldest first. */
export async function historyOf(db: TestDatabase, claimId: string, action?: string) {
  const { items } = await db.api.history.list({ claimId });
  return action ? items.filter((entry) => entry.action === action) : items;
}
