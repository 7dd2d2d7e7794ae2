<#ftl strip_whitespace=true>
<#--
  DuckDB's spelling of what the shared templates (templates/sql) leave to the dialect. Every
  dialect's lib/dialect.ftl defines the same macros; the SQL around them lives once.
-->
<#-- Types. -->
<#macro textType>VARCHAR</#macro>
<#macro timestampType>TIMESTAMP</#macro>
<#-- A value as text. -->
<#macro text expr>CAST(${expr} AS VARCHAR)</#macro>
<#-- A timestamp literal (no time zone). -->
<#macro timestamp text>TIMESTAMP '${text}'</#macro>
<#-- A timestamp as text with six fraction digits: 2024-01-31 08:00:00.000000. -->
<#macro timestampText expr>strftime(${expr}, '%Y-%m-%d %H:%M:%S.%f')</#macro>
<#-- A date as text: 2024-01-31. -->
<#macro dateText expr>strftime(${expr}, '%Y-%m-%d')</#macro>
<#-- A date's year and month as text: 2024-01. -->
<#macro yearMonth expr>strftime(${expr}, '%Y-%m')</#macro>
<#-- A timestamp with time zone as the timestamp (without zone) of the same instant in UTC. -->
<#macro utc expr>timezone('UTC', ${expr})</#macro>
<#-- Microseconds since 1970-01-01 00:00:00 (a BIGINT) as a timestamp. -->
<#macro micros expr>make_timestamp(${expr})</#macro>
<#-- A DOUBLE as text with 15 significant digits, spelled as C's printf spells %.14e. -->
<#macro floatingText expr>printf('%.14e', ${expr})</#macro>
<#--
  The portable 64-bit key: the first 16 hex digits of md5(text) as a signed (two's complement)
  BIGINT; NULL stays NULL. DuckDB reads '0x...' as a number; shifting by 2^63 modulo 2^64 and back
  turns the unsigned value into the signed one (xor() would be a little faster, but JSqlParser
  does not parse it).
-->
<#macro hash64 expr>CAST(((CAST(('0x' || substr(md5(${expr}), 1, 16)) AS HUGEINT) + 9223372036854775808) & 18446744073709551615) - 9223372036854775808 AS BIGINT)</#macro>
<#-- sha256 as 64 lower-case hex digits. -->
<#macro sha256 expr>sha256(${expr})</#macro>
<#-- One row per distinct non-NULL value of a list of dates (the nested, comma separated), none for none. -->
<#macro distinctDates>unnest(list_distinct(list_value(<#nested>)))</#macro>
<#-- One row per day from first to last, both dates (none when either is NULL). -->
<#macro days first last>CAST(unnest(generate_series(CAST(${first} AS TIMESTAMP), CAST(${last} AS TIMESTAMP), INTERVAL 1 DAY)) AS DATE)</#macro>
<#-- A calendar attribute of a date, as a BIGINT or text: see CalendarColumns. -->
<#macro datePart part expr><#switch part><#case "year">year(${expr})<#break><#case "quarter">quarter(${expr})<#break><#case "month">month(${expr})<#break><#case "monthName">monthname(${expr})<#break><#case "dayOfMonth">day(${expr})<#break><#case "dayOfWeek">isodow(${expr})<#break><#case "dayName">dayname(${expr})<#break><#case "dayOfYear">dayofyear(${expr})<#break><#case "isoWeek">week(${expr})<#break><#case "isoYear">isoyear(${expr})<#break></#switch></#macro>
<#-- The columns one stage of the unified bridge selects: those it has; UNION ALL BY NAME fills the rest with NULL. -->
<#macro stageColumns stage><#list stage.columns as c>${c}<#sep>, </#sep></#list></#macro>
<#-- How the unified bridge stacks its stages. -->
<#macro stack>UNION ALL BY NAME</#macro>
