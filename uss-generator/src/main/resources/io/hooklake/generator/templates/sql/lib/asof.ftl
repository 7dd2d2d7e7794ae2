<#ftl strip_whitespace=true>
<#-- As-of conditions between a child interval [from, to) and parent rows. -->
<#-- A parent row whose interval covers the whole (elementary) child interval. -->
<#macro covers parentFrom parentTo from to>${parentFrom} <= ${from} AND ${parentTo} >= ${to}</#macro>
<#-- A parent bridge row of the child's referenced key. -->
<#macro sameKey p>${p.alias}.${p.hook} = child.${p.childHook}</#macro>
<#-- A parent row whose interval [parentFrom, parentTo) overlaps the child's [from, to). -->
<#macro overlaps parentFrom parentTo from to>${parentFrom} < ${to} AND ${parentTo} > ${from}</#macro>
