WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until),
landed AS (
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
)
SELECT DISTINCT department__department_id AS entity
FROM landed
WHERE department__department_id IS NOT NULL AND __loaded_at > (SELECT __after FROM __window) AND __loaded_at <= (SELECT __until FROM __window)
  AND NOT EXISTS (
    SELECT 1
    FROM dab.frame__org__departments AS kept
    WHERE kept.department__record_is_current AND kept.department__department_id = landed.department__department_id AND kept.department__record_hash = landed.department__record_hash
  )
