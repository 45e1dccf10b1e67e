-- The rollup trigger also bumps a per-operator version in the same transaction, so a
-- cached summary can be checked for freshness with one indexed read.
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
INSERT INTO report_rollup_versions (operator_id, version, updated_at)
SELECT operator_id, 1, max(updated_at) FROM report_counts GROUP BY operator_id
ON CONFLICT (operator_id) DO NOTHING;
