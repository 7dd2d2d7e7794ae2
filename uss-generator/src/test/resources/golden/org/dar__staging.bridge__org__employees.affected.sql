WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until)
SELECT _pit_hook__employee AS entity
FROM dab.frame__org__employees
WHERE _pit_hook__employee IS NOT NULL AND employee__record_updated_at > (SELECT __after FROM __window) AND employee__record_updated_at <= (SELECT __until FROM __window)
