-- What the run built: models and rows per layer (schema) and kind, from the run state.
SELECT schema_name AS layer, lower(kind) AS kind, count(*) AS models,
       sum(CASE WHEN materialization = 'VIEW' THEN 0 ELSE row_count END) AS rows_in_tables
FROM _hooklake.model_state
GROUP BY ALL
ORDER BY layer, kind
