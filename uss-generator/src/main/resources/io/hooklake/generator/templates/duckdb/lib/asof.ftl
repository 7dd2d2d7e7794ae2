<#ftl strip_whitespace=true>
<#-- As-of conditions between a child interval [from, to) and parent rows. -->
<#-- An instant strictly inside the child's interval: a boundary that splits it. -->
<#macro inside at from to>${at} > ${from} AND ${at} < ${to}</#macro>
<#-- A parent row whose interval covers the whole (elementary) child interval. -->
<#macro covers parentFrom parentTo from to>${parentFrom} <= ${from} AND ${parentTo} >= ${to}</#macro>
