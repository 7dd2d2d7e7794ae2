SELECT
  CAST("address_id" AS INTEGER) AS "address_id",
  CAST("state_id" AS INTEGER) AS "state_id",
  CAST("city" AS VARCHAR) AS "city",
  CAST("primary" AS BOOLEAN) AS "primary",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__geo__addresses
