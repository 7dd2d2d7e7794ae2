-- The ten products that brought the most revenue, with their category (reached through the
-- product's subcategory in the bridge).
SELECT p.product__name AS product,
       coalesce(c.product_category__name, 'N/A') AS category,
       sum(d.sales_order_detail__order_qty) AS units,
       round(sum(d.sales_order_detail__line_total), 2) AS revenue
FROM dar._bridge__as_of AS b
JOIN dar.adventure_works__sales_order_details AS d USING (_pit_hook__sales_order_detail)
JOIN dar.adventure_works__products AS p USING (_pit_hook__product)
JOIN dar.adventure_works__product_categories AS c USING (_pit_hook__product_category)
WHERE b.peripheral = 'adventure_works__sales_order_details' AND b.bridge__is_current
GROUP BY ALL
ORDER BY revenue DESC, product
LIMIT 10
