WITH child AS (
  SELECT
    _pit_hook__order AS __pit,
    _hook__order,
    _hook__address__billing,
    _hook__address__shipping,
    _hook__order__addresses,
    order__record_valid_from AS __valid_from,
    order__record_valid_to AS __valid_to,
    order__record_updated_at AS __updated_at
  FROM dab.frame__geo__orders
  WHERE _pit_hook__order IS NOT NULL AND _pit_hook__order IN (SELECT entity FROM temp.affected__dar__staging__bridge__geo__orders)
),
pieces_1 AS (
  SELECT
    child.__pit,
    greatest(parent_1.bridge__record_valid_from, child.__valid_from) AS __from,
    least(parent_1.bridge__record_valid_to, child.__valid_to) AS __to,
    parent_1.bridge__record_valid_from > child.__valid_from AS __cuts_at_from,
    parent_1.bridge__record_valid_to < child.__valid_to AS __cuts_at_to,
    parent_1._pit_hook__address,
    parent_1._pit_hook__state,
    parent_1._pit_hook__country,
    parent_1.bridge__record_loaded_at AS __loaded_at
  FROM child
  INNER JOIN dar__staging.bridge__geo__addresses AS parent_1
    ON parent_1._hook__address = child._hook__address__billing AND parent_1.bridge__record_valid_from < child.__valid_to AND parent_1.bridge__record_valid_to > child.__valid_from
),
pieces_2 AS (
  SELECT
    child.__pit,
    greatest(parent_2.bridge__record_valid_from, child.__valid_from) AS __from,
    least(parent_2.bridge__record_valid_to, child.__valid_to) AS __to,
    parent_2.bridge__record_valid_from > child.__valid_from AS __cuts_at_from,
    parent_2.bridge__record_valid_to < child.__valid_to AS __cuts_at_to,
    parent_2._pit_hook__address,
    parent_2._pit_hook__state,
    parent_2._pit_hook__country,
    parent_2.bridge__record_loaded_at AS __loaded_at
  FROM child
  INNER JOIN dar__staging.bridge__geo__addresses AS parent_2
    ON parent_2._hook__address = child._hook__address__shipping AND parent_2.bridge__record_valid_from < child.__valid_to AND parent_2.bridge__record_valid_to > child.__valid_from
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION ALL
  SELECT __pit, __valid_to AS __at FROM child
  UNION ALL
  SELECT __pit, __from AS __at FROM pieces_1 WHERE __cuts_at_from
  UNION ALL
  SELECT __pit, __to AS __at FROM pieces_1 WHERE __cuts_at_to
  UNION ALL
  SELECT __pit, __from AS __at FROM pieces_2 WHERE __cuts_at_from
  UNION ALL
  SELECT __pit, __to AS __at FROM pieces_2 WHERE __cuts_at_to
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
    parent_1._pit_hook__address AS _pit_hook__address__billing,
    parent_1._pit_hook__state AS _pit_hook__state__billing,
    parent_1._pit_hook__country AS _pit_hook__country__billing,
    parent_2._pit_hook__address AS _pit_hook__address__shipping,
    parent_2._pit_hook__state AS _pit_hook__state__shipping,
    parent_2._pit_hook__country AS _pit_hook__country__shipping,
    child._hook__order,
    child._hook__address__billing,
    child._hook__address__shipping,
    child._hook__order__addresses,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.__loaded_at, parent_2.__loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN pieces_1 AS parent_1
    ON parent_1.__pit = intervals.__pit AND parent_1.__from <= intervals.__valid_from AND parent_1.__to >= intervals.__valid_to
  LEFT JOIN pieces_2 AS parent_2
    ON parent_2.__pit = intervals.__pit AND parent_2.__from <= intervals.__valid_from AND parent_2.__to >= intervals.__valid_to
)
SELECT
  'geo__orders' AS peripheral,
  CAST(((CAST(('0x' || substr(md5(concat_ws('~', 'peripheral|geo__orders', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__bridge,
  __pit AS _pit_hook__order,
  _pit_hook__address__billing,
  _pit_hook__state__billing,
  _pit_hook__country__billing,
  _pit_hook__address__shipping,
  _pit_hook__state__shipping,
  _pit_hook__country__shipping,
  _hook__order,
  _hook__address__billing,
  _hook__address__shipping,
  _hook__order__addresses,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
