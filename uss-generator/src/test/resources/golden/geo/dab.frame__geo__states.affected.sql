WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until),
landed AS (
  SELECT
    "state_id" AS state__state_id,
    "country_code" AS state__country_code,
    "name" AS state__name,
    "_loaded_at" AS state__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || CAST(length(CAST("state_id" AS VARCHAR)) AS VARCHAR) || ':' || CAST("state_id" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("country_code" AS VARCHAR)) AS VARCHAR) || ':' || CAST("country_code" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("name" AS VARCHAR)) AS VARCHAR) || ':' || CAST("name" AS VARCHAR), 'N')) AS state__record_hash
  FROM das.raw__geo__states
)
SELECT DISTINCT state__state_id AS entity
FROM landed
WHERE state__state_id IS NOT NULL AND __loaded_at > (SELECT __after FROM __window) AND __loaded_at <= (SELECT __until FROM __window)
  AND NOT EXISTS (
    SELECT 1
    FROM dab.frame__geo__states AS kept
    WHERE kept.state__record_is_current AND kept.state__state_id = landed.state__state_id AND kept.state__record_hash = landed.state__record_hash
  )
