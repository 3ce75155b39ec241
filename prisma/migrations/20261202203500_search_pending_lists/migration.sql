-- Each search reads up to nine GIN indexes; a long pending list (up to 4 MB by default) is re-read by every
-- scan until vacuum merges it, which doubled search times on a freshly filled archive. 64 kB keeps it short for
-- a little more work per insert (merged every 64 kB instead of every 4 MB).
ALTER INDEX "Claim_searchVector_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "Claim_claimant_trgm_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "ResponsibilityDetail_actor_trgm_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "Source_searchVector_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "Source_publisher_trgm_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "Source_author_trgm_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "Event_searchVector_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "Event_title_trgm_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "Event_location_trgm_idx" SET (gin_pending_list_limit = 64);
SELECT gin_clean_pending_list('"Claim_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"Claim_claimant_trgm_idx"'::regclass);
SELECT gin_clean_pending_list('"ResponsibilityDetail_actor_trgm_idx"'::regclass);
SELECT gin_clean_pending_list('"Source_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"Source_publisher_trgm_idx"'::regclass);
SELECT gin_clean_pending_list('"Source_author_trgm_idx"'::regclass);
SELECT gin_clean_pending_list('"Event_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"Event_title_trgm_idx"'::regclass);
SELECT gin_clean_pending_list('"Event_location_trgm_idx"'::regclass);
