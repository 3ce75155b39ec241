import { claimCreateInput, claimStageLabel, eventCreateInput, evidenceDetailsInput, shortText, sourceCreateInput, verdictLabel } from "@claimdesk/schemas";
import type { PrismaClient } from "../generated/prisma/client";
import { duplicateKeyOf } from "../duplicate-key";
import { SYSTEM_ACTOR, writeHistory } from "../history";
import { DEMO_EVENT_ID, demoClaims, demoEvent, demoSources } from "./crocus-city-hall";

export type SeedOutcome = { seeded: true; claims: number; sources: number } | { seeded: false; reason: string };

/**
 * Writes the demo event with its claims, sources and evidence in one transaction. The demo data passes through
 * the same schemas as any API write, so it obeys the same rules.
 */
export async function seedDemo(prisma: PrismaClient): Promise<SeedOutcome> {
  if (await prisma.event.findUnique({ where: { id: DEMO_EVENT_ID }, select: { id: true } })) {
    return { seeded: false, reason: "the demo event is already there" };
  }
  const event = eventCreateInput.parse(demoEvent);
  const sources = demoSources.map(({ key, repeats, ...source }) => ({ key, repeats, data: sourceCreateInput.parse(source) }));
  const claims = demoClaims.map(({ stage, verdict, verdictNote, evidence, ...claim }) => ({
    data: claimCreateInput.parse({ ...claim, eventId: DEMO_EVENT_ID }),
    workflow: { stage, verdict, verdictNote },
    evidence: evidence.map(({ source, ...item }) => ({
      source,
      data: evidenceDetailsInput.parse(item),
    })),
  }));

  // The demo's own history says where its records came from.
  const actor = { ...SYSTEM_ACTOR, name: "Demo data" };
  await prisma.$transaction(async (tx) => {
    await tx.event.create({ data: { id: DEMO_EVENT_ID, ...event } });
    await writeHistory(tx, actor, { entityType: "EVENT", entityId: DEMO_EVENT_ID, eventId: DEMO_EVENT_ID, action: "CREATE", summary: "recorded this event" });
    const sourceIds = new Map<string, string>();
    for (const { key, repeats, data } of sources) {
      const repeatsSourceId = repeats ? sourceIds.get(repeats) : undefined;
      const created = await tx.source.create({ data: { ...data, repeatsSourceId }, select: { id: true } });
      sourceIds.set(key, created.id);
      await writeHistory(tx, actor, { entityType: "SOURCE", entityId: created.id, sourceId: created.id, action: "CREATE", summary: "recorded this source" });
    }
    for (const { data, workflow, evidence } of claims) {
      const { casualty, responsibility, allowDuplicate, ...fields } = data;
      const claim = await tx.claim.create({
        select: { id: true, evidence: { select: { id: true, sourceId: true, stance: true, source: { select: { title: true, url: true } } } } },
        data: {
          ...fields,
          ...workflow,
          duplicateKey: duplicateKeyOf({ ...fields, casualty, responsibility }, { allowDuplicate }),
          casualty: casualty ? { create: casualty } : undefined,
          responsibility: responsibility ? { create: responsibility } : undefined,
          evidence: {
            create: evidence.map(({ source, data: item }) => {
              const sourceId = sourceIds.get(source);
              if (!sourceId) throw new Error(`Demo evidence names an unknown source: ${source}`);
              return { ...item, sourceId };
            }),
          },
        },
      });
      await writeHistory(tx, actor, { entityType: "CLAIM", entityId: claim.id, claimId: claim.id, eventId: DEMO_EVENT_ID, action: "CREATE", summary: `recorded the claim "${shortText(data.text, 80)}"` });
      for (const item of claim.evidence) {
        await writeHistory(tx, actor, {
          entityType: "EVIDENCE",
          entityId: item.id,
          claimId: claim.id,
          sourceId: item.sourceId,
          action: "ATTACH",
          summary: `attached the source "${item.source.title ?? item.source.url}" as evidence (${item.stance.toLowerCase()})`,
        });
      }
      if (workflow.stage && workflow.stage !== "NEW") {
        await writeHistory(tx, actor, {
          entityType: "CLAIM",
          entityId: claim.id,
          claimId: claim.id,
          eventId: DEMO_EVENT_ID,
          action: "TRANSITION",
          summary: `set its stage to ${claimStageLabel[workflow.stage]}${workflow.verdict && workflow.verdict !== "UNRATED" ? ` with the verdict ${verdictLabel[workflow.verdict]}` : ""} (demo data)`,
          changes: [
            { field: "stage", from: "NEW", to: workflow.stage },
            ...(workflow.verdict && workflow.verdict !== "UNRATED" ? [{ field: "verdict", from: "UNRATED", to: workflow.verdict }] : []),
          ],
          reason: workflow.verdictNote ?? null,
        });
      }
    }
  });
  return { seeded: true, claims: claims.length, sources: sources.length };
}
