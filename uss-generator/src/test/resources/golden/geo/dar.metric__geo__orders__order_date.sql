SELECT
  __calendar.calendar__date AS metric__date,
  count(*) AS metric__events,
  CAST(count(*) AS DOUBLE) AS metric__value,
  count(*) AS metric__measured
FROM dar._bridge__as_of AS __bridge
JOIN dar.calendar AS __calendar ON __calendar._hook__epoch__date = __bridge._hook__epoch__date
WHERE __bridge.peripheral = 'geo__orders'
  AND __bridge.event__order_date
  AND __bridge.bridge__is_current
GROUP BY ALL
