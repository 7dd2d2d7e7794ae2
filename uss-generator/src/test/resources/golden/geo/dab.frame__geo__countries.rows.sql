WITH landed AS (
  SELECT
    "country_code" AS country__country_code,
    "name" AS country__name,
    "_loaded_at" AS country__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || CAST(length(CAST("country_code" AS VARCHAR)) AS VARCHAR) || ':' || CAST("country_code" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("name" AS VARCHAR)) AS VARCHAR) || ':' || CAST("name" AS VARCHAR), 'N')) AS country__record_hash
  FROM das.raw__geo__countries
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY country__country_code ORDER BY country__record_loaded_at, country__record_hash) AS __position,
      lag(country__record_loaded_at) OVER (PARTITION BY country__country_code ORDER BY country__record_loaded_at, country__record_hash) AS __previous_load
    FROM landed
    WHERE country__country_code IS NOT NULL AND country__country_code IN (SELECT entity FROM temp.affected__dab__frame__geo__countries)
  ) AS numbered
  WHERE __position = 1 OR __previous_load IS DISTINCT FROM country__record_loaded_at
),
changes AS (
  SELECT
    *,
    lag(country__record_hash) OVER (PARTITION BY country__country_code ORDER BY country__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY country__country_code ORDER BY country__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY country__country_code ORDER BY country__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> country__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to,
    'country__geo|' || CAST(country__country_code AS VARCHAR) AS _hook__country
  FROM versions
)
SELECT
  CAST(((CAST(('0x' || substr(md5(_hook__country || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__country,
  _hook__country AS _hook__country,
  country__country_code,
  country__name,
  country__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS country__record_updated_at,
  __valid_from AS country__record_valid_from,
  __valid_to AS country__record_valid_to,
  __version AS country__record_version,
  __next_loaded_at IS NULL AS country__record_is_current,
  country__record_hash
FROM history
