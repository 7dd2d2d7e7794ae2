<#import "lib/hook.ftl" as hook>
<#import "lib/validity.ftl" as validity>
<#import "lib/asof.ftl" as asof>
<#import "lib/incremental.ftl" as incremental>
<#--
  Cascading point-in-time bridge. Each parent bridge is joined once, on the child's hook, to the
  child versions its rows overlap, each row clipped to the version (pieces_<n>). Each version is
  cut into elementary intervals at every boundary of its pieces that falls inside it; each interval then takes the
  piece of each parent that covers it (a join on the child's own point-in-time hook, not on the
  parent's key). Intervals no piece covers keep NULL parent columns (gaps are kept). Boundaries
  are not deduplicated: a repeated boundary makes an empty interval, which is dropped.
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
<#list bridge.parents as p>
${p.pieces} AS (
  SELECT
    child.__pit,
    greatest(${p.alias}.${p.validFrom}, child.__valid_from) AS __from,
    least(${p.alias}.${p.validTo}, child.__valid_to) AS __to,
    ${p.alias}.${p.validFrom} > child.__valid_from AS __cuts_at_from,
    ${p.alias}.${p.validTo} < child.__valid_to AS __cuts_at_to,
<#list p.columns as c>
    ${p.alias}.${c},
</#list>
    ${p.alias}.${p.loadedAt} AS __loaded_at
  FROM child
  INNER JOIN ${p.relation} AS ${p.alias}
    ON <@asof.sameKey p/> AND <@asof.overlaps "${p.alias}.${p.validFrom}" "${p.alias}.${p.validTo}" "child.__valid_from" "child.__valid_to"/>
),
</#list>
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION ALL
  SELECT __pit, __valid_to AS __at FROM child
<#list bridge.parents as p>
  UNION ALL
  SELECT __pit, __from AS __at FROM ${p.pieces} WHERE __cuts_at_from
  UNION ALL
  SELECT __pit, __to AS __at FROM ${p.pieces} WHERE __cuts_at_to
</#list>
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to > __valid_from
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
    <#if bridge.parents?has_content>greatest(child.__updated_at<#list bridge.parents as p>, ${p.alias}.__loaded_at</#list>)<#else>child.__updated_at</#if> AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
<#list bridge.parents as p>
  LEFT JOIN ${p.pieces} AS ${p.alias}
    ON ${p.alias}.__pit = intervals.__pit AND <@asof.covers "${p.alias}.__from" "${p.alias}.__to" "intervals.__valid_from" "intervals.__valid_to"/>
</#list>
)
SELECT
  ${bridge.peripheralValue} AS ${bridge.peripheral},
  <@hook.store bridge.pitStorage>concat_ws('~', ${bridge.peripheralKey}, ${bridge.validFromKeyset} || <@hook.timestampText "__valid_from"/>, <@hook.asText bridge.pitStorage "__pit"/>)</@hook.store> AS ${bridge.bridgePit},
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
