import type { z } from "zod";
import type { FieldChange, Prisma, PrismaClient } from "@claimdesk/db";
import {
  claimStageLabel,
  duplicateIdentity,
  figureWords,
  findTransition,
  roleAtLeast,
  aRole,
  shortText,
  transitionsFrom,
  verdictLabel,
  type ClaimKind,
  type EvidenceStance,
  type claimCreateInput,
  type claimDeleteInput,
  type claimListInput,
  type claimTransitionInput,
  type claimUpdateInput,
} from "@claimdesk/schemas";
import type { Actor } from "../auth/actor";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "../errors";
import { changePhrases, changedFields, fieldWords, listOfPhrases, recordHistory } from "./history-service";
import { independenceOf, loadSourceChains, originsOf } from "./origin-service";
import { concludedClaimRefusal, lockClaimRow } from "./concluded-lock";
import { recordDetachment } from "./evidence-service";
import { pageQuery, toPage } from "./pagination";
import { countedFrom, withEvidenceCounts } from "./page-counts";
import { claimDetailSelect, claimSummarySelect } from "./selects";
import { keyOf, refuseDuplicate, refusingRacedDuplicates } from "./duplicate-service";
import { claimIdsMatching, type ClaimListScope } from "./search-service";

type Tx = Prisma.TransactionClient;
type ClaimDetail = Awaited<ReturnType<typeof getClaim>>;

export async function listClaims(db: PrismaClient, actor: Actor, input: z.output<typeof claimListInput>) {
  const page = pageQuery(input);
  const view: Prisma.ClaimWhereInput =
    input.view === "MINE"
      ? { assigneeId: actor.id }
      : input.view === "WAITING_FOR_REVIEW"
        ? { stage: "IN_REVIEW" }
        : input.view === "DUE_FOR_RECHECK"
          ? { recheckAt: { lte: new Date() } }
          : {};
  // The same views for the search index's query.
  const viewScope: ClaimListScope["view"] =
    input.view === "MINE"
      ? { assigneeId: actor.id }
      : input.view === "WAITING_FOR_REVIEW"
        ? { stage: "IN_REVIEW" }
        : input.view === "DUE_FOR_RECHECK"
          ? { recheckBefore: new Date() }
          : undefined;
  const rows = await db.claim.findMany({
    where: {
      ...page.after,
      eventId: input.eventId,
      kind: input.kind,
      stage: input.stage,
      verdict: input.verdict,
      assigneeId: input.assigneeId,
      AND: [
        view,
        // Words through the search index: the page's matching ids, found with every filter above (search-service.ts).
        ...(input.q ? [{ id: { in: await claimIdsMatching(db, input.q, { ...input, view: viewScope }, { cursor: input.cursor, take: page.take }) } }] : []),
      ],
    },
    orderBy: page.orderBy,
    take: page.take,
    select: claimSummarySelect,
  });
  const paged = toPage(rows, input.limit);
  return { ...paged, items: await withEvidenceCounts(db, paged.items) };
}

export async function getClaim(db: PrismaClient | Tx, id: string) {
  const claim = await db.claim.findUnique({ where: { id }, select: claimDetailSelect });
  if (!claim) throw new NotFoundError("claim", id);
  return claimDetailOf(claim);
}

/** A claim as read with claimDetailSelect, in the shape claim.get answers: each evidence item names its claim. */
function claimDetailOf(claim: Prisma.ClaimGetPayload<{ select: typeof claimDetailSelect }>) {
  const itself = { id: claim.id, text: claim.text, kind: claim.kind };
  return countedFrom({ ...claim, evidence: claim.evidence.map((item) => ({ ...item, claim: itself })) }, "evidence", claim.evidence);
}

/**
 * A claim as its page shows it: each evidence item with the origin its source traces back to, and how many
 * independent origins stand behind the claim ("5 sources, 2 independent origins"), per stance.
 */
export async function getClaimWithOrigins(db: PrismaClient, id: string) {
  const claim = await getClaim(db, id);
  const sourceIds = claim.evidence.map((item) => item.sourceId);
  const chains = await loadSourceChains(db, sourceIds);
  const origins = originsOf(sourceIds, chains);
  const withStance = (stance: EvidenceStance) => independenceOf(claim.evidence.filter((item) => item.stance === stance).map((item) => item.sourceId), chains);
  return {
    ...claim,
    evidence: claim.evidence.map((item) => ({ ...item, originId: origins.get(item.sourceId)!.originId })),
    independence: {
      all: independenceOf(sourceIds, chains),
      supporting: withStance("SUPPORTS"),
      contradicting: withStance("CONTRADICTS"),
      context: withStance("CONTEXT"),
    },
  };
}

