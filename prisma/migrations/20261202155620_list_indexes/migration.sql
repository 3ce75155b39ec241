-- Every list filter with the list's order (createdAt, id), so that a page of claims, sources or events is read
-- by index however large the table; the single-column indexes these replace are their prefixes.

-- DropIndex
DROP INDEX "Claim_assigneeId_idx";

-- DropIndex
DROP INDEX "Claim_stage_idx";

-- DropIndex
DROP INDEX "Source_type_idx";

-- CreateIndex
CREATE INDEX "Claim_eventId_createdAt_id_idx" ON "Claim"("eventId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_kind_createdAt_id_idx" ON "Claim"("kind", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_assigneeId_createdAt_id_idx" ON "Claim"("assigneeId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_stage_createdAt_id_idx" ON "Claim"("stage", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_verdict_createdAt_id_idx" ON "Claim"("verdict", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Event_createdAt_id_idx" ON "Event"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Source_createdAt_id_idx" ON "Source"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Source_type_createdAt_id_idx" ON "Source"("type", "createdAt", "id");
