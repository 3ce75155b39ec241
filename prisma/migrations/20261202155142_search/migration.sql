-- Search (packages/api/src/services/search-service.ts): a stored tsvector per claim, source and event for words
-- (GIN, websearch_to_tsquery), and trigram indexes on the names (claimant, actor, publisher, author, event title
-- and location) for typo-tolerant matching (pg_trgm, GIN). The vectors are kept by triggers, which schema.prisma
-- cannot describe (Prisma's diff ignores triggers and functions); the columns and every index it does describe,
-- so the drift test still compares them. No expression index: the diff would not see it.
-- Both extensions are "trusted": a database owner may create them without being a superuser. PGlite ships them
-- (packages/db/src/embedded-store.ts loads them).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- English stemming ("claimed" finds "claims") with accents folded ("Zelensky" finds "Zélensky"). Every search
-- vector and every query uses it by name.
CREATE TEXT SEARCH CONFIGURATION "claimdesk_search" (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION "claimdesk_search" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "searchVector" tsvector;

-- A claim's words: who (claimant and actor, weight A) ranks above what it says (B), then the channel and the
-- figure's words as reported (C). Its details live in other tables, so the claim's trigger reads them, and
-- theirs re-run it.
CREATE FUNCTION "claim_search_columns"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  detail_actor text;
  detail_channel text;
  detail_reported text;
BEGIN
  SELECT r."actor", r."channel" INTO detail_actor, detail_channel FROM "ResponsibilityDetail" r WHERE r."claimId" = NEW."id";
  SELECT d."reportedAs" INTO detail_reported FROM "CasualtyDetail" d WHERE d."claimId" = NEW."id";
  NEW."searchVector" :=
    setweight(to_tsvector('claimdesk_search', concat_ws(' ', NEW."claimant", detail_actor)), 'A') ||
    setweight(to_tsvector('claimdesk_search', coalesce(NEW."text", '')), 'B') ||
    setweight(to_tsvector('claimdesk_search', concat_ws(' ', detail_channel, detail_reported)), 'C');
  RETURN NEW;
END
$$;

CREATE TRIGGER "Claim_search_columns" BEFORE INSERT OR UPDATE OF "text", "claimant" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_search_columns"();

-- A detail written or removed: naming "text" in an UPDATE fires the claim's trigger, which reads the details anew.
-- The claim's row is already locked by the save that changes its details (claim-service.ts updates it first).
CREATE FUNCTION "claim_detail_search_columns"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE "Claim" SET "text" = "text" WHERE "id" = OLD."claimId";
  ELSE
    UPDATE "Claim" SET "text" = "text" WHERE "id" = NEW."claimId";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ResponsibilityDetail_search_columns" AFTER INSERT OR DELETE OR UPDATE OF "actor", "channel" ON "ResponsibilityDetail"
  FOR EACH ROW EXECUTE FUNCTION "claim_detail_search_columns"();
CREATE TRIGGER "CasualtyDetail_search_columns" AFTER INSERT OR DELETE OR UPDATE OF "reportedAs" ON "CasualtyDetail"
  FOR EACH ROW EXECUTE FUNCTION "claim_detail_search_columns"();

-- A source's words: its title (A), publisher and author (B), and the words of its URL without the scheme (C), so
-- that "reuters" or "isis-k" finds https://www.reuters.com/.../isis-k-... .
CREATE FUNCTION "source_search_columns"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('claimdesk_search', coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('claimdesk_search', concat_ws(' ', NEW."publisher", NEW."author")), 'B') ||
    setweight(to_tsvector('claimdesk_search', regexp_replace(regexp_replace(NEW."url", '^https?://(www\.)?', '', 'i'), '[^[:alnum:]-]+', ' ', 'g')), 'C');
  RETURN NEW;
END
$$;

CREATE TRIGGER "Source_search_columns" BEFORE INSERT OR UPDATE OF "title", "publisher", "author", "url" ON "Source"
  FOR EACH ROW EXECUTE FUNCTION "source_search_columns"();

-- An event's words: its title (A), location (B) and summary (D).
CREATE FUNCTION "event_search_columns"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('claimdesk_search', coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('claimdesk_search', coalesce(NEW."location", '')), 'B') ||
    setweight(to_tsvector('claimdesk_search', coalesce(NEW."summary", '')), 'D');
  RETURN NEW;
END
$$;

CREATE TRIGGER "Event_search_columns" BEFORE INSERT OR UPDATE OF "title", "location", "summary" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "event_search_columns"();

-- Backfill: naming a column in an UPDATE runs the triggers above for the rows recorded so far.
UPDATE "Claim" SET "text" = "text";
UPDATE "Source" SET "title" = "title";
UPDATE "Event" SET "title" = "title";

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_claimant_trgm_idx" ON "Claim" USING GIN ("claimant" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ResponsibilityDetail_actor_trgm_idx" ON "ResponsibilityDetail" USING GIN ("actor" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Source_publisher_trgm_idx" ON "Source" USING GIN ("publisher" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_author_trgm_idx" ON "Source" USING GIN ("author" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Event_searchVector_idx" ON "Event" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Event_title_trgm_idx" ON "Event" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Event_location_trgm_idx" ON "Event" USING GIN ("location" gin_trgm_ops);
