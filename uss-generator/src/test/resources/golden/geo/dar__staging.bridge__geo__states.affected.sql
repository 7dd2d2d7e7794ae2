WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until)
SELECT _pit_hook__state AS entity
FROM dab.frame__geo__states
WHERE _pit_hook__state IS NOT NULL AND state__record_updated_at > (SELECT __after FROM __window) AND state__record_updated_at <= (SELECT __until FROM __window)
UNION
SELECT _pit_hook__state AS entity
FROM dab.frame__geo__states
WHERE _pit_hook__state IS NOT NULL AND _hook__country IN (
  SELECT parent_1._hook__country
  FROM dar__staging.bridge__geo__countries AS parent_1
  WHERE parent_1.bridge__record_loaded_at > (SELECT __after FROM __window) AND parent_1.bridge__record_loaded_at <= (SELECT __until FROM __window)
)
