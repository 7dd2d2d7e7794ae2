SELECT
  _pit_hook__department,
  _hook__department,
  department__department_id,
  department__head_employee_id,
  department__name,
  department__record_loaded_at,
  department__record_updated_at,
  department__record_valid_from,
  department__record_valid_to,
  department__record_version,
  department__record_is_current,
  department__record_hash
FROM dab.frame__org__departments
UNION ALL
SELECT
  CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__department,
  'ghost_record' AS _hook__department,
  CAST(NULL AS INTEGER) AS department__department_id,
  CAST(NULL AS INTEGER) AS department__head_employee_id,
  CAST('N/A' AS VARCHAR) AS department__name,
  CAST(NULL AS TIMESTAMP) AS department__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS department__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS department__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS department__record_valid_to,
  CAST(NULL AS BIGINT) AS department__record_version,
  CAST(NULL AS BOOLEAN) AS department__record_is_current,
  CAST(NULL AS VARCHAR) AS department__record_hash
