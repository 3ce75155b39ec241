-- Source URLs are now stored with their scheme and host in lower case (packages/schemas httpUrl), so that
-- "HTTPS://Example.org/x" finds the source recorded as "https://example.org/x". Bring earlier rows in line. Where
-- several rows would become one URL, the oldest takes it and the others keep theirs (no source is merged or lost).
WITH "parts" AS (
  SELECT "id", "createdAt", regexp_match("url", '^([A-Za-z][A-Za-z0-9+.-]*://[^/?#]*)(.*)$') AS "m"
  FROM "Source"
),
"normalised" AS (
  SELECT "id", lower("m"[1]) || "m"[2] AS "url",
         row_number() OVER (PARTITION BY lower("m"[1]) || "m"[2] ORDER BY "createdAt", "id") AS "rank"
  FROM "parts"
  WHERE "m" IS NOT NULL
)
UPDATE "Source" AS "s"
SET "url" = "normalised"."url"
FROM "normalised"
WHERE "s"."id" = "normalised"."id"
  AND "normalised"."rank" = 1
  AND "s"."url" <> "normalised"."url"
  AND NOT EXISTS (SELECT 1 FROM "Source" AS "other" WHERE "other"."url" = "normalised"."url");
