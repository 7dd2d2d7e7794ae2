<#ftl strip_whitespace=true>
<#import "dialect.ftl" as dialect>
<#-- Record history helpers of frames. -->
<#-- The load column as a timestamp, by its kind (see LoadKind). Epoch seconds never depend on the session's time zone. -->
<#macro loadTimestamp kind expr><#if kind == "TIMESTAMP" || kind == "DATE">CAST(${expr} AS <@dialect.timestampType/>)<#elseif kind == "TIMESTAMP_TZ"><@dialect.utc expr/><#else><@dialect.micros "CAST(round(CAST(${expr} AS DOUBLE) * 1000000) AS BIGINT)"/></#if></#macro>
<#-- A hash of the payload that tells NULL from any text: each value length-prefixed, NULL as 'N'. A value's text is the same in every dialect (see TextKind). -->
<#macro hash columns>md5(<#list columns as c><#local text><@valueText c/></#local>
      coalesce('V' || <@dialect.text "length(${text})"/> || ':' || ${text}, 'N')<#sep> ||</#sep><#else>''</#list>)</#macro>
<#-- A payload value (c.column, c.kind) as text, by its TextKind: DOUBLE and FLOAT as 15 significant digits, bytes in hex, time-zoned timestamps in UTC, anything else cast. -->
<#macro valueText c><#if c.kind == "FLOATING"><@dialect.floatingText "CAST(${c.column} AS DOUBLE)"/><#elseif c.kind == "BINARY">hex(${c.column})<#elseif c.kind == "TIMESTAMP_TZ"><#local utc><@dialect.utc c.column/></#local><@dialect.text utc/><#else><@dialect.text c.column/></#if></#macro>
<#-- The window over one record's loads: partitioned by its grain, in load order. -->
<#macro byGrainInLoadOrder grain loadedAt>PARTITION BY <#list grain as g>${g}<#sep>, </#sep></#list> ORDER BY ${loadedAt}</#macro>
