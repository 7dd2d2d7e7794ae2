SELECT
  CAST("department_id" AS INTEGER) AS "department_id",
  CAST("head_employee_id" AS INTEGER) AS "head_employee_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__org__departments
