WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until)
SELECT _pit_hook__country AS entity
FROM dab.frame__geo__countries
WHERE _pit_hook__country IS NOT NULL AND country__record_updated_at > (SELECT __after FROM __window) AND country__record_updated_at <= (SELECT __until FROM __window)
