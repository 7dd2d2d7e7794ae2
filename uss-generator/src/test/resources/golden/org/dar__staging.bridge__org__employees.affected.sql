WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until)
SELECT _pit_hook__employee AS entity
FROM dab.frame__org__employees
WHERE _pit_hook__employee IS NOT NULL AND employee__record_updated_at > (SELECT __after FROM __window) AND employee__record_updated_at <= (SELECT __until FROM __window)
UNION
SELECT _pit_hook__employee AS entity
FROM dab.frame__org__employees
WHERE _pit_hook__employee IS NOT NULL AND _hook__employee__manager IN (
  SELECT parent_1._hook__employee
  FROM dab.frame__org__employees AS parent_1
  WHERE parent_1.employee__record_updated_at > (SELECT __after FROM __window) AND parent_1.employee__record_updated_at <= (SELECT __until FROM __window)
)
UNION
SELECT _pit_hook__employee AS entity
FROM dab.frame__org__employees
WHERE _pit_hook__employee IS NOT NULL AND _hook__department IN (
  SELECT parent_2._hook__department
  FROM dab.frame__org__departments AS parent_2
  WHERE parent_2.department__record_updated_at > (SELECT __after FROM __window) AND parent_2.department__record_updated_at <= (SELECT __until FROM __window)
)
