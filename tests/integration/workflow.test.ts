import { beforeAll, describe, expect, it } from "vitest";
import { CLAIM_STAGES, TRANSITIONS, type ClaimStage, type Role } from "@claimdesk/schemas";
import { aSource, aStatementClaim, anEvent, anEvidence } from "./support/builders";
import { expectTRPCError } from "./support/assertions";
import { expectFieldError, httpClient } from "./support/http";
import { useTestDatabase } from "./support/test-database";
import {
  CONCLUSION,
  attachSource,
  claimInStage,
  claimState,
  expectRefusal,
  historyOf,
  move,
  researchedClaim,
  transitionOverHttp,
  type Claim,
  type RefusalCode,
} from "./support/workflow";

// The review workflow as the issue states it: NEW -> RESEARCHING -> IN_REVIEW -> CONCLUDED, back from review to
// research, and CONCLUDED -> RESEARCHING to reopen. Every other move is refused, and so is every move by a role
// that may not make it; a refused move changes nothing and writes no history.

const db = useTestDatabase();

const key = (from: ClaimStage, to: ClaimStage) => `${from} -> ${to}`;

/** The least role that may make each allowed move (the words, not the code's table). */
const ALLOWED: Record<string, Role> = {
  [key("NEW", "RESEARCHING")]: "EDITOR",
  [key("RESEARCHING", "IN_REVIEW")]: "EDITOR",
  [key("IN_REVIEW", "RESEARCHING")]: "EDITOR",
  [key("IN_REVIEW", "CONCLUDED")]: "REVIEWER",
  [key("CONCLUDED", "RESEARCHING")]: "REVIEWER",
};

const ALL_PAIRS = CLAIM_STAGES.flatMap((from) => CLAIM_STAGES.map((to) => ({ from, to })));
const REFUSED_PAIRS = ALL_PAIRS.filter(({ from, to }) => !(key(from, to) in ALLOWED));
const ALLOWED_PAIRS = ALL_PAIRS.filter(({ from, to }) => key(from, to) in ALLOWED);

/** What a move to `to` must carry: concluding needs a verdict and a note, nothing else takes them. */
const extraFor = (to: ClaimStage) => (to === "CONCLUDED" ? CONCLUSION : {});

const ROLE_ORDER: Role[] = ["VIEWER", "EDITOR", "REVIEWER", "ADMIN"];
const mayMove = (role: Role, minimum: Role) => ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(minimum);

describe("the transition table", () => {
  it("has all 16 stage pairs covered: 5 allowed and 11 refused", () => {
    expect(ALL_PAIRS).toHaveLength(16);
    expect(ALLOWED_PAIRS).toHaveLength(5);
    expect(REFUSED_PAIRS).toHaveLength(11);
    // The table the API and the UI share says the same as the issue.
    expect(Object.fromEntries(TRANSITIONS.map((t) => [key(t.from, t.to), t.minRole]))).toEqual(ALLOWED);
  });
});

describe("claim.transition: moves the workflow refuses", () => {
  const claimsByStage = {} as Record<ClaimStage, Claim>;
  beforeAll(async () => {
    for (const stage of CLAIM_STAGES) claimsByStage[stage] = await claimInStage(db, stage);
  });

  it.each(REFUSED_PAIRS)("refuses $from -> $to even for an admin: BAD_REQUEST naming `to`, nothing changes", async ({ from, to }) => {
    const claim = claimsByStage[from];
    const before = await claimState(db, claim.id);

    const reply = await transitionOverHttp(db, "ADMIN", { id: claim.id, version: claim.version, to, ...extraFor(to) });

    const error = expectRefusal(reply, "BAD_REQUEST", "to");
    expect(error.message).toContain(from);
    expect(error.message).toContain(to);
    expect(await claimState(db, claim.id)).toEqual(before);
  });
});

