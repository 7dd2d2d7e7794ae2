<#import "lib/hook.ftl" as hook>
<#-- Unified bridge: every event bridge stacked by column name; a point-in-time hook a stage lacks or holds NULL is the ghost record, a flag it lacks is false. -->
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
  SELECT <#list s.columns as c>${c}<#sep>, </#sep></#list>
  FROM ${s.relation}
<#sep>
  UNION ALL BY NAME
</#sep>
</#list>
) AS stages
