<#import "lib/dialect.ftl" as dialect>
<#import "lib/hook.ftl" as hook>
<#import "lib/record.ftl" as record>
<#import "lib/incremental.ftl" as incremental>
<#--
  Data checks of a frame's landed rows, for the loads after parameter 1 (every load when it is
  NULL) up to parameter 2. One row: duplicate_keys (grain values with two or more different rows,
  by payload hash, in one load: one of them becomes the version), duplicate_rows (those rows),
  duplicate_example (the smallest such grain value, with its load), null_key_rows (rows with a
  NULL in the grain, which the frame leaves out) and null_key_example (the smallest such row's
  grain, with its load). The grain's hooks as text, as the frame computes them before storage.
-->
WITH <@incremental.window/>,
landed AS (
  SELECT
<#list frame.hooks as h>
    <@hook.text h.expression/> AS ${h.column},
</#list>
<#list frame.payload as c>
    ${c.source} AS ${c.column},
</#list>
    <@dialect.text frame.load.source/> AS __load,
    <@record.hash frame.hashed/> AS __hash
  FROM ${frame.raw}
  WHERE (
    (SELECT __after FROM __window) IS NULL
    OR <@record.loadTimestamp frame.load.kind frame.load.source/> > (SELECT __after FROM __window)
  ) AND <@record.loadTimestamp frame.load.kind frame.load.source/> <= (SELECT __until FROM __window)
),
keyed AS (
  SELECT
    *,
    <#list frame.grain as g>coalesce(<@dialect.text g/>, 'NULL')<#sep> || '~' || </#sep></#list> || ' in load ' || __load AS __key
  FROM landed
),
<#assign nullKey><#list frame.grain as g>${g} IS NULL<#sep> OR </#sep></#list></#assign>
grouped AS (
  SELECT
    min(__key) AS __key,
    count(*) AS __rows,
    (${nullKey}) AS __null_key,
    NOT (${nullKey}) AND min(__hash) <> max(__hash) AS __duplicate
  FROM keyed
  GROUP BY <#list frame.grain as g>${g}, </#list>__load
)
<#-- One pass over the grouped rows (Spark runs each scalar subquery as a job of its own): a group with a NULL in
     the grain holds the rows of one NULL pattern; any other group with two payloads (its smallest and largest
     payload hash differ, which needs no DISTINCT aggregate) is a duplicate. -->
SELECT
  count(CASE WHEN __duplicate THEN 1 END) AS duplicate_keys,
  CAST(coalesce(sum(CASE WHEN __duplicate THEN __rows END), 0) AS BIGINT) AS duplicate_rows,
  min(CASE WHEN __duplicate THEN __key END) AS duplicate_example,
  CAST(coalesce(sum(CASE WHEN __null_key THEN __rows END), 0) AS BIGINT) AS null_key_rows,
  min(CASE WHEN __null_key THEN __key END) AS null_key_example
FROM grouped
