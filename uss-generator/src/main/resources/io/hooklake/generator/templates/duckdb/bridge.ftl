<#import "lib/hook.ftl" as hook>
<#import "lib/validity.ftl" as validity>
<#import "lib/asof.ftl" as asof>
<#import "lib/incremental.ftl" as incremental>
<#--
  Cascading point-in-time bridge. Each version of the frame is cut into elementary intervals at
  every boundary of the parent bridge rows it matches; each interval is then joined to the parent
  rows that cover it. Intervals no parent row covers keep NULL parent columns (gaps are kept).
  A row's latest contributing load is the greatest of its version's update and the joined parent
  rows' own such loads.
  Entities are the frame's versions (own point-in-time hook). part "affected": versions updated
  in the window, and versions whose hook matches a parent bridge row that a load in the window
  contributed to; part "rows": every row of those versions.
-->
<#if part == "affected">
WITH <@incremental.window/>
SELECT ${bridge.ownPit} AS entity
FROM ${bridge.frame}
WHERE ${bridge.ownPit} IS NOT NULL AND <@incremental.within bridge.frameUpdatedAt/>
<#list bridge.parents as p>
UNION
SELECT ${bridge.ownPit} AS entity
FROM ${bridge.frame}
WHERE ${bridge.ownPit} IS NOT NULL AND ${p.childHook} IN (
  SELECT ${p.alias}.${p.hook}
  FROM ${p.relation} AS ${p.alias}
  WHERE <@incremental.within "${p.alias}.${p.loadedAt}"/>
)
</#list>
<#else>
WITH child AS (
  SELECT
    ${bridge.ownPit} AS __pit,
<#list bridge.hooks as h>
    ${h},
</#list>
    ${bridge.frameValidFrom} AS __valid_from,
    ${bridge.frameValidTo} AS __valid_to,
    ${bridge.frameUpdatedAt} AS __updated_at
  FROM ${bridge.frame}
  WHERE ${bridge.ownPit} IS NOT NULL<#if part == "rows"> AND <@incremental.among bridge.affected>${bridge.ownPit}</@incremental.among></#if>
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
<#list bridge.parents as p>
  UNION
<@asof.boundaries p p.validFrom/>
  UNION
<@asof.boundaries p p.validTo/>
</#list>
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
<#list bridge.inherited as c>
    ${c.alias}.${c.parentColumn} AS ${c.column},
</#list>
<#list bridge.hooks as h>
    child.${h},
</#list>
    intervals.__valid_from,
    intervals.__valid_to,
    <#if bridge.parents?has_content>greatest(child.__updated_at<#list bridge.parents as p>, ${p.alias}.${p.loadedAt}</#list>)<#else>child.__updated_at</#if> AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
<#list bridge.parents as p>
  LEFT JOIN ${p.relation} AS ${p.alias}
    ON <@asof.sameKey p/> AND <@asof.covers "${p.alias}.${p.validFrom}" "${p.alias}.${p.validTo}" "intervals.__valid_from" "intervals.__valid_to"/>
</#list>
)
SELECT
  ${bridge.peripheralValue} AS ${bridge.peripheral},
  <@hook.store bridge.storage>concat_ws('~', ${bridge.peripheralKey}, ${bridge.validFromKeyset} || <@hook.timestampText "__valid_from"/>, <@hook.asText bridge.storage "__pit"/><#list bridge.inherited as c>, <@hook.asText bridge.storage c.column/></#list>)</@hook.store> AS ${bridge.bridgePit},
  __pit AS ${bridge.ownPit},
<#list bridge.inherited as c>
  ${c.column},
</#list>
<#list bridge.hooks as h>
  ${h},
</#list>
  __valid_from AS ${bridge.validFrom},
  __valid_to AS ${bridge.validTo},
  <@validity.isOpen "__valid_to"/> AS ${bridge.isCurrent},
  __loaded_at AS ${bridge.loadedAt}
FROM joined
</#if>
