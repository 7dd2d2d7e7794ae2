-- The same question asked of the raw tables directly: the latest version of each record, joined by key.
WITH h AS (SELECT * FROM das.raw__adventure_works__sales_order_headers
           QUALIFY row_number() OVER (PARTITION BY sales_order_id ORDER BY _loaded_at DESC) = 1)
SELECT CAST(year(order_date) AS VARCHAR) || '-Q' || CAST(quarter(order_date) AS VARCHAR) AS quarter,
       count(*) FILTER (WHERE online_order_flag) AS online_orders,
       count(*) FILTER (WHERE NOT online_order_flag) AS reseller_orders,
       round(sum(total_due), 2) AS total_due
FROM h
GROUP BY ALL
ORDER BY quarter
