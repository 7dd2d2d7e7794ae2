<#ftl strip_whitespace=true>
<#import "hook.ftl" as hook>
<#import "validity.ftl" as validity>
<#-- A ghost record's value for a column c: c.ghost is "key", "pit", "text", "beginning", "end" or "null". -->
<#macro value c storage pitStorage key text><#if c.ghost == "key"><@hook.ghost storage key/><#elseif c.ghost == "pit"><@hook.ghost pitStorage key/><#elseif c.ghost == "text">CAST(${text} AS ${c.type})<#elseif c.ghost == "beginning"><@validity.beginning/><#elseif c.ghost == "end"><@validity.end/><#else>CAST(NULL AS ${c.type})</#if></#macro>
