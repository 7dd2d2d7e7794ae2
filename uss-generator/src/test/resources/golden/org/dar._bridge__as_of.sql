SELECT
  peripheral,
  _pit_hook__bridge,
  COALESCE(_pit_hook__department, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__department,
  COALESCE(_pit_hook__department__head, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__department__head,
  COALESCE(_pit_hook__employee, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__employee,
  COALESCE(_pit_hook__employee__head, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__employee__head,
  COALESCE(_pit_hook__employee__manager, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__employee__manager,
  COALESCE(_pit_hook__employee__manager__head, CAST(((CAST(('0x' || substr(md5('ghost_record'), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)) AS _pit_hook__employee__manager__head,
  _hook__epoch__date,
  bridge__record_valid_from,
  bridge__record_valid_to,
  bridge__is_current,
  COALESCE(event__hired_on, false) AS event__hired_on
FROM (
  SELECT peripheral, _pit_hook__bridge, _pit_hook__department, _pit_hook__employee__head, _pit_hook__employee__manager__head, _pit_hook__department__head, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, _hook__epoch__date
  FROM dar__staging.event__org__departments
UNION ALL BY NAME  SELECT peripheral, _pit_hook__bridge, _pit_hook__employee, _pit_hook__employee__manager, _pit_hook__department, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__hired_on, _hook__epoch__date
  FROM dar__staging.event__org__employees
) AS stages
