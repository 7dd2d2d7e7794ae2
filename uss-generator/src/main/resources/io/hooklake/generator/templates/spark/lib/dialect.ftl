<#ftl strip_whitespace=true>
<#--
  Spark SQL's (4.1, ANSI mode) spelling of what the shared templates (templates/sql) leave to the
  dialect; see duckdb/lib/dialect.ftl for what each macro means. Timestamps are TIMESTAMP_NTZ,
  spelled out, so the SQL means the same whatever spark.sql.timestampType is.
-->
<#macro textType>STRING</#macro>
<#macro timestampType>TIMESTAMP_NTZ</#macro>
<#macro text expr>CAST(${expr} AS STRING)</#macro>
<#-- A cast rather than a TIMESTAMP_NTZ literal, which JSqlParser does not parse; Spark folds it to a constant. -->
<#macro timestamp text>CAST('${text}' AS TIMESTAMP_NTZ)</#macro>
<#macro timestampText expr>date_format(${expr}, 'yyyy-MM-dd HH:mm:ss.SSSSSS')</#macro>
<#macro dateText expr>date_format(${expr}, 'yyyy-MM-dd')</#macro>
<#macro yearMonth expr>date_format(${expr}, 'yyyy-MM')</#macro>
<#-- The instant's microseconds since the epoch added to the epoch without zone: no session time zone involved. -->
<#macro utc expr>timestampadd(MICROSECOND, unix_micros(${expr}), <@timestamp "1970-01-01 00:00:00"/>)</#macro>
<#macro micros expr>timestampadd(MICROSECOND, ${expr}, <@timestamp "1970-01-01 00:00:00"/>)</#macro>
<#-- Java's Formatter spells %.14e as C's printf does for every DOUBLE whose shortest text has at most 15 digits; it writes NULL as 'null', so NULL is kept apart. -->
<#macro floatingText expr>CASE WHEN ${expr} IS NULL THEN NULL ELSE format_string('%.14e', ${expr}) END</#macro>
<#-- The first 16 hex digits of md5(text) read in base 16 and written as a signed (two's complement) decimal. -->
<#macro hash64 expr>CAST(conv(substr(md5(${expr}), 1, 16), 16, -10) AS BIGINT)</#macro>
<#macro sha256 expr>sha2(${expr}, 256)</#macro>
<#-- array_compact drops the NULLs, which DuckDB's list_distinct drops by itself. -->
<#macro distinctDates>explode(array_distinct(array_compact(array(<#nested>))))</#macro>
<#macro days first last>explode(sequence(${first}, ${last}, INTERVAL 1 DAY))</#macro>
<#-- Spark's date functions return INT; the calendar's numbers are BIGINT, as DuckDB's. dayofweek is 1 on Sunday, weekday 0 on Monday. -->
<#macro datePart part expr><#switch part><#case "year">CAST(year(${expr}) AS BIGINT)<#break><#case "quarter">CAST(quarter(${expr}) AS BIGINT)<#break><#case "month">CAST(month(${expr}) AS BIGINT)<#break><#case "monthName">date_format(${expr}, 'MMMM')<#break><#case "dayOfMonth">CAST(day(${expr}) AS BIGINT)<#break><#case "dayOfWeek">CAST(weekday(${expr}) + 1 AS BIGINT)<#break><#case "dayName">date_format(${expr}, 'EEEE')<#break><#case "dayOfYear">CAST(dayofyear(${expr}) AS BIGINT)<#break><#case "isoWeek">CAST(weekofyear(${expr}) AS BIGINT)<#break><#case "isoYear">CAST(extract(YEAROFWEEK FROM ${expr}) AS BIGINT)<#break></#switch></#macro>
<#-- Spark has no UNION BY NAME in SQL: every stage lists every unified column, NULL (typed) where it has none. -->
<#macro stageColumns stage><#list stage.cells as c><#if c.present>${c.column}<#else>CAST(NULL AS ${c.type}) AS ${c.column}</#if><#sep>, </#sep></#list></#macro>
<#macro stack>UNION ALL</#macro>
