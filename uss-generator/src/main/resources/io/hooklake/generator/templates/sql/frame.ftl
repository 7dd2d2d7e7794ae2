<#import "lib/hook.ftl" as hook>
<#import "lib/record.ftl" as record>
<#import "lib/validity.ftl" as validity>
<#import "lib/incremental.ftl" as incremental>
<#--
  Frame: one row per record version. Rows whose grain is NULL are left out. Of several rows of one
  grain in one load, the first in payload hash order is kept: the row with no earlier row of its load
  in the grain's rows ordered by load and hash (one sort shared with the lag, where row_number() = 1
  per load becomes DuckDB's slow arg_min over whole rows). Hooks outside the grain are made from the
  payload columns after the versions are found (h.late), so the sorts carry key values, not texts.
  part "affected": the entities (first grain column, as stored) of rows landed in the window,
  but for rows whose payload equals their grain's current version (unchanged reloads);
  part "rows": every version of those entities, recomputed from all their landed rows.
-->
<#-- A grain column k of the landed rows as the frame stores it. -->
<#macro stored k prefix=""><#if k.hook><@hook.store frame.storage>${prefix}${k.column}</@hook.store><#else>${prefix}${k.column}</#if></#macro>
<#macro entity><@stored frame.keys[0]/></#macro>
WITH <#if part == "affected"><@incremental.window/>,
</#if>landed AS (
  SELECT
<#list frame.hooks?filter(h -> !h.late??) as h>
    <@hook.text h.expression/> AS ${h.column},
</#list>
<#list frame.payload as c>
    ${c.source} AS ${c.column},
</#list>
    ${frame.load.source} AS ${frame.record.loadedAt},
    <@record.loadTimestamp frame.load.kind frame.load.source/> AS __loaded_at,
    <@record.hash frame.hashed/> AS ${frame.record.hash}
  FROM ${frame.raw}
<#if part == "affected">
)
SELECT DISTINCT <@entity/> AS entity
FROM landed
WHERE <#list frame.grain as g>${g} IS NOT NULL AND </#list><@incremental.within "__loaded_at"/>
  AND NOT EXISTS (
    SELECT 1
    FROM ${frame.self} AS kept
    WHERE kept.${frame.record.isCurrent}<#list frame.keys as k> AND kept.${k.column} = <@stored k "landed."/></#list> AND kept.${frame.record.hash} = landed.${frame.record.hash}
  )
<#else>
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (<@record.byGrainInLoadOrder frame.grain frame.record.loadedAt/>, ${frame.record.hash}) AS __position,
      lag(${frame.record.loadedAt}) OVER (<@record.byGrainInLoadOrder frame.grain frame.record.loadedAt/>, ${frame.record.hash}) AS __previous_load
    FROM landed
    WHERE <#list frame.grain as g>${g} IS NOT NULL<#sep> AND </#sep></#list><#if part == "rows"> AND <@incremental.among frame.affected><@entity/></@incremental.among></#if>
  ) AS numbered
  WHERE __position = 1 OR __previous_load IS DISTINCT FROM ${frame.record.loadedAt}
),
changes AS (
  SELECT
    *,
    lag(${frame.record.hash}) OVER (<@record.byGrainInLoadOrder frame.grain frame.record.loadedAt/>) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (<@record.byGrainInLoadOrder frame.grain frame.record.loadedAt/>) AS __version,
    lead(__loaded_at) OVER (<@record.byGrainInLoadOrder frame.grain frame.record.loadedAt/>) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> ${frame.record.hash}
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN <@validity.beginning/> ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, <@validity.end/>) AS __valid_to<#list frame.hooks?filter(h -> h.late??) as h>,
    <@hook.text h.late/> AS ${h.column}</#list>
  FROM versions
)
SELECT
  <@hook.store frame.pitStorage><@hook.pit frame.ownKey frame.validFromKeyset "__valid_from"/></@hook.store> AS ${frame.pit},
<#list frame.hooks as h>
  <@hook.store frame.storage>${h.column}</@hook.store> AS ${h.column},
</#list>
<#list frame.payload as c>
  ${c.column},
</#list>
  ${frame.record.loadedAt},
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS ${frame.record.updatedAt},
  __valid_from AS ${frame.record.validFrom},
  __valid_to AS ${frame.record.validTo},
  __version AS ${frame.record.version},
  __next_loaded_at IS NULL AS ${frame.record.isCurrent},
  ${frame.record.hash}
FROM history
</#if>
