<#import "lib/hook.ftl" as hook>
<#import "lib/event.ftl" as event>
<#--
  Event bridge: each bridge row once per distinct event date of its frame version, with a flag per
  event; a bridge row whose version has no event date appears once, with no date and every flag false.
-->
<#if events.events?has_content>
WITH record AS (
  SELECT
<#list events.record as c>
    ${c.column} AS ${c.source},
</#list>
    ${events.framePit} AS __pit
  FROM ${events.frame}
),
event_dates AS (
<#list events.events as e>
  SELECT __pit, <@event.date e.kind e.value/> AS __date, ${e?index} AS __event FROM record
<#sep>
  UNION ALL
</#sep>
</#list>
),
flags AS (
  SELECT
    __pit,
    __date,
<#list events.events as e>
    bool_or(__event = ${e?index}) AS ${e.flag}<#sep>,</#sep>
</#list>
  FROM event_dates
  WHERE __date IS NOT NULL
  GROUP BY __pit, __date
)
SELECT
<#list events.bridgeColumns as c>
<#if c.key>
  <@hook.store events.storage>concat_ws('~', <@hook.asText events.storage "bridge.${c.column}"/>, <@hook.dateText events.dateKeyset "flags.__date"/>)</@hook.store> AS ${c.column},
<#else>
  bridge.${c.column},
</#if>
</#list>
<#list events.events as e>
  coalesce(flags.${e.flag}, false) AS ${e.flag},
</#list>
  <@hook.store events.storage><@hook.dateText events.dateKeyset "flags.__date"/></@hook.store> AS ${events.dateHook},
  flags.__date AS ${events.eventDate}
FROM ${events.bridge} AS bridge
LEFT JOIN flags ON flags.__pit = bridge.${events.framePit}
<#else>
SELECT
<#list events.bridgeColumns as c>
<#if c.key>
  <@hook.store events.storage>concat_ws('~', <@hook.asText events.storage "bridge.${c.column}"/>)</@hook.store> AS ${c.column},
<#else>
  bridge.${c.column},
</#if>
</#list>
  CAST(NULL AS ${events.dateHookType}) AS ${events.dateHook},
  CAST(NULL AS DATE) AS ${events.eventDate}
FROM ${events.bridge} AS bridge
</#if>
