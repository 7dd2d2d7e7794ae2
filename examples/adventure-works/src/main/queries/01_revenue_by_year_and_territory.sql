-- Revenue and orders by order year and sales territory, through the unified bridge: order lines,
-- their order's peripheral for the date and the territory's peripheral for its name, as currently known.
SELECT year(h.sales_order_header__order_date) AS order_year,
       t.sales_territory__name AS territory,
       count(DISTINCT h.sales_order_header__sales_order_id) AS orders,
       round(sum(d.sales_order_detail__line_total), 2) AS revenue
FROM dar._bridge__as_of AS b
JOIN dar.adventure_works__sales_order_details AS d USING (_pit_hook__sales_order_detail)
JOIN dar.adventure_works__sales_order_headers AS h USING (_pit_hook__order__sales)
JOIN dar.adventure_works__sales_territories AS t USING (_pit_hook__sales_territory)
WHERE b.peripheral = 'adventure_works__sales_order_details' AND b.bridge__is_current
GROUP BY ALL
ORDER BY order_year, territory
