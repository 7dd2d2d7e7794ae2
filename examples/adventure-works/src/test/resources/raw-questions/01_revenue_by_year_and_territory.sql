-- The same question asked of the raw tables directly: the latest version of each record, joined by key.
WITH d AS (SELECT * FROM das.raw__adventure_works__sales_order_details
           QUALIFY row_number() OVER (PARTITION BY sales_order_id, sales_order_detail_id ORDER BY _loaded_at DESC) = 1),
     h AS (SELECT * FROM das.raw__adventure_works__sales_order_headers
           QUALIFY row_number() OVER (PARTITION BY sales_order_id ORDER BY _loaded_at DESC) = 1),
     t AS (SELECT * FROM das.raw__adventure_works__sales_territories
           QUALIFY row_number() OVER (PARTITION BY territory_id ORDER BY _loaded_at DESC) = 1)
SELECT year(h.order_date) AS order_year, coalesce(t.name, 'N/A') AS territory,
       count(DISTINCT h.sales_order_id) AS orders, round(sum(d.line_total), 2) AS revenue
FROM d JOIN h USING (sales_order_id) LEFT JOIN t ON t.territory_id = h.territory_id
GROUP BY ALL
ORDER BY order_year, territory
