SELECT 'frame__geo__orders' AS model, count(*) AS row_count FROM dab.frame__geo__orders
