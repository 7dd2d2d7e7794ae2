<#ftl strip_whitespace=true>
<#-- As-of conditions between a child interval [from, to) and parent rows. -->
<#-- An instant strictly inside the child's interval: a boundary that splits it. -->
<#macro inside at from to>${at} > ${from} AND ${at} < ${to}</#macro>
<#-- A parent row whose interval covers the whole (elementary) child interval. -->
<#macro covers parentFrom parentTo from to>${parentFrom} <= ${from} AND ${parentTo} >= ${to}</#macro>
<#-- A parent bridge row of the child's referenced key. -->
<#macro sameKey p>${p.alias}.${p.hook} = child.${p.childHook}</#macro>
<#-- The boundaries (valid_from or valid_to, as the column given) of the parent rows strictly inside a child's interval. -->
<#macro boundaries p column>
  SELECT child.__pit, ${p.alias}.${column} AS __at
  FROM child
  INNER JOIN ${p.relation} AS ${p.alias}
    ON <@sameKey p/> AND <@inside "${p.alias}.${column}" "child.__valid_from" "child.__valid_to"/>
</#macro>
