WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until)
SELECT _pit_hook__department AS entity
FROM dab.frame__org__departments
WHERE _pit_hook__department IS NOT NULL AND department__record_updated_at > (SELECT __after FROM __window) AND department__record_updated_at <= (SELECT __until FROM __window)
UNION
SELECT _pit_hook__department AS entity
FROM dab.frame__org__departments
WHERE _pit_hook__department IS NOT NULL AND _hook__employee__head IN (
  SELECT parent_1._hook__employee
  FROM dar__staging.bridge__org__employees AS parent_1
  WHERE parent_1.bridge__record_loaded_at > (SELECT __after FROM __window) AND parent_1.bridge__record_loaded_at <= (SELECT __until FROM __window)
)
