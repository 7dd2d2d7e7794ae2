SELECT country_code, name, count(*) AS loads
FROM das.landed__geo__countries
GROUP BY ALL
ORDER BY country_code, name