async function requireEvent(tx: Tx, eventId: string | null | undefined): Promise<void> {
  if (eventId && !(await tx.event.findUnique({ where: { id: eventId }, select: { id: true } }))) {
    throw new InvalidInputError("eventId", `No event with id ${eventId}`);
  }
}

/** Claims are assigned to people who can work on them: active editors, reviewers or admins. */
async function requireAssignee(tx: Tx, assigneeId: string | null | undefined): Promise<void> {
  if (!assigneeId) return;
  const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { role: true, deactivatedAt: true } });
  if (!user) throw new InvalidInputError("assigneeId", `No user with id ${assigneeId}`);
  if (user.deactivatedAt) throw new InvalidInputError("assigneeId", "That account is deactivated");
  if (!roleAtLeast(user.role, "EDITOR")) throw new InvalidInputError("assigneeId", "Claims can be assigned only to editors, reviewers and admins");
}

/** Stale version: CONFLICT naming the current one. */
async function versionConflict(tx: Tx, id: string, version: number): Promise<never> {
  const latest = await tx.claim.findUnique({ where: { id }, select: { version: true } });
  if (!latest) throw new NotFoundError("claim", id);
  throw new ConflictError(
    `Someone else saved this claim after you opened it: it is now at version ${latest.version}, you edited version ${version}. ` +
      "Reload it to see their changes, then apply yours again.",
    { currentVersion: latest.version },
  );
}

const CLAIM_FIELDS = ["eventId", "kind", "text", "claimant", "claimedAt", "assigneeId", "recheckAt"] as const;
const CASUALTY_FIELDS = ["metric", "population", "qualifier", "min", "max", "asOf", "reportedAs"] as const;
const RESPONSIBILITY_FIELDS = ["actor", "attribution", "channel", "assessment"] as const;

/** Every field of the claim that history tracks, details included ("casualty.min"). */
function claimChanges(before: ClaimDetail | null, after: ClaimDetail | null): FieldChange[] {
  return [
    ...changedFields(before, after, CLAIM_FIELDS),
    ...changedFields(before?.casualty ?? null, after?.casualty ?? null, CASUALTY_FIELDS, "casualty."),
    ...changedFields(before?.responsibility ?? null, after?.responsibility ?? null, RESPONSIBILITY_FIELDS, "responsibility."),
  ];
}

const figureOf = (claim: ClaimDetail | null) => (claim?.casualty ? figureWords(claim.casualty) : null);

/** The casualty fields the figure's words say ("at least 133 civilians killed"); the words as reported and the as-of time are phrased on their own. */
const FIGURE_FIELDS: ReadonlySet<string> = new Set(["casualty.metric", "casualty.population", "casualty.qualifier", "casualty.min", "casualty.max"]);

/**
 * "changed the figure from at least 115 killed to at least 133 killed and assigned it to Ana". Every change is said
 * by a phrase, so the summary never says less than the list of changes beside it: the figure's fields by the
 * figure when its words changed (each on its own when they did not), the assignee and event by name.
 */
function describeClaimChanges(before: ClaimDetail, after: ClaimDetail, changes: FieldChange[]): string {
  const phrases: string[] = [];
  const [beforeFigure, afterFigure] = [figureOf(before), figureOf(after)];
  // A figure recorded or removed whole says all its fields; a changed one, those its words say.
  const sayFigure = beforeFigure !== afterFigure;
  const saidByFigure = (field: string) => sayFigure && (beforeFigure && afterFigure ? FIGURE_FIELDS.has(field) : field.startsWith("casualty."));
  if (sayFigure) {
    phrases.push(beforeFigure && afterFigure ? `changed the figure from ${beforeFigure} to ${afterFigure}` : `set the figure to ${afterFigure ?? "none"}`);
  }
  const fields = new Set(changes.map(({ field }) => field));
  if (fields.has("assigneeId")) phrases.push(after.assignee ? `assigned it to ${after.assignee.name}` : "unassigned it");
  if (fields.has("eventId")) phrases.push(after.event ? `moved it to the event "${after.event.title}"` : "took it out of its event");
  const rest = changes.filter(({ field }) => !saidByFigure(field) && field !== "assigneeId" && field !== "eventId");
  phrases.push(...changePhrases(rest, fieldWords));
  return listOfPhrases(phrases) ?? "saved it without changes";
}

