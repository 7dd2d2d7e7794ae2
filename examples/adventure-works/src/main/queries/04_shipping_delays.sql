-- Shipping: days from order to shipment and orders shipped after their due date, per year and ship method.
SELECT year(h.sales_order_header__order_date) AS order_year,
       m.ship_method__name AS ship_method,
       count(*) AS orders,
       round(avg(date_diff('day', h.sales_order_header__order_date, h.sales_order_header__ship_date)), 2) AS avg_days_to_ship,
       count(*) FILTER (WHERE h.sales_order_header__ship_date > h.sales_order_header__due_date) AS shipped_late
FROM dar._bridge__as_of AS b
JOIN dar.adventure_works__sales_order_headers AS h USING (_pit_hook__order__sales)
JOIN dar.adventure_works__ship_methods AS m USING (_pit_hook__ship_method)
WHERE b.peripheral = 'adventure_works__sales_order_headers' AND b.bridge__is_current AND b.event__order_date
GROUP BY ALL
ORDER BY order_year, ship_method
