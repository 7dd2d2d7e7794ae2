WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until),
landed AS (
  SELECT
    "country_code" AS country__country_code,
    "name" AS country__name,
    "_loaded_at" AS country__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || CAST(length(CAST("country_code" AS VARCHAR)) AS VARCHAR) || ':' || CAST("country_code" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("name" AS VARCHAR)) AS VARCHAR) || ':' || CAST("name" AS VARCHAR), 'N')) AS country__record_hash
  FROM das.raw__geo__countries
)
SELECT DISTINCT country__country_code AS entity
FROM landed
WHERE country__country_code IS NOT NULL AND __loaded_at > (SELECT __after FROM __window) AND __loaded_at <= (SELECT __until FROM __window)
  AND NOT EXISTS (
    SELECT 1
    FROM dab.frame__geo__countries AS kept
    WHERE kept.country__record_is_current AND kept.country__country_code = landed.country__country_code AND kept.country__record_hash = landed.country__record_hash
  )