describe("claim.transition: who may make each allowed move", () => {
  const cases = ALLOWED_PAIRS.flatMap(({ from, to }) =>
    ([null, ...ROLE_ORDER] as Array<Role | null>).map((role) => {
      const minimum = ALLOWED[key(from, to)]!;
      const refusal: RefusalCode | null = role === null ? "UNAUTHORIZED" : mayMove(role, minimum) ? null : "FORBIDDEN";
      return { from, to, role, refusal, outcome: refusal ?? "allowed" };
    }),
  );

  it.each(cases)("$from -> $to as $role: $outcome", async ({ from, to, role, refusal }) => {
    const claim = await claimInStage(db, from);
    const before = await claimState(db, claim.id);

    const reply = await transitionOverHttp(db, role, { id: claim.id, version: claim.version, to, ...extraFor(to) });

    if (refusal) {
      expectRefusal(reply, refusal);
      expect(await claimState(db, claim.id)).toEqual(before);
      return;
    }
    expect(reply.status, reply.text).toBe(200);
    expect(reply.data).toMatchObject({ id: claim.id, stage: to, version: claim.version + 1 });
    const after = await claimState(db, claim.id);
    expect(after.claim).toMatchObject({ stage: to, version: claim.version + 1 });
    // Exactly one new history entry: this move, by this person, from this stage to that one.
    expect(after.history).toHaveLength(before.history.length + 1);
    const entry = after.history.at(-1)!;
    expect(entry).toMatchObject({ action: "TRANSITION", actorId: db.users[role!].id, actorRole: role, override: false });
    expect(entry.changes).toContainEqual({ field: "stage", from, to });
  });
});

describe("claim.transition: concluding", () => {
  it("records the verdict and its note, with the reviewer in the history", async () => {
    const claim = await claimInStage(db, "IN_REVIEW");

    const concluded = await move(db, "REVIEWER", claim, "CONCLUDED", { verdict: "FALSE", note: "The ministry's own figure is 40." });

    expect(concluded).toMatchObject({ stage: "CONCLUDED", verdict: "FALSE", verdictNote: "The ministry's own figure is 40.", version: claim.version + 1 });
    const [entry] = await historyOf(db, claim.id, "TRANSITION").then((entries) => entries.slice(-1));
    expect(entry).toMatchObject({
      actorId: db.users.REVIEWER.id,
      actorName: db.users.REVIEWER.name,
      actorRole: "REVIEWER",
      override: false,
      reason: "The ministry's own figure is 40.",
    });
    expect(entry!.changes).toEqual(
      expect.arrayContaining([
        { field: "stage", from: "IN_REVIEW", to: "CONCLUDED" },
        { field: "verdict", from: "UNRATED", to: "FALSE" },
        { field: "verdictNote", from: null, to: "The ministry's own figure is 40." },
      ]),
    );
    expect(entry!.summary).toContain("FALSE");
  });

  it("is refused without evidence, naming `to`", async () => {
    let claim = await db.api.claim.create(aStatementClaim());
    claim = await move(db, "EDITOR", claim, "RESEARCHING");
    claim = await move(db, "EDITOR", claim, "IN_REVIEW");
    const before = await claimState(db, claim.id);

    const reply = await transitionOverHttp(db, "REVIEWER", { id: claim.id, version: claim.version, to: "CONCLUDED", ...CONCLUSION });

    const error = expectRefusal(reply, "BAD_REQUEST", "to");
    expect(error.message).toMatch(/evidence/i);
    expect(await claimState(db, claim.id)).toEqual(before);
  });

  it("refuses CONFIRMED or LIKELY on evidence that only contradicts or gives context, naming `verdict`; other verdicts may stand on it", async () => {
    const contradicted = async () => {
      let claim = await db.api.claim.create(aStatementClaim());
      const source = await db.api.source.create(aSource());
      await db.api.evidence.attach({ ...anEvidence(claim.id, source.id), stance: "CONTRADICTS" });
      const context = await db.api.source.create(aSource());
      await db.api.evidence.attach({ ...anEvidence(claim.id, context.id), stance: "CONTEXT" });
      claim = await move(db, "EDITOR", claim, "RESEARCHING");
      return move(db, "EDITOR", claim, "IN_REVIEW");
    };
    for (const verdict of ["CONFIRMED", "LIKELY"] as const) {
      const claim = await contradicted();
      const before = await claimState(db, claim.id);
      const reply = await transitionOverHttp(db, "REVIEWER", { id: claim.id, version: claim.version, to: "CONCLUDED", verdict, note: CONCLUSION.note });
      const error = expectRefusal(reply, "BAD_REQUEST", "verdict");
      expect(error.message).toMatch(/needs at least one supporting source/);
      expect(await claimState(db, claim.id)).toEqual(before);
    }
    const claim = await contradicted();
    expect(await move(db, "REVIEWER", claim, "CONCLUDED", { verdict: "FALSE", note: "Two independent sources contradict it." })).toMatchObject({ stage: "CONCLUDED", verdict: "FALSE" });
  });

  it("is refused without a note, naming `note`", async () => {
    const claim = await claimInStage(db, "IN_REVIEW");
    const before = await claimState(db, claim.id);

    const reply = await transitionOverHttp(db, "REVIEWER", { id: claim.id, version: claim.version, to: "CONCLUDED", verdict: "CONFIRMED" });

    expectRefusal(reply, "BAD_REQUEST", "note");
    expect(await claimState(db, claim.id)).toEqual(before);
  });

  it("is refused with the verdict UNRATED or no verdict, naming `verdict`", async () => {
    const claim = await claimInStage(db, "IN_REVIEW");
    const before = await claimState(db, claim.id);

    for (const verdict of ["UNRATED", undefined] as const) {
      const reply = await transitionOverHttp(db, "REVIEWER", { id: claim.id, version: claim.version, to: "CONCLUDED", verdict, note: CONCLUSION.note });
      expectRefusal(reply, "BAD_REQUEST", "verdict");
    }
    expect(await claimState(db, claim.id)).toEqual(before);
  });

  it("takes a verdict and an override only when concluding", async () => {
    const claim = await claimInStage(db, "RESEARCHING");
    const before = await claimState(db, claim.id);

    expectRefusal(await transitionOverHttp(db, "EDITOR", { id: claim.id, version: claim.version, to: "IN_REVIEW", verdict: "CONFIRMED" }), "BAD_REQUEST", "verdict");
    expectRefusal(
      await transitionOverHttp(db, "ADMIN", { id: claim.id, version: claim.version, to: "IN_REVIEW", overrideReason: "Breaking news" }),
      "BAD_REQUEST",
      "overrideReason",
    );
    expect(await claimState(db, claim.id)).toEqual(before);
  });
});

