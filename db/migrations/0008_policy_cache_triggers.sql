-- The policy timeline invalidates like every other table (see 0005): a write to a fact, its
-- history or its votes names the timeline ('policy': /policy, the API, the feed) and the fact
-- itself ('fact:<id>': every guide and operator page that cites it). The tag names are the
-- ones in db/cache-tags.ts.
CREATE OR REPLACE FUNCTION policy_events_cache_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM invalidate_cache(ARRAY[
    'policy',
    CASE WHEN TG_OP <> 'INSERT' THEN 'fact:' || OLD.id END,
    CASE WHEN TG_OP <> 'DELETE' THEN 'fact:' || NEW.id END
  ]);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER policy_events_cache AFTER INSERT OR UPDATE OR DELETE ON policy_events
  FOR EACH ROW EXECUTE FUNCTION policy_events_cache_trigger();
--> statement-breakpoint
-- revisions and votes: statement-level, one invalidation however many rows a statement wrote
CREATE OR REPLACE FUNCTION policy_rows_cache_after_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM invalidate_cache(ARRAY['policy'] || ARRAY(SELECT DISTINCT 'fact:' || event_id FROM new_rows));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION policy_rows_cache_after_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM invalidate_cache(ARRAY['policy'] || ARRAY(SELECT DISTINCT 'fact:' || event_id FROM old_rows));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER policy_event_revisions_cache_insert AFTER INSERT ON policy_event_revisions
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION policy_rows_cache_after_insert();
--> statement-breakpoint
CREATE TRIGGER policy_event_revisions_cache_delete AFTER DELETE ON policy_event_revisions
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION policy_rows_cache_after_delete();
--> statement-breakpoint
CREATE TRIGGER policy_votes_cache_insert AFTER INSERT ON policy_votes
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION policy_rows_cache_after_insert();
--> statement-breakpoint
CREATE TRIGGER policy_votes_cache_delete AFTER DELETE ON policy_votes
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION policy_rows_cache_after_delete();
--> statement-breakpoint
-- History is never rewritten: a correction is a new revision. (Deleting a whole fact still
-- cascades to its revisions.)
CREATE OR REPLACE FUNCTION policy_event_revisions_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- a renamed fact (ON UPDATE CASCADE) may move its revisions; nothing else may change
  IF (to_jsonb(NEW) - 'event_id') IS DISTINCT FROM (to_jsonb(OLD) - 'event_id') THEN
    RAISE EXCEPTION 'policy_event_revisions are immutable' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER policy_event_revisions_no_update BEFORE UPDATE ON policy_event_revisions
  FOR EACH ROW EXECUTE FUNCTION policy_event_revisions_immutable();
