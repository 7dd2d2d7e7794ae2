<#import "lib/hook.ftl" as hook>
<#import "lib/event.ftl" as event>
<#import "lib/incremental.ftl" as incremental>
<#import "lib/dialect.ftl" as dialect>
<#--
  Event bridge: each bridge row once per distinct event date of its frame version, with a flag per
  event; a bridge row whose version has no event date appears once, with no date and every flag false.
  The distinct dates of a version are its event values in one list, NULLs and duplicates removed;
  the date hook's text is made once per version and date.
  Entities are the frame's versions (own point-in-time hook). part "affected": versions with a
  bridge row that a load in the window contributed to; part "rows": every row of those versions.
-->
<#if part == "affected">
WITH <@incremental.window/>
SELECT DISTINCT ${events.framePit} AS entity
FROM ${events.bridge}
WHERE <@incremental.within events.loadedAt/>
<#else>
WITH
<#if events.events?has_content>
record AS (
  SELECT
<#list events.record as c>
    ${c.column} AS ${c.source},
</#list>
    ${events.framePit} AS __pit
  FROM ${events.frame}
<#if part == "rows">
  WHERE <@incremental.among events.affected>${events.framePit}</@incremental.among>
</#if>
),
dated AS (
  SELECT
    __pit,
<#list events.events as e>
    <@event.date e.kind e.value/> AS ${e.alias}<#sep>,</#sep>
</#list>
  FROM record
),
event_dates AS (
  SELECT *, <@dialect.distinctDates><#list events.events as e>${e.alias}<#sep>, </#sep></#list></@dialect.distinctDates> AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    <@hook.dateText events.dateKeyset "__date"/> AS __date_hook,
<#list events.events as e>
    coalesce(${e.alias} = __date, false) AS ${e.flag}<#sep>,</#sep>
</#list>
  FROM event_dates
)
<#else>
flags AS (
  SELECT ${events.framePit} AS __pit, CAST(NULL AS DATE) AS __date, CAST(NULL AS <@dialect.textType/>) AS __date_hook
  FROM ${events.bridge}
  WHERE false
)
</#if>
SELECT
<#list events.bridgeColumns as c>
<#if c.key>
  <@hook.store events.pitStorage>concat_ws('~', <@hook.asText events.pitStorage "bridge.${c.column}"/>, flags.__date_hook)</@hook.store> AS ${c.column},
<#else>
  bridge.${c.column},
</#if>
</#list>
<#list events.events as e>
  coalesce(flags.${e.flag}, false) AS ${e.flag},
</#list>
  <@hook.store events.storage>flags.__date_hook</@hook.store> AS ${events.dateHook},
  flags.__date AS ${events.eventDate}
FROM ${events.bridge} AS bridge
LEFT JOIN flags ON flags.__pit = bridge.${events.framePit}
<#if part == "rows">
WHERE <@incremental.among events.affected>bridge.${events.framePit}</@incremental.among>
</#if>
</#if>