describe("claim.transition: stale versions", () => {
  it("refuses a move from a version someone else has already moved on, with CONFLICT and the current version", async () => {
    const claim = await claimInStage(db, "IN_REVIEW");
    const otherReviewer = await db.newUser("REVIEWER", "Second reviewer");
    // Two reviewers opened the claim at the same version; the first concludes it.
    await move(db, otherReviewer, claim, "CONCLUDED", { verdict: "LIKELY", note: "Probably right; one source only." });
    const before = await claimState(db, claim.id);

    const reply = await transitionOverHttp(db, "REVIEWER", { id: claim.id, version: claim.version, to: "CONCLUDED", ...CONCLUSION });

    const error = expectRefusal(reply, "CONFLICT");
    expect(error.data.currentVersion).toBe(claim.version + 1);
    expect(await claimState(db, claim.id)).toEqual(before);
    expect(before.claim.verdict).toBe("LIKELY");
  });

  it("gives CONFLICT for a stale version before judging the move itself", async () => {
    const claim = await claimInStage(db, "RESEARCHING");
    await db.api.claim.update({ id: claim.id, version: claim.version, claimant: "Interior ministry" });

    const reply = await transitionOverHttp(db, "EDITOR", { id: claim.id, version: claim.version, to: "IN_REVIEW" });

    const error = expectRefusal(reply, "CONFLICT");
    expect(error.data.currentVersion).toBe(claim.version + 1);
    expect((await db.api.claim.get({ id: claim.id })).stage).toBe("RESEARCHING");
  });

  it("moves the version on, so an edit begun before the move is a conflict rather than a lost update", async () => {
    const claim = await claimInStage(db, "RESEARCHING");
    const moved = await move(db, "EDITOR", claim, "IN_REVIEW");

    const error = await expectTRPCError(db.api.claim.update({ id: claim.id, version: claim.version, text: "Edited from an old page" }), "CONFLICT");

    expect(error.message).toContain(String(moved.version));
    expect((await db.api.claim.get({ id: claim.id })).text).toBe(claim.text);
  });
});

