-- Statistics rollups, kept exact by statement-level triggers on reports: every insert,
-- status change or delete updates the counts in the same transaction, whatever code path
-- (app, API, script, bulk load) wrote the rows. Transition tables make a bulk insert one
-- grouped upsert instead of one per row.
CREATE FUNCTION reports_rollup_trigger() RETURNS trigger
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
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER reports_rollup_insert AFTER INSERT ON reports
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION reports_rollup_trigger();
--> statement-breakpoint
CREATE TRIGGER reports_rollup_update AFTER UPDATE ON reports
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION reports_rollup_trigger();
--> statement-breakpoint
CREATE TRIGGER reports_rollup_delete AFTER DELETE ON reports
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION reports_rollup_trigger();
