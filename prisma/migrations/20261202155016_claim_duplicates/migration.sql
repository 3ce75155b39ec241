-- AlterEnum
ALTER TYPE "HistoryAction" ADD VALUE 'MARK_NOT_DUPLICATE';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "duplicateKey" TEXT;

-- CreateTable
CREATE TABLE "ClaimNotDuplicate" (
    "claimId" TEXT NOT NULL,
    "otherClaimId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimNotDuplicate_pkey" PRIMARY KEY ("claimId","otherClaimId")
);

-- CreateIndex
CREATE INDEX "ClaimNotDuplicate_otherClaimId_idx" ON "ClaimNotDuplicate"("otherClaimId");

-- Backfill: the claims recorded so far get their key (as packages/db/src/duplicate-key.ts computes it: names with
-- whitespace collapsed, trimmed and in lower case), the earliest of each set of duplicates only: the later copies
-- stay as they are, and the tally's RECORDED_TWICE flag shows them.
WITH "identity" AS (
    SELECT c."id", c."createdAt",
        CASE
            WHEN c."eventId" IS NULL OR NULLIF(lower(btrim(regexp_replace(c."claimant", '\s+', ' ', 'g'))), '') IS NULL THEN NULL
            WHEN c."kind" = 'CASUALTY_COUNT' AND d."claimId" IS NOT NULL THEN concat_ws(E'\x1f', 'v1', c."eventId", c."kind"::text,
                lower(btrim(regexp_replace(c."claimant", '\s+', ' ', 'g'))), d."metric"::text, d."population"::text, d."qualifier"::text,
                coalesce(d."min"::text, ''), coalesce(d."max"::text, ''))
            WHEN c."kind" = 'RESPONSIBILITY' AND r."claimId" IS NOT NULL THEN concat_ws(E'\x1f', 'v1', c."eventId", c."kind"::text,
                lower(btrim(regexp_replace(c."claimant", '\s+', ' ', 'g'))), lower(btrim(regexp_replace(r."actor", '\s+', ' ', 'g'))),
                r."attribution"::text)
        END AS "text"
    FROM "Claim" c
    LEFT JOIN "CasualtyDetail" d ON d."claimId" = c."id"
    LEFT JOIN "ResponsibilityDetail" r ON r."claimId" = c."id"
), "keyed" AS (
    SELECT "id", encode(sha256(convert_to("text", 'UTF8')), 'hex') AS "key",
        row_number() OVER (PARTITION BY "text" ORDER BY "createdAt", "id") AS "n"
    FROM "identity" WHERE "text" IS NOT NULL
)
UPDATE "Claim" SET "duplicateKey" = "keyed"."key" FROM "keyed" WHERE "keyed"."id" = "Claim"."id" AND "keyed"."n" = 1;

-- CreateIndex
CREATE UNIQUE INDEX "Claim_duplicateKey_key" ON "Claim"("duplicateKey");

-- A pair is stored once, the smaller id first.
ALTER TABLE "ClaimNotDuplicate" ADD CONSTRAINT "ClaimNotDuplicate_ordered_pair" CHECK ("claimId" < "otherClaimId");

-- CreateIndex
CREATE INDEX "Claim_eventId_kind_createdAt_idx" ON "Claim"("eventId", "kind", "createdAt");

-- AddForeignKey
ALTER TABLE "ClaimNotDuplicate" ADD CONSTRAINT "ClaimNotDuplicate_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimNotDuplicate" ADD CONSTRAINT "ClaimNotDuplicate_otherClaimId_fkey" FOREIGN KEY ("otherClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
