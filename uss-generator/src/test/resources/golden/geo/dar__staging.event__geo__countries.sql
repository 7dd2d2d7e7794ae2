SELECT
  bridge.peripheral,
  concat_ws('~', bridge._pit_hook__bridge) AS _pit_hook__bridge,
  bridge._pit_hook__country,
  bridge._hook__country,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  CAST(NULL AS VARCHAR) AS _hook__epoch__date,
  CAST(NULL AS DATE) AS _event__date
FROM dar__staging.bridge__geo__countries AS bridge
