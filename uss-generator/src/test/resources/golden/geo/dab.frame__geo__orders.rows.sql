WITH landed AS (
  SELECT
    "order_id" AS order__order_id,
    "bill_to_address_id" AS order__bill_to_address_id,
    "ship_to_address_id" AS order__ship_to_address_id,
    "order_date" AS order__order_date,
    "ship_date" AS order__ship_date,
    "status" AS order__status,
    "amount" AS order__amount,
    "_loaded_at" AS order__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || CAST(length(CAST("order_id" AS VARCHAR)) AS VARCHAR) || ':' || CAST("order_id" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("bill_to_address_id" AS VARCHAR)) AS VARCHAR) || ':' || CAST("bill_to_address_id" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("ship_to_address_id" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ship_to_address_id" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("order_date" AS VARCHAR)) AS VARCHAR) || ':' || CAST("order_date" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("ship_date" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ship_date" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("status" AS VARCHAR)) AS VARCHAR) || ':' || CAST("status" AS VARCHAR), 'N') ||
      coalesce('V' || CAST(length(CAST("amount" AS VARCHAR)) AS VARCHAR) || ':' || CAST("amount" AS VARCHAR), 'N')) AS order__record_hash
  FROM das.raw__geo__orders
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY order__order_id ORDER BY order__record_loaded_at, order__record_hash) AS __position,
      lag(order__record_loaded_at) OVER (PARTITION BY order__order_id ORDER BY order__record_loaded_at, order__record_hash) AS __previous_load
    FROM landed
    WHERE order__order_id IS NOT NULL AND order__order_id IN (SELECT entity FROM temp.affected__dab__frame__geo__orders)
  ) AS numbered
  WHERE __position = 1 OR __previous_load IS DISTINCT FROM order__record_loaded_at
),
changes AS (
  SELECT
    *,
    lag(order__record_hash) OVER (PARTITION BY order__order_id ORDER BY order__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY order__order_id ORDER BY order__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY order__order_id ORDER BY order__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> order__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to,
    'order__geo|' || CAST(order__order_id AS VARCHAR) AS _hook__order,
    'address__geo|' || CAST(order__bill_to_address_id AS VARCHAR) AS _hook__address__billing,
    'address__geo|' || CAST(order__ship_to_address_id AS VARCHAR) AS _hook__address__shipping,
    ('address__geo|' || CAST(order__bill_to_address_id AS VARCHAR)) || '~' || ('address__geo|' || CAST(order__ship_to_address_id AS VARCHAR)) AS _hook__order__addresses
  FROM versions
)
SELECT
  CAST(((CAST(('0x' || substr(md5(_hook__order || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__order,
  _hook__order AS _hook__order,
  _hook__address__billing AS _hook__address__billing,
  _hook__address__shipping AS _hook__address__shipping,
  _hook__order__addresses AS _hook__order__addresses,
  order__order_id,
  order__bill_to_address_id,
  order__ship_to_address_id,
  order__order_date,
  order__ship_date,
  order__status,
  order__amount,
  order__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS order__record_updated_at,
  __valid_from AS order__record_valid_from,
  __valid_to AS order__record_valid_to,
  __version AS order__record_version,
  __next_loaded_at IS NULL AS order__record_is_current,
  order__record_hash
FROM history
