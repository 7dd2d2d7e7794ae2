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
duplicates AS (
  SELECT min(__key) AS __key, count(*) AS __rows
  FROM keyed
  WHERE <#list frame.grain as g>${g} IS NOT NULL<#sep> AND </#sep></#list>
  GROUP BY <#list frame.grain as g>${g}, </#list>__load
  HAVING count(DISTINCT __hash) > 1
)
SELECT
  (SELECT count(*) FROM duplicates) AS duplicate_keys,
  (SELECT coalesce(sum(__rows), 0) FROM duplicates) AS duplicate_rows,
  (SELECT min(__key) FROM duplicates) AS duplicate_example,
  (SELECT count(*) FROM keyed WHERE <#list frame.grain as g>${g} IS NULL<#sep> OR </#sep></#list>) AS null_key_rows,
  (SELECT min(__key) FROM keyed WHERE <#list frame.grain as g>${g} IS NULL<#sep> OR </#sep></#list>) AS null_key_example
