SELECT
  _pit_hook__employee,
  _hook__employee,
  employee__employee_id,
  employee__manager_id,
  employee__department_id,
  employee__name,
  employee__hired_on,
  employee__record_loaded_at,
  employee__record_updated_at,
  employee__record_valid_from,
  employee__record_valid_to,
  employee__record_version,
  employee__record_is_current,
  employee__record_hash
FROM dab.frame__org__employees
UNION ALL
SELECT
  CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__employee,
  'ghost_record' AS _hook__employee,
  CAST(NULL AS INTEGER) AS employee__employee_id,
  CAST(NULL AS INTEGER) AS employee__manager_id,
  CAST(NULL AS INTEGER) AS employee__department_id,
  CAST('N/A' AS VARCHAR) AS employee__name,
  CAST(NULL AS DATE) AS employee__hired_on,
  CAST(NULL AS TIMESTAMP) AS employee__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS employee__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS employee__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS employee__record_valid_to,
  CAST(NULL AS BIGINT) AS employee__record_version,
  CAST(NULL AS BOOLEAN) AS employee__record_is_current,
  CAST(NULL AS VARCHAR) AS employee__record_hash
