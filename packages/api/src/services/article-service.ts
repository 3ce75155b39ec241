import type { z } from "zod";
import type { Prisma, PrismaClient } from "@claimdesk/db";
import type { articleExtractInput, articleImportInput } from "@claimdesk/schemas";
import { extractClaims } from "@claimdesk/analysis";
import type { Actor } from "../auth/actor";
import { InvalidInputError, asNestedFields } from "../errors";
import { insertClaim } from "./claim-service";
import { keyOf } from "./duplicate-service";
import { insertEvidence } from "./evidence-service";
import { insertSource } from "./source-service";

const knownSourceSelect = { id: true, url: true, title: true, publisher: true, publishedAt: true, type: true } satisfies Prisma.SourceSelect;

const recordedSelect = { id: true, version: true, kind: true, text: true, stage: true } satisfies Prisma.ClaimSelect;

/** The claim already recorded that this one repeats (same key), unless the editor imports it again on purpose. */
async function recordedAlready(tx: Prisma.TransactionClient, claim: z.output<typeof articleImportInput>["claims"][number]["claim"]) {
  const key = keyOf(claim, claim.allowDuplicate);
  return key === null ? null : tx.claim.findUnique({ where: { duplicateKey: key }, select: recordedSelect });
}

/**
 * The report as supporting evidence for a claim already recorded (unless it already is, or the claim is concluded:
 * its evidence is locked until it is reopened), with a note in words for the editor.
 */
async function addReportTo(
  tx: Prisma.TransactionClient,
  actor: Actor,
  claim: Prisma.ClaimGetPayload<{ select: typeof recordedSelect }>,
  sourceId: string,
  excerpt: string | undefined,
) {
  const linked = await tx.evidence.findUnique({ where: { claimId_sourceId: { claimId: claim.id, sourceId } }, select: { id: true } });
  const locked = claim.stage === "CONCLUDED";
  const evidence = linked ?? (locked ? null : await insertEvidence(tx, actor, { claimId: claim.id, sourceId, stance: "SUPPORTS", excerpt }));
  const note = linked
    ? "Already recorded, with this report as its evidence: nothing was added."
    : locked
      ? "Already recorded and concluded: reopen it to add this report as evidence."
      : "Already recorded: this report was added to its evidence instead of recording the claim again.";
  return { id: claim.id, version: claim.version, kind: claim.kind, text: claim.text, evidenceId: evidence?.id ?? null, duplicateOf: claim.id, note };
}

/**
 * Suggested claims in a pasted report, each with the sentence it came from. Reads nothing but the text, and
 * says whether the report is already recorded as a source.
 */
export async function extractArticle(db: PrismaClient, { text, url, publishedAt }: z.output<typeof articleExtractInput>) {
  const source = url ? await db.source.findUnique({ where: { url }, select: knownSourceSelect }) : null;
  return { suggestions: extractClaims({ text, url, publishedAt }), source };
}

/**
 * Accepted suggestions become claims with the report as their source and their sentence as the evidence
 * excerpt. All or nothing: one refused claim leaves no source, claim or evidence behind. A suggestion already
 * recorded as a claim (the same claimant's same figure or attribution in the event) is not recorded twice: the
 * report is added to that claim's evidence, and its answer names it (`duplicateOf`, `note`).
 */
export async function importArticle(db: PrismaClient, actor: Actor, { claims, eventId, ...report }: z.output<typeof articleImportInput>) {
  return db.$transaction(
    async (tx) => {
      if (eventId && !(await tx.event.findUnique({ where: { id: eventId }, select: { id: true } }))) {
        throw new InvalidInputError("eventId", `No event with id ${eventId}`);
      }
      const known = await tx.source.findUnique({ where: { url: report.url }, select: { id: true } });
      const sourceId = known?.id ?? (await insertSource(tx, actor, report));
      const source = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: knownSourceSelect });
      const from = ` from the report "${source.title ?? source.url}"`;

      const created = [];
      for (const [index, { claim, excerpt }] of claims.entries()) {
        const input = { ...claim, eventId: claim.eventId ?? eventId };
        // A claim already recorded is not recorded again: the report becomes evidence for it, and the answer says so.
        const existing = await recordedAlready(tx, input);
        if (existing) {
          created.push(await addReportTo(tx, actor, existing, sourceId, excerpt));
          continue;
        }
        const recorded = await asNestedFields(`claims.${index}.claim`, () => insertClaim(tx, actor, input, from));
        const evidence = await insertEvidence(tx, actor, { claimId: recorded.id, sourceId, stance: "SUPPORTS", excerpt });
        created.push({ id: recorded.id, version: recorded.version, kind: recorded.kind, text: recorded.text, evidenceId: evidence.id as string | null, duplicateOf: null, note: null });
      }
      return { source: { ...source, created: !known }, claims: created };
    },
    // A long report makes many small writes; the default 5 s would refuse a big import on a busy machine.
    { timeout: 60_000 },
  );
}