describe("claim.update cannot change the workflow", () => {
  it("refuses `stage` (and `verdict`) as fields that are not its own, and changes nothing", async () => {
    const claim = await claimInStage(db, "RESEARCHING");
    const before = await claimState(db, claim.id);
    const http = httpClient(db, "ADMIN");

    for (const field of ["stage", "verdict"] as const) {
      const value = field === "stage" ? "CONCLUDED" : "CONFIRMED";
      const reply = await http.mutation("claim.update", { id: claim.id, version: claim.version, [field]: value });
      expectRefusal(reply, "BAD_REQUEST", field);
    }
    expect(await claimState(db, claim.id)).toEqual(before);
  });
});

describe("the four-eyes rule", () => {
  it("lets a reviewer conclude a claim an editor researched", async () => {
    const claim = await claimInStage(db, "IN_REVIEW", { researcher: "EDITOR" });

    const concluded = await move(db, "REVIEWER", claim, "CONCLUDED", CONCLUSION);

    expect(concluded).toMatchObject({ stage: "CONCLUDED", verdict: CONCLUSION.verdict });
  });

  it("refuses a reviewer who alone researched the claim, naming `to`; another reviewer may conclude it", async () => {
    const claim = await claimInStage(db, "IN_REVIEW", { researcher: "REVIEWER" });
    const before = await claimState(db, claim.id);

    const reply = await transitionOverHttp(db, "REVIEWER", { id: claim.id, version: claim.version, to: "CONCLUDED", ...CONCLUSION });

    const error = expectRefusal(reply, "FORBIDDEN", "to");
    expect(error.message).toMatch(/four-eyes/i);
    expect(await claimState(db, claim.id)).toEqual(before);

    const secondReviewer = await db.newUser("REVIEWER", "Second reviewer");
    const concluded = await move(db, secondReviewer, claim, "CONCLUDED", CONCLUSION);
    expect(concluded).toMatchObject({ stage: "CONCLUDED", verdict: CONCLUSION.verdict });
  });

  it("does not let a reviewer override the rule with a reason: only an admin may", async () => {
    const claim = await claimInStage(db, "IN_REVIEW", { researcher: "REVIEWER" });
    const before = await claimState(db, claim.id);

    const reply = await transitionOverHttp(db, "REVIEWER", {
      id: claim.id,
      version: claim.version,
      to: "CONCLUDED",
      ...CONCLUSION,
      overrideReason: "Nobody else is on shift",
    });

    expectRefusal(reply, "FORBIDDEN");
    expect(await claimState(db, claim.id)).toEqual(before);
  });

  it("lets a reviewer conclude a claim they researched together with someone else", async () => {
    // The editor records the claim; the reviewer sources it, starts research and sends it to review.
    const claim = await db.as("EDITOR").claim.create(aStatementClaim());
    const reviewer = await db.newUser("REVIEWER", "Reviewer who also researched");
    await attachSource(db, reviewer, claim.id);
    let current: Claim = await db.api.claim.get({ id: claim.id });
    current = await move(db, reviewer, current, "RESEARCHING");
    current = await move(db, reviewer, current, "IN_REVIEW");

    const concluded = await move(db, reviewer, current, "CONCLUDED", CONCLUSION);

    expect(concluded.stage).toBe("CONCLUDED");
    const [entry] = (await historyOf(db, claim.id, "TRANSITION")).slice(-1);
    expect(entry).toMatchObject({ actorId: reviewer.id, override: false });
  });

  it("counts an edit of the claim as research", async () => {
    // The reviewer researched alone except that an editor corrected the claimant.
    const claim = await claimInStage(db, "RESEARCHING", { researcher: "REVIEWER" });
    const edited = await db.as("EDITOR").claim.update({ id: claim.id, version: claim.version, claimant: "Investigative Committee of Russia" });
    const inReview = await move(db, "REVIEWER", edited, "IN_REVIEW");

    const concluded = await move(db, "REVIEWER", inReview, "CONCLUDED", CONCLUSION);

    expect(concluded.stage).toBe("CONCLUDED");
  });

  it("does not count a comment as research", async () => {
    const claim = await claimInStage(db, "IN_REVIEW", { researcher: "REVIEWER" });
    await db.as("EDITOR").comment.create({ claimId: claim.id, text: "Looks right to me." });

    const reply = await transitionOverHttp(db, "REVIEWER", { id: claim.id, version: claim.version, to: "CONCLUDED", ...CONCLUSION });

    expectRefusal(reply, "FORBIDDEN", "to");
  });

  it("does not count sending a claim back to research as research: its only researcher still cannot conclude it", async () => {
    const author = await db.newUser("REVIEWER", "Reviewer who researched alone");
    const checker = await db.newUser("REVIEWER", "Reviewer who sent it back");
    let claim = await claimInStage(db, "IN_REVIEW", { researcher: author });
    // The second reviewer sends it back (a review, not research); the author sends it to review again.
    claim = await move(db, checker, claim, "RESEARCHING");
    claim = await move(db, author, claim, "IN_REVIEW");
    const before = await claimState(db, claim.id);

    const reply = await transitionOverHttp(db, author, { id: claim.id, version: claim.version, to: "CONCLUDED", ...CONCLUSION });

    expectRefusal(reply, "FORBIDDEN", "to");
    expect(await claimState(db, claim.id)).toEqual(before);
  });

  it("does not count reopening a claim as research: its only researcher still cannot conclude it again", async () => {
    const author = await db.newUser("REVIEWER", "Reviewer who researched alone");
    const checker = await db.newUser("REVIEWER", "Reviewer who concluded and reopened");
    let claim = await claimInStage(db, "CONCLUDED", { researcher: author, reviewer: checker });
    claim = await move(db, checker, claim, "RESEARCHING");
    claim = await move(db, author, claim, "IN_REVIEW");

    const reply = await transitionOverHttp(db, author, { id: claim.id, version: claim.version, to: "CONCLUDED", verdict: "FALSE", note: "Changed my mind." });

    expectRefusal(reply, "FORBIDDEN", "to");
    expect((await db.api.claim.get({ id: claim.id })).verdict).toBe(CONCLUSION.verdict);
  });
});

