-- The same question asked of the raw tables directly: the latest version of each record, joined by key.
WITH d AS (SELECT * FROM das.raw__adventure_works__sales_order_details
           QUALIFY row_number() OVER (PARTITION BY sales_order_id, sales_order_detail_id ORDER BY _loaded_at DESC) = 1),
     p AS (SELECT * FROM das.raw__adventure_works__products
           QUALIFY row_number() OVER (PARTITION BY product_id ORDER BY _loaded_at DESC) = 1),
     s AS (SELECT * FROM das.raw__adventure_works__product_subcategories
           QUALIFY row_number() OVER (PARTITION BY product_subcategory_id ORDER BY _loaded_at DESC) = 1),
     c AS (SELECT * FROM das.raw__adventure_works__product_categories
           QUALIFY row_number() OVER (PARTITION BY product_category_id ORDER BY _loaded_at DESC) = 1)
SELECT p.name AS product, coalesce(c.name, 'N/A') AS category,
       sum(d.order_qty) AS units, round(sum(d.line_total), 2) AS revenue
FROM d JOIN p USING (product_id)
LEFT JOIN s ON s.product_subcategory_id = p.product_subcategory_id
LEFT JOIN c ON c.product_category_id = s.product_category_id
GROUP BY ALL
ORDER BY revenue DESC, product
LIMIT 10
