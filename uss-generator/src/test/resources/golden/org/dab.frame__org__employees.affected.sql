WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until),
landed AS (
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
)
SELECT DISTINCT employee__employee_id AS entity
FROM landed
WHERE employee__employee_id IS NOT NULL AND __loaded_at > (SELECT __after FROM __window) AND __loaded_at <= (SELECT __until FROM __window)
  AND NOT EXISTS (
    SELECT 1
    FROM dab.frame__org__employees AS kept
    WHERE kept.employee__record_is_current AND kept.employee__employee_id = landed.employee__employee_id AND kept.employee__record_hash = landed.employee__record_hash
  )
