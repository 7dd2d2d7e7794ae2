WITH landed AS (
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
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY state__state_id ORDER BY state__record_loaded_at, state__record_hash) AS __position,
      lag(state__record_loaded_at) OVER (PARTITION BY state__state_id ORDER BY state__record_loaded_at, state__record_hash) AS __previous_load
    FROM landed
    WHERE state__state_id IS NOT NULL
  ) AS numbered
  WHERE __position = 1 OR __previous_load IS DISTINCT FROM state__record_loaded_at
),
changes AS (
  SELECT
    *,
    lag(state__record_hash) OVER (PARTITION BY state__state_id ORDER BY state__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY state__state_id ORDER BY state__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY state__state_id ORDER BY state__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> state__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to,
    'state__geo|' || CAST(state__state_id AS VARCHAR) AS _hook__state,
    'country__geo|' || CAST(state__country_code AS VARCHAR) AS _hook__country
  FROM versions
)
SELECT
  CAST(((CAST(('0x' || substr(md5(_hook__state || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__state,
  _hook__state AS _hook__state,
  _hook__country AS _hook__country,
  state__state_id,
  state__country_code,
  state__name,
  state__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS state__record_updated_at,
  __valid_from AS state__record_valid_from,
  __valid_to AS state__record_valid_to,
  __version AS state__record_version,
  __next_loaded_at IS NULL AS state__record_is_current,
  state__record_hash
FROM history
