WITH
flags AS (
  SELECT _pit_hook__address AS __pit, CAST(NULL AS DATE) AS __date, CAST(NULL AS VARCHAR) AS __date_hook
  FROM dar__staging.bridge__geo__addresses
  WHERE false
)
SELECT
  bridge.peripheral,
  CAST(((CAST(('0x' || substr(md5(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), flags.__date_hook)), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__bridge,
  bridge._pit_hook__address,
  bridge._pit_hook__state,
  bridge._pit_hook__country,
  bridge._hook__address,
  bridge._hook__state,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  flags.__date_hook AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__geo__addresses AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__address
