-- Follow-ups and the figures they feed, kept exact the same way as the report rollups:
-- 1. every statement on follow_ups recomputes what the affected reports' published follow-ups
--    say (reports.followed_up, closure_verdict, refund_confirmed);
-- 2. that UPDATE on reports runs the report rollup trigger, which now also keeps
--    report_registered_counts and report_follow_up_counts, in the same transaction;
-- 3. follow-ups invalidate the cached pages that show them, like reports do.
-- What a report's follow-ups say, from its published follow-ups only: refuted when the author
-- reported the number still active or charges continuing (even if a confirmation came too:
-- then "closed" did not hold when it was claimed), else confirmed when they confirmed it closed.
CREATE FUNCTION report_follow_up_state(ids uuid[])
RETURNS TABLE (id uuid, followed_up boolean, closure_verdict varchar, refund_confirmed boolean)
LANGUAGE sql STABLE AS $$
  SELECT r.id,
    coalesce(bool_or(f.status = 'published'), false),
    CASE
      WHEN bool_or(f.status = 'published' AND f.kind IN ('still_active', 'charges_continued')) THEN 'refuted'
      WHEN bool_or(f.status = 'published' AND f.kind = 'confirmed_closed') THEN 'confirmed'
    END,
    coalesce(bool_or(f.status = 'published' AND f.kind = 'balance_refunded'), false)
  FROM reports r
  LEFT JOIN follow_ups f ON f.report_id = r.id
  WHERE r.id = ANY(ids)
  GROUP BY r.id
