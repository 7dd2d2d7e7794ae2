WITH child AS (
  SELECT
    _pit_hook__employee AS __pit,
    _hook__employee,
    _hook__employee__manager,
    _hook__department,
    employee__record_valid_from AS __valid_from,
    employee__record_valid_to AS __valid_to,
    employee__record_updated_at AS __updated_at
  FROM dab.frame__org__employees
  WHERE _pit_hook__employee IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION ALL
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to > __valid_from
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__employee,
    child._hook__employee__manager,
    child._hook__department,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'org__employees' AS peripheral,
  CAST(((CAST(('0x' || substr(md5(concat_ws('~', 'peripheral|org__employees', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__bridge,
  __pit AS _pit_hook__employee,
  _hook__employee,
  _hook__employee__manager,
  _hook__department,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
