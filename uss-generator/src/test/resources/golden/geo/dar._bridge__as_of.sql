SELECT
  peripheral,
  _pit_hook__bridge,
  COALESCE(_pit_hook__address, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__address,
  COALESCE(_pit_hook__address__billing, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__address__billing,
  COALESCE(_pit_hook__address__shipping, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__address__shipping,
  COALESCE(_pit_hook__country, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__country,
  COALESCE(_pit_hook__country__billing, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__country__billing,
  COALESCE(_pit_hook__country__shipping, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__country__shipping,
  COALESCE(_pit_hook__order, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__order,
  COALESCE(_pit_hook__state, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__state,
  COALESCE(_pit_hook__state__billing, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__state__billing,
  COALESCE(_pit_hook__state__shipping, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__state__shipping,
  _hook__epoch__date,
  bridge__record_valid_from,
  bridge__record_valid_to,
  bridge__is_current,
  COALESCE(event__due, false) AS event__due,
  COALESCE(event__order_date, false) AS event__order_date,
  COALESCE(event__ship_date, false) AS event__ship_date
FROM (
  SELECT peripheral, _pit_hook__bridge, _pit_hook__address, _pit_hook__state, _pit_hook__country, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, _hook__epoch__date
  FROM dar__staging.event__geo__addresses
UNION ALL BY NAME  SELECT peripheral, _pit_hook__bridge, _pit_hook__country, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, _hook__epoch__date
  FROM dar__staging.event__geo__countries
UNION ALL BY NAME  SELECT peripheral, _pit_hook__bridge, _pit_hook__order, _pit_hook__address__billing, _pit_hook__state__billing, _pit_hook__country__billing, _pit_hook__address__shipping, _pit_hook__state__shipping, _pit_hook__country__shipping, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__order_date, event__ship_date, event__due, _hook__epoch__date
  FROM dar__staging.event__geo__orders
UNION ALL BY NAME  SELECT peripheral, _pit_hook__bridge, _pit_hook__state, _pit_hook__country, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, _hook__epoch__date
  FROM dar__staging.event__geo__states
) AS stages
