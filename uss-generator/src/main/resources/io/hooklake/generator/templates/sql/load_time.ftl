<#import "lib/record.ftl" as record>
<#import "lib/dialect.ftl" as dialect>
<#--
  A load's time: the load value (the one parameter, as text) cast to the load column's type and
  converted to a timestamp exactly as frames convert their load column.
-->
SELECT CAST(<@record.loadTimestamp landing.loadKind "CAST(? AS ${landing.loadType})"/> AS <@dialect.timestampType/>) AS load_time
