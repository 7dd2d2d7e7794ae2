-- The same question asked of the raw tables directly: the latest version of each record, joined by key.
WITH h AS (SELECT * FROM das.raw__adventure_works__sales_order_headers
           QUALIFY row_number() OVER (PARTITION BY sales_order_id ORDER BY _loaded_at DESC) = 1),
     m AS (SELECT * FROM das.raw__adventure_works__ship_methods
           QUALIFY row_number() OVER (PARTITION BY ship_method_id ORDER BY _loaded_at DESC) = 1)
SELECT year(h.order_date) AS order_year, coalesce(m.name, 'N/A') AS ship_method, count(*) AS orders,
       round(avg(date_diff('day', h.order_date, h.ship_date)), 2) AS avg_days_to_ship,
       count(*) FILTER (WHERE h.ship_date > h.due_date) AS shipped_late
FROM h LEFT JOIN m ON m.ship_method_id = h.ship_method_id
GROUP BY ALL
ORDER BY order_year, ship_method
