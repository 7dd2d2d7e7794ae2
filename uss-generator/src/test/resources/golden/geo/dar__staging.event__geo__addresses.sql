WITH
flags AS (
  SELECT _pit_hook__address AS __pit, CAST(NULL AS DATE) AS __date
  FROM dar__staging.bridge__geo__addresses
  WHERE false
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__address,
  bridge._pit_hook__state,
  bridge._pit_hook__country,
  bridge._hook__address,
  bridge._hook__state,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  'epoch__date|' || strftime(flags.__date, '%Y-%m-%d') AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__geo__addresses AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__address
