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

describe("the migration that puts source URL hosts in lower case", () => {
  const sql = readFileSync(path.join(projectRoot(), "prisma/migrations/20261127060000_source_url_lower_case_hosts/migration.sql"), "utf8");
  const tag = Math.random().toString(36).slice(2, 8);
  const at = (minute: number) => new Date(Date.UTC(2024, 2, 22, 20, minute));

  it("lowers the scheme and host of earlier rows, keeps the path, and never merges or loses a source", async () => {
    // Rows as an earlier version stored them, written past the schemas that now lower-case them.
    const rows = {
      mixed: `HTTPS://Example.ORG/${tag}/Path?Q=1`,
      olderTwin: `HTTP://Twin-${tag}.example.org/x`,
      newerTwin: `http://TWIN-${tag}.EXAMPLE.org/x`,
      taken: `HTTPS://Taken-${tag}.example.org/y`,
      already: `https://taken-${tag}.example.org/y`,
    };
    const ids: Record<string, string> = {};
    let minute = 0;
    for (const [name, url] of Object.entries(rows)) {
      ids[name] = (await db.prisma.source.create({ data: { url, createdAt: at(minute++) }, select: { id: true } })).id;
    }
    const before = await db.prisma.source.count();

    await db.prisma.$executeRawUnsafe(sql);

    const urlOf = async (name: string) => (await db.prisma.source.findUniqueOrThrow({ where: { id: ids[name]! }, select: { url: true } })).url;
    expect(await urlOf("mixed")).toBe(`https://example.org/${tag}/Path?Q=1`);
    // Two rows that would become one: the older takes the lower-case URL, the newer keeps its own.
    expect(await urlOf("olderTwin")).toBe(`http://twin-${tag}.example.org/x`);
    expect(await urlOf("newerTwin")).toBe(rows.newerTwin);
    // A lower-case twin already stored keeps its URL, and so does the row that would collide with it.
    expect(await urlOf("taken")).toBe(rows.taken);
    expect(await urlOf("already")).toBe(rows.already);
    expect(await db.prisma.source.count()).toBe(before);

    // Run again, it changes nothing more.
    await db.prisma.$executeRawUnsafe(sql);
    expect(await urlOf("newerTwin")).toBe(rows.newerTwin);
  });
});