$$;
--> statement-breakpoint
CREATE FUNCTION follow_ups_report_state_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  affected uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT report_id ORDER BY report_id) INTO affected FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT report_id ORDER BY report_id) INTO affected FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT report_id ORDER BY report_id) INTO affected
    FROM (SELECT report_id FROM old_rows UNION ALL SELECT report_id FROM new_rows) AS touched;
  END IF;
  IF affected IS NULL THEN
    RETURN NULL;
  END IF;
  -- Lock the reports first: the next statements take a fresh snapshot (READ COMMITTED), so a
  -- concurrent follow-up on the same report that committed meanwhile is counted, not lost.
  PERFORM 1 FROM reports WHERE id = ANY(affected) ORDER BY id FOR UPDATE;
  -- only reports whose state changes are written: an UPDATE of none would still run the
  -- report triggers (and invalidate caches) for nothing
  IF EXISTS (
    SELECT 1 FROM reports r JOIN report_follow_up_state(affected) s ON s.id = r.id
    WHERE (r.followed_up, r.closure_verdict, r.refund_confirmed) IS DISTINCT FROM (s.followed_up, s.closure_verdict, s.refund_confirmed)
  ) THEN
    UPDATE reports r
    SET followed_up = s.followed_up, closure_verdict = s.closure_verdict, refund_confirmed = s.refund_confirmed
    FROM report_follow_up_state(affected) s
    WHERE s.id = r.id
      AND (r.followed_up, r.closure_verdict, r.refund_confirmed) IS DISTINCT FROM (s.followed_up, s.closure_verdict, s.refund_confirmed);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER follow_ups_report_state_insert AFTER INSERT ON follow_ups
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION follow_ups_report_state_trigger();
--> statement-breakpoint
CREATE TRIGGER follow_ups_report_state_update AFTER UPDATE ON follow_ups
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION follow_ups_report_state_trigger();
--> statement-breakpoint
CREATE TRIGGER follow_ups_report_state_delete AFTER DELETE ON follow_ups
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION follow_ups_report_state_trigger();
--> statement-breakpoint
-- The report rollup of 0003, plus whose name the SIM is in and what the follow-ups say.
CREATE OR REPLACE FUNCTION reports_rollup_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  pass record;
BEGIN
  -- transition tables are visible only in the trigger function itself, hence dynamic SQL here
  FOR pass IN
    SELECT * FROM (VALUES (-1, 'old_rows'), (1, 'new_rows')) AS p(sign, rows)
    WHERE (p.rows = 'old_rows' AND TG_OP IN ('UPDATE', 'DELETE'))
       OR (p.rows = 'new_rows' AND TG_OP IN ('INSERT', 'UPDATE'))
  LOOP
    EXECUTE format($q$
      INSERT INTO report_counts AS c (operator_id, status, channel, outcome, location, attempted_month, n)
      SELECT operator_id, status, channel, outcome, location, attempted_month, %1$s * count(*)
      FROM %2$I
      GROUP BY 1, 2, 3, 4, 5, 6
      ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT (operator_id, status, channel, outcome, location, attempted_month)
      DO UPDATE SET n = c.n + excluded.n, updated_at = now()
    $q$, pass.sign, pass.rows);

    EXECUTE format($q$
      INSERT INTO report_days AS d (operator_id, status, days, n)
      SELECT operator_id, status, days_to_complete, %1$s * count(*)
      FROM %2$I
      WHERE days_to_complete IS NOT NULL
        AND outcome IN ('success', 'failure')
        AND channel IN ('app', 'website', 'online_chat', 'email', 'gosuslugi')
      GROUP BY 1, 2, 3
      ORDER BY 1, 2, 3
      ON CONFLICT (operator_id, status, days)
      DO UPDATE SET n = d.n + excluded.n
    $q$, pass.sign, pass.rows);

    EXECUTE format($q$
      INSERT INTO report_documents AS r (operator_id, status, document, n)
      SELECT operator_id, status, document, %1$s * count(*)
      FROM %2$I, unnest(documents) AS document
      GROUP BY 1, 2, 3
      ORDER BY 1, 2, 3
      ON CONFLICT (operator_id, status, document)
      DO UPDATE SET n = r.n + excluded.n
    $q$, pass.sign, pass.rows);

    EXECUTE format($q$
      INSERT INTO report_registered_counts AS g (operator_id, status, registered_to, outcome, n)
      SELECT operator_id, status, coalesce(registered_to, 'unknown'), outcome, %1$s * count(*)
      FROM %2$I
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (operator_id, status, registered_to, outcome)
      DO UPDATE SET n = g.n + excluded.n
    $q$, pass.sign, pass.rows);

    EXECUTE format($q$
      INSERT INTO report_follow_up_counts AS f (operator_id, status, attempted_month, followable, followed_up, closure, refund, n)
      SELECT operator_id, status, attempted_month,
        follow_up_token_hash IS NOT NULL OR user_id IS NOT NULL,
        followed_up,
        coalesce(closure_verdict, 'none'),
        CASE WHEN balance_refunded = 'yes' OR refund_confirmed THEN 'refunded'
             WHEN balance_refunded = 'no' THEN 'due'
             ELSE 'not_due' END,
        %1$s * count(*)
      FROM %2$I
      WHERE outcome = 'success'
      GROUP BY 1, 2, 3, 4, 5, 6, 7
      ORDER BY 1, 2, 3, 4, 5, 6, 7
      ON CONFLICT (operator_id, status, attempted_month, followable, followed_up, closure, refund)
      DO UPDATE SET n = f.n + excluded.n
    $q$, pass.sign, pass.rows);

    -- every operator the statement touched gets a new version: cached figures are stale
    EXECUTE format($q$
      INSERT INTO report_rollup_versions AS v (operator_id, version, updated_at)
      SELECT DISTINCT operator_id, 1, now() FROM %1$I
      ORDER BY 1
      ON CONFLICT (operator_id) DO UPDATE SET version = v.version + 1, updated_at = now()
    $q$, pass.rows);
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Follow-ups appear on their report's page, in its operator's feed and figures, and in the lists.
CREATE FUNCTION follow_ups_cache_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT report_id) INTO touched FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT report_id) INTO touched FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT report_id) INTO touched
    FROM (SELECT report_id FROM old_rows UNION ALL SELECT report_id FROM new_rows) AS t;
  END IF;
  IF touched IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM invalidate_cache(ARRAY['reports'] || ARRAY(
    SELECT DISTINCT 'operator:' || o.slug FROM reports r JOIN operators o ON o.id = r.operator_id WHERE r.id = ANY(touched)
  ) || CASE WHEN cardinality(touched) > 1000 THEN ARRAY['report:*'] ELSE ARRAY(SELECT 'report:' || id FROM unnest(touched) AS id) END);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER follow_ups_cache_insert AFTER INSERT ON follow_ups
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION follow_ups_cache_trigger();
--> statement-breakpoint
CREATE TRIGGER follow_ups_cache_update AFTER UPDATE ON follow_ups
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION follow_ups_cache_trigger();
--> statement-breakpoint
CREATE TRIGGER follow_ups_cache_delete AFTER DELETE ON follow_ups
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION follow_ups_cache_trigger();
--> statement-breakpoint
-- the new rollups start from the reports already stored (none has follow-ups yet)
INSERT INTO report_registered_counts (operator_id, status, registered_to, outcome, n)
SELECT operator_id, status, coalesce(registered_to, 'unknown'), outcome, count(*)
FROM reports
GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO report_follow_up_counts (operator_id, status, attempted_month, followable, followed_up, closure, refund, n)
SELECT operator_id, status, attempted_month,
  follow_up_token_hash IS NOT NULL OR user_id IS NOT NULL,
  followed_up,
  coalesce(closure_verdict, 'none'),
  CASE WHEN balance_refunded = 'yes' OR refund_confirmed THEN 'refunded'
       WHEN balance_refunded = 'no' THEN 'due'
       ELSE 'not_due' END,
  count(*)
FROM reports
WHERE outcome = 'success'
GROUP BY 1, 2, 3, 4, 5, 6, 7;
--> statement-breakpoint
-- the figures gained fields: cached copies and ETags from before are stale
UPDATE report_rollup_versions SET version = version + 1, updated_at = now();
