<#import "lib/hook.ftl" as hook>
<#import "lib/dialect.ftl" as dialect>
<#-- Calendar: one row per day from the first to the last event date of all event bridges. -->
WITH event_dates AS (
<#list calendar.stages as s>
  SELECT ${calendar.eventDate} AS __date FROM ${s}
<#sep>
  UNION ALL
</#sep>
</#list>
),
bounds AS (
  SELECT min(__date) AS __first, max(__date) AS __last FROM event_dates
),
days AS (
  SELECT <@dialect.days "__first" "__last"/> AS __date
  FROM bounds
)
SELECT
  <@hook.store calendar.storage><@hook.dateText calendar.dateKeyset "__date"/></@hook.store> AS ${calendar.dateHook},
  __date AS ${calendar.columns.date},
<#list ["year", "quarter", "month", "monthName", "dayOfMonth", "dayOfWeek", "dayName", "dayOfYear", "isoWeek", "isoYear"] as part>
  <@dialect.datePart part "__date"/> AS ${calendar.columns[part]},
</#list>
  <@dialect.datePart "dayOfWeek" "__date"/> >= 6 AS ${calendar.columns.isWeekend},
  <@dialect.yearMonth "__date"/> AS ${calendar.columns.yearMonth},
  <@dialect.text "year(__date)"/> || '-Q' || <@dialect.text "quarter(__date)"/> AS ${calendar.columns.yearQuarter}
FROM days
