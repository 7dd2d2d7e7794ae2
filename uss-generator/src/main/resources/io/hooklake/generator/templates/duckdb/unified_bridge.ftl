<#import "lib/hook.ftl" as hook>
<#-- Unified bridge: every event bridge stacked by column name; a point-in-time hook a stage lacks is the ghost record, a flag it lacks is false. -->
<#list unified.stages as s>
SELECT
<#list s.values as v>
<#if v.present>
  ${v.column}<#sep>,</#sep>
<#elseif v.missing == "key">
  <@hook.ghost unified.storage unified.ghostKey/> AS ${v.column}<#sep>,</#sep>
<#else>
  false AS ${v.column}<#sep>,</#sep>
</#if>
</#list>
FROM ${s.relation}
<#sep>
UNION ALL
</#sep>
</#list>