describe("the admin override", () => {
  it("needs a written reason, naming `overrideReason`", async () => {
    const claim = await claimInStage(db, "IN_REVIEW", { researcher: "ADMIN" });
    const before = await claimState(db, claim.id);

    const reply = await transitionOverHttp(db, "ADMIN", { id: claim.id, version: claim.version, to: "CONCLUDED", ...CONCLUSION });

    expectRefusal(reply, "FORBIDDEN", "overrideReason");
    expect(await claimState(db, claim.id)).toEqual(before);
  });

  it("concludes a claim the admin alone researched and records the override and its reason", async () => {
    const claim = await claimInStage(db, "IN_REVIEW", { researcher: "ADMIN" });
    const reason = "Only one of us on the night desk; the figure goes out in the 6 am bulletin.";

    const concluded = await move(db, "ADMIN", claim, "CONCLUDED", { ...CONCLUSION, overrideReason: reason });

    expect(concluded).toMatchObject({ stage: "CONCLUDED", verdict: CONCLUSION.verdict, verdictNote: CONCLUSION.note });
    const entries = await historyOf(db, claim.id, "TRANSITION");
    const entry = entries.at(-1)!;
    expect(entry).toMatchObject({ actorId: db.users.ADMIN.id, actorRole: "ADMIN", override: true, reason });
    expect(entry.changes).toContainEqual({ field: "verdict", from: "UNRATED", to: CONCLUSION.verdict });
    expect(entry.summary).toMatch(/overrid/i);
    // Only this entry is an override.
    expect((await historyOf(db, claim.id)).filter((e) => e.override)).toHaveLength(1);
  });

  it("is not recorded when no override was needed", async () => {
    const claim = await claimInStage(db, "IN_REVIEW", { researcher: "EDITOR" });

    await move(db, "ADMIN", claim, "CONCLUDED", { ...CONCLUSION, overrideReason: "Just in case" });

    const entry = (await historyOf(db, claim.id, "TRANSITION")).at(-1)!;
    expect(entry).toMatchObject({ override: false, reason: CONCLUSION.note });
  });
});

