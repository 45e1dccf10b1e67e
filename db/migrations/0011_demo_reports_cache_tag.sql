-- The demo notice on every page depends on whether any demo report exists. It had the tag
-- 'reports', so every new report cleared every page from the cache; it now has its own tag,
-- named only when a statement touches a demo report.
CREATE OR REPLACE FUNCTION reports_cache_after_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM invalidate_cache(ARRAY['reports'] || ARRAY(
    SELECT DISTINCT 'operator:' || o.slug FROM new_rows r JOIN operators o ON o.id = r.operator_id
  ) || CASE WHEN EXISTS (SELECT 1 FROM new_rows WHERE is_demo) THEN ARRAY['demo-reports'] ELSE ARRAY[]::text[] END);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION reports_cache_after_update() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched bigint;
BEGIN
  SELECT count(*) INTO touched FROM new_rows;
  PERFORM invalidate_cache(ARRAY['reports'] || ARRAY(
    SELECT DISTINCT 'operator:' || o.slug
    FROM (SELECT operator_id FROM old_rows UNION SELECT operator_id FROM new_rows) r
    JOIN operators o ON o.id = r.operator_id
  ) || CASE WHEN touched > 1000 THEN ARRAY['report:*'] ELSE ARRAY(SELECT 'report:' || id FROM new_rows) END
    || CASE WHEN EXISTS (SELECT 1 FROM old_rows WHERE is_demo) OR EXISTS (SELECT 1 FROM new_rows WHERE is_demo)
         THEN ARRAY['demo-reports'] ELSE ARRAY[]::text[] END);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION reports_cache_after_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched bigint;
BEGIN
  SELECT count(*) INTO touched FROM old_rows;
  PERFORM invalidate_cache(ARRAY['reports'] || ARRAY(
    SELECT DISTINCT 'operator:' || o.slug FROM old_rows r JOIN operators o ON o.id = r.operator_id
  ) || CASE WHEN touched > 1000 THEN ARRAY['report:*'] ELSE ARRAY(SELECT 'report:' || id FROM old_rows) END
    || CASE WHEN EXISTS (SELECT 1 FROM old_rows WHERE is_demo) THEN ARRAY['demo-reports'] ELSE ARRAY[]::text[] END);
  RETURN NULL;
END;
$$;
