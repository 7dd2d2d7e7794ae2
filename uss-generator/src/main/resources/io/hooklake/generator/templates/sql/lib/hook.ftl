<#ftl strip_whitespace=true>
<#import "dialect.ftl" as dialect>
<#--
  Hook expressions. A hook expression h has a kind:
    "key":       <keyset literal> || <business key as text>; NULL when the key is NULL
    "composite": its parts' texts joined with '~'; NULL when any part is NULL
    "grain":     <keyset literal> || the grain columns joined with '~' (frames without a primary hook)
    "column":    a column that already holds the hook's text
-->
<#macro text h><#if h.kind == "key">${h.keyset} || <@keyText h.value h.valueKind/><#elseif h.kind == "composite"><#list h.parts as part>(<@text part/>)<#sep> || '~' || </#sep></#list><#elseif h.kind == "grain">${h.keyset}<#list h.columns as column> || <@keyText column h.columnKinds[column?index]/><#sep> || '~'</#sep></#list><#else>${h.value}</#if></#macro>

<#-- A business key value as text, by its DateKind: timestamps with six fraction digits (in UTC when time-zoned), anything else cast to text. -->
<#macro keyText value kind><#if kind == "TIMESTAMP"><@timestampText value/><#elseif kind == "TIMESTAMP_TZ"><#local utc><@dialect.utc value/></#local><@timestampText utc/><#else><@dialect.text value/></#if></#macro>

<#-- A hook's text as stored: readable text, or a hash of it (hash64: the dialect's portable 64-bit key, equal in every dialect). NULL stays NULL. -->
<#macro store storage><#if storage == "text"><#nested><#elseif storage == "md5">md5(<#nested>)<#else><#local text><#nested></#local><#if storage == "sha256"><@dialect.sha256 text/><#else><@dialect.hash64 text/></#if></#if></#macro>

<#-- A stored hook as text, to be part of another hook. -->
<#macro asText storage expr><#if storage == "hash64"><@dialect.text expr/><#else>${expr}</#if></#macro>

<#-- The key of ghost records, as stored. -->
<#macro ghost storage key><@store storage>${key}</@store></#macro>

<#-- A point-in-time hook's text: <hook>~epoch__valid_from|<valid from>. -->
<#macro pit h keyset validFrom><@text h/> || '~' || ${keyset} || <@timestampText validFrom/></#macro>

<#-- A date hook's text: epoch__date|yyyy-mm-dd. -->
<#macro dateText keyset date>${keyset} || <@dialect.dateText date/></#macro>

<#-- Timestamps as text in hooks: always with microseconds, so the text sorts like the time. -->
<#macro timestampText expr><@dialect.timestampText expr/></#macro>