describe("reopening", () => {
  it("keeps the verdict on the claim and the earlier verdict in the history", async () => {
    const claim = await claimInStage(db, "CONCLUDED");
    expect(claim.verdict).toBe(CONCLUSION.verdict);

    const reopened = await move(db, "REVIEWER", claim, "RESEARCHING");

    expect(reopened).toMatchObject({ stage: "RESEARCHING", verdict: CONCLUSION.verdict, verdictNote: CONCLUSION.note });
    const reopenEntry = (await historyOf(db, claim.id, "TRANSITION")).at(-1)!;
    expect(reopenEntry.changes).toEqual([{ field: "stage", from: "CONCLUDED", to: "RESEARCHING" }]);
    expect(reopenEntry.summary).toContain(CONCLUSION.verdict);

    // Concluded again with another verdict: both verdicts stay in the history, in order.
    const inReview = await move(db, "EDITOR", reopened, "IN_REVIEW");
    const reconcluded = await move(db, "REVIEWER", inReview, "CONCLUDED", { verdict: "MISLEADING", note: "The figure counted the attackers too." });
    expect(reconcluded).toMatchObject({ verdict: "MISLEADING", verdictNote: "The figure counted the attackers too." });
    const verdictChanges = (await historyOf(db, claim.id, "TRANSITION")).flatMap((entry) => entry.changes.filter((change) => change.field === "verdict"));
    expect(verdictChanges).toEqual([
      { field: "verdict", from: "UNRATED", to: CONCLUSION.verdict },
      { field: "verdict", from: CONCLUSION.verdict, to: "MISLEADING" },
    ]);
  });
});

describe("a concluded claim is locked until it is reopened", () => {
  it("refuses a change to what it says with CONFLICT and the current version, and keeps assignment and re-check open", async () => {
    const claim = await claimInStage(db, "CONCLUDED");
    const before = await claimState(db, claim.id);

    const reply = await httpClient(db, "EDITOR").mutation("claim.update", { id: claim.id, version: claim.version, text: "Changed after the verdict" });
    const error = expectRefusal(reply, "CONFLICT");
    expect(error.message).toMatch(/concluded: a reviewer must reopen it/);
    expect(error.data.currentVersion).toBe(claim.version);
    // A stale editor hears first that someone else saved it.
    const stale = expectRefusal(await httpClient(db, "EDITOR").mutation("claim.update", { id: claim.id, version: 1, text: "Changed after the verdict" }), "CONFLICT");
    expect(stale.message).toMatch(/now at version/);
    expect(stale.data.currentVersion).toBe(claim.version);
    expect(await claimState(db, claim.id)).toEqual(before);

    const assigned = await db.api.claim.update({ id: claim.id, version: claim.version, assigneeId: db.users.EDITOR.id });
    expect(assigned.assigneeId).toBe(db.users.EDITOR.id);
  });

  it("refuses attaching, changing or detaching its evidence with CONFLICT, and changes nothing", async () => {
    const claim = await claimInStage(db, "CONCLUDED");
    const [evidence] = claim.evidence;
    const before = await claimState(db, claim.id);
    const other = await db.api.source.create(aSource());
    const nested = aSource();

    const refusals = [
      await httpClient(db, "EDITOR").mutation("evidence.attach", anEvidence(claim.id, other.id)),
      await httpClient(db, "EDITOR").mutation("evidence.attach", { claimId: claim.id, stance: "CONTRADICTS", source: nested }),
      await httpClient(db, "EDITOR").mutation("evidence.update", { id: evidence!.id, stance: "CONTRADICTS" }),
      await httpClient(db, "EDITOR").mutation("evidence.detach", { id: evidence!.id, reason: "Taken down by the publisher" }),
    ];
    for (const reply of refusals) {
      const error = expectRefusal(reply, "CONFLICT");
      // Said to an editor, who cannot reopen it themselves.
      expect(error.message).toMatch(/concluded: a reviewer must reopen it/);
      expect(error.data.currentVersion).toBe(claim.version);
    }
    expect(await claimState(db, claim.id)).toEqual(before);
    // The new source given with the refused evidence was not left behind either.
    expect(await db.prisma.source.count({ where: { url: nested.url } })).toBe(0);

    // Reopened, its evidence can change again.
    const reopened = await move(db, "REVIEWER", claim, "RESEARCHING");
    await db.api.evidence.update({ id: evidence!.id, stance: "CONTRADICTS" });
    expect((await db.api.claim.get({ id: reopened.id })).evidence[0]).toMatchObject({ id: evidence!.id, stance: "CONTRADICTS" });
  });
});

