import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as dbEnums from "@claimdesk/db";
import { migrationStatus, pendingSchemaChanges, projectRoot, statusProblems } from "@claimdesk/db";
import * as schemas from "@claimdesk/schemas";
import { useTestDatabase } from "./support/test-database";

const db = useTestDatabase();

describe("migrations", () => {
  // Replays every migration into a scratch database: about 35 s on two idle cores, several times that when the
  // cores are shared with other test runs.
  it("match prisma/schema.prisma (no drift)", { timeout: 300_000 }, async () => {
    const pending = await pendingSchemaChanges();
    expect(pending, "schema.prisma has changes without a migration: run npm run db:migration -- <name>").toBe("");
  });

  it("are all applied to the test database, none edited or failed", async () => {
    const status = await migrationStatus(db.connection);
    expect(status.migrationNames.length).toBeGreaterThan(0);
    expect(statusProblems(status)).toEqual([]);
  });

  it("declare the same enumerations as the shared schemas, every one of them", () => {
    const pairs: Array<[Record<string, string>, readonly string[]]> = [
      [dbEnums.ClaimKind, schemas.CLAIM_KINDS],
      [dbEnums.ClaimStage, schemas.CLAIM_STAGES],
      [dbEnums.Verdict, schemas.VERDICTS],
      [dbEnums.CasualtyMetric, schemas.CASUALTY_METRICS],
      [dbEnums.CasualtyPopulation, schemas.CASUALTY_POPULATIONS],
      [dbEnums.FigureQualifier, schemas.FIGURE_QUALIFIERS],
      [dbEnums.Attribution, schemas.ATTRIBUTIONS],
      [dbEnums.Likelihood, schemas.LIKELIHOODS],
      [dbEnums.SourceType, schemas.SOURCE_TYPES],
      [dbEnums.SourceReliability, schemas.SOURCE_RELIABILITIES],
      [dbEnums.EvidenceStance, schemas.EVIDENCE_STANCES],
      [dbEnums.HouseFigureRule, schemas.HOUSE_FIGURE_RULES],
      [dbEnums.Role, schemas.ROLES],
      [dbEnums.HistoryEntity, schemas.HISTORY_ENTITIES],
      [dbEnums.HistoryAction, schemas.HISTORY_ACTIONS],
    ];
    for (const [prismaEnum, shared] of pairs) expect(Object.values(prismaEnum)).toEqual([...shared]);

    // An enumeration added to schema.prisma must be added above too.
    const declared = [...readFileSync(path.join(projectRoot(), "prisma", "schema.prisma"), "utf8").matchAll(/^enum (\w+) \{/gm)].map((match) => match[1]!);
    const paired = declared.filter((name) => pairs.some(([prismaEnum]) => prismaEnum === (dbEnums as unknown as Record<string, unknown>)[name]));
    expect(paired).toEqual(declared);
    expect(declared).toHaveLength(pairs.length);
  });
});
