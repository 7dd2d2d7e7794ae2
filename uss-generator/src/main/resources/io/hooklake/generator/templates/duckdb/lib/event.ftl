<#ftl strip_whitespace=true>
<#-- An event's value as a date, by its kind (see DateKind); time-zoned timestamps in UTC. -->
<#macro date kind expr><#if kind == "DATE">${expr}<#elseif kind == "TIMESTAMP_TZ">CAST(timezone('UTC', ${expr}) AS DATE)<#else>CAST(${expr} AS DATE)</#if></#macro>
