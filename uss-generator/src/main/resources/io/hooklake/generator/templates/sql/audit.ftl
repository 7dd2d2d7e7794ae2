<#--
  Grain audit of a table model: one row, offending (the rows that share a grain value or have a
  NULL in it; 0 when the grain holds) and example (the smallest such grain value as text).
  part "full": every row; part "affected": the rows of the entities in the affected relation only.
-->
<#import "lib/dialect.ftl" as dialect>
SELECT coalesce(sum(copies), 0) AS offending, min(grain_value) AS example
FROM (
  SELECT <#list audit.grain as g>coalesce(<@dialect.text g/>, 'NULL')<#sep> || '~' || </#sep></#list> AS grain_value, count(*) AS copies
  FROM ${audit.relation}
<#if part == "affected">
  WHERE ${audit.entity} IN (SELECT entity FROM ${audit.affected})
</#if>
  GROUP BY <#list audit.grain as g>${g}<#sep>, </#sep></#list>
  HAVING count(*) > 1 OR <#list audit.grain as g>${g} IS NULL<#sep> OR </#sep></#list>
) AS offending
