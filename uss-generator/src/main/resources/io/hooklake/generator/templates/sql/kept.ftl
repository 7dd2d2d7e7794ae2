<#--
  The current rows of an incremental model's entities that the loads in the window did not
  affect: with the rows recomputed for the affected ones, the model's new content.
-->
SELECT
<#list kept.columns as c>
  ${c}<#sep>,</#sep>
</#list>
FROM ${kept.relation}
WHERE (${kept.entity} IN (SELECT entity FROM ${kept.affected})) IS NOT TRUE
