SELECT
  peripheral,
  _pit_hook__bridge,
  _pit_hook__department,
  'ghost_record' AS _pit_hook__employee,
  _pit_hook__employee__head,
  _hook__epoch__date,
  bridge__record_valid_from,
  bridge__record_valid_to,
  bridge__is_current,
  false AS event__hired_on
FROM dar__staging.event__org__departments
UNION ALL
SELECT
  peripheral,
  _pit_hook__bridge,
  'ghost_record' AS _pit_hook__department,
  _pit_hook__employee,
  'ghost_record' AS _pit_hook__employee__head,
  _hook__epoch__date,
  bridge__record_valid_from,
  bridge__record_valid_to,
  bridge__is_current,
  event__hired_on
FROM dar__staging.event__org__employees
