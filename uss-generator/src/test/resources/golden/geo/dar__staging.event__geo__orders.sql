WITH
record AS (
  SELECT
    order__order_id AS "order_id",
    order__bill_to_address_id AS "bill_to_address_id",
    order__ship_to_address_id AS "ship_to_address_id",
    order__order_date AS "order_date",
    order__ship_date AS "ship_date",
    order__status AS "status",
    order__amount AS "amount",
    order__record_loaded_at AS "_loaded_at",
    _pit_hook__order AS __pit
  FROM dab.frame__geo__orders
),
dated AS (
  SELECT
    __pit,
    "order_date" AS __event_0,
    "ship_date" AS __event_1,
    CAST((order_date + 30) AS DATE) AS __event_2
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1, __event_2))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    'epoch__date|' || strftime(__date, '%Y-%m-%d') AS __date_hook,
    coalesce(__event_0 = __date, false) AS event__order_date,
    coalesce(__event_1 = __date, false) AS event__ship_date,
    coalesce(__event_2 = __date, false) AS event__due
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CAST(((CAST(('0x' || substr(md5(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), flags.__date_hook)), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__bridge,
  bridge._pit_hook__order,
  bridge._pit_hook__address__billing,
  bridge._pit_hook__state__billing,
  bridge._pit_hook__country__billing,
  bridge._pit_hook__address__shipping,
  bridge._pit_hook__state__shipping,
  bridge._pit_hook__country__shipping,
  bridge._hook__order,
  bridge._hook__address__billing,
  bridge._hook__address__shipping,
  bridge._hook__order__addresses,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__order_date, false) AS event__order_date,
  coalesce(flags.event__ship_date, false) AS event__ship_date,
  coalesce(flags.event__due, false) AS event__due,
  flags.__date_hook AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__geo__orders AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__order
