WITH __window AS (SELECT CAST(? AS TIMESTAMP) AS __after, CAST(? AS TIMESTAMP) AS __until),
landed AS (
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
)
SELECT DISTINCT order__order_id AS entity
FROM landed
WHERE order__order_id IS NOT NULL AND __loaded_at > (SELECT __after FROM __window) AND __loaded_at <= (SELECT __until FROM __window)
  AND NOT EXISTS (
    SELECT 1
    FROM dab.frame__geo__orders AS kept
    WHERE kept.order__record_is_current AND kept.order__order_id = landed.order__order_id AND kept.order__record_hash = landed.order__record_hash
  )
