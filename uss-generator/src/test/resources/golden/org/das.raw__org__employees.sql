SELECT
  CAST("employee_id" AS INTEGER) AS "employee_id",
  CAST("manager_id" AS INTEGER) AS "manager_id",
  CAST("department_id" AS INTEGER) AS "department_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("hired_on" AS DATE) AS "hired_on",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__org__employees
