<#ftl strip_whitespace=true>
<#--
  Hook expressions. A hook expression h has a kind:
    "key":       <keyset literal> || <business key as text>; NULL when the key is NULL
    "composite": its parts' texts joined with '~'; NULL when any part is NULL
    "grain":     <keyset literal> || the grain columns joined with '~' (frames without a primary hook)
    "column":    a column that already holds the hook's text
-->
<#macro text h><#if h.kind == "key">${h.keyset} || <@keyText h.value h.valueKind/><#elseif h.kind == "composite"><#list h.parts as part>(<@text part/>)<#sep> || '~' || </#sep></#list><#elseif h.kind == "grain">${h.keyset}<#list h.columns as column> || <@keyText column h.columnKinds[column?index]/><#sep> || '~'</#sep></#list><#else>${h.value}</#if></#macro>

<#-- A business key value as text, by its DateKind: timestamps with six fraction digits (in UTC when time-zoned), anything else as VARCHAR. -->
<#macro keyText value kind><#if kind == "TIMESTAMP"><@timestampText value/><#elseif kind == "TIMESTAMP_TZ"><@timestampText "timezone('UTC', ${value})"/><#else>CAST(${value} AS VARCHAR)</#if></#macro>

<#-- A hook's text as stored: readable text, or a hash of it. NULL stays NULL. -->
<#macro store storage><#if storage == "text"><#nested><#elseif storage == "md5">md5(<#nested>)<#elseif storage == "sha256">sha256(<#nested>)<#else>CASE WHEN (<#nested>) IS NULL THEN NULL ELSE CAST(CAST(hash(<#nested>) AS HUGEINT) - 9223372036854775808 AS BIGINT) END</#if></#macro>

<#-- A stored hook as text, to be part of another hook. -->
<#macro asText storage expr><#if storage == "hash64">CAST(${expr} AS VARCHAR)<#else>${expr}</#if></#macro>

<#-- The key of ghost records, as stored. -->
<#macro ghost storage key><@store storage>${key}</@store></#macro>

<#-- A point-in-time hook's text: <hook>~epoch__valid_from|<valid from>. -->
<#macro pit h keyset validFrom><@text h/> || '~' || ${keyset} || <@timestampText validFrom/></#macro>

<#-- A date hook's text: epoch__date|yyyy-mm-dd. -->
<#macro dateText keyset date>${keyset} || strftime(${date}, '%Y-%m-%d')</#macro>

<#-- Timestamps as text in hooks: always with microseconds, so the text sorts like the time. -->
<#macro timestampText expr>strftime(${expr}, '%Y-%m-%d %H:%M:%S.%f')</#macro>