/**
 * claim.create reads nothing before it writes: the event's foreign key refuses an unknown event (naming eventId,
 * errors.ts) and the unique duplicate key a repeated claim (naming the first, refusingRacedDuplicates), each rolling
 * the whole transaction back. Two statements fewer per claim than checking first.
 */
export async function createClaim(db: PrismaClient, actor: Actor, input: z.output<typeof claimCreateInput>) {
  return refusingRacedDuplicates(db, (keys) => db.$transaction((tx) => insertClaim(tx, actor, input, "", keys, { checkFirst: false })));
}

/**
 * Records a claim, with its history entry, inside the caller's transaction; `how` ends the entry's summary (" from
 * the report …"). A claim that repeats one already recorded is refused (ConflictError naming it) unless
 * allowDuplicate; `keys` tells the caller which duplicate key was written (see refusingRacedDuplicates). With
 * `checkFirst` (the default) the event and the key are checked before the write, so that a caller recording several
 * claims in one transaction hears the refusal as an error it can name, rather than a failed statement.
 */
export async function insertClaim(
  tx: Tx,
  actor: Actor,
  input: z.output<typeof claimCreateInput>,
  how = "",
  keys: { key: string | null } = { key: null },
  { checkFirst = true } = {},
) {
  const { casualty, responsibility, allowDuplicate, ...fields } = input;
  keys.key = keyOf({ ...fields, casualty, responsibility }, allowDuplicate);
  if (checkFirst) {
    await requireEvent(tx, fields.eventId);
    await refuseDuplicate(tx, keys.key);
  }
  const created = await tx.claim.create({
    data: {
      ...fields,
      duplicateKey: keys.key,
      casualty: casualty ? { create: casualty } : undefined,
      responsibility: responsibility ? { create: responsibility } : undefined,
    },
    select: claimDetailSelect,
  });
  const claim = claimDetailOf(created);
  const figure = figureOf(claim);
  await recordHistory(tx, actor, {
    entityType: "CLAIM",
    entityId: claim.id,
    claimId: claim.id,
    eventId: claim.event?.id,
    action: "CREATE",
    summary: (figure ? `recorded the claim "${figure}"` : `recorded the claim "${shortText(claim.text, 80)}"`) + how,
    changes: claimChanges(null, claim),
  });
  return claim;
}

const detailKeyOf: Record<ClaimKind, "casualty" | "responsibility" | null> = {
  CASUALTY_COUNT: "casualty",
  RESPONSIBILITY: "responsibility",
  STATEMENT: null,
};

/**
 * Applies an editor's changes if nobody saved the claim since the version they started from; otherwise
 * CONFLICT naming the current version. The version check and the write are one statement, so two saves
 * racing each other cannot both succeed. A save that changes nothing keeps the version and writes no history.
 */
