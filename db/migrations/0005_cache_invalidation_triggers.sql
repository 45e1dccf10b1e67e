-- Every write, however it is made (the app, a script, psql), appends the cache tags it
-- touches to cache_invalidations in the same transaction and notifies the app instances
-- (delivered on commit). An instance that hears it reads the new rows before it serves from
-- its caches again (lib/cache), so no page outlives the data it shows. The tag names are the
-- ones in db/cache-tags.ts.
CREATE OR REPLACE FUNCTION invalidate_cache(tags text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO cache_invalidations (tag)
  SELECT DISTINCT t FROM unnest(tags) AS t WHERE t IS NOT NULL ORDER BY 1;
  SELECT pg_notify('sim_exit_cache', '');
$$;
--> statement-breakpoint
-- Reports: the lists and figures of every operator the statement touched. Updates and deletes
-- also name each report (its own page); past 1000 rows one tag stands for all report pages.
CREATE OR REPLACE FUNCTION reports_cache_after_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM invalidate_cache(ARRAY['reports'] || ARRAY(
    SELECT DISTINCT 'operator:' || o.slug FROM new_rows r JOIN operators o ON o.id = r.operator_id));
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
  ) || CASE WHEN touched > 1000 THEN ARRAY['report:*'] ELSE ARRAY(SELECT 'report:' || id FROM new_rows) END);
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
  ) || CASE WHEN touched > 1000 THEN ARRAY['report:*'] ELSE ARRAY(SELECT 'report:' || id FROM old_rows) END);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER reports_cache_insert AFTER INSERT ON reports
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION reports_cache_after_insert();
--> statement-breakpoint
CREATE TRIGGER reports_cache_update AFTER UPDATE ON reports
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION reports_cache_after_update();
--> statement-breakpoint
CREATE TRIGGER reports_cache_delete AFTER DELETE ON reports
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION reports_cache_after_delete();
--> statement-breakpoint
-- Guide pages and their revisions: the page itself (both its old and new identity) and every list of pages.
CREATE OR REPLACE FUNCTION guide_pages_cache_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM invalidate_cache(ARRAY[
    'guide',
    CASE WHEN TG_OP <> 'INSERT' THEN 'guide:' || OLD.locale || ':' || OLD.slug END,
    CASE WHEN TG_OP <> 'DELETE' THEN 'guide:' || NEW.locale || ':' || NEW.slug END
  ]);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER guide_pages_cache AFTER INSERT OR UPDATE OR DELETE ON guide_pages
  FOR EACH ROW EXECUTE FUNCTION guide_pages_cache_trigger();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION guide_revisions_cache_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target_page integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.page_id ELSE NEW.page_id END;
BEGIN
  PERFORM invalidate_cache(ARRAY(
    SELECT 'guide:' || p.locale || ':' || p.slug FROM guide_pages p WHERE p.id = target_page));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- the stored rendering (a cache of the body) may be filled in later without touching readers
CREATE TRIGGER guide_revisions_cache AFTER INSERT OR DELETE OR UPDATE OF title, body_md, summary, author_id ON guide_revisions
  FOR EACH ROW EXECUTE FUNCTION guide_revisions_cache_trigger();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION operators_cache_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM invalidate_cache(ARRAY[
    'operators',
    CASE WHEN TG_OP <> 'INSERT' THEN 'operator:' || OLD.slug END,
    CASE WHEN TG_OP <> 'DELETE' THEN 'operator:' || NEW.slug END
  ]);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER operators_cache AFTER INSERT OR UPDATE OR DELETE ON operators
  FOR EACH ROW EXECUTE FUNCTION operators_cache_trigger();
--> statement-breakpoint
-- public names appear in page histories
CREATE OR REPLACE FUNCTION users_cache_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.name IS DISTINCT FROM OLD.name THEN
    PERFORM invalidate_cache(ARRAY['users']);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_cache AFTER UPDATE OF name ON users
  FOR EACH ROW EXECUTE FUNCTION users_cache_trigger();
