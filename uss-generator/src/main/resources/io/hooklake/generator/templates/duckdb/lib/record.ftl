<#ftl strip_whitespace=true>
<#-- Record history helpers of frames. -->
<#-- The load column as a timestamp, by its kind (see LoadKind). Epoch seconds never depend on the session's time zone. -->
<#macro loadTimestamp kind expr><#if kind == "TIMESTAMP" || kind == "DATE">CAST(${expr} AS TIMESTAMP)<#elseif kind == "TIMESTAMP_TZ">timezone('UTC', ${expr})<#else>make_timestamp(CAST(CAST(${expr} AS DOUBLE) * 1000000 AS BIGINT))</#if></#macro>
<#-- A hash of the payload that tells NULL from any text: each value length-prefixed, NULL as 'N'. -->
<#macro hash columns>md5(<#list columns as column>
      coalesce('V' || length(CAST(${column} AS VARCHAR)) || ':' || CAST(${column} AS VARCHAR), 'N')<#sep> ||</#sep><#else>''</#list>)</#macro>
<#-- The window over one record's loads: partitioned by its grain, in load order. -->
<#macro byGrainInLoadOrder grain loadedAt>PARTITION BY <#list grain as g>${g}<#sep>, </#sep></#list> ORDER BY ${loadedAt}</#macro>
