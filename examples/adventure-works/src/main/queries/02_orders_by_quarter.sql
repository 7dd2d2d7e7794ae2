-- Orders per quarter, online against reseller, and what they are worth: the orders' rows of the unified
-- bridge on their order date, joined to the calendar.
SELECT cal.calendar__year_quarter AS quarter,
       count(*) FILTER (WHERE h.sales_order_header__online_order_flag) AS online_orders,
       count(*) FILTER (WHERE NOT h.sales_order_header__online_order_flag) AS reseller_orders,
       round(sum(h.sales_order_header__total_due), 2) AS total_due
FROM dar._bridge__as_of AS b
JOIN dar.adventure_works__sales_order_headers AS h USING (_pit_hook__order__sales)
JOIN dar.calendar AS cal USING (_hook__epoch__date)
WHERE b.peripheral = 'adventure_works__sales_order_headers' AND b.bridge__is_current AND b.event__order_date
GROUP BY ALL
ORDER BY quarter
