WITH landed AS (
  SELECT
    "department_id" AS department__department_id,
    "head_employee_id" AS department__head_employee_id,
    "name" AS department__name,
    "_loaded_at" AS department__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || CAST(length(CAST("department_id" AS VARCHAR)) AS VARCHAR) || ':' || CAST("department_id" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("head_employee_id" AS VARCHAR)) AS VARCHAR) || ':' || CAST("head_employee_id" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("name" AS VARCHAR)) AS VARCHAR) || ':' || CAST("name" AS VARCHAR), 'N')) AS department__record_hash
  FROM das.raw__org__departments
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY department__department_id ORDER BY department__record_loaded_at, department__record_hash) AS __position,
      lag(department__record_loaded_at) OVER (PARTITION BY department__department_id ORDER BY department__record_loaded_at, department__record_hash) AS __previous_load
    FROM landed
    WHERE department__department_id IS NOT NULL
  ) AS numbered
  WHERE __position = 1 OR __previous_load IS DISTINCT FROM department__record_loaded_at
),
changes AS (
  SELECT
    *,
    lag(department__record_hash) OVER (PARTITION BY department__department_id ORDER BY department__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY department__department_id ORDER BY department__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY department__department_id ORDER BY department__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> department__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to,
    'department__org|' || CAST(department__department_id AS VARCHAR) AS _hook__department,
    'employee__org|' || CAST(department__head_employee_id AS VARCHAR) AS _hook__employee__head
  FROM versions
)
SELECT
  CAST(((CAST(('0x' || substr(md5(_hook__department || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__department,
  _hook__department AS _hook__department,
  _hook__employee__head AS _hook__employee__head,
  department__department_id,
  department__head_employee_id,
  department__name,
  department__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS department__record_updated_at,
  __valid_from AS department__record_valid_from,
  __valid_to AS department__record_valid_to,
  __version AS department__record_version,
  __next_loaded_at IS NULL AS department__record_is_current,
  department__record_hash
FROM history
