import type { z } from "zod";
import type { Prisma, PrismaClient } from "@claimdesk/db";
import type { articleExtractInput, articleImportInput } from "@claimdesk/schemas";
import { extractClaims } from "@claimdesk/analysis";
import type { Actor } from "../auth/actor";
import { InvalidInputError, asNestedFields } from "../errors";
import { insertClaim } from "./claim-service";
import { insertEvidence } from "./evidence-service";
import { insertSource } from "./source-service";

const knownSourceSelect = { id: true, url: true, title: true, publisher: true, publishedAt: true, type: true } satisfies Prisma.SourceSelect;

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
 * excerpt. All or nothing: one refused claim leaves no source, claim or evidence behind.
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
        const recorded = await asNestedFields(`claims.${index}.claim`, () => insertClaim(tx, actor, { ...claim, eventId: claim.eventId ?? eventId }, from));
        const evidence = await insertEvidence(tx, actor, { claimId: recorded.id, sourceId, stance: "SUPPORTS", excerpt });
        created.push({ id: recorded.id, version: recorded.version, kind: recorded.kind, text: recorded.text, evidenceId: evidence.id });
      }
      return { source: { ...source, created: !known }, claims: created };
    },
    // A long report makes many small writes; the default 5 s would refuse a big import on a busy machine.
    { timeout: 60_000 },
  );
}
