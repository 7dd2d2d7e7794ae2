<#import "lib/hook.ftl" as hook>
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
  SELECT CAST(unnest(generate_series(CAST(__first AS TIMESTAMP), CAST(__last AS TIMESTAMP), INTERVAL 1 DAY)) AS DATE) AS __date
  FROM bounds
)
SELECT
  <@hook.store calendar.storage><@hook.dateText calendar.dateKeyset "__date"/></@hook.store> AS ${calendar.dateHook},
  __date AS ${calendar.columns.date},
  year(__date) AS ${calendar.columns.year},
  quarter(__date) AS ${calendar.columns.quarter},
  month(__date) AS ${calendar.columns.month},
  monthname(__date) AS ${calendar.columns.monthName},
  day(__date) AS ${calendar.columns.dayOfMonth},
  isodow(__date) AS ${calendar.columns.dayOfWeek},
  dayname(__date) AS ${calendar.columns.dayName},
  dayofyear(__date) AS ${calendar.columns.dayOfYear},
  week(__date) AS ${calendar.columns.isoWeek},
  isoyear(__date) AS ${calendar.columns.isoYear},
  isodow(__date) >= 6 AS ${calendar.columns.isWeekend},
  strftime(__date, '%Y-%m') AS ${calendar.columns.yearMonth},
  CAST(year(__date) AS VARCHAR) || '-Q' || CAST(quarter(__date) AS VARCHAR) AS ${calendar.columns.yearQuarter}
FROM days
