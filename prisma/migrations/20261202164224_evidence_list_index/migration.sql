-- evidence.list without a filter reads its page (newest first) by index, as the other lists do.

-- CreateIndex
CREATE INDEX "Evidence_createdAt_id_idx" ON "Evidence"("createdAt", "id");