export async function updateClaim(db: PrismaClient, actor: Actor, input: z.output<typeof claimUpdateInput>) {
  const { id, version, casualty, responsibility, allowDuplicate, ...fields } = input;
  return refusingRacedDuplicates(db, (keys) => db.$transaction(async (tx) => {
    const before = await getClaim(tx, id);
    // A verdict rests on what the claim said when it was concluded: to change that, reopen it first.
    const contentChanged = (["eventId", "kind", "text", "claimant", "claimedAt"] as const).some((field) => fields[field] !== undefined);
    if (before.stage === "CONCLUDED" && (contentChanged || casualty || responsibility)) {
      // A stale editor is told that first: the claim they saw may not have been concluded yet.
      if (before.version !== version) await versionConflict(tx, id, version);
      throw concludedClaimRefusal(actor, "changing what it says", before.version, " Its assignee and re-check date can still be changed.");
    }
    const kind = fields.kind ?? before.kind;
    const wanted = detailKeyOf[kind];
    if (casualty && wanted !== "casualty") throw new InvalidInputError("casualty", "Only a CASUALTY_COUNT claim takes casualty details");
    if (responsibility && wanted !== "responsibility") {
      throw new InvalidInputError("responsibility", "Only a RESPONSIBILITY claim takes responsibility details");
    }
    await requireEvent(tx, fields.eventId);
    // Only a new assignee is checked: a claim assigned to someone since deactivated can still be saved.
    if (fields.assigneeId !== before.assigneeId) await requireAssignee(tx, fields.assigneeId);

    const { count } = await tx.claim.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) await versionConflict(tx, id, version);

    if (wanted !== "casualty") await tx.casualtyDetail.deleteMany({ where: { claimId: id } });
    if (wanted !== "responsibility") await tx.responsibilityDetail.deleteMany({ where: { claimId: id } });
    if (casualty) await tx.casualtyDetail.upsert({ where: { claimId: id }, create: { claimId: id, ...casualty }, update: casualty });
    if (responsibility) {
      await tx.responsibilityDetail.upsert({ where: { claimId: id }, create: { claimId: id, ...responsibility }, update: responsibility });
    }
    const after = await getClaim(tx, id);
    // Only a change of who asserted what takes a new key: a duplicate saved on purpose stays one when its text is edited.
    if (duplicateIdentity(after) !== duplicateIdentity(before)) {
      keys.key = keyOf(after, allowDuplicate);
      await refuseDuplicate(tx, keys.key, id);
      await tx.claim.update({ where: { id }, data: { duplicateKey: keys.key } });
    }
    const changes = claimChanges(before, after);
    if (changes.length === 0) {
      // Nothing changed: undo the version bump (the transaction's row lock keeps this safe).
      await tx.claim.update({ where: { id }, data: { version } });
      return getClaim(tx, id);
    }
    await recordHistory(tx, actor, {
      entityType: "CLAIM",
      entityId: id,
      claimId: id,
      // Shown on the event's timeline too (both events' when the claim moved between them).
      eventId: after.event?.id ?? before.event?.id,
      action: "UPDATE",
      summary: describeClaimChanges(before, after, changes),
      changes,
    });
    return after;
  }));
}

export async function deleteClaim(db: PrismaClient, actor: Actor, { id, version, reason }: z.output<typeof claimDeleteInput>) {
  return db.$transaction(async (tx) => {
    await lockClaimRow(tx, id);
    const before = await getClaim(tx, id);
    const { count } = await tx.claim.deleteMany({ where: { id, ...(version === undefined ? {} : { version }) } });
    if (count === 0) {
      const latest = await tx.claim.findUnique({ where: { id }, select: { version: true } });
      if (!latest) throw new NotFoundError("claim", id);
      throw new ConflictError(`The claim changed since version ${version} (it is now at version ${latest.version}); reload it before deleting.`, {
        currentVersion: latest.version,
      });
    }
    // The evidence goes with the claim (cascade); each source's timeline keeps a trace of it.
    for (const evidence of before.evidence) await recordDetachment(tx, actor, evidence, reason, " (the claim was deleted)");
    await recordHistory(tx, actor, {
      entityType: "CLAIM",
      entityId: id,
      claimId: id,
      eventId: before.event?.id,
      action: "DELETE",
      summary: `deleted the claim "${shortText(before.text, 80)}"`,
      changes: claimChanges(before, null),
      reason,
    });
    return { id };
  });
}

/** History actions that count as researching a claim, for the four-eyes rule. */
function isResearch(entry: { entityType: string; action: string; changes: unknown }): boolean {
  if (entry.entityType === "EVIDENCE") return true;
  if (entry.entityType !== "CLAIM") return false;
  if (entry.action === "CREATE" || entry.action === "UPDATE") return true;
  if (entry.action !== "TRANSITION") return false;
  // Starting research and sending to review are research; concluding, reopening and sending back are review.
  const stage = (entry.changes as Array<{ field: string; from: unknown; to: unknown }>).find((change) => change.field === "stage");
  return (stage?.from === "NEW" && stage.to === "RESEARCHING") || stage?.to === "IN_REVIEW";
}

/** The people who worked on a claim before review: whoever recorded, edited, sourced or moved it along. */
async function researchersOf(tx: Tx, claimId: string): Promise<Set<string>> {
  const entries = await tx.historyEntry.findMany({
    where: { claimId, actorId: { not: null }, entityType: { in: ["CLAIM", "EVIDENCE"] } },
    select: { actorId: true, entityType: true, action: true, changes: true },
  });
  return new Set(entries.filter(isResearch).flatMap((entry) => (entry.actorId ? [entry.actorId] : [])));
}

