SELECT
  CAST("country_code" AS VARCHAR) AS "country_code",
  CAST("name" AS VARCHAR) AS "name",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__geo__countries