describe("assignment", () => {
  it("assigns a claim to an active editor or reviewer, and unassigns it with null", async () => {
    const claim = await db.api.claim.create(aStatementClaim());

    const toEditor = await db.api.claim.update({ id: claim.id, version: claim.version, assigneeId: db.users.EDITOR.id });
    expect(toEditor.assignee).toEqual({ id: db.users.EDITOR.id, name: db.users.EDITOR.name, role: "EDITOR" });
    const toReviewer = await db.api.claim.update({ id: claim.id, version: toEditor.version, assigneeId: db.users.REVIEWER.id });
    expect(toReviewer.assignee?.id).toBe(db.users.REVIEWER.id);
    const unassigned = await db.api.claim.update({ id: claim.id, version: toReviewer.version, assigneeId: null });
    expect(unassigned.assignee).toBeNull();

    const updates = await historyOf(db, claim.id, "UPDATE");
    expect(updates.map((entry) => entry.changes)).toEqual([
      [{ field: "assigneeId", from: null, to: db.users.EDITOR.id }],
      [{ field: "assigneeId", from: db.users.EDITOR.id, to: db.users.REVIEWER.id }],
      [{ field: "assigneeId", from: db.users.REVIEWER.id, to: null }],
    ]);
  });

  it("refuses a viewer, a deactivated editor and an unknown person, naming `assigneeId`", async () => {
    const claim = await db.api.claim.create(aStatementClaim());
    const formerEditor = await db.newUser("EDITOR", "Former editor");
    await db.as("ADMIN").user.deactivate({ id: formerEditor.id, reason: "Left the newsroom" });
    const before = await claimState(db, claim.id);
    const http = httpClient(db, "EDITOR");

    for (const assigneeId of [db.users.VIEWER.id, formerEditor.id, "no-such-user"]) {
      const reply = await http.mutation("claim.update", { id: claim.id, version: claim.version, assigneeId });
      expectRefusal(reply, "BAD_REQUEST", "assigneeId");
    }
    expect(await claimState(db, claim.id)).toEqual(before);
  });
});

