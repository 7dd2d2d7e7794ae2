<#ftl strip_whitespace=true>
<#import "dialect.ftl" as dialect>
<#-- An event's value as a date, by its kind (see DateKind); time-zoned timestamps in UTC. -->
<#macro date kind expr><#if kind == "DATE">${expr}<#elseif kind == "TIMESTAMP_TZ">CAST(<@dialect.utc expr/> AS DATE)<#else>CAST(${expr} AS DATE)</#if></#macro>