/** The verdicts that say the claim holds: they must rest on at least one source that supports it. */
const VERDICTS_NEEDING_SUPPORT: ReadonlySet<string> = new Set(["CONFIRMED", "LIKELY"]);

/**
 * Moves a claim along the review workflow (see TRANSITIONS). Concluding needs the REVIEWER role, a verdict, a
 * note and at least one evidence item, and someone other than its only researcher (the four-eyes rule), unless
 * an admin overrides with a reason. Reopening keeps the verdict: the history shows what it was.
 */
export async function transitionClaim(db: PrismaClient, actor: Actor, input: z.output<typeof claimTransitionInput>) {
  const { id, version, to, verdict, note, overrideReason } = input;
  return db.$transaction(async (tx) => {
    await lockClaimRow(tx, id);
    const before = await getClaim(tx, id);
    if (before.version !== version) await versionConflict(tx, id, version);
    const transition = findTransition(before.stage, to);
    if (!transition) {
      const allowed = transitionsFrom(before.stage).map((move) => move.to);
      const stage = (name: typeof to) => `${claimStageLabel[name]} (${name})`;
      throw new InvalidInputError(
        "to",
        `A claim in stage ${stage(before.stage)} cannot move to ${stage(to)}; from ${claimStageLabel[before.stage]} it can move to ${allowed.map(stage).join(" or ") || "nothing"}`,
      );
    }
    if (!roleAtLeast(actor.role, transition.minRole)) {
      throw new ForbiddenError(`Only ${aRole(transition.minRole)} or higher may ${transition.label.toLowerCase()} a claim; you are signed in as ${aRole(actor.role)}`);
    }

    let override = false;
    if (to === "CONCLUDED") {
      if (before._count.evidence === 0) throw new InvalidInputError("to", "Concluding needs at least one evidence item: attach a source first");
      // A figure confirmed on contradicting or context sources alone would be printed as fact on nothing.
      if (verdict && VERDICTS_NEEDING_SUPPORT.has(verdict) && !before.evidence.some((item) => item.stance === "SUPPORTS")) {
        throw new InvalidInputError(
          "verdict",
          `A ${verdictLabel[verdict]} verdict needs at least one supporting source; this claim's evidence only contradicts it or gives context`,
        );
      }
      const researchers = await researchersOf(tx, id);
      const aloneResearched = researchers.size === 1 && researchers.has(actor.id);
      if (aloneResearched) {
        if (actor.role !== "ADMIN") {
          throw new ForbiddenError("You alone researched this claim: another reviewer must conclude it (four-eyes rule)", "to");
        }
        if (!overrideReason) {
          throw new ForbiddenError("You alone researched this claim: as an admin you may conclude it only with an override reason", "overrideReason");
        }
        override = true;
      }
    }

    const data: Prisma.ClaimUpdateManyMutationInput = { stage: to, version: { increment: 1 } };
    if (to === "CONCLUDED") Object.assign(data, { verdict, verdictNote: note });
    const { count } = await tx.claim.updateMany({ where: { id, version }, data });
    if (count === 0) await versionConflict(tx, id, version);

    const after = await getClaim(tx, id);
    const changes = [
      ...changedFields(before, after, ["stage", "verdict"] as const),
      ...changedFields({ verdictNote: before.verdictNote }, { verdictNote: after.verdictNote }, ["verdictNote"] as const),
    ];
    const summary =
      to === "CONCLUDED"
        ? `concluded it ${after.verdict}${override ? ", overriding the four-eyes rule" : ""}: ${note ?? ""}`
        : to === "RESEARCHING" && before.stage === "CONCLUDED"
          ? `reopened it (it was concluded ${verdictLabel[before.verdict].toUpperCase()}); it is ${claimStageLabel[to].toLowerCase()} again`
          : transition.verb;
    await recordHistory(tx, actor, {
      entityType: "CLAIM",
      entityId: id,
      claimId: id,
      eventId: after.event?.id,
      action: "TRANSITION",
      summary,
      changes,
      reason: override ? (overrideReason ?? null) : (note ?? null),
      override,
    });
    return after;
  });
}
