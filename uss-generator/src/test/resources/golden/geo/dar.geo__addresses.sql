SELECT
  _pit_hook__address,
  _hook__address,
  address__address_id,
  address__state_id,
  address__city,
  address__primary,
  address__record_loaded_at,
  address__record_updated_at,
  address__record_valid_from,
  address__record_valid_to,
  address__record_version,
  address__record_is_current,
  address__record_hash
FROM dab.frame__geo__addresses
UNION ALL
SELECT
  CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__address,
  'ghost_record' AS _hook__address,
  CAST(NULL AS INTEGER) AS address__address_id,
  CAST(NULL AS INTEGER) AS address__state_id,
  CAST('N/A' AS VARCHAR) AS address__city,
  CAST(NULL AS BOOLEAN) AS address__primary,
  CAST(NULL AS TIMESTAMP) AS address__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS address__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS address__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS address__record_valid_to,
  CAST(NULL AS BIGINT) AS address__record_version,
  CAST(NULL AS BOOLEAN) AS address__record_is_current,
  CAST(NULL AS VARCHAR) AS address__record_hash
