WITH landed AS (
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
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY address__address_id ORDER BY address__record_loaded_at, address__record_hash) AS __position,
      lag(address__record_loaded_at) OVER (PARTITION BY address__address_id ORDER BY address__record_loaded_at, address__record_hash) AS __previous_load
    FROM landed
    WHERE address__address_id IS NOT NULL AND address__address_id IN (SELECT entity FROM temp.affected__dab__frame__geo__addresses)
  ) AS numbered
  WHERE __position = 1 OR __previous_load IS DISTINCT FROM address__record_loaded_at
),
changes AS (
  SELECT
    *,
    lag(address__record_hash) OVER (PARTITION BY address__address_id ORDER BY address__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY address__address_id ORDER BY address__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY address__address_id ORDER BY address__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> address__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to,
    'address__geo|' || CAST(address__address_id AS VARCHAR) AS _hook__address,
    'state__geo|' || CAST(address__state_id AS VARCHAR) AS _hook__state
  FROM versions
)
SELECT
  CAST(((CAST(('0x' || substr(md5(_hook__address || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__address,
  _hook__address AS _hook__address,
  _hook__state AS _hook__state,
  address__address_id,
  address__state_id,
  address__city,
  address__primary,
  address__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS address__record_updated_at,
  __valid_from AS address__record_valid_from,
  __valid_to AS address__record_valid_to,
  __version AS address__record_version,
  __next_loaded_at IS NULL AS address__record_is_current,
  address__record_hash
FROM history
