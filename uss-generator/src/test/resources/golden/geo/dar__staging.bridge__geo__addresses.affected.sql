WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until)
SELECT _pit_hook__address AS entity
FROM dab.frame__geo__addresses
WHERE _pit_hook__address IS NOT NULL AND address__record_updated_at > (SELECT __after FROM __window) AND address__record_updated_at <= (SELECT __until FROM __window)
UNION
SELECT _pit_hook__address AS entity
FROM dab.frame__geo__addresses
WHERE _pit_hook__address IS NOT NULL AND _hook__state IN (
  SELECT parent_1._hook__state
  FROM dar__staging.bridge__geo__states AS parent_1
  WHERE parent_1.bridge__record_loaded_at > (SELECT __after FROM __window) AND parent_1.bridge__record_loaded_at <= (SELECT __until FROM __window)
)
