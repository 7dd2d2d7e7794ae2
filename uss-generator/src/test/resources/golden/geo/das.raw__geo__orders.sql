SELECT
  CAST("order_id" AS INTEGER) AS "order_id",
  CAST("bill_to_address_id" AS INTEGER) AS "bill_to_address_id",
  CAST("ship_to_address_id" AS INTEGER) AS "ship_to_address_id",
  CAST("order_date" AS DATE) AS "order_date",
  CAST("ship_date" AS DATE) AS "ship_date",
  CAST("status" AS VARCHAR) AS "status",
  CAST("amount" AS DECIMAL(10,2)) AS "amount",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__geo__orders
