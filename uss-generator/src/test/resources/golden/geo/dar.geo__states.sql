SELECT
  _pit_hook__state,
  _hook__state,
  state__state_id,
  state__country_code,
  state__name,
  state__record_loaded_at,
  state__record_updated_at,
  state__record_valid_from,
  state__record_valid_to,
  state__record_version,
  state__record_is_current,
  state__record_hash
FROM dab.frame__geo__states
UNION ALL
SELECT
  CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__state,
  'ghost_record' AS _hook__state,
  CAST(NULL AS INTEGER) AS state__state_id,
  CAST('N/A' AS VARCHAR) AS state__country_code,
  CAST('N/A' AS VARCHAR) AS state__name,
  CAST(NULL AS TIMESTAMP) AS state__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS state__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS state__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS state__record_valid_to,
  CAST(NULL AS BIGINT) AS state__record_version,
  CAST(NULL AS BOOLEAN) AS state__record_is_current,
  CAST(NULL AS VARCHAR) AS state__record_hash