describe("claim.list views", () => {
  it("MINE lists the claims assigned to the caller", async () => {
    const { id: eventId } = await db.api.event.create(anEvent());
    const me = await db.newUser("EDITOR", "Editor with claims");
    const colleague = await db.newUser("EDITOR", "Colleague");
    const assign = async (assigneeId: string | null) => {
      const claim = await db.api.claim.create(aStatementClaim({ eventId }));
      return assigneeId ? db.api.claim.update({ id: claim.id, version: claim.version, assigneeId }) : claim;
    };
    const mine = [await assign(me.id), await assign(me.id)];
    const theirs = await assign(colleague.id);
    await assign(null);

    const ids = async (who: typeof me) => (await db.as(who).claim.list({ eventId, view: "MINE" })).items.map((c) => c.id).sort();
    expect(await ids(me)).toEqual(mine.map((c) => c.id).sort());
    expect(await ids(colleague)).toEqual([theirs.id]);
    expect((await db.as("VIEWER").claim.list({ eventId, view: "MINE" })).items).toEqual([]);
  });

  it("WAITING_FOR_REVIEW lists the claims in review, and only those", async () => {
    const { id: eventId } = await db.api.event.create(anEvent());
    const byStage = {} as Record<ClaimStage, Claim>;
    for (const stage of CLAIM_STAGES) byStage[stage] = await claimInStage(db, stage, { overrides: { eventId } });

    const waiting = await db.as("REVIEWER").claim.list({ eventId, view: "WAITING_FOR_REVIEW" });

    expect(waiting.items.map((c) => c.id)).toEqual([byStage.IN_REVIEW.id]);
    // Sent back to research, it leaves the view.
    await move(db, "REVIEWER", byStage.IN_REVIEW, "RESEARCHING");
    expect((await db.as("REVIEWER").claim.list({ eventId, view: "WAITING_FOR_REVIEW" })).items).toEqual([]);
  });

  it("DUE_FOR_RECHECK lists the claims whose re-check time has passed", async () => {
    const { id: eventId } = await db.api.event.create(anEvent());
    const withRecheck = async (recheckAt: Date | null) => {
      const claim = await db.api.claim.create(aStatementClaim({ eventId }));
      return recheckAt ? db.api.claim.update({ id: claim.id, version: claim.version, recheckAt }) : claim;
    };
    const overdue = await withRecheck(new Date(Date.now() - 60 * 60 * 1000));
    const justDue = await withRecheck(new Date(Date.now() - 1000));
    await withRecheck(new Date(Date.now() + 24 * 60 * 60 * 1000));
    await withRecheck(null);

    const due = await db.as("VIEWER").claim.list({ eventId, view: "DUE_FOR_RECHECK" });

    expect(due.items.map((c) => c.id).sort()).toEqual([overdue.id, justDue.id].sort());
    expect(due.items.every((c) => c.recheckAt !== null && c.recheckAt.getTime() <= Date.now())).toBe(true);
  });
});

describe("comments", () => {
  it("an editor comments on a claim; the comment has its author and time and is in the history", async () => {
    const claim = await researchedClaim(db);
    const startedAt = Date.now();

    const comment = await db.as("EDITOR").comment.create({ claimId: claim.id, text: "  The ministry updated its figure at 10:00.  " });

    expect(comment).toMatchObject({
      claimId: claim.id,
      text: "The ministry updated its figure at 10:00.",
      author: { id: db.users.EDITOR.id, name: db.users.EDITOR.name, role: "EDITOR" },
    });
    expect(comment.createdAt.getTime()).toBeGreaterThanOrEqual(startedAt - 5_000);
    const [entry] = await historyOf(db, claim.id, "CREATE").then((entries) => entries.filter((e) => e.entityType === "COMMENT"));
    expect(entry).toMatchObject({ entityId: comment.id, actorId: db.users.EDITOR.id });
  });

  it("lists a claim's comments newest first, each with its author, to anyone signed in", async () => {
    const claim = await researchedClaim(db);
    const texts: string[] = [];
    for (const [i, role] of (["EDITOR", "REVIEWER", "ADMIN"] as const).entries()) {
      texts.push(`Comment ${i + 1} by the ${role.toLowerCase()}`);
      await db.as(role).comment.create({ claimId: claim.id, text: texts[i]! });
    }
    const other = await researchedClaim(db);
    await db.api.comment.create({ claimId: other.id, text: "On another claim" });

    const page = await db.as("VIEWER").comment.list({ claimId: claim.id });

    expect(page.items.map((c) => [c.text, c.author.id])).toEqual([
      [texts[2], db.users.ADMIN.id],
      [texts[1], db.users.REVIEWER.id],
      [texts[0], db.users.EDITOR.id],
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it("refuses a viewer's comment with FORBIDDEN and stores nothing", async () => {
    const claim = await researchedClaim(db);

    const reply = await httpClient(db, "VIEWER").mutation("comment.create", { claimId: claim.id, text: "I disagree" });

    expectRefusal(reply, "FORBIDDEN");
    expect((await db.api.comment.list({ claimId: claim.id })).items).toEqual([]);
    expect(await db.prisma.comment.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("refuses a comment on a claim that does not exist, naming `claimId`", async () => {
    const reply = await httpClient(db, "EDITOR").mutation("comment.create", { claimId: "no-such-claim", text: "Hello" });

    expectFieldError(expectRefusal(reply, "BAD_REQUEST"), "claimId");
  });
});
