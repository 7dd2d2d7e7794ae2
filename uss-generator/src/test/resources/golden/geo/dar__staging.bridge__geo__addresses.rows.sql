WITH child AS (
  SELECT
    _pit_hook__address AS __pit,
    _hook__address,
    _hook__state,
    address__record_valid_from AS __valid_from,
    address__record_valid_to AS __valid_to,
    address__record_updated_at AS __updated_at
  FROM dab.frame__geo__addresses
  WHERE _pit_hook__address IS NOT NULL AND _pit_hook__address IN (SELECT entity FROM temp.affected__dar__staging__bridge__geo__addresses)
),
pieces_1 AS (
  SELECT
    child.__pit,
    greatest(parent_1.bridge__record_valid_from, child.__valid_from) AS __from,
    least(parent_1.bridge__record_valid_to, child.__valid_to) AS __to,
    parent_1.bridge__record_valid_from > child.__valid_from AS __cuts_at_from,
    parent_1.bridge__record_valid_to < child.__valid_to AS __cuts_at_to,
    parent_1._pit_hook__state,
    parent_1._pit_hook__country,
    parent_1.bridge__record_loaded_at AS __loaded_at
  FROM child
  INNER JOIN dar__staging.bridge__geo__states AS parent_1
    ON parent_1._hook__state = child._hook__state AND parent_1.bridge__record_valid_from < child.__valid_to AND parent_1.bridge__record_valid_to > child.__valid_from
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION ALL
  SELECT __pit, __valid_to AS __at FROM child
  UNION ALL
  SELECT __pit, __from AS __at FROM pieces_1 WHERE __cuts_at_from
  UNION ALL
  SELECT __pit, __to AS __at FROM pieces_1 WHERE __cuts_at_to
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
    parent_1._pit_hook__state AS _pit_hook__state,
    parent_1._pit_hook__country AS _pit_hook__country,
    child._hook__address,
    child._hook__state,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.__loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN pieces_1 AS parent_1
    ON parent_1.__pit = intervals.__pit AND parent_1.__from <= intervals.__valid_from AND parent_1.__to >= intervals.__valid_to
)
SELECT
  'geo__addresses' AS peripheral,
  CAST(((CAST(('0x' || substr(md5(concat_ws('~', 'peripheral|geo__addresses', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__bridge,
  __pit AS _pit_hook__address,
  _pit_hook__state,
  _pit_hook__country,
  _hook__address,
  _hook__state,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
