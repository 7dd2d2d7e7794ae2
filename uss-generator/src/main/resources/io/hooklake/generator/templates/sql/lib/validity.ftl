<#ftl strip_whitespace=true>
<#import "dialect.ftl" as dialect>
<#-- Validity sentinels and intervals. valid_from is inclusive, valid_to exclusive. -->
<#macro beginning><@dialect.timestamp "1970-01-01 00:00:00"/></#macro>
<#macro end><@dialect.timestamp "9999-12-31 23:59:59.999999"/></#macro>
<#macro isOpen validTo>${validTo} = <@end/></#macro>
