import { describe, expect, it } from "vitest";
import * as dbEnums from "@claimdesk/db";
import { migrationStatus, pendingSchemaChanges, statusProblems } from "@claimdesk/db";
import * as schemas from "@claimdesk/schemas";
import { useTestDatabase } from "./support/test-database";

const db = useTestDatabase();

describe("migrations", () => {
  // Replays every migration into a scratch database: slow on two busy cores.
  it("match prisma/schema.prisma (no drift)", { timeout: 120_000 }, async () => {
    const pending = await pendingSchemaChanges();
    expect(pending, "schema.prisma has changes without a migration: run npm run db:migration -- <name>").toBe("");
  });

  it("are all applied to the test database, none edited or failed", async () => {
    const status = await migrationStatus(db.connection);
    expect(status.migrationNames.length).toBeGreaterThan(0);
    expect(statusProblems(status)).toEqual([]);
  });

  it("declare the same enumerations as the shared schemas", () => {
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
    ];
    for (const [prismaEnum, shared] of pairs) expect(Object.values(prismaEnum)).toEqual([...shared]);
  });
});
