SELECT
  _pit_hook__country,
  _hook__country,
  country__country_code,
  country__name,
  country__record_loaded_at,
  country__record_updated_at,
  country__record_valid_from,
  country__record_valid_to,
  country__record_version,
  country__record_is_current,
  country__record_hash
FROM dab.frame__geo__countries
UNION ALL
SELECT
  CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__country,
  'ghost_record' AS _hook__country,
  CAST('N/A' AS VARCHAR) AS country__country_code,
  CAST('N/A' AS VARCHAR) AS country__name,
  CAST(NULL AS TIMESTAMP) AS country__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS country__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS country__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS country__record_valid_to,
  CAST(NULL AS BIGINT) AS country__record_version,
  CAST(NULL AS BOOLEAN) AS country__record_is_current,
  CAST(NULL AS VARCHAR) AS country__record_hash
