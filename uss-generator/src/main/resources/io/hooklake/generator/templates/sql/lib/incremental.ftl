<#ftl strip_whitespace=true>
<#import "dialect.ftl" as dialect>
<#--
  Incremental statements. The window of new loads is (after, until]: the two JDBC parameters, in
  this order, both TIMESTAMP, bound once in the CTE __window and read wherever needed.
-->
<#macro window>__window AS (SELECT CAST(? AS <@dialect.timestampType/>) AS __after, CAST(? AS <@dialect.timestampType/>) AS __until)</#macro>
<#-- A load time (TIMESTAMP) inside the window. -->
<#macro within at>${at} > (SELECT __after FROM __window) AND ${at} <= (SELECT __until FROM __window)</#macro>
<#-- The nested value among the entities of the affected relation. -->
<#macro among affected><#nested> IN (SELECT entity FROM ${affected})</#macro>
