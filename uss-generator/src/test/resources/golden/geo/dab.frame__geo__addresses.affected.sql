WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until),
landed AS (
  SELECT
    "address_id" AS address__address_id,
    "state_id" AS address__state_id,
    "city" AS address__city,
    "primary" AS address__primary,
    "_loaded_at" AS address__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || CAST(length(CAST("address_id" AS VARCHAR)) AS VARCHAR) || ':' || CAST("address_id" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("state_id" AS VARCHAR)) AS VARCHAR) || ':' || CAST("state_id" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("city" AS VARCHAR)) AS VARCHAR) || ':' || CAST("city" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("primary" AS VARCHAR)) AS VARCHAR) || ':' || CAST("primary" AS VARCHAR), 'N')) AS address__record_hash
  FROM das.raw__geo__addresses
)
SELECT DISTINCT address__address_id AS entity
FROM landed
WHERE address__address_id IS NOT NULL AND __loaded_at > (SELECT __after FROM __window) AND __loaded_at <= (SELECT __until FROM __window)
  AND NOT EXISTS (
    SELECT 1
    FROM dab.frame__geo__addresses AS kept
    WHERE kept.address__record_is_current AND kept.address__address_id = landed.address__address_id AND kept.address__record_hash = landed.address__record_hash
  )
