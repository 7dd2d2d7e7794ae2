WITH landed AS (
  SELECT
    "employee_id" AS employee__employee_id,
    "manager_id" AS employee__manager_id,
    "department_id" AS employee__department_id,
    "name" AS employee__name,
    "hired_on" AS employee__hired_on,
    "_loaded_at" AS employee__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || CAST(length(CAST("employee_id" AS VARCHAR)) AS VARCHAR) || ':' || CAST("employee_id" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("manager_id" AS VARCHAR)) AS VARCHAR) || ':' || CAST("manager_id" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("department_id" AS VARCHAR)) AS VARCHAR) || ':' || CAST("department_id" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("name" AS VARCHAR)) AS VARCHAR) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("hired_on" AS VARCHAR)) AS VARCHAR) || ':' || CAST("hired_on" AS VARCHAR), 'N')) AS employee__record_hash
  FROM das.raw__org__employees
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY employee__employee_id ORDER BY employee__record_loaded_at, employee__record_hash) AS __position,
      lag(employee__record_loaded_at) OVER (PARTITION BY employee__employee_id ORDER BY employee__record_loaded_at, employee__record_hash) AS __previous_load
    FROM landed
    WHERE employee__employee_id IS NOT NULL
  ) AS numbered
  WHERE __position = 1 OR __previous_load IS DISTINCT FROM employee__record_loaded_at
),
changes AS (
  SELECT
    *,
    lag(employee__record_hash) OVER (PARTITION BY employee__employee_id ORDER BY employee__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY employee__employee_id ORDER BY employee__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY employee__employee_id ORDER BY employee__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> employee__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to,
    'employee__org|' || CAST(employee__employee_id AS VARCHAR) AS _hook__employee,
    'employee__org|' || CAST(employee__manager_id AS VARCHAR) AS _hook__employee__manager,
    'department__org|' || CAST(employee__department_id AS VARCHAR) AS _hook__department
  FROM versions
)
SELECT
  CAST(((CAST(('0x' || substr(md5(_hook__employee || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__employee,
  _hook__employee AS _hook__employee,
  _hook__employee__manager AS _hook__employee__manager,
  _hook__department AS _hook__department,
  employee__employee_id,
  employee__manager_id,
  employee__department_id,
  employee__name,
  employee__hired_on,
  employee__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS employee__record_updated_at,
  __valid_from AS employee__record_valid_from,
  __valid_to AS employee__record_valid_to,
  __version AS employee__record_version,
  __next_loaded_at IS NULL AS employee__record_is_current,
  employee__record_hash
FROM history
