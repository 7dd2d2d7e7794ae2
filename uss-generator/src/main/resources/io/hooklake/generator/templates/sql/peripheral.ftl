<#import "lib/ghost.ftl" as ghost>
<#-- Peripheral: the frame without its foreign hooks, plus one ghost record. -->
SELECT
<#list peripheral.columns as c>
  ${c.column}<#sep>,</#sep>
</#list>
FROM ${peripheral.frame}
UNION ALL
SELECT
<#list peripheral.columns as c>
  <@ghost.value c peripheral.storage peripheral.pitStorage peripheral.ghostKey peripheral.ghostText/> AS ${c.column}<#sep>,</#sep>
</#list>
