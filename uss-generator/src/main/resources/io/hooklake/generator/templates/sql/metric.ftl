<#-- Metric: the unified bridge's current rows of one event, per day and split attribute, counted or measured. -->
<#import "lib/dialect.ftl" as dialect>
SELECT
  __calendar.${metric.calendarDate} AS ${metric.columns.date},
<#list metric.splits as s>
  coalesce(<@dialect.text s.value/>, ${metric.missing}) AS ${s.column},
</#list>
  count(*) AS ${metric.columns.events},
<#switch metric.aggregate>
<#case "count">
  CAST(count(<#if metric.measure??>${metric.measure}<#else>*</#if>) AS DOUBLE) AS ${metric.columns.value},
<#break>
<#case "avg">
  CAST(sum(${metric.measure}) AS DOUBLE) AS ${metric.columns.value},
<#break>
<#default>
  CAST(${metric.aggregate}(${metric.measure}) AS DOUBLE) AS ${metric.columns.value},
</#switch>
  count(<#if metric.measure??>${metric.measure}<#else>*</#if>) AS ${metric.columns.measured}
FROM ${metric.unifiedBridge} AS __bridge
JOIN ${metric.calendar} AS __calendar ON __calendar.${metric.dateHook} = __bridge.${metric.dateHook}
<#list metric.joins as j>
JOIN ${j.relation} AS ${j.alias} ON ${j.alias}.${j.key} = __bridge.${j.key}
</#list>
WHERE __bridge.${metric.peripheralColumn} = ${metric.peripheral}
  AND __bridge.${metric.flag}
  AND __bridge.${metric.isCurrent}
<#if metric.filter??>
  AND (${metric.filter})
</#if>
GROUP BY ALL
