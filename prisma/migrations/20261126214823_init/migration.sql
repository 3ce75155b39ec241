-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('CASUALTY_COUNT', 'RESPONSIBILITY', 'STATEMENT');

-- CreateEnum
CREATE TYPE "ClaimStage" AS ENUM ('NEW', 'RESEARCHING', 'IN_REVIEW', 'CONCLUDED');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('UNRATED', 'CONFIRMED', 'LIKELY', 'MISLEADING', 'FALSE', 'UNPROVEN', 'DISPUTED');

-- CreateEnum
CREATE TYPE "CasualtyMetric" AS ENUM ('KILLED', 'INJURED', 'MISSING', 'DETAINED');

-- CreateEnum
CREATE TYPE "CasualtyPopulation" AS ENUM ('ALL', 'CIVILIANS', 'ATTACKERS', 'SECURITY_FORCES', 'OTHER');

-- CreateEnum
CREATE TYPE "FigureQualifier" AS ENUM ('EXACT', 'AT_LEAST', 'AT_MOST', 'APPROXIMATELY', 'RANGE');

-- CreateEnum
CREATE TYPE "Attribution" AS ENUM ('SELF_CLAIMED', 'OFFICIAL', 'MEDIA', 'DENIED', 'SUSPECTED');

-- CreateEnum
CREATE TYPE "Likelihood" AS ENUM ('ALMOST_CERTAIN', 'VERY_LIKELY', 'LIKELY', 'ROUGHLY_EVEN', 'UNLIKELY', 'VERY_UNLIKELY', 'ALMOST_NO_CHANCE', 'NOT_ASSESSED');

-- CreateEnum
CREATE TYPE "SourceType" AS ENUM ('OFFICIAL_STATEMENT', 'WIRE', 'NEWS_REPORT', 'SOCIAL_MEDIA', 'CLAIM_CHANNEL', 'DOCUMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceReliability" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "EvidenceStance" AS ENUM ('SUPPORTS', 'CONTRADICTS', 'CONTEXT');

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "occurredAt" TIMESTAMP(3),
    "location" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "text" TEXT NOT NULL,
    "claimant" TEXT,
    "claimedAt" TIMESTAMP(3),
    "eventId" TEXT,
    "stage" "ClaimStage" NOT NULL DEFAULT 'NEW',
    "verdict" "Verdict" NOT NULL DEFAULT 'UNRATED',
    "verdictNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CasualtyDetail" (
    "claimId" TEXT NOT NULL,
    "metric" "CasualtyMetric" NOT NULL,
    "population" "CasualtyPopulation" NOT NULL DEFAULT 'ALL',
    "qualifier" "FigureQualifier" NOT NULL,
    "min" INTEGER,
    "max" INTEGER,
    "asOf" TIMESTAMP(3),
    "reportedAs" TEXT,

    CONSTRAINT "CasualtyDetail_pkey" PRIMARY KEY ("claimId")
);

-- CreateTable
CREATE TABLE "ResponsibilityDetail" (
    "claimId" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "attribution" "Attribution" NOT NULL,
    "channel" TEXT,
    "assessment" "Likelihood" NOT NULL DEFAULT 'NOT_ASSESSED',

    CONSTRAINT "ResponsibilityDetail_pkey" PRIMARY KEY ("claimId")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "publisher" TEXT,
    "author" TEXT,
    "publishedAt" TIMESTAMP(3),
    "type" "SourceType" NOT NULL DEFAULT 'OTHER',
    "reliability" "SourceReliability" NOT NULL DEFAULT 'F',
    "repeatsSourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "stance" "EvidenceStance" NOT NULL,
    "excerpt" TEXT,
    "credibility" INTEGER NOT NULL DEFAULT 6,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_occurredAt_idx" ON "Event"("occurredAt");

-- CreateIndex
CREATE INDEX "Claim_eventId_kind_idx" ON "Claim"("eventId", "kind");

-- CreateIndex
CREATE INDEX "Claim_createdAt_id_idx" ON "Claim"("createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "Source_publisher_idx" ON "Source"("publisher");

-- CreateIndex
CREATE INDEX "Source_type_idx" ON "Source"("type");

-- CreateIndex
CREATE INDEX "Evidence_sourceId_idx" ON "Evidence"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_claimId_sourceId_key" ON "Evidence"("claimId", "sourceId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasualtyDetail" ADD CONSTRAINT "CasualtyDetail_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibilityDetail" ADD CONSTRAINT "ResponsibilityDetail_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_repeatsSourceId_fkey" FOREIGN KEY ("repeatsSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
