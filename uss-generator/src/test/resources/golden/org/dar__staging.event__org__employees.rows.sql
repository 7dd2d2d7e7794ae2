WITH
record AS (
  SELECT
    employee__employee_id AS "employee_id",
    employee__manager_id AS "manager_id",
    employee__department_id AS "department_id",
    employee__name AS "name",
    employee__hired_on AS "hired_on",
    employee__record_loaded_at AS "_loaded_at",
    _pit_hook__employee AS __pit
  FROM dab.frame__org__employees
  WHERE _pit_hook__employee IN (SELECT entity FROM temp.affected__dar__staging__event__org__employees)
),
dated AS (
  SELECT
    __pit,
    "hired_on" AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    'epoch__date|' || strftime(__date, '%Y-%m-%d') AS __date_hook,
    coalesce(__event_0 = __date, false) AS event__hired_on
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CAST(((CAST(('0x' || substr(md5(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), flags.__date_hook)), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT) AS _pit_hook__bridge,
  bridge._pit_hook__employee,
  bridge._pit_hook__employee__manager,
  bridge._pit_hook__department,
  bridge._hook__employee,
  bridge._hook__employee__manager,
  bridge._hook__department,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__hired_on, false) AS event__hired_on,
  flags.__date_hook AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__org__employees AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__employee
WHERE bridge._pit_hook__employee IN (SELECT entity FROM temp.affected__dar__staging__event__org__employees)
