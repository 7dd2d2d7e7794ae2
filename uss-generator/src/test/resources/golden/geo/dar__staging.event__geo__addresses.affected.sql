WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until)
SELECT DISTINCT _pit_hook__address AS entity
FROM dar__staging.bridge__geo__addresses
WHERE bridge__record_loaded_at > (SELECT __after FROM __window) AND bridge__record_loaded_at <= (SELECT __until FROM __window)
