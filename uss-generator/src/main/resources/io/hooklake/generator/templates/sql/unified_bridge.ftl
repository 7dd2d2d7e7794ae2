<#import "lib/hook.ftl" as hook>
<#import "lib/dialect.ftl" as dialect>
<#-- Unified bridge: every event bridge stacked by column name (as the dialect can: see its stack macro); a point-in-time hook a stage lacks or holds NULL is the ghost record, a flag it lacks is false. -->
SELECT
<#list unified.columns as c>
<#if c.fill == "key">
  COALESCE(${c.column}, <@hook.ghost unified.pitStorage unified.ghostKey/>) AS ${c.column}<#sep>,</#sep>
<#elseif c.fill == "flag">
  COALESCE(${c.column}, false) AS ${c.column}<#sep>,</#sep>
<#else>
  ${c.column}<#sep>,</#sep>
</#if>
</#list>
FROM (
<#list unified.stages as s>
  SELECT <@dialect.stageColumns s/>
  FROM ${s.relation}
<#sep>
  <@dialect.stack/>
</#sep>
</#list>
) AS stages
