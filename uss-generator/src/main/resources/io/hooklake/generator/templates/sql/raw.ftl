<#-- Raw view: the landed table's declared columns, cast to their declared types. -->
SELECT
<#list raw.columns as c>
  CAST(${c.source} AS ${c.type}) AS ${c.source}<#sep>,</#sep>
</#list>
FROM ${raw.landing}
