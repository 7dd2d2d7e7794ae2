WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until)
SELECT _pit_hook__order AS entity
FROM dab.frame__geo__orders
WHERE _pit_hook__order IS NOT NULL AND order__record_updated_at > (SELECT __after FROM __window) AND order__record_updated_at <= (SELECT __until FROM __window)
UNION
SELECT _pit_hook__order AS entity
FROM dab.frame__geo__orders
WHERE _pit_hook__order IS NOT NULL AND _hook__address__billing IN (
  SELECT parent_1._hook__address
  FROM dar__staging.bridge__geo__addresses AS parent_1
  WHERE parent_1.bridge__record_loaded_at > (SELECT __after FROM __window) AND parent_1.bridge__record_loaded_at <= (SELECT __until FROM __window)
)
UNION
SELECT _pit_hook__order AS entity
FROM dab.frame__geo__orders
WHERE _pit_hook__order IS NOT NULL AND _hook__address__shipping IN (
  SELECT parent_2._hook__address
  FROM dar__staging.bridge__geo__addresses AS parent_2
  WHERE parent_2.bridge__record_loaded_at > (SELECT __after FROM __window) AND parent_2.bridge__record_loaded_at <= (SELECT __until FROM __window)
)
