-- model das raw__adventure_works__address_types RAW VIEW
SELECT
  CAST("address_type_id" AS INTEGER) AS "address_type_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__address_types
-- end of model
-- model dab frame__adventure_works__address_types FRAME TABLE
WITH landed AS (
  SELECT
    'address_type__adventure_works|' || CAST("address_type_id" AS VARCHAR) AS _hook__address_type,
    "address_type_id" AS address_type__address_type_id,
    "name" AS address_type__name,
    "rowguid" AS address_type__rowguid,
    "modified_date" AS address_type__modified_date,
    "_loaded_at" AS address_type__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("address_type_id" AS VARCHAR)) || ':' || CAST("address_type_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS address_type__record_hash
  FROM das.raw__adventure_works__address_types
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY address_type__address_type_id, address_type__record_loaded_at ORDER BY address_type__record_hash) AS __duplicate
    FROM landed
    WHERE address_type__address_type_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(address_type__record_hash) OVER (PARTITION BY address_type__address_type_id ORDER BY address_type__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY address_type__address_type_id ORDER BY address_type__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY address_type__address_type_id ORDER BY address_type__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> address_type__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__address_type || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__address_type || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__address_type,
  CASE WHEN (_hook__address_type) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__address_type) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__address_type,
  address_type__address_type_id,
  address_type__name,
  address_type__rowguid,
  address_type__modified_date,
  address_type__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS address_type__record_updated_at,
  __valid_from AS address_type__record_valid_from,
  __valid_to AS address_type__record_valid_to,
  __version AS address_type__record_version,
  __next_loaded_at IS NULL AS address_type__record_is_current,
  address_type__record_hash
FROM history
-- end of model
-- model dar adventure_works__address_types PERIPHERAL VIEW
SELECT
  _pit_hook__address_type,
  _hook__address_type,
  address_type__address_type_id,
  address_type__name,
  address_type__rowguid,
  address_type__modified_date,
  address_type__record_loaded_at,
  address_type__record_updated_at,
  address_type__record_valid_from,
  address_type__record_valid_to,
  address_type__record_version,
  address_type__record_is_current,
  address_type__record_hash
FROM dab.frame__adventure_works__address_types
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__address_type,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__address_type,
  CAST(NULL AS INTEGER) AS address_type__address_type_id,
  CAST('N/A' AS VARCHAR) AS address_type__name,
  CAST('N/A' AS VARCHAR) AS address_type__rowguid,
  CAST(NULL AS TIMESTAMP) AS address_type__modified_date,
  CAST(NULL AS TIMESTAMP) AS address_type__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS address_type__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS address_type__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS address_type__record_valid_to,
  CAST(NULL AS BIGINT) AS address_type__record_version,
  CAST(NULL AS BOOLEAN) AS address_type__record_is_current,
  CAST(NULL AS VARCHAR) AS address_type__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__address_types BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__address_type AS __pit,
    _hook__address_type,
    address_type__record_valid_from AS __valid_from,
    address_type__record_valid_to AS __valid_to,
    address_type__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__address_types
  WHERE _pit_hook__address_type IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__address_type,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__address_types' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__address_types', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__address_types', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__address_type,
  _hook__address_type,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__address_types EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    address_type__address_type_id AS "address_type_id",
    address_type__name AS "name",
    address_type__rowguid AS "rowguid",
    address_type__modified_date AS "modified_date",
    address_type__record_loaded_at AS "_loaded_at",
    _pit_hook__address_type AS __pit
  FROM dab.frame__adventure_works__address_types
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__address_type,
  bridge._hook__address_type,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__address_types AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__address_type
-- end of model
-- model das raw__adventure_works__addresses RAW VIEW
SELECT
  CAST("address_id" AS INTEGER) AS "address_id",
  CAST("address_line1" AS VARCHAR) AS "address_line1",
  CAST("address_line2" AS VARCHAR) AS "address_line2",
  CAST("city" AS VARCHAR) AS "city",
  CAST("state_province_id" AS INTEGER) AS "state_province_id",
  CAST("postal_code" AS VARCHAR) AS "postal_code",
  CAST("spatial_location" AS VARCHAR) AS "spatial_location",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__addresses
-- end of model
-- model dab frame__adventure_works__addresses FRAME TABLE
WITH landed AS (
  SELECT
    'address__adventure_works|' || CAST("address_id" AS VARCHAR) AS _hook__address,
    'state_province__adventure_works|' || CAST("state_province_id" AS VARCHAR) AS _hook__state_province,
    "address_id" AS address__address_id,
    "address_line1" AS address__address_line1,
    "address_line2" AS address__address_line2,
    "city" AS address__city,
    "state_province_id" AS address__state_province_id,
    "postal_code" AS address__postal_code,
    "spatial_location" AS address__spatial_location,
    "rowguid" AS address__rowguid,
    "modified_date" AS address__modified_date,
    "_loaded_at" AS address__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("address_id" AS VARCHAR)) || ':' || CAST("address_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("address_line1" AS VARCHAR)) || ':' || CAST("address_line1" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("address_line2" AS VARCHAR)) || ':' || CAST("address_line2" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("city" AS VARCHAR)) || ':' || CAST("city" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("state_province_id" AS VARCHAR)) || ':' || CAST("state_province_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("postal_code" AS VARCHAR)) || ':' || CAST("postal_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("spatial_location" AS VARCHAR)) || ':' || CAST("spatial_location" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS address__record_hash
  FROM das.raw__adventure_works__addresses
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY address__address_id, address__record_loaded_at ORDER BY address__record_hash) AS __duplicate
    FROM landed
    WHERE address__address_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(address__record_hash) OVER (PARTITION BY address__address_id ORDER BY address__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY address__address_id ORDER BY address__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY address__address_id ORDER BY address__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> address__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__address || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__address || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__address,
  CASE WHEN (_hook__address) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__address) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__address,
  CASE WHEN (_hook__state_province) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__state_province) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__state_province,
  address__address_id,
  address__address_line1,
  address__address_line2,
  address__city,
  address__state_province_id,
  address__postal_code,
  address__spatial_location,
  address__rowguid,
  address__modified_date,
  address__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS address__record_updated_at,
  __valid_from AS address__record_valid_from,
  __valid_to AS address__record_valid_to,
  __version AS address__record_version,
  __next_loaded_at IS NULL AS address__record_is_current,
  address__record_hash
FROM history
-- end of model
-- model dar adventure_works__addresses PERIPHERAL VIEW
SELECT
  _pit_hook__address,
  _hook__address,
  address__address_id,
  address__address_line1,
  address__address_line2,
  address__city,
  address__state_province_id,
  address__postal_code,
  address__spatial_location,
  address__rowguid,
  address__modified_date,
  address__record_loaded_at,
  address__record_updated_at,
  address__record_valid_from,
  address__record_valid_to,
  address__record_version,
  address__record_is_current,
  address__record_hash
FROM dab.frame__adventure_works__addresses
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__address,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__address,
  CAST(NULL AS INTEGER) AS address__address_id,
  CAST('N/A' AS VARCHAR) AS address__address_line1,
  CAST('N/A' AS VARCHAR) AS address__address_line2,
  CAST('N/A' AS VARCHAR) AS address__city,
  CAST(NULL AS INTEGER) AS address__state_province_id,
  CAST('N/A' AS VARCHAR) AS address__postal_code,
  CAST('N/A' AS VARCHAR) AS address__spatial_location,
  CAST('N/A' AS VARCHAR) AS address__rowguid,
  CAST(NULL AS TIMESTAMP) AS address__modified_date,
  CAST(NULL AS TIMESTAMP) AS address__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS address__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS address__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS address__record_valid_to,
  CAST(NULL AS BIGINT) AS address__record_version,
  CAST(NULL AS BOOLEAN) AS address__record_is_current,
  CAST(NULL AS VARCHAR) AS address__record_hash
-- end of model
-- model das raw__adventure_works__bill_of_materials RAW VIEW
SELECT
  CAST("bill_of_materials_id" AS INTEGER) AS "bill_of_materials_id",
  CAST("product_assembly_id" AS INTEGER) AS "product_assembly_id",
  CAST("component_id" AS INTEGER) AS "component_id",
  CAST("start_date" AS TIMESTAMP) AS "start_date",
  CAST("end_date" AS TIMESTAMP) AS "end_date",
  CAST("unit_measure_code" AS VARCHAR) AS "unit_measure_code",
  CAST("bom_level" AS SMALLINT) AS "bom_level",
  CAST("per_assembly_qty" AS DECIMAL(8,2)) AS "per_assembly_qty",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__bill_of_materials
-- end of model
-- model dab frame__adventure_works__bill_of_materials FRAME TABLE
WITH landed AS (
  SELECT
    'bill_of_materials__adventure_works|' || CAST("bill_of_materials_id" AS VARCHAR) AS _hook__bill_of_materials,
    'product__adventure_works|' || CAST("product_assembly_id" AS VARCHAR) AS _hook__product__assembly,
    'product__adventure_works|' || CAST("component_id" AS VARCHAR) AS _hook__product__component,
    'unit_measure__adventure_works|' || CAST("unit_measure_code" AS VARCHAR) AS _hook__unit_measure,
    "bill_of_materials_id" AS bill_of_materials__bill_of_materials_id,
    "product_assembly_id" AS bill_of_materials__product_assembly_id,
    "component_id" AS bill_of_materials__component_id,
    "start_date" AS bill_of_materials__start_date,
    "end_date" AS bill_of_materials__end_date,
    "unit_measure_code" AS bill_of_materials__unit_measure_code,
    "bom_level" AS bill_of_materials__bom_level,
    "per_assembly_qty" AS bill_of_materials__per_assembly_qty,
    "modified_date" AS bill_of_materials__modified_date,
    "_loaded_at" AS bill_of_materials__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("bill_of_materials_id" AS VARCHAR)) || ':' || CAST("bill_of_materials_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_assembly_id" AS VARCHAR)) || ':' || CAST("product_assembly_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("component_id" AS VARCHAR)) || ':' || CAST("component_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("start_date" AS VARCHAR)) || ':' || CAST("start_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("end_date" AS VARCHAR)) || ':' || CAST("end_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("unit_measure_code" AS VARCHAR)) || ':' || CAST("unit_measure_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("bom_level" AS VARCHAR)) || ':' || CAST("bom_level" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("per_assembly_qty" AS VARCHAR)) || ':' || CAST("per_assembly_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS bill_of_materials__record_hash
  FROM das.raw__adventure_works__bill_of_materials
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY bill_of_materials__bill_of_materials_id, bill_of_materials__record_loaded_at ORDER BY bill_of_materials__record_hash) AS __duplicate
    FROM landed
    WHERE bill_of_materials__bill_of_materials_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(bill_of_materials__record_hash) OVER (PARTITION BY bill_of_materials__bill_of_materials_id ORDER BY bill_of_materials__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY bill_of_materials__bill_of_materials_id ORDER BY bill_of_materials__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY bill_of_materials__bill_of_materials_id ORDER BY bill_of_materials__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> bill_of_materials__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__bill_of_materials || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__bill_of_materials || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bill_of_materials,
  CASE WHEN (_hook__bill_of_materials) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__bill_of_materials) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__bill_of_materials,
  CASE WHEN (_hook__product__assembly) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product__assembly) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product__assembly,
  CASE WHEN (_hook__product__component) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product__component) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product__component,
  CASE WHEN (_hook__unit_measure) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__unit_measure) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__unit_measure,
  bill_of_materials__bill_of_materials_id,
  bill_of_materials__product_assembly_id,
  bill_of_materials__component_id,
  bill_of_materials__start_date,
  bill_of_materials__end_date,
  bill_of_materials__unit_measure_code,
  bill_of_materials__bom_level,
  bill_of_materials__per_assembly_qty,
  bill_of_materials__modified_date,
  bill_of_materials__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS bill_of_materials__record_updated_at,
  __valid_from AS bill_of_materials__record_valid_from,
  __valid_to AS bill_of_materials__record_valid_to,
  __version AS bill_of_materials__record_version,
  __next_loaded_at IS NULL AS bill_of_materials__record_is_current,
  bill_of_materials__record_hash
FROM history
-- end of model
-- model dar adventure_works__bill_of_materials PERIPHERAL VIEW
SELECT
  _pit_hook__bill_of_materials,
  _hook__bill_of_materials,
  bill_of_materials__bill_of_materials_id,
  bill_of_materials__product_assembly_id,
  bill_of_materials__component_id,
  bill_of_materials__start_date,
  bill_of_materials__end_date,
  bill_of_materials__unit_measure_code,
  bill_of_materials__bom_level,
  bill_of_materials__per_assembly_qty,
  bill_of_materials__modified_date,
  bill_of_materials__record_loaded_at,
  bill_of_materials__record_updated_at,
  bill_of_materials__record_valid_from,
  bill_of_materials__record_valid_to,
  bill_of_materials__record_version,
  bill_of_materials__record_is_current,
  bill_of_materials__record_hash
FROM dab.frame__adventure_works__bill_of_materials
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bill_of_materials,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__bill_of_materials,
  CAST(NULL AS INTEGER) AS bill_of_materials__bill_of_materials_id,
  CAST(NULL AS INTEGER) AS bill_of_materials__product_assembly_id,
  CAST(NULL AS INTEGER) AS bill_of_materials__component_id,
  CAST(NULL AS TIMESTAMP) AS bill_of_materials__start_date,
  CAST(NULL AS TIMESTAMP) AS bill_of_materials__end_date,
  CAST('N/A' AS VARCHAR) AS bill_of_materials__unit_measure_code,
  CAST(NULL AS SMALLINT) AS bill_of_materials__bom_level,
  CAST(NULL AS DECIMAL(8,2)) AS bill_of_materials__per_assembly_qty,
  CAST(NULL AS TIMESTAMP) AS bill_of_materials__modified_date,
  CAST(NULL AS TIMESTAMP) AS bill_of_materials__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS bill_of_materials__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS bill_of_materials__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS bill_of_materials__record_valid_to,
  CAST(NULL AS BIGINT) AS bill_of_materials__record_version,
  CAST(NULL AS BOOLEAN) AS bill_of_materials__record_is_current,
  CAST(NULL AS VARCHAR) AS bill_of_materials__record_hash
-- end of model
-- model das raw__adventure_works__business_entities RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__business_entities
-- end of model
-- model dab frame__adventure_works__business_entities FRAME TABLE
WITH landed AS (
  SELECT
    'business_entity__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__business_entity,
    "business_entity_id" AS business_entity__business_entity_id,
    "rowguid" AS business_entity__rowguid,
    "modified_date" AS business_entity__modified_date,
    "_loaded_at" AS business_entity__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS business_entity__record_hash
  FROM das.raw__adventure_works__business_entities
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY business_entity__business_entity_id, business_entity__record_loaded_at ORDER BY business_entity__record_hash) AS __duplicate
    FROM landed
    WHERE business_entity__business_entity_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(business_entity__record_hash) OVER (PARTITION BY business_entity__business_entity_id ORDER BY business_entity__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY business_entity__business_entity_id ORDER BY business_entity__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY business_entity__business_entity_id ORDER BY business_entity__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> business_entity__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__business_entity || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__business_entity || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__business_entity,
  CASE WHEN (_hook__business_entity) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__business_entity) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__business_entity,
  business_entity__business_entity_id,
  business_entity__rowguid,
  business_entity__modified_date,
  business_entity__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS business_entity__record_updated_at,
  __valid_from AS business_entity__record_valid_from,
  __valid_to AS business_entity__record_valid_to,
  __version AS business_entity__record_version,
  __next_loaded_at IS NULL AS business_entity__record_is_current,
  business_entity__record_hash
FROM history
-- end of model
-- model dar adventure_works__business_entities PERIPHERAL VIEW
SELECT
  _pit_hook__business_entity,
  _hook__business_entity,
  business_entity__business_entity_id,
  business_entity__rowguid,
  business_entity__modified_date,
  business_entity__record_loaded_at,
  business_entity__record_updated_at,
  business_entity__record_valid_from,
  business_entity__record_valid_to,
  business_entity__record_version,
  business_entity__record_is_current,
  business_entity__record_hash
FROM dab.frame__adventure_works__business_entities
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__business_entity,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__business_entity,
  CAST(NULL AS INTEGER) AS business_entity__business_entity_id,
  CAST('N/A' AS VARCHAR) AS business_entity__rowguid,
  CAST(NULL AS TIMESTAMP) AS business_entity__modified_date,
  CAST(NULL AS TIMESTAMP) AS business_entity__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS business_entity__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS business_entity__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS business_entity__record_valid_to,
  CAST(NULL AS BIGINT) AS business_entity__record_version,
  CAST(NULL AS BOOLEAN) AS business_entity__record_is_current,
  CAST(NULL AS VARCHAR) AS business_entity__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__business_entities BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__business_entity AS __pit,
    _hook__business_entity,
    business_entity__record_valid_from AS __valid_from,
    business_entity__record_valid_to AS __valid_to,
    business_entity__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__business_entities
  WHERE _pit_hook__business_entity IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__business_entity,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__business_entities' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__business_entities', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__business_entities', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__business_entity,
  _hook__business_entity,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__business_entities EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    business_entity__business_entity_id AS "business_entity_id",
    business_entity__rowguid AS "rowguid",
    business_entity__modified_date AS "modified_date",
    business_entity__record_loaded_at AS "_loaded_at",
    _pit_hook__business_entity AS __pit
  FROM dab.frame__adventure_works__business_entities
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__business_entity,
  bridge._hook__business_entity,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__business_entities AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__business_entity
-- end of model
-- model das raw__adventure_works__business_entity_addresses RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("address_id" AS INTEGER) AS "address_id",
  CAST("address_type_id" AS INTEGER) AS "address_type_id",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__business_entity_addresses
-- end of model
-- model dab frame__adventure_works__business_entity_addresses FRAME TABLE
WITH landed AS (
  SELECT
    'business_entity__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__business_entity,
    'address__adventure_works|' || CAST("address_id" AS VARCHAR) AS _hook__address,
    'address_type__adventure_works|' || CAST("address_type_id" AS VARCHAR) AS _hook__address_type,
    ('business_entity__adventure_works|' || CAST("business_entity_id" AS VARCHAR)) || '~' || ('address__adventure_works|' || CAST("address_id" AS VARCHAR)) || '~' || ('address_type__adventure_works|' || CAST("address_type_id" AS VARCHAR)) AS _hook__business_entity_address,
    "business_entity_id" AS business_entity_address__business_entity_id,
    "address_id" AS business_entity_address__address_id,
    "address_type_id" AS business_entity_address__address_type_id,
    "rowguid" AS business_entity_address__rowguid,
    "modified_date" AS business_entity_address__modified_date,
    "_loaded_at" AS business_entity_address__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("address_id" AS VARCHAR)) || ':' || CAST("address_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("address_type_id" AS VARCHAR)) || ':' || CAST("address_type_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS business_entity_address__record_hash
  FROM das.raw__adventure_works__business_entity_addresses
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY business_entity_address__business_entity_id, business_entity_address__address_id, business_entity_address__address_type_id, business_entity_address__record_loaded_at ORDER BY business_entity_address__record_hash) AS __duplicate
    FROM landed
    WHERE business_entity_address__business_entity_id IS NOT NULL AND business_entity_address__address_id IS NOT NULL AND business_entity_address__address_type_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(business_entity_address__record_hash) OVER (PARTITION BY business_entity_address__business_entity_id, business_entity_address__address_id, business_entity_address__address_type_id ORDER BY business_entity_address__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY business_entity_address__business_entity_id, business_entity_address__address_id, business_entity_address__address_type_id ORDER BY business_entity_address__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY business_entity_address__business_entity_id, business_entity_address__address_id, business_entity_address__address_type_id ORDER BY business_entity_address__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> business_entity_address__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__business_entity_address || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__business_entity_address || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__business_entity_address,
  CASE WHEN (_hook__business_entity) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__business_entity) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__business_entity,
  CASE WHEN (_hook__address) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__address) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__address,
  CASE WHEN (_hook__address_type) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__address_type) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__address_type,
  CASE WHEN (_hook__business_entity_address) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__business_entity_address) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__business_entity_address,
  business_entity_address__business_entity_id,
  business_entity_address__address_id,
  business_entity_address__address_type_id,
  business_entity_address__rowguid,
  business_entity_address__modified_date,
  business_entity_address__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS business_entity_address__record_updated_at,
  __valid_from AS business_entity_address__record_valid_from,
  __valid_to AS business_entity_address__record_valid_to,
  __version AS business_entity_address__record_version,
  __next_loaded_at IS NULL AS business_entity_address__record_is_current,
  business_entity_address__record_hash
FROM history
-- end of model
-- model dar adventure_works__business_entity_addresses PERIPHERAL VIEW
SELECT
  _pit_hook__business_entity_address,
  _hook__business_entity_address,
  business_entity_address__business_entity_id,
  business_entity_address__address_id,
  business_entity_address__address_type_id,
  business_entity_address__rowguid,
  business_entity_address__modified_date,
  business_entity_address__record_loaded_at,
  business_entity_address__record_updated_at,
  business_entity_address__record_valid_from,
  business_entity_address__record_valid_to,
  business_entity_address__record_version,
  business_entity_address__record_is_current,
  business_entity_address__record_hash
FROM dab.frame__adventure_works__business_entity_addresses
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__business_entity_address,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__business_entity_address,
  CAST(NULL AS INTEGER) AS business_entity_address__business_entity_id,
  CAST(NULL AS INTEGER) AS business_entity_address__address_id,
  CAST(NULL AS INTEGER) AS business_entity_address__address_type_id,
  CAST('N/A' AS VARCHAR) AS business_entity_address__rowguid,
  CAST(NULL AS TIMESTAMP) AS business_entity_address__modified_date,
  CAST(NULL AS TIMESTAMP) AS business_entity_address__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS business_entity_address__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS business_entity_address__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS business_entity_address__record_valid_to,
  CAST(NULL AS BIGINT) AS business_entity_address__record_version,
  CAST(NULL AS BOOLEAN) AS business_entity_address__record_is_current,
  CAST(NULL AS VARCHAR) AS business_entity_address__record_hash
-- end of model
-- model das raw__adventure_works__business_entity_contacts RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("person_id" AS INTEGER) AS "person_id",
  CAST("contact_type_id" AS INTEGER) AS "contact_type_id",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__business_entity_contacts
-- end of model
-- model dab frame__adventure_works__business_entity_contacts FRAME TABLE
WITH landed AS (
  SELECT
    'business_entity__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__business_entity,
    'person__adventure_works|' || CAST("person_id" AS VARCHAR) AS _hook__person,
    'contact_type__adventure_works|' || CAST("contact_type_id" AS VARCHAR) AS _hook__contact_type,
    ('business_entity__adventure_works|' || CAST("business_entity_id" AS VARCHAR)) || '~' || ('person__adventure_works|' || CAST("person_id" AS VARCHAR)) || '~' || ('contact_type__adventure_works|' || CAST("contact_type_id" AS VARCHAR)) AS _hook__business_entity_contact,
    "business_entity_id" AS business_entity_contact__business_entity_id,
    "person_id" AS business_entity_contact__person_id,
    "contact_type_id" AS business_entity_contact__contact_type_id,
    "rowguid" AS business_entity_contact__rowguid,
    "modified_date" AS business_entity_contact__modified_date,
    "_loaded_at" AS business_entity_contact__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("person_id" AS VARCHAR)) || ':' || CAST("person_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("contact_type_id" AS VARCHAR)) || ':' || CAST("contact_type_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS business_entity_contact__record_hash
  FROM das.raw__adventure_works__business_entity_contacts
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY business_entity_contact__business_entity_id, business_entity_contact__person_id, business_entity_contact__contact_type_id, business_entity_contact__record_loaded_at ORDER BY business_entity_contact__record_hash) AS __duplicate
    FROM landed
    WHERE business_entity_contact__business_entity_id IS NOT NULL AND business_entity_contact__person_id IS NOT NULL AND business_entity_contact__contact_type_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(business_entity_contact__record_hash) OVER (PARTITION BY business_entity_contact__business_entity_id, business_entity_contact__person_id, business_entity_contact__contact_type_id ORDER BY business_entity_contact__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY business_entity_contact__business_entity_id, business_entity_contact__person_id, business_entity_contact__contact_type_id ORDER BY business_entity_contact__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY business_entity_contact__business_entity_id, business_entity_contact__person_id, business_entity_contact__contact_type_id ORDER BY business_entity_contact__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> business_entity_contact__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__business_entity_contact || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__business_entity_contact || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__business_entity_contact,
  CASE WHEN (_hook__business_entity) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__business_entity) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__business_entity,
  CASE WHEN (_hook__person) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person,
  CASE WHEN (_hook__contact_type) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__contact_type) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__contact_type,
  CASE WHEN (_hook__business_entity_contact) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__business_entity_contact) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__business_entity_contact,
  business_entity_contact__business_entity_id,
  business_entity_contact__person_id,
  business_entity_contact__contact_type_id,
  business_entity_contact__rowguid,
  business_entity_contact__modified_date,
  business_entity_contact__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS business_entity_contact__record_updated_at,
  __valid_from AS business_entity_contact__record_valid_from,
  __valid_to AS business_entity_contact__record_valid_to,
  __version AS business_entity_contact__record_version,
  __next_loaded_at IS NULL AS business_entity_contact__record_is_current,
  business_entity_contact__record_hash
FROM history
-- end of model
-- model dar adventure_works__business_entity_contacts PERIPHERAL VIEW
SELECT
  _pit_hook__business_entity_contact,
  _hook__business_entity_contact,
  business_entity_contact__business_entity_id,
  business_entity_contact__person_id,
  business_entity_contact__contact_type_id,
  business_entity_contact__rowguid,
  business_entity_contact__modified_date,
  business_entity_contact__record_loaded_at,
  business_entity_contact__record_updated_at,
  business_entity_contact__record_valid_from,
  business_entity_contact__record_valid_to,
  business_entity_contact__record_version,
  business_entity_contact__record_is_current,
  business_entity_contact__record_hash
FROM dab.frame__adventure_works__business_entity_contacts
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__business_entity_contact,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__business_entity_contact,
  CAST(NULL AS INTEGER) AS business_entity_contact__business_entity_id,
  CAST(NULL AS INTEGER) AS business_entity_contact__person_id,
  CAST(NULL AS INTEGER) AS business_entity_contact__contact_type_id,
  CAST('N/A' AS VARCHAR) AS business_entity_contact__rowguid,
  CAST(NULL AS TIMESTAMP) AS business_entity_contact__modified_date,
  CAST(NULL AS TIMESTAMP) AS business_entity_contact__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS business_entity_contact__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS business_entity_contact__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS business_entity_contact__record_valid_to,
  CAST(NULL AS BIGINT) AS business_entity_contact__record_version,
  CAST(NULL AS BOOLEAN) AS business_entity_contact__record_is_current,
  CAST(NULL AS VARCHAR) AS business_entity_contact__record_hash
-- end of model
-- model das raw__adventure_works__contact_types RAW VIEW
SELECT
  CAST("contact_type_id" AS INTEGER) AS "contact_type_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__contact_types
-- end of model
-- model dab frame__adventure_works__contact_types FRAME TABLE
WITH landed AS (
  SELECT
    'contact_type__adventure_works|' || CAST("contact_type_id" AS VARCHAR) AS _hook__contact_type,
    "contact_type_id" AS contact_type__contact_type_id,
    "name" AS contact_type__name,
    "modified_date" AS contact_type__modified_date,
    "_loaded_at" AS contact_type__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("contact_type_id" AS VARCHAR)) || ':' || CAST("contact_type_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS contact_type__record_hash
  FROM das.raw__adventure_works__contact_types
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY contact_type__contact_type_id, contact_type__record_loaded_at ORDER BY contact_type__record_hash) AS __duplicate
    FROM landed
    WHERE contact_type__contact_type_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(contact_type__record_hash) OVER (PARTITION BY contact_type__contact_type_id ORDER BY contact_type__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY contact_type__contact_type_id ORDER BY contact_type__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY contact_type__contact_type_id ORDER BY contact_type__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> contact_type__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__contact_type || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__contact_type || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__contact_type,
  CASE WHEN (_hook__contact_type) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__contact_type) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__contact_type,
  contact_type__contact_type_id,
  contact_type__name,
  contact_type__modified_date,
  contact_type__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS contact_type__record_updated_at,
  __valid_from AS contact_type__record_valid_from,
  __valid_to AS contact_type__record_valid_to,
  __version AS contact_type__record_version,
  __next_loaded_at IS NULL AS contact_type__record_is_current,
  contact_type__record_hash
FROM history
-- end of model
-- model dar adventure_works__contact_types PERIPHERAL VIEW
SELECT
  _pit_hook__contact_type,
  _hook__contact_type,
  contact_type__contact_type_id,
  contact_type__name,
  contact_type__modified_date,
  contact_type__record_loaded_at,
  contact_type__record_updated_at,
  contact_type__record_valid_from,
  contact_type__record_valid_to,
  contact_type__record_version,
  contact_type__record_is_current,
  contact_type__record_hash
FROM dab.frame__adventure_works__contact_types
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__contact_type,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__contact_type,
  CAST(NULL AS INTEGER) AS contact_type__contact_type_id,
  CAST('N/A' AS VARCHAR) AS contact_type__name,
  CAST(NULL AS TIMESTAMP) AS contact_type__modified_date,
  CAST(NULL AS TIMESTAMP) AS contact_type__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS contact_type__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS contact_type__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS contact_type__record_valid_to,
  CAST(NULL AS BIGINT) AS contact_type__record_version,
  CAST(NULL AS BOOLEAN) AS contact_type__record_is_current,
  CAST(NULL AS VARCHAR) AS contact_type__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__contact_types BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__contact_type AS __pit,
    _hook__contact_type,
    contact_type__record_valid_from AS __valid_from,
    contact_type__record_valid_to AS __valid_to,
    contact_type__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__contact_types
  WHERE _pit_hook__contact_type IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__contact_type,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__contact_types' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__contact_types', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__contact_types', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__contact_type,
  _hook__contact_type,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__contact_types EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    contact_type__contact_type_id AS "contact_type_id",
    contact_type__name AS "name",
    contact_type__modified_date AS "modified_date",
    contact_type__record_loaded_at AS "_loaded_at",
    _pit_hook__contact_type AS __pit
  FROM dab.frame__adventure_works__contact_types
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__contact_type,
  bridge._hook__contact_type,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__contact_types AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__contact_type
-- end of model
-- model das raw__adventure_works__country_region_currencies RAW VIEW
SELECT
  CAST("country_region_code" AS VARCHAR) AS "country_region_code",
  CAST("currency_code" AS VARCHAR) AS "currency_code",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__country_region_currencies
-- end of model
-- model dab frame__adventure_works__country_region_currencies FRAME TABLE
WITH landed AS (
  SELECT
    'country_region__adventure_works|' || CAST("country_region_code" AS VARCHAR) AS _hook__country_region,
    'currency__adventure_works|' || CAST("currency_code" AS VARCHAR) AS _hook__currency,
    ('country_region__adventure_works|' || CAST("country_region_code" AS VARCHAR)) || '~' || ('currency__adventure_works|' || CAST("currency_code" AS VARCHAR)) AS _hook__country_region_currency,
    "country_region_code" AS country_region_currency__country_region_code,
    "currency_code" AS country_region_currency__currency_code,
    "modified_date" AS country_region_currency__modified_date,
    "_loaded_at" AS country_region_currency__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("country_region_code" AS VARCHAR)) || ':' || CAST("country_region_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("currency_code" AS VARCHAR)) || ':' || CAST("currency_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS country_region_currency__record_hash
  FROM das.raw__adventure_works__country_region_currencies
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY country_region_currency__country_region_code, country_region_currency__currency_code, country_region_currency__record_loaded_at ORDER BY country_region_currency__record_hash) AS __duplicate
    FROM landed
    WHERE country_region_currency__country_region_code IS NOT NULL AND country_region_currency__currency_code IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(country_region_currency__record_hash) OVER (PARTITION BY country_region_currency__country_region_code, country_region_currency__currency_code ORDER BY country_region_currency__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY country_region_currency__country_region_code, country_region_currency__currency_code ORDER BY country_region_currency__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY country_region_currency__country_region_code, country_region_currency__currency_code ORDER BY country_region_currency__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> country_region_currency__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__country_region_currency || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__country_region_currency || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__country_region_currency,
  CASE WHEN (_hook__country_region) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__country_region) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__country_region,
  CASE WHEN (_hook__currency) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__currency) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__currency,
  CASE WHEN (_hook__country_region_currency) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__country_region_currency) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__country_region_currency,
  country_region_currency__country_region_code,
  country_region_currency__currency_code,
  country_region_currency__modified_date,
  country_region_currency__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS country_region_currency__record_updated_at,
  __valid_from AS country_region_currency__record_valid_from,
  __valid_to AS country_region_currency__record_valid_to,
  __version AS country_region_currency__record_version,
  __next_loaded_at IS NULL AS country_region_currency__record_is_current,
  country_region_currency__record_hash
FROM history
-- end of model
-- model dar adventure_works__country_region_currencies PERIPHERAL VIEW
SELECT
  _pit_hook__country_region_currency,
  _hook__country_region_currency,
  country_region_currency__country_region_code,
  country_region_currency__currency_code,
  country_region_currency__modified_date,
  country_region_currency__record_loaded_at,
  country_region_currency__record_updated_at,
  country_region_currency__record_valid_from,
  country_region_currency__record_valid_to,
  country_region_currency__record_version,
  country_region_currency__record_is_current,
  country_region_currency__record_hash
FROM dab.frame__adventure_works__country_region_currencies
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__country_region_currency,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__country_region_currency,
  CAST('N/A' AS VARCHAR) AS country_region_currency__country_region_code,
  CAST('N/A' AS VARCHAR) AS country_region_currency__currency_code,
  CAST(NULL AS TIMESTAMP) AS country_region_currency__modified_date,
  CAST(NULL AS TIMESTAMP) AS country_region_currency__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS country_region_currency__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS country_region_currency__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS country_region_currency__record_valid_to,
  CAST(NULL AS BIGINT) AS country_region_currency__record_version,
  CAST(NULL AS BOOLEAN) AS country_region_currency__record_is_current,
  CAST(NULL AS VARCHAR) AS country_region_currency__record_hash
-- end of model
-- model das raw__adventure_works__country_regions RAW VIEW
SELECT
  CAST("country_region_code" AS VARCHAR) AS "country_region_code",
  CAST("name" AS VARCHAR) AS "name",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__country_regions
-- end of model
-- model dab frame__adventure_works__country_regions FRAME TABLE
WITH landed AS (
  SELECT
    'country_region__adventure_works|' || CAST("country_region_code" AS VARCHAR) AS _hook__country_region,
    "country_region_code" AS country_region__country_region_code,
    "name" AS country_region__name,
    "modified_date" AS country_region__modified_date,
    "_loaded_at" AS country_region__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("country_region_code" AS VARCHAR)) || ':' || CAST("country_region_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS country_region__record_hash
  FROM das.raw__adventure_works__country_regions
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY country_region__country_region_code, country_region__record_loaded_at ORDER BY country_region__record_hash) AS __duplicate
    FROM landed
    WHERE country_region__country_region_code IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(country_region__record_hash) OVER (PARTITION BY country_region__country_region_code ORDER BY country_region__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY country_region__country_region_code ORDER BY country_region__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY country_region__country_region_code ORDER BY country_region__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> country_region__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__country_region || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__country_region || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__country_region,
  CASE WHEN (_hook__country_region) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__country_region) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__country_region,
  country_region__country_region_code,
  country_region__name,
  country_region__modified_date,
  country_region__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS country_region__record_updated_at,
  __valid_from AS country_region__record_valid_from,
  __valid_to AS country_region__record_valid_to,
  __version AS country_region__record_version,
  __next_loaded_at IS NULL AS country_region__record_is_current,
  country_region__record_hash
FROM history
-- end of model
-- model dar adventure_works__country_regions PERIPHERAL VIEW
SELECT
  _pit_hook__country_region,
  _hook__country_region,
  country_region__country_region_code,
  country_region__name,
  country_region__modified_date,
  country_region__record_loaded_at,
  country_region__record_updated_at,
  country_region__record_valid_from,
  country_region__record_valid_to,
  country_region__record_version,
  country_region__record_is_current,
  country_region__record_hash
FROM dab.frame__adventure_works__country_regions
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__country_region,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__country_region,
  CAST('N/A' AS VARCHAR) AS country_region__country_region_code,
  CAST('N/A' AS VARCHAR) AS country_region__name,
  CAST(NULL AS TIMESTAMP) AS country_region__modified_date,
  CAST(NULL AS TIMESTAMP) AS country_region__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS country_region__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS country_region__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS country_region__record_valid_to,
  CAST(NULL AS BIGINT) AS country_region__record_version,
  CAST(NULL AS BOOLEAN) AS country_region__record_is_current,
  CAST(NULL AS VARCHAR) AS country_region__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__country_regions BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__country_region AS __pit,
    _hook__country_region,
    country_region__record_valid_from AS __valid_from,
    country_region__record_valid_to AS __valid_to,
    country_region__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__country_regions
  WHERE _pit_hook__country_region IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__country_region,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__country_regions' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__country_regions', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__country_regions', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__country_region,
  _hook__country_region,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__country_regions EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    country_region__country_region_code AS "country_region_code",
    country_region__name AS "name",
    country_region__modified_date AS "modified_date",
    country_region__record_loaded_at AS "_loaded_at",
    _pit_hook__country_region AS __pit
  FROM dab.frame__adventure_works__country_regions
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__country_region,
  bridge._hook__country_region,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__country_regions AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__country_region
-- end of model
-- model das raw__adventure_works__credit_cards RAW VIEW
SELECT
  CAST("credit_card_id" AS INTEGER) AS "credit_card_id",
  CAST("card_type" AS VARCHAR) AS "card_type",
  CAST("card_number" AS VARCHAR) AS "card_number",
  CAST("exp_month" AS SMALLINT) AS "exp_month",
  CAST("exp_year" AS SMALLINT) AS "exp_year",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__credit_cards
-- end of model
-- model dab frame__adventure_works__credit_cards FRAME TABLE
WITH landed AS (
  SELECT
    'credit_card__adventure_works|' || CAST("credit_card_id" AS VARCHAR) AS _hook__credit_card,
    "credit_card_id" AS credit_card__credit_card_id,
    "card_type" AS credit_card__card_type,
    "card_number" AS credit_card__card_number,
    "exp_month" AS credit_card__exp_month,
    "exp_year" AS credit_card__exp_year,
    "modified_date" AS credit_card__modified_date,
    "_loaded_at" AS credit_card__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("credit_card_id" AS VARCHAR)) || ':' || CAST("credit_card_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("card_type" AS VARCHAR)) || ':' || CAST("card_type" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("card_number" AS VARCHAR)) || ':' || CAST("card_number" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("exp_month" AS VARCHAR)) || ':' || CAST("exp_month" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("exp_year" AS VARCHAR)) || ':' || CAST("exp_year" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS credit_card__record_hash
  FROM das.raw__adventure_works__credit_cards
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY credit_card__credit_card_id, credit_card__record_loaded_at ORDER BY credit_card__record_hash) AS __duplicate
    FROM landed
    WHERE credit_card__credit_card_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(credit_card__record_hash) OVER (PARTITION BY credit_card__credit_card_id ORDER BY credit_card__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY credit_card__credit_card_id ORDER BY credit_card__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY credit_card__credit_card_id ORDER BY credit_card__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> credit_card__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__credit_card || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__credit_card || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__credit_card,
  CASE WHEN (_hook__credit_card) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__credit_card) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__credit_card,
  credit_card__credit_card_id,
  credit_card__card_type,
  credit_card__card_number,
  credit_card__exp_month,
  credit_card__exp_year,
  credit_card__modified_date,
  credit_card__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS credit_card__record_updated_at,
  __valid_from AS credit_card__record_valid_from,
  __valid_to AS credit_card__record_valid_to,
  __version AS credit_card__record_version,
  __next_loaded_at IS NULL AS credit_card__record_is_current,
  credit_card__record_hash
FROM history
-- end of model
-- model dar adventure_works__credit_cards PERIPHERAL VIEW
SELECT
  _pit_hook__credit_card,
  _hook__credit_card,
  credit_card__credit_card_id,
  credit_card__card_type,
  credit_card__card_number,
  credit_card__exp_month,
  credit_card__exp_year,
  credit_card__modified_date,
  credit_card__record_loaded_at,
  credit_card__record_updated_at,
  credit_card__record_valid_from,
  credit_card__record_valid_to,
  credit_card__record_version,
  credit_card__record_is_current,
  credit_card__record_hash
FROM dab.frame__adventure_works__credit_cards
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__credit_card,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__credit_card,
  CAST(NULL AS INTEGER) AS credit_card__credit_card_id,
  CAST('N/A' AS VARCHAR) AS credit_card__card_type,
  CAST('N/A' AS VARCHAR) AS credit_card__card_number,
  CAST(NULL AS SMALLINT) AS credit_card__exp_month,
  CAST(NULL AS SMALLINT) AS credit_card__exp_year,
  CAST(NULL AS TIMESTAMP) AS credit_card__modified_date,
  CAST(NULL AS TIMESTAMP) AS credit_card__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS credit_card__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS credit_card__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS credit_card__record_valid_to,
  CAST(NULL AS BIGINT) AS credit_card__record_version,
  CAST(NULL AS BOOLEAN) AS credit_card__record_is_current,
  CAST(NULL AS VARCHAR) AS credit_card__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__credit_cards BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__credit_card AS __pit,
    _hook__credit_card,
    credit_card__record_valid_from AS __valid_from,
    credit_card__record_valid_to AS __valid_to,
    credit_card__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__credit_cards
  WHERE _pit_hook__credit_card IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__credit_card,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__credit_cards' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__credit_cards', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__credit_cards', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__credit_card,
  _hook__credit_card,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__credit_cards EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    credit_card__credit_card_id AS "credit_card_id",
    credit_card__card_type AS "card_type",
    credit_card__card_number AS "card_number",
    credit_card__exp_month AS "exp_month",
    credit_card__exp_year AS "exp_year",
    credit_card__modified_date AS "modified_date",
    credit_card__record_loaded_at AS "_loaded_at",
    _pit_hook__credit_card AS __pit
  FROM dab.frame__adventure_works__credit_cards
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__credit_card,
  bridge._hook__credit_card,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__credit_cards AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__credit_card
-- end of model
-- model das raw__adventure_works__cultures RAW VIEW
SELECT
  CAST("culture_id" AS VARCHAR) AS "culture_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__cultures
-- end of model
-- model dab frame__adventure_works__cultures FRAME TABLE
WITH landed AS (
  SELECT
    'culture__adventure_works|' || CAST("culture_id" AS VARCHAR) AS _hook__culture,
    "culture_id" AS culture__culture_id,
    "name" AS culture__name,
    "modified_date" AS culture__modified_date,
    "_loaded_at" AS culture__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("culture_id" AS VARCHAR)) || ':' || CAST("culture_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS culture__record_hash
  FROM das.raw__adventure_works__cultures
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY culture__culture_id, culture__record_loaded_at ORDER BY culture__record_hash) AS __duplicate
    FROM landed
    WHERE culture__culture_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(culture__record_hash) OVER (PARTITION BY culture__culture_id ORDER BY culture__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY culture__culture_id ORDER BY culture__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY culture__culture_id ORDER BY culture__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> culture__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__culture || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__culture || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__culture,
  CASE WHEN (_hook__culture) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__culture) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__culture,
  culture__culture_id,
  culture__name,
  culture__modified_date,
  culture__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS culture__record_updated_at,
  __valid_from AS culture__record_valid_from,
  __valid_to AS culture__record_valid_to,
  __version AS culture__record_version,
  __next_loaded_at IS NULL AS culture__record_is_current,
  culture__record_hash
FROM history
-- end of model
-- model dar adventure_works__cultures PERIPHERAL VIEW
SELECT
  _pit_hook__culture,
  _hook__culture,
  culture__culture_id,
  culture__name,
  culture__modified_date,
  culture__record_loaded_at,
  culture__record_updated_at,
  culture__record_valid_from,
  culture__record_valid_to,
  culture__record_version,
  culture__record_is_current,
  culture__record_hash
FROM dab.frame__adventure_works__cultures
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__culture,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__culture,
  CAST('N/A' AS VARCHAR) AS culture__culture_id,
  CAST('N/A' AS VARCHAR) AS culture__name,
  CAST(NULL AS TIMESTAMP) AS culture__modified_date,
  CAST(NULL AS TIMESTAMP) AS culture__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS culture__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS culture__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS culture__record_valid_to,
  CAST(NULL AS BIGINT) AS culture__record_version,
  CAST(NULL AS BOOLEAN) AS culture__record_is_current,
  CAST(NULL AS VARCHAR) AS culture__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__cultures BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__culture AS __pit,
    _hook__culture,
    culture__record_valid_from AS __valid_from,
    culture__record_valid_to AS __valid_to,
    culture__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__cultures
  WHERE _pit_hook__culture IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__culture,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__cultures' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__cultures', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__cultures', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__culture,
  _hook__culture,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__cultures EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    culture__culture_id AS "culture_id",
    culture__name AS "name",
    culture__modified_date AS "modified_date",
    culture__record_loaded_at AS "_loaded_at",
    _pit_hook__culture AS __pit
  FROM dab.frame__adventure_works__cultures
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__culture,
  bridge._hook__culture,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__cultures AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__culture
-- end of model
-- model das raw__adventure_works__currencies RAW VIEW
SELECT
  CAST("currency_code" AS VARCHAR) AS "currency_code",
  CAST("name" AS VARCHAR) AS "name",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__currencies
-- end of model
-- model dab frame__adventure_works__currencies FRAME TABLE
WITH landed AS (
  SELECT
    'currency__adventure_works|' || CAST("currency_code" AS VARCHAR) AS _hook__currency,
    "currency_code" AS currency__currency_code,
    "name" AS currency__name,
    "modified_date" AS currency__modified_date,
    "_loaded_at" AS currency__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("currency_code" AS VARCHAR)) || ':' || CAST("currency_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS currency__record_hash
  FROM das.raw__adventure_works__currencies
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY currency__currency_code, currency__record_loaded_at ORDER BY currency__record_hash) AS __duplicate
    FROM landed
    WHERE currency__currency_code IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(currency__record_hash) OVER (PARTITION BY currency__currency_code ORDER BY currency__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY currency__currency_code ORDER BY currency__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY currency__currency_code ORDER BY currency__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> currency__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__currency || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__currency || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__currency,
  CASE WHEN (_hook__currency) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__currency) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__currency,
  currency__currency_code,
  currency__name,
  currency__modified_date,
  currency__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS currency__record_updated_at,
  __valid_from AS currency__record_valid_from,
  __valid_to AS currency__record_valid_to,
  __version AS currency__record_version,
  __next_loaded_at IS NULL AS currency__record_is_current,
  currency__record_hash
FROM history
-- end of model
-- model dar adventure_works__currencies PERIPHERAL VIEW
SELECT
  _pit_hook__currency,
  _hook__currency,
  currency__currency_code,
  currency__name,
  currency__modified_date,
  currency__record_loaded_at,
  currency__record_updated_at,
  currency__record_valid_from,
  currency__record_valid_to,
  currency__record_version,
  currency__record_is_current,
  currency__record_hash
FROM dab.frame__adventure_works__currencies
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__currency,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__currency,
  CAST('N/A' AS VARCHAR) AS currency__currency_code,
  CAST('N/A' AS VARCHAR) AS currency__name,
  CAST(NULL AS TIMESTAMP) AS currency__modified_date,
  CAST(NULL AS TIMESTAMP) AS currency__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS currency__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS currency__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS currency__record_valid_to,
  CAST(NULL AS BIGINT) AS currency__record_version,
  CAST(NULL AS BOOLEAN) AS currency__record_is_current,
  CAST(NULL AS VARCHAR) AS currency__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__currencies BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__currency AS __pit,
    _hook__currency,
    currency__record_valid_from AS __valid_from,
    currency__record_valid_to AS __valid_to,
    currency__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__currencies
  WHERE _pit_hook__currency IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__currency,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__currencies' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__currencies', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__currencies', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__currency,
  _hook__currency,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__country_region_currencies BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__country_region_currency AS __pit,
    _hook__country_region,
    _hook__currency,
    _hook__country_region_currency,
    country_region_currency__record_valid_from AS __valid_from,
    country_region_currency__record_valid_to AS __valid_to,
    country_region_currency__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__country_region_currencies
  WHERE _pit_hook__country_region_currency IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__country_regions AS parent_1
    ON parent_1._hook__country_region = child._hook__country_region AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__country_regions AS parent_1
    ON parent_1._hook__country_region = child._hook__country_region AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__currencies AS parent_2
    ON parent_2._hook__currency = child._hook__currency AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__currencies AS parent_2
    ON parent_2._hook__currency = child._hook__currency AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__country_region AS _pit_hook__country_region,
    parent_2._pit_hook__currency AS _pit_hook__currency,
    child._hook__country_region,
    child._hook__currency,
    child._hook__country_region_currency,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__country_regions AS parent_1
    ON parent_1._hook__country_region = child._hook__country_region AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__currencies AS parent_2
    ON parent_2._hook__currency = child._hook__currency AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__country_region_currencies' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__country_region_currencies', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__currency AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__country_region_currencies', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__currency AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__country_region_currency,
  _pit_hook__country_region,
  _pit_hook__currency,
  _hook__country_region,
  _hook__currency,
  _hook__country_region_currency,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__country_region_currencies EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    country_region_currency__country_region_code AS "country_region_code",
    country_region_currency__currency_code AS "currency_code",
    country_region_currency__modified_date AS "modified_date",
    country_region_currency__record_loaded_at AS "_loaded_at",
    _pit_hook__country_region_currency AS __pit
  FROM dab.frame__adventure_works__country_region_currencies
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__country_region_currency,
  bridge._pit_hook__country_region,
  bridge._pit_hook__currency,
  bridge._hook__country_region,
  bridge._hook__currency,
  bridge._hook__country_region_currency,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__country_region_currencies AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__country_region_currency
-- end of model
-- model dar__staging event__adventure_works__currencies EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    currency__currency_code AS "currency_code",
    currency__name AS "name",
    currency__modified_date AS "modified_date",
    currency__record_loaded_at AS "_loaded_at",
    _pit_hook__currency AS __pit
  FROM dab.frame__adventure_works__currencies
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__currency,
  bridge._hook__currency,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__currencies AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__currency
-- end of model
-- model das raw__adventure_works__currency_rates RAW VIEW
SELECT
  CAST("currency_rate_id" AS INTEGER) AS "currency_rate_id",
  CAST("currency_rate_date" AS TIMESTAMP) AS "currency_rate_date",
  CAST("from_currency_code" AS VARCHAR) AS "from_currency_code",
  CAST("to_currency_code" AS VARCHAR) AS "to_currency_code",
  CAST("average_rate" AS DECIMAL(19,4)) AS "average_rate",
  CAST("end_of_day_rate" AS DECIMAL(19,4)) AS "end_of_day_rate",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__currency_rates
-- end of model
-- model dab frame__adventure_works__currency_rates FRAME TABLE
WITH landed AS (
  SELECT
    'currency_rate__adventure_works|' || CAST("currency_rate_id" AS VARCHAR) AS _hook__currency_rate,
    'currency__adventure_works|' || CAST("from_currency_code" AS VARCHAR) AS _hook__currency__from,
    'currency__adventure_works|' || CAST("to_currency_code" AS VARCHAR) AS _hook__currency__to,
    "currency_rate_id" AS currency_rate__currency_rate_id,
    "currency_rate_date" AS currency_rate__currency_rate_date,
    "from_currency_code" AS currency_rate__from_currency_code,
    "to_currency_code" AS currency_rate__to_currency_code,
    "average_rate" AS currency_rate__average_rate,
    "end_of_day_rate" AS currency_rate__end_of_day_rate,
    "modified_date" AS currency_rate__modified_date,
    "_loaded_at" AS currency_rate__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("currency_rate_id" AS VARCHAR)) || ':' || CAST("currency_rate_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("currency_rate_date" AS VARCHAR)) || ':' || CAST("currency_rate_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("from_currency_code" AS VARCHAR)) || ':' || CAST("from_currency_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("to_currency_code" AS VARCHAR)) || ':' || CAST("to_currency_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("average_rate" AS VARCHAR)) || ':' || CAST("average_rate" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("end_of_day_rate" AS VARCHAR)) || ':' || CAST("end_of_day_rate" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS currency_rate__record_hash
  FROM das.raw__adventure_works__currency_rates
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY currency_rate__currency_rate_id, currency_rate__record_loaded_at ORDER BY currency_rate__record_hash) AS __duplicate
    FROM landed
    WHERE currency_rate__currency_rate_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(currency_rate__record_hash) OVER (PARTITION BY currency_rate__currency_rate_id ORDER BY currency_rate__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY currency_rate__currency_rate_id ORDER BY currency_rate__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY currency_rate__currency_rate_id ORDER BY currency_rate__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> currency_rate__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__currency_rate || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__currency_rate || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__currency_rate,
  CASE WHEN (_hook__currency_rate) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__currency_rate) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__currency_rate,
  CASE WHEN (_hook__currency__from) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__currency__from) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__currency__from,
  CASE WHEN (_hook__currency__to) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__currency__to) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__currency__to,
  currency_rate__currency_rate_id,
  currency_rate__currency_rate_date,
  currency_rate__from_currency_code,
  currency_rate__to_currency_code,
  currency_rate__average_rate,
  currency_rate__end_of_day_rate,
  currency_rate__modified_date,
  currency_rate__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS currency_rate__record_updated_at,
  __valid_from AS currency_rate__record_valid_from,
  __valid_to AS currency_rate__record_valid_to,
  __version AS currency_rate__record_version,
  __next_loaded_at IS NULL AS currency_rate__record_is_current,
  currency_rate__record_hash
FROM history
-- end of model
-- model dar adventure_works__currency_rates PERIPHERAL VIEW
SELECT
  _pit_hook__currency_rate,
  _hook__currency_rate,
  currency_rate__currency_rate_id,
  currency_rate__currency_rate_date,
  currency_rate__from_currency_code,
  currency_rate__to_currency_code,
  currency_rate__average_rate,
  currency_rate__end_of_day_rate,
  currency_rate__modified_date,
  currency_rate__record_loaded_at,
  currency_rate__record_updated_at,
  currency_rate__record_valid_from,
  currency_rate__record_valid_to,
  currency_rate__record_version,
  currency_rate__record_is_current,
  currency_rate__record_hash
FROM dab.frame__adventure_works__currency_rates
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__currency_rate,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__currency_rate,
  CAST(NULL AS INTEGER) AS currency_rate__currency_rate_id,
  CAST(NULL AS TIMESTAMP) AS currency_rate__currency_rate_date,
  CAST('N/A' AS VARCHAR) AS currency_rate__from_currency_code,
  CAST('N/A' AS VARCHAR) AS currency_rate__to_currency_code,
  CAST(NULL AS DECIMAL(19,4)) AS currency_rate__average_rate,
  CAST(NULL AS DECIMAL(19,4)) AS currency_rate__end_of_day_rate,
  CAST(NULL AS TIMESTAMP) AS currency_rate__modified_date,
  CAST(NULL AS TIMESTAMP) AS currency_rate__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS currency_rate__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS currency_rate__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS currency_rate__record_valid_to,
  CAST(NULL AS BIGINT) AS currency_rate__record_version,
  CAST(NULL AS BOOLEAN) AS currency_rate__record_is_current,
  CAST(NULL AS VARCHAR) AS currency_rate__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__currency_rates BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__currency_rate AS __pit,
    _hook__currency_rate,
    _hook__currency__from,
    _hook__currency__to,
    currency_rate__record_valid_from AS __valid_from,
    currency_rate__record_valid_to AS __valid_to,
    currency_rate__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__currency_rates
  WHERE _pit_hook__currency_rate IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__currencies AS parent_1
    ON parent_1._hook__currency = child._hook__currency__from AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__currencies AS parent_1
    ON parent_1._hook__currency = child._hook__currency__from AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__currencies AS parent_2
    ON parent_2._hook__currency = child._hook__currency__to AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__currencies AS parent_2
    ON parent_2._hook__currency = child._hook__currency__to AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__currency AS _pit_hook__currency__from,
    parent_2._pit_hook__currency AS _pit_hook__currency__to,
    child._hook__currency_rate,
    child._hook__currency__from,
    child._hook__currency__to,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__currencies AS parent_1
    ON parent_1._hook__currency = child._hook__currency__from AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__currencies AS parent_2
    ON parent_2._hook__currency = child._hook__currency__to AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__currency_rates' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__currency_rates', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__currency__from AS VARCHAR), CAST(_pit_hook__currency__to AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__currency_rates', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__currency__from AS VARCHAR), CAST(_pit_hook__currency__to AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__currency_rate,
  _pit_hook__currency__from,
  _pit_hook__currency__to,
  _hook__currency_rate,
  _hook__currency__from,
  _hook__currency__to,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__currency_rates EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    currency_rate__currency_rate_id AS "currency_rate_id",
    currency_rate__currency_rate_date AS "currency_rate_date",
    currency_rate__from_currency_code AS "from_currency_code",
    currency_rate__to_currency_code AS "to_currency_code",
    currency_rate__average_rate AS "average_rate",
    currency_rate__end_of_day_rate AS "end_of_day_rate",
    currency_rate__modified_date AS "modified_date",
    currency_rate__record_loaded_at AS "_loaded_at",
    _pit_hook__currency_rate AS __pit
  FROM dab.frame__adventure_works__currency_rates
),
dated AS (
  SELECT
    __pit,
    CAST("currency_rate_date" AS DATE) AS __event_0,
    CAST("modified_date" AS DATE) AS __event_1
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__currency_rate_date,
    coalesce(__event_1 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__currency_rate,
  bridge._pit_hook__currency__from,
  bridge._pit_hook__currency__to,
  bridge._hook__currency_rate,
  bridge._hook__currency__from,
  bridge._hook__currency__to,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__currency_rate_date, false) AS event__currency_rate_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__currency_rates AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__currency_rate
-- end of model
-- model das raw__adventure_works__customers RAW VIEW
SELECT
  CAST("customer_id" AS INTEGER) AS "customer_id",
  CAST("person_id" AS INTEGER) AS "person_id",
  CAST("store_id" AS INTEGER) AS "store_id",
  CAST("territory_id" AS INTEGER) AS "territory_id",
  CAST("account_number" AS VARCHAR) AS "account_number",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__customers
-- end of model
-- model dab frame__adventure_works__customers FRAME TABLE
WITH landed AS (
  SELECT
    'customer__adventure_works|' || CAST("customer_id" AS VARCHAR) AS _hook__customer,
    'person__adventure_works|' || CAST("person_id" AS VARCHAR) AS _hook__person,
    'store__adventure_works|' || CAST("store_id" AS VARCHAR) AS _hook__store,
    'sales_territory__adventure_works|' || CAST("territory_id" AS VARCHAR) AS _hook__sales_territory,
    "customer_id" AS customer__customer_id,
    "person_id" AS customer__person_id,
    "store_id" AS customer__store_id,
    "territory_id" AS customer__territory_id,
    "account_number" AS customer__account_number,
    "rowguid" AS customer__rowguid,
    "modified_date" AS customer__modified_date,
    "_loaded_at" AS customer__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("customer_id" AS VARCHAR)) || ':' || CAST("customer_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("person_id" AS VARCHAR)) || ':' || CAST("person_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("store_id" AS VARCHAR)) || ':' || CAST("store_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("territory_id" AS VARCHAR)) || ':' || CAST("territory_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("account_number" AS VARCHAR)) || ':' || CAST("account_number" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS customer__record_hash
  FROM das.raw__adventure_works__customers
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY customer__customer_id, customer__record_loaded_at ORDER BY customer__record_hash) AS __duplicate
    FROM landed
    WHERE customer__customer_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(customer__record_hash) OVER (PARTITION BY customer__customer_id ORDER BY customer__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY customer__customer_id ORDER BY customer__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY customer__customer_id ORDER BY customer__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> customer__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__customer || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__customer || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__customer,
  CASE WHEN (_hook__customer) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__customer) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__customer,
  CASE WHEN (_hook__person) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person,
  CASE WHEN (_hook__store) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__store) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__store,
  CASE WHEN (_hook__sales_territory) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_territory) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_territory,
  customer__customer_id,
  customer__person_id,
  customer__store_id,
  customer__territory_id,
  customer__account_number,
  customer__rowguid,
  customer__modified_date,
  customer__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS customer__record_updated_at,
  __valid_from AS customer__record_valid_from,
  __valid_to AS customer__record_valid_to,
  __version AS customer__record_version,
  __next_loaded_at IS NULL AS customer__record_is_current,
  customer__record_hash
FROM history
-- end of model
-- model dar adventure_works__customers PERIPHERAL VIEW
SELECT
  _pit_hook__customer,
  _hook__customer,
  customer__customer_id,
  customer__person_id,
  customer__store_id,
  customer__territory_id,
  customer__account_number,
  customer__rowguid,
  customer__modified_date,
  customer__record_loaded_at,
  customer__record_updated_at,
  customer__record_valid_from,
  customer__record_valid_to,
  customer__record_version,
  customer__record_is_current,
  customer__record_hash
FROM dab.frame__adventure_works__customers
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__customer,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__customer,
  CAST(NULL AS INTEGER) AS customer__customer_id,
  CAST(NULL AS INTEGER) AS customer__person_id,
  CAST(NULL AS INTEGER) AS customer__store_id,
  CAST(NULL AS INTEGER) AS customer__territory_id,
  CAST('N/A' AS VARCHAR) AS customer__account_number,
  CAST('N/A' AS VARCHAR) AS customer__rowguid,
  CAST(NULL AS TIMESTAMP) AS customer__modified_date,
  CAST(NULL AS TIMESTAMP) AS customer__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS customer__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS customer__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS customer__record_valid_to,
  CAST(NULL AS BIGINT) AS customer__record_version,
  CAST(NULL AS BOOLEAN) AS customer__record_is_current,
  CAST(NULL AS VARCHAR) AS customer__record_hash
-- end of model
-- model das raw__adventure_works__departments RAW VIEW
SELECT
  CAST("department_id" AS SMALLINT) AS "department_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("group_name" AS VARCHAR) AS "group_name",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__departments
-- end of model
-- model dab frame__adventure_works__departments FRAME TABLE
WITH landed AS (
  SELECT
    'department__adventure_works|' || CAST("department_id" AS VARCHAR) AS _hook__department,
    "department_id" AS department__department_id,
    "name" AS department__name,
    "group_name" AS department__group_name,
    "modified_date" AS department__modified_date,
    "_loaded_at" AS department__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("department_id" AS VARCHAR)) || ':' || CAST("department_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("group_name" AS VARCHAR)) || ':' || CAST("group_name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS department__record_hash
  FROM das.raw__adventure_works__departments
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY department__department_id, department__record_loaded_at ORDER BY department__record_hash) AS __duplicate
    FROM landed
    WHERE department__department_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(department__record_hash) OVER (PARTITION BY department__department_id ORDER BY department__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY department__department_id ORDER BY department__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY department__department_id ORDER BY department__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> department__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__department || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__department || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__department,
  CASE WHEN (_hook__department) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__department) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__department,
  department__department_id,
  department__name,
  department__group_name,
  department__modified_date,
  department__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS department__record_updated_at,
  __valid_from AS department__record_valid_from,
  __valid_to AS department__record_valid_to,
  __version AS department__record_version,
  __next_loaded_at IS NULL AS department__record_is_current,
  department__record_hash
FROM history
-- end of model
-- model dar adventure_works__departments PERIPHERAL VIEW
SELECT
  _pit_hook__department,
  _hook__department,
  department__department_id,
  department__name,
  department__group_name,
  department__modified_date,
  department__record_loaded_at,
  department__record_updated_at,
  department__record_valid_from,
  department__record_valid_to,
  department__record_version,
  department__record_is_current,
  department__record_hash
FROM dab.frame__adventure_works__departments
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__department,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__department,
  CAST(NULL AS SMALLINT) AS department__department_id,
  CAST('N/A' AS VARCHAR) AS department__name,
  CAST('N/A' AS VARCHAR) AS department__group_name,
  CAST(NULL AS TIMESTAMP) AS department__modified_date,
  CAST(NULL AS TIMESTAMP) AS department__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS department__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS department__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS department__record_valid_to,
  CAST(NULL AS BIGINT) AS department__record_version,
  CAST(NULL AS BOOLEAN) AS department__record_is_current,
  CAST(NULL AS VARCHAR) AS department__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__departments BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__department AS __pit,
    _hook__department,
    department__record_valid_from AS __valid_from,
    department__record_valid_to AS __valid_to,
    department__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__departments
  WHERE _pit_hook__department IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__department,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__departments' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__departments', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__departments', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__department,
  _hook__department,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__departments EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    department__department_id AS "department_id",
    department__name AS "name",
    department__group_name AS "group_name",
    department__modified_date AS "modified_date",
    department__record_loaded_at AS "_loaded_at",
    _pit_hook__department AS __pit
  FROM dab.frame__adventure_works__departments
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__department,
  bridge._hook__department,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__departments AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__department
-- end of model
-- model das raw__adventure_works__documents RAW VIEW
SELECT
  CAST("document_node" AS VARCHAR) AS "document_node",
  CAST("document_level" AS SMALLINT) AS "document_level",
  CAST("title" AS VARCHAR) AS "title",
  CAST("owner" AS INTEGER) AS "owner",
  CAST("folder_flag" AS BOOLEAN) AS "folder_flag",
  CAST("file_name" AS VARCHAR) AS "file_name",
  CAST("file_extension" AS VARCHAR) AS "file_extension",
  CAST("revision" AS VARCHAR) AS "revision",
  CAST("change_number" AS INTEGER) AS "change_number",
  CAST("status" AS SMALLINT) AS "status",
  CAST("document_summary" AS VARCHAR) AS "document_summary",
  CAST("document" AS BLOB) AS "document",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__documents
-- end of model
-- model dab frame__adventure_works__documents FRAME TABLE
WITH landed AS (
  SELECT
    'document__adventure_works|' || CAST("document_node" AS VARCHAR) AS _hook__document,
    'person__employee__adventure_works|' || CAST("owner" AS VARCHAR) AS _hook__person__employee__owner,
    "document_node" AS document__document_node,
    "document_level" AS document__document_level,
    "title" AS document__title,
    "owner" AS document__owner,
    "folder_flag" AS document__folder_flag,
    "file_name" AS document__file_name,
    "file_extension" AS document__file_extension,
    "revision" AS document__revision,
    "change_number" AS document__change_number,
    "status" AS document__status,
    "document_summary" AS document__document_summary,
    "document" AS document__document,
    "rowguid" AS document__rowguid,
    "modified_date" AS document__modified_date,
    "_loaded_at" AS document__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("document_node" AS VARCHAR)) || ':' || CAST("document_node" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("document_level" AS VARCHAR)) || ':' || CAST("document_level" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("title" AS VARCHAR)) || ':' || CAST("title" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("owner" AS VARCHAR)) || ':' || CAST("owner" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("folder_flag" AS VARCHAR)) || ':' || CAST("folder_flag" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("file_name" AS VARCHAR)) || ':' || CAST("file_name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("file_extension" AS VARCHAR)) || ':' || CAST("file_extension" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("revision" AS VARCHAR)) || ':' || CAST("revision" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("change_number" AS VARCHAR)) || ':' || CAST("change_number" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("status" AS VARCHAR)) || ':' || CAST("status" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("document_summary" AS VARCHAR)) || ':' || CAST("document_summary" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("document" AS VARCHAR)) || ':' || CAST("document" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS document__record_hash
  FROM das.raw__adventure_works__documents
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY document__document_node, document__record_loaded_at ORDER BY document__record_hash) AS __duplicate
    FROM landed
    WHERE document__document_node IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(document__record_hash) OVER (PARTITION BY document__document_node ORDER BY document__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY document__document_node ORDER BY document__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY document__document_node ORDER BY document__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> document__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__document || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__document || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__document,
  CASE WHEN (_hook__document) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__document) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__document,
  CASE WHEN (_hook__person__employee__owner) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__employee__owner) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__employee__owner,
  document__document_node,
  document__document_level,
  document__title,
  document__owner,
  document__folder_flag,
  document__file_name,
  document__file_extension,
  document__revision,
  document__change_number,
  document__status,
  document__document_summary,
  document__document,
  document__rowguid,
  document__modified_date,
  document__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS document__record_updated_at,
  __valid_from AS document__record_valid_from,
  __valid_to AS document__record_valid_to,
  __version AS document__record_version,
  __next_loaded_at IS NULL AS document__record_is_current,
  document__record_hash
FROM history
-- end of model
-- model dar adventure_works__documents PERIPHERAL VIEW
SELECT
  _pit_hook__document,
  _hook__document,
  document__document_node,
  document__document_level,
  document__title,
  document__owner,
  document__folder_flag,
  document__file_name,
  document__file_extension,
  document__revision,
  document__change_number,
  document__status,
  document__document_summary,
  document__document,
  document__rowguid,
  document__modified_date,
  document__record_loaded_at,
  document__record_updated_at,
  document__record_valid_from,
  document__record_valid_to,
  document__record_version,
  document__record_is_current,
  document__record_hash
FROM dab.frame__adventure_works__documents
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__document,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__document,
  CAST('N/A' AS VARCHAR) AS document__document_node,
  CAST(NULL AS SMALLINT) AS document__document_level,
  CAST('N/A' AS VARCHAR) AS document__title,
  CAST(NULL AS INTEGER) AS document__owner,
  CAST(NULL AS BOOLEAN) AS document__folder_flag,
  CAST('N/A' AS VARCHAR) AS document__file_name,
  CAST('N/A' AS VARCHAR) AS document__file_extension,
  CAST('N/A' AS VARCHAR) AS document__revision,
  CAST(NULL AS INTEGER) AS document__change_number,
  CAST(NULL AS SMALLINT) AS document__status,
  CAST('N/A' AS VARCHAR) AS document__document_summary,
  CAST(NULL AS BLOB) AS document__document,
  CAST('N/A' AS VARCHAR) AS document__rowguid,
  CAST(NULL AS TIMESTAMP) AS document__modified_date,
  CAST(NULL AS TIMESTAMP) AS document__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS document__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS document__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS document__record_valid_to,
  CAST(NULL AS BIGINT) AS document__record_version,
  CAST(NULL AS BOOLEAN) AS document__record_is_current,
  CAST(NULL AS VARCHAR) AS document__record_hash
-- end of model
-- model das raw__adventure_works__email_addresses RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("email_address_id" AS INTEGER) AS "email_address_id",
  CAST("email_address" AS VARCHAR) AS "email_address",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__email_addresses
-- end of model
-- model dab frame__adventure_works__email_addresses FRAME TABLE
WITH landed AS (
  SELECT
    'person__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person,
    'email_address__adventure_works|' || CAST("email_address_id" AS VARCHAR) AS _hook__email_address,
    ('person__adventure_works|' || CAST("business_entity_id" AS VARCHAR)) || '~' || ('email_address__adventure_works|' || CAST("email_address_id" AS VARCHAR)) AS _hook__person__email_address,
    "business_entity_id" AS email_address__business_entity_id,
    "email_address_id" AS email_address__email_address_id,
    "email_address" AS email_address__email_address,
    "rowguid" AS email_address__rowguid,
    "modified_date" AS email_address__modified_date,
    "_loaded_at" AS email_address__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("email_address_id" AS VARCHAR)) || ':' || CAST("email_address_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("email_address" AS VARCHAR)) || ':' || CAST("email_address" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS email_address__record_hash
  FROM das.raw__adventure_works__email_addresses
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY email_address__business_entity_id, email_address__email_address_id, email_address__record_loaded_at ORDER BY email_address__record_hash) AS __duplicate
    FROM landed
    WHERE email_address__business_entity_id IS NOT NULL AND email_address__email_address_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(email_address__record_hash) OVER (PARTITION BY email_address__business_entity_id, email_address__email_address_id ORDER BY email_address__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY email_address__business_entity_id, email_address__email_address_id ORDER BY email_address__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY email_address__business_entity_id, email_address__email_address_id ORDER BY email_address__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> email_address__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__person__email_address || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__email_address || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__person__email_address,
  CASE WHEN (_hook__person) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person,
  CASE WHEN (_hook__email_address) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__email_address) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__email_address,
  CASE WHEN (_hook__person__email_address) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__email_address) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__email_address,
  email_address__business_entity_id,
  email_address__email_address_id,
  email_address__email_address,
  email_address__rowguid,
  email_address__modified_date,
  email_address__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS email_address__record_updated_at,
  __valid_from AS email_address__record_valid_from,
  __valid_to AS email_address__record_valid_to,
  __version AS email_address__record_version,
  __next_loaded_at IS NULL AS email_address__record_is_current,
  email_address__record_hash
FROM history
-- end of model
-- model dar adventure_works__email_addresses PERIPHERAL VIEW
SELECT
  _pit_hook__person__email_address,
  _hook__person__email_address,
  email_address__business_entity_id,
  email_address__email_address_id,
  email_address__email_address,
  email_address__rowguid,
  email_address__modified_date,
  email_address__record_loaded_at,
  email_address__record_updated_at,
  email_address__record_valid_from,
  email_address__record_valid_to,
  email_address__record_version,
  email_address__record_is_current,
  email_address__record_hash
FROM dab.frame__adventure_works__email_addresses
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__person__email_address,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__email_address,
  CAST(NULL AS INTEGER) AS email_address__business_entity_id,
  CAST(NULL AS INTEGER) AS email_address__email_address_id,
  CAST('N/A' AS VARCHAR) AS email_address__email_address,
  CAST('N/A' AS VARCHAR) AS email_address__rowguid,
  CAST(NULL AS TIMESTAMP) AS email_address__modified_date,
  CAST(NULL AS TIMESTAMP) AS email_address__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS email_address__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS email_address__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS email_address__record_valid_to,
  CAST(NULL AS BIGINT) AS email_address__record_version,
  CAST(NULL AS BOOLEAN) AS email_address__record_is_current,
  CAST(NULL AS VARCHAR) AS email_address__record_hash
-- end of model
-- model das raw__adventure_works__employee_department_histories RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("department_id" AS SMALLINT) AS "department_id",
  CAST("shift_id" AS SMALLINT) AS "shift_id",
  CAST("start_date" AS DATE) AS "start_date",
  CAST("end_date" AS DATE) AS "end_date",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__employee_department_histories
-- end of model
-- model dab frame__adventure_works__employee_department_histories FRAME TABLE
WITH landed AS (
  SELECT
    'person__employee__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person__employee,
    'epoch__date__adventure_works|' || CAST("start_date" AS VARCHAR) AS _hook__epoch__date__start,
    'department__adventure_works|' || CAST("department_id" AS VARCHAR) AS _hook__department,
    'shift__adventure_works|' || CAST("shift_id" AS VARCHAR) AS _hook__shift,
    ('person__employee__adventure_works|' || CAST("business_entity_id" AS VARCHAR)) || '~' || ('epoch__date__adventure_works|' || CAST("start_date" AS VARCHAR)) || '~' || ('department__adventure_works|' || CAST("department_id" AS VARCHAR)) || '~' || ('shift__adventure_works|' || CAST("shift_id" AS VARCHAR)) AS _hook__employee_department_history,
    "business_entity_id" AS employee_department_history__business_entity_id,
    "department_id" AS employee_department_history__department_id,
    "shift_id" AS employee_department_history__shift_id,
    "start_date" AS employee_department_history__start_date,
    "end_date" AS employee_department_history__end_date,
    "modified_date" AS employee_department_history__modified_date,
    "_loaded_at" AS employee_department_history__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("department_id" AS VARCHAR)) || ':' || CAST("department_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("shift_id" AS VARCHAR)) || ':' || CAST("shift_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("start_date" AS VARCHAR)) || ':' || CAST("start_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("end_date" AS VARCHAR)) || ':' || CAST("end_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS employee_department_history__record_hash
  FROM das.raw__adventure_works__employee_department_histories
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY employee_department_history__business_entity_id, employee_department_history__start_date, employee_department_history__department_id, employee_department_history__shift_id, employee_department_history__record_loaded_at ORDER BY employee_department_history__record_hash) AS __duplicate
    FROM landed
    WHERE employee_department_history__business_entity_id IS NOT NULL AND employee_department_history__start_date IS NOT NULL AND employee_department_history__department_id IS NOT NULL AND employee_department_history__shift_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(employee_department_history__record_hash) OVER (PARTITION BY employee_department_history__business_entity_id, employee_department_history__start_date, employee_department_history__department_id, employee_department_history__shift_id ORDER BY employee_department_history__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY employee_department_history__business_entity_id, employee_department_history__start_date, employee_department_history__department_id, employee_department_history__shift_id ORDER BY employee_department_history__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY employee_department_history__business_entity_id, employee_department_history__start_date, employee_department_history__department_id, employee_department_history__shift_id ORDER BY employee_department_history__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> employee_department_history__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__employee_department_history || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__employee_department_history || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__employee_department_history,
  CASE WHEN (_hook__person__employee) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__employee) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__employee,
  CASE WHEN (_hook__epoch__date__start) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__epoch__date__start) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date__start,
  CASE WHEN (_hook__department) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__department) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__department,
  CASE WHEN (_hook__shift) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__shift) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__shift,
  CASE WHEN (_hook__employee_department_history) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__employee_department_history) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__employee_department_history,
  employee_department_history__business_entity_id,
  employee_department_history__department_id,
  employee_department_history__shift_id,
  employee_department_history__start_date,
  employee_department_history__end_date,
  employee_department_history__modified_date,
  employee_department_history__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS employee_department_history__record_updated_at,
  __valid_from AS employee_department_history__record_valid_from,
  __valid_to AS employee_department_history__record_valid_to,
  __version AS employee_department_history__record_version,
  __next_loaded_at IS NULL AS employee_department_history__record_is_current,
  employee_department_history__record_hash
FROM history
-- end of model
-- model dar adventure_works__employee_department_histories PERIPHERAL VIEW
SELECT
  _pit_hook__employee_department_history,
  _hook__employee_department_history,
  employee_department_history__business_entity_id,
  employee_department_history__department_id,
  employee_department_history__shift_id,
  employee_department_history__start_date,
  employee_department_history__end_date,
  employee_department_history__modified_date,
  employee_department_history__record_loaded_at,
  employee_department_history__record_updated_at,
  employee_department_history__record_valid_from,
  employee_department_history__record_valid_to,
  employee_department_history__record_version,
  employee_department_history__record_is_current,
  employee_department_history__record_hash
FROM dab.frame__adventure_works__employee_department_histories
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__employee_department_history,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__employee_department_history,
  CAST(NULL AS INTEGER) AS employee_department_history__business_entity_id,
  CAST(NULL AS SMALLINT) AS employee_department_history__department_id,
  CAST(NULL AS SMALLINT) AS employee_department_history__shift_id,
  CAST(NULL AS DATE) AS employee_department_history__start_date,
  CAST(NULL AS DATE) AS employee_department_history__end_date,
  CAST(NULL AS TIMESTAMP) AS employee_department_history__modified_date,
  CAST(NULL AS TIMESTAMP) AS employee_department_history__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS employee_department_history__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS employee_department_history__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS employee_department_history__record_valid_to,
  CAST(NULL AS BIGINT) AS employee_department_history__record_version,
  CAST(NULL AS BOOLEAN) AS employee_department_history__record_is_current,
  CAST(NULL AS VARCHAR) AS employee_department_history__record_hash
-- end of model
-- model das raw__adventure_works__employee_pay_histories RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("rate_change_date" AS TIMESTAMP) AS "rate_change_date",
  CAST("rate" AS DECIMAL(19,4)) AS "rate",
  CAST("pay_frequency" AS SMALLINT) AS "pay_frequency",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__employee_pay_histories
-- end of model
-- model dab frame__adventure_works__employee_pay_histories FRAME TABLE
WITH landed AS (
  SELECT
    'person__employee__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person__employee,
    'epoch__timestamp__adventure_works|' || CAST("rate_change_date" AS VARCHAR) AS _hook__epoch__timestamp__rate_change,
    ('person__employee__adventure_works|' || CAST("business_entity_id" AS VARCHAR)) || '~' || ('epoch__timestamp__adventure_works|' || CAST("rate_change_date" AS VARCHAR)) AS _hook__employee_pay_history,
    "business_entity_id" AS employee_pay_history__business_entity_id,
    "rate_change_date" AS employee_pay_history__rate_change_date,
    "rate" AS employee_pay_history__rate,
    "pay_frequency" AS employee_pay_history__pay_frequency,
    "modified_date" AS employee_pay_history__modified_date,
    "_loaded_at" AS employee_pay_history__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rate_change_date" AS VARCHAR)) || ':' || CAST("rate_change_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rate" AS VARCHAR)) || ':' || CAST("rate" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("pay_frequency" AS VARCHAR)) || ':' || CAST("pay_frequency" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS employee_pay_history__record_hash
  FROM das.raw__adventure_works__employee_pay_histories
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY employee_pay_history__business_entity_id, employee_pay_history__rate_change_date, employee_pay_history__record_loaded_at ORDER BY employee_pay_history__record_hash) AS __duplicate
    FROM landed
    WHERE employee_pay_history__business_entity_id IS NOT NULL AND employee_pay_history__rate_change_date IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(employee_pay_history__record_hash) OVER (PARTITION BY employee_pay_history__business_entity_id, employee_pay_history__rate_change_date ORDER BY employee_pay_history__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY employee_pay_history__business_entity_id, employee_pay_history__rate_change_date ORDER BY employee_pay_history__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY employee_pay_history__business_entity_id, employee_pay_history__rate_change_date ORDER BY employee_pay_history__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> employee_pay_history__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__employee_pay_history || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__employee_pay_history || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__employee_pay_history,
  CASE WHEN (_hook__person__employee) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__employee) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__employee,
  CASE WHEN (_hook__epoch__timestamp__rate_change) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__epoch__timestamp__rate_change) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__timestamp__rate_change,
  CASE WHEN (_hook__employee_pay_history) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__employee_pay_history) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__employee_pay_history,
  employee_pay_history__business_entity_id,
  employee_pay_history__rate_change_date,
  employee_pay_history__rate,
  employee_pay_history__pay_frequency,
  employee_pay_history__modified_date,
  employee_pay_history__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS employee_pay_history__record_updated_at,
  __valid_from AS employee_pay_history__record_valid_from,
  __valid_to AS employee_pay_history__record_valid_to,
  __version AS employee_pay_history__record_version,
  __next_loaded_at IS NULL AS employee_pay_history__record_is_current,
  employee_pay_history__record_hash
FROM history
-- end of model
-- model dar adventure_works__employee_pay_histories PERIPHERAL VIEW
SELECT
  _pit_hook__employee_pay_history,
  _hook__employee_pay_history,
  employee_pay_history__business_entity_id,
  employee_pay_history__rate_change_date,
  employee_pay_history__rate,
  employee_pay_history__pay_frequency,
  employee_pay_history__modified_date,
  employee_pay_history__record_loaded_at,
  employee_pay_history__record_updated_at,
  employee_pay_history__record_valid_from,
  employee_pay_history__record_valid_to,
  employee_pay_history__record_version,
  employee_pay_history__record_is_current,
  employee_pay_history__record_hash
FROM dab.frame__adventure_works__employee_pay_histories
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__employee_pay_history,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__employee_pay_history,
  CAST(NULL AS INTEGER) AS employee_pay_history__business_entity_id,
  CAST(NULL AS TIMESTAMP) AS employee_pay_history__rate_change_date,
  CAST(NULL AS DECIMAL(19,4)) AS employee_pay_history__rate,
  CAST(NULL AS SMALLINT) AS employee_pay_history__pay_frequency,
  CAST(NULL AS TIMESTAMP) AS employee_pay_history__modified_date,
  CAST(NULL AS TIMESTAMP) AS employee_pay_history__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS employee_pay_history__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS employee_pay_history__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS employee_pay_history__record_valid_to,
  CAST(NULL AS BIGINT) AS employee_pay_history__record_version,
  CAST(NULL AS BOOLEAN) AS employee_pay_history__record_is_current,
  CAST(NULL AS VARCHAR) AS employee_pay_history__record_hash
-- end of model
-- model das raw__adventure_works__employees RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("national_id_number" AS VARCHAR) AS "national_id_number",
  CAST("login_id" AS VARCHAR) AS "login_id",
  CAST("organization_node" AS VARCHAR) AS "organization_node",
  CAST("organization_level" AS SMALLINT) AS "organization_level",
  CAST("job_title" AS VARCHAR) AS "job_title",
  CAST("birth_date" AS DATE) AS "birth_date",
  CAST("marital_status" AS VARCHAR) AS "marital_status",
  CAST("gender" AS VARCHAR) AS "gender",
  CAST("hire_date" AS DATE) AS "hire_date",
  CAST("salaried_flag" AS BOOLEAN) AS "salaried_flag",
  CAST("vacation_hours" AS SMALLINT) AS "vacation_hours",
  CAST("sick_leave_hours" AS SMALLINT) AS "sick_leave_hours",
  CAST("current_flag" AS BOOLEAN) AS "current_flag",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__employees
-- end of model
-- model dab frame__adventure_works__employees FRAME TABLE
WITH landed AS (
  SELECT
    'person__employee__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person__employee,
    'person__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person,
    "business_entity_id" AS employee__business_entity_id,
    "national_id_number" AS employee__national_id_number,
    "login_id" AS employee__login_id,
    "organization_node" AS employee__organization_node,
    "organization_level" AS employee__organization_level,
    "job_title" AS employee__job_title,
    "birth_date" AS employee__birth_date,
    "marital_status" AS employee__marital_status,
    "gender" AS employee__gender,
    "hire_date" AS employee__hire_date,
    "salaried_flag" AS employee__salaried_flag,
    "vacation_hours" AS employee__vacation_hours,
    "sick_leave_hours" AS employee__sick_leave_hours,
    "current_flag" AS employee__current_flag,
    "rowguid" AS employee__rowguid,
    "modified_date" AS employee__modified_date,
    "_loaded_at" AS employee__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("national_id_number" AS VARCHAR)) || ':' || CAST("national_id_number" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("login_id" AS VARCHAR)) || ':' || CAST("login_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("organization_node" AS VARCHAR)) || ':' || CAST("organization_node" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("organization_level" AS VARCHAR)) || ':' || CAST("organization_level" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("job_title" AS VARCHAR)) || ':' || CAST("job_title" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("birth_date" AS VARCHAR)) || ':' || CAST("birth_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("marital_status" AS VARCHAR)) || ':' || CAST("marital_status" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("gender" AS VARCHAR)) || ':' || CAST("gender" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("hire_date" AS VARCHAR)) || ':' || CAST("hire_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("salaried_flag" AS VARCHAR)) || ':' || CAST("salaried_flag" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("vacation_hours" AS VARCHAR)) || ':' || CAST("vacation_hours" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sick_leave_hours" AS VARCHAR)) || ':' || CAST("sick_leave_hours" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("current_flag" AS VARCHAR)) || ':' || CAST("current_flag" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS employee__record_hash
  FROM das.raw__adventure_works__employees
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY employee__business_entity_id, employee__record_loaded_at ORDER BY employee__record_hash) AS __duplicate
    FROM landed
    WHERE employee__business_entity_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(employee__record_hash) OVER (PARTITION BY employee__business_entity_id ORDER BY employee__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY employee__business_entity_id ORDER BY employee__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY employee__business_entity_id ORDER BY employee__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> employee__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__person__employee || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__employee || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__person__employee,
  CASE WHEN (_hook__person__employee) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__employee) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__employee,
  CASE WHEN (_hook__person) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person,
  employee__business_entity_id,
  employee__national_id_number,
  employee__login_id,
  employee__organization_node,
  employee__organization_level,
  employee__job_title,
  employee__birth_date,
  employee__marital_status,
  employee__gender,
  employee__hire_date,
  employee__salaried_flag,
  employee__vacation_hours,
  employee__sick_leave_hours,
  employee__current_flag,
  employee__rowguid,
  employee__modified_date,
  employee__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS employee__record_updated_at,
  __valid_from AS employee__record_valid_from,
  __valid_to AS employee__record_valid_to,
  __version AS employee__record_version,
  __next_loaded_at IS NULL AS employee__record_is_current,
  employee__record_hash
FROM history
-- end of model
-- model dar adventure_works__employees PERIPHERAL VIEW
SELECT
  _pit_hook__person__employee,
  _hook__person__employee,
  employee__business_entity_id,
  employee__national_id_number,
  employee__login_id,
  employee__organization_node,
  employee__organization_level,
  employee__job_title,
  employee__birth_date,
  employee__marital_status,
  employee__gender,
  employee__hire_date,
  employee__salaried_flag,
  employee__vacation_hours,
  employee__sick_leave_hours,
  employee__current_flag,
  employee__rowguid,
  employee__modified_date,
  employee__record_loaded_at,
  employee__record_updated_at,
  employee__record_valid_from,
  employee__record_valid_to,
  employee__record_version,
  employee__record_is_current,
  employee__record_hash
FROM dab.frame__adventure_works__employees
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__person__employee,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__employee,
  CAST(NULL AS INTEGER) AS employee__business_entity_id,
  CAST('N/A' AS VARCHAR) AS employee__national_id_number,
  CAST('N/A' AS VARCHAR) AS employee__login_id,
  CAST('N/A' AS VARCHAR) AS employee__organization_node,
  CAST(NULL AS SMALLINT) AS employee__organization_level,
  CAST('N/A' AS VARCHAR) AS employee__job_title,
  CAST(NULL AS DATE) AS employee__birth_date,
  CAST('N/A' AS VARCHAR) AS employee__marital_status,
  CAST('N/A' AS VARCHAR) AS employee__gender,
  CAST(NULL AS DATE) AS employee__hire_date,
  CAST(NULL AS BOOLEAN) AS employee__salaried_flag,
  CAST(NULL AS SMALLINT) AS employee__vacation_hours,
  CAST(NULL AS SMALLINT) AS employee__sick_leave_hours,
  CAST(NULL AS BOOLEAN) AS employee__current_flag,
  CAST('N/A' AS VARCHAR) AS employee__rowguid,
  CAST(NULL AS TIMESTAMP) AS employee__modified_date,
  CAST(NULL AS TIMESTAMP) AS employee__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS employee__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS employee__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS employee__record_valid_to,
  CAST(NULL AS BIGINT) AS employee__record_version,
  CAST(NULL AS BOOLEAN) AS employee__record_is_current,
  CAST(NULL AS VARCHAR) AS employee__record_hash
-- end of model
-- model das raw__adventure_works__illustrations RAW VIEW
SELECT
  CAST("illustration_id" AS INTEGER) AS "illustration_id",
  CAST("diagram" AS VARCHAR) AS "diagram",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__illustrations
-- end of model
-- model dab frame__adventure_works__illustrations FRAME TABLE
WITH landed AS (
  SELECT
    'illustration__adventure_works|' || CAST("illustration_id" AS VARCHAR) AS _hook__illustration,
    "illustration_id" AS illustration__illustration_id,
    "diagram" AS illustration__diagram,
    "modified_date" AS illustration__modified_date,
    "_loaded_at" AS illustration__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("illustration_id" AS VARCHAR)) || ':' || CAST("illustration_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("diagram" AS VARCHAR)) || ':' || CAST("diagram" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS illustration__record_hash
  FROM das.raw__adventure_works__illustrations
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY illustration__illustration_id, illustration__record_loaded_at ORDER BY illustration__record_hash) AS __duplicate
    FROM landed
    WHERE illustration__illustration_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(illustration__record_hash) OVER (PARTITION BY illustration__illustration_id ORDER BY illustration__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY illustration__illustration_id ORDER BY illustration__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY illustration__illustration_id ORDER BY illustration__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> illustration__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__illustration || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__illustration || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__illustration,
  CASE WHEN (_hook__illustration) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__illustration) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__illustration,
  illustration__illustration_id,
  illustration__diagram,
  illustration__modified_date,
  illustration__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS illustration__record_updated_at,
  __valid_from AS illustration__record_valid_from,
  __valid_to AS illustration__record_valid_to,
  __version AS illustration__record_version,
  __next_loaded_at IS NULL AS illustration__record_is_current,
  illustration__record_hash
FROM history
-- end of model
-- model dar adventure_works__illustrations PERIPHERAL VIEW
SELECT
  _pit_hook__illustration,
  _hook__illustration,
  illustration__illustration_id,
  illustration__diagram,
  illustration__modified_date,
  illustration__record_loaded_at,
  illustration__record_updated_at,
  illustration__record_valid_from,
  illustration__record_valid_to,
  illustration__record_version,
  illustration__record_is_current,
  illustration__record_hash
FROM dab.frame__adventure_works__illustrations
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__illustration,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__illustration,
  CAST(NULL AS INTEGER) AS illustration__illustration_id,
  CAST('N/A' AS VARCHAR) AS illustration__diagram,
  CAST(NULL AS TIMESTAMP) AS illustration__modified_date,
  CAST(NULL AS TIMESTAMP) AS illustration__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS illustration__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS illustration__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS illustration__record_valid_to,
  CAST(NULL AS BIGINT) AS illustration__record_version,
  CAST(NULL AS BOOLEAN) AS illustration__record_is_current,
  CAST(NULL AS VARCHAR) AS illustration__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__illustrations BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__illustration AS __pit,
    _hook__illustration,
    illustration__record_valid_from AS __valid_from,
    illustration__record_valid_to AS __valid_to,
    illustration__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__illustrations
  WHERE _pit_hook__illustration IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__illustration,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__illustrations' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__illustrations', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__illustrations', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__illustration,
  _hook__illustration,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__illustrations EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    illustration__illustration_id AS "illustration_id",
    illustration__diagram AS "diagram",
    illustration__modified_date AS "modified_date",
    illustration__record_loaded_at AS "_loaded_at",
    _pit_hook__illustration AS __pit
  FROM dab.frame__adventure_works__illustrations
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__illustration,
  bridge._hook__illustration,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__illustrations AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__illustration
-- end of model
-- model das raw__adventure_works__job_candidates RAW VIEW
SELECT
  CAST("job_candidate_id" AS INTEGER) AS "job_candidate_id",
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("resume" AS VARCHAR) AS "resume",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__job_candidates
-- end of model
-- model dab frame__adventure_works__job_candidates FRAME TABLE
WITH landed AS (
  SELECT
    'job_candidate__adventure_works|' || CAST("job_candidate_id" AS VARCHAR) AS _hook__job_candidate,
    'person__employee__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person__employee,
    "job_candidate_id" AS job_candidate__job_candidate_id,
    "business_entity_id" AS job_candidate__business_entity_id,
    "resume" AS job_candidate__resume,
    "modified_date" AS job_candidate__modified_date,
    "_loaded_at" AS job_candidate__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("job_candidate_id" AS VARCHAR)) || ':' || CAST("job_candidate_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("resume" AS VARCHAR)) || ':' || CAST("resume" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS job_candidate__record_hash
  FROM das.raw__adventure_works__job_candidates
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY job_candidate__job_candidate_id, job_candidate__record_loaded_at ORDER BY job_candidate__record_hash) AS __duplicate
    FROM landed
    WHERE job_candidate__job_candidate_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(job_candidate__record_hash) OVER (PARTITION BY job_candidate__job_candidate_id ORDER BY job_candidate__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY job_candidate__job_candidate_id ORDER BY job_candidate__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY job_candidate__job_candidate_id ORDER BY job_candidate__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> job_candidate__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__job_candidate || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__job_candidate || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__job_candidate,
  CASE WHEN (_hook__job_candidate) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__job_candidate) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__job_candidate,
  CASE WHEN (_hook__person__employee) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__employee) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__employee,
  job_candidate__job_candidate_id,
  job_candidate__business_entity_id,
  job_candidate__resume,
  job_candidate__modified_date,
  job_candidate__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS job_candidate__record_updated_at,
  __valid_from AS job_candidate__record_valid_from,
  __valid_to AS job_candidate__record_valid_to,
  __version AS job_candidate__record_version,
  __next_loaded_at IS NULL AS job_candidate__record_is_current,
  job_candidate__record_hash
FROM history
-- end of model
-- model dar adventure_works__job_candidates PERIPHERAL VIEW
SELECT
  _pit_hook__job_candidate,
  _hook__job_candidate,
  job_candidate__job_candidate_id,
  job_candidate__business_entity_id,
  job_candidate__resume,
  job_candidate__modified_date,
  job_candidate__record_loaded_at,
  job_candidate__record_updated_at,
  job_candidate__record_valid_from,
  job_candidate__record_valid_to,
  job_candidate__record_version,
  job_candidate__record_is_current,
  job_candidate__record_hash
FROM dab.frame__adventure_works__job_candidates
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__job_candidate,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__job_candidate,
  CAST(NULL AS INTEGER) AS job_candidate__job_candidate_id,
  CAST(NULL AS INTEGER) AS job_candidate__business_entity_id,
  CAST('N/A' AS VARCHAR) AS job_candidate__resume,
  CAST(NULL AS TIMESTAMP) AS job_candidate__modified_date,
  CAST(NULL AS TIMESTAMP) AS job_candidate__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS job_candidate__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS job_candidate__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS job_candidate__record_valid_to,
  CAST(NULL AS BIGINT) AS job_candidate__record_version,
  CAST(NULL AS BOOLEAN) AS job_candidate__record_is_current,
  CAST(NULL AS VARCHAR) AS job_candidate__record_hash
-- end of model
-- model das raw__adventure_works__locations RAW VIEW
SELECT
  CAST("location_id" AS SMALLINT) AS "location_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("cost_rate" AS DECIMAL(10,4)) AS "cost_rate",
  CAST("availability" AS DECIMAL(8,2)) AS "availability",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__locations
-- end of model
-- model dab frame__adventure_works__locations FRAME TABLE
WITH landed AS (
  SELECT
    'location__adventure_works|' || CAST("location_id" AS VARCHAR) AS _hook__location,
    "location_id" AS location__location_id,
    "name" AS location__name,
    "cost_rate" AS location__cost_rate,
    "availability" AS location__availability,
    "modified_date" AS location__modified_date,
    "_loaded_at" AS location__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("location_id" AS VARCHAR)) || ':' || CAST("location_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("cost_rate" AS VARCHAR)) || ':' || CAST("cost_rate" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("availability" AS VARCHAR)) || ':' || CAST("availability" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS location__record_hash
  FROM das.raw__adventure_works__locations
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY location__location_id, location__record_loaded_at ORDER BY location__record_hash) AS __duplicate
    FROM landed
    WHERE location__location_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(location__record_hash) OVER (PARTITION BY location__location_id ORDER BY location__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY location__location_id ORDER BY location__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY location__location_id ORDER BY location__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> location__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__location || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__location || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__location,
  CASE WHEN (_hook__location) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__location) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__location,
  location__location_id,
  location__name,
  location__cost_rate,
  location__availability,
  location__modified_date,
  location__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS location__record_updated_at,
  __valid_from AS location__record_valid_from,
  __valid_to AS location__record_valid_to,
  __version AS location__record_version,
  __next_loaded_at IS NULL AS location__record_is_current,
  location__record_hash
FROM history
-- end of model
-- model dar adventure_works__locations PERIPHERAL VIEW
SELECT
  _pit_hook__location,
  _hook__location,
  location__location_id,
  location__name,
  location__cost_rate,
  location__availability,
  location__modified_date,
  location__record_loaded_at,
  location__record_updated_at,
  location__record_valid_from,
  location__record_valid_to,
  location__record_version,
  location__record_is_current,
  location__record_hash
FROM dab.frame__adventure_works__locations
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__location,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__location,
  CAST(NULL AS SMALLINT) AS location__location_id,
  CAST('N/A' AS VARCHAR) AS location__name,
  CAST(NULL AS DECIMAL(10,4)) AS location__cost_rate,
  CAST(NULL AS DECIMAL(8,2)) AS location__availability,
  CAST(NULL AS TIMESTAMP) AS location__modified_date,
  CAST(NULL AS TIMESTAMP) AS location__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS location__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS location__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS location__record_valid_to,
  CAST(NULL AS BIGINT) AS location__record_version,
  CAST(NULL AS BOOLEAN) AS location__record_is_current,
  CAST(NULL AS VARCHAR) AS location__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__locations BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__location AS __pit,
    _hook__location,
    location__record_valid_from AS __valid_from,
    location__record_valid_to AS __valid_to,
    location__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__locations
  WHERE _pit_hook__location IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__location,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__locations' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__locations', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__locations', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__location,
  _hook__location,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__locations EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    location__location_id AS "location_id",
    location__name AS "name",
    location__cost_rate AS "cost_rate",
    location__availability AS "availability",
    location__modified_date AS "modified_date",
    location__record_loaded_at AS "_loaded_at",
    _pit_hook__location AS __pit
  FROM dab.frame__adventure_works__locations
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__location,
  bridge._hook__location,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__locations AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__location
-- end of model
-- model das raw__adventure_works__passwords RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("password_hash" AS VARCHAR) AS "password_hash",
  CAST("password_salt" AS VARCHAR) AS "password_salt",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__passwords
-- end of model
-- model dab frame__adventure_works__passwords FRAME TABLE
WITH landed AS (
  SELECT
    'password__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__password,
    'person__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person,
    "business_entity_id" AS password__business_entity_id,
    "password_hash" AS password__password_hash,
    "password_salt" AS password__password_salt,
    "rowguid" AS password__rowguid,
    "modified_date" AS password__modified_date,
    "_loaded_at" AS password__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("password_hash" AS VARCHAR)) || ':' || CAST("password_hash" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("password_salt" AS VARCHAR)) || ':' || CAST("password_salt" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS password__record_hash
  FROM das.raw__adventure_works__passwords
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY password__business_entity_id, password__record_loaded_at ORDER BY password__record_hash) AS __duplicate
    FROM landed
    WHERE password__business_entity_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(password__record_hash) OVER (PARTITION BY password__business_entity_id ORDER BY password__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY password__business_entity_id ORDER BY password__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY password__business_entity_id ORDER BY password__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> password__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__password || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__password || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__password,
  CASE WHEN (_hook__password) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__password) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__password,
  CASE WHEN (_hook__person) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person,
  password__business_entity_id,
  password__password_hash,
  password__password_salt,
  password__rowguid,
  password__modified_date,
  password__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS password__record_updated_at,
  __valid_from AS password__record_valid_from,
  __valid_to AS password__record_valid_to,
  __version AS password__record_version,
  __next_loaded_at IS NULL AS password__record_is_current,
  password__record_hash
FROM history
-- end of model
-- model dar adventure_works__passwords PERIPHERAL VIEW
SELECT
  _pit_hook__password,
  _hook__password,
  password__business_entity_id,
  password__password_hash,
  password__password_salt,
  password__rowguid,
  password__modified_date,
  password__record_loaded_at,
  password__record_updated_at,
  password__record_valid_from,
  password__record_valid_to,
  password__record_version,
  password__record_is_current,
  password__record_hash
FROM dab.frame__adventure_works__passwords
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__password,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__password,
  CAST(NULL AS INTEGER) AS password__business_entity_id,
  CAST('N/A' AS VARCHAR) AS password__password_hash,
  CAST('N/A' AS VARCHAR) AS password__password_salt,
  CAST('N/A' AS VARCHAR) AS password__rowguid,
  CAST(NULL AS TIMESTAMP) AS password__modified_date,
  CAST(NULL AS TIMESTAMP) AS password__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS password__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS password__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS password__record_valid_to,
  CAST(NULL AS BIGINT) AS password__record_version,
  CAST(NULL AS BOOLEAN) AS password__record_is_current,
  CAST(NULL AS VARCHAR) AS password__record_hash
-- end of model
-- model das raw__adventure_works__person_credit_cards RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("credit_card_id" AS INTEGER) AS "credit_card_id",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__person_credit_cards
-- end of model
-- model dab frame__adventure_works__person_credit_cards FRAME TABLE
WITH landed AS (
  SELECT
    'person__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person,
    'credit_card__adventure_works|' || CAST("credit_card_id" AS VARCHAR) AS _hook__credit_card,
    ('person__adventure_works|' || CAST("business_entity_id" AS VARCHAR)) || '~' || ('credit_card__adventure_works|' || CAST("credit_card_id" AS VARCHAR)) AS _hook__person_credit_card,
    "business_entity_id" AS person_credit_card__business_entity_id,
    "credit_card_id" AS person_credit_card__credit_card_id,
    "modified_date" AS person_credit_card__modified_date,
    "_loaded_at" AS person_credit_card__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("credit_card_id" AS VARCHAR)) || ':' || CAST("credit_card_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS person_credit_card__record_hash
  FROM das.raw__adventure_works__person_credit_cards
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY person_credit_card__business_entity_id, person_credit_card__credit_card_id, person_credit_card__record_loaded_at ORDER BY person_credit_card__record_hash) AS __duplicate
    FROM landed
    WHERE person_credit_card__business_entity_id IS NOT NULL AND person_credit_card__credit_card_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(person_credit_card__record_hash) OVER (PARTITION BY person_credit_card__business_entity_id, person_credit_card__credit_card_id ORDER BY person_credit_card__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY person_credit_card__business_entity_id, person_credit_card__credit_card_id ORDER BY person_credit_card__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY person_credit_card__business_entity_id, person_credit_card__credit_card_id ORDER BY person_credit_card__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> person_credit_card__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__person_credit_card || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person_credit_card || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__person_credit_card,
  CASE WHEN (_hook__person) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person,
  CASE WHEN (_hook__credit_card) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__credit_card) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__credit_card,
  CASE WHEN (_hook__person_credit_card) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person_credit_card) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person_credit_card,
  person_credit_card__business_entity_id,
  person_credit_card__credit_card_id,
  person_credit_card__modified_date,
  person_credit_card__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS person_credit_card__record_updated_at,
  __valid_from AS person_credit_card__record_valid_from,
  __valid_to AS person_credit_card__record_valid_to,
  __version AS person_credit_card__record_version,
  __next_loaded_at IS NULL AS person_credit_card__record_is_current,
  person_credit_card__record_hash
FROM history
-- end of model
-- model dar adventure_works__person_credit_cards PERIPHERAL VIEW
SELECT
  _pit_hook__person_credit_card,
  _hook__person_credit_card,
  person_credit_card__business_entity_id,
  person_credit_card__credit_card_id,
  person_credit_card__modified_date,
  person_credit_card__record_loaded_at,
  person_credit_card__record_updated_at,
  person_credit_card__record_valid_from,
  person_credit_card__record_valid_to,
  person_credit_card__record_version,
  person_credit_card__record_is_current,
  person_credit_card__record_hash
FROM dab.frame__adventure_works__person_credit_cards
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__person_credit_card,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person_credit_card,
  CAST(NULL AS INTEGER) AS person_credit_card__business_entity_id,
  CAST(NULL AS INTEGER) AS person_credit_card__credit_card_id,
  CAST(NULL AS TIMESTAMP) AS person_credit_card__modified_date,
  CAST(NULL AS TIMESTAMP) AS person_credit_card__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS person_credit_card__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS person_credit_card__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS person_credit_card__record_valid_to,
  CAST(NULL AS BIGINT) AS person_credit_card__record_version,
  CAST(NULL AS BOOLEAN) AS person_credit_card__record_is_current,
  CAST(NULL AS VARCHAR) AS person_credit_card__record_hash
-- end of model
-- model das raw__adventure_works__person_phones RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("phone_number" AS VARCHAR) AS "phone_number",
  CAST("phone_number_type_id" AS INTEGER) AS "phone_number_type_id",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__person_phones
-- end of model
-- model dab frame__adventure_works__person_phones FRAME TABLE
WITH landed AS (
  SELECT
    'person__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person,
    'phone_number__adventure_works|' || CAST("phone_number" AS VARCHAR) AS _hook__phone_number,
    'phone_number_type__adventure_works|' || CAST("phone_number_type_id" AS VARCHAR) AS _hook__phone_number_type,
    ('person__adventure_works|' || CAST("business_entity_id" AS VARCHAR)) || '~' || ('phone_number__adventure_works|' || CAST("phone_number" AS VARCHAR)) || '~' || ('phone_number_type__adventure_works|' || CAST("phone_number_type_id" AS VARCHAR)) AS _hook__person_phone,
    "business_entity_id" AS person_phone__business_entity_id,
    "phone_number" AS person_phone__phone_number,
    "phone_number_type_id" AS person_phone__phone_number_type_id,
    "modified_date" AS person_phone__modified_date,
    "_loaded_at" AS person_phone__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("phone_number" AS VARCHAR)) || ':' || CAST("phone_number" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("phone_number_type_id" AS VARCHAR)) || ':' || CAST("phone_number_type_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS person_phone__record_hash
  FROM das.raw__adventure_works__person_phones
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY person_phone__business_entity_id, person_phone__phone_number, person_phone__phone_number_type_id, person_phone__record_loaded_at ORDER BY person_phone__record_hash) AS __duplicate
    FROM landed
    WHERE person_phone__business_entity_id IS NOT NULL AND person_phone__phone_number IS NOT NULL AND person_phone__phone_number_type_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(person_phone__record_hash) OVER (PARTITION BY person_phone__business_entity_id, person_phone__phone_number, person_phone__phone_number_type_id ORDER BY person_phone__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY person_phone__business_entity_id, person_phone__phone_number, person_phone__phone_number_type_id ORDER BY person_phone__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY person_phone__business_entity_id, person_phone__phone_number, person_phone__phone_number_type_id ORDER BY person_phone__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> person_phone__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__person_phone || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person_phone || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__person_phone,
  CASE WHEN (_hook__person) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person,
  CASE WHEN (_hook__phone_number) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__phone_number) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__phone_number,
  CASE WHEN (_hook__phone_number_type) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__phone_number_type) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__phone_number_type,
  CASE WHEN (_hook__person_phone) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person_phone) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person_phone,
  person_phone__business_entity_id,
  person_phone__phone_number,
  person_phone__phone_number_type_id,
  person_phone__modified_date,
  person_phone__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS person_phone__record_updated_at,
  __valid_from AS person_phone__record_valid_from,
  __valid_to AS person_phone__record_valid_to,
  __version AS person_phone__record_version,
  __next_loaded_at IS NULL AS person_phone__record_is_current,
  person_phone__record_hash
FROM history
-- end of model
-- model dar adventure_works__person_phones PERIPHERAL VIEW
SELECT
  _pit_hook__person_phone,
  _hook__person_phone,
  person_phone__business_entity_id,
  person_phone__phone_number,
  person_phone__phone_number_type_id,
  person_phone__modified_date,
  person_phone__record_loaded_at,
  person_phone__record_updated_at,
  person_phone__record_valid_from,
  person_phone__record_valid_to,
  person_phone__record_version,
  person_phone__record_is_current,
  person_phone__record_hash
FROM dab.frame__adventure_works__person_phones
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__person_phone,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person_phone,
  CAST(NULL AS INTEGER) AS person_phone__business_entity_id,
  CAST('N/A' AS VARCHAR) AS person_phone__phone_number,
  CAST(NULL AS INTEGER) AS person_phone__phone_number_type_id,
  CAST(NULL AS TIMESTAMP) AS person_phone__modified_date,
  CAST(NULL AS TIMESTAMP) AS person_phone__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS person_phone__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS person_phone__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS person_phone__record_valid_to,
  CAST(NULL AS BIGINT) AS person_phone__record_version,
  CAST(NULL AS BOOLEAN) AS person_phone__record_is_current,
  CAST(NULL AS VARCHAR) AS person_phone__record_hash
-- end of model
-- model das raw__adventure_works__persons RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("person_type" AS VARCHAR) AS "person_type",
  CAST("name_style" AS BOOLEAN) AS "name_style",
  CAST("title" AS VARCHAR) AS "title",
  CAST("first_name" AS VARCHAR) AS "first_name",
  CAST("middle_name" AS VARCHAR) AS "middle_name",
  CAST("last_name" AS VARCHAR) AS "last_name",
  CAST("suffix" AS VARCHAR) AS "suffix",
  CAST("email_promotion" AS INTEGER) AS "email_promotion",
  CAST("additional_contact_info" AS VARCHAR) AS "additional_contact_info",
  CAST("demographics" AS VARCHAR) AS "demographics",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__persons
-- end of model
-- model dab frame__adventure_works__persons FRAME TABLE
WITH landed AS (
  SELECT
    'person__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person,
    'business_entity__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__business_entity,
    "business_entity_id" AS person__business_entity_id,
    "person_type" AS person__person_type,
    "name_style" AS person__name_style,
    "title" AS person__title,
    "first_name" AS person__first_name,
    "middle_name" AS person__middle_name,
    "last_name" AS person__last_name,
    "suffix" AS person__suffix,
    "email_promotion" AS person__email_promotion,
    "additional_contact_info" AS person__additional_contact_info,
    "demographics" AS person__demographics,
    "rowguid" AS person__rowguid,
    "modified_date" AS person__modified_date,
    "_loaded_at" AS person__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("person_type" AS VARCHAR)) || ':' || CAST("person_type" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name_style" AS VARCHAR)) || ':' || CAST("name_style" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("title" AS VARCHAR)) || ':' || CAST("title" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("first_name" AS VARCHAR)) || ':' || CAST("first_name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("middle_name" AS VARCHAR)) || ':' || CAST("middle_name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("last_name" AS VARCHAR)) || ':' || CAST("last_name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("suffix" AS VARCHAR)) || ':' || CAST("suffix" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("email_promotion" AS VARCHAR)) || ':' || CAST("email_promotion" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("additional_contact_info" AS VARCHAR)) || ':' || CAST("additional_contact_info" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("demographics" AS VARCHAR)) || ':' || CAST("demographics" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS person__record_hash
  FROM das.raw__adventure_works__persons
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY person__business_entity_id, person__record_loaded_at ORDER BY person__record_hash) AS __duplicate
    FROM landed
    WHERE person__business_entity_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(person__record_hash) OVER (PARTITION BY person__business_entity_id ORDER BY person__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY person__business_entity_id ORDER BY person__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY person__business_entity_id ORDER BY person__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> person__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__person || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__person,
  CASE WHEN (_hook__person) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person,
  CASE WHEN (_hook__business_entity) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__business_entity) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__business_entity,
  person__business_entity_id,
  person__person_type,
  person__name_style,
  person__title,
  person__first_name,
  person__middle_name,
  person__last_name,
  person__suffix,
  person__email_promotion,
  person__additional_contact_info,
  person__demographics,
  person__rowguid,
  person__modified_date,
  person__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS person__record_updated_at,
  __valid_from AS person__record_valid_from,
  __valid_to AS person__record_valid_to,
  __version AS person__record_version,
  __next_loaded_at IS NULL AS person__record_is_current,
  person__record_hash
FROM history
-- end of model
-- model dar adventure_works__persons PERIPHERAL VIEW
SELECT
  _pit_hook__person,
  _hook__person,
  person__business_entity_id,
  person__person_type,
  person__name_style,
  person__title,
  person__first_name,
  person__middle_name,
  person__last_name,
  person__suffix,
  person__email_promotion,
  person__additional_contact_info,
  person__demographics,
  person__rowguid,
  person__modified_date,
  person__record_loaded_at,
  person__record_updated_at,
  person__record_valid_from,
  person__record_valid_to,
  person__record_version,
  person__record_is_current,
  person__record_hash
FROM dab.frame__adventure_works__persons
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__person,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person,
  CAST(NULL AS INTEGER) AS person__business_entity_id,
  CAST('N/A' AS VARCHAR) AS person__person_type,
  CAST(NULL AS BOOLEAN) AS person__name_style,
  CAST('N/A' AS VARCHAR) AS person__title,
  CAST('N/A' AS VARCHAR) AS person__first_name,
  CAST('N/A' AS VARCHAR) AS person__middle_name,
  CAST('N/A' AS VARCHAR) AS person__last_name,
  CAST('N/A' AS VARCHAR) AS person__suffix,
  CAST(NULL AS INTEGER) AS person__email_promotion,
  CAST('N/A' AS VARCHAR) AS person__additional_contact_info,
  CAST('N/A' AS VARCHAR) AS person__demographics,
  CAST('N/A' AS VARCHAR) AS person__rowguid,
  CAST(NULL AS TIMESTAMP) AS person__modified_date,
  CAST(NULL AS TIMESTAMP) AS person__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS person__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS person__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS person__record_valid_to,
  CAST(NULL AS BIGINT) AS person__record_version,
  CAST(NULL AS BOOLEAN) AS person__record_is_current,
  CAST(NULL AS VARCHAR) AS person__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__persons BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__person AS __pit,
    _hook__person,
    _hook__business_entity,
    person__record_valid_from AS __valid_from,
    person__record_valid_to AS __valid_to,
    person__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__persons
  WHERE _pit_hook__person IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    child._hook__person,
    child._hook__business_entity,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__persons' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__persons', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__persons', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__person,
  _pit_hook__business_entity,
  _hook__person,
  _hook__business_entity,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__business_entity_contacts BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__business_entity_contact AS __pit,
    _hook__business_entity,
    _hook__person,
    _hook__contact_type,
    _hook__business_entity_contact,
    business_entity_contact__record_valid_from AS __valid_from,
    business_entity_contact__record_valid_to AS __valid_to,
    business_entity_contact__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__business_entity_contacts
  WHERE _pit_hook__business_entity_contact IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_2
    ON parent_2._hook__person = child._hook__person AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_2
    ON parent_2._hook__person = child._hook__person AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__contact_types AS parent_3
    ON parent_3._hook__contact_type = child._hook__contact_type AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__contact_types AS parent_3
    ON parent_3._hook__contact_type = child._hook__contact_type AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_2._pit_hook__person AS _pit_hook__person,
    parent_3._pit_hook__contact_type AS _pit_hook__contact_type,
    child._hook__business_entity,
    child._hook__person,
    child._hook__contact_type,
    child._hook__business_entity_contact,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__persons AS parent_2
    ON parent_2._hook__person = child._hook__person AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__contact_types AS parent_3
    ON parent_3._hook__contact_type = child._hook__contact_type AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__business_entity_contacts' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__business_entity_contacts', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__contact_type AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__business_entity_contacts', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__contact_type AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__business_entity_contact,
  _pit_hook__business_entity,
  _pit_hook__person,
  _pit_hook__contact_type,
  _hook__business_entity,
  _hook__person,
  _hook__contact_type,
  _hook__business_entity_contact,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__email_addresses BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__person__email_address AS __pit,
    _hook__person,
    _hook__email_address,
    _hook__person__email_address,
    email_address__record_valid_from AS __valid_from,
    email_address__record_valid_to AS __valid_to,
    email_address__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__email_addresses
  WHERE _pit_hook__person__email_address IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    child._hook__person,
    child._hook__email_address,
    child._hook__person__email_address,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__email_addresses' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__email_addresses', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__email_addresses', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__person__email_address,
  _pit_hook__person,
  _pit_hook__business_entity,
  _hook__person,
  _hook__email_address,
  _hook__person__email_address,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__employees BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__person__employee AS __pit,
    _hook__person__employee,
    _hook__person,
    employee__record_valid_from AS __valid_from,
    employee__record_valid_to AS __valid_to,
    employee__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__employees
  WHERE _pit_hook__person__employee IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    child._hook__person__employee,
    child._hook__person,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__employees' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__employees', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__employees', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__person__employee,
  _pit_hook__person,
  _pit_hook__business_entity,
  _hook__person__employee,
  _hook__person,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__documents BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__document AS __pit,
    _hook__document,
    _hook__person__employee__owner,
    document__record_valid_from AS __valid_from,
    document__record_valid_to AS __valid_to,
    document__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__documents
  WHERE _pit_hook__document IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee__owner AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee__owner AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person__employee AS _pit_hook__person__employee__owner,
    parent_1._pit_hook__person AS _pit_hook__person__owner,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity__owner,
    child._hook__document,
    child._hook__person__employee__owner,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee__owner AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__documents' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__documents', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__employee__owner AS VARCHAR), CAST(_pit_hook__person__owner AS VARCHAR), CAST(_pit_hook__business_entity__owner AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__documents', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__employee__owner AS VARCHAR), CAST(_pit_hook__person__owner AS VARCHAR), CAST(_pit_hook__business_entity__owner AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__document,
  _pit_hook__person__employee__owner,
  _pit_hook__person__owner,
  _pit_hook__business_entity__owner,
  _hook__document,
  _hook__person__employee__owner,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__employee_pay_histories BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__employee_pay_history AS __pit,
    _hook__person__employee,
    _hook__epoch__timestamp__rate_change,
    _hook__employee_pay_history,
    employee_pay_history__record_valid_from AS __valid_from,
    employee_pay_history__record_valid_to AS __valid_to,
    employee_pay_history__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__employee_pay_histories
  WHERE _pit_hook__employee_pay_history IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    child._hook__person__employee,
    child._hook__epoch__timestamp__rate_change,
    child._hook__employee_pay_history,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__employee_pay_histories' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__employee_pay_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__employee_pay_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__employee_pay_history,
  _pit_hook__person__employee,
  _pit_hook__person,
  _pit_hook__business_entity,
  _hook__person__employee,
  _hook__epoch__timestamp__rate_change,
  _hook__employee_pay_history,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__job_candidates BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__job_candidate AS __pit,
    _hook__job_candidate,
    _hook__person__employee,
    job_candidate__record_valid_from AS __valid_from,
    job_candidate__record_valid_to AS __valid_to,
    job_candidate__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__job_candidates
  WHERE _pit_hook__job_candidate IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    child._hook__job_candidate,
    child._hook__person__employee,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__job_candidates' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__job_candidates', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__job_candidates', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__job_candidate,
  _pit_hook__person__employee,
  _pit_hook__person,
  _pit_hook__business_entity,
  _hook__job_candidate,
  _hook__person__employee,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__passwords BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__password AS __pit,
    _hook__password,
    _hook__person,
    password__record_valid_from AS __valid_from,
    password__record_valid_to AS __valid_to,
    password__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__passwords
  WHERE _pit_hook__password IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    child._hook__password,
    child._hook__person,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__passwords' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__passwords', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__passwords', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__password,
  _pit_hook__person,
  _pit_hook__business_entity,
  _hook__password,
  _hook__person,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__person_credit_cards BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__person_credit_card AS __pit,
    _hook__person,
    _hook__credit_card,
    _hook__person_credit_card,
    person_credit_card__record_valid_from AS __valid_from,
    person_credit_card__record_valid_to AS __valid_to,
    person_credit_card__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__person_credit_cards
  WHERE _pit_hook__person_credit_card IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__credit_cards AS parent_2
    ON parent_2._hook__credit_card = child._hook__credit_card AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__credit_cards AS parent_2
    ON parent_2._hook__credit_card = child._hook__credit_card AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_2._pit_hook__credit_card AS _pit_hook__credit_card,
    child._hook__person,
    child._hook__credit_card,
    child._hook__person_credit_card,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__credit_cards AS parent_2
    ON parent_2._hook__credit_card = child._hook__credit_card AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__person_credit_cards' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__person_credit_cards', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__credit_card AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__person_credit_cards', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__credit_card AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__person_credit_card,
  _pit_hook__person,
  _pit_hook__business_entity,
  _pit_hook__credit_card,
  _hook__person,
  _hook__credit_card,
  _hook__person_credit_card,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__business_entity_contacts EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    business_entity_contact__business_entity_id AS "business_entity_id",
    business_entity_contact__person_id AS "person_id",
    business_entity_contact__contact_type_id AS "contact_type_id",
    business_entity_contact__rowguid AS "rowguid",
    business_entity_contact__modified_date AS "modified_date",
    business_entity_contact__record_loaded_at AS "_loaded_at",
    _pit_hook__business_entity_contact AS __pit
  FROM dab.frame__adventure_works__business_entity_contacts
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__business_entity_contact,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__person,
  bridge._pit_hook__contact_type,
  bridge._hook__business_entity,
  bridge._hook__person,
  bridge._hook__contact_type,
  bridge._hook__business_entity_contact,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__business_entity_contacts AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__business_entity_contact
-- end of model
-- model dar__staging event__adventure_works__documents EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    document__document_node AS "document_node",
    document__document_level AS "document_level",
    document__title AS "title",
    document__owner AS "owner",
    document__folder_flag AS "folder_flag",
    document__file_name AS "file_name",
    document__file_extension AS "file_extension",
    document__revision AS "revision",
    document__change_number AS "change_number",
    document__status AS "status",
    document__document_summary AS "document_summary",
    document__document AS "document",
    document__rowguid AS "rowguid",
    document__modified_date AS "modified_date",
    document__record_loaded_at AS "_loaded_at",
    _pit_hook__document AS __pit
  FROM dab.frame__adventure_works__documents
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__document,
  bridge._pit_hook__person__employee__owner,
  bridge._pit_hook__person__owner,
  bridge._pit_hook__business_entity__owner,
  bridge._hook__document,
  bridge._hook__person__employee__owner,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__documents AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__document
-- end of model
-- model dar__staging event__adventure_works__email_addresses EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    email_address__business_entity_id AS "business_entity_id",
    email_address__email_address_id AS "email_address_id",
    email_address__email_address AS "email_address",
    email_address__rowguid AS "rowguid",
    email_address__modified_date AS "modified_date",
    email_address__record_loaded_at AS "_loaded_at",
    _pit_hook__person__email_address AS __pit
  FROM dab.frame__adventure_works__email_addresses
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__person__email_address,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._hook__person,
  bridge._hook__email_address,
  bridge._hook__person__email_address,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__email_addresses AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__person__email_address
-- end of model
-- model dar__staging event__adventure_works__employee_pay_histories EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    employee_pay_history__business_entity_id AS "business_entity_id",
    employee_pay_history__rate_change_date AS "rate_change_date",
    employee_pay_history__rate AS "rate",
    employee_pay_history__pay_frequency AS "pay_frequency",
    employee_pay_history__modified_date AS "modified_date",
    employee_pay_history__record_loaded_at AS "_loaded_at",
    _pit_hook__employee_pay_history AS __pit
  FROM dab.frame__adventure_works__employee_pay_histories
),
dated AS (
  SELECT
    __pit,
    CAST("rate_change_date" AS DATE) AS __event_0,
    CAST("modified_date" AS DATE) AS __event_1
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__rate_change_date,
    coalesce(__event_1 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__employee_pay_history,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._hook__person__employee,
  bridge._hook__epoch__timestamp__rate_change,
  bridge._hook__employee_pay_history,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__rate_change_date, false) AS event__rate_change_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__employee_pay_histories AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__employee_pay_history
-- end of model
-- model dar__staging event__adventure_works__employees EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    employee__business_entity_id AS "business_entity_id",
    employee__national_id_number AS "national_id_number",
    employee__login_id AS "login_id",
    employee__organization_node AS "organization_node",
    employee__organization_level AS "organization_level",
    employee__job_title AS "job_title",
    employee__birth_date AS "birth_date",
    employee__marital_status AS "marital_status",
    employee__gender AS "gender",
    employee__hire_date AS "hire_date",
    employee__salaried_flag AS "salaried_flag",
    employee__vacation_hours AS "vacation_hours",
    employee__sick_leave_hours AS "sick_leave_hours",
    employee__current_flag AS "current_flag",
    employee__rowguid AS "rowguid",
    employee__modified_date AS "modified_date",
    employee__record_loaded_at AS "_loaded_at",
    _pit_hook__person__employee AS __pit
  FROM dab.frame__adventure_works__employees
),
dated AS (
  SELECT
    __pit,
    "birth_date" AS __event_0,
    "hire_date" AS __event_1,
    CAST("modified_date" AS DATE) AS __event_2
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1, __event_2))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__birth_date,
    coalesce(__event_1 = __date, false) AS event__hire_date,
    coalesce(__event_2 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._hook__person__employee,
  bridge._hook__person,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__birth_date, false) AS event__birth_date,
  coalesce(flags.event__hire_date, false) AS event__hire_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__employees AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__person__employee
-- end of model
-- model dar__staging event__adventure_works__job_candidates EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    job_candidate__job_candidate_id AS "job_candidate_id",
    job_candidate__business_entity_id AS "business_entity_id",
    job_candidate__resume AS "resume",
    job_candidate__modified_date AS "modified_date",
    job_candidate__record_loaded_at AS "_loaded_at",
    _pit_hook__job_candidate AS __pit
  FROM dab.frame__adventure_works__job_candidates
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__job_candidate,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._hook__job_candidate,
  bridge._hook__person__employee,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__job_candidates AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__job_candidate
-- end of model
-- model dar__staging event__adventure_works__passwords EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    password__business_entity_id AS "business_entity_id",
    password__password_hash AS "password_hash",
    password__password_salt AS "password_salt",
    password__rowguid AS "rowguid",
    password__modified_date AS "modified_date",
    password__record_loaded_at AS "_loaded_at",
    _pit_hook__password AS __pit
  FROM dab.frame__adventure_works__passwords
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__password,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._hook__password,
  bridge._hook__person,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__passwords AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__password
-- end of model
-- model dar__staging event__adventure_works__person_credit_cards EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    person_credit_card__business_entity_id AS "business_entity_id",
    person_credit_card__credit_card_id AS "credit_card_id",
    person_credit_card__modified_date AS "modified_date",
    person_credit_card__record_loaded_at AS "_loaded_at",
    _pit_hook__person_credit_card AS __pit
  FROM dab.frame__adventure_works__person_credit_cards
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__person_credit_card,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__credit_card,
  bridge._hook__person,
  bridge._hook__credit_card,
  bridge._hook__person_credit_card,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__person_credit_cards AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__person_credit_card
-- end of model
-- model dar__staging event__adventure_works__persons EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    person__business_entity_id AS "business_entity_id",
    person__person_type AS "person_type",
    person__name_style AS "name_style",
    person__title AS "title",
    person__first_name AS "first_name",
    person__middle_name AS "middle_name",
    person__last_name AS "last_name",
    person__suffix AS "suffix",
    person__email_promotion AS "email_promotion",
    person__additional_contact_info AS "additional_contact_info",
    person__demographics AS "demographics",
    person__rowguid AS "rowguid",
    person__modified_date AS "modified_date",
    person__record_loaded_at AS "_loaded_at",
    _pit_hook__person AS __pit
  FROM dab.frame__adventure_works__persons
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._hook__person,
  bridge._hook__business_entity,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__persons AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__person
-- end of model
-- model das raw__adventure_works__phone_number_types RAW VIEW
SELECT
  CAST("phone_number_type_id" AS INTEGER) AS "phone_number_type_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__phone_number_types
-- end of model
-- model dab frame__adventure_works__phone_number_types FRAME TABLE
WITH landed AS (
  SELECT
    'phone_number_type__adventure_works|' || CAST("phone_number_type_id" AS VARCHAR) AS _hook__phone_number_type,
    "phone_number_type_id" AS phone_number_type__phone_number_type_id,
    "name" AS phone_number_type__name,
    "modified_date" AS phone_number_type__modified_date,
    "_loaded_at" AS phone_number_type__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("phone_number_type_id" AS VARCHAR)) || ':' || CAST("phone_number_type_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS phone_number_type__record_hash
  FROM das.raw__adventure_works__phone_number_types
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY phone_number_type__phone_number_type_id, phone_number_type__record_loaded_at ORDER BY phone_number_type__record_hash) AS __duplicate
    FROM landed
    WHERE phone_number_type__phone_number_type_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(phone_number_type__record_hash) OVER (PARTITION BY phone_number_type__phone_number_type_id ORDER BY phone_number_type__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY phone_number_type__phone_number_type_id ORDER BY phone_number_type__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY phone_number_type__phone_number_type_id ORDER BY phone_number_type__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> phone_number_type__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__phone_number_type || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__phone_number_type || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__phone_number_type,
  CASE WHEN (_hook__phone_number_type) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__phone_number_type) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__phone_number_type,
  phone_number_type__phone_number_type_id,
  phone_number_type__name,
  phone_number_type__modified_date,
  phone_number_type__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS phone_number_type__record_updated_at,
  __valid_from AS phone_number_type__record_valid_from,
  __valid_to AS phone_number_type__record_valid_to,
  __version AS phone_number_type__record_version,
  __next_loaded_at IS NULL AS phone_number_type__record_is_current,
  phone_number_type__record_hash
FROM history
-- end of model
-- model dar adventure_works__phone_number_types PERIPHERAL VIEW
SELECT
  _pit_hook__phone_number_type,
  _hook__phone_number_type,
  phone_number_type__phone_number_type_id,
  phone_number_type__name,
  phone_number_type__modified_date,
  phone_number_type__record_loaded_at,
  phone_number_type__record_updated_at,
  phone_number_type__record_valid_from,
  phone_number_type__record_valid_to,
  phone_number_type__record_version,
  phone_number_type__record_is_current,
  phone_number_type__record_hash
FROM dab.frame__adventure_works__phone_number_types
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__phone_number_type,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__phone_number_type,
  CAST(NULL AS INTEGER) AS phone_number_type__phone_number_type_id,
  CAST('N/A' AS VARCHAR) AS phone_number_type__name,
  CAST(NULL AS TIMESTAMP) AS phone_number_type__modified_date,
  CAST(NULL AS TIMESTAMP) AS phone_number_type__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS phone_number_type__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS phone_number_type__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS phone_number_type__record_valid_to,
  CAST(NULL AS BIGINT) AS phone_number_type__record_version,
  CAST(NULL AS BOOLEAN) AS phone_number_type__record_is_current,
  CAST(NULL AS VARCHAR) AS phone_number_type__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__phone_number_types BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__phone_number_type AS __pit,
    _hook__phone_number_type,
    phone_number_type__record_valid_from AS __valid_from,
    phone_number_type__record_valid_to AS __valid_to,
    phone_number_type__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__phone_number_types
  WHERE _pit_hook__phone_number_type IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__phone_number_type,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__phone_number_types' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__phone_number_types', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__phone_number_types', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__phone_number_type,
  _hook__phone_number_type,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__person_phones BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__person_phone AS __pit,
    _hook__person,
    _hook__phone_number,
    _hook__phone_number_type,
    _hook__person_phone,
    person_phone__record_valid_from AS __valid_from,
    person_phone__record_valid_to AS __valid_to,
    person_phone__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__person_phones
  WHERE _pit_hook__person_phone IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__phone_number_types AS parent_2
    ON parent_2._hook__phone_number_type = child._hook__phone_number_type AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__phone_number_types AS parent_2
    ON parent_2._hook__phone_number_type = child._hook__phone_number_type AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_2._pit_hook__phone_number_type AS _pit_hook__phone_number_type,
    child._hook__person,
    child._hook__phone_number,
    child._hook__phone_number_type,
    child._hook__person_phone,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__phone_number_types AS parent_2
    ON parent_2._hook__phone_number_type = child._hook__phone_number_type AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__person_phones' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__person_phones', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__phone_number_type AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__person_phones', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__phone_number_type AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__person_phone,
  _pit_hook__person,
  _pit_hook__business_entity,
  _pit_hook__phone_number_type,
  _hook__person,
  _hook__phone_number,
  _hook__phone_number_type,
  _hook__person_phone,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__person_phones EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    person_phone__business_entity_id AS "business_entity_id",
    person_phone__phone_number AS "phone_number",
    person_phone__phone_number_type_id AS "phone_number_type_id",
    person_phone__modified_date AS "modified_date",
    person_phone__record_loaded_at AS "_loaded_at",
    _pit_hook__person_phone AS __pit
  FROM dab.frame__adventure_works__person_phones
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__person_phone,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__phone_number_type,
  bridge._hook__person,
  bridge._hook__phone_number,
  bridge._hook__phone_number_type,
  bridge._hook__person_phone,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__person_phones AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__person_phone
-- end of model
-- model dar__staging event__adventure_works__phone_number_types EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    phone_number_type__phone_number_type_id AS "phone_number_type_id",
    phone_number_type__name AS "name",
    phone_number_type__modified_date AS "modified_date",
    phone_number_type__record_loaded_at AS "_loaded_at",
    _pit_hook__phone_number_type AS __pit
  FROM dab.frame__adventure_works__phone_number_types
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__phone_number_type,
  bridge._hook__phone_number_type,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__phone_number_types AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__phone_number_type
-- end of model
-- model das raw__adventure_works__product_categories RAW VIEW
SELECT
  CAST("product_category_id" AS INTEGER) AS "product_category_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_categories
-- end of model
-- model dab frame__adventure_works__product_categories FRAME TABLE
WITH landed AS (
  SELECT
    'product_category__adventure_works|' || CAST("product_category_id" AS VARCHAR) AS _hook__product_category,
    "product_category_id" AS product_category__product_category_id,
    "name" AS product_category__name,
    "rowguid" AS product_category__rowguid,
    "modified_date" AS product_category__modified_date,
    "_loaded_at" AS product_category__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_category_id" AS VARCHAR)) || ':' || CAST("product_category_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_category__record_hash
  FROM das.raw__adventure_works__product_categories
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_category__product_category_id, product_category__record_loaded_at ORDER BY product_category__record_hash) AS __duplicate
    FROM landed
    WHERE product_category__product_category_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_category__record_hash) OVER (PARTITION BY product_category__product_category_id ORDER BY product_category__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_category__product_category_id ORDER BY product_category__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_category__product_category_id ORDER BY product_category__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_category__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_category || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_category || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_category,
  CASE WHEN (_hook__product_category) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_category) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_category,
  product_category__product_category_id,
  product_category__name,
  product_category__rowguid,
  product_category__modified_date,
  product_category__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_category__record_updated_at,
  __valid_from AS product_category__record_valid_from,
  __valid_to AS product_category__record_valid_to,
  __version AS product_category__record_version,
  __next_loaded_at IS NULL AS product_category__record_is_current,
  product_category__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_categories PERIPHERAL VIEW
SELECT
  _pit_hook__product_category,
  _hook__product_category,
  product_category__product_category_id,
  product_category__name,
  product_category__rowguid,
  product_category__modified_date,
  product_category__record_loaded_at,
  product_category__record_updated_at,
  product_category__record_valid_from,
  product_category__record_valid_to,
  product_category__record_version,
  product_category__record_is_current,
  product_category__record_hash
FROM dab.frame__adventure_works__product_categories
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_category,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_category,
  CAST(NULL AS INTEGER) AS product_category__product_category_id,
  CAST('N/A' AS VARCHAR) AS product_category__name,
  CAST('N/A' AS VARCHAR) AS product_category__rowguid,
  CAST(NULL AS TIMESTAMP) AS product_category__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_category__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_category__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_category__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_category__record_valid_to,
  CAST(NULL AS BIGINT) AS product_category__record_version,
  CAST(NULL AS BOOLEAN) AS product_category__record_is_current,
  CAST(NULL AS VARCHAR) AS product_category__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__product_categories BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_category AS __pit,
    _hook__product_category,
    product_category__record_valid_from AS __valid_from,
    product_category__record_valid_to AS __valid_to,
    product_category__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_categories
  WHERE _pit_hook__product_category IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__product_category,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__product_categories' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_categories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_categories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_category,
  _hook__product_category,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__product_categories EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_category__product_category_id AS "product_category_id",
    product_category__name AS "name",
    product_category__rowguid AS "rowguid",
    product_category__modified_date AS "modified_date",
    product_category__record_loaded_at AS "_loaded_at",
    _pit_hook__product_category AS __pit
  FROM dab.frame__adventure_works__product_categories
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_category,
  bridge._hook__product_category,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_categories AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_category
-- end of model
-- model das raw__adventure_works__product_cost_histories RAW VIEW
SELECT
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("start_date" AS TIMESTAMP) AS "start_date",
  CAST("end_date" AS TIMESTAMP) AS "end_date",
  CAST("standard_cost" AS DECIMAL(19,4)) AS "standard_cost",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_cost_histories
-- end of model
-- model dab frame__adventure_works__product_cost_histories FRAME TABLE
WITH landed AS (
  SELECT
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    'epoch__timestamp__adventure_works|' || CAST("start_date" AS VARCHAR) AS _hook__epoch__timestamp__start,
    ('product__adventure_works|' || CAST("product_id" AS VARCHAR)) || '~' || ('epoch__timestamp__adventure_works|' || CAST("start_date" AS VARCHAR)) AS _hook__product_cost_history,
    "product_id" AS product_cost_history__product_id,
    "start_date" AS product_cost_history__start_date,
    "end_date" AS product_cost_history__end_date,
    "standard_cost" AS product_cost_history__standard_cost,
    "modified_date" AS product_cost_history__modified_date,
    "_loaded_at" AS product_cost_history__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("start_date" AS VARCHAR)) || ':' || CAST("start_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("end_date" AS VARCHAR)) || ':' || CAST("end_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("standard_cost" AS VARCHAR)) || ':' || CAST("standard_cost" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_cost_history__record_hash
  FROM das.raw__adventure_works__product_cost_histories
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_cost_history__product_id, product_cost_history__start_date, product_cost_history__record_loaded_at ORDER BY product_cost_history__record_hash) AS __duplicate
    FROM landed
    WHERE product_cost_history__product_id IS NOT NULL AND product_cost_history__start_date IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_cost_history__record_hash) OVER (PARTITION BY product_cost_history__product_id, product_cost_history__start_date ORDER BY product_cost_history__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_cost_history__product_id, product_cost_history__start_date ORDER BY product_cost_history__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_cost_history__product_id, product_cost_history__start_date ORDER BY product_cost_history__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_cost_history__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_cost_history || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_cost_history || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_cost_history,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__epoch__timestamp__start) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__epoch__timestamp__start) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__timestamp__start,
  CASE WHEN (_hook__product_cost_history) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_cost_history) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_cost_history,
  product_cost_history__product_id,
  product_cost_history__start_date,
  product_cost_history__end_date,
  product_cost_history__standard_cost,
  product_cost_history__modified_date,
  product_cost_history__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_cost_history__record_updated_at,
  __valid_from AS product_cost_history__record_valid_from,
  __valid_to AS product_cost_history__record_valid_to,
  __version AS product_cost_history__record_version,
  __next_loaded_at IS NULL AS product_cost_history__record_is_current,
  product_cost_history__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_cost_histories PERIPHERAL VIEW
SELECT
  _pit_hook__product_cost_history,
  _hook__product_cost_history,
  product_cost_history__product_id,
  product_cost_history__start_date,
  product_cost_history__end_date,
  product_cost_history__standard_cost,
  product_cost_history__modified_date,
  product_cost_history__record_loaded_at,
  product_cost_history__record_updated_at,
  product_cost_history__record_valid_from,
  product_cost_history__record_valid_to,
  product_cost_history__record_version,
  product_cost_history__record_is_current,
  product_cost_history__record_hash
FROM dab.frame__adventure_works__product_cost_histories
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_cost_history,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_cost_history,
  CAST(NULL AS INTEGER) AS product_cost_history__product_id,
  CAST(NULL AS TIMESTAMP) AS product_cost_history__start_date,
  CAST(NULL AS TIMESTAMP) AS product_cost_history__end_date,
  CAST(NULL AS DECIMAL(19,4)) AS product_cost_history__standard_cost,
  CAST(NULL AS TIMESTAMP) AS product_cost_history__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_cost_history__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_cost_history__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_cost_history__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_cost_history__record_valid_to,
  CAST(NULL AS BIGINT) AS product_cost_history__record_version,
  CAST(NULL AS BOOLEAN) AS product_cost_history__record_is_current,
  CAST(NULL AS VARCHAR) AS product_cost_history__record_hash
-- end of model
-- model das raw__adventure_works__product_descriptions RAW VIEW
SELECT
  CAST("product_description_id" AS INTEGER) AS "product_description_id",
  CAST("description" AS VARCHAR) AS "description",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_descriptions
-- end of model
-- model dab frame__adventure_works__product_descriptions FRAME TABLE
WITH landed AS (
  SELECT
    'product_description__adventure_works|' || CAST("product_description_id" AS VARCHAR) AS _hook__product_description,
    "product_description_id" AS product_description__product_description_id,
    "description" AS product_description__description,
    "rowguid" AS product_description__rowguid,
    "modified_date" AS product_description__modified_date,
    "_loaded_at" AS product_description__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_description_id" AS VARCHAR)) || ':' || CAST("product_description_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("description" AS VARCHAR)) || ':' || CAST("description" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_description__record_hash
  FROM das.raw__adventure_works__product_descriptions
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_description__product_description_id, product_description__record_loaded_at ORDER BY product_description__record_hash) AS __duplicate
    FROM landed
    WHERE product_description__product_description_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_description__record_hash) OVER (PARTITION BY product_description__product_description_id ORDER BY product_description__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_description__product_description_id ORDER BY product_description__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_description__product_description_id ORDER BY product_description__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_description__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_description || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_description || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_description,
  CASE WHEN (_hook__product_description) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_description) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_description,
  product_description__product_description_id,
  product_description__description,
  product_description__rowguid,
  product_description__modified_date,
  product_description__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_description__record_updated_at,
  __valid_from AS product_description__record_valid_from,
  __valid_to AS product_description__record_valid_to,
  __version AS product_description__record_version,
  __next_loaded_at IS NULL AS product_description__record_is_current,
  product_description__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_descriptions PERIPHERAL VIEW
SELECT
  _pit_hook__product_description,
  _hook__product_description,
  product_description__product_description_id,
  product_description__description,
  product_description__rowguid,
  product_description__modified_date,
  product_description__record_loaded_at,
  product_description__record_updated_at,
  product_description__record_valid_from,
  product_description__record_valid_to,
  product_description__record_version,
  product_description__record_is_current,
  product_description__record_hash
FROM dab.frame__adventure_works__product_descriptions
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_description,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_description,
  CAST(NULL AS INTEGER) AS product_description__product_description_id,
  CAST('N/A' AS VARCHAR) AS product_description__description,
  CAST('N/A' AS VARCHAR) AS product_description__rowguid,
  CAST(NULL AS TIMESTAMP) AS product_description__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_description__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_description__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_description__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_description__record_valid_to,
  CAST(NULL AS BIGINT) AS product_description__record_version,
  CAST(NULL AS BOOLEAN) AS product_description__record_is_current,
  CAST(NULL AS VARCHAR) AS product_description__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__product_descriptions BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_description AS __pit,
    _hook__product_description,
    product_description__record_valid_from AS __valid_from,
    product_description__record_valid_to AS __valid_to,
    product_description__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_descriptions
  WHERE _pit_hook__product_description IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__product_description,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__product_descriptions' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_descriptions', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_descriptions', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_description,
  _hook__product_description,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__product_descriptions EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_description__product_description_id AS "product_description_id",
    product_description__description AS "description",
    product_description__rowguid AS "rowguid",
    product_description__modified_date AS "modified_date",
    product_description__record_loaded_at AS "_loaded_at",
    _pit_hook__product_description AS __pit
  FROM dab.frame__adventure_works__product_descriptions
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_description,
  bridge._hook__product_description,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_descriptions AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_description
-- end of model
-- model das raw__adventure_works__product_documents RAW VIEW
SELECT
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("document_node" AS VARCHAR) AS "document_node",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_documents
-- end of model
-- model dab frame__adventure_works__product_documents FRAME TABLE
WITH landed AS (
  SELECT
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    'document__adventure_works|' || CAST("document_node" AS VARCHAR) AS _hook__document,
    ('product__adventure_works|' || CAST("product_id" AS VARCHAR)) || '~' || ('document__adventure_works|' || CAST("document_node" AS VARCHAR)) AS _hook__product_document,
    "product_id" AS product_document__product_id,
    "document_node" AS product_document__document_node,
    "modified_date" AS product_document__modified_date,
    "_loaded_at" AS product_document__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("document_node" AS VARCHAR)) || ':' || CAST("document_node" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_document__record_hash
  FROM das.raw__adventure_works__product_documents
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_document__product_id, product_document__document_node, product_document__record_loaded_at ORDER BY product_document__record_hash) AS __duplicate
    FROM landed
    WHERE product_document__product_id IS NOT NULL AND product_document__document_node IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_document__record_hash) OVER (PARTITION BY product_document__product_id, product_document__document_node ORDER BY product_document__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_document__product_id, product_document__document_node ORDER BY product_document__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_document__product_id, product_document__document_node ORDER BY product_document__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_document__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_document || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_document || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_document,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__document) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__document) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__document,
  CASE WHEN (_hook__product_document) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_document) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_document,
  product_document__product_id,
  product_document__document_node,
  product_document__modified_date,
  product_document__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_document__record_updated_at,
  __valid_from AS product_document__record_valid_from,
  __valid_to AS product_document__record_valid_to,
  __version AS product_document__record_version,
  __next_loaded_at IS NULL AS product_document__record_is_current,
  product_document__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_documents PERIPHERAL VIEW
SELECT
  _pit_hook__product_document,
  _hook__product_document,
  product_document__product_id,
  product_document__document_node,
  product_document__modified_date,
  product_document__record_loaded_at,
  product_document__record_updated_at,
  product_document__record_valid_from,
  product_document__record_valid_to,
  product_document__record_version,
  product_document__record_is_current,
  product_document__record_hash
FROM dab.frame__adventure_works__product_documents
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_document,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_document,
  CAST(NULL AS INTEGER) AS product_document__product_id,
  CAST('N/A' AS VARCHAR) AS product_document__document_node,
  CAST(NULL AS TIMESTAMP) AS product_document__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_document__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_document__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_document__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_document__record_valid_to,
  CAST(NULL AS BIGINT) AS product_document__record_version,
  CAST(NULL AS BOOLEAN) AS product_document__record_is_current,
  CAST(NULL AS VARCHAR) AS product_document__record_hash
-- end of model
-- model das raw__adventure_works__product_inventories RAW VIEW
SELECT
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("location_id" AS SMALLINT) AS "location_id",
  CAST("shelf" AS VARCHAR) AS "shelf",
  CAST("bin" AS SMALLINT) AS "bin",
  CAST("quantity" AS SMALLINT) AS "quantity",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_inventories
-- end of model
-- model dab frame__adventure_works__product_inventories FRAME TABLE
WITH landed AS (
  SELECT
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    'location__adventure_works|' || CAST("location_id" AS VARCHAR) AS _hook__location,
    ('product__adventure_works|' || CAST("product_id" AS VARCHAR)) || '~' || ('location__adventure_works|' || CAST("location_id" AS VARCHAR)) AS _hook__product_inventory,
    "product_id" AS product_inventory__product_id,
    "location_id" AS product_inventory__location_id,
    "shelf" AS product_inventory__shelf,
    "bin" AS product_inventory__bin,
    "quantity" AS product_inventory__quantity,
    "rowguid" AS product_inventory__rowguid,
    "modified_date" AS product_inventory__modified_date,
    "_loaded_at" AS product_inventory__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("location_id" AS VARCHAR)) || ':' || CAST("location_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("shelf" AS VARCHAR)) || ':' || CAST("shelf" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("bin" AS VARCHAR)) || ':' || CAST("bin" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("quantity" AS VARCHAR)) || ':' || CAST("quantity" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_inventory__record_hash
  FROM das.raw__adventure_works__product_inventories
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_inventory__product_id, product_inventory__location_id, product_inventory__record_loaded_at ORDER BY product_inventory__record_hash) AS __duplicate
    FROM landed
    WHERE product_inventory__product_id IS NOT NULL AND product_inventory__location_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_inventory__record_hash) OVER (PARTITION BY product_inventory__product_id, product_inventory__location_id ORDER BY product_inventory__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_inventory__product_id, product_inventory__location_id ORDER BY product_inventory__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_inventory__product_id, product_inventory__location_id ORDER BY product_inventory__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_inventory__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_inventory || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_inventory || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_inventory,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__location) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__location) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__location,
  CASE WHEN (_hook__product_inventory) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_inventory) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_inventory,
  product_inventory__product_id,
  product_inventory__location_id,
  product_inventory__shelf,
  product_inventory__bin,
  product_inventory__quantity,
  product_inventory__rowguid,
  product_inventory__modified_date,
  product_inventory__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_inventory__record_updated_at,
  __valid_from AS product_inventory__record_valid_from,
  __valid_to AS product_inventory__record_valid_to,
  __version AS product_inventory__record_version,
  __next_loaded_at IS NULL AS product_inventory__record_is_current,
  product_inventory__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_inventories PERIPHERAL VIEW
SELECT
  _pit_hook__product_inventory,
  _hook__product_inventory,
  product_inventory__product_id,
  product_inventory__location_id,
  product_inventory__shelf,
  product_inventory__bin,
  product_inventory__quantity,
  product_inventory__rowguid,
  product_inventory__modified_date,
  product_inventory__record_loaded_at,
  product_inventory__record_updated_at,
  product_inventory__record_valid_from,
  product_inventory__record_valid_to,
  product_inventory__record_version,
  product_inventory__record_is_current,
  product_inventory__record_hash
FROM dab.frame__adventure_works__product_inventories
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_inventory,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_inventory,
  CAST(NULL AS INTEGER) AS product_inventory__product_id,
  CAST(NULL AS SMALLINT) AS product_inventory__location_id,
  CAST('N/A' AS VARCHAR) AS product_inventory__shelf,
  CAST(NULL AS SMALLINT) AS product_inventory__bin,
  CAST(NULL AS SMALLINT) AS product_inventory__quantity,
  CAST('N/A' AS VARCHAR) AS product_inventory__rowguid,
  CAST(NULL AS TIMESTAMP) AS product_inventory__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_inventory__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_inventory__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_inventory__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_inventory__record_valid_to,
  CAST(NULL AS BIGINT) AS product_inventory__record_version,
  CAST(NULL AS BOOLEAN) AS product_inventory__record_is_current,
  CAST(NULL AS VARCHAR) AS product_inventory__record_hash
-- end of model
-- model das raw__adventure_works__product_list_price_histories RAW VIEW
SELECT
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("start_date" AS TIMESTAMP) AS "start_date",
  CAST("end_date" AS TIMESTAMP) AS "end_date",
  CAST("list_price" AS DECIMAL(19,4)) AS "list_price",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_list_price_histories
-- end of model
-- model dab frame__adventure_works__product_list_price_histories FRAME TABLE
WITH landed AS (
  SELECT
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    'epoch__timestamp__adventure_works|' || CAST("start_date" AS VARCHAR) AS _hook__epoch__timestamp__start,
    ('product__adventure_works|' || CAST("product_id" AS VARCHAR)) || '~' || ('epoch__timestamp__adventure_works|' || CAST("start_date" AS VARCHAR)) AS _hook__product_list_price_history,
    "product_id" AS product_list_price_history__product_id,
    "start_date" AS product_list_price_history__start_date,
    "end_date" AS product_list_price_history__end_date,
    "list_price" AS product_list_price_history__list_price,
    "modified_date" AS product_list_price_history__modified_date,
    "_loaded_at" AS product_list_price_history__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("start_date" AS VARCHAR)) || ':' || CAST("start_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("end_date" AS VARCHAR)) || ':' || CAST("end_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("list_price" AS VARCHAR)) || ':' || CAST("list_price" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_list_price_history__record_hash
  FROM das.raw__adventure_works__product_list_price_histories
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_list_price_history__product_id, product_list_price_history__start_date, product_list_price_history__record_loaded_at ORDER BY product_list_price_history__record_hash) AS __duplicate
    FROM landed
    WHERE product_list_price_history__product_id IS NOT NULL AND product_list_price_history__start_date IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_list_price_history__record_hash) OVER (PARTITION BY product_list_price_history__product_id, product_list_price_history__start_date ORDER BY product_list_price_history__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_list_price_history__product_id, product_list_price_history__start_date ORDER BY product_list_price_history__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_list_price_history__product_id, product_list_price_history__start_date ORDER BY product_list_price_history__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_list_price_history__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_list_price_history || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_list_price_history || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_list_price_history,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__epoch__timestamp__start) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__epoch__timestamp__start) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__timestamp__start,
  CASE WHEN (_hook__product_list_price_history) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_list_price_history) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_list_price_history,
  product_list_price_history__product_id,
  product_list_price_history__start_date,
  product_list_price_history__end_date,
  product_list_price_history__list_price,
  product_list_price_history__modified_date,
  product_list_price_history__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_list_price_history__record_updated_at,
  __valid_from AS product_list_price_history__record_valid_from,
  __valid_to AS product_list_price_history__record_valid_to,
  __version AS product_list_price_history__record_version,
  __next_loaded_at IS NULL AS product_list_price_history__record_is_current,
  product_list_price_history__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_list_price_histories PERIPHERAL VIEW
SELECT
  _pit_hook__product_list_price_history,
  _hook__product_list_price_history,
  product_list_price_history__product_id,
  product_list_price_history__start_date,
  product_list_price_history__end_date,
  product_list_price_history__list_price,
  product_list_price_history__modified_date,
  product_list_price_history__record_loaded_at,
  product_list_price_history__record_updated_at,
  product_list_price_history__record_valid_from,
  product_list_price_history__record_valid_to,
  product_list_price_history__record_version,
  product_list_price_history__record_is_current,
  product_list_price_history__record_hash
FROM dab.frame__adventure_works__product_list_price_histories
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_list_price_history,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_list_price_history,
  CAST(NULL AS INTEGER) AS product_list_price_history__product_id,
  CAST(NULL AS TIMESTAMP) AS product_list_price_history__start_date,
  CAST(NULL AS TIMESTAMP) AS product_list_price_history__end_date,
  CAST(NULL AS DECIMAL(19,4)) AS product_list_price_history__list_price,
  CAST(NULL AS TIMESTAMP) AS product_list_price_history__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_list_price_history__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_list_price_history__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_list_price_history__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_list_price_history__record_valid_to,
  CAST(NULL AS BIGINT) AS product_list_price_history__record_version,
  CAST(NULL AS BOOLEAN) AS product_list_price_history__record_is_current,
  CAST(NULL AS VARCHAR) AS product_list_price_history__record_hash
-- end of model
-- model das raw__adventure_works__product_model_illustrations RAW VIEW
SELECT
  CAST("product_model_id" AS INTEGER) AS "product_model_id",
  CAST("illustration_id" AS INTEGER) AS "illustration_id",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_model_illustrations
-- end of model
-- model dab frame__adventure_works__product_model_illustrations FRAME TABLE
WITH landed AS (
  SELECT
    'product_model__adventure_works|' || CAST("product_model_id" AS VARCHAR) AS _hook__product_model,
    'illustration__adventure_works|' || CAST("illustration_id" AS VARCHAR) AS _hook__illustration,
    ('product_model__adventure_works|' || CAST("product_model_id" AS VARCHAR)) || '~' || ('illustration__adventure_works|' || CAST("illustration_id" AS VARCHAR)) AS _hook__product_model_illustration,
    "product_model_id" AS product_model_illustration__product_model_id,
    "illustration_id" AS product_model_illustration__illustration_id,
    "modified_date" AS product_model_illustration__modified_date,
    "_loaded_at" AS product_model_illustration__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_model_id" AS VARCHAR)) || ':' || CAST("product_model_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("illustration_id" AS VARCHAR)) || ':' || CAST("illustration_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_model_illustration__record_hash
  FROM das.raw__adventure_works__product_model_illustrations
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_model_illustration__product_model_id, product_model_illustration__illustration_id, product_model_illustration__record_loaded_at ORDER BY product_model_illustration__record_hash) AS __duplicate
    FROM landed
    WHERE product_model_illustration__product_model_id IS NOT NULL AND product_model_illustration__illustration_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_model_illustration__record_hash) OVER (PARTITION BY product_model_illustration__product_model_id, product_model_illustration__illustration_id ORDER BY product_model_illustration__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_model_illustration__product_model_id, product_model_illustration__illustration_id ORDER BY product_model_illustration__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_model_illustration__product_model_id, product_model_illustration__illustration_id ORDER BY product_model_illustration__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_model_illustration__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_model_illustration || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_model_illustration || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_model_illustration,
  CASE WHEN (_hook__product_model) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_model) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_model,
  CASE WHEN (_hook__illustration) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__illustration) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__illustration,
  CASE WHEN (_hook__product_model_illustration) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_model_illustration) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_model_illustration,
  product_model_illustration__product_model_id,
  product_model_illustration__illustration_id,
  product_model_illustration__modified_date,
  product_model_illustration__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_model_illustration__record_updated_at,
  __valid_from AS product_model_illustration__record_valid_from,
  __valid_to AS product_model_illustration__record_valid_to,
  __version AS product_model_illustration__record_version,
  __next_loaded_at IS NULL AS product_model_illustration__record_is_current,
  product_model_illustration__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_model_illustrations PERIPHERAL VIEW
SELECT
  _pit_hook__product_model_illustration,
  _hook__product_model_illustration,
  product_model_illustration__product_model_id,
  product_model_illustration__illustration_id,
  product_model_illustration__modified_date,
  product_model_illustration__record_loaded_at,
  product_model_illustration__record_updated_at,
  product_model_illustration__record_valid_from,
  product_model_illustration__record_valid_to,
  product_model_illustration__record_version,
  product_model_illustration__record_is_current,
  product_model_illustration__record_hash
FROM dab.frame__adventure_works__product_model_illustrations
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_model_illustration,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_model_illustration,
  CAST(NULL AS INTEGER) AS product_model_illustration__product_model_id,
  CAST(NULL AS INTEGER) AS product_model_illustration__illustration_id,
  CAST(NULL AS TIMESTAMP) AS product_model_illustration__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_model_illustration__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_model_illustration__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_model_illustration__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_model_illustration__record_valid_to,
  CAST(NULL AS BIGINT) AS product_model_illustration__record_version,
  CAST(NULL AS BOOLEAN) AS product_model_illustration__record_is_current,
  CAST(NULL AS VARCHAR) AS product_model_illustration__record_hash
-- end of model
-- model das raw__adventure_works__product_model_product_description_cultures RAW VIEW
SELECT
  CAST("product_model_id" AS INTEGER) AS "product_model_id",
  CAST("product_description_id" AS INTEGER) AS "product_description_id",
  CAST("culture_id" AS VARCHAR) AS "culture_id",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_model_product_description_cultures
-- end of model
-- model dab frame__adventure_works__product_model_product_description_cultures FRAME TABLE
WITH landed AS (
  SELECT
    'product_model__adventure_works|' || CAST("product_model_id" AS VARCHAR) AS _hook__product_model,
    'product_description__adventure_works|' || CAST("product_description_id" AS VARCHAR) AS _hook__product_description,
    'culture__adventure_works|' || CAST("culture_id" AS VARCHAR) AS _hook__culture,
    ('product_model__adventure_works|' || CAST("product_model_id" AS VARCHAR)) || '~' || ('product_description__adventure_works|' || CAST("product_description_id" AS VARCHAR)) || '~' || ('culture__adventure_works|' || CAST("culture_id" AS VARCHAR)) AS _hook__product_model_product_description_culture,
    "product_model_id" AS product_model_product_description_culture__product_model_id,
    "product_description_id" AS product_model_product_description_culture__product_description_id,
    "culture_id" AS product_model_product_description_culture__culture_id,
    "modified_date" AS product_model_product_description_culture__modified_date,
    "_loaded_at" AS product_model_product_description_culture__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_model_id" AS VARCHAR)) || ':' || CAST("product_model_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_description_id" AS VARCHAR)) || ':' || CAST("product_description_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("culture_id" AS VARCHAR)) || ':' || CAST("culture_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_model_product_description_culture__record_hash
  FROM das.raw__adventure_works__product_model_product_description_cultures
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_model_product_description_culture__product_model_id, product_model_product_description_culture__product_description_id, product_model_product_description_culture__culture_id, product_model_product_description_culture__record_loaded_at ORDER BY product_model_product_description_culture__record_hash) AS __duplicate
    FROM landed
    WHERE product_model_product_description_culture__product_model_id IS NOT NULL AND product_model_product_description_culture__product_description_id IS NOT NULL AND product_model_product_description_culture__culture_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_model_product_description_culture__record_hash) OVER (PARTITION BY product_model_product_description_culture__product_model_id, product_model_product_description_culture__product_description_id, product_model_product_description_culture__culture_id ORDER BY product_model_product_description_culture__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_model_product_description_culture__product_model_id, product_model_product_description_culture__product_description_id, product_model_product_description_culture__culture_id ORDER BY product_model_product_description_culture__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_model_product_description_culture__product_model_id, product_model_product_description_culture__product_description_id, product_model_product_description_culture__culture_id ORDER BY product_model_product_description_culture__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_model_product_description_culture__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_model_product_description_culture || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_model_product_description_culture || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_model_product_description_culture,
  CASE WHEN (_hook__product_model) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_model) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_model,
  CASE WHEN (_hook__product_description) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_description) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_description,
  CASE WHEN (_hook__culture) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__culture) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__culture,
  CASE WHEN (_hook__product_model_product_description_culture) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_model_product_description_culture) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_model_product_description_culture,
  product_model_product_description_culture__product_model_id,
  product_model_product_description_culture__product_description_id,
  product_model_product_description_culture__culture_id,
  product_model_product_description_culture__modified_date,
  product_model_product_description_culture__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_model_product_description_culture__record_updated_at,
  __valid_from AS product_model_product_description_culture__record_valid_from,
  __valid_to AS product_model_product_description_culture__record_valid_to,
  __version AS product_model_product_description_culture__record_version,
  __next_loaded_at IS NULL AS product_model_product_description_culture__record_is_current,
  product_model_product_description_culture__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_model_product_description_cultures PERIPHERAL VIEW
SELECT
  _pit_hook__product_model_product_description_culture,
  _hook__product_model_product_description_culture,
  product_model_product_description_culture__product_model_id,
  product_model_product_description_culture__product_description_id,
  product_model_product_description_culture__culture_id,
  product_model_product_description_culture__modified_date,
  product_model_product_description_culture__record_loaded_at,
  product_model_product_description_culture__record_updated_at,
  product_model_product_description_culture__record_valid_from,
  product_model_product_description_culture__record_valid_to,
  product_model_product_description_culture__record_version,
  product_model_product_description_culture__record_is_current,
  product_model_product_description_culture__record_hash
FROM dab.frame__adventure_works__product_model_product_description_cultures
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_model_product_description_culture,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_model_product_description_culture,
  CAST(NULL AS INTEGER) AS product_model_product_description_culture__product_model_id,
  CAST(NULL AS INTEGER) AS product_model_product_description_culture__product_description_id,
  CAST('N/A' AS VARCHAR) AS product_model_product_description_culture__culture_id,
  CAST(NULL AS TIMESTAMP) AS product_model_product_description_culture__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_model_product_description_culture__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_model_product_description_culture__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_model_product_description_culture__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_model_product_description_culture__record_valid_to,
  CAST(NULL AS BIGINT) AS product_model_product_description_culture__record_version,
  CAST(NULL AS BOOLEAN) AS product_model_product_description_culture__record_is_current,
  CAST(NULL AS VARCHAR) AS product_model_product_description_culture__record_hash
-- end of model
-- model das raw__adventure_works__product_models RAW VIEW
SELECT
  CAST("product_model_id" AS INTEGER) AS "product_model_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("catalog_description" AS VARCHAR) AS "catalog_description",
  CAST("instructions" AS VARCHAR) AS "instructions",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_models
-- end of model
-- model dab frame__adventure_works__product_models FRAME TABLE
WITH landed AS (
  SELECT
    'product_model__adventure_works|' || CAST("product_model_id" AS VARCHAR) AS _hook__product_model,
    "product_model_id" AS product_model__product_model_id,
    "name" AS product_model__name,
    "catalog_description" AS product_model__catalog_description,
    "instructions" AS product_model__instructions,
    "rowguid" AS product_model__rowguid,
    "modified_date" AS product_model__modified_date,
    "_loaded_at" AS product_model__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_model_id" AS VARCHAR)) || ':' || CAST("product_model_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("catalog_description" AS VARCHAR)) || ':' || CAST("catalog_description" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("instructions" AS VARCHAR)) || ':' || CAST("instructions" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_model__record_hash
  FROM das.raw__adventure_works__product_models
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_model__product_model_id, product_model__record_loaded_at ORDER BY product_model__record_hash) AS __duplicate
    FROM landed
    WHERE product_model__product_model_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_model__record_hash) OVER (PARTITION BY product_model__product_model_id ORDER BY product_model__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_model__product_model_id ORDER BY product_model__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_model__product_model_id ORDER BY product_model__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_model__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_model || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_model || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_model,
  CASE WHEN (_hook__product_model) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_model) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_model,
  product_model__product_model_id,
  product_model__name,
  product_model__catalog_description,
  product_model__instructions,
  product_model__rowguid,
  product_model__modified_date,
  product_model__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_model__record_updated_at,
  __valid_from AS product_model__record_valid_from,
  __valid_to AS product_model__record_valid_to,
  __version AS product_model__record_version,
  __next_loaded_at IS NULL AS product_model__record_is_current,
  product_model__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_models PERIPHERAL VIEW
SELECT
  _pit_hook__product_model,
  _hook__product_model,
  product_model__product_model_id,
  product_model__name,
  product_model__catalog_description,
  product_model__instructions,
  product_model__rowguid,
  product_model__modified_date,
  product_model__record_loaded_at,
  product_model__record_updated_at,
  product_model__record_valid_from,
  product_model__record_valid_to,
  product_model__record_version,
  product_model__record_is_current,
  product_model__record_hash
FROM dab.frame__adventure_works__product_models
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_model,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_model,
  CAST(NULL AS INTEGER) AS product_model__product_model_id,
  CAST('N/A' AS VARCHAR) AS product_model__name,
  CAST('N/A' AS VARCHAR) AS product_model__catalog_description,
  CAST('N/A' AS VARCHAR) AS product_model__instructions,
  CAST('N/A' AS VARCHAR) AS product_model__rowguid,
  CAST(NULL AS TIMESTAMP) AS product_model__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_model__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_model__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_model__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_model__record_valid_to,
  CAST(NULL AS BIGINT) AS product_model__record_version,
  CAST(NULL AS BOOLEAN) AS product_model__record_is_current,
  CAST(NULL AS VARCHAR) AS product_model__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__product_models BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_model AS __pit,
    _hook__product_model,
    product_model__record_valid_from AS __valid_from,
    product_model__record_valid_to AS __valid_to,
    product_model__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_models
  WHERE _pit_hook__product_model IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__product_model,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__product_models' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_models', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_models', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_model,
  _hook__product_model,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__product_model_illustrations BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_model_illustration AS __pit,
    _hook__product_model,
    _hook__illustration,
    _hook__product_model_illustration,
    product_model_illustration__record_valid_from AS __valid_from,
    product_model_illustration__record_valid_to AS __valid_to,
    product_model_illustration__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_model_illustrations
  WHERE _pit_hook__product_model_illustration IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_models AS parent_1
    ON parent_1._hook__product_model = child._hook__product_model AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_models AS parent_1
    ON parent_1._hook__product_model = child._hook__product_model AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__illustrations AS parent_2
    ON parent_2._hook__illustration = child._hook__illustration AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__illustrations AS parent_2
    ON parent_2._hook__illustration = child._hook__illustration AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product_model AS _pit_hook__product_model,
    parent_2._pit_hook__illustration AS _pit_hook__illustration,
    child._hook__product_model,
    child._hook__illustration,
    child._hook__product_model_illustration,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__product_models AS parent_1
    ON parent_1._hook__product_model = child._hook__product_model AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__illustrations AS parent_2
    ON parent_2._hook__illustration = child._hook__illustration AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__product_model_illustrations' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_model_illustrations', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__illustration AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_model_illustrations', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__illustration AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_model_illustration,
  _pit_hook__product_model,
  _pit_hook__illustration,
  _hook__product_model,
  _hook__illustration,
  _hook__product_model_illustration,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__product_model_product_description_cultures BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_model_product_description_culture AS __pit,
    _hook__product_model,
    _hook__product_description,
    _hook__culture,
    _hook__product_model_product_description_culture,
    product_model_product_description_culture__record_valid_from AS __valid_from,
    product_model_product_description_culture__record_valid_to AS __valid_to,
    product_model_product_description_culture__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_model_product_description_cultures
  WHERE _pit_hook__product_model_product_description_culture IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_models AS parent_1
    ON parent_1._hook__product_model = child._hook__product_model AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_models AS parent_1
    ON parent_1._hook__product_model = child._hook__product_model AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_descriptions AS parent_2
    ON parent_2._hook__product_description = child._hook__product_description AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_descriptions AS parent_2
    ON parent_2._hook__product_description = child._hook__product_description AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__cultures AS parent_3
    ON parent_3._hook__culture = child._hook__culture AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__cultures AS parent_3
    ON parent_3._hook__culture = child._hook__culture AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product_model AS _pit_hook__product_model,
    parent_2._pit_hook__product_description AS _pit_hook__product_description,
    parent_3._pit_hook__culture AS _pit_hook__culture,
    child._hook__product_model,
    child._hook__product_description,
    child._hook__culture,
    child._hook__product_model_product_description_culture,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__product_models AS parent_1
    ON parent_1._hook__product_model = child._hook__product_model AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__product_descriptions AS parent_2
    ON parent_2._hook__product_description = child._hook__product_description AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__cultures AS parent_3
    ON parent_3._hook__culture = child._hook__culture AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__product_model_product_description_cultures' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_model_product_description_cultures', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__product_description AS VARCHAR), CAST(_pit_hook__culture AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_model_product_description_cultures', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__product_description AS VARCHAR), CAST(_pit_hook__culture AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_model_product_description_culture,
  _pit_hook__product_model,
  _pit_hook__product_description,
  _pit_hook__culture,
  _hook__product_model,
  _hook__product_description,
  _hook__culture,
  _hook__product_model_product_description_culture,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__product_model_illustrations EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_model_illustration__product_model_id AS "product_model_id",
    product_model_illustration__illustration_id AS "illustration_id",
    product_model_illustration__modified_date AS "modified_date",
    product_model_illustration__record_loaded_at AS "_loaded_at",
    _pit_hook__product_model_illustration AS __pit
  FROM dab.frame__adventure_works__product_model_illustrations
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_model_illustration,
  bridge._pit_hook__product_model,
  bridge._pit_hook__illustration,
  bridge._hook__product_model,
  bridge._hook__illustration,
  bridge._hook__product_model_illustration,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_model_illustrations AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_model_illustration
-- end of model
-- model dar__staging event__adventure_works__product_model_product_description_cultures EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_model_product_description_culture__product_model_id AS "product_model_id",
    product_model_product_description_culture__product_description_id AS "product_description_id",
    product_model_product_description_culture__culture_id AS "culture_id",
    product_model_product_description_culture__modified_date AS "modified_date",
    product_model_product_description_culture__record_loaded_at AS "_loaded_at",
    _pit_hook__product_model_product_description_culture AS __pit
  FROM dab.frame__adventure_works__product_model_product_description_cultures
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_model_product_description_culture,
  bridge._pit_hook__product_model,
  bridge._pit_hook__product_description,
  bridge._pit_hook__culture,
  bridge._hook__product_model,
  bridge._hook__product_description,
  bridge._hook__culture,
  bridge._hook__product_model_product_description_culture,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_model_product_description_cultures AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_model_product_description_culture
-- end of model
-- model dar__staging event__adventure_works__product_models EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_model__product_model_id AS "product_model_id",
    product_model__name AS "name",
    product_model__catalog_description AS "catalog_description",
    product_model__instructions AS "instructions",
    product_model__rowguid AS "rowguid",
    product_model__modified_date AS "modified_date",
    product_model__record_loaded_at AS "_loaded_at",
    _pit_hook__product_model AS __pit
  FROM dab.frame__adventure_works__product_models
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_model,
  bridge._hook__product_model,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_models AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_model
-- end of model
-- model das raw__adventure_works__product_photos RAW VIEW
SELECT
  CAST("product_photo_id" AS INTEGER) AS "product_photo_id",
  CAST("thumb_nail_photo" AS BLOB) AS "thumb_nail_photo",
  CAST("thumbnail_photo_file_name" AS VARCHAR) AS "thumbnail_photo_file_name",
  CAST("large_photo" AS BLOB) AS "large_photo",
  CAST("large_photo_file_name" AS VARCHAR) AS "large_photo_file_name",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_photos
-- end of model
-- model dab frame__adventure_works__product_photos FRAME TABLE
WITH landed AS (
  SELECT
    'product_photo__adventure_works|' || CAST("product_photo_id" AS VARCHAR) AS _hook__product_photo,
    "product_photo_id" AS product_photo__product_photo_id,
    "thumb_nail_photo" AS product_photo__thumb_nail_photo,
    "thumbnail_photo_file_name" AS product_photo__thumbnail_photo_file_name,
    "large_photo" AS product_photo__large_photo,
    "large_photo_file_name" AS product_photo__large_photo_file_name,
    "modified_date" AS product_photo__modified_date,
    "_loaded_at" AS product_photo__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_photo_id" AS VARCHAR)) || ':' || CAST("product_photo_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("thumb_nail_photo" AS VARCHAR)) || ':' || CAST("thumb_nail_photo" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("thumbnail_photo_file_name" AS VARCHAR)) || ':' || CAST("thumbnail_photo_file_name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("large_photo" AS VARCHAR)) || ':' || CAST("large_photo" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("large_photo_file_name" AS VARCHAR)) || ':' || CAST("large_photo_file_name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_photo__record_hash
  FROM das.raw__adventure_works__product_photos
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_photo__product_photo_id, product_photo__record_loaded_at ORDER BY product_photo__record_hash) AS __duplicate
    FROM landed
    WHERE product_photo__product_photo_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_photo__record_hash) OVER (PARTITION BY product_photo__product_photo_id ORDER BY product_photo__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_photo__product_photo_id ORDER BY product_photo__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_photo__product_photo_id ORDER BY product_photo__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_photo__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_photo || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_photo || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_photo,
  CASE WHEN (_hook__product_photo) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_photo) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_photo,
  product_photo__product_photo_id,
  product_photo__thumb_nail_photo,
  product_photo__thumbnail_photo_file_name,
  product_photo__large_photo,
  product_photo__large_photo_file_name,
  product_photo__modified_date,
  product_photo__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_photo__record_updated_at,
  __valid_from AS product_photo__record_valid_from,
  __valid_to AS product_photo__record_valid_to,
  __version AS product_photo__record_version,
  __next_loaded_at IS NULL AS product_photo__record_is_current,
  product_photo__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_photos PERIPHERAL VIEW
SELECT
  _pit_hook__product_photo,
  _hook__product_photo,
  product_photo__product_photo_id,
  product_photo__thumb_nail_photo,
  product_photo__thumbnail_photo_file_name,
  product_photo__large_photo,
  product_photo__large_photo_file_name,
  product_photo__modified_date,
  product_photo__record_loaded_at,
  product_photo__record_updated_at,
  product_photo__record_valid_from,
  product_photo__record_valid_to,
  product_photo__record_version,
  product_photo__record_is_current,
  product_photo__record_hash
FROM dab.frame__adventure_works__product_photos
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_photo,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_photo,
  CAST(NULL AS INTEGER) AS product_photo__product_photo_id,
  CAST(NULL AS BLOB) AS product_photo__thumb_nail_photo,
  CAST('N/A' AS VARCHAR) AS product_photo__thumbnail_photo_file_name,
  CAST(NULL AS BLOB) AS product_photo__large_photo,
  CAST('N/A' AS VARCHAR) AS product_photo__large_photo_file_name,
  CAST(NULL AS TIMESTAMP) AS product_photo__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_photo__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_photo__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_photo__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_photo__record_valid_to,
  CAST(NULL AS BIGINT) AS product_photo__record_version,
  CAST(NULL AS BOOLEAN) AS product_photo__record_is_current,
  CAST(NULL AS VARCHAR) AS product_photo__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__product_photos BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_photo AS __pit,
    _hook__product_photo,
    product_photo__record_valid_from AS __valid_from,
    product_photo__record_valid_to AS __valid_to,
    product_photo__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_photos
  WHERE _pit_hook__product_photo IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__product_photo,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__product_photos' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_photos', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_photos', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_photo,
  _hook__product_photo,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__product_photos EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_photo__product_photo_id AS "product_photo_id",
    product_photo__thumb_nail_photo AS "thumb_nail_photo",
    product_photo__thumbnail_photo_file_name AS "thumbnail_photo_file_name",
    product_photo__large_photo AS "large_photo",
    product_photo__large_photo_file_name AS "large_photo_file_name",
    product_photo__modified_date AS "modified_date",
    product_photo__record_loaded_at AS "_loaded_at",
    _pit_hook__product_photo AS __pit
  FROM dab.frame__adventure_works__product_photos
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_photo,
  bridge._hook__product_photo,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_photos AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_photo
-- end of model
-- model das raw__adventure_works__product_product_photos RAW VIEW
SELECT
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("product_photo_id" AS INTEGER) AS "product_photo_id",
  CAST("primary" AS BOOLEAN) AS "primary",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_product_photos
-- end of model
-- model dab frame__adventure_works__product_product_photos FRAME TABLE
WITH landed AS (
  SELECT
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    'product_photo__adventure_works|' || CAST("product_photo_id" AS VARCHAR) AS _hook__product_photo,
    ('product__adventure_works|' || CAST("product_id" AS VARCHAR)) || '~' || ('product_photo__adventure_works|' || CAST("product_photo_id" AS VARCHAR)) AS _hook__product_product_photo,
    "product_id" AS product_product_photo__product_id,
    "product_photo_id" AS product_product_photo__product_photo_id,
    "primary" AS product_product_photo__primary,
    "modified_date" AS product_product_photo__modified_date,
    "_loaded_at" AS product_product_photo__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_photo_id" AS VARCHAR)) || ':' || CAST("product_photo_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("primary" AS VARCHAR)) || ':' || CAST("primary" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_product_photo__record_hash
  FROM das.raw__adventure_works__product_product_photos
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_product_photo__product_id, product_product_photo__product_photo_id, product_product_photo__record_loaded_at ORDER BY product_product_photo__record_hash) AS __duplicate
    FROM landed
    WHERE product_product_photo__product_id IS NOT NULL AND product_product_photo__product_photo_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_product_photo__record_hash) OVER (PARTITION BY product_product_photo__product_id, product_product_photo__product_photo_id ORDER BY product_product_photo__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_product_photo__product_id, product_product_photo__product_photo_id ORDER BY product_product_photo__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_product_photo__product_id, product_product_photo__product_photo_id ORDER BY product_product_photo__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_product_photo__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_product_photo || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_product_photo || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_product_photo,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__product_photo) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_photo) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_photo,
  CASE WHEN (_hook__product_product_photo) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_product_photo) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_product_photo,
  product_product_photo__product_id,
  product_product_photo__product_photo_id,
  product_product_photo__primary,
  product_product_photo__modified_date,
  product_product_photo__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_product_photo__record_updated_at,
  __valid_from AS product_product_photo__record_valid_from,
  __valid_to AS product_product_photo__record_valid_to,
  __version AS product_product_photo__record_version,
  __next_loaded_at IS NULL AS product_product_photo__record_is_current,
  product_product_photo__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_product_photos PERIPHERAL VIEW
SELECT
  _pit_hook__product_product_photo,
  _hook__product_product_photo,
  product_product_photo__product_id,
  product_product_photo__product_photo_id,
  product_product_photo__primary,
  product_product_photo__modified_date,
  product_product_photo__record_loaded_at,
  product_product_photo__record_updated_at,
  product_product_photo__record_valid_from,
  product_product_photo__record_valid_to,
  product_product_photo__record_version,
  product_product_photo__record_is_current,
  product_product_photo__record_hash
FROM dab.frame__adventure_works__product_product_photos
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_product_photo,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_product_photo,
  CAST(NULL AS INTEGER) AS product_product_photo__product_id,
  CAST(NULL AS INTEGER) AS product_product_photo__product_photo_id,
  CAST(NULL AS BOOLEAN) AS product_product_photo__primary,
  CAST(NULL AS TIMESTAMP) AS product_product_photo__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_product_photo__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_product_photo__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_product_photo__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_product_photo__record_valid_to,
  CAST(NULL AS BIGINT) AS product_product_photo__record_version,
  CAST(NULL AS BOOLEAN) AS product_product_photo__record_is_current,
  CAST(NULL AS VARCHAR) AS product_product_photo__record_hash
-- end of model
-- model das raw__adventure_works__product_reviews RAW VIEW
SELECT
  CAST("product_review_id" AS INTEGER) AS "product_review_id",
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("reviewer_name" AS VARCHAR) AS "reviewer_name",
  CAST("review_date" AS TIMESTAMP) AS "review_date",
  CAST("email_address" AS VARCHAR) AS "email_address",
  CAST("rating" AS INTEGER) AS "rating",
  CAST("comments" AS VARCHAR) AS "comments",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_reviews
-- end of model
-- model dab frame__adventure_works__product_reviews FRAME TABLE
WITH landed AS (
  SELECT
    'product_review__adventure_works|' || CAST("product_review_id" AS VARCHAR) AS _hook__product_review,
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    "product_review_id" AS product_review__product_review_id,
    "product_id" AS product_review__product_id,
    "reviewer_name" AS product_review__reviewer_name,
    "review_date" AS product_review__review_date,
    "email_address" AS product_review__email_address,
    "rating" AS product_review__rating,
    "comments" AS product_review__comments,
    "modified_date" AS product_review__modified_date,
    "_loaded_at" AS product_review__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_review_id" AS VARCHAR)) || ':' || CAST("product_review_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("reviewer_name" AS VARCHAR)) || ':' || CAST("reviewer_name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("review_date" AS VARCHAR)) || ':' || CAST("review_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("email_address" AS VARCHAR)) || ':' || CAST("email_address" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rating" AS VARCHAR)) || ':' || CAST("rating" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("comments" AS VARCHAR)) || ':' || CAST("comments" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_review__record_hash
  FROM das.raw__adventure_works__product_reviews
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_review__product_review_id, product_review__record_loaded_at ORDER BY product_review__record_hash) AS __duplicate
    FROM landed
    WHERE product_review__product_review_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_review__record_hash) OVER (PARTITION BY product_review__product_review_id ORDER BY product_review__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_review__product_review_id ORDER BY product_review__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_review__product_review_id ORDER BY product_review__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_review__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_review || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_review || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_review,
  CASE WHEN (_hook__product_review) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_review) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_review,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  product_review__product_review_id,
  product_review__product_id,
  product_review__reviewer_name,
  product_review__review_date,
  product_review__email_address,
  product_review__rating,
  product_review__comments,
  product_review__modified_date,
  product_review__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_review__record_updated_at,
  __valid_from AS product_review__record_valid_from,
  __valid_to AS product_review__record_valid_to,
  __version AS product_review__record_version,
  __next_loaded_at IS NULL AS product_review__record_is_current,
  product_review__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_reviews PERIPHERAL VIEW
SELECT
  _pit_hook__product_review,
  _hook__product_review,
  product_review__product_review_id,
  product_review__product_id,
  product_review__reviewer_name,
  product_review__review_date,
  product_review__email_address,
  product_review__rating,
  product_review__comments,
  product_review__modified_date,
  product_review__record_loaded_at,
  product_review__record_updated_at,
  product_review__record_valid_from,
  product_review__record_valid_to,
  product_review__record_version,
  product_review__record_is_current,
  product_review__record_hash
FROM dab.frame__adventure_works__product_reviews
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_review,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_review,
  CAST(NULL AS INTEGER) AS product_review__product_review_id,
  CAST(NULL AS INTEGER) AS product_review__product_id,
  CAST('N/A' AS VARCHAR) AS product_review__reviewer_name,
  CAST(NULL AS TIMESTAMP) AS product_review__review_date,
  CAST('N/A' AS VARCHAR) AS product_review__email_address,
  CAST(NULL AS INTEGER) AS product_review__rating,
  CAST('N/A' AS VARCHAR) AS product_review__comments,
  CAST(NULL AS TIMESTAMP) AS product_review__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_review__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_review__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_review__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_review__record_valid_to,
  CAST(NULL AS BIGINT) AS product_review__record_version,
  CAST(NULL AS BOOLEAN) AS product_review__record_is_current,
  CAST(NULL AS VARCHAR) AS product_review__record_hash
-- end of model
-- model das raw__adventure_works__product_subcategories RAW VIEW
SELECT
  CAST("product_subcategory_id" AS INTEGER) AS "product_subcategory_id",
  CAST("product_category_id" AS INTEGER) AS "product_category_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_subcategories
-- end of model
-- model dab frame__adventure_works__product_subcategories FRAME TABLE
WITH landed AS (
  SELECT
    'product_subcategory__adventure_works|' || CAST("product_subcategory_id" AS VARCHAR) AS _hook__product_subcategory,
    'product_category__adventure_works|' || CAST("product_category_id" AS VARCHAR) AS _hook__product_category,
    "product_subcategory_id" AS product_subcategory__product_subcategory_id,
    "product_category_id" AS product_subcategory__product_category_id,
    "name" AS product_subcategory__name,
    "rowguid" AS product_subcategory__rowguid,
    "modified_date" AS product_subcategory__modified_date,
    "_loaded_at" AS product_subcategory__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_subcategory_id" AS VARCHAR)) || ':' || CAST("product_subcategory_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_category_id" AS VARCHAR)) || ':' || CAST("product_category_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_subcategory__record_hash
  FROM das.raw__adventure_works__product_subcategories
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_subcategory__product_subcategory_id, product_subcategory__record_loaded_at ORDER BY product_subcategory__record_hash) AS __duplicate
    FROM landed
    WHERE product_subcategory__product_subcategory_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_subcategory__record_hash) OVER (PARTITION BY product_subcategory__product_subcategory_id ORDER BY product_subcategory__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_subcategory__product_subcategory_id ORDER BY product_subcategory__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_subcategory__product_subcategory_id ORDER BY product_subcategory__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_subcategory__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_subcategory || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_subcategory || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_subcategory,
  CASE WHEN (_hook__product_subcategory) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_subcategory) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_subcategory,
  CASE WHEN (_hook__product_category) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_category) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_category,
  product_subcategory__product_subcategory_id,
  product_subcategory__product_category_id,
  product_subcategory__name,
  product_subcategory__rowguid,
  product_subcategory__modified_date,
  product_subcategory__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_subcategory__record_updated_at,
  __valid_from AS product_subcategory__record_valid_from,
  __valid_to AS product_subcategory__record_valid_to,
  __version AS product_subcategory__record_version,
  __next_loaded_at IS NULL AS product_subcategory__record_is_current,
  product_subcategory__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_subcategories PERIPHERAL VIEW
SELECT
  _pit_hook__product_subcategory,
  _hook__product_subcategory,
  product_subcategory__product_subcategory_id,
  product_subcategory__product_category_id,
  product_subcategory__name,
  product_subcategory__rowguid,
  product_subcategory__modified_date,
  product_subcategory__record_loaded_at,
  product_subcategory__record_updated_at,
  product_subcategory__record_valid_from,
  product_subcategory__record_valid_to,
  product_subcategory__record_version,
  product_subcategory__record_is_current,
  product_subcategory__record_hash
FROM dab.frame__adventure_works__product_subcategories
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_subcategory,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_subcategory,
  CAST(NULL AS INTEGER) AS product_subcategory__product_subcategory_id,
  CAST(NULL AS INTEGER) AS product_subcategory__product_category_id,
  CAST('N/A' AS VARCHAR) AS product_subcategory__name,
  CAST('N/A' AS VARCHAR) AS product_subcategory__rowguid,
  CAST(NULL AS TIMESTAMP) AS product_subcategory__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_subcategory__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_subcategory__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_subcategory__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_subcategory__record_valid_to,
  CAST(NULL AS BIGINT) AS product_subcategory__record_version,
  CAST(NULL AS BOOLEAN) AS product_subcategory__record_is_current,
  CAST(NULL AS VARCHAR) AS product_subcategory__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__product_subcategories BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_subcategory AS __pit,
    _hook__product_subcategory,
    _hook__product_category,
    product_subcategory__record_valid_from AS __valid_from,
    product_subcategory__record_valid_to AS __valid_to,
    product_subcategory__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_subcategories
  WHERE _pit_hook__product_subcategory IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_categories AS parent_1
    ON parent_1._hook__product_category = child._hook__product_category AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_categories AS parent_1
    ON parent_1._hook__product_category = child._hook__product_category AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product_category AS _pit_hook__product_category,
    child._hook__product_subcategory,
    child._hook__product_category,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__product_categories AS parent_1
    ON parent_1._hook__product_category = child._hook__product_category AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__product_subcategories' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_subcategories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_subcategories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _hook__product_subcategory,
  _hook__product_category,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__product_subcategories EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_subcategory__product_subcategory_id AS "product_subcategory_id",
    product_subcategory__product_category_id AS "product_category_id",
    product_subcategory__name AS "name",
    product_subcategory__rowguid AS "rowguid",
    product_subcategory__modified_date AS "modified_date",
    product_subcategory__record_loaded_at AS "_loaded_at",
    _pit_hook__product_subcategory AS __pit
  FROM dab.frame__adventure_works__product_subcategories
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._hook__product_subcategory,
  bridge._hook__product_category,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_subcategories AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_subcategory
-- end of model
-- model das raw__adventure_works__product_vendors RAW VIEW
SELECT
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("average_lead_time" AS INTEGER) AS "average_lead_time",
  CAST("standard_price" AS DECIMAL(19,4)) AS "standard_price",
  CAST("last_receipt_cost" AS DECIMAL(19,4)) AS "last_receipt_cost",
  CAST("last_receipt_date" AS TIMESTAMP) AS "last_receipt_date",
  CAST("min_order_qty" AS INTEGER) AS "min_order_qty",
  CAST("max_order_qty" AS INTEGER) AS "max_order_qty",
  CAST("on_order_qty" AS INTEGER) AS "on_order_qty",
  CAST("unit_measure_code" AS VARCHAR) AS "unit_measure_code",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__product_vendors
-- end of model
-- model dab frame__adventure_works__product_vendors FRAME TABLE
WITH landed AS (
  SELECT
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    'vendor__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__vendor,
    'unit_measure__adventure_works|' || CAST("unit_measure_code" AS VARCHAR) AS _hook__unit_measure,
    ('product__adventure_works|' || CAST("product_id" AS VARCHAR)) || '~' || ('vendor__adventure_works|' || CAST("business_entity_id" AS VARCHAR)) AS _hook__product_vendor,
    "product_id" AS product_vendor__product_id,
    "business_entity_id" AS product_vendor__business_entity_id,
    "average_lead_time" AS product_vendor__average_lead_time,
    "standard_price" AS product_vendor__standard_price,
    "last_receipt_cost" AS product_vendor__last_receipt_cost,
    "last_receipt_date" AS product_vendor__last_receipt_date,
    "min_order_qty" AS product_vendor__min_order_qty,
    "max_order_qty" AS product_vendor__max_order_qty,
    "on_order_qty" AS product_vendor__on_order_qty,
    "unit_measure_code" AS product_vendor__unit_measure_code,
    "modified_date" AS product_vendor__modified_date,
    "_loaded_at" AS product_vendor__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("average_lead_time" AS VARCHAR)) || ':' || CAST("average_lead_time" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("standard_price" AS VARCHAR)) || ':' || CAST("standard_price" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("last_receipt_cost" AS VARCHAR)) || ':' || CAST("last_receipt_cost" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("last_receipt_date" AS VARCHAR)) || ':' || CAST("last_receipt_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("min_order_qty" AS VARCHAR)) || ':' || CAST("min_order_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("max_order_qty" AS VARCHAR)) || ':' || CAST("max_order_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("on_order_qty" AS VARCHAR)) || ':' || CAST("on_order_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("unit_measure_code" AS VARCHAR)) || ':' || CAST("unit_measure_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product_vendor__record_hash
  FROM das.raw__adventure_works__product_vendors
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product_vendor__product_id, product_vendor__business_entity_id, product_vendor__record_loaded_at ORDER BY product_vendor__record_hash) AS __duplicate
    FROM landed
    WHERE product_vendor__product_id IS NOT NULL AND product_vendor__business_entity_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product_vendor__record_hash) OVER (PARTITION BY product_vendor__product_id, product_vendor__business_entity_id ORDER BY product_vendor__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product_vendor__product_id, product_vendor__business_entity_id ORDER BY product_vendor__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product_vendor__product_id, product_vendor__business_entity_id ORDER BY product_vendor__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product_vendor__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product_vendor || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_vendor || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_vendor,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__vendor) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__vendor) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__vendor,
  CASE WHEN (_hook__unit_measure) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__unit_measure) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__unit_measure,
  CASE WHEN (_hook__product_vendor) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_vendor) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_vendor,
  product_vendor__product_id,
  product_vendor__business_entity_id,
  product_vendor__average_lead_time,
  product_vendor__standard_price,
  product_vendor__last_receipt_cost,
  product_vendor__last_receipt_date,
  product_vendor__min_order_qty,
  product_vendor__max_order_qty,
  product_vendor__on_order_qty,
  product_vendor__unit_measure_code,
  product_vendor__modified_date,
  product_vendor__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product_vendor__record_updated_at,
  __valid_from AS product_vendor__record_valid_from,
  __valid_to AS product_vendor__record_valid_to,
  __version AS product_vendor__record_version,
  __next_loaded_at IS NULL AS product_vendor__record_is_current,
  product_vendor__record_hash
FROM history
-- end of model
-- model dar adventure_works__product_vendors PERIPHERAL VIEW
SELECT
  _pit_hook__product_vendor,
  _hook__product_vendor,
  product_vendor__product_id,
  product_vendor__business_entity_id,
  product_vendor__average_lead_time,
  product_vendor__standard_price,
  product_vendor__last_receipt_cost,
  product_vendor__last_receipt_date,
  product_vendor__min_order_qty,
  product_vendor__max_order_qty,
  product_vendor__on_order_qty,
  product_vendor__unit_measure_code,
  product_vendor__modified_date,
  product_vendor__record_loaded_at,
  product_vendor__record_updated_at,
  product_vendor__record_valid_from,
  product_vendor__record_valid_to,
  product_vendor__record_version,
  product_vendor__record_is_current,
  product_vendor__record_hash
FROM dab.frame__adventure_works__product_vendors
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product_vendor,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_vendor,
  CAST(NULL AS INTEGER) AS product_vendor__product_id,
  CAST(NULL AS INTEGER) AS product_vendor__business_entity_id,
  CAST(NULL AS INTEGER) AS product_vendor__average_lead_time,
  CAST(NULL AS DECIMAL(19,4)) AS product_vendor__standard_price,
  CAST(NULL AS DECIMAL(19,4)) AS product_vendor__last_receipt_cost,
  CAST(NULL AS TIMESTAMP) AS product_vendor__last_receipt_date,
  CAST(NULL AS INTEGER) AS product_vendor__min_order_qty,
  CAST(NULL AS INTEGER) AS product_vendor__max_order_qty,
  CAST(NULL AS INTEGER) AS product_vendor__on_order_qty,
  CAST('N/A' AS VARCHAR) AS product_vendor__unit_measure_code,
  CAST(NULL AS TIMESTAMP) AS product_vendor__modified_date,
  CAST(NULL AS TIMESTAMP) AS product_vendor__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product_vendor__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product_vendor__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product_vendor__record_valid_to,
  CAST(NULL AS BIGINT) AS product_vendor__record_version,
  CAST(NULL AS BOOLEAN) AS product_vendor__record_is_current,
  CAST(NULL AS VARCHAR) AS product_vendor__record_hash
-- end of model
-- model das raw__adventure_works__products RAW VIEW
SELECT
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("product_number" AS VARCHAR) AS "product_number",
  CAST("make_flag" AS BOOLEAN) AS "make_flag",
  CAST("finished_goods_flag" AS BOOLEAN) AS "finished_goods_flag",
  CAST("color" AS VARCHAR) AS "color",
  CAST("safety_stock_level" AS SMALLINT) AS "safety_stock_level",
  CAST("reorder_point" AS SMALLINT) AS "reorder_point",
  CAST("standard_cost" AS DECIMAL(19,4)) AS "standard_cost",
  CAST("list_price" AS DECIMAL(19,4)) AS "list_price",
  CAST("size" AS VARCHAR) AS "size",
  CAST("size_unit_measure_code" AS VARCHAR) AS "size_unit_measure_code",
  CAST("weight_unit_measure_code" AS VARCHAR) AS "weight_unit_measure_code",
  CAST("weight" AS DECIMAL(8,2)) AS "weight",
  CAST("days_to_manufacture" AS INTEGER) AS "days_to_manufacture",
  CAST("product_line" AS VARCHAR) AS "product_line",
  CAST("class" AS VARCHAR) AS "class",
  CAST("style" AS VARCHAR) AS "style",
  CAST("product_subcategory_id" AS INTEGER) AS "product_subcategory_id",
  CAST("product_model_id" AS INTEGER) AS "product_model_id",
  CAST("sell_start_date" AS TIMESTAMP) AS "sell_start_date",
  CAST("sell_end_date" AS TIMESTAMP) AS "sell_end_date",
  CAST("discontinued_date" AS TIMESTAMP) AS "discontinued_date",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__products
-- end of model
-- model dab frame__adventure_works__products FRAME TABLE
WITH landed AS (
  SELECT
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    'product_subcategory__adventure_works|' || CAST("product_subcategory_id" AS VARCHAR) AS _hook__product_subcategory,
    'product_model__adventure_works|' || CAST("product_model_id" AS VARCHAR) AS _hook__product_model,
    'unit_measure__adventure_works|' || CAST("size_unit_measure_code" AS VARCHAR) AS _hook__unit_measure__size,
    'unit_measure__adventure_works|' || CAST("weight_unit_measure_code" AS VARCHAR) AS _hook__unit_measure__weight,
    "product_id" AS product__product_id,
    "name" AS product__name,
    "product_number" AS product__product_number,
    "make_flag" AS product__make_flag,
    "finished_goods_flag" AS product__finished_goods_flag,
    "color" AS product__color,
    "safety_stock_level" AS product__safety_stock_level,
    "reorder_point" AS product__reorder_point,
    "standard_cost" AS product__standard_cost,
    "list_price" AS product__list_price,
    "size" AS product__size,
    "size_unit_measure_code" AS product__size_unit_measure_code,
    "weight_unit_measure_code" AS product__weight_unit_measure_code,
    "weight" AS product__weight,
    "days_to_manufacture" AS product__days_to_manufacture,
    "product_line" AS product__product_line,
    "class" AS product__class,
    "style" AS product__style,
    "product_subcategory_id" AS product__product_subcategory_id,
    "product_model_id" AS product__product_model_id,
    "sell_start_date" AS product__sell_start_date,
    "sell_end_date" AS product__sell_end_date,
    "discontinued_date" AS product__discontinued_date,
    "rowguid" AS product__rowguid,
    "modified_date" AS product__modified_date,
    "_loaded_at" AS product__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_number" AS VARCHAR)) || ':' || CAST("product_number" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("make_flag" AS VARCHAR)) || ':' || CAST("make_flag" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("finished_goods_flag" AS VARCHAR)) || ':' || CAST("finished_goods_flag" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("color" AS VARCHAR)) || ':' || CAST("color" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("safety_stock_level" AS VARCHAR)) || ':' || CAST("safety_stock_level" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("reorder_point" AS VARCHAR)) || ':' || CAST("reorder_point" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("standard_cost" AS VARCHAR)) || ':' || CAST("standard_cost" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("list_price" AS VARCHAR)) || ':' || CAST("list_price" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("size" AS VARCHAR)) || ':' || CAST("size" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("size_unit_measure_code" AS VARCHAR)) || ':' || CAST("size_unit_measure_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("weight_unit_measure_code" AS VARCHAR)) || ':' || CAST("weight_unit_measure_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("weight" AS VARCHAR)) || ':' || CAST("weight" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("days_to_manufacture" AS VARCHAR)) || ':' || CAST("days_to_manufacture" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_line" AS VARCHAR)) || ':' || CAST("product_line" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("class" AS VARCHAR)) || ':' || CAST("class" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("style" AS VARCHAR)) || ':' || CAST("style" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_subcategory_id" AS VARCHAR)) || ':' || CAST("product_subcategory_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_model_id" AS VARCHAR)) || ':' || CAST("product_model_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sell_start_date" AS VARCHAR)) || ':' || CAST("sell_start_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sell_end_date" AS VARCHAR)) || ':' || CAST("sell_end_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("discontinued_date" AS VARCHAR)) || ':' || CAST("discontinued_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS product__record_hash
  FROM das.raw__adventure_works__products
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY product__product_id, product__record_loaded_at ORDER BY product__record_hash) AS __duplicate
    FROM landed
    WHERE product__product_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(product__record_hash) OVER (PARTITION BY product__product_id ORDER BY product__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY product__product_id ORDER BY product__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY product__product_id ORDER BY product__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> product__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__product || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__product_subcategory) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_subcategory) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_subcategory,
  CASE WHEN (_hook__product_model) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product_model) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product_model,
  CASE WHEN (_hook__unit_measure__size) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__unit_measure__size) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__unit_measure__size,
  CASE WHEN (_hook__unit_measure__weight) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__unit_measure__weight) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__unit_measure__weight,
  product__product_id,
  product__name,
  product__product_number,
  product__make_flag,
  product__finished_goods_flag,
  product__color,
  product__safety_stock_level,
  product__reorder_point,
  product__standard_cost,
  product__list_price,
  product__size,
  product__size_unit_measure_code,
  product__weight_unit_measure_code,
  product__weight,
  product__days_to_manufacture,
  product__product_line,
  product__class,
  product__style,
  product__product_subcategory_id,
  product__product_model_id,
  product__sell_start_date,
  product__sell_end_date,
  product__discontinued_date,
  product__rowguid,
  product__modified_date,
  product__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS product__record_updated_at,
  __valid_from AS product__record_valid_from,
  __valid_to AS product__record_valid_to,
  __version AS product__record_version,
  __next_loaded_at IS NULL AS product__record_is_current,
  product__record_hash
FROM history
-- end of model
-- model dar adventure_works__products PERIPHERAL VIEW
SELECT
  _pit_hook__product,
  _hook__product,
  product__product_id,
  product__name,
  product__product_number,
  product__make_flag,
  product__finished_goods_flag,
  product__color,
  product__safety_stock_level,
  product__reorder_point,
  product__standard_cost,
  product__list_price,
  product__size,
  product__size_unit_measure_code,
  product__weight_unit_measure_code,
  product__weight,
  product__days_to_manufacture,
  product__product_line,
  product__class,
  product__style,
  product__product_subcategory_id,
  product__product_model_id,
  product__sell_start_date,
  product__sell_end_date,
  product__discontinued_date,
  product__rowguid,
  product__modified_date,
  product__record_loaded_at,
  product__record_updated_at,
  product__record_valid_from,
  product__record_valid_to,
  product__record_version,
  product__record_is_current,
  product__record_hash
FROM dab.frame__adventure_works__products
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__product,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CAST(NULL AS INTEGER) AS product__product_id,
  CAST('N/A' AS VARCHAR) AS product__name,
  CAST('N/A' AS VARCHAR) AS product__product_number,
  CAST(NULL AS BOOLEAN) AS product__make_flag,
  CAST(NULL AS BOOLEAN) AS product__finished_goods_flag,
  CAST('N/A' AS VARCHAR) AS product__color,
  CAST(NULL AS SMALLINT) AS product__safety_stock_level,
  CAST(NULL AS SMALLINT) AS product__reorder_point,
  CAST(NULL AS DECIMAL(19,4)) AS product__standard_cost,
  CAST(NULL AS DECIMAL(19,4)) AS product__list_price,
  CAST('N/A' AS VARCHAR) AS product__size,
  CAST('N/A' AS VARCHAR) AS product__size_unit_measure_code,
  CAST('N/A' AS VARCHAR) AS product__weight_unit_measure_code,
  CAST(NULL AS DECIMAL(8,2)) AS product__weight,
  CAST(NULL AS INTEGER) AS product__days_to_manufacture,
  CAST('N/A' AS VARCHAR) AS product__product_line,
  CAST('N/A' AS VARCHAR) AS product__class,
  CAST('N/A' AS VARCHAR) AS product__style,
  CAST(NULL AS INTEGER) AS product__product_subcategory_id,
  CAST(NULL AS INTEGER) AS product__product_model_id,
  CAST(NULL AS TIMESTAMP) AS product__sell_start_date,
  CAST(NULL AS TIMESTAMP) AS product__sell_end_date,
  CAST(NULL AS TIMESTAMP) AS product__discontinued_date,
  CAST('N/A' AS VARCHAR) AS product__rowguid,
  CAST(NULL AS TIMESTAMP) AS product__modified_date,
  CAST(NULL AS TIMESTAMP) AS product__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS product__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS product__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS product__record_valid_to,
  CAST(NULL AS BIGINT) AS product__record_version,
  CAST(NULL AS BOOLEAN) AS product__record_is_current,
  CAST(NULL AS VARCHAR) AS product__record_hash
-- end of model
-- model das raw__adventure_works__purchase_order_details RAW VIEW
SELECT
  CAST("purchase_order_id" AS INTEGER) AS "purchase_order_id",
  CAST("purchase_order_detail_id" AS INTEGER) AS "purchase_order_detail_id",
  CAST("due_date" AS TIMESTAMP) AS "due_date",
  CAST("order_qty" AS SMALLINT) AS "order_qty",
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("unit_price" AS DECIMAL(19,4)) AS "unit_price",
  CAST("line_total" AS DECIMAL(19,4)) AS "line_total",
  CAST("received_qty" AS DECIMAL(8,2)) AS "received_qty",
  CAST("rejected_qty" AS DECIMAL(8,2)) AS "rejected_qty",
  CAST("stocked_qty" AS DECIMAL(9,2)) AS "stocked_qty",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__purchase_order_details
-- end of model
-- model dab frame__adventure_works__purchase_order_details FRAME TABLE
WITH landed AS (
  SELECT
    'order__purchase__adventure_works|' || CAST("purchase_order_id" AS VARCHAR) AS _hook__order__purchase,
    'order_line__purchase__adventure_works|' || CAST("purchase_order_detail_id" AS VARCHAR) AS _hook__order_line__purchase,
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    ('order__purchase__adventure_works|' || CAST("purchase_order_id" AS VARCHAR)) || '~' || ('order_line__purchase__adventure_works|' || CAST("purchase_order_detail_id" AS VARCHAR)) AS _hook__purchase_order_detail,
    "purchase_order_id" AS purchase_order_detail__purchase_order_id,
    "purchase_order_detail_id" AS purchase_order_detail__purchase_order_detail_id,
    "due_date" AS purchase_order_detail__due_date,
    "order_qty" AS purchase_order_detail__order_qty,
    "product_id" AS purchase_order_detail__product_id,
    "unit_price" AS purchase_order_detail__unit_price,
    "line_total" AS purchase_order_detail__line_total,
    "received_qty" AS purchase_order_detail__received_qty,
    "rejected_qty" AS purchase_order_detail__rejected_qty,
    "stocked_qty" AS purchase_order_detail__stocked_qty,
    "modified_date" AS purchase_order_detail__modified_date,
    "_loaded_at" AS purchase_order_detail__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("purchase_order_id" AS VARCHAR)) || ':' || CAST("purchase_order_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("purchase_order_detail_id" AS VARCHAR)) || ':' || CAST("purchase_order_detail_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("due_date" AS VARCHAR)) || ':' || CAST("due_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("order_qty" AS VARCHAR)) || ':' || CAST("order_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("unit_price" AS VARCHAR)) || ':' || CAST("unit_price" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("line_total" AS VARCHAR)) || ':' || CAST("line_total" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("received_qty" AS VARCHAR)) || ':' || CAST("received_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rejected_qty" AS VARCHAR)) || ':' || CAST("rejected_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("stocked_qty" AS VARCHAR)) || ':' || CAST("stocked_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS purchase_order_detail__record_hash
  FROM das.raw__adventure_works__purchase_order_details
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY purchase_order_detail__purchase_order_id, purchase_order_detail__purchase_order_detail_id, purchase_order_detail__record_loaded_at ORDER BY purchase_order_detail__record_hash) AS __duplicate
    FROM landed
    WHERE purchase_order_detail__purchase_order_id IS NOT NULL AND purchase_order_detail__purchase_order_detail_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(purchase_order_detail__record_hash) OVER (PARTITION BY purchase_order_detail__purchase_order_id, purchase_order_detail__purchase_order_detail_id ORDER BY purchase_order_detail__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY purchase_order_detail__purchase_order_id, purchase_order_detail__purchase_order_detail_id ORDER BY purchase_order_detail__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY purchase_order_detail__purchase_order_id, purchase_order_detail__purchase_order_detail_id ORDER BY purchase_order_detail__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> purchase_order_detail__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__purchase_order_detail || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__purchase_order_detail || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__purchase_order_detail,
  CASE WHEN (_hook__order__purchase) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__order__purchase) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__order__purchase,
  CASE WHEN (_hook__order_line__purchase) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__order_line__purchase) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__order_line__purchase,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__purchase_order_detail) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__purchase_order_detail) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__purchase_order_detail,
  purchase_order_detail__purchase_order_id,
  purchase_order_detail__purchase_order_detail_id,
  purchase_order_detail__due_date,
  purchase_order_detail__order_qty,
  purchase_order_detail__product_id,
  purchase_order_detail__unit_price,
  purchase_order_detail__line_total,
  purchase_order_detail__received_qty,
  purchase_order_detail__rejected_qty,
  purchase_order_detail__stocked_qty,
  purchase_order_detail__modified_date,
  purchase_order_detail__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS purchase_order_detail__record_updated_at,
  __valid_from AS purchase_order_detail__record_valid_from,
  __valid_to AS purchase_order_detail__record_valid_to,
  __version AS purchase_order_detail__record_version,
  __next_loaded_at IS NULL AS purchase_order_detail__record_is_current,
  purchase_order_detail__record_hash
FROM history
-- end of model
-- model dar adventure_works__purchase_order_details PERIPHERAL VIEW
SELECT
  _pit_hook__purchase_order_detail,
  _hook__purchase_order_detail,
  purchase_order_detail__purchase_order_id,
  purchase_order_detail__purchase_order_detail_id,
  purchase_order_detail__due_date,
  purchase_order_detail__order_qty,
  purchase_order_detail__product_id,
  purchase_order_detail__unit_price,
  purchase_order_detail__line_total,
  purchase_order_detail__received_qty,
  purchase_order_detail__rejected_qty,
  purchase_order_detail__stocked_qty,
  purchase_order_detail__modified_date,
  purchase_order_detail__record_loaded_at,
  purchase_order_detail__record_updated_at,
  purchase_order_detail__record_valid_from,
  purchase_order_detail__record_valid_to,
  purchase_order_detail__record_version,
  purchase_order_detail__record_is_current,
  purchase_order_detail__record_hash
FROM dab.frame__adventure_works__purchase_order_details
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__purchase_order_detail,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__purchase_order_detail,
  CAST(NULL AS INTEGER) AS purchase_order_detail__purchase_order_id,
  CAST(NULL AS INTEGER) AS purchase_order_detail__purchase_order_detail_id,
  CAST(NULL AS TIMESTAMP) AS purchase_order_detail__due_date,
  CAST(NULL AS SMALLINT) AS purchase_order_detail__order_qty,
  CAST(NULL AS INTEGER) AS purchase_order_detail__product_id,
  CAST(NULL AS DECIMAL(19,4)) AS purchase_order_detail__unit_price,
  CAST(NULL AS DECIMAL(19,4)) AS purchase_order_detail__line_total,
  CAST(NULL AS DECIMAL(8,2)) AS purchase_order_detail__received_qty,
  CAST(NULL AS DECIMAL(8,2)) AS purchase_order_detail__rejected_qty,
  CAST(NULL AS DECIMAL(9,2)) AS purchase_order_detail__stocked_qty,
  CAST(NULL AS TIMESTAMP) AS purchase_order_detail__modified_date,
  CAST(NULL AS TIMESTAMP) AS purchase_order_detail__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS purchase_order_detail__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS purchase_order_detail__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS purchase_order_detail__record_valid_to,
  CAST(NULL AS BIGINT) AS purchase_order_detail__record_version,
  CAST(NULL AS BOOLEAN) AS purchase_order_detail__record_is_current,
  CAST(NULL AS VARCHAR) AS purchase_order_detail__record_hash
-- end of model
-- model das raw__adventure_works__purchase_order_headers RAW VIEW
SELECT
  CAST("purchase_order_id" AS INTEGER) AS "purchase_order_id",
  CAST("revision_number" AS SMALLINT) AS "revision_number",
  CAST("status" AS SMALLINT) AS "status",
  CAST("employee_id" AS INTEGER) AS "employee_id",
  CAST("vendor_id" AS INTEGER) AS "vendor_id",
  CAST("ship_method_id" AS INTEGER) AS "ship_method_id",
  CAST("order_date" AS TIMESTAMP) AS "order_date",
  CAST("ship_date" AS TIMESTAMP) AS "ship_date",
  CAST("sub_total" AS DECIMAL(19,4)) AS "sub_total",
  CAST("tax_amt" AS DECIMAL(19,4)) AS "tax_amt",
  CAST("freight" AS DECIMAL(19,4)) AS "freight",
  CAST("total_due" AS DECIMAL(19,4)) AS "total_due",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__purchase_order_headers
-- end of model
-- model dab frame__adventure_works__purchase_order_headers FRAME TABLE
WITH landed AS (
  SELECT
    'order__purchase__adventure_works|' || CAST("purchase_order_id" AS VARCHAR) AS _hook__order__purchase,
    'person__employee__adventure_works|' || CAST("employee_id" AS VARCHAR) AS _hook__person__employee,
    'vendor__adventure_works|' || CAST("vendor_id" AS VARCHAR) AS _hook__vendor,
    'ship_method__adventure_works|' || CAST("ship_method_id" AS VARCHAR) AS _hook__ship_method,
    "purchase_order_id" AS purchase_order_header__purchase_order_id,
    "revision_number" AS purchase_order_header__revision_number,
    "status" AS purchase_order_header__status,
    "employee_id" AS purchase_order_header__employee_id,
    "vendor_id" AS purchase_order_header__vendor_id,
    "ship_method_id" AS purchase_order_header__ship_method_id,
    "order_date" AS purchase_order_header__order_date,
    "ship_date" AS purchase_order_header__ship_date,
    "sub_total" AS purchase_order_header__sub_total,
    "tax_amt" AS purchase_order_header__tax_amt,
    "freight" AS purchase_order_header__freight,
    "total_due" AS purchase_order_header__total_due,
    "modified_date" AS purchase_order_header__modified_date,
    "_loaded_at" AS purchase_order_header__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("purchase_order_id" AS VARCHAR)) || ':' || CAST("purchase_order_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("revision_number" AS VARCHAR)) || ':' || CAST("revision_number" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("status" AS VARCHAR)) || ':' || CAST("status" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("employee_id" AS VARCHAR)) || ':' || CAST("employee_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("vendor_id" AS VARCHAR)) || ':' || CAST("vendor_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("ship_method_id" AS VARCHAR)) || ':' || CAST("ship_method_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("order_date" AS VARCHAR)) || ':' || CAST("order_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("ship_date" AS VARCHAR)) || ':' || CAST("ship_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sub_total" AS VARCHAR)) || ':' || CAST("sub_total" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("tax_amt" AS VARCHAR)) || ':' || CAST("tax_amt" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("freight" AS VARCHAR)) || ':' || CAST("freight" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("total_due" AS VARCHAR)) || ':' || CAST("total_due" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS purchase_order_header__record_hash
  FROM das.raw__adventure_works__purchase_order_headers
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY purchase_order_header__purchase_order_id, purchase_order_header__record_loaded_at ORDER BY purchase_order_header__record_hash) AS __duplicate
    FROM landed
    WHERE purchase_order_header__purchase_order_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(purchase_order_header__record_hash) OVER (PARTITION BY purchase_order_header__purchase_order_id ORDER BY purchase_order_header__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY purchase_order_header__purchase_order_id ORDER BY purchase_order_header__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY purchase_order_header__purchase_order_id ORDER BY purchase_order_header__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> purchase_order_header__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__order__purchase || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__order__purchase || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__order__purchase,
  CASE WHEN (_hook__order__purchase) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__order__purchase) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__order__purchase,
  CASE WHEN (_hook__person__employee) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__employee) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__employee,
  CASE WHEN (_hook__vendor) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__vendor) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__vendor,
  CASE WHEN (_hook__ship_method) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__ship_method) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__ship_method,
  purchase_order_header__purchase_order_id,
  purchase_order_header__revision_number,
  purchase_order_header__status,
  purchase_order_header__employee_id,
  purchase_order_header__vendor_id,
  purchase_order_header__ship_method_id,
  purchase_order_header__order_date,
  purchase_order_header__ship_date,
  purchase_order_header__sub_total,
  purchase_order_header__tax_amt,
  purchase_order_header__freight,
  purchase_order_header__total_due,
  purchase_order_header__modified_date,
  purchase_order_header__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS purchase_order_header__record_updated_at,
  __valid_from AS purchase_order_header__record_valid_from,
  __valid_to AS purchase_order_header__record_valid_to,
  __version AS purchase_order_header__record_version,
  __next_loaded_at IS NULL AS purchase_order_header__record_is_current,
  purchase_order_header__record_hash
FROM history
-- end of model
-- model dar adventure_works__purchase_order_headers PERIPHERAL VIEW
SELECT
  _pit_hook__order__purchase,
  _hook__order__purchase,
  purchase_order_header__purchase_order_id,
  purchase_order_header__revision_number,
  purchase_order_header__status,
  purchase_order_header__employee_id,
  purchase_order_header__vendor_id,
  purchase_order_header__ship_method_id,
  purchase_order_header__order_date,
  purchase_order_header__ship_date,
  purchase_order_header__sub_total,
  purchase_order_header__tax_amt,
  purchase_order_header__freight,
  purchase_order_header__total_due,
  purchase_order_header__modified_date,
  purchase_order_header__record_loaded_at,
  purchase_order_header__record_updated_at,
  purchase_order_header__record_valid_from,
  purchase_order_header__record_valid_to,
  purchase_order_header__record_version,
  purchase_order_header__record_is_current,
  purchase_order_header__record_hash
FROM dab.frame__adventure_works__purchase_order_headers
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__order__purchase,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__order__purchase,
  CAST(NULL AS INTEGER) AS purchase_order_header__purchase_order_id,
  CAST(NULL AS SMALLINT) AS purchase_order_header__revision_number,
  CAST(NULL AS SMALLINT) AS purchase_order_header__status,
  CAST(NULL AS INTEGER) AS purchase_order_header__employee_id,
  CAST(NULL AS INTEGER) AS purchase_order_header__vendor_id,
  CAST(NULL AS INTEGER) AS purchase_order_header__ship_method_id,
  CAST(NULL AS TIMESTAMP) AS purchase_order_header__order_date,
  CAST(NULL AS TIMESTAMP) AS purchase_order_header__ship_date,
  CAST(NULL AS DECIMAL(19,4)) AS purchase_order_header__sub_total,
  CAST(NULL AS DECIMAL(19,4)) AS purchase_order_header__tax_amt,
  CAST(NULL AS DECIMAL(19,4)) AS purchase_order_header__freight,
  CAST(NULL AS DECIMAL(19,4)) AS purchase_order_header__total_due,
  CAST(NULL AS TIMESTAMP) AS purchase_order_header__modified_date,
  CAST(NULL AS TIMESTAMP) AS purchase_order_header__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS purchase_order_header__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS purchase_order_header__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS purchase_order_header__record_valid_to,
  CAST(NULL AS BIGINT) AS purchase_order_header__record_version,
  CAST(NULL AS BOOLEAN) AS purchase_order_header__record_is_current,
  CAST(NULL AS VARCHAR) AS purchase_order_header__record_hash
-- end of model
-- model das raw__adventure_works__sales_order_details RAW VIEW
SELECT
  CAST("sales_order_id" AS INTEGER) AS "sales_order_id",
  CAST("sales_order_detail_id" AS INTEGER) AS "sales_order_detail_id",
  CAST("carrier_tracking_number" AS VARCHAR) AS "carrier_tracking_number",
  CAST("order_qty" AS SMALLINT) AS "order_qty",
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("special_offer_id" AS INTEGER) AS "special_offer_id",
  CAST("unit_price" AS DECIMAL(19,4)) AS "unit_price",
  CAST("unit_price_discount" AS DECIMAL(19,4)) AS "unit_price_discount",
  CAST("line_total" AS DECIMAL(38,6)) AS "line_total",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__sales_order_details
-- end of model
-- model dab frame__adventure_works__sales_order_details FRAME TABLE
WITH landed AS (
  SELECT
    'order__sales__adventure_works|' || CAST("sales_order_id" AS VARCHAR) AS _hook__order__sales,
    'order_line__sales__adventure_works|' || CAST("sales_order_detail_id" AS VARCHAR) AS _hook__order_line__sales,
    'special_offer__adventure_works|' || CAST("special_offer_id" AS VARCHAR) AS _hook__special_offer,
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    ('order__sales__adventure_works|' || CAST("sales_order_id" AS VARCHAR)) || '~' || ('order_line__sales__adventure_works|' || CAST("sales_order_detail_id" AS VARCHAR)) AS _hook__sales_order_detail,
    ('special_offer__adventure_works|' || CAST("special_offer_id" AS VARCHAR)) || '~' || ('product__adventure_works|' || CAST("product_id" AS VARCHAR)) AS _hook__special_offer_product,
    "sales_order_id" AS sales_order_detail__sales_order_id,
    "sales_order_detail_id" AS sales_order_detail__sales_order_detail_id,
    "carrier_tracking_number" AS sales_order_detail__carrier_tracking_number,
    "order_qty" AS sales_order_detail__order_qty,
    "product_id" AS sales_order_detail__product_id,
    "special_offer_id" AS sales_order_detail__special_offer_id,
    "unit_price" AS sales_order_detail__unit_price,
    "unit_price_discount" AS sales_order_detail__unit_price_discount,
    "line_total" AS sales_order_detail__line_total,
    "rowguid" AS sales_order_detail__rowguid,
    "modified_date" AS sales_order_detail__modified_date,
    "_loaded_at" AS sales_order_detail__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("sales_order_id" AS VARCHAR)) || ':' || CAST("sales_order_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sales_order_detail_id" AS VARCHAR)) || ':' || CAST("sales_order_detail_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("carrier_tracking_number" AS VARCHAR)) || ':' || CAST("carrier_tracking_number" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("order_qty" AS VARCHAR)) || ':' || CAST("order_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("special_offer_id" AS VARCHAR)) || ':' || CAST("special_offer_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("unit_price" AS VARCHAR)) || ':' || CAST("unit_price" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("unit_price_discount" AS VARCHAR)) || ':' || CAST("unit_price_discount" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("line_total" AS VARCHAR)) || ':' || CAST("line_total" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS sales_order_detail__record_hash
  FROM das.raw__adventure_works__sales_order_details
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY sales_order_detail__sales_order_id, sales_order_detail__sales_order_detail_id, sales_order_detail__record_loaded_at ORDER BY sales_order_detail__record_hash) AS __duplicate
    FROM landed
    WHERE sales_order_detail__sales_order_id IS NOT NULL AND sales_order_detail__sales_order_detail_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(sales_order_detail__record_hash) OVER (PARTITION BY sales_order_detail__sales_order_id, sales_order_detail__sales_order_detail_id ORDER BY sales_order_detail__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY sales_order_detail__sales_order_id, sales_order_detail__sales_order_detail_id ORDER BY sales_order_detail__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY sales_order_detail__sales_order_id, sales_order_detail__sales_order_detail_id ORDER BY sales_order_detail__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> sales_order_detail__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__sales_order_detail || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_order_detail || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_order_detail,
  CASE WHEN (_hook__order__sales) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__order__sales) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__order__sales,
  CASE WHEN (_hook__order_line__sales) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__order_line__sales) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__order_line__sales,
  CASE WHEN (_hook__special_offer) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__special_offer) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__special_offer,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__sales_order_detail) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_order_detail) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_order_detail,
  CASE WHEN (_hook__special_offer_product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__special_offer_product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__special_offer_product,
  sales_order_detail__sales_order_id,
  sales_order_detail__sales_order_detail_id,
  sales_order_detail__carrier_tracking_number,
  sales_order_detail__order_qty,
  sales_order_detail__product_id,
  sales_order_detail__special_offer_id,
  sales_order_detail__unit_price,
  sales_order_detail__unit_price_discount,
  sales_order_detail__line_total,
  sales_order_detail__rowguid,
  sales_order_detail__modified_date,
  sales_order_detail__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS sales_order_detail__record_updated_at,
  __valid_from AS sales_order_detail__record_valid_from,
  __valid_to AS sales_order_detail__record_valid_to,
  __version AS sales_order_detail__record_version,
  __next_loaded_at IS NULL AS sales_order_detail__record_is_current,
  sales_order_detail__record_hash
FROM history
-- end of model
-- model dar adventure_works__sales_order_details PERIPHERAL VIEW
SELECT
  _pit_hook__sales_order_detail,
  _hook__sales_order_detail,
  sales_order_detail__sales_order_id,
  sales_order_detail__sales_order_detail_id,
  sales_order_detail__carrier_tracking_number,
  sales_order_detail__order_qty,
  sales_order_detail__product_id,
  sales_order_detail__special_offer_id,
  sales_order_detail__unit_price,
  sales_order_detail__unit_price_discount,
  sales_order_detail__line_total,
  sales_order_detail__rowguid,
  sales_order_detail__modified_date,
  sales_order_detail__record_loaded_at,
  sales_order_detail__record_updated_at,
  sales_order_detail__record_valid_from,
  sales_order_detail__record_valid_to,
  sales_order_detail__record_version,
  sales_order_detail__record_is_current,
  sales_order_detail__record_hash
FROM dab.frame__adventure_works__sales_order_details
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_order_detail,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_order_detail,
  CAST(NULL AS INTEGER) AS sales_order_detail__sales_order_id,
  CAST(NULL AS INTEGER) AS sales_order_detail__sales_order_detail_id,
  CAST('N/A' AS VARCHAR) AS sales_order_detail__carrier_tracking_number,
  CAST(NULL AS SMALLINT) AS sales_order_detail__order_qty,
  CAST(NULL AS INTEGER) AS sales_order_detail__product_id,
  CAST(NULL AS INTEGER) AS sales_order_detail__special_offer_id,
  CAST(NULL AS DECIMAL(19,4)) AS sales_order_detail__unit_price,
  CAST(NULL AS DECIMAL(19,4)) AS sales_order_detail__unit_price_discount,
  CAST(NULL AS DECIMAL(38,6)) AS sales_order_detail__line_total,
  CAST('N/A' AS VARCHAR) AS sales_order_detail__rowguid,
  CAST(NULL AS TIMESTAMP) AS sales_order_detail__modified_date,
  CAST(NULL AS TIMESTAMP) AS sales_order_detail__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS sales_order_detail__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS sales_order_detail__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS sales_order_detail__record_valid_to,
  CAST(NULL AS BIGINT) AS sales_order_detail__record_version,
  CAST(NULL AS BOOLEAN) AS sales_order_detail__record_is_current,
  CAST(NULL AS VARCHAR) AS sales_order_detail__record_hash
-- end of model
-- model das raw__adventure_works__sales_order_header_sales_reasons RAW VIEW
SELECT
  CAST("sales_order_id" AS INTEGER) AS "sales_order_id",
  CAST("sales_reason_id" AS INTEGER) AS "sales_reason_id",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__sales_order_header_sales_reasons
-- end of model
-- model dab frame__adventure_works__sales_order_header_sales_reasons FRAME TABLE
WITH landed AS (
  SELECT
    'order__sales__adventure_works|' || CAST("sales_order_id" AS VARCHAR) AS _hook__order__sales,
    'sales_reason__adventure_works|' || CAST("sales_reason_id" AS VARCHAR) AS _hook__sales_reason,
    ('order__sales__adventure_works|' || CAST("sales_order_id" AS VARCHAR)) || '~' || ('sales_reason__adventure_works|' || CAST("sales_reason_id" AS VARCHAR)) AS _hook__sales_order_header_sales_reason,
    "sales_order_id" AS sales_order_header_sales_reason__sales_order_id,
    "sales_reason_id" AS sales_order_header_sales_reason__sales_reason_id,
    "modified_date" AS sales_order_header_sales_reason__modified_date,
    "_loaded_at" AS sales_order_header_sales_reason__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("sales_order_id" AS VARCHAR)) || ':' || CAST("sales_order_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sales_reason_id" AS VARCHAR)) || ':' || CAST("sales_reason_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS sales_order_header_sales_reason__record_hash
  FROM das.raw__adventure_works__sales_order_header_sales_reasons
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY sales_order_header_sales_reason__sales_order_id, sales_order_header_sales_reason__sales_reason_id, sales_order_header_sales_reason__record_loaded_at ORDER BY sales_order_header_sales_reason__record_hash) AS __duplicate
    FROM landed
    WHERE sales_order_header_sales_reason__sales_order_id IS NOT NULL AND sales_order_header_sales_reason__sales_reason_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(sales_order_header_sales_reason__record_hash) OVER (PARTITION BY sales_order_header_sales_reason__sales_order_id, sales_order_header_sales_reason__sales_reason_id ORDER BY sales_order_header_sales_reason__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY sales_order_header_sales_reason__sales_order_id, sales_order_header_sales_reason__sales_reason_id ORDER BY sales_order_header_sales_reason__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY sales_order_header_sales_reason__sales_order_id, sales_order_header_sales_reason__sales_reason_id ORDER BY sales_order_header_sales_reason__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> sales_order_header_sales_reason__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__sales_order_header_sales_reason || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_order_header_sales_reason || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_order_header_sales_reason,
  CASE WHEN (_hook__order__sales) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__order__sales) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__order__sales,
  CASE WHEN (_hook__sales_reason) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_reason) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_reason,
  CASE WHEN (_hook__sales_order_header_sales_reason) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_order_header_sales_reason) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_order_header_sales_reason,
  sales_order_header_sales_reason__sales_order_id,
  sales_order_header_sales_reason__sales_reason_id,
  sales_order_header_sales_reason__modified_date,
  sales_order_header_sales_reason__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS sales_order_header_sales_reason__record_updated_at,
  __valid_from AS sales_order_header_sales_reason__record_valid_from,
  __valid_to AS sales_order_header_sales_reason__record_valid_to,
  __version AS sales_order_header_sales_reason__record_version,
  __next_loaded_at IS NULL AS sales_order_header_sales_reason__record_is_current,
  sales_order_header_sales_reason__record_hash
FROM history
-- end of model
-- model dar adventure_works__sales_order_header_sales_reasons PERIPHERAL VIEW
SELECT
  _pit_hook__sales_order_header_sales_reason,
  _hook__sales_order_header_sales_reason,
  sales_order_header_sales_reason__sales_order_id,
  sales_order_header_sales_reason__sales_reason_id,
  sales_order_header_sales_reason__modified_date,
  sales_order_header_sales_reason__record_loaded_at,
  sales_order_header_sales_reason__record_updated_at,
  sales_order_header_sales_reason__record_valid_from,
  sales_order_header_sales_reason__record_valid_to,
  sales_order_header_sales_reason__record_version,
  sales_order_header_sales_reason__record_is_current,
  sales_order_header_sales_reason__record_hash
FROM dab.frame__adventure_works__sales_order_header_sales_reasons
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_order_header_sales_reason,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_order_header_sales_reason,
  CAST(NULL AS INTEGER) AS sales_order_header_sales_reason__sales_order_id,
  CAST(NULL AS INTEGER) AS sales_order_header_sales_reason__sales_reason_id,
  CAST(NULL AS TIMESTAMP) AS sales_order_header_sales_reason__modified_date,
  CAST(NULL AS TIMESTAMP) AS sales_order_header_sales_reason__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS sales_order_header_sales_reason__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS sales_order_header_sales_reason__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS sales_order_header_sales_reason__record_valid_to,
  CAST(NULL AS BIGINT) AS sales_order_header_sales_reason__record_version,
  CAST(NULL AS BOOLEAN) AS sales_order_header_sales_reason__record_is_current,
  CAST(NULL AS VARCHAR) AS sales_order_header_sales_reason__record_hash
-- end of model
-- model das raw__adventure_works__sales_order_headers RAW VIEW
SELECT
  CAST("sales_order_id" AS INTEGER) AS "sales_order_id",
  CAST("revision_number" AS SMALLINT) AS "revision_number",
  CAST("order_date" AS TIMESTAMP) AS "order_date",
  CAST("due_date" AS TIMESTAMP) AS "due_date",
  CAST("ship_date" AS TIMESTAMP) AS "ship_date",
  CAST("status" AS SMALLINT) AS "status",
  CAST("online_order_flag" AS BOOLEAN) AS "online_order_flag",
  CAST("sales_order_number" AS VARCHAR) AS "sales_order_number",
  CAST("purchase_order_number" AS VARCHAR) AS "purchase_order_number",
  CAST("account_number" AS VARCHAR) AS "account_number",
  CAST("customer_id" AS INTEGER) AS "customer_id",
  CAST("sales_person_id" AS INTEGER) AS "sales_person_id",
  CAST("territory_id" AS INTEGER) AS "territory_id",
  CAST("bill_to_address_id" AS INTEGER) AS "bill_to_address_id",
  CAST("ship_to_address_id" AS INTEGER) AS "ship_to_address_id",
  CAST("ship_method_id" AS INTEGER) AS "ship_method_id",
  CAST("credit_card_id" AS INTEGER) AS "credit_card_id",
  CAST("credit_card_approval_code" AS VARCHAR) AS "credit_card_approval_code",
  CAST("currency_rate_id" AS INTEGER) AS "currency_rate_id",
  CAST("sub_total" AS DECIMAL(19,4)) AS "sub_total",
  CAST("tax_amt" AS DECIMAL(19,4)) AS "tax_amt",
  CAST("freight" AS DECIMAL(19,4)) AS "freight",
  CAST("total_due" AS DECIMAL(19,4)) AS "total_due",
  CAST("comment" AS VARCHAR) AS "comment",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__sales_order_headers
-- end of model
-- model dab frame__adventure_works__sales_order_headers FRAME TABLE
WITH landed AS (
  SELECT
    'order__sales__adventure_works|' || CAST("sales_order_id" AS VARCHAR) AS _hook__order__sales,
    'customer__adventure_works|' || CAST("customer_id" AS VARCHAR) AS _hook__customer,
    'person__sales_person__adventure_works|' || CAST("sales_person_id" AS VARCHAR) AS _hook__person__sales_person,
    'sales_territory__adventure_works|' || CAST("territory_id" AS VARCHAR) AS _hook__sales_territory,
    'address__adventure_works|' || CAST("bill_to_address_id" AS VARCHAR) AS _hook__address__billing,
    'address__adventure_works|' || CAST("ship_to_address_id" AS VARCHAR) AS _hook__address__shipping,
    'ship_method__adventure_works|' || CAST("ship_method_id" AS VARCHAR) AS _hook__ship_method,
    'credit_card__adventure_works|' || CAST("credit_card_id" AS VARCHAR) AS _hook__credit_card,
    'currency_rate__adventure_works|' || CAST("currency_rate_id" AS VARCHAR) AS _hook__currency_rate,
    "sales_order_id" AS sales_order_header__sales_order_id,
    "revision_number" AS sales_order_header__revision_number,
    "order_date" AS sales_order_header__order_date,
    "due_date" AS sales_order_header__due_date,
    "ship_date" AS sales_order_header__ship_date,
    "status" AS sales_order_header__status,
    "online_order_flag" AS sales_order_header__online_order_flag,
    "sales_order_number" AS sales_order_header__sales_order_number,
    "purchase_order_number" AS sales_order_header__purchase_order_number,
    "account_number" AS sales_order_header__account_number,
    "customer_id" AS sales_order_header__customer_id,
    "sales_person_id" AS sales_order_header__sales_person_id,
    "territory_id" AS sales_order_header__territory_id,
    "bill_to_address_id" AS sales_order_header__bill_to_address_id,
    "ship_to_address_id" AS sales_order_header__ship_to_address_id,
    "ship_method_id" AS sales_order_header__ship_method_id,
    "credit_card_id" AS sales_order_header__credit_card_id,
    "credit_card_approval_code" AS sales_order_header__credit_card_approval_code,
    "currency_rate_id" AS sales_order_header__currency_rate_id,
    "sub_total" AS sales_order_header__sub_total,
    "tax_amt" AS sales_order_header__tax_amt,
    "freight" AS sales_order_header__freight,
    "total_due" AS sales_order_header__total_due,
    "comment" AS sales_order_header__comment,
    "rowguid" AS sales_order_header__rowguid,
    "modified_date" AS sales_order_header__modified_date,
    "_loaded_at" AS sales_order_header__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("sales_order_id" AS VARCHAR)) || ':' || CAST("sales_order_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("revision_number" AS VARCHAR)) || ':' || CAST("revision_number" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("order_date" AS VARCHAR)) || ':' || CAST("order_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("due_date" AS VARCHAR)) || ':' || CAST("due_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("ship_date" AS VARCHAR)) || ':' || CAST("ship_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("status" AS VARCHAR)) || ':' || CAST("status" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("online_order_flag" AS VARCHAR)) || ':' || CAST("online_order_flag" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sales_order_number" AS VARCHAR)) || ':' || CAST("sales_order_number" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("purchase_order_number" AS VARCHAR)) || ':' || CAST("purchase_order_number" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("account_number" AS VARCHAR)) || ':' || CAST("account_number" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("customer_id" AS VARCHAR)) || ':' || CAST("customer_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sales_person_id" AS VARCHAR)) || ':' || CAST("sales_person_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("territory_id" AS VARCHAR)) || ':' || CAST("territory_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("bill_to_address_id" AS VARCHAR)) || ':' || CAST("bill_to_address_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("ship_to_address_id" AS VARCHAR)) || ':' || CAST("ship_to_address_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("ship_method_id" AS VARCHAR)) || ':' || CAST("ship_method_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("credit_card_id" AS VARCHAR)) || ':' || CAST("credit_card_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("credit_card_approval_code" AS VARCHAR)) || ':' || CAST("credit_card_approval_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("currency_rate_id" AS VARCHAR)) || ':' || CAST("currency_rate_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sub_total" AS VARCHAR)) || ':' || CAST("sub_total" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("tax_amt" AS VARCHAR)) || ':' || CAST("tax_amt" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("freight" AS VARCHAR)) || ':' || CAST("freight" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("total_due" AS VARCHAR)) || ':' || CAST("total_due" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("comment" AS VARCHAR)) || ':' || CAST("comment" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS sales_order_header__record_hash
  FROM das.raw__adventure_works__sales_order_headers
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY sales_order_header__sales_order_id, sales_order_header__record_loaded_at ORDER BY sales_order_header__record_hash) AS __duplicate
    FROM landed
    WHERE sales_order_header__sales_order_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(sales_order_header__record_hash) OVER (PARTITION BY sales_order_header__sales_order_id ORDER BY sales_order_header__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY sales_order_header__sales_order_id ORDER BY sales_order_header__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY sales_order_header__sales_order_id ORDER BY sales_order_header__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> sales_order_header__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__order__sales || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__order__sales || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__order__sales,
  CASE WHEN (_hook__order__sales) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__order__sales) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__order__sales,
  CASE WHEN (_hook__customer) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__customer) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__customer,
  CASE WHEN (_hook__person__sales_person) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__sales_person) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__sales_person,
  CASE WHEN (_hook__sales_territory) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_territory) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_territory,
  CASE WHEN (_hook__address__billing) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__address__billing) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__address__billing,
  CASE WHEN (_hook__address__shipping) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__address__shipping) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__address__shipping,
  CASE WHEN (_hook__ship_method) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__ship_method) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__ship_method,
  CASE WHEN (_hook__credit_card) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__credit_card) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__credit_card,
  CASE WHEN (_hook__currency_rate) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__currency_rate) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__currency_rate,
  sales_order_header__sales_order_id,
  sales_order_header__revision_number,
  sales_order_header__order_date,
  sales_order_header__due_date,
  sales_order_header__ship_date,
  sales_order_header__status,
  sales_order_header__online_order_flag,
  sales_order_header__sales_order_number,
  sales_order_header__purchase_order_number,
  sales_order_header__account_number,
  sales_order_header__customer_id,
  sales_order_header__sales_person_id,
  sales_order_header__territory_id,
  sales_order_header__bill_to_address_id,
  sales_order_header__ship_to_address_id,
  sales_order_header__ship_method_id,
  sales_order_header__credit_card_id,
  sales_order_header__credit_card_approval_code,
  sales_order_header__currency_rate_id,
  sales_order_header__sub_total,
  sales_order_header__tax_amt,
  sales_order_header__freight,
  sales_order_header__total_due,
  sales_order_header__comment,
  sales_order_header__rowguid,
  sales_order_header__modified_date,
  sales_order_header__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS sales_order_header__record_updated_at,
  __valid_from AS sales_order_header__record_valid_from,
  __valid_to AS sales_order_header__record_valid_to,
  __version AS sales_order_header__record_version,
  __next_loaded_at IS NULL AS sales_order_header__record_is_current,
  sales_order_header__record_hash
FROM history
-- end of model
-- model dar adventure_works__sales_order_headers PERIPHERAL VIEW
SELECT
  _pit_hook__order__sales,
  _hook__order__sales,
  sales_order_header__sales_order_id,
  sales_order_header__revision_number,
  sales_order_header__order_date,
  sales_order_header__due_date,
  sales_order_header__ship_date,
  sales_order_header__status,
  sales_order_header__online_order_flag,
  sales_order_header__sales_order_number,
  sales_order_header__purchase_order_number,
  sales_order_header__account_number,
  sales_order_header__customer_id,
  sales_order_header__sales_person_id,
  sales_order_header__territory_id,
  sales_order_header__bill_to_address_id,
  sales_order_header__ship_to_address_id,
  sales_order_header__ship_method_id,
  sales_order_header__credit_card_id,
  sales_order_header__credit_card_approval_code,
  sales_order_header__currency_rate_id,
  sales_order_header__sub_total,
  sales_order_header__tax_amt,
  sales_order_header__freight,
  sales_order_header__total_due,
  sales_order_header__comment,
  sales_order_header__rowguid,
  sales_order_header__modified_date,
  sales_order_header__record_loaded_at,
  sales_order_header__record_updated_at,
  sales_order_header__record_valid_from,
  sales_order_header__record_valid_to,
  sales_order_header__record_version,
  sales_order_header__record_is_current,
  sales_order_header__record_hash
FROM dab.frame__adventure_works__sales_order_headers
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__order__sales,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__order__sales,
  CAST(NULL AS INTEGER) AS sales_order_header__sales_order_id,
  CAST(NULL AS SMALLINT) AS sales_order_header__revision_number,
  CAST(NULL AS TIMESTAMP) AS sales_order_header__order_date,
  CAST(NULL AS TIMESTAMP) AS sales_order_header__due_date,
  CAST(NULL AS TIMESTAMP) AS sales_order_header__ship_date,
  CAST(NULL AS SMALLINT) AS sales_order_header__status,
  CAST(NULL AS BOOLEAN) AS sales_order_header__online_order_flag,
  CAST('N/A' AS VARCHAR) AS sales_order_header__sales_order_number,
  CAST('N/A' AS VARCHAR) AS sales_order_header__purchase_order_number,
  CAST('N/A' AS VARCHAR) AS sales_order_header__account_number,
  CAST(NULL AS INTEGER) AS sales_order_header__customer_id,
  CAST(NULL AS INTEGER) AS sales_order_header__sales_person_id,
  CAST(NULL AS INTEGER) AS sales_order_header__territory_id,
  CAST(NULL AS INTEGER) AS sales_order_header__bill_to_address_id,
  CAST(NULL AS INTEGER) AS sales_order_header__ship_to_address_id,
  CAST(NULL AS INTEGER) AS sales_order_header__ship_method_id,
  CAST(NULL AS INTEGER) AS sales_order_header__credit_card_id,
  CAST('N/A' AS VARCHAR) AS sales_order_header__credit_card_approval_code,
  CAST(NULL AS INTEGER) AS sales_order_header__currency_rate_id,
  CAST(NULL AS DECIMAL(19,4)) AS sales_order_header__sub_total,
  CAST(NULL AS DECIMAL(19,4)) AS sales_order_header__tax_amt,
  CAST(NULL AS DECIMAL(19,4)) AS sales_order_header__freight,
  CAST(NULL AS DECIMAL(19,4)) AS sales_order_header__total_due,
  CAST('N/A' AS VARCHAR) AS sales_order_header__comment,
  CAST('N/A' AS VARCHAR) AS sales_order_header__rowguid,
  CAST(NULL AS TIMESTAMP) AS sales_order_header__modified_date,
  CAST(NULL AS TIMESTAMP) AS sales_order_header__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS sales_order_header__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS sales_order_header__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS sales_order_header__record_valid_to,
  CAST(NULL AS BIGINT) AS sales_order_header__record_version,
  CAST(NULL AS BOOLEAN) AS sales_order_header__record_is_current,
  CAST(NULL AS VARCHAR) AS sales_order_header__record_hash
-- end of model
-- model das raw__adventure_works__sales_person_quota_histories RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("quota_date" AS TIMESTAMP) AS "quota_date",
  CAST("sales_quota" AS DECIMAL(19,4)) AS "sales_quota",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__sales_person_quota_histories
-- end of model
-- model dab frame__adventure_works__sales_person_quota_histories FRAME TABLE
WITH landed AS (
  SELECT
    'person__sales_person__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person__sales_person,
    'epoch__timestamp__adventure_works|' || CAST("quota_date" AS VARCHAR) AS _hook__epoch__timestamp__quota,
    ('person__sales_person__adventure_works|' || CAST("business_entity_id" AS VARCHAR)) || '~' || ('epoch__timestamp__adventure_works|' || CAST("quota_date" AS VARCHAR)) AS _hook__sales_person_quota_history,
    "business_entity_id" AS sales_person_quota_history__business_entity_id,
    "quota_date" AS sales_person_quota_history__quota_date,
    "sales_quota" AS sales_person_quota_history__sales_quota,
    "rowguid" AS sales_person_quota_history__rowguid,
    "modified_date" AS sales_person_quota_history__modified_date,
    "_loaded_at" AS sales_person_quota_history__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("quota_date" AS VARCHAR)) || ':' || CAST("quota_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sales_quota" AS VARCHAR)) || ':' || CAST("sales_quota" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS sales_person_quota_history__record_hash
  FROM das.raw__adventure_works__sales_person_quota_histories
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY sales_person_quota_history__business_entity_id, sales_person_quota_history__quota_date, sales_person_quota_history__record_loaded_at ORDER BY sales_person_quota_history__record_hash) AS __duplicate
    FROM landed
    WHERE sales_person_quota_history__business_entity_id IS NOT NULL AND sales_person_quota_history__quota_date IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(sales_person_quota_history__record_hash) OVER (PARTITION BY sales_person_quota_history__business_entity_id, sales_person_quota_history__quota_date ORDER BY sales_person_quota_history__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY sales_person_quota_history__business_entity_id, sales_person_quota_history__quota_date ORDER BY sales_person_quota_history__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY sales_person_quota_history__business_entity_id, sales_person_quota_history__quota_date ORDER BY sales_person_quota_history__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> sales_person_quota_history__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__sales_person_quota_history || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_person_quota_history || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_person_quota_history,
  CASE WHEN (_hook__person__sales_person) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__sales_person) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__sales_person,
  CASE WHEN (_hook__epoch__timestamp__quota) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__epoch__timestamp__quota) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__timestamp__quota,
  CASE WHEN (_hook__sales_person_quota_history) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_person_quota_history) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_person_quota_history,
  sales_person_quota_history__business_entity_id,
  sales_person_quota_history__quota_date,
  sales_person_quota_history__sales_quota,
  sales_person_quota_history__rowguid,
  sales_person_quota_history__modified_date,
  sales_person_quota_history__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS sales_person_quota_history__record_updated_at,
  __valid_from AS sales_person_quota_history__record_valid_from,
  __valid_to AS sales_person_quota_history__record_valid_to,
  __version AS sales_person_quota_history__record_version,
  __next_loaded_at IS NULL AS sales_person_quota_history__record_is_current,
  sales_person_quota_history__record_hash
FROM history
-- end of model
-- model dar adventure_works__sales_person_quota_histories PERIPHERAL VIEW
SELECT
  _pit_hook__sales_person_quota_history,
  _hook__sales_person_quota_history,
  sales_person_quota_history__business_entity_id,
  sales_person_quota_history__quota_date,
  sales_person_quota_history__sales_quota,
  sales_person_quota_history__rowguid,
  sales_person_quota_history__modified_date,
  sales_person_quota_history__record_loaded_at,
  sales_person_quota_history__record_updated_at,
  sales_person_quota_history__record_valid_from,
  sales_person_quota_history__record_valid_to,
  sales_person_quota_history__record_version,
  sales_person_quota_history__record_is_current,
  sales_person_quota_history__record_hash
FROM dab.frame__adventure_works__sales_person_quota_histories
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_person_quota_history,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_person_quota_history,
  CAST(NULL AS INTEGER) AS sales_person_quota_history__business_entity_id,
  CAST(NULL AS TIMESTAMP) AS sales_person_quota_history__quota_date,
  CAST(NULL AS DECIMAL(19,4)) AS sales_person_quota_history__sales_quota,
  CAST('N/A' AS VARCHAR) AS sales_person_quota_history__rowguid,
  CAST(NULL AS TIMESTAMP) AS sales_person_quota_history__modified_date,
  CAST(NULL AS TIMESTAMP) AS sales_person_quota_history__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS sales_person_quota_history__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS sales_person_quota_history__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS sales_person_quota_history__record_valid_to,
  CAST(NULL AS BIGINT) AS sales_person_quota_history__record_version,
  CAST(NULL AS BOOLEAN) AS sales_person_quota_history__record_is_current,
  CAST(NULL AS VARCHAR) AS sales_person_quota_history__record_hash
-- end of model
-- model das raw__adventure_works__sales_persons RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("territory_id" AS INTEGER) AS "territory_id",
  CAST("sales_quota" AS DECIMAL(19,4)) AS "sales_quota",
  CAST("bonus" AS DECIMAL(19,4)) AS "bonus",
  CAST("commission_pct" AS DECIMAL(10,4)) AS "commission_pct",
  CAST("sales_ytd" AS DECIMAL(19,4)) AS "sales_ytd",
  CAST("sales_last_year" AS DECIMAL(19,4)) AS "sales_last_year",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__sales_persons
-- end of model
-- model dab frame__adventure_works__sales_persons FRAME TABLE
WITH landed AS (
  SELECT
    'person__sales_person__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person__sales_person,
    'person__employee__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person__employee,
    'sales_territory__adventure_works|' || CAST("territory_id" AS VARCHAR) AS _hook__sales_territory,
    "business_entity_id" AS sales_person__business_entity_id,
    "territory_id" AS sales_person__territory_id,
    "sales_quota" AS sales_person__sales_quota,
    "bonus" AS sales_person__bonus,
    "commission_pct" AS sales_person__commission_pct,
    "sales_ytd" AS sales_person__sales_ytd,
    "sales_last_year" AS sales_person__sales_last_year,
    "rowguid" AS sales_person__rowguid,
    "modified_date" AS sales_person__modified_date,
    "_loaded_at" AS sales_person__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("territory_id" AS VARCHAR)) || ':' || CAST("territory_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sales_quota" AS VARCHAR)) || ':' || CAST("sales_quota" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("bonus" AS VARCHAR)) || ':' || CAST("bonus" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("commission_pct" AS VARCHAR)) || ':' || CAST("commission_pct" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sales_ytd" AS VARCHAR)) || ':' || CAST("sales_ytd" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sales_last_year" AS VARCHAR)) || ':' || CAST("sales_last_year" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS sales_person__record_hash
  FROM das.raw__adventure_works__sales_persons
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY sales_person__business_entity_id, sales_person__record_loaded_at ORDER BY sales_person__record_hash) AS __duplicate
    FROM landed
    WHERE sales_person__business_entity_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(sales_person__record_hash) OVER (PARTITION BY sales_person__business_entity_id ORDER BY sales_person__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY sales_person__business_entity_id ORDER BY sales_person__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY sales_person__business_entity_id ORDER BY sales_person__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> sales_person__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__person__sales_person || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__sales_person || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__person__sales_person,
  CASE WHEN (_hook__person__sales_person) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__sales_person) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__sales_person,
  CASE WHEN (_hook__person__employee) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__employee) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__employee,
  CASE WHEN (_hook__sales_territory) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_territory) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_territory,
  sales_person__business_entity_id,
  sales_person__territory_id,
  sales_person__sales_quota,
  sales_person__bonus,
  sales_person__commission_pct,
  sales_person__sales_ytd,
  sales_person__sales_last_year,
  sales_person__rowguid,
  sales_person__modified_date,
  sales_person__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS sales_person__record_updated_at,
  __valid_from AS sales_person__record_valid_from,
  __valid_to AS sales_person__record_valid_to,
  __version AS sales_person__record_version,
  __next_loaded_at IS NULL AS sales_person__record_is_current,
  sales_person__record_hash
FROM history
-- end of model
-- model dar adventure_works__sales_persons PERIPHERAL VIEW
SELECT
  _pit_hook__person__sales_person,
  _hook__person__sales_person,
  sales_person__business_entity_id,
  sales_person__territory_id,
  sales_person__sales_quota,
  sales_person__bonus,
  sales_person__commission_pct,
  sales_person__sales_ytd,
  sales_person__sales_last_year,
  sales_person__rowguid,
  sales_person__modified_date,
  sales_person__record_loaded_at,
  sales_person__record_updated_at,
  sales_person__record_valid_from,
  sales_person__record_valid_to,
  sales_person__record_version,
  sales_person__record_is_current,
  sales_person__record_hash
FROM dab.frame__adventure_works__sales_persons
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__person__sales_person,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__sales_person,
  CAST(NULL AS INTEGER) AS sales_person__business_entity_id,
  CAST(NULL AS INTEGER) AS sales_person__territory_id,
  CAST(NULL AS DECIMAL(19,4)) AS sales_person__sales_quota,
  CAST(NULL AS DECIMAL(19,4)) AS sales_person__bonus,
  CAST(NULL AS DECIMAL(10,4)) AS sales_person__commission_pct,
  CAST(NULL AS DECIMAL(19,4)) AS sales_person__sales_ytd,
  CAST(NULL AS DECIMAL(19,4)) AS sales_person__sales_last_year,
  CAST('N/A' AS VARCHAR) AS sales_person__rowguid,
  CAST(NULL AS TIMESTAMP) AS sales_person__modified_date,
  CAST(NULL AS TIMESTAMP) AS sales_person__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS sales_person__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS sales_person__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS sales_person__record_valid_to,
  CAST(NULL AS BIGINT) AS sales_person__record_version,
  CAST(NULL AS BOOLEAN) AS sales_person__record_is_current,
  CAST(NULL AS VARCHAR) AS sales_person__record_hash
-- end of model
-- model das raw__adventure_works__sales_reasons RAW VIEW
SELECT
  CAST("sales_reason_id" AS INTEGER) AS "sales_reason_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("reason_type" AS VARCHAR) AS "reason_type",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__sales_reasons
-- end of model
-- model dab frame__adventure_works__sales_reasons FRAME TABLE
WITH landed AS (
  SELECT
    'sales_reason__adventure_works|' || CAST("sales_reason_id" AS VARCHAR) AS _hook__sales_reason,
    "sales_reason_id" AS sales_reason__sales_reason_id,
    "name" AS sales_reason__name,
    "reason_type" AS sales_reason__reason_type,
    "modified_date" AS sales_reason__modified_date,
    "_loaded_at" AS sales_reason__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("sales_reason_id" AS VARCHAR)) || ':' || CAST("sales_reason_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("reason_type" AS VARCHAR)) || ':' || CAST("reason_type" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS sales_reason__record_hash
  FROM das.raw__adventure_works__sales_reasons
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY sales_reason__sales_reason_id, sales_reason__record_loaded_at ORDER BY sales_reason__record_hash) AS __duplicate
    FROM landed
    WHERE sales_reason__sales_reason_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(sales_reason__record_hash) OVER (PARTITION BY sales_reason__sales_reason_id ORDER BY sales_reason__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY sales_reason__sales_reason_id ORDER BY sales_reason__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY sales_reason__sales_reason_id ORDER BY sales_reason__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> sales_reason__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__sales_reason || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_reason || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_reason,
  CASE WHEN (_hook__sales_reason) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_reason) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_reason,
  sales_reason__sales_reason_id,
  sales_reason__name,
  sales_reason__reason_type,
  sales_reason__modified_date,
  sales_reason__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS sales_reason__record_updated_at,
  __valid_from AS sales_reason__record_valid_from,
  __valid_to AS sales_reason__record_valid_to,
  __version AS sales_reason__record_version,
  __next_loaded_at IS NULL AS sales_reason__record_is_current,
  sales_reason__record_hash
FROM history
-- end of model
-- model dar adventure_works__sales_reasons PERIPHERAL VIEW
SELECT
  _pit_hook__sales_reason,
  _hook__sales_reason,
  sales_reason__sales_reason_id,
  sales_reason__name,
  sales_reason__reason_type,
  sales_reason__modified_date,
  sales_reason__record_loaded_at,
  sales_reason__record_updated_at,
  sales_reason__record_valid_from,
  sales_reason__record_valid_to,
  sales_reason__record_version,
  sales_reason__record_is_current,
  sales_reason__record_hash
FROM dab.frame__adventure_works__sales_reasons
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_reason,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_reason,
  CAST(NULL AS INTEGER) AS sales_reason__sales_reason_id,
  CAST('N/A' AS VARCHAR) AS sales_reason__name,
  CAST('N/A' AS VARCHAR) AS sales_reason__reason_type,
  CAST(NULL AS TIMESTAMP) AS sales_reason__modified_date,
  CAST(NULL AS TIMESTAMP) AS sales_reason__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS sales_reason__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS sales_reason__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS sales_reason__record_valid_to,
  CAST(NULL AS BIGINT) AS sales_reason__record_version,
  CAST(NULL AS BOOLEAN) AS sales_reason__record_is_current,
  CAST(NULL AS VARCHAR) AS sales_reason__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__sales_reasons BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__sales_reason AS __pit,
    _hook__sales_reason,
    sales_reason__record_valid_from AS __valid_from,
    sales_reason__record_valid_to AS __valid_to,
    sales_reason__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__sales_reasons
  WHERE _pit_hook__sales_reason IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__sales_reason,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__sales_reasons' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__sales_reasons', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__sales_reasons', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__sales_reason,
  _hook__sales_reason,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__sales_reasons EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    sales_reason__sales_reason_id AS "sales_reason_id",
    sales_reason__name AS "name",
    sales_reason__reason_type AS "reason_type",
    sales_reason__modified_date AS "modified_date",
    sales_reason__record_loaded_at AS "_loaded_at",
    _pit_hook__sales_reason AS __pit
  FROM dab.frame__adventure_works__sales_reasons
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__sales_reason,
  bridge._hook__sales_reason,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__sales_reasons AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__sales_reason
-- end of model
-- model das raw__adventure_works__sales_tax_rates RAW VIEW
SELECT
  CAST("sales_tax_rate_id" AS INTEGER) AS "sales_tax_rate_id",
  CAST("state_province_id" AS INTEGER) AS "state_province_id",
  CAST("tax_type" AS SMALLINT) AS "tax_type",
  CAST("tax_rate" AS DECIMAL(10,4)) AS "tax_rate",
  CAST("name" AS VARCHAR) AS "name",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__sales_tax_rates
-- end of model
-- model dab frame__adventure_works__sales_tax_rates FRAME TABLE
WITH landed AS (
  SELECT
    'sales_tax_rate__adventure_works|' || CAST("sales_tax_rate_id" AS VARCHAR) AS _hook__sales_tax_rate,
    'state_province__adventure_works|' || CAST("state_province_id" AS VARCHAR) AS _hook__state_province,
    "sales_tax_rate_id" AS sales_tax_rate__sales_tax_rate_id,
    "state_province_id" AS sales_tax_rate__state_province_id,
    "tax_type" AS sales_tax_rate__tax_type,
    "tax_rate" AS sales_tax_rate__tax_rate,
    "name" AS sales_tax_rate__name,
    "rowguid" AS sales_tax_rate__rowguid,
    "modified_date" AS sales_tax_rate__modified_date,
    "_loaded_at" AS sales_tax_rate__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("sales_tax_rate_id" AS VARCHAR)) || ':' || CAST("sales_tax_rate_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("state_province_id" AS VARCHAR)) || ':' || CAST("state_province_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("tax_type" AS VARCHAR)) || ':' || CAST("tax_type" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("tax_rate" AS VARCHAR)) || ':' || CAST("tax_rate" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS sales_tax_rate__record_hash
  FROM das.raw__adventure_works__sales_tax_rates
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY sales_tax_rate__sales_tax_rate_id, sales_tax_rate__record_loaded_at ORDER BY sales_tax_rate__record_hash) AS __duplicate
    FROM landed
    WHERE sales_tax_rate__sales_tax_rate_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(sales_tax_rate__record_hash) OVER (PARTITION BY sales_tax_rate__sales_tax_rate_id ORDER BY sales_tax_rate__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY sales_tax_rate__sales_tax_rate_id ORDER BY sales_tax_rate__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY sales_tax_rate__sales_tax_rate_id ORDER BY sales_tax_rate__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> sales_tax_rate__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__sales_tax_rate || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_tax_rate || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_tax_rate,
  CASE WHEN (_hook__sales_tax_rate) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_tax_rate) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_tax_rate,
  CASE WHEN (_hook__state_province) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__state_province) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__state_province,
  sales_tax_rate__sales_tax_rate_id,
  sales_tax_rate__state_province_id,
  sales_tax_rate__tax_type,
  sales_tax_rate__tax_rate,
  sales_tax_rate__name,
  sales_tax_rate__rowguid,
  sales_tax_rate__modified_date,
  sales_tax_rate__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS sales_tax_rate__record_updated_at,
  __valid_from AS sales_tax_rate__record_valid_from,
  __valid_to AS sales_tax_rate__record_valid_to,
  __version AS sales_tax_rate__record_version,
  __next_loaded_at IS NULL AS sales_tax_rate__record_is_current,
  sales_tax_rate__record_hash
FROM history
-- end of model
-- model dar adventure_works__sales_tax_rates PERIPHERAL VIEW
SELECT
  _pit_hook__sales_tax_rate,
  _hook__sales_tax_rate,
  sales_tax_rate__sales_tax_rate_id,
  sales_tax_rate__state_province_id,
  sales_tax_rate__tax_type,
  sales_tax_rate__tax_rate,
  sales_tax_rate__name,
  sales_tax_rate__rowguid,
  sales_tax_rate__modified_date,
  sales_tax_rate__record_loaded_at,
  sales_tax_rate__record_updated_at,
  sales_tax_rate__record_valid_from,
  sales_tax_rate__record_valid_to,
  sales_tax_rate__record_version,
  sales_tax_rate__record_is_current,
  sales_tax_rate__record_hash
FROM dab.frame__adventure_works__sales_tax_rates
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_tax_rate,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_tax_rate,
  CAST(NULL AS INTEGER) AS sales_tax_rate__sales_tax_rate_id,
  CAST(NULL AS INTEGER) AS sales_tax_rate__state_province_id,
  CAST(NULL AS SMALLINT) AS sales_tax_rate__tax_type,
  CAST(NULL AS DECIMAL(10,4)) AS sales_tax_rate__tax_rate,
  CAST('N/A' AS VARCHAR) AS sales_tax_rate__name,
  CAST('N/A' AS VARCHAR) AS sales_tax_rate__rowguid,
  CAST(NULL AS TIMESTAMP) AS sales_tax_rate__modified_date,
  CAST(NULL AS TIMESTAMP) AS sales_tax_rate__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS sales_tax_rate__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS sales_tax_rate__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS sales_tax_rate__record_valid_to,
  CAST(NULL AS BIGINT) AS sales_tax_rate__record_version,
  CAST(NULL AS BOOLEAN) AS sales_tax_rate__record_is_current,
  CAST(NULL AS VARCHAR) AS sales_tax_rate__record_hash
-- end of model
-- model das raw__adventure_works__sales_territories RAW VIEW
SELECT
  CAST("territory_id" AS INTEGER) AS "territory_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("country_region_code" AS VARCHAR) AS "country_region_code",
  CAST("group" AS VARCHAR) AS "group",
  CAST("sales_ytd" AS DECIMAL(19,4)) AS "sales_ytd",
  CAST("sales_last_year" AS DECIMAL(19,4)) AS "sales_last_year",
  CAST("cost_ytd" AS DECIMAL(19,4)) AS "cost_ytd",
  CAST("cost_last_year" AS DECIMAL(19,4)) AS "cost_last_year",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__sales_territories
-- end of model
-- model dab frame__adventure_works__sales_territories FRAME TABLE
WITH landed AS (
  SELECT
    'sales_territory__adventure_works|' || CAST("territory_id" AS VARCHAR) AS _hook__sales_territory,
    'country_region__adventure_works|' || CAST("country_region_code" AS VARCHAR) AS _hook__country_region,
    "territory_id" AS sales_territory__territory_id,
    "name" AS sales_territory__name,
    "country_region_code" AS sales_territory__country_region_code,
    "group" AS sales_territory__group,
    "sales_ytd" AS sales_territory__sales_ytd,
    "sales_last_year" AS sales_territory__sales_last_year,
    "cost_ytd" AS sales_territory__cost_ytd,
    "cost_last_year" AS sales_territory__cost_last_year,
    "rowguid" AS sales_territory__rowguid,
    "modified_date" AS sales_territory__modified_date,
    "_loaded_at" AS sales_territory__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("territory_id" AS VARCHAR)) || ':' || CAST("territory_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("country_region_code" AS VARCHAR)) || ':' || CAST("country_region_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("group" AS VARCHAR)) || ':' || CAST("group" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sales_ytd" AS VARCHAR)) || ':' || CAST("sales_ytd" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sales_last_year" AS VARCHAR)) || ':' || CAST("sales_last_year" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("cost_ytd" AS VARCHAR)) || ':' || CAST("cost_ytd" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("cost_last_year" AS VARCHAR)) || ':' || CAST("cost_last_year" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS sales_territory__record_hash
  FROM das.raw__adventure_works__sales_territories
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY sales_territory__territory_id, sales_territory__record_loaded_at ORDER BY sales_territory__record_hash) AS __duplicate
    FROM landed
    WHERE sales_territory__territory_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(sales_territory__record_hash) OVER (PARTITION BY sales_territory__territory_id ORDER BY sales_territory__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY sales_territory__territory_id ORDER BY sales_territory__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY sales_territory__territory_id ORDER BY sales_territory__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> sales_territory__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__sales_territory || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_territory || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_territory,
  CASE WHEN (_hook__sales_territory) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_territory) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_territory,
  CASE WHEN (_hook__country_region) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__country_region) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__country_region,
  sales_territory__territory_id,
  sales_territory__name,
  sales_territory__country_region_code,
  sales_territory__group,
  sales_territory__sales_ytd,
  sales_territory__sales_last_year,
  sales_territory__cost_ytd,
  sales_territory__cost_last_year,
  sales_territory__rowguid,
  sales_territory__modified_date,
  sales_territory__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS sales_territory__record_updated_at,
  __valid_from AS sales_territory__record_valid_from,
  __valid_to AS sales_territory__record_valid_to,
  __version AS sales_territory__record_version,
  __next_loaded_at IS NULL AS sales_territory__record_is_current,
  sales_territory__record_hash
FROM history
-- end of model
-- model dar adventure_works__sales_territories PERIPHERAL VIEW
SELECT
  _pit_hook__sales_territory,
  _hook__sales_territory,
  sales_territory__territory_id,
  sales_territory__name,
  sales_territory__country_region_code,
  sales_territory__group,
  sales_territory__sales_ytd,
  sales_territory__sales_last_year,
  sales_territory__cost_ytd,
  sales_territory__cost_last_year,
  sales_territory__rowguid,
  sales_territory__modified_date,
  sales_territory__record_loaded_at,
  sales_territory__record_updated_at,
  sales_territory__record_valid_from,
  sales_territory__record_valid_to,
  sales_territory__record_version,
  sales_territory__record_is_current,
  sales_territory__record_hash
FROM dab.frame__adventure_works__sales_territories
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_territory,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_territory,
  CAST(NULL AS INTEGER) AS sales_territory__territory_id,
  CAST('N/A' AS VARCHAR) AS sales_territory__name,
  CAST('N/A' AS VARCHAR) AS sales_territory__country_region_code,
  CAST('N/A' AS VARCHAR) AS sales_territory__group,
  CAST(NULL AS DECIMAL(19,4)) AS sales_territory__sales_ytd,
  CAST(NULL AS DECIMAL(19,4)) AS sales_territory__sales_last_year,
  CAST(NULL AS DECIMAL(19,4)) AS sales_territory__cost_ytd,
  CAST(NULL AS DECIMAL(19,4)) AS sales_territory__cost_last_year,
  CAST('N/A' AS VARCHAR) AS sales_territory__rowguid,
  CAST(NULL AS TIMESTAMP) AS sales_territory__modified_date,
  CAST(NULL AS TIMESTAMP) AS sales_territory__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS sales_territory__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS sales_territory__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS sales_territory__record_valid_to,
  CAST(NULL AS BIGINT) AS sales_territory__record_version,
  CAST(NULL AS BOOLEAN) AS sales_territory__record_is_current,
  CAST(NULL AS VARCHAR) AS sales_territory__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__sales_territories BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__sales_territory AS __pit,
    _hook__sales_territory,
    _hook__country_region,
    sales_territory__record_valid_from AS __valid_from,
    sales_territory__record_valid_to AS __valid_to,
    sales_territory__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__sales_territories
  WHERE _pit_hook__sales_territory IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__country_regions AS parent_1
    ON parent_1._hook__country_region = child._hook__country_region AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__country_regions AS parent_1
    ON parent_1._hook__country_region = child._hook__country_region AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__country_region AS _pit_hook__country_region,
    child._hook__sales_territory,
    child._hook__country_region,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__country_regions AS parent_1
    ON parent_1._hook__country_region = child._hook__country_region AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__sales_territories' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__sales_territories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__sales_territories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__sales_territory,
  _pit_hook__country_region,
  _hook__sales_territory,
  _hook__country_region,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__sales_persons BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__person__sales_person AS __pit,
    _hook__person__sales_person,
    _hook__person__employee,
    _hook__sales_territory,
    sales_person__record_valid_from AS __valid_from,
    sales_person__record_valid_to AS __valid_to,
    sales_person__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__sales_persons
  WHERE _pit_hook__person__sales_person IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_2
    ON parent_2._hook__sales_territory = child._hook__sales_territory AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_2
    ON parent_2._hook__sales_territory = child._hook__sales_territory AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_2._pit_hook__sales_territory AS _pit_hook__sales_territory,
    parent_2._pit_hook__country_region AS _pit_hook__country_region,
    child._hook__person__sales_person,
    child._hook__person__employee,
    child._hook__sales_territory,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_2
    ON parent_2._hook__sales_territory = child._hook__sales_territory AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__sales_persons' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__sales_persons', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__sales_persons', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__person__sales_person,
  _pit_hook__person__employee,
  _pit_hook__person,
  _pit_hook__business_entity,
  _pit_hook__sales_territory,
  _pit_hook__country_region,
  _hook__person__sales_person,
  _hook__person__employee,
  _hook__sales_territory,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__sales_person_quota_histories BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__sales_person_quota_history AS __pit,
    _hook__person__sales_person,
    _hook__epoch__timestamp__quota,
    _hook__sales_person_quota_history,
    sales_person_quota_history__record_valid_from AS __valid_from,
    sales_person_quota_history__record_valid_to AS __valid_to,
    sales_person_quota_history__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__sales_person_quota_histories
  WHERE _pit_hook__sales_person_quota_history IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_persons AS parent_1
    ON parent_1._hook__person__sales_person = child._hook__person__sales_person AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_persons AS parent_1
    ON parent_1._hook__person__sales_person = child._hook__person__sales_person AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person__sales_person AS _pit_hook__person__sales_person,
    parent_1._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_1._pit_hook__sales_territory AS _pit_hook__sales_territory,
    parent_1._pit_hook__country_region AS _pit_hook__country_region,
    child._hook__person__sales_person,
    child._hook__epoch__timestamp__quota,
    child._hook__sales_person_quota_history,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__sales_persons AS parent_1
    ON parent_1._hook__person__sales_person = child._hook__person__sales_person AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__sales_person_quota_histories' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__sales_person_quota_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__sales_person_quota_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__sales_person_quota_history,
  _pit_hook__person__sales_person,
  _pit_hook__person__employee,
  _pit_hook__person,
  _pit_hook__business_entity,
  _pit_hook__sales_territory,
  _pit_hook__country_region,
  _hook__person__sales_person,
  _hook__epoch__timestamp__quota,
  _hook__sales_person_quota_history,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__sales_person_quota_histories EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    sales_person_quota_history__business_entity_id AS "business_entity_id",
    sales_person_quota_history__quota_date AS "quota_date",
    sales_person_quota_history__sales_quota AS "sales_quota",
    sales_person_quota_history__rowguid AS "rowguid",
    sales_person_quota_history__modified_date AS "modified_date",
    sales_person_quota_history__record_loaded_at AS "_loaded_at",
    _pit_hook__sales_person_quota_history AS __pit
  FROM dab.frame__adventure_works__sales_person_quota_histories
),
dated AS (
  SELECT
    __pit,
    CAST("quota_date" AS DATE) AS __event_0,
    CAST("modified_date" AS DATE) AS __event_1
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__quota_date,
    coalesce(__event_1 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__sales_person_quota_history,
  bridge._pit_hook__person__sales_person,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__sales_territory,
  bridge._pit_hook__country_region,
  bridge._hook__person__sales_person,
  bridge._hook__epoch__timestamp__quota,
  bridge._hook__sales_person_quota_history,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__quota_date, false) AS event__quota_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__sales_person_quota_histories AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__sales_person_quota_history
-- end of model
-- model dar__staging event__adventure_works__sales_persons EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    sales_person__business_entity_id AS "business_entity_id",
    sales_person__territory_id AS "territory_id",
    sales_person__sales_quota AS "sales_quota",
    sales_person__bonus AS "bonus",
    sales_person__commission_pct AS "commission_pct",
    sales_person__sales_ytd AS "sales_ytd",
    sales_person__sales_last_year AS "sales_last_year",
    sales_person__rowguid AS "rowguid",
    sales_person__modified_date AS "modified_date",
    sales_person__record_loaded_at AS "_loaded_at",
    _pit_hook__person__sales_person AS __pit
  FROM dab.frame__adventure_works__sales_persons
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__person__sales_person,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__sales_territory,
  bridge._pit_hook__country_region,
  bridge._hook__person__sales_person,
  bridge._hook__person__employee,
  bridge._hook__sales_territory,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__sales_persons AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__person__sales_person
-- end of model
-- model dar__staging event__adventure_works__sales_territories EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    sales_territory__territory_id AS "territory_id",
    sales_territory__name AS "name",
    sales_territory__country_region_code AS "country_region_code",
    sales_territory__group AS "group",
    sales_territory__sales_ytd AS "sales_ytd",
    sales_territory__sales_last_year AS "sales_last_year",
    sales_territory__cost_ytd AS "cost_ytd",
    sales_territory__cost_last_year AS "cost_last_year",
    sales_territory__rowguid AS "rowguid",
    sales_territory__modified_date AS "modified_date",
    sales_territory__record_loaded_at AS "_loaded_at",
    _pit_hook__sales_territory AS __pit
  FROM dab.frame__adventure_works__sales_territories
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__sales_territory,
  bridge._pit_hook__country_region,
  bridge._hook__sales_territory,
  bridge._hook__country_region,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__sales_territories AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__sales_territory
-- end of model
-- model das raw__adventure_works__sales_territory_histories RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("territory_id" AS INTEGER) AS "territory_id",
  CAST("start_date" AS TIMESTAMP) AS "start_date",
  CAST("end_date" AS TIMESTAMP) AS "end_date",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__sales_territory_histories
-- end of model
-- model dab frame__adventure_works__sales_territory_histories FRAME TABLE
WITH landed AS (
  SELECT
    'person__sales_person__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__person__sales_person,
    'epoch__timestamp__adventure_works|' || CAST("start_date" AS VARCHAR) AS _hook__epoch__timestamp__start,
    'sales_territory__adventure_works|' || CAST("territory_id" AS VARCHAR) AS _hook__sales_territory,
    ('person__sales_person__adventure_works|' || CAST("business_entity_id" AS VARCHAR)) || '~' || ('epoch__timestamp__adventure_works|' || CAST("start_date" AS VARCHAR)) || '~' || ('sales_territory__adventure_works|' || CAST("territory_id" AS VARCHAR)) AS _hook__sales_territory_history,
    "business_entity_id" AS sales_territory_history__business_entity_id,
    "territory_id" AS sales_territory_history__territory_id,
    "start_date" AS sales_territory_history__start_date,
    "end_date" AS sales_territory_history__end_date,
    "rowguid" AS sales_territory_history__rowguid,
    "modified_date" AS sales_territory_history__modified_date,
    "_loaded_at" AS sales_territory_history__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("territory_id" AS VARCHAR)) || ':' || CAST("territory_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("start_date" AS VARCHAR)) || ':' || CAST("start_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("end_date" AS VARCHAR)) || ':' || CAST("end_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS sales_territory_history__record_hash
  FROM das.raw__adventure_works__sales_territory_histories
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY sales_territory_history__business_entity_id, sales_territory_history__start_date, sales_territory_history__territory_id, sales_territory_history__record_loaded_at ORDER BY sales_territory_history__record_hash) AS __duplicate
    FROM landed
    WHERE sales_territory_history__business_entity_id IS NOT NULL AND sales_territory_history__start_date IS NOT NULL AND sales_territory_history__territory_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(sales_territory_history__record_hash) OVER (PARTITION BY sales_territory_history__business_entity_id, sales_territory_history__start_date, sales_territory_history__territory_id ORDER BY sales_territory_history__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY sales_territory_history__business_entity_id, sales_territory_history__start_date, sales_territory_history__territory_id ORDER BY sales_territory_history__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY sales_territory_history__business_entity_id, sales_territory_history__start_date, sales_territory_history__territory_id ORDER BY sales_territory_history__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> sales_territory_history__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__sales_territory_history || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_territory_history || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_territory_history,
  CASE WHEN (_hook__person__sales_person) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__sales_person) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__sales_person,
  CASE WHEN (_hook__epoch__timestamp__start) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__epoch__timestamp__start) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__timestamp__start,
  CASE WHEN (_hook__sales_territory) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_territory) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_territory,
  CASE WHEN (_hook__sales_territory_history) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_territory_history) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_territory_history,
  sales_territory_history__business_entity_id,
  sales_territory_history__territory_id,
  sales_territory_history__start_date,
  sales_territory_history__end_date,
  sales_territory_history__rowguid,
  sales_territory_history__modified_date,
  sales_territory_history__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS sales_territory_history__record_updated_at,
  __valid_from AS sales_territory_history__record_valid_from,
  __valid_to AS sales_territory_history__record_valid_to,
  __version AS sales_territory_history__record_version,
  __next_loaded_at IS NULL AS sales_territory_history__record_is_current,
  sales_territory_history__record_hash
FROM history
-- end of model
-- model dar adventure_works__sales_territory_histories PERIPHERAL VIEW
SELECT
  _pit_hook__sales_territory_history,
  _hook__sales_territory_history,
  sales_territory_history__business_entity_id,
  sales_territory_history__territory_id,
  sales_territory_history__start_date,
  sales_territory_history__end_date,
  sales_territory_history__rowguid,
  sales_territory_history__modified_date,
  sales_territory_history__record_loaded_at,
  sales_territory_history__record_updated_at,
  sales_territory_history__record_valid_from,
  sales_territory_history__record_valid_to,
  sales_territory_history__record_version,
  sales_territory_history__record_is_current,
  sales_territory_history__record_hash
FROM dab.frame__adventure_works__sales_territory_histories
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__sales_territory_history,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_territory_history,
  CAST(NULL AS INTEGER) AS sales_territory_history__business_entity_id,
  CAST(NULL AS INTEGER) AS sales_territory_history__territory_id,
  CAST(NULL AS TIMESTAMP) AS sales_territory_history__start_date,
  CAST(NULL AS TIMESTAMP) AS sales_territory_history__end_date,
  CAST('N/A' AS VARCHAR) AS sales_territory_history__rowguid,
  CAST(NULL AS TIMESTAMP) AS sales_territory_history__modified_date,
  CAST(NULL AS TIMESTAMP) AS sales_territory_history__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS sales_territory_history__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS sales_territory_history__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS sales_territory_history__record_valid_to,
  CAST(NULL AS BIGINT) AS sales_territory_history__record_version,
  CAST(NULL AS BOOLEAN) AS sales_territory_history__record_is_current,
  CAST(NULL AS VARCHAR) AS sales_territory_history__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__sales_territory_histories BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__sales_territory_history AS __pit,
    _hook__person__sales_person,
    _hook__epoch__timestamp__start,
    _hook__sales_territory,
    _hook__sales_territory_history,
    sales_territory_history__record_valid_from AS __valid_from,
    sales_territory_history__record_valid_to AS __valid_to,
    sales_territory_history__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__sales_territory_histories
  WHERE _pit_hook__sales_territory_history IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_persons AS parent_1
    ON parent_1._hook__person__sales_person = child._hook__person__sales_person AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_persons AS parent_1
    ON parent_1._hook__person__sales_person = child._hook__person__sales_person AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_2
    ON parent_2._hook__sales_territory = child._hook__sales_territory AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_2
    ON parent_2._hook__sales_territory = child._hook__sales_territory AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person__sales_person AS _pit_hook__person__sales_person,
    parent_1._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_2._pit_hook__sales_territory AS _pit_hook__sales_territory,
    parent_2._pit_hook__country_region AS _pit_hook__country_region,
    child._hook__person__sales_person,
    child._hook__epoch__timestamp__start,
    child._hook__sales_territory,
    child._hook__sales_territory_history,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__sales_persons AS parent_1
    ON parent_1._hook__person__sales_person = child._hook__person__sales_person AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_2
    ON parent_2._hook__sales_territory = child._hook__sales_territory AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__sales_territory_histories' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__sales_territory_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__sales_territory_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__sales_territory_history,
  _pit_hook__person__sales_person,
  _pit_hook__person__employee,
  _pit_hook__person,
  _pit_hook__business_entity,
  _pit_hook__sales_territory,
  _pit_hook__country_region,
  _hook__person__sales_person,
  _hook__epoch__timestamp__start,
  _hook__sales_territory,
  _hook__sales_territory_history,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__sales_territory_histories EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    sales_territory_history__business_entity_id AS "business_entity_id",
    sales_territory_history__territory_id AS "territory_id",
    sales_territory_history__start_date AS "start_date",
    sales_territory_history__end_date AS "end_date",
    sales_territory_history__rowguid AS "rowguid",
    sales_territory_history__modified_date AS "modified_date",
    sales_territory_history__record_loaded_at AS "_loaded_at",
    _pit_hook__sales_territory_history AS __pit
  FROM dab.frame__adventure_works__sales_territory_histories
),
dated AS (
  SELECT
    __pit,
    CAST("start_date" AS DATE) AS __event_0,
    CAST("end_date" AS DATE) AS __event_1,
    CAST("modified_date" AS DATE) AS __event_2
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1, __event_2))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__start_date,
    coalesce(__event_1 = __date, false) AS event__end_date,
    coalesce(__event_2 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__sales_territory_history,
  bridge._pit_hook__person__sales_person,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__sales_territory,
  bridge._pit_hook__country_region,
  bridge._hook__person__sales_person,
  bridge._hook__epoch__timestamp__start,
  bridge._hook__sales_territory,
  bridge._hook__sales_territory_history,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__start_date, false) AS event__start_date,
  coalesce(flags.event__end_date, false) AS event__end_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__sales_territory_histories AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__sales_territory_history
-- end of model
-- model das raw__adventure_works__scrap_reasons RAW VIEW
SELECT
  CAST("scrap_reason_id" AS SMALLINT) AS "scrap_reason_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__scrap_reasons
-- end of model
-- model dab frame__adventure_works__scrap_reasons FRAME TABLE
WITH landed AS (
  SELECT
    'scrap_reason__adventure_works|' || CAST("scrap_reason_id" AS VARCHAR) AS _hook__scrap_reason,
    "scrap_reason_id" AS scrap_reason__scrap_reason_id,
    "name" AS scrap_reason__name,
    "modified_date" AS scrap_reason__modified_date,
    "_loaded_at" AS scrap_reason__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("scrap_reason_id" AS VARCHAR)) || ':' || CAST("scrap_reason_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS scrap_reason__record_hash
  FROM das.raw__adventure_works__scrap_reasons
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY scrap_reason__scrap_reason_id, scrap_reason__record_loaded_at ORDER BY scrap_reason__record_hash) AS __duplicate
    FROM landed
    WHERE scrap_reason__scrap_reason_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(scrap_reason__record_hash) OVER (PARTITION BY scrap_reason__scrap_reason_id ORDER BY scrap_reason__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY scrap_reason__scrap_reason_id ORDER BY scrap_reason__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY scrap_reason__scrap_reason_id ORDER BY scrap_reason__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> scrap_reason__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__scrap_reason || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__scrap_reason || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__scrap_reason,
  CASE WHEN (_hook__scrap_reason) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__scrap_reason) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__scrap_reason,
  scrap_reason__scrap_reason_id,
  scrap_reason__name,
  scrap_reason__modified_date,
  scrap_reason__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS scrap_reason__record_updated_at,
  __valid_from AS scrap_reason__record_valid_from,
  __valid_to AS scrap_reason__record_valid_to,
  __version AS scrap_reason__record_version,
  __next_loaded_at IS NULL AS scrap_reason__record_is_current,
  scrap_reason__record_hash
FROM history
-- end of model
-- model dar adventure_works__scrap_reasons PERIPHERAL VIEW
SELECT
  _pit_hook__scrap_reason,
  _hook__scrap_reason,
  scrap_reason__scrap_reason_id,
  scrap_reason__name,
  scrap_reason__modified_date,
  scrap_reason__record_loaded_at,
  scrap_reason__record_updated_at,
  scrap_reason__record_valid_from,
  scrap_reason__record_valid_to,
  scrap_reason__record_version,
  scrap_reason__record_is_current,
  scrap_reason__record_hash
FROM dab.frame__adventure_works__scrap_reasons
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__scrap_reason,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__scrap_reason,
  CAST(NULL AS SMALLINT) AS scrap_reason__scrap_reason_id,
  CAST('N/A' AS VARCHAR) AS scrap_reason__name,
  CAST(NULL AS TIMESTAMP) AS scrap_reason__modified_date,
  CAST(NULL AS TIMESTAMP) AS scrap_reason__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS scrap_reason__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS scrap_reason__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS scrap_reason__record_valid_to,
  CAST(NULL AS BIGINT) AS scrap_reason__record_version,
  CAST(NULL AS BOOLEAN) AS scrap_reason__record_is_current,
  CAST(NULL AS VARCHAR) AS scrap_reason__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__scrap_reasons BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__scrap_reason AS __pit,
    _hook__scrap_reason,
    scrap_reason__record_valid_from AS __valid_from,
    scrap_reason__record_valid_to AS __valid_to,
    scrap_reason__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__scrap_reasons
  WHERE _pit_hook__scrap_reason IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__scrap_reason,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__scrap_reasons' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__scrap_reasons', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__scrap_reasons', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__scrap_reason,
  _hook__scrap_reason,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__scrap_reasons EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    scrap_reason__scrap_reason_id AS "scrap_reason_id",
    scrap_reason__name AS "name",
    scrap_reason__modified_date AS "modified_date",
    scrap_reason__record_loaded_at AS "_loaded_at",
    _pit_hook__scrap_reason AS __pit
  FROM dab.frame__adventure_works__scrap_reasons
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__scrap_reason,
  bridge._hook__scrap_reason,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__scrap_reasons AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__scrap_reason
-- end of model
-- model das raw__adventure_works__shifts RAW VIEW
SELECT
  CAST("shift_id" AS SMALLINT) AS "shift_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("start_time" AS TIME) AS "start_time",
  CAST("end_time" AS TIME) AS "end_time",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__shifts
-- end of model
-- model dab frame__adventure_works__shifts FRAME TABLE
WITH landed AS (
  SELECT
    'shift__adventure_works|' || CAST("shift_id" AS VARCHAR) AS _hook__shift,
    "shift_id" AS shift__shift_id,
    "name" AS shift__name,
    "start_time" AS shift__start_time,
    "end_time" AS shift__end_time,
    "modified_date" AS shift__modified_date,
    "_loaded_at" AS shift__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("shift_id" AS VARCHAR)) || ':' || CAST("shift_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("start_time" AS VARCHAR)) || ':' || CAST("start_time" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("end_time" AS VARCHAR)) || ':' || CAST("end_time" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS shift__record_hash
  FROM das.raw__adventure_works__shifts
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY shift__shift_id, shift__record_loaded_at ORDER BY shift__record_hash) AS __duplicate
    FROM landed
    WHERE shift__shift_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(shift__record_hash) OVER (PARTITION BY shift__shift_id ORDER BY shift__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY shift__shift_id ORDER BY shift__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY shift__shift_id ORDER BY shift__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> shift__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__shift || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__shift || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__shift,
  CASE WHEN (_hook__shift) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__shift) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__shift,
  shift__shift_id,
  shift__name,
  shift__start_time,
  shift__end_time,
  shift__modified_date,
  shift__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS shift__record_updated_at,
  __valid_from AS shift__record_valid_from,
  __valid_to AS shift__record_valid_to,
  __version AS shift__record_version,
  __next_loaded_at IS NULL AS shift__record_is_current,
  shift__record_hash
FROM history
-- end of model
-- model dar adventure_works__shifts PERIPHERAL VIEW
SELECT
  _pit_hook__shift,
  _hook__shift,
  shift__shift_id,
  shift__name,
  shift__start_time,
  shift__end_time,
  shift__modified_date,
  shift__record_loaded_at,
  shift__record_updated_at,
  shift__record_valid_from,
  shift__record_valid_to,
  shift__record_version,
  shift__record_is_current,
  shift__record_hash
FROM dab.frame__adventure_works__shifts
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__shift,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__shift,
  CAST(NULL AS SMALLINT) AS shift__shift_id,
  CAST('N/A' AS VARCHAR) AS shift__name,
  CAST(NULL AS TIME) AS shift__start_time,
  CAST(NULL AS TIME) AS shift__end_time,
  CAST(NULL AS TIMESTAMP) AS shift__modified_date,
  CAST(NULL AS TIMESTAMP) AS shift__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS shift__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS shift__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS shift__record_valid_to,
  CAST(NULL AS BIGINT) AS shift__record_version,
  CAST(NULL AS BOOLEAN) AS shift__record_is_current,
  CAST(NULL AS VARCHAR) AS shift__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__shifts BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__shift AS __pit,
    _hook__shift,
    shift__record_valid_from AS __valid_from,
    shift__record_valid_to AS __valid_to,
    shift__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__shifts
  WHERE _pit_hook__shift IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__shift,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__shifts' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__shifts', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__shifts', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__shift,
  _hook__shift,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__employee_department_histories BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__employee_department_history AS __pit,
    _hook__person__employee,
    _hook__epoch__date__start,
    _hook__department,
    _hook__shift,
    _hook__employee_department_history,
    employee_department_history__record_valid_from AS __valid_from,
    employee_department_history__record_valid_to AS __valid_to,
    employee_department_history__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__employee_department_histories
  WHERE _pit_hook__employee_department_history IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__departments AS parent_2
    ON parent_2._hook__department = child._hook__department AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__departments AS parent_2
    ON parent_2._hook__department = child._hook__department AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__shifts AS parent_3
    ON parent_3._hook__shift = child._hook__shift AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__shifts AS parent_3
    ON parent_3._hook__shift = child._hook__shift AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_2._pit_hook__department AS _pit_hook__department,
    parent_3._pit_hook__shift AS _pit_hook__shift,
    child._hook__person__employee,
    child._hook__epoch__date__start,
    child._hook__department,
    child._hook__shift,
    child._hook__employee_department_history,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__departments AS parent_2
    ON parent_2._hook__department = child._hook__department AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__shifts AS parent_3
    ON parent_3._hook__shift = child._hook__shift AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__employee_department_histories' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__employee_department_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__department AS VARCHAR), CAST(_pit_hook__shift AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__employee_department_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__department AS VARCHAR), CAST(_pit_hook__shift AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__employee_department_history,
  _pit_hook__person__employee,
  _pit_hook__person,
  _pit_hook__business_entity,
  _pit_hook__department,
  _pit_hook__shift,
  _hook__person__employee,
  _hook__epoch__date__start,
  _hook__department,
  _hook__shift,
  _hook__employee_department_history,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__employee_department_histories EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    employee_department_history__business_entity_id AS "business_entity_id",
    employee_department_history__department_id AS "department_id",
    employee_department_history__shift_id AS "shift_id",
    employee_department_history__start_date AS "start_date",
    employee_department_history__end_date AS "end_date",
    employee_department_history__modified_date AS "modified_date",
    employee_department_history__record_loaded_at AS "_loaded_at",
    _pit_hook__employee_department_history AS __pit
  FROM dab.frame__adventure_works__employee_department_histories
),
dated AS (
  SELECT
    __pit,
    "start_date" AS __event_0,
    "end_date" AS __event_1,
    CAST("modified_date" AS DATE) AS __event_2
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1, __event_2))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__start_date,
    coalesce(__event_1 = __date, false) AS event__end_date,
    coalesce(__event_2 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__employee_department_history,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__department,
  bridge._pit_hook__shift,
  bridge._hook__person__employee,
  bridge._hook__epoch__date__start,
  bridge._hook__department,
  bridge._hook__shift,
  bridge._hook__employee_department_history,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__start_date, false) AS event__start_date,
  coalesce(flags.event__end_date, false) AS event__end_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__employee_department_histories AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__employee_department_history
-- end of model
-- model dar__staging event__adventure_works__shifts EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    shift__shift_id AS "shift_id",
    shift__name AS "name",
    shift__start_time AS "start_time",
    shift__end_time AS "end_time",
    shift__modified_date AS "modified_date",
    shift__record_loaded_at AS "_loaded_at",
    _pit_hook__shift AS __pit
  FROM dab.frame__adventure_works__shifts
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__shift,
  bridge._hook__shift,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__shifts AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__shift
-- end of model
-- model das raw__adventure_works__ship_methods RAW VIEW
SELECT
  CAST("ship_method_id" AS INTEGER) AS "ship_method_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("ship_base" AS DECIMAL(19,4)) AS "ship_base",
  CAST("ship_rate" AS DECIMAL(19,4)) AS "ship_rate",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__ship_methods
-- end of model
-- model dab frame__adventure_works__ship_methods FRAME TABLE
WITH landed AS (
  SELECT
    'ship_method__adventure_works|' || CAST("ship_method_id" AS VARCHAR) AS _hook__ship_method,
    "ship_method_id" AS ship_method__ship_method_id,
    "name" AS ship_method__name,
    "ship_base" AS ship_method__ship_base,
    "ship_rate" AS ship_method__ship_rate,
    "rowguid" AS ship_method__rowguid,
    "modified_date" AS ship_method__modified_date,
    "_loaded_at" AS ship_method__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("ship_method_id" AS VARCHAR)) || ':' || CAST("ship_method_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("ship_base" AS VARCHAR)) || ':' || CAST("ship_base" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("ship_rate" AS VARCHAR)) || ':' || CAST("ship_rate" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS ship_method__record_hash
  FROM das.raw__adventure_works__ship_methods
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY ship_method__ship_method_id, ship_method__record_loaded_at ORDER BY ship_method__record_hash) AS __duplicate
    FROM landed
    WHERE ship_method__ship_method_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(ship_method__record_hash) OVER (PARTITION BY ship_method__ship_method_id ORDER BY ship_method__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY ship_method__ship_method_id ORDER BY ship_method__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY ship_method__ship_method_id ORDER BY ship_method__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> ship_method__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__ship_method || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__ship_method || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__ship_method,
  CASE WHEN (_hook__ship_method) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__ship_method) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__ship_method,
  ship_method__ship_method_id,
  ship_method__name,
  ship_method__ship_base,
  ship_method__ship_rate,
  ship_method__rowguid,
  ship_method__modified_date,
  ship_method__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS ship_method__record_updated_at,
  __valid_from AS ship_method__record_valid_from,
  __valid_to AS ship_method__record_valid_to,
  __version AS ship_method__record_version,
  __next_loaded_at IS NULL AS ship_method__record_is_current,
  ship_method__record_hash
FROM history
-- end of model
-- model dar adventure_works__ship_methods PERIPHERAL VIEW
SELECT
  _pit_hook__ship_method,
  _hook__ship_method,
  ship_method__ship_method_id,
  ship_method__name,
  ship_method__ship_base,
  ship_method__ship_rate,
  ship_method__rowguid,
  ship_method__modified_date,
  ship_method__record_loaded_at,
  ship_method__record_updated_at,
  ship_method__record_valid_from,
  ship_method__record_valid_to,
  ship_method__record_version,
  ship_method__record_is_current,
  ship_method__record_hash
FROM dab.frame__adventure_works__ship_methods
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__ship_method,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__ship_method,
  CAST(NULL AS INTEGER) AS ship_method__ship_method_id,
  CAST('N/A' AS VARCHAR) AS ship_method__name,
  CAST(NULL AS DECIMAL(19,4)) AS ship_method__ship_base,
  CAST(NULL AS DECIMAL(19,4)) AS ship_method__ship_rate,
  CAST('N/A' AS VARCHAR) AS ship_method__rowguid,
  CAST(NULL AS TIMESTAMP) AS ship_method__modified_date,
  CAST(NULL AS TIMESTAMP) AS ship_method__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS ship_method__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS ship_method__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS ship_method__record_valid_to,
  CAST(NULL AS BIGINT) AS ship_method__record_version,
  CAST(NULL AS BOOLEAN) AS ship_method__record_is_current,
  CAST(NULL AS VARCHAR) AS ship_method__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__ship_methods BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__ship_method AS __pit,
    _hook__ship_method,
    ship_method__record_valid_from AS __valid_from,
    ship_method__record_valid_to AS __valid_to,
    ship_method__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__ship_methods
  WHERE _pit_hook__ship_method IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__ship_method,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__ship_methods' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__ship_methods', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__ship_methods', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__ship_method,
  _hook__ship_method,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__ship_methods EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    ship_method__ship_method_id AS "ship_method_id",
    ship_method__name AS "name",
    ship_method__ship_base AS "ship_base",
    ship_method__ship_rate AS "ship_rate",
    ship_method__rowguid AS "rowguid",
    ship_method__modified_date AS "modified_date",
    ship_method__record_loaded_at AS "_loaded_at",
    _pit_hook__ship_method AS __pit
  FROM dab.frame__adventure_works__ship_methods
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__ship_method,
  bridge._hook__ship_method,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__ship_methods AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__ship_method
-- end of model
-- model das raw__adventure_works__shopping_cart_items RAW VIEW
SELECT
  CAST("shopping_cart_item_id" AS INTEGER) AS "shopping_cart_item_id",
  CAST("shopping_cart_id" AS VARCHAR) AS "shopping_cart_id",
  CAST("quantity" AS INTEGER) AS "quantity",
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("date_created" AS TIMESTAMP) AS "date_created",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__shopping_cart_items
-- end of model
-- model dab frame__adventure_works__shopping_cart_items FRAME TABLE
WITH landed AS (
  SELECT
    'shopping_cart_item__adventure_works|' || CAST("shopping_cart_item_id" AS VARCHAR) AS _hook__shopping_cart_item,
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    "shopping_cart_item_id" AS shopping_cart_item__shopping_cart_item_id,
    "shopping_cart_id" AS shopping_cart_item__shopping_cart_id,
    "quantity" AS shopping_cart_item__quantity,
    "product_id" AS shopping_cart_item__product_id,
    "date_created" AS shopping_cart_item__date_created,
    "modified_date" AS shopping_cart_item__modified_date,
    "_loaded_at" AS shopping_cart_item__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("shopping_cart_item_id" AS VARCHAR)) || ':' || CAST("shopping_cart_item_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("shopping_cart_id" AS VARCHAR)) || ':' || CAST("shopping_cart_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("quantity" AS VARCHAR)) || ':' || CAST("quantity" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("date_created" AS VARCHAR)) || ':' || CAST("date_created" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS shopping_cart_item__record_hash
  FROM das.raw__adventure_works__shopping_cart_items
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY shopping_cart_item__shopping_cart_item_id, shopping_cart_item__record_loaded_at ORDER BY shopping_cart_item__record_hash) AS __duplicate
    FROM landed
    WHERE shopping_cart_item__shopping_cart_item_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(shopping_cart_item__record_hash) OVER (PARTITION BY shopping_cart_item__shopping_cart_item_id ORDER BY shopping_cart_item__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY shopping_cart_item__shopping_cart_item_id ORDER BY shopping_cart_item__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY shopping_cart_item__shopping_cart_item_id ORDER BY shopping_cart_item__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> shopping_cart_item__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__shopping_cart_item || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__shopping_cart_item || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__shopping_cart_item,
  CASE WHEN (_hook__shopping_cart_item) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__shopping_cart_item) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__shopping_cart_item,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  shopping_cart_item__shopping_cart_item_id,
  shopping_cart_item__shopping_cart_id,
  shopping_cart_item__quantity,
  shopping_cart_item__product_id,
  shopping_cart_item__date_created,
  shopping_cart_item__modified_date,
  shopping_cart_item__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS shopping_cart_item__record_updated_at,
  __valid_from AS shopping_cart_item__record_valid_from,
  __valid_to AS shopping_cart_item__record_valid_to,
  __version AS shopping_cart_item__record_version,
  __next_loaded_at IS NULL AS shopping_cart_item__record_is_current,
  shopping_cart_item__record_hash
FROM history
-- end of model
-- model dar adventure_works__shopping_cart_items PERIPHERAL VIEW
SELECT
  _pit_hook__shopping_cart_item,
  _hook__shopping_cart_item,
  shopping_cart_item__shopping_cart_item_id,
  shopping_cart_item__shopping_cart_id,
  shopping_cart_item__quantity,
  shopping_cart_item__product_id,
  shopping_cart_item__date_created,
  shopping_cart_item__modified_date,
  shopping_cart_item__record_loaded_at,
  shopping_cart_item__record_updated_at,
  shopping_cart_item__record_valid_from,
  shopping_cart_item__record_valid_to,
  shopping_cart_item__record_version,
  shopping_cart_item__record_is_current,
  shopping_cart_item__record_hash
FROM dab.frame__adventure_works__shopping_cart_items
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__shopping_cart_item,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__shopping_cart_item,
  CAST(NULL AS INTEGER) AS shopping_cart_item__shopping_cart_item_id,
  CAST('N/A' AS VARCHAR) AS shopping_cart_item__shopping_cart_id,
  CAST(NULL AS INTEGER) AS shopping_cart_item__quantity,
  CAST(NULL AS INTEGER) AS shopping_cart_item__product_id,
  CAST(NULL AS TIMESTAMP) AS shopping_cart_item__date_created,
  CAST(NULL AS TIMESTAMP) AS shopping_cart_item__modified_date,
  CAST(NULL AS TIMESTAMP) AS shopping_cart_item__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS shopping_cart_item__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS shopping_cart_item__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS shopping_cart_item__record_valid_to,
  CAST(NULL AS BIGINT) AS shopping_cart_item__record_version,
  CAST(NULL AS BOOLEAN) AS shopping_cart_item__record_is_current,
  CAST(NULL AS VARCHAR) AS shopping_cart_item__record_hash
-- end of model
-- model das raw__adventure_works__special_offer_products RAW VIEW
SELECT
  CAST("special_offer_id" AS INTEGER) AS "special_offer_id",
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__special_offer_products
-- end of model
-- model dab frame__adventure_works__special_offer_products FRAME TABLE
WITH landed AS (
  SELECT
    'special_offer__adventure_works|' || CAST("special_offer_id" AS VARCHAR) AS _hook__special_offer,
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    ('special_offer__adventure_works|' || CAST("special_offer_id" AS VARCHAR)) || '~' || ('product__adventure_works|' || CAST("product_id" AS VARCHAR)) AS _hook__special_offer_product,
    "special_offer_id" AS special_offer_product__special_offer_id,
    "product_id" AS special_offer_product__product_id,
    "rowguid" AS special_offer_product__rowguid,
    "modified_date" AS special_offer_product__modified_date,
    "_loaded_at" AS special_offer_product__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("special_offer_id" AS VARCHAR)) || ':' || CAST("special_offer_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS special_offer_product__record_hash
  FROM das.raw__adventure_works__special_offer_products
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY special_offer_product__special_offer_id, special_offer_product__product_id, special_offer_product__record_loaded_at ORDER BY special_offer_product__record_hash) AS __duplicate
    FROM landed
    WHERE special_offer_product__special_offer_id IS NOT NULL AND special_offer_product__product_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(special_offer_product__record_hash) OVER (PARTITION BY special_offer_product__special_offer_id, special_offer_product__product_id ORDER BY special_offer_product__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY special_offer_product__special_offer_id, special_offer_product__product_id ORDER BY special_offer_product__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY special_offer_product__special_offer_id, special_offer_product__product_id ORDER BY special_offer_product__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> special_offer_product__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__special_offer_product || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__special_offer_product || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__special_offer_product,
  CASE WHEN (_hook__special_offer) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__special_offer) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__special_offer,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__special_offer_product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__special_offer_product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__special_offer_product,
  special_offer_product__special_offer_id,
  special_offer_product__product_id,
  special_offer_product__rowguid,
  special_offer_product__modified_date,
  special_offer_product__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS special_offer_product__record_updated_at,
  __valid_from AS special_offer_product__record_valid_from,
  __valid_to AS special_offer_product__record_valid_to,
  __version AS special_offer_product__record_version,
  __next_loaded_at IS NULL AS special_offer_product__record_is_current,
  special_offer_product__record_hash
FROM history
-- end of model
-- model dar adventure_works__special_offer_products PERIPHERAL VIEW
SELECT
  _pit_hook__special_offer_product,
  _hook__special_offer_product,
  special_offer_product__special_offer_id,
  special_offer_product__product_id,
  special_offer_product__rowguid,
  special_offer_product__modified_date,
  special_offer_product__record_loaded_at,
  special_offer_product__record_updated_at,
  special_offer_product__record_valid_from,
  special_offer_product__record_valid_to,
  special_offer_product__record_version,
  special_offer_product__record_is_current,
  special_offer_product__record_hash
FROM dab.frame__adventure_works__special_offer_products
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__special_offer_product,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__special_offer_product,
  CAST(NULL AS INTEGER) AS special_offer_product__special_offer_id,
  CAST(NULL AS INTEGER) AS special_offer_product__product_id,
  CAST('N/A' AS VARCHAR) AS special_offer_product__rowguid,
  CAST(NULL AS TIMESTAMP) AS special_offer_product__modified_date,
  CAST(NULL AS TIMESTAMP) AS special_offer_product__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS special_offer_product__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS special_offer_product__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS special_offer_product__record_valid_to,
  CAST(NULL AS BIGINT) AS special_offer_product__record_version,
  CAST(NULL AS BOOLEAN) AS special_offer_product__record_is_current,
  CAST(NULL AS VARCHAR) AS special_offer_product__record_hash
-- end of model
-- model das raw__adventure_works__special_offers RAW VIEW
SELECT
  CAST("special_offer_id" AS INTEGER) AS "special_offer_id",
  CAST("description" AS VARCHAR) AS "description",
  CAST("discount_pct" AS DECIMAL(10,4)) AS "discount_pct",
  CAST("type" AS VARCHAR) AS "type",
  CAST("category" AS VARCHAR) AS "category",
  CAST("start_date" AS TIMESTAMP) AS "start_date",
  CAST("end_date" AS TIMESTAMP) AS "end_date",
  CAST("min_qty" AS INTEGER) AS "min_qty",
  CAST("max_qty" AS INTEGER) AS "max_qty",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__special_offers
-- end of model
-- model dab frame__adventure_works__special_offers FRAME TABLE
WITH landed AS (
  SELECT
    'special_offer__adventure_works|' || CAST("special_offer_id" AS VARCHAR) AS _hook__special_offer,
    "special_offer_id" AS special_offer__special_offer_id,
    "description" AS special_offer__description,
    "discount_pct" AS special_offer__discount_pct,
    "type" AS special_offer__type,
    "category" AS special_offer__category,
    "start_date" AS special_offer__start_date,
    "end_date" AS special_offer__end_date,
    "min_qty" AS special_offer__min_qty,
    "max_qty" AS special_offer__max_qty,
    "rowguid" AS special_offer__rowguid,
    "modified_date" AS special_offer__modified_date,
    "_loaded_at" AS special_offer__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("special_offer_id" AS VARCHAR)) || ':' || CAST("special_offer_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("description" AS VARCHAR)) || ':' || CAST("description" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("discount_pct" AS VARCHAR)) || ':' || CAST("discount_pct" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("type" AS VARCHAR)) || ':' || CAST("type" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("category" AS VARCHAR)) || ':' || CAST("category" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("start_date" AS VARCHAR)) || ':' || CAST("start_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("end_date" AS VARCHAR)) || ':' || CAST("end_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("min_qty" AS VARCHAR)) || ':' || CAST("min_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("max_qty" AS VARCHAR)) || ':' || CAST("max_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS special_offer__record_hash
  FROM das.raw__adventure_works__special_offers
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY special_offer__special_offer_id, special_offer__record_loaded_at ORDER BY special_offer__record_hash) AS __duplicate
    FROM landed
    WHERE special_offer__special_offer_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(special_offer__record_hash) OVER (PARTITION BY special_offer__special_offer_id ORDER BY special_offer__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY special_offer__special_offer_id ORDER BY special_offer__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY special_offer__special_offer_id ORDER BY special_offer__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> special_offer__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__special_offer || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__special_offer || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__special_offer,
  CASE WHEN (_hook__special_offer) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__special_offer) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__special_offer,
  special_offer__special_offer_id,
  special_offer__description,
  special_offer__discount_pct,
  special_offer__type,
  special_offer__category,
  special_offer__start_date,
  special_offer__end_date,
  special_offer__min_qty,
  special_offer__max_qty,
  special_offer__rowguid,
  special_offer__modified_date,
  special_offer__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS special_offer__record_updated_at,
  __valid_from AS special_offer__record_valid_from,
  __valid_to AS special_offer__record_valid_to,
  __version AS special_offer__record_version,
  __next_loaded_at IS NULL AS special_offer__record_is_current,
  special_offer__record_hash
FROM history
-- end of model
-- model dar adventure_works__special_offers PERIPHERAL VIEW
SELECT
  _pit_hook__special_offer,
  _hook__special_offer,
  special_offer__special_offer_id,
  special_offer__description,
  special_offer__discount_pct,
  special_offer__type,
  special_offer__category,
  special_offer__start_date,
  special_offer__end_date,
  special_offer__min_qty,
  special_offer__max_qty,
  special_offer__rowguid,
  special_offer__modified_date,
  special_offer__record_loaded_at,
  special_offer__record_updated_at,
  special_offer__record_valid_from,
  special_offer__record_valid_to,
  special_offer__record_version,
  special_offer__record_is_current,
  special_offer__record_hash
FROM dab.frame__adventure_works__special_offers
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__special_offer,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__special_offer,
  CAST(NULL AS INTEGER) AS special_offer__special_offer_id,
  CAST('N/A' AS VARCHAR) AS special_offer__description,
  CAST(NULL AS DECIMAL(10,4)) AS special_offer__discount_pct,
  CAST('N/A' AS VARCHAR) AS special_offer__type,
  CAST('N/A' AS VARCHAR) AS special_offer__category,
  CAST(NULL AS TIMESTAMP) AS special_offer__start_date,
  CAST(NULL AS TIMESTAMP) AS special_offer__end_date,
  CAST(NULL AS INTEGER) AS special_offer__min_qty,
  CAST(NULL AS INTEGER) AS special_offer__max_qty,
  CAST('N/A' AS VARCHAR) AS special_offer__rowguid,
  CAST(NULL AS TIMESTAMP) AS special_offer__modified_date,
  CAST(NULL AS TIMESTAMP) AS special_offer__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS special_offer__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS special_offer__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS special_offer__record_valid_to,
  CAST(NULL AS BIGINT) AS special_offer__record_version,
  CAST(NULL AS BOOLEAN) AS special_offer__record_is_current,
  CAST(NULL AS VARCHAR) AS special_offer__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__special_offers BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__special_offer AS __pit,
    _hook__special_offer,
    special_offer__record_valid_from AS __valid_from,
    special_offer__record_valid_to AS __valid_to,
    special_offer__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__special_offers
  WHERE _pit_hook__special_offer IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__special_offer,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__special_offers' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__special_offers', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__special_offers', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__special_offer,
  _hook__special_offer,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__special_offers EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    special_offer__special_offer_id AS "special_offer_id",
    special_offer__description AS "description",
    special_offer__discount_pct AS "discount_pct",
    special_offer__type AS "type",
    special_offer__category AS "category",
    special_offer__start_date AS "start_date",
    special_offer__end_date AS "end_date",
    special_offer__min_qty AS "min_qty",
    special_offer__max_qty AS "max_qty",
    special_offer__rowguid AS "rowguid",
    special_offer__modified_date AS "modified_date",
    special_offer__record_loaded_at AS "_loaded_at",
    _pit_hook__special_offer AS __pit
  FROM dab.frame__adventure_works__special_offers
),
dated AS (
  SELECT
    __pit,
    CAST("start_date" AS DATE) AS __event_0,
    CAST("end_date" AS DATE) AS __event_1,
    CAST("modified_date" AS DATE) AS __event_2
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1, __event_2))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__start_date,
    coalesce(__event_1 = __date, false) AS event__end_date,
    coalesce(__event_2 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__special_offer,
  bridge._hook__special_offer,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__start_date, false) AS event__start_date,
  coalesce(flags.event__end_date, false) AS event__end_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__special_offers AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__special_offer
-- end of model
-- model das raw__adventure_works__state_provinces RAW VIEW
SELECT
  CAST("state_province_id" AS INTEGER) AS "state_province_id",
  CAST("state_province_code" AS VARCHAR) AS "state_province_code",
  CAST("country_region_code" AS VARCHAR) AS "country_region_code",
  CAST("is_only_state_province_flag" AS BOOLEAN) AS "is_only_state_province_flag",
  CAST("name" AS VARCHAR) AS "name",
  CAST("territory_id" AS INTEGER) AS "territory_id",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__state_provinces
-- end of model
-- model dab frame__adventure_works__state_provinces FRAME TABLE
WITH landed AS (
  SELECT
    'state_province__adventure_works|' || CAST("state_province_id" AS VARCHAR) AS _hook__state_province,
    'country_region__adventure_works|' || CAST("country_region_code" AS VARCHAR) AS _hook__country_region,
    'sales_territory__adventure_works|' || CAST("territory_id" AS VARCHAR) AS _hook__sales_territory,
    "state_province_id" AS state_province__state_province_id,
    "state_province_code" AS state_province__state_province_code,
    "country_region_code" AS state_province__country_region_code,
    "is_only_state_province_flag" AS state_province__is_only_state_province_flag,
    "name" AS state_province__name,
    "territory_id" AS state_province__territory_id,
    "rowguid" AS state_province__rowguid,
    "modified_date" AS state_province__modified_date,
    "_loaded_at" AS state_province__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("state_province_id" AS VARCHAR)) || ':' || CAST("state_province_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("state_province_code" AS VARCHAR)) || ':' || CAST("state_province_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("country_region_code" AS VARCHAR)) || ':' || CAST("country_region_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("is_only_state_province_flag" AS VARCHAR)) || ':' || CAST("is_only_state_province_flag" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("territory_id" AS VARCHAR)) || ':' || CAST("territory_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS state_province__record_hash
  FROM das.raw__adventure_works__state_provinces
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY state_province__state_province_id, state_province__record_loaded_at ORDER BY state_province__record_hash) AS __duplicate
    FROM landed
    WHERE state_province__state_province_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(state_province__record_hash) OVER (PARTITION BY state_province__state_province_id ORDER BY state_province__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY state_province__state_province_id ORDER BY state_province__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY state_province__state_province_id ORDER BY state_province__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> state_province__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__state_province || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__state_province || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__state_province,
  CASE WHEN (_hook__state_province) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__state_province) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__state_province,
  CASE WHEN (_hook__country_region) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__country_region) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__country_region,
  CASE WHEN (_hook__sales_territory) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__sales_territory) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__sales_territory,
  state_province__state_province_id,
  state_province__state_province_code,
  state_province__country_region_code,
  state_province__is_only_state_province_flag,
  state_province__name,
  state_province__territory_id,
  state_province__rowguid,
  state_province__modified_date,
  state_province__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS state_province__record_updated_at,
  __valid_from AS state_province__record_valid_from,
  __valid_to AS state_province__record_valid_to,
  __version AS state_province__record_version,
  __next_loaded_at IS NULL AS state_province__record_is_current,
  state_province__record_hash
FROM history
-- end of model
-- model dar adventure_works__state_provinces PERIPHERAL VIEW
SELECT
  _pit_hook__state_province,
  _hook__state_province,
  state_province__state_province_id,
  state_province__state_province_code,
  state_province__country_region_code,
  state_province__is_only_state_province_flag,
  state_province__name,
  state_province__territory_id,
  state_province__rowguid,
  state_province__modified_date,
  state_province__record_loaded_at,
  state_province__record_updated_at,
  state_province__record_valid_from,
  state_province__record_valid_to,
  state_province__record_version,
  state_province__record_is_current,
  state_province__record_hash
FROM dab.frame__adventure_works__state_provinces
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__state_province,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__state_province,
  CAST(NULL AS INTEGER) AS state_province__state_province_id,
  CAST('N/A' AS VARCHAR) AS state_province__state_province_code,
  CAST('N/A' AS VARCHAR) AS state_province__country_region_code,
  CAST(NULL AS BOOLEAN) AS state_province__is_only_state_province_flag,
  CAST('N/A' AS VARCHAR) AS state_province__name,
  CAST(NULL AS INTEGER) AS state_province__territory_id,
  CAST('N/A' AS VARCHAR) AS state_province__rowguid,
  CAST(NULL AS TIMESTAMP) AS state_province__modified_date,
  CAST(NULL AS TIMESTAMP) AS state_province__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS state_province__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS state_province__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS state_province__record_valid_to,
  CAST(NULL AS BIGINT) AS state_province__record_version,
  CAST(NULL AS BOOLEAN) AS state_province__record_is_current,
  CAST(NULL AS VARCHAR) AS state_province__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__state_provinces BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__state_province AS __pit,
    _hook__state_province,
    _hook__country_region,
    _hook__sales_territory,
    state_province__record_valid_from AS __valid_from,
    state_province__record_valid_to AS __valid_to,
    state_province__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__state_provinces
  WHERE _pit_hook__state_province IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__country_regions AS parent_1
    ON parent_1._hook__country_region = child._hook__country_region AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__country_regions AS parent_1
    ON parent_1._hook__country_region = child._hook__country_region AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_2
    ON parent_2._hook__sales_territory = child._hook__sales_territory AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_2
    ON parent_2._hook__sales_territory = child._hook__sales_territory AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__country_region AS _pit_hook__country_region,
    parent_2._pit_hook__sales_territory AS _pit_hook__sales_territory,
    child._hook__state_province,
    child._hook__country_region,
    child._hook__sales_territory,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__country_regions AS parent_1
    ON parent_1._hook__country_region = child._hook__country_region AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_2
    ON parent_2._hook__sales_territory = child._hook__sales_territory AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__state_provinces' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__state_provinces', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__state_provinces', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__state_province,
  _pit_hook__country_region,
  _pit_hook__sales_territory,
  _hook__state_province,
  _hook__country_region,
  _hook__sales_territory,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__addresses BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__address AS __pit,
    _hook__address,
    _hook__state_province,
    address__record_valid_from AS __valid_from,
    address__record_valid_to AS __valid_to,
    address__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__addresses
  WHERE _pit_hook__address IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__state_provinces AS parent_1
    ON parent_1._hook__state_province = child._hook__state_province AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__state_provinces AS parent_1
    ON parent_1._hook__state_province = child._hook__state_province AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__state_province AS _pit_hook__state_province,
    parent_1._pit_hook__country_region AS _pit_hook__country_region,
    parent_1._pit_hook__sales_territory AS _pit_hook__sales_territory,
    child._hook__address,
    child._hook__state_province,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__state_provinces AS parent_1
    ON parent_1._hook__state_province = child._hook__state_province AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__addresses' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__addresses', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__state_province AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__addresses', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__state_province AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__address,
  _pit_hook__state_province,
  _pit_hook__country_region,
  _pit_hook__sales_territory,
  _hook__address,
  _hook__state_province,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__business_entity_addresses BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__business_entity_address AS __pit,
    _hook__business_entity,
    _hook__address,
    _hook__address_type,
    _hook__business_entity_address,
    business_entity_address__record_valid_from AS __valid_from,
    business_entity_address__record_valid_to AS __valid_to,
    business_entity_address__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__business_entity_addresses
  WHERE _pit_hook__business_entity_address IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__addresses AS parent_2
    ON parent_2._hook__address = child._hook__address AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__addresses AS parent_2
    ON parent_2._hook__address = child._hook__address AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__address_types AS parent_3
    ON parent_3._hook__address_type = child._hook__address_type AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__address_types AS parent_3
    ON parent_3._hook__address_type = child._hook__address_type AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_2._pit_hook__address AS _pit_hook__address,
    parent_2._pit_hook__state_province AS _pit_hook__state_province,
    parent_2._pit_hook__country_region AS _pit_hook__country_region,
    parent_2._pit_hook__sales_territory AS _pit_hook__sales_territory,
    parent_3._pit_hook__address_type AS _pit_hook__address_type,
    child._hook__business_entity,
    child._hook__address,
    child._hook__address_type,
    child._hook__business_entity_address,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__addresses AS parent_2
    ON parent_2._hook__address = child._hook__address AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__address_types AS parent_3
    ON parent_3._hook__address_type = child._hook__address_type AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__business_entity_addresses' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__business_entity_addresses', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__address AS VARCHAR), CAST(_pit_hook__state_province AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__address_type AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__business_entity_addresses', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__address AS VARCHAR), CAST(_pit_hook__state_province AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__address_type AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__business_entity_address,
  _pit_hook__business_entity,
  _pit_hook__address,
  _pit_hook__state_province,
  _pit_hook__country_region,
  _pit_hook__sales_territory,
  _pit_hook__address_type,
  _hook__business_entity,
  _hook__address,
  _hook__address_type,
  _hook__business_entity_address,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__sales_tax_rates BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__sales_tax_rate AS __pit,
    _hook__sales_tax_rate,
    _hook__state_province,
    sales_tax_rate__record_valid_from AS __valid_from,
    sales_tax_rate__record_valid_to AS __valid_to,
    sales_tax_rate__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__sales_tax_rates
  WHERE _pit_hook__sales_tax_rate IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__state_provinces AS parent_1
    ON parent_1._hook__state_province = child._hook__state_province AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__state_provinces AS parent_1
    ON parent_1._hook__state_province = child._hook__state_province AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__state_province AS _pit_hook__state_province,
    parent_1._pit_hook__country_region AS _pit_hook__country_region,
    parent_1._pit_hook__sales_territory AS _pit_hook__sales_territory,
    child._hook__sales_tax_rate,
    child._hook__state_province,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__state_provinces AS parent_1
    ON parent_1._hook__state_province = child._hook__state_province AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__sales_tax_rates' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__sales_tax_rates', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__state_province AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__sales_tax_rates', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__state_province AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__sales_tax_rate,
  _pit_hook__state_province,
  _pit_hook__country_region,
  _pit_hook__sales_territory,
  _hook__sales_tax_rate,
  _hook__state_province,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__addresses EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    address__address_id AS "address_id",
    address__address_line1 AS "address_line1",
    address__address_line2 AS "address_line2",
    address__city AS "city",
    address__state_province_id AS "state_province_id",
    address__postal_code AS "postal_code",
    address__spatial_location AS "spatial_location",
    address__rowguid AS "rowguid",
    address__modified_date AS "modified_date",
    address__record_loaded_at AS "_loaded_at",
    _pit_hook__address AS __pit
  FROM dab.frame__adventure_works__addresses
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__address,
  bridge._pit_hook__state_province,
  bridge._pit_hook__country_region,
  bridge._pit_hook__sales_territory,
  bridge._hook__address,
  bridge._hook__state_province,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__addresses AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__address
-- end of model
-- model dar__staging event__adventure_works__business_entity_addresses EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    business_entity_address__business_entity_id AS "business_entity_id",
    business_entity_address__address_id AS "address_id",
    business_entity_address__address_type_id AS "address_type_id",
    business_entity_address__rowguid AS "rowguid",
    business_entity_address__modified_date AS "modified_date",
    business_entity_address__record_loaded_at AS "_loaded_at",
    _pit_hook__business_entity_address AS __pit
  FROM dab.frame__adventure_works__business_entity_addresses
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__business_entity_address,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__address,
  bridge._pit_hook__state_province,
  bridge._pit_hook__country_region,
  bridge._pit_hook__sales_territory,
  bridge._pit_hook__address_type,
  bridge._hook__business_entity,
  bridge._hook__address,
  bridge._hook__address_type,
  bridge._hook__business_entity_address,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__business_entity_addresses AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__business_entity_address
-- end of model
-- model dar__staging event__adventure_works__sales_tax_rates EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    sales_tax_rate__sales_tax_rate_id AS "sales_tax_rate_id",
    sales_tax_rate__state_province_id AS "state_province_id",
    sales_tax_rate__tax_type AS "tax_type",
    sales_tax_rate__tax_rate AS "tax_rate",
    sales_tax_rate__name AS "name",
    sales_tax_rate__rowguid AS "rowguid",
    sales_tax_rate__modified_date AS "modified_date",
    sales_tax_rate__record_loaded_at AS "_loaded_at",
    _pit_hook__sales_tax_rate AS __pit
  FROM dab.frame__adventure_works__sales_tax_rates
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__sales_tax_rate,
  bridge._pit_hook__state_province,
  bridge._pit_hook__country_region,
  bridge._pit_hook__sales_territory,
  bridge._hook__sales_tax_rate,
  bridge._hook__state_province,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__sales_tax_rates AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__sales_tax_rate
-- end of model
-- model dar__staging event__adventure_works__state_provinces EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    state_province__state_province_id AS "state_province_id",
    state_province__state_province_code AS "state_province_code",
    state_province__country_region_code AS "country_region_code",
    state_province__is_only_state_province_flag AS "is_only_state_province_flag",
    state_province__name AS "name",
    state_province__territory_id AS "territory_id",
    state_province__rowguid AS "rowguid",
    state_province__modified_date AS "modified_date",
    state_province__record_loaded_at AS "_loaded_at",
    _pit_hook__state_province AS __pit
  FROM dab.frame__adventure_works__state_provinces
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__state_province,
  bridge._pit_hook__country_region,
  bridge._pit_hook__sales_territory,
  bridge._hook__state_province,
  bridge._hook__country_region,
  bridge._hook__sales_territory,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__state_provinces AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__state_province
-- end of model
-- model das raw__adventure_works__stores RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("name" AS VARCHAR) AS "name",
  CAST("sales_person_id" AS INTEGER) AS "sales_person_id",
  CAST("demographics" AS VARCHAR) AS "demographics",
  CAST("rowguid" AS VARCHAR) AS "rowguid",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__stores
-- end of model
-- model dab frame__adventure_works__stores FRAME TABLE
WITH landed AS (
  SELECT
    'store__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__store,
    'business_entity__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__business_entity,
    'person__sales_person__adventure_works|' || CAST("sales_person_id" AS VARCHAR) AS _hook__person__sales_person,
    "business_entity_id" AS store__business_entity_id,
    "name" AS store__name,
    "sales_person_id" AS store__sales_person_id,
    "demographics" AS store__demographics,
    "rowguid" AS store__rowguid,
    "modified_date" AS store__modified_date,
    "_loaded_at" AS store__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("sales_person_id" AS VARCHAR)) || ':' || CAST("sales_person_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("demographics" AS VARCHAR)) || ':' || CAST("demographics" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("rowguid" AS VARCHAR)) || ':' || CAST("rowguid" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS store__record_hash
  FROM das.raw__adventure_works__stores
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY store__business_entity_id, store__record_loaded_at ORDER BY store__record_hash) AS __duplicate
    FROM landed
    WHERE store__business_entity_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(store__record_hash) OVER (PARTITION BY store__business_entity_id ORDER BY store__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY store__business_entity_id ORDER BY store__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY store__business_entity_id ORDER BY store__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> store__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__store || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__store || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__store,
  CASE WHEN (_hook__store) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__store) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__store,
  CASE WHEN (_hook__business_entity) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__business_entity) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__business_entity,
  CASE WHEN (_hook__person__sales_person) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__person__sales_person) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__person__sales_person,
  store__business_entity_id,
  store__name,
  store__sales_person_id,
  store__demographics,
  store__rowguid,
  store__modified_date,
  store__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS store__record_updated_at,
  __valid_from AS store__record_valid_from,
  __valid_to AS store__record_valid_to,
  __version AS store__record_version,
  __next_loaded_at IS NULL AS store__record_is_current,
  store__record_hash
FROM history
-- end of model
-- model dar adventure_works__stores PERIPHERAL VIEW
SELECT
  _pit_hook__store,
  _hook__store,
  store__business_entity_id,
  store__name,
  store__sales_person_id,
  store__demographics,
  store__rowguid,
  store__modified_date,
  store__record_loaded_at,
  store__record_updated_at,
  store__record_valid_from,
  store__record_valid_to,
  store__record_version,
  store__record_is_current,
  store__record_hash
FROM dab.frame__adventure_works__stores
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__store,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__store,
  CAST(NULL AS INTEGER) AS store__business_entity_id,
  CAST('N/A' AS VARCHAR) AS store__name,
  CAST(NULL AS INTEGER) AS store__sales_person_id,
  CAST('N/A' AS VARCHAR) AS store__demographics,
  CAST('N/A' AS VARCHAR) AS store__rowguid,
  CAST(NULL AS TIMESTAMP) AS store__modified_date,
  CAST(NULL AS TIMESTAMP) AS store__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS store__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS store__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS store__record_valid_to,
  CAST(NULL AS BIGINT) AS store__record_version,
  CAST(NULL AS BOOLEAN) AS store__record_is_current,
  CAST(NULL AS VARCHAR) AS store__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__stores BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__store AS __pit,
    _hook__store,
    _hook__business_entity,
    _hook__person__sales_person,
    store__record_valid_from AS __valid_from,
    store__record_valid_to AS __valid_to,
    store__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__stores
  WHERE _pit_hook__store IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_persons AS parent_2
    ON parent_2._hook__person__sales_person = child._hook__person__sales_person AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_persons AS parent_2
    ON parent_2._hook__person__sales_person = child._hook__person__sales_person AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_2._pit_hook__person__sales_person AS _pit_hook__person__sales_person,
    parent_2._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_2._pit_hook__person AS _pit_hook__person,
    parent_2._pit_hook__sales_territory AS _pit_hook__sales_territory,
    parent_2._pit_hook__country_region AS _pit_hook__country_region,
    child._hook__store,
    child._hook__business_entity,
    child._hook__person__sales_person,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__sales_persons AS parent_2
    ON parent_2._hook__person__sales_person = child._hook__person__sales_person AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__stores' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__stores', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__stores', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__store,
  _pit_hook__business_entity,
  _pit_hook__person__sales_person,
  _pit_hook__person__employee,
  _pit_hook__person,
  _pit_hook__sales_territory,
  _pit_hook__country_region,
  _hook__store,
  _hook__business_entity,
  _hook__person__sales_person,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__customers BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__customer AS __pit,
    _hook__customer,
    _hook__person,
    _hook__store,
    _hook__sales_territory,
    customer__record_valid_from AS __valid_from,
    customer__record_valid_to AS __valid_to,
    customer__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__customers
  WHERE _pit_hook__customer IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__stores AS parent_2
    ON parent_2._hook__store = child._hook__store AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__stores AS parent_2
    ON parent_2._hook__store = child._hook__store AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_3
    ON parent_3._hook__sales_territory = child._hook__sales_territory AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_3
    ON parent_3._hook__sales_territory = child._hook__sales_territory AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_2._pit_hook__store AS _pit_hook__store,
    parent_2._pit_hook__person__sales_person AS _pit_hook__person__sales_person,
    parent_2._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_3._pit_hook__sales_territory AS _pit_hook__sales_territory,
    parent_3._pit_hook__country_region AS _pit_hook__country_region,
    child._hook__customer,
    child._hook__person,
    child._hook__store,
    child._hook__sales_territory,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__persons AS parent_1
    ON parent_1._hook__person = child._hook__person AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__stores AS parent_2
    ON parent_2._hook__store = child._hook__store AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_3
    ON parent_3._hook__sales_territory = child._hook__sales_territory AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__customers' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__customers', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__store AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__customers', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__store AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__customer,
  _pit_hook__person,
  _pit_hook__business_entity,
  _pit_hook__store,
  _pit_hook__person__sales_person,
  _pit_hook__person__employee,
  _pit_hook__sales_territory,
  _pit_hook__country_region,
  _hook__customer,
  _hook__person,
  _hook__store,
  _hook__sales_territory,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__sales_order_headers BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__order__sales AS __pit,
    _hook__order__sales,
    _hook__customer,
    _hook__person__sales_person,
    _hook__sales_territory,
    _hook__address__billing,
    _hook__address__shipping,
    _hook__ship_method,
    _hook__credit_card,
    _hook__currency_rate,
    sales_order_header__record_valid_from AS __valid_from,
    sales_order_header__record_valid_to AS __valid_to,
    sales_order_header__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__sales_order_headers
  WHERE _pit_hook__order__sales IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__customers AS parent_1
    ON parent_1._hook__customer = child._hook__customer AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__customers AS parent_1
    ON parent_1._hook__customer = child._hook__customer AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_persons AS parent_2
    ON parent_2._hook__person__sales_person = child._hook__person__sales_person AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_persons AS parent_2
    ON parent_2._hook__person__sales_person = child._hook__person__sales_person AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_3
    ON parent_3._hook__sales_territory = child._hook__sales_territory AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_3
    ON parent_3._hook__sales_territory = child._hook__sales_territory AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_4.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__addresses AS parent_4
    ON parent_4._hook__address = child._hook__address__billing AND parent_4.bridge__record_valid_from > child.__valid_from AND parent_4.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_4.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__addresses AS parent_4
    ON parent_4._hook__address = child._hook__address__billing AND parent_4.bridge__record_valid_to > child.__valid_from AND parent_4.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_5.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__addresses AS parent_5
    ON parent_5._hook__address = child._hook__address__shipping AND parent_5.bridge__record_valid_from > child.__valid_from AND parent_5.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_5.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__addresses AS parent_5
    ON parent_5._hook__address = child._hook__address__shipping AND parent_5.bridge__record_valid_to > child.__valid_from AND parent_5.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_6.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__ship_methods AS parent_6
    ON parent_6._hook__ship_method = child._hook__ship_method AND parent_6.bridge__record_valid_from > child.__valid_from AND parent_6.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_6.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__ship_methods AS parent_6
    ON parent_6._hook__ship_method = child._hook__ship_method AND parent_6.bridge__record_valid_to > child.__valid_from AND parent_6.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_7.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__credit_cards AS parent_7
    ON parent_7._hook__credit_card = child._hook__credit_card AND parent_7.bridge__record_valid_from > child.__valid_from AND parent_7.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_7.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__credit_cards AS parent_7
    ON parent_7._hook__credit_card = child._hook__credit_card AND parent_7.bridge__record_valid_to > child.__valid_from AND parent_7.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_8.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__currency_rates AS parent_8
    ON parent_8._hook__currency_rate = child._hook__currency_rate AND parent_8.bridge__record_valid_from > child.__valid_from AND parent_8.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_8.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__currency_rates AS parent_8
    ON parent_8._hook__currency_rate = child._hook__currency_rate AND parent_8.bridge__record_valid_to > child.__valid_from AND parent_8.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__customer AS _pit_hook__customer,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_1._pit_hook__store AS _pit_hook__store,
    parent_2._pit_hook__person__sales_person AS _pit_hook__person__sales_person,
    parent_2._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_3._pit_hook__sales_territory AS _pit_hook__sales_territory,
    parent_3._pit_hook__country_region AS _pit_hook__country_region,
    parent_4._pit_hook__address AS _pit_hook__address__billing,
    parent_4._pit_hook__state_province AS _pit_hook__state_province__billing,
    parent_4._pit_hook__country_region AS _pit_hook__country_region__billing,
    parent_4._pit_hook__sales_territory AS _pit_hook__sales_territory__billing,
    parent_5._pit_hook__address AS _pit_hook__address__shipping,
    parent_5._pit_hook__state_province AS _pit_hook__state_province__shipping,
    parent_5._pit_hook__country_region AS _pit_hook__country_region__shipping,
    parent_5._pit_hook__sales_territory AS _pit_hook__sales_territory__shipping,
    parent_6._pit_hook__ship_method AS _pit_hook__ship_method,
    parent_7._pit_hook__credit_card AS _pit_hook__credit_card,
    parent_8._pit_hook__currency_rate AS _pit_hook__currency_rate,
    parent_8._pit_hook__currency__from AS _pit_hook__currency__from,
    parent_8._pit_hook__currency__to AS _pit_hook__currency__to,
    child._hook__order__sales,
    child._hook__customer,
    child._hook__person__sales_person,
    child._hook__sales_territory,
    child._hook__address__billing,
    child._hook__address__shipping,
    child._hook__ship_method,
    child._hook__credit_card,
    child._hook__currency_rate,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at, parent_4.bridge__record_loaded_at, parent_5.bridge__record_loaded_at, parent_6.bridge__record_loaded_at, parent_7.bridge__record_loaded_at, parent_8.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__customers AS parent_1
    ON parent_1._hook__customer = child._hook__customer AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__sales_persons AS parent_2
    ON parent_2._hook__person__sales_person = child._hook__person__sales_person AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__sales_territories AS parent_3
    ON parent_3._hook__sales_territory = child._hook__sales_territory AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__addresses AS parent_4
    ON parent_4._hook__address = child._hook__address__billing AND parent_4.bridge__record_valid_from <= intervals.__valid_from AND parent_4.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__addresses AS parent_5
    ON parent_5._hook__address = child._hook__address__shipping AND parent_5.bridge__record_valid_from <= intervals.__valid_from AND parent_5.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__ship_methods AS parent_6
    ON parent_6._hook__ship_method = child._hook__ship_method AND parent_6.bridge__record_valid_from <= intervals.__valid_from AND parent_6.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__credit_cards AS parent_7
    ON parent_7._hook__credit_card = child._hook__credit_card AND parent_7.bridge__record_valid_from <= intervals.__valid_from AND parent_7.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__currency_rates AS parent_8
    ON parent_8._hook__currency_rate = child._hook__currency_rate AND parent_8.bridge__record_valid_from <= intervals.__valid_from AND parent_8.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__sales_order_headers' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__sales_order_headers', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__customer AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__store AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__address__billing AS VARCHAR), CAST(_pit_hook__state_province__billing AS VARCHAR), CAST(_pit_hook__country_region__billing AS VARCHAR), CAST(_pit_hook__sales_territory__billing AS VARCHAR), CAST(_pit_hook__address__shipping AS VARCHAR), CAST(_pit_hook__state_province__shipping AS VARCHAR), CAST(_pit_hook__country_region__shipping AS VARCHAR), CAST(_pit_hook__sales_territory__shipping AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR), CAST(_pit_hook__credit_card AS VARCHAR), CAST(_pit_hook__currency_rate AS VARCHAR), CAST(_pit_hook__currency__from AS VARCHAR), CAST(_pit_hook__currency__to AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__sales_order_headers', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__customer AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__store AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__address__billing AS VARCHAR), CAST(_pit_hook__state_province__billing AS VARCHAR), CAST(_pit_hook__country_region__billing AS VARCHAR), CAST(_pit_hook__sales_territory__billing AS VARCHAR), CAST(_pit_hook__address__shipping AS VARCHAR), CAST(_pit_hook__state_province__shipping AS VARCHAR), CAST(_pit_hook__country_region__shipping AS VARCHAR), CAST(_pit_hook__sales_territory__shipping AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR), CAST(_pit_hook__credit_card AS VARCHAR), CAST(_pit_hook__currency_rate AS VARCHAR), CAST(_pit_hook__currency__from AS VARCHAR), CAST(_pit_hook__currency__to AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__order__sales,
  _pit_hook__customer,
  _pit_hook__person,
  _pit_hook__business_entity,
  _pit_hook__store,
  _pit_hook__person__sales_person,
  _pit_hook__person__employee,
  _pit_hook__sales_territory,
  _pit_hook__country_region,
  _pit_hook__address__billing,
  _pit_hook__state_province__billing,
  _pit_hook__country_region__billing,
  _pit_hook__sales_territory__billing,
  _pit_hook__address__shipping,
  _pit_hook__state_province__shipping,
  _pit_hook__country_region__shipping,
  _pit_hook__sales_territory__shipping,
  _pit_hook__ship_method,
  _pit_hook__credit_card,
  _pit_hook__currency_rate,
  _pit_hook__currency__from,
  _pit_hook__currency__to,
  _hook__order__sales,
  _hook__customer,
  _hook__person__sales_person,
  _hook__sales_territory,
  _hook__address__billing,
  _hook__address__shipping,
  _hook__ship_method,
  _hook__credit_card,
  _hook__currency_rate,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__sales_order_header_sales_reasons BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__sales_order_header_sales_reason AS __pit,
    _hook__order__sales,
    _hook__sales_reason,
    _hook__sales_order_header_sales_reason,
    sales_order_header_sales_reason__record_valid_from AS __valid_from,
    sales_order_header_sales_reason__record_valid_to AS __valid_to,
    sales_order_header_sales_reason__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__sales_order_header_sales_reasons
  WHERE _pit_hook__sales_order_header_sales_reason IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_order_headers AS parent_1
    ON parent_1._hook__order__sales = child._hook__order__sales AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_order_headers AS parent_1
    ON parent_1._hook__order__sales = child._hook__order__sales AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_reasons AS parent_2
    ON parent_2._hook__sales_reason = child._hook__sales_reason AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_reasons AS parent_2
    ON parent_2._hook__sales_reason = child._hook__sales_reason AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__order__sales AS _pit_hook__order__sales,
    parent_1._pit_hook__customer AS _pit_hook__customer,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_1._pit_hook__store AS _pit_hook__store,
    parent_1._pit_hook__person__sales_person AS _pit_hook__person__sales_person,
    parent_1._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_1._pit_hook__sales_territory AS _pit_hook__sales_territory,
    parent_1._pit_hook__country_region AS _pit_hook__country_region,
    parent_1._pit_hook__address__billing AS _pit_hook__address__billing,
    parent_1._pit_hook__state_province__billing AS _pit_hook__state_province__billing,
    parent_1._pit_hook__country_region__billing AS _pit_hook__country_region__billing,
    parent_1._pit_hook__sales_territory__billing AS _pit_hook__sales_territory__billing,
    parent_1._pit_hook__address__shipping AS _pit_hook__address__shipping,
    parent_1._pit_hook__state_province__shipping AS _pit_hook__state_province__shipping,
    parent_1._pit_hook__country_region__shipping AS _pit_hook__country_region__shipping,
    parent_1._pit_hook__sales_territory__shipping AS _pit_hook__sales_territory__shipping,
    parent_1._pit_hook__ship_method AS _pit_hook__ship_method,
    parent_1._pit_hook__credit_card AS _pit_hook__credit_card,
    parent_1._pit_hook__currency_rate AS _pit_hook__currency_rate,
    parent_1._pit_hook__currency__from AS _pit_hook__currency__from,
    parent_1._pit_hook__currency__to AS _pit_hook__currency__to,
    parent_2._pit_hook__sales_reason AS _pit_hook__sales_reason,
    child._hook__order__sales,
    child._hook__sales_reason,
    child._hook__sales_order_header_sales_reason,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__sales_order_headers AS parent_1
    ON parent_1._hook__order__sales = child._hook__order__sales AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__sales_reasons AS parent_2
    ON parent_2._hook__sales_reason = child._hook__sales_reason AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__sales_order_header_sales_reasons' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__sales_order_header_sales_reasons', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__order__sales AS VARCHAR), CAST(_pit_hook__customer AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__store AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__address__billing AS VARCHAR), CAST(_pit_hook__state_province__billing AS VARCHAR), CAST(_pit_hook__country_region__billing AS VARCHAR), CAST(_pit_hook__sales_territory__billing AS VARCHAR), CAST(_pit_hook__address__shipping AS VARCHAR), CAST(_pit_hook__state_province__shipping AS VARCHAR), CAST(_pit_hook__country_region__shipping AS VARCHAR), CAST(_pit_hook__sales_territory__shipping AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR), CAST(_pit_hook__credit_card AS VARCHAR), CAST(_pit_hook__currency_rate AS VARCHAR), CAST(_pit_hook__currency__from AS VARCHAR), CAST(_pit_hook__currency__to AS VARCHAR), CAST(_pit_hook__sales_reason AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__sales_order_header_sales_reasons', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__order__sales AS VARCHAR), CAST(_pit_hook__customer AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__store AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__address__billing AS VARCHAR), CAST(_pit_hook__state_province__billing AS VARCHAR), CAST(_pit_hook__country_region__billing AS VARCHAR), CAST(_pit_hook__sales_territory__billing AS VARCHAR), CAST(_pit_hook__address__shipping AS VARCHAR), CAST(_pit_hook__state_province__shipping AS VARCHAR), CAST(_pit_hook__country_region__shipping AS VARCHAR), CAST(_pit_hook__sales_territory__shipping AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR), CAST(_pit_hook__credit_card AS VARCHAR), CAST(_pit_hook__currency_rate AS VARCHAR), CAST(_pit_hook__currency__from AS VARCHAR), CAST(_pit_hook__currency__to AS VARCHAR), CAST(_pit_hook__sales_reason AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__sales_order_header_sales_reason,
  _pit_hook__order__sales,
  _pit_hook__customer,
  _pit_hook__person,
  _pit_hook__business_entity,
  _pit_hook__store,
  _pit_hook__person__sales_person,
  _pit_hook__person__employee,
  _pit_hook__sales_territory,
  _pit_hook__country_region,
  _pit_hook__address__billing,
  _pit_hook__state_province__billing,
  _pit_hook__country_region__billing,
  _pit_hook__sales_territory__billing,
  _pit_hook__address__shipping,
  _pit_hook__state_province__shipping,
  _pit_hook__country_region__shipping,
  _pit_hook__sales_territory__shipping,
  _pit_hook__ship_method,
  _pit_hook__credit_card,
  _pit_hook__currency_rate,
  _pit_hook__currency__from,
  _pit_hook__currency__to,
  _pit_hook__sales_reason,
  _hook__order__sales,
  _hook__sales_reason,
  _hook__sales_order_header_sales_reason,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__customers EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    customer__customer_id AS "customer_id",
    customer__person_id AS "person_id",
    customer__store_id AS "store_id",
    customer__territory_id AS "territory_id",
    customer__account_number AS "account_number",
    customer__rowguid AS "rowguid",
    customer__modified_date AS "modified_date",
    customer__record_loaded_at AS "_loaded_at",
    _pit_hook__customer AS __pit
  FROM dab.frame__adventure_works__customers
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__customer,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__store,
  bridge._pit_hook__person__sales_person,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__sales_territory,
  bridge._pit_hook__country_region,
  bridge._hook__customer,
  bridge._hook__person,
  bridge._hook__store,
  bridge._hook__sales_territory,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__customers AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__customer
-- end of model
-- model dar__staging event__adventure_works__sales_order_header_sales_reasons EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    sales_order_header_sales_reason__sales_order_id AS "sales_order_id",
    sales_order_header_sales_reason__sales_reason_id AS "sales_reason_id",
    sales_order_header_sales_reason__modified_date AS "modified_date",
    sales_order_header_sales_reason__record_loaded_at AS "_loaded_at",
    _pit_hook__sales_order_header_sales_reason AS __pit
  FROM dab.frame__adventure_works__sales_order_header_sales_reasons
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__sales_order_header_sales_reason,
  bridge._pit_hook__order__sales,
  bridge._pit_hook__customer,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__store,
  bridge._pit_hook__person__sales_person,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__sales_territory,
  bridge._pit_hook__country_region,
  bridge._pit_hook__address__billing,
  bridge._pit_hook__state_province__billing,
  bridge._pit_hook__country_region__billing,
  bridge._pit_hook__sales_territory__billing,
  bridge._pit_hook__address__shipping,
  bridge._pit_hook__state_province__shipping,
  bridge._pit_hook__country_region__shipping,
  bridge._pit_hook__sales_territory__shipping,
  bridge._pit_hook__ship_method,
  bridge._pit_hook__credit_card,
  bridge._pit_hook__currency_rate,
  bridge._pit_hook__currency__from,
  bridge._pit_hook__currency__to,
  bridge._pit_hook__sales_reason,
  bridge._hook__order__sales,
  bridge._hook__sales_reason,
  bridge._hook__sales_order_header_sales_reason,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__sales_order_header_sales_reasons AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__sales_order_header_sales_reason
-- end of model
-- model dar__staging event__adventure_works__sales_order_headers EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    sales_order_header__sales_order_id AS "sales_order_id",
    sales_order_header__revision_number AS "revision_number",
    sales_order_header__order_date AS "order_date",
    sales_order_header__due_date AS "due_date",
    sales_order_header__ship_date AS "ship_date",
    sales_order_header__status AS "status",
    sales_order_header__online_order_flag AS "online_order_flag",
    sales_order_header__sales_order_number AS "sales_order_number",
    sales_order_header__purchase_order_number AS "purchase_order_number",
    sales_order_header__account_number AS "account_number",
    sales_order_header__customer_id AS "customer_id",
    sales_order_header__sales_person_id AS "sales_person_id",
    sales_order_header__territory_id AS "territory_id",
    sales_order_header__bill_to_address_id AS "bill_to_address_id",
    sales_order_header__ship_to_address_id AS "ship_to_address_id",
    sales_order_header__ship_method_id AS "ship_method_id",
    sales_order_header__credit_card_id AS "credit_card_id",
    sales_order_header__credit_card_approval_code AS "credit_card_approval_code",
    sales_order_header__currency_rate_id AS "currency_rate_id",
    sales_order_header__sub_total AS "sub_total",
    sales_order_header__tax_amt AS "tax_amt",
    sales_order_header__freight AS "freight",
    sales_order_header__total_due AS "total_due",
    sales_order_header__comment AS "comment",
    sales_order_header__rowguid AS "rowguid",
    sales_order_header__modified_date AS "modified_date",
    sales_order_header__record_loaded_at AS "_loaded_at",
    _pit_hook__order__sales AS __pit
  FROM dab.frame__adventure_works__sales_order_headers
),
dated AS (
  SELECT
    __pit,
    CAST("order_date" AS DATE) AS __event_0,
    CAST("due_date" AS DATE) AS __event_1,
    CAST("ship_date" AS DATE) AS __event_2,
    CAST("modified_date" AS DATE) AS __event_3,
    CAST("order_date" AS DATE) AS __event_4,
    CAST("due_date" AS DATE) AS __event_5,
    CAST("ship_date" AS DATE) AS __event_6
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1, __event_2, __event_3, __event_4, __event_5, __event_6))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__order_date,
    coalesce(__event_1 = __date, false) AS event__due_date,
    coalesce(__event_2 = __date, false) AS event__ship_date,
    coalesce(__event_3 = __date, false) AS event__modified_date,
    coalesce(__event_4 = __date, false) AS event__ordered,
    coalesce(__event_5 = __date, false) AS event__due,
    coalesce(__event_6 = __date, false) AS event__shipped
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__order__sales,
  bridge._pit_hook__customer,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__store,
  bridge._pit_hook__person__sales_person,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__sales_territory,
  bridge._pit_hook__country_region,
  bridge._pit_hook__address__billing,
  bridge._pit_hook__state_province__billing,
  bridge._pit_hook__country_region__billing,
  bridge._pit_hook__sales_territory__billing,
  bridge._pit_hook__address__shipping,
  bridge._pit_hook__state_province__shipping,
  bridge._pit_hook__country_region__shipping,
  bridge._pit_hook__sales_territory__shipping,
  bridge._pit_hook__ship_method,
  bridge._pit_hook__credit_card,
  bridge._pit_hook__currency_rate,
  bridge._pit_hook__currency__from,
  bridge._pit_hook__currency__to,
  bridge._hook__order__sales,
  bridge._hook__customer,
  bridge._hook__person__sales_person,
  bridge._hook__sales_territory,
  bridge._hook__address__billing,
  bridge._hook__address__shipping,
  bridge._hook__ship_method,
  bridge._hook__credit_card,
  bridge._hook__currency_rate,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__order_date, false) AS event__order_date,
  coalesce(flags.event__due_date, false) AS event__due_date,
  coalesce(flags.event__ship_date, false) AS event__ship_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  coalesce(flags.event__ordered, false) AS event__ordered,
  coalesce(flags.event__due, false) AS event__due,
  coalesce(flags.event__shipped, false) AS event__shipped,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__sales_order_headers AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__order__sales
-- end of model
-- model dar__staging event__adventure_works__stores EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    store__business_entity_id AS "business_entity_id",
    store__name AS "name",
    store__sales_person_id AS "sales_person_id",
    store__demographics AS "demographics",
    store__rowguid AS "rowguid",
    store__modified_date AS "modified_date",
    store__record_loaded_at AS "_loaded_at",
    _pit_hook__store AS __pit
  FROM dab.frame__adventure_works__stores
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__store,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__person__sales_person,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__person,
  bridge._pit_hook__sales_territory,
  bridge._pit_hook__country_region,
  bridge._hook__store,
  bridge._hook__business_entity,
  bridge._hook__person__sales_person,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__stores AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__store
-- end of model
-- model das raw__adventure_works__transaction_histories RAW VIEW
SELECT
  CAST("transaction_id" AS INTEGER) AS "transaction_id",
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("reference_order_id" AS INTEGER) AS "reference_order_id",
  CAST("reference_order_line_id" AS INTEGER) AS "reference_order_line_id",
  CAST("transaction_date" AS TIMESTAMP) AS "transaction_date",
  CAST("transaction_type" AS VARCHAR) AS "transaction_type",
  CAST("quantity" AS INTEGER) AS "quantity",
  CAST("actual_cost" AS DECIMAL(19,4)) AS "actual_cost",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__transaction_histories
-- end of model
-- model dab frame__adventure_works__transaction_histories FRAME TABLE
WITH landed AS (
  SELECT
    'transaction__adventure_works|' || CAST("transaction_id" AS VARCHAR) AS _hook__transaction,
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    'order__sales__adventure_works|' || CAST((CASE WHEN transaction_type = 'S' THEN reference_order_id END) AS VARCHAR) AS _hook__order__sales,
    'order__purchase__adventure_works|' || CAST((CASE WHEN transaction_type = 'P' THEN reference_order_id END) AS VARCHAR) AS _hook__order__purchase,
    'work_order__adventure_works|' || CAST((CASE WHEN transaction_type = 'W' THEN reference_order_id END) AS VARCHAR) AS _hook__work_order,
    "transaction_id" AS transaction_history__transaction_id,
    "product_id" AS transaction_history__product_id,
    "reference_order_id" AS transaction_history__reference_order_id,
    "reference_order_line_id" AS transaction_history__reference_order_line_id,
    "transaction_date" AS transaction_history__transaction_date,
    "transaction_type" AS transaction_history__transaction_type,
    "quantity" AS transaction_history__quantity,
    "actual_cost" AS transaction_history__actual_cost,
    "modified_date" AS transaction_history__modified_date,
    "_loaded_at" AS transaction_history__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("transaction_id" AS VARCHAR)) || ':' || CAST("transaction_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("reference_order_id" AS VARCHAR)) || ':' || CAST("reference_order_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("reference_order_line_id" AS VARCHAR)) || ':' || CAST("reference_order_line_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("transaction_date" AS VARCHAR)) || ':' || CAST("transaction_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("transaction_type" AS VARCHAR)) || ':' || CAST("transaction_type" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("quantity" AS VARCHAR)) || ':' || CAST("quantity" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("actual_cost" AS VARCHAR)) || ':' || CAST("actual_cost" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS transaction_history__record_hash
  FROM das.raw__adventure_works__transaction_histories
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY transaction_history__transaction_id, transaction_history__record_loaded_at ORDER BY transaction_history__record_hash) AS __duplicate
    FROM landed
    WHERE transaction_history__transaction_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(transaction_history__record_hash) OVER (PARTITION BY transaction_history__transaction_id ORDER BY transaction_history__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY transaction_history__transaction_id ORDER BY transaction_history__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY transaction_history__transaction_id ORDER BY transaction_history__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> transaction_history__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__transaction || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__transaction || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__transaction,
  CASE WHEN (_hook__transaction) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__transaction) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__transaction,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__order__sales) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__order__sales) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__order__sales,
  CASE WHEN (_hook__order__purchase) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__order__purchase) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__order__purchase,
  CASE WHEN (_hook__work_order) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__work_order) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__work_order,
  transaction_history__transaction_id,
  transaction_history__product_id,
  transaction_history__reference_order_id,
  transaction_history__reference_order_line_id,
  transaction_history__transaction_date,
  transaction_history__transaction_type,
  transaction_history__quantity,
  transaction_history__actual_cost,
  transaction_history__modified_date,
  transaction_history__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS transaction_history__record_updated_at,
  __valid_from AS transaction_history__record_valid_from,
  __valid_to AS transaction_history__record_valid_to,
  __version AS transaction_history__record_version,
  __next_loaded_at IS NULL AS transaction_history__record_is_current,
  transaction_history__record_hash
FROM history
-- end of model
-- model dar adventure_works__transaction_histories PERIPHERAL VIEW
SELECT
  _pit_hook__transaction,
  _hook__transaction,
  transaction_history__transaction_id,
  transaction_history__product_id,
  transaction_history__reference_order_id,
  transaction_history__reference_order_line_id,
  transaction_history__transaction_date,
  transaction_history__transaction_type,
  transaction_history__quantity,
  transaction_history__actual_cost,
  transaction_history__modified_date,
  transaction_history__record_loaded_at,
  transaction_history__record_updated_at,
  transaction_history__record_valid_from,
  transaction_history__record_valid_to,
  transaction_history__record_version,
  transaction_history__record_is_current,
  transaction_history__record_hash
FROM dab.frame__adventure_works__transaction_histories
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__transaction,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__transaction,
  CAST(NULL AS INTEGER) AS transaction_history__transaction_id,
  CAST(NULL AS INTEGER) AS transaction_history__product_id,
  CAST(NULL AS INTEGER) AS transaction_history__reference_order_id,
  CAST(NULL AS INTEGER) AS transaction_history__reference_order_line_id,
  CAST(NULL AS TIMESTAMP) AS transaction_history__transaction_date,
  CAST('N/A' AS VARCHAR) AS transaction_history__transaction_type,
  CAST(NULL AS INTEGER) AS transaction_history__quantity,
  CAST(NULL AS DECIMAL(19,4)) AS transaction_history__actual_cost,
  CAST(NULL AS TIMESTAMP) AS transaction_history__modified_date,
  CAST(NULL AS TIMESTAMP) AS transaction_history__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS transaction_history__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS transaction_history__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS transaction_history__record_valid_to,
  CAST(NULL AS BIGINT) AS transaction_history__record_version,
  CAST(NULL AS BOOLEAN) AS transaction_history__record_is_current,
  CAST(NULL AS VARCHAR) AS transaction_history__record_hash
-- end of model
-- model das raw__adventure_works__transaction_history_archives RAW VIEW
SELECT
  CAST("transaction_id" AS INTEGER) AS "transaction_id",
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("reference_order_id" AS INTEGER) AS "reference_order_id",
  CAST("reference_order_line_id" AS INTEGER) AS "reference_order_line_id",
  CAST("transaction_date" AS TIMESTAMP) AS "transaction_date",
  CAST("transaction_type" AS VARCHAR) AS "transaction_type",
  CAST("quantity" AS INTEGER) AS "quantity",
  CAST("actual_cost" AS DECIMAL(19,4)) AS "actual_cost",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__transaction_history_archives
-- end of model
-- model dab frame__adventure_works__transaction_history_archives FRAME TABLE
WITH landed AS (
  SELECT
    'transaction__adventure_works|' || CAST("transaction_id" AS VARCHAR) AS _hook__transaction,
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    'order__sales__adventure_works|' || CAST((CASE WHEN transaction_type = 'S' THEN reference_order_id END) AS VARCHAR) AS _hook__order__sales,
    'order__purchase__adventure_works|' || CAST((CASE WHEN transaction_type = 'P' THEN reference_order_id END) AS VARCHAR) AS _hook__order__purchase,
    'work_order__adventure_works|' || CAST((CASE WHEN transaction_type = 'W' THEN reference_order_id END) AS VARCHAR) AS _hook__work_order,
    "transaction_id" AS transaction_history_archive__transaction_id,
    "product_id" AS transaction_history_archive__product_id,
    "reference_order_id" AS transaction_history_archive__reference_order_id,
    "reference_order_line_id" AS transaction_history_archive__reference_order_line_id,
    "transaction_date" AS transaction_history_archive__transaction_date,
    "transaction_type" AS transaction_history_archive__transaction_type,
    "quantity" AS transaction_history_archive__quantity,
    "actual_cost" AS transaction_history_archive__actual_cost,
    "modified_date" AS transaction_history_archive__modified_date,
    "_loaded_at" AS transaction_history_archive__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("transaction_id" AS VARCHAR)) || ':' || CAST("transaction_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("reference_order_id" AS VARCHAR)) || ':' || CAST("reference_order_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("reference_order_line_id" AS VARCHAR)) || ':' || CAST("reference_order_line_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("transaction_date" AS VARCHAR)) || ':' || CAST("transaction_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("transaction_type" AS VARCHAR)) || ':' || CAST("transaction_type" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("quantity" AS VARCHAR)) || ':' || CAST("quantity" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("actual_cost" AS VARCHAR)) || ':' || CAST("actual_cost" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS transaction_history_archive__record_hash
  FROM das.raw__adventure_works__transaction_history_archives
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY transaction_history_archive__transaction_id, transaction_history_archive__record_loaded_at ORDER BY transaction_history_archive__record_hash) AS __duplicate
    FROM landed
    WHERE transaction_history_archive__transaction_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(transaction_history_archive__record_hash) OVER (PARTITION BY transaction_history_archive__transaction_id ORDER BY transaction_history_archive__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY transaction_history_archive__transaction_id ORDER BY transaction_history_archive__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY transaction_history_archive__transaction_id ORDER BY transaction_history_archive__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> transaction_history_archive__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__transaction || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__transaction || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__transaction,
  CASE WHEN (_hook__transaction) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__transaction) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__transaction,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__order__sales) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__order__sales) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__order__sales,
  CASE WHEN (_hook__order__purchase) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__order__purchase) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__order__purchase,
  CASE WHEN (_hook__work_order) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__work_order) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__work_order,
  transaction_history_archive__transaction_id,
  transaction_history_archive__product_id,
  transaction_history_archive__reference_order_id,
  transaction_history_archive__reference_order_line_id,
  transaction_history_archive__transaction_date,
  transaction_history_archive__transaction_type,
  transaction_history_archive__quantity,
  transaction_history_archive__actual_cost,
  transaction_history_archive__modified_date,
  transaction_history_archive__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS transaction_history_archive__record_updated_at,
  __valid_from AS transaction_history_archive__record_valid_from,
  __valid_to AS transaction_history_archive__record_valid_to,
  __version AS transaction_history_archive__record_version,
  __next_loaded_at IS NULL AS transaction_history_archive__record_is_current,
  transaction_history_archive__record_hash
FROM history
-- end of model
-- model dar adventure_works__transaction_history_archives PERIPHERAL VIEW
SELECT
  _pit_hook__transaction,
  _hook__transaction,
  transaction_history_archive__transaction_id,
  transaction_history_archive__product_id,
  transaction_history_archive__reference_order_id,
  transaction_history_archive__reference_order_line_id,
  transaction_history_archive__transaction_date,
  transaction_history_archive__transaction_type,
  transaction_history_archive__quantity,
  transaction_history_archive__actual_cost,
  transaction_history_archive__modified_date,
  transaction_history_archive__record_loaded_at,
  transaction_history_archive__record_updated_at,
  transaction_history_archive__record_valid_from,
  transaction_history_archive__record_valid_to,
  transaction_history_archive__record_version,
  transaction_history_archive__record_is_current,
  transaction_history_archive__record_hash
FROM dab.frame__adventure_works__transaction_history_archives
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__transaction,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__transaction,
  CAST(NULL AS INTEGER) AS transaction_history_archive__transaction_id,
  CAST(NULL AS INTEGER) AS transaction_history_archive__product_id,
  CAST(NULL AS INTEGER) AS transaction_history_archive__reference_order_id,
  CAST(NULL AS INTEGER) AS transaction_history_archive__reference_order_line_id,
  CAST(NULL AS TIMESTAMP) AS transaction_history_archive__transaction_date,
  CAST('N/A' AS VARCHAR) AS transaction_history_archive__transaction_type,
  CAST(NULL AS INTEGER) AS transaction_history_archive__quantity,
  CAST(NULL AS DECIMAL(19,4)) AS transaction_history_archive__actual_cost,
  CAST(NULL AS TIMESTAMP) AS transaction_history_archive__modified_date,
  CAST(NULL AS TIMESTAMP) AS transaction_history_archive__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS transaction_history_archive__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS transaction_history_archive__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS transaction_history_archive__record_valid_to,
  CAST(NULL AS BIGINT) AS transaction_history_archive__record_version,
  CAST(NULL AS BOOLEAN) AS transaction_history_archive__record_is_current,
  CAST(NULL AS VARCHAR) AS transaction_history_archive__record_hash
-- end of model
-- model das raw__adventure_works__unit_measures RAW VIEW
SELECT
  CAST("unit_measure_code" AS VARCHAR) AS "unit_measure_code",
  CAST("name" AS VARCHAR) AS "name",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__unit_measures
-- end of model
-- model dab frame__adventure_works__unit_measures FRAME TABLE
WITH landed AS (
  SELECT
    'unit_measure__adventure_works|' || CAST("unit_measure_code" AS VARCHAR) AS _hook__unit_measure,
    "unit_measure_code" AS unit_measure__unit_measure_code,
    "name" AS unit_measure__name,
    "modified_date" AS unit_measure__modified_date,
    "_loaded_at" AS unit_measure__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("unit_measure_code" AS VARCHAR)) || ':' || CAST("unit_measure_code" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS unit_measure__record_hash
  FROM das.raw__adventure_works__unit_measures
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY unit_measure__unit_measure_code, unit_measure__record_loaded_at ORDER BY unit_measure__record_hash) AS __duplicate
    FROM landed
    WHERE unit_measure__unit_measure_code IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(unit_measure__record_hash) OVER (PARTITION BY unit_measure__unit_measure_code ORDER BY unit_measure__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY unit_measure__unit_measure_code ORDER BY unit_measure__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY unit_measure__unit_measure_code ORDER BY unit_measure__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> unit_measure__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__unit_measure || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__unit_measure || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__unit_measure,
  CASE WHEN (_hook__unit_measure) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__unit_measure) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__unit_measure,
  unit_measure__unit_measure_code,
  unit_measure__name,
  unit_measure__modified_date,
  unit_measure__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS unit_measure__record_updated_at,
  __valid_from AS unit_measure__record_valid_from,
  __valid_to AS unit_measure__record_valid_to,
  __version AS unit_measure__record_version,
  __next_loaded_at IS NULL AS unit_measure__record_is_current,
  unit_measure__record_hash
FROM history
-- end of model
-- model dar adventure_works__unit_measures PERIPHERAL VIEW
SELECT
  _pit_hook__unit_measure,
  _hook__unit_measure,
  unit_measure__unit_measure_code,
  unit_measure__name,
  unit_measure__modified_date,
  unit_measure__record_loaded_at,
  unit_measure__record_updated_at,
  unit_measure__record_valid_from,
  unit_measure__record_valid_to,
  unit_measure__record_version,
  unit_measure__record_is_current,
  unit_measure__record_hash
FROM dab.frame__adventure_works__unit_measures
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__unit_measure,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__unit_measure,
  CAST('N/A' AS VARCHAR) AS unit_measure__unit_measure_code,
  CAST('N/A' AS VARCHAR) AS unit_measure__name,
  CAST(NULL AS TIMESTAMP) AS unit_measure__modified_date,
  CAST(NULL AS TIMESTAMP) AS unit_measure__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS unit_measure__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS unit_measure__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS unit_measure__record_valid_to,
  CAST(NULL AS BIGINT) AS unit_measure__record_version,
  CAST(NULL AS BOOLEAN) AS unit_measure__record_is_current,
  CAST(NULL AS VARCHAR) AS unit_measure__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__unit_measures BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__unit_measure AS __pit,
    _hook__unit_measure,
    unit_measure__record_valid_from AS __valid_from,
    unit_measure__record_valid_to AS __valid_to,
    unit_measure__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__unit_measures
  WHERE _pit_hook__unit_measure IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    child._hook__unit_measure,
    intervals.__valid_from,
    intervals.__valid_to,
    child.__updated_at AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
)
SELECT
  'adventure_works__unit_measures' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__unit_measures', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__unit_measures', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__unit_measure,
  _hook__unit_measure,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__products BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product AS __pit,
    _hook__product,
    _hook__product_subcategory,
    _hook__product_model,
    _hook__unit_measure__size,
    _hook__unit_measure__weight,
    product__record_valid_from AS __valid_from,
    product__record_valid_to AS __valid_to,
    product__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__products
  WHERE _pit_hook__product IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_subcategories AS parent_1
    ON parent_1._hook__product_subcategory = child._hook__product_subcategory AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_subcategories AS parent_1
    ON parent_1._hook__product_subcategory = child._hook__product_subcategory AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_models AS parent_2
    ON parent_2._hook__product_model = child._hook__product_model AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_models AS parent_2
    ON parent_2._hook__product_model = child._hook__product_model AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__unit_measures AS parent_3
    ON parent_3._hook__unit_measure = child._hook__unit_measure__size AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__unit_measures AS parent_3
    ON parent_3._hook__unit_measure = child._hook__unit_measure__size AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_4.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__unit_measures AS parent_4
    ON parent_4._hook__unit_measure = child._hook__unit_measure__weight AND parent_4.bridge__record_valid_from > child.__valid_from AND parent_4.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_4.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__unit_measures AS parent_4
    ON parent_4._hook__unit_measure = child._hook__unit_measure__weight AND parent_4.bridge__record_valid_to > child.__valid_from AND parent_4.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_1._pit_hook__product_category AS _pit_hook__product_category,
    parent_2._pit_hook__product_model AS _pit_hook__product_model,
    parent_3._pit_hook__unit_measure AS _pit_hook__unit_measure__size,
    parent_4._pit_hook__unit_measure AS _pit_hook__unit_measure__weight,
    child._hook__product,
    child._hook__product_subcategory,
    child._hook__product_model,
    child._hook__unit_measure__size,
    child._hook__unit_measure__weight,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at, parent_4.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__product_subcategories AS parent_1
    ON parent_1._hook__product_subcategory = child._hook__product_subcategory AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__product_models AS parent_2
    ON parent_2._hook__product_model = child._hook__product_model AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__unit_measures AS parent_3
    ON parent_3._hook__unit_measure = child._hook__unit_measure__size AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__unit_measures AS parent_4
    ON parent_4._hook__unit_measure = child._hook__unit_measure__weight AND parent_4.bridge__record_valid_from <= intervals.__valid_from AND parent_4.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__products' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__products', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__products', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _hook__product,
  _hook__product_subcategory,
  _hook__product_model,
  _hook__unit_measure__size,
  _hook__unit_measure__weight,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__bill_of_materials BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__bill_of_materials AS __pit,
    _hook__bill_of_materials,
    _hook__product__assembly,
    _hook__product__component,
    _hook__unit_measure,
    bill_of_materials__record_valid_from AS __valid_from,
    bill_of_materials__record_valid_to AS __valid_to,
    bill_of_materials__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__bill_of_materials
  WHERE _pit_hook__bill_of_materials IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product__assembly AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product__assembly AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_2
    ON parent_2._hook__product = child._hook__product__component AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_2
    ON parent_2._hook__product = child._hook__product__component AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__unit_measures AS parent_3
    ON parent_3._hook__unit_measure = child._hook__unit_measure AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__unit_measures AS parent_3
    ON parent_3._hook__unit_measure = child._hook__unit_measure AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product AS _pit_hook__product__assembly,
    parent_1._pit_hook__product_subcategory AS _pit_hook__product_subcategory__assembly,
    parent_1._pit_hook__product_category AS _pit_hook__product_category__assembly,
    parent_1._pit_hook__product_model AS _pit_hook__product_model__assembly,
    parent_1._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size__assembly,
    parent_1._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight__assembly,
    parent_2._pit_hook__product AS _pit_hook__product__component,
    parent_2._pit_hook__product_subcategory AS _pit_hook__product_subcategory__component,
    parent_2._pit_hook__product_category AS _pit_hook__product_category__component,
    parent_2._pit_hook__product_model AS _pit_hook__product_model__component,
    parent_2._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size__component,
    parent_2._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight__component,
    parent_3._pit_hook__unit_measure AS _pit_hook__unit_measure,
    child._hook__bill_of_materials,
    child._hook__product__assembly,
    child._hook__product__component,
    child._hook__unit_measure,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product__assembly AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_2
    ON parent_2._hook__product = child._hook__product__component AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__unit_measures AS parent_3
    ON parent_3._hook__unit_measure = child._hook__unit_measure AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__bill_of_materials' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__bill_of_materials', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product__assembly AS VARCHAR), CAST(_pit_hook__product_subcategory__assembly AS VARCHAR), CAST(_pit_hook__product_category__assembly AS VARCHAR), CAST(_pit_hook__product_model__assembly AS VARCHAR), CAST(_pit_hook__unit_measure__size__assembly AS VARCHAR), CAST(_pit_hook__unit_measure__weight__assembly AS VARCHAR), CAST(_pit_hook__product__component AS VARCHAR), CAST(_pit_hook__product_subcategory__component AS VARCHAR), CAST(_pit_hook__product_category__component AS VARCHAR), CAST(_pit_hook__product_model__component AS VARCHAR), CAST(_pit_hook__unit_measure__size__component AS VARCHAR), CAST(_pit_hook__unit_measure__weight__component AS VARCHAR), CAST(_pit_hook__unit_measure AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__bill_of_materials', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product__assembly AS VARCHAR), CAST(_pit_hook__product_subcategory__assembly AS VARCHAR), CAST(_pit_hook__product_category__assembly AS VARCHAR), CAST(_pit_hook__product_model__assembly AS VARCHAR), CAST(_pit_hook__unit_measure__size__assembly AS VARCHAR), CAST(_pit_hook__unit_measure__weight__assembly AS VARCHAR), CAST(_pit_hook__product__component AS VARCHAR), CAST(_pit_hook__product_subcategory__component AS VARCHAR), CAST(_pit_hook__product_category__component AS VARCHAR), CAST(_pit_hook__product_model__component AS VARCHAR), CAST(_pit_hook__unit_measure__size__component AS VARCHAR), CAST(_pit_hook__unit_measure__weight__component AS VARCHAR), CAST(_pit_hook__unit_measure AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__bill_of_materials,
  _pit_hook__product__assembly,
  _pit_hook__product_subcategory__assembly,
  _pit_hook__product_category__assembly,
  _pit_hook__product_model__assembly,
  _pit_hook__unit_measure__size__assembly,
  _pit_hook__unit_measure__weight__assembly,
  _pit_hook__product__component,
  _pit_hook__product_subcategory__component,
  _pit_hook__product_category__component,
  _pit_hook__product_model__component,
  _pit_hook__unit_measure__size__component,
  _pit_hook__unit_measure__weight__component,
  _pit_hook__unit_measure,
  _hook__bill_of_materials,
  _hook__product__assembly,
  _hook__product__component,
  _hook__unit_measure,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__product_cost_histories BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_cost_history AS __pit,
    _hook__product,
    _hook__epoch__timestamp__start,
    _hook__product_cost_history,
    product_cost_history__record_valid_from AS __valid_from,
    product_cost_history__record_valid_to AS __valid_to,
    product_cost_history__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_cost_histories
  WHERE _pit_hook__product_cost_history IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product AS _pit_hook__product,
    parent_1._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_1._pit_hook__product_category AS _pit_hook__product_category,
    parent_1._pit_hook__product_model AS _pit_hook__product_model,
    parent_1._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_1._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    child._hook__product,
    child._hook__epoch__timestamp__start,
    child._hook__product_cost_history,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__product_cost_histories' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_cost_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_cost_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_cost_history,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _hook__product,
  _hook__epoch__timestamp__start,
  _hook__product_cost_history,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__product_documents BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_document AS __pit,
    _hook__product,
    _hook__document,
    _hook__product_document,
    product_document__record_valid_from AS __valid_from,
    product_document__record_valid_to AS __valid_to,
    product_document__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_documents
  WHERE _pit_hook__product_document IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__documents AS parent_2
    ON parent_2._hook__document = child._hook__document AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__documents AS parent_2
    ON parent_2._hook__document = child._hook__document AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product AS _pit_hook__product,
    parent_1._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_1._pit_hook__product_category AS _pit_hook__product_category,
    parent_1._pit_hook__product_model AS _pit_hook__product_model,
    parent_1._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_1._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    parent_2._pit_hook__document AS _pit_hook__document,
    parent_2._pit_hook__person__employee__owner AS _pit_hook__person__employee__owner,
    parent_2._pit_hook__person__owner AS _pit_hook__person__owner,
    parent_2._pit_hook__business_entity__owner AS _pit_hook__business_entity__owner,
    child._hook__product,
    child._hook__document,
    child._hook__product_document,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__documents AS parent_2
    ON parent_2._hook__document = child._hook__document AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__product_documents' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_documents', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__document AS VARCHAR), CAST(_pit_hook__person__employee__owner AS VARCHAR), CAST(_pit_hook__person__owner AS VARCHAR), CAST(_pit_hook__business_entity__owner AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_documents', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__document AS VARCHAR), CAST(_pit_hook__person__employee__owner AS VARCHAR), CAST(_pit_hook__person__owner AS VARCHAR), CAST(_pit_hook__business_entity__owner AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_document,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _pit_hook__document,
  _pit_hook__person__employee__owner,
  _pit_hook__person__owner,
  _pit_hook__business_entity__owner,
  _hook__product,
  _hook__document,
  _hook__product_document,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__product_inventories BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_inventory AS __pit,
    _hook__product,
    _hook__location,
    _hook__product_inventory,
    product_inventory__record_valid_from AS __valid_from,
    product_inventory__record_valid_to AS __valid_to,
    product_inventory__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_inventories
  WHERE _pit_hook__product_inventory IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__locations AS parent_2
    ON parent_2._hook__location = child._hook__location AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__locations AS parent_2
    ON parent_2._hook__location = child._hook__location AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product AS _pit_hook__product,
    parent_1._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_1._pit_hook__product_category AS _pit_hook__product_category,
    parent_1._pit_hook__product_model AS _pit_hook__product_model,
    parent_1._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_1._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    parent_2._pit_hook__location AS _pit_hook__location,
    child._hook__product,
    child._hook__location,
    child._hook__product_inventory,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__locations AS parent_2
    ON parent_2._hook__location = child._hook__location AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__product_inventories' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_inventories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__location AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_inventories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__location AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_inventory,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _pit_hook__location,
  _hook__product,
  _hook__location,
  _hook__product_inventory,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__product_list_price_histories BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_list_price_history AS __pit,
    _hook__product,
    _hook__epoch__timestamp__start,
    _hook__product_list_price_history,
    product_list_price_history__record_valid_from AS __valid_from,
    product_list_price_history__record_valid_to AS __valid_to,
    product_list_price_history__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_list_price_histories
  WHERE _pit_hook__product_list_price_history IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product AS _pit_hook__product,
    parent_1._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_1._pit_hook__product_category AS _pit_hook__product_category,
    parent_1._pit_hook__product_model AS _pit_hook__product_model,
    parent_1._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_1._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    child._hook__product,
    child._hook__epoch__timestamp__start,
    child._hook__product_list_price_history,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__product_list_price_histories' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_list_price_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_list_price_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_list_price_history,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _hook__product,
  _hook__epoch__timestamp__start,
  _hook__product_list_price_history,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__product_product_photos BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_product_photo AS __pit,
    _hook__product,
    _hook__product_photo,
    _hook__product_product_photo,
    product_product_photo__record_valid_from AS __valid_from,
    product_product_photo__record_valid_to AS __valid_to,
    product_product_photo__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_product_photos
  WHERE _pit_hook__product_product_photo IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_photos AS parent_2
    ON parent_2._hook__product_photo = child._hook__product_photo AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__product_photos AS parent_2
    ON parent_2._hook__product_photo = child._hook__product_photo AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product AS _pit_hook__product,
    parent_1._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_1._pit_hook__product_category AS _pit_hook__product_category,
    parent_1._pit_hook__product_model AS _pit_hook__product_model,
    parent_1._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_1._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    parent_2._pit_hook__product_photo AS _pit_hook__product_photo,
    child._hook__product,
    child._hook__product_photo,
    child._hook__product_product_photo,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__product_photos AS parent_2
    ON parent_2._hook__product_photo = child._hook__product_photo AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__product_product_photos' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_product_photos', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__product_photo AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_product_photos', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__product_photo AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_product_photo,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _pit_hook__product_photo,
  _hook__product,
  _hook__product_photo,
  _hook__product_product_photo,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__product_reviews BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_review AS __pit,
    _hook__product_review,
    _hook__product,
    product_review__record_valid_from AS __valid_from,
    product_review__record_valid_to AS __valid_to,
    product_review__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_reviews
  WHERE _pit_hook__product_review IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product AS _pit_hook__product,
    parent_1._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_1._pit_hook__product_category AS _pit_hook__product_category,
    parent_1._pit_hook__product_model AS _pit_hook__product_model,
    parent_1._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_1._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    child._hook__product_review,
    child._hook__product,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__product_reviews' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_reviews', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_reviews', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_review,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _hook__product_review,
  _hook__product,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__shopping_cart_items BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__shopping_cart_item AS __pit,
    _hook__shopping_cart_item,
    _hook__product,
    shopping_cart_item__record_valid_from AS __valid_from,
    shopping_cart_item__record_valid_to AS __valid_to,
    shopping_cart_item__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__shopping_cart_items
  WHERE _pit_hook__shopping_cart_item IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product AS _pit_hook__product,
    parent_1._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_1._pit_hook__product_category AS _pit_hook__product_category,
    parent_1._pit_hook__product_model AS _pit_hook__product_model,
    parent_1._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_1._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    child._hook__shopping_cart_item,
    child._hook__product,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__shopping_cart_items' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__shopping_cart_items', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__shopping_cart_items', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__shopping_cart_item,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _hook__shopping_cart_item,
  _hook__product,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__special_offer_products BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__special_offer_product AS __pit,
    _hook__special_offer,
    _hook__product,
    _hook__special_offer_product,
    special_offer_product__record_valid_from AS __valid_from,
    special_offer_product__record_valid_to AS __valid_to,
    special_offer_product__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__special_offer_products
  WHERE _pit_hook__special_offer_product IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__special_offers AS parent_1
    ON parent_1._hook__special_offer = child._hook__special_offer AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__special_offers AS parent_1
    ON parent_1._hook__special_offer = child._hook__special_offer AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_2
    ON parent_2._hook__product = child._hook__product AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_2
    ON parent_2._hook__product = child._hook__product AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__special_offer AS _pit_hook__special_offer,
    parent_2._pit_hook__product AS _pit_hook__product,
    parent_2._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_2._pit_hook__product_category AS _pit_hook__product_category,
    parent_2._pit_hook__product_model AS _pit_hook__product_model,
    parent_2._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_2._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    child._hook__special_offer,
    child._hook__product,
    child._hook__special_offer_product,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__special_offers AS parent_1
    ON parent_1._hook__special_offer = child._hook__special_offer AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_2
    ON parent_2._hook__product = child._hook__product AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__special_offer_products' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__special_offer_products', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__special_offer AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__special_offer_products', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__special_offer AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__special_offer_product,
  _pit_hook__special_offer,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _hook__special_offer,
  _hook__product,
  _hook__special_offer_product,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__sales_order_details BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__sales_order_detail AS __pit,
    _hook__order__sales,
    _hook__order_line__sales,
    _hook__special_offer,
    _hook__product,
    _hook__sales_order_detail,
    _hook__special_offer_product,
    sales_order_detail__record_valid_from AS __valid_from,
    sales_order_detail__record_valid_to AS __valid_to,
    sales_order_detail__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__sales_order_details
  WHERE _pit_hook__sales_order_detail IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_order_headers AS parent_1
    ON parent_1._hook__order__sales = child._hook__order__sales AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_order_headers AS parent_1
    ON parent_1._hook__order__sales = child._hook__order__sales AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__special_offers AS parent_2
    ON parent_2._hook__special_offer = child._hook__special_offer AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__special_offers AS parent_2
    ON parent_2._hook__special_offer = child._hook__special_offer AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_3
    ON parent_3._hook__product = child._hook__product AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_3
    ON parent_3._hook__product = child._hook__product AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_4.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__special_offer_products AS parent_4
    ON parent_4._hook__special_offer_product = child._hook__special_offer_product AND parent_4.bridge__record_valid_from > child.__valid_from AND parent_4.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_4.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__special_offer_products AS parent_4
    ON parent_4._hook__special_offer_product = child._hook__special_offer_product AND parent_4.bridge__record_valid_to > child.__valid_from AND parent_4.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__order__sales AS _pit_hook__order__sales,
    parent_1._pit_hook__customer AS _pit_hook__customer,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_1._pit_hook__store AS _pit_hook__store,
    parent_1._pit_hook__person__sales_person AS _pit_hook__person__sales_person,
    parent_1._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_1._pit_hook__sales_territory AS _pit_hook__sales_territory,
    parent_1._pit_hook__country_region AS _pit_hook__country_region,
    parent_1._pit_hook__address__billing AS _pit_hook__address__billing,
    parent_1._pit_hook__state_province__billing AS _pit_hook__state_province__billing,
    parent_1._pit_hook__country_region__billing AS _pit_hook__country_region__billing,
    parent_1._pit_hook__sales_territory__billing AS _pit_hook__sales_territory__billing,
    parent_1._pit_hook__address__shipping AS _pit_hook__address__shipping,
    parent_1._pit_hook__state_province__shipping AS _pit_hook__state_province__shipping,
    parent_1._pit_hook__country_region__shipping AS _pit_hook__country_region__shipping,
    parent_1._pit_hook__sales_territory__shipping AS _pit_hook__sales_territory__shipping,
    parent_1._pit_hook__ship_method AS _pit_hook__ship_method,
    parent_1._pit_hook__credit_card AS _pit_hook__credit_card,
    parent_1._pit_hook__currency_rate AS _pit_hook__currency_rate,
    parent_1._pit_hook__currency__from AS _pit_hook__currency__from,
    parent_1._pit_hook__currency__to AS _pit_hook__currency__to,
    parent_2._pit_hook__special_offer AS _pit_hook__special_offer,
    parent_3._pit_hook__product AS _pit_hook__product,
    parent_3._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_3._pit_hook__product_category AS _pit_hook__product_category,
    parent_3._pit_hook__product_model AS _pit_hook__product_model,
    parent_3._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_3._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    parent_4._pit_hook__special_offer_product AS _pit_hook__special_offer_product,
    child._hook__order__sales,
    child._hook__order_line__sales,
    child._hook__special_offer,
    child._hook__product,
    child._hook__sales_order_detail,
    child._hook__special_offer_product,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at, parent_4.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__sales_order_headers AS parent_1
    ON parent_1._hook__order__sales = child._hook__order__sales AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__special_offers AS parent_2
    ON parent_2._hook__special_offer = child._hook__special_offer AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_3
    ON parent_3._hook__product = child._hook__product AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__special_offer_products AS parent_4
    ON parent_4._hook__special_offer_product = child._hook__special_offer_product AND parent_4.bridge__record_valid_from <= intervals.__valid_from AND parent_4.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__sales_order_details' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__sales_order_details', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__order__sales AS VARCHAR), CAST(_pit_hook__customer AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__store AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__address__billing AS VARCHAR), CAST(_pit_hook__state_province__billing AS VARCHAR), CAST(_pit_hook__country_region__billing AS VARCHAR), CAST(_pit_hook__sales_territory__billing AS VARCHAR), CAST(_pit_hook__address__shipping AS VARCHAR), CAST(_pit_hook__state_province__shipping AS VARCHAR), CAST(_pit_hook__country_region__shipping AS VARCHAR), CAST(_pit_hook__sales_territory__shipping AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR), CAST(_pit_hook__credit_card AS VARCHAR), CAST(_pit_hook__currency_rate AS VARCHAR), CAST(_pit_hook__currency__from AS VARCHAR), CAST(_pit_hook__currency__to AS VARCHAR), CAST(_pit_hook__special_offer AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__special_offer_product AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__sales_order_details', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__order__sales AS VARCHAR), CAST(_pit_hook__customer AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__store AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__address__billing AS VARCHAR), CAST(_pit_hook__state_province__billing AS VARCHAR), CAST(_pit_hook__country_region__billing AS VARCHAR), CAST(_pit_hook__sales_territory__billing AS VARCHAR), CAST(_pit_hook__address__shipping AS VARCHAR), CAST(_pit_hook__state_province__shipping AS VARCHAR), CAST(_pit_hook__country_region__shipping AS VARCHAR), CAST(_pit_hook__sales_territory__shipping AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR), CAST(_pit_hook__credit_card AS VARCHAR), CAST(_pit_hook__currency_rate AS VARCHAR), CAST(_pit_hook__currency__from AS VARCHAR), CAST(_pit_hook__currency__to AS VARCHAR), CAST(_pit_hook__special_offer AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__special_offer_product AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__sales_order_detail,
  _pit_hook__order__sales,
  _pit_hook__customer,
  _pit_hook__person,
  _pit_hook__business_entity,
  _pit_hook__store,
  _pit_hook__person__sales_person,
  _pit_hook__person__employee,
  _pit_hook__sales_territory,
  _pit_hook__country_region,
  _pit_hook__address__billing,
  _pit_hook__state_province__billing,
  _pit_hook__country_region__billing,
  _pit_hook__sales_territory__billing,
  _pit_hook__address__shipping,
  _pit_hook__state_province__shipping,
  _pit_hook__country_region__shipping,
  _pit_hook__sales_territory__shipping,
  _pit_hook__ship_method,
  _pit_hook__credit_card,
  _pit_hook__currency_rate,
  _pit_hook__currency__from,
  _pit_hook__currency__to,
  _pit_hook__special_offer,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _pit_hook__special_offer_product,
  _hook__order__sales,
  _hook__order_line__sales,
  _hook__special_offer,
  _hook__product,
  _hook__sales_order_detail,
  _hook__special_offer_product,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__bill_of_materials EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    bill_of_materials__bill_of_materials_id AS "bill_of_materials_id",
    bill_of_materials__product_assembly_id AS "product_assembly_id",
    bill_of_materials__component_id AS "component_id",
    bill_of_materials__start_date AS "start_date",
    bill_of_materials__end_date AS "end_date",
    bill_of_materials__unit_measure_code AS "unit_measure_code",
    bill_of_materials__bom_level AS "bom_level",
    bill_of_materials__per_assembly_qty AS "per_assembly_qty",
    bill_of_materials__modified_date AS "modified_date",
    bill_of_materials__record_loaded_at AS "_loaded_at",
    _pit_hook__bill_of_materials AS __pit
  FROM dab.frame__adventure_works__bill_of_materials
),
dated AS (
  SELECT
    __pit,
    CAST("start_date" AS DATE) AS __event_0,
    CAST("end_date" AS DATE) AS __event_1,
    CAST("modified_date" AS DATE) AS __event_2
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1, __event_2))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__start_date,
    coalesce(__event_1 = __date, false) AS event__end_date,
    coalesce(__event_2 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__bill_of_materials,
  bridge._pit_hook__product__assembly,
  bridge._pit_hook__product_subcategory__assembly,
  bridge._pit_hook__product_category__assembly,
  bridge._pit_hook__product_model__assembly,
  bridge._pit_hook__unit_measure__size__assembly,
  bridge._pit_hook__unit_measure__weight__assembly,
  bridge._pit_hook__product__component,
  bridge._pit_hook__product_subcategory__component,
  bridge._pit_hook__product_category__component,
  bridge._pit_hook__product_model__component,
  bridge._pit_hook__unit_measure__size__component,
  bridge._pit_hook__unit_measure__weight__component,
  bridge._pit_hook__unit_measure,
  bridge._hook__bill_of_materials,
  bridge._hook__product__assembly,
  bridge._hook__product__component,
  bridge._hook__unit_measure,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__start_date, false) AS event__start_date,
  coalesce(flags.event__end_date, false) AS event__end_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__bill_of_materials AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__bill_of_materials
-- end of model
-- model dar__staging event__adventure_works__product_cost_histories EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_cost_history__product_id AS "product_id",
    product_cost_history__start_date AS "start_date",
    product_cost_history__end_date AS "end_date",
    product_cost_history__standard_cost AS "standard_cost",
    product_cost_history__modified_date AS "modified_date",
    product_cost_history__record_loaded_at AS "_loaded_at",
    _pit_hook__product_cost_history AS __pit
  FROM dab.frame__adventure_works__product_cost_histories
),
dated AS (
  SELECT
    __pit,
    CAST("start_date" AS DATE) AS __event_0,
    CAST("end_date" AS DATE) AS __event_1,
    CAST("modified_date" AS DATE) AS __event_2
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1, __event_2))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__start_date,
    coalesce(__event_1 = __date, false) AS event__end_date,
    coalesce(__event_2 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_cost_history,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._hook__product,
  bridge._hook__epoch__timestamp__start,
  bridge._hook__product_cost_history,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__start_date, false) AS event__start_date,
  coalesce(flags.event__end_date, false) AS event__end_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_cost_histories AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_cost_history
-- end of model
-- model dar__staging event__adventure_works__product_documents EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_document__product_id AS "product_id",
    product_document__document_node AS "document_node",
    product_document__modified_date AS "modified_date",
    product_document__record_loaded_at AS "_loaded_at",
    _pit_hook__product_document AS __pit
  FROM dab.frame__adventure_works__product_documents
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_document,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._pit_hook__document,
  bridge._pit_hook__person__employee__owner,
  bridge._pit_hook__person__owner,
  bridge._pit_hook__business_entity__owner,
  bridge._hook__product,
  bridge._hook__document,
  bridge._hook__product_document,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_documents AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_document
-- end of model
-- model dar__staging event__adventure_works__product_inventories EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_inventory__product_id AS "product_id",
    product_inventory__location_id AS "location_id",
    product_inventory__shelf AS "shelf",
    product_inventory__bin AS "bin",
    product_inventory__quantity AS "quantity",
    product_inventory__rowguid AS "rowguid",
    product_inventory__modified_date AS "modified_date",
    product_inventory__record_loaded_at AS "_loaded_at",
    _pit_hook__product_inventory AS __pit
  FROM dab.frame__adventure_works__product_inventories
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_inventory,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._pit_hook__location,
  bridge._hook__product,
  bridge._hook__location,
  bridge._hook__product_inventory,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_inventories AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_inventory
-- end of model
-- model dar__staging event__adventure_works__product_list_price_histories EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_list_price_history__product_id AS "product_id",
    product_list_price_history__start_date AS "start_date",
    product_list_price_history__end_date AS "end_date",
    product_list_price_history__list_price AS "list_price",
    product_list_price_history__modified_date AS "modified_date",
    product_list_price_history__record_loaded_at AS "_loaded_at",
    _pit_hook__product_list_price_history AS __pit
  FROM dab.frame__adventure_works__product_list_price_histories
),
dated AS (
  SELECT
    __pit,
    CAST("start_date" AS DATE) AS __event_0,
    CAST("end_date" AS DATE) AS __event_1,
    CAST("modified_date" AS DATE) AS __event_2
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1, __event_2))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__start_date,
    coalesce(__event_1 = __date, false) AS event__end_date,
    coalesce(__event_2 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_list_price_history,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._hook__product,
  bridge._hook__epoch__timestamp__start,
  bridge._hook__product_list_price_history,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__start_date, false) AS event__start_date,
  coalesce(flags.event__end_date, false) AS event__end_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_list_price_histories AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_list_price_history
-- end of model
-- model dar__staging event__adventure_works__product_product_photos EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_product_photo__product_id AS "product_id",
    product_product_photo__product_photo_id AS "product_photo_id",
    product_product_photo__primary AS "primary",
    product_product_photo__modified_date AS "modified_date",
    product_product_photo__record_loaded_at AS "_loaded_at",
    _pit_hook__product_product_photo AS __pit
  FROM dab.frame__adventure_works__product_product_photos
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_product_photo,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._pit_hook__product_photo,
  bridge._hook__product,
  bridge._hook__product_photo,
  bridge._hook__product_product_photo,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_product_photos AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_product_photo
-- end of model
-- model dar__staging event__adventure_works__product_reviews EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_review__product_review_id AS "product_review_id",
    product_review__product_id AS "product_id",
    product_review__reviewer_name AS "reviewer_name",
    product_review__review_date AS "review_date",
    product_review__email_address AS "email_address",
    product_review__rating AS "rating",
    product_review__comments AS "comments",
    product_review__modified_date AS "modified_date",
    product_review__record_loaded_at AS "_loaded_at",
    _pit_hook__product_review AS __pit
  FROM dab.frame__adventure_works__product_reviews
),
dated AS (
  SELECT
    __pit,
    CAST("review_date" AS DATE) AS __event_0,
    CAST("modified_date" AS DATE) AS __event_1
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__review_date,
    coalesce(__event_1 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_review,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._hook__product_review,
  bridge._hook__product,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__review_date, false) AS event__review_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_reviews AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_review
-- end of model
-- model dar__staging event__adventure_works__products EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product__product_id AS "product_id",
    product__name AS "name",
    product__product_number AS "product_number",
    product__make_flag AS "make_flag",
    product__finished_goods_flag AS "finished_goods_flag",
    product__color AS "color",
    product__safety_stock_level AS "safety_stock_level",
    product__reorder_point AS "reorder_point",
    product__standard_cost AS "standard_cost",
    product__list_price AS "list_price",
    product__size AS "size",
    product__size_unit_measure_code AS "size_unit_measure_code",
    product__weight_unit_measure_code AS "weight_unit_measure_code",
    product__weight AS "weight",
    product__days_to_manufacture AS "days_to_manufacture",
    product__product_line AS "product_line",
    product__class AS "class",
    product__style AS "style",
    product__product_subcategory_id AS "product_subcategory_id",
    product__product_model_id AS "product_model_id",
    product__sell_start_date AS "sell_start_date",
    product__sell_end_date AS "sell_end_date",
    product__discontinued_date AS "discontinued_date",
    product__rowguid AS "rowguid",
    product__modified_date AS "modified_date",
    product__record_loaded_at AS "_loaded_at",
    _pit_hook__product AS __pit
  FROM dab.frame__adventure_works__products
),
dated AS (
  SELECT
    __pit,
    CAST("sell_start_date" AS DATE) AS __event_0,
    CAST("sell_end_date" AS DATE) AS __event_1,
    CAST("discontinued_date" AS DATE) AS __event_2,
    CAST("modified_date" AS DATE) AS __event_3
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1, __event_2, __event_3))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__sell_start_date,
    coalesce(__event_1 = __date, false) AS event__sell_end_date,
    coalesce(__event_2 = __date, false) AS event__discontinued_date,
    coalesce(__event_3 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._hook__product,
  bridge._hook__product_subcategory,
  bridge._hook__product_model,
  bridge._hook__unit_measure__size,
  bridge._hook__unit_measure__weight,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__sell_start_date, false) AS event__sell_start_date,
  coalesce(flags.event__sell_end_date, false) AS event__sell_end_date,
  coalesce(flags.event__discontinued_date, false) AS event__discontinued_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__products AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product
-- end of model
-- model dar__staging event__adventure_works__sales_order_details EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    sales_order_detail__sales_order_id AS "sales_order_id",
    sales_order_detail__sales_order_detail_id AS "sales_order_detail_id",
    sales_order_detail__carrier_tracking_number AS "carrier_tracking_number",
    sales_order_detail__order_qty AS "order_qty",
    sales_order_detail__product_id AS "product_id",
    sales_order_detail__special_offer_id AS "special_offer_id",
    sales_order_detail__unit_price AS "unit_price",
    sales_order_detail__unit_price_discount AS "unit_price_discount",
    sales_order_detail__line_total AS "line_total",
    sales_order_detail__rowguid AS "rowguid",
    sales_order_detail__modified_date AS "modified_date",
    sales_order_detail__record_loaded_at AS "_loaded_at",
    _pit_hook__sales_order_detail AS __pit
  FROM dab.frame__adventure_works__sales_order_details
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__sales_order_detail,
  bridge._pit_hook__order__sales,
  bridge._pit_hook__customer,
  bridge._pit_hook__person,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__store,
  bridge._pit_hook__person__sales_person,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__sales_territory,
  bridge._pit_hook__country_region,
  bridge._pit_hook__address__billing,
  bridge._pit_hook__state_province__billing,
  bridge._pit_hook__country_region__billing,
  bridge._pit_hook__sales_territory__billing,
  bridge._pit_hook__address__shipping,
  bridge._pit_hook__state_province__shipping,
  bridge._pit_hook__country_region__shipping,
  bridge._pit_hook__sales_territory__shipping,
  bridge._pit_hook__ship_method,
  bridge._pit_hook__credit_card,
  bridge._pit_hook__currency_rate,
  bridge._pit_hook__currency__from,
  bridge._pit_hook__currency__to,
  bridge._pit_hook__special_offer,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._pit_hook__special_offer_product,
  bridge._hook__order__sales,
  bridge._hook__order_line__sales,
  bridge._hook__special_offer,
  bridge._hook__product,
  bridge._hook__sales_order_detail,
  bridge._hook__special_offer_product,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__sales_order_details AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__sales_order_detail
-- end of model
-- model dar__staging event__adventure_works__shopping_cart_items EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    shopping_cart_item__shopping_cart_item_id AS "shopping_cart_item_id",
    shopping_cart_item__shopping_cart_id AS "shopping_cart_id",
    shopping_cart_item__quantity AS "quantity",
    shopping_cart_item__product_id AS "product_id",
    shopping_cart_item__date_created AS "date_created",
    shopping_cart_item__modified_date AS "modified_date",
    shopping_cart_item__record_loaded_at AS "_loaded_at",
    _pit_hook__shopping_cart_item AS __pit
  FROM dab.frame__adventure_works__shopping_cart_items
),
dated AS (
  SELECT
    __pit,
    CAST("date_created" AS DATE) AS __event_0,
    CAST("modified_date" AS DATE) AS __event_1
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__date_created,
    coalesce(__event_1 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__shopping_cart_item,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._hook__shopping_cart_item,
  bridge._hook__product,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__date_created, false) AS event__date_created,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__shopping_cart_items AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__shopping_cart_item
-- end of model
-- model dar__staging event__adventure_works__special_offer_products EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    special_offer_product__special_offer_id AS "special_offer_id",
    special_offer_product__product_id AS "product_id",
    special_offer_product__rowguid AS "rowguid",
    special_offer_product__modified_date AS "modified_date",
    special_offer_product__record_loaded_at AS "_loaded_at",
    _pit_hook__special_offer_product AS __pit
  FROM dab.frame__adventure_works__special_offer_products
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__special_offer_product,
  bridge._pit_hook__special_offer,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._hook__special_offer,
  bridge._hook__product,
  bridge._hook__special_offer_product,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__special_offer_products AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__special_offer_product
-- end of model
-- model dar__staging event__adventure_works__unit_measures EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    unit_measure__unit_measure_code AS "unit_measure_code",
    unit_measure__name AS "name",
    unit_measure__modified_date AS "modified_date",
    unit_measure__record_loaded_at AS "_loaded_at",
    _pit_hook__unit_measure AS __pit
  FROM dab.frame__adventure_works__unit_measures
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__unit_measure,
  bridge._hook__unit_measure,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__unit_measures AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__unit_measure
-- end of model
-- model das raw__adventure_works__vendors RAW VIEW
SELECT
  CAST("business_entity_id" AS INTEGER) AS "business_entity_id",
  CAST("account_number" AS VARCHAR) AS "account_number",
  CAST("name" AS VARCHAR) AS "name",
  CAST("credit_rating" AS SMALLINT) AS "credit_rating",
  CAST("preferred_vendor_status" AS BOOLEAN) AS "preferred_vendor_status",
  CAST("active_flag" AS BOOLEAN) AS "active_flag",
  CAST("purchasing_web_service_url" AS VARCHAR) AS "purchasing_web_service_url",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__vendors
-- end of model
-- model dab frame__adventure_works__vendors FRAME TABLE
WITH landed AS (
  SELECT
    'vendor__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__vendor,
    'business_entity__adventure_works|' || CAST("business_entity_id" AS VARCHAR) AS _hook__business_entity,
    "business_entity_id" AS vendor__business_entity_id,
    "account_number" AS vendor__account_number,
    "name" AS vendor__name,
    "credit_rating" AS vendor__credit_rating,
    "preferred_vendor_status" AS vendor__preferred_vendor_status,
    "active_flag" AS vendor__active_flag,
    "purchasing_web_service_url" AS vendor__purchasing_web_service_url,
    "modified_date" AS vendor__modified_date,
    "_loaded_at" AS vendor__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("business_entity_id" AS VARCHAR)) || ':' || CAST("business_entity_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("account_number" AS VARCHAR)) || ':' || CAST("account_number" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("name" AS VARCHAR)) || ':' || CAST("name" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("credit_rating" AS VARCHAR)) || ':' || CAST("credit_rating" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("preferred_vendor_status" AS VARCHAR)) || ':' || CAST("preferred_vendor_status" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("active_flag" AS VARCHAR)) || ':' || CAST("active_flag" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("purchasing_web_service_url" AS VARCHAR)) || ':' || CAST("purchasing_web_service_url" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS vendor__record_hash
  FROM das.raw__adventure_works__vendors
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY vendor__business_entity_id, vendor__record_loaded_at ORDER BY vendor__record_hash) AS __duplicate
    FROM landed
    WHERE vendor__business_entity_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(vendor__record_hash) OVER (PARTITION BY vendor__business_entity_id ORDER BY vendor__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY vendor__business_entity_id ORDER BY vendor__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY vendor__business_entity_id ORDER BY vendor__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> vendor__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__vendor || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__vendor || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__vendor,
  CASE WHEN (_hook__vendor) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__vendor) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__vendor,
  CASE WHEN (_hook__business_entity) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__business_entity) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__business_entity,
  vendor__business_entity_id,
  vendor__account_number,
  vendor__name,
  vendor__credit_rating,
  vendor__preferred_vendor_status,
  vendor__active_flag,
  vendor__purchasing_web_service_url,
  vendor__modified_date,
  vendor__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS vendor__record_updated_at,
  __valid_from AS vendor__record_valid_from,
  __valid_to AS vendor__record_valid_to,
  __version AS vendor__record_version,
  __next_loaded_at IS NULL AS vendor__record_is_current,
  vendor__record_hash
FROM history
-- end of model
-- model dar adventure_works__vendors PERIPHERAL VIEW
SELECT
  _pit_hook__vendor,
  _hook__vendor,
  vendor__business_entity_id,
  vendor__account_number,
  vendor__name,
  vendor__credit_rating,
  vendor__preferred_vendor_status,
  vendor__active_flag,
  vendor__purchasing_web_service_url,
  vendor__modified_date,
  vendor__record_loaded_at,
  vendor__record_updated_at,
  vendor__record_valid_from,
  vendor__record_valid_to,
  vendor__record_version,
  vendor__record_is_current,
  vendor__record_hash
FROM dab.frame__adventure_works__vendors
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__vendor,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__vendor,
  CAST(NULL AS INTEGER) AS vendor__business_entity_id,
  CAST('N/A' AS VARCHAR) AS vendor__account_number,
  CAST('N/A' AS VARCHAR) AS vendor__name,
  CAST(NULL AS SMALLINT) AS vendor__credit_rating,
  CAST(NULL AS BOOLEAN) AS vendor__preferred_vendor_status,
  CAST(NULL AS BOOLEAN) AS vendor__active_flag,
  CAST('N/A' AS VARCHAR) AS vendor__purchasing_web_service_url,
  CAST(NULL AS TIMESTAMP) AS vendor__modified_date,
  CAST(NULL AS TIMESTAMP) AS vendor__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS vendor__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS vendor__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS vendor__record_valid_to,
  CAST(NULL AS BIGINT) AS vendor__record_version,
  CAST(NULL AS BOOLEAN) AS vendor__record_is_current,
  CAST(NULL AS VARCHAR) AS vendor__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__vendors BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__vendor AS __pit,
    _hook__vendor,
    _hook__business_entity,
    vendor__record_valid_from AS __valid_from,
    vendor__record_valid_to AS __valid_to,
    vendor__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__vendors
  WHERE _pit_hook__vendor IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    child._hook__vendor,
    child._hook__business_entity,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__business_entities AS parent_1
    ON parent_1._hook__business_entity = child._hook__business_entity AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__vendors' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__vendors', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__vendors', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__vendor,
  _pit_hook__business_entity,
  _hook__vendor,
  _hook__business_entity,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__product_vendors BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__product_vendor AS __pit,
    _hook__product,
    _hook__vendor,
    _hook__unit_measure,
    _hook__product_vendor,
    product_vendor__record_valid_from AS __valid_from,
    product_vendor__record_valid_to AS __valid_to,
    product_vendor__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__product_vendors
  WHERE _pit_hook__product_vendor IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__vendors AS parent_2
    ON parent_2._hook__vendor = child._hook__vendor AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__vendors AS parent_2
    ON parent_2._hook__vendor = child._hook__vendor AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__unit_measures AS parent_3
    ON parent_3._hook__unit_measure = child._hook__unit_measure AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__unit_measures AS parent_3
    ON parent_3._hook__unit_measure = child._hook__unit_measure AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product AS _pit_hook__product,
    parent_1._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_1._pit_hook__product_category AS _pit_hook__product_category,
    parent_1._pit_hook__product_model AS _pit_hook__product_model,
    parent_1._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_1._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    parent_2._pit_hook__vendor AS _pit_hook__vendor,
    parent_2._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_3._pit_hook__unit_measure AS _pit_hook__unit_measure,
    child._hook__product,
    child._hook__vendor,
    child._hook__unit_measure,
    child._hook__product_vendor,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__vendors AS parent_2
    ON parent_2._hook__vendor = child._hook__vendor AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__unit_measures AS parent_3
    ON parent_3._hook__unit_measure = child._hook__unit_measure AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__product_vendors' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__product_vendors', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__vendor AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__unit_measure AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__product_vendors', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__vendor AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__unit_measure AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__product_vendor,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _pit_hook__vendor,
  _pit_hook__business_entity,
  _pit_hook__unit_measure,
  _hook__product,
  _hook__vendor,
  _hook__unit_measure,
  _hook__product_vendor,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__purchase_order_headers BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__order__purchase AS __pit,
    _hook__order__purchase,
    _hook__person__employee,
    _hook__vendor,
    _hook__ship_method,
    purchase_order_header__record_valid_from AS __valid_from,
    purchase_order_header__record_valid_to AS __valid_to,
    purchase_order_header__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__purchase_order_headers
  WHERE _pit_hook__order__purchase IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__vendors AS parent_2
    ON parent_2._hook__vendor = child._hook__vendor AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__vendors AS parent_2
    ON parent_2._hook__vendor = child._hook__vendor AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__ship_methods AS parent_3
    ON parent_3._hook__ship_method = child._hook__ship_method AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__ship_methods AS parent_3
    ON parent_3._hook__ship_method = child._hook__ship_method AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_2._pit_hook__vendor AS _pit_hook__vendor,
    parent_2._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_3._pit_hook__ship_method AS _pit_hook__ship_method,
    child._hook__order__purchase,
    child._hook__person__employee,
    child._hook__vendor,
    child._hook__ship_method,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__employees AS parent_1
    ON parent_1._hook__person__employee = child._hook__person__employee AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__vendors AS parent_2
    ON parent_2._hook__vendor = child._hook__vendor AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__ship_methods AS parent_3
    ON parent_3._hook__ship_method = child._hook__ship_method AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__purchase_order_headers' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__purchase_order_headers', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__vendor AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__purchase_order_headers', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__vendor AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__order__purchase,
  _pit_hook__person__employee,
  _pit_hook__person,
  _pit_hook__vendor,
  _pit_hook__business_entity,
  _pit_hook__ship_method,
  _hook__order__purchase,
  _hook__person__employee,
  _hook__vendor,
  _hook__ship_method,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__purchase_order_details BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__purchase_order_detail AS __pit,
    _hook__order__purchase,
    _hook__order_line__purchase,
    _hook__product,
    _hook__purchase_order_detail,
    purchase_order_detail__record_valid_from AS __valid_from,
    purchase_order_detail__record_valid_to AS __valid_to,
    purchase_order_detail__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__purchase_order_details
  WHERE _pit_hook__purchase_order_detail IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__purchase_order_headers AS parent_1
    ON parent_1._hook__order__purchase = child._hook__order__purchase AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__purchase_order_headers AS parent_1
    ON parent_1._hook__order__purchase = child._hook__order__purchase AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_2
    ON parent_2._hook__product = child._hook__product AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_2
    ON parent_2._hook__product = child._hook__product AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__order__purchase AS _pit_hook__order__purchase,
    parent_1._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_1._pit_hook__person AS _pit_hook__person,
    parent_1._pit_hook__vendor AS _pit_hook__vendor,
    parent_1._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_1._pit_hook__ship_method AS _pit_hook__ship_method,
    parent_2._pit_hook__product AS _pit_hook__product,
    parent_2._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_2._pit_hook__product_category AS _pit_hook__product_category,
    parent_2._pit_hook__product_model AS _pit_hook__product_model,
    parent_2._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_2._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    child._hook__order__purchase,
    child._hook__order_line__purchase,
    child._hook__product,
    child._hook__purchase_order_detail,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__purchase_order_headers AS parent_1
    ON parent_1._hook__order__purchase = child._hook__order__purchase AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_2
    ON parent_2._hook__product = child._hook__product AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__purchase_order_details' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__purchase_order_details', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__order__purchase AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__vendor AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__purchase_order_details', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__order__purchase AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__vendor AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__purchase_order_detail,
  _pit_hook__order__purchase,
  _pit_hook__person__employee,
  _pit_hook__person,
  _pit_hook__vendor,
  _pit_hook__business_entity,
  _pit_hook__ship_method,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _hook__order__purchase,
  _hook__order_line__purchase,
  _hook__product,
  _hook__purchase_order_detail,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__product_vendors EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    product_vendor__product_id AS "product_id",
    product_vendor__business_entity_id AS "business_entity_id",
    product_vendor__average_lead_time AS "average_lead_time",
    product_vendor__standard_price AS "standard_price",
    product_vendor__last_receipt_cost AS "last_receipt_cost",
    product_vendor__last_receipt_date AS "last_receipt_date",
    product_vendor__min_order_qty AS "min_order_qty",
    product_vendor__max_order_qty AS "max_order_qty",
    product_vendor__on_order_qty AS "on_order_qty",
    product_vendor__unit_measure_code AS "unit_measure_code",
    product_vendor__modified_date AS "modified_date",
    product_vendor__record_loaded_at AS "_loaded_at",
    _pit_hook__product_vendor AS __pit
  FROM dab.frame__adventure_works__product_vendors
),
dated AS (
  SELECT
    __pit,
    CAST("last_receipt_date" AS DATE) AS __event_0,
    CAST("modified_date" AS DATE) AS __event_1
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__last_receipt_date,
    coalesce(__event_1 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__product_vendor,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._pit_hook__vendor,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__unit_measure,
  bridge._hook__product,
  bridge._hook__vendor,
  bridge._hook__unit_measure,
  bridge._hook__product_vendor,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__last_receipt_date, false) AS event__last_receipt_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__product_vendors AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__product_vendor
-- end of model
-- model dar__staging event__adventure_works__purchase_order_details EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    purchase_order_detail__purchase_order_id AS "purchase_order_id",
    purchase_order_detail__purchase_order_detail_id AS "purchase_order_detail_id",
    purchase_order_detail__due_date AS "due_date",
    purchase_order_detail__order_qty AS "order_qty",
    purchase_order_detail__product_id AS "product_id",
    purchase_order_detail__unit_price AS "unit_price",
    purchase_order_detail__line_total AS "line_total",
    purchase_order_detail__received_qty AS "received_qty",
    purchase_order_detail__rejected_qty AS "rejected_qty",
    purchase_order_detail__stocked_qty AS "stocked_qty",
    purchase_order_detail__modified_date AS "modified_date",
    purchase_order_detail__record_loaded_at AS "_loaded_at",
    _pit_hook__purchase_order_detail AS __pit
  FROM dab.frame__adventure_works__purchase_order_details
),
dated AS (
  SELECT
    __pit,
    CAST("due_date" AS DATE) AS __event_0,
    CAST("modified_date" AS DATE) AS __event_1
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__due_date,
    coalesce(__event_1 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__purchase_order_detail,
  bridge._pit_hook__order__purchase,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__person,
  bridge._pit_hook__vendor,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__ship_method,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._hook__order__purchase,
  bridge._hook__order_line__purchase,
  bridge._hook__product,
  bridge._hook__purchase_order_detail,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__due_date, false) AS event__due_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__purchase_order_details AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__purchase_order_detail
-- end of model
-- model dar__staging event__adventure_works__purchase_order_headers EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    purchase_order_header__purchase_order_id AS "purchase_order_id",
    purchase_order_header__revision_number AS "revision_number",
    purchase_order_header__status AS "status",
    purchase_order_header__employee_id AS "employee_id",
    purchase_order_header__vendor_id AS "vendor_id",
    purchase_order_header__ship_method_id AS "ship_method_id",
    purchase_order_header__order_date AS "order_date",
    purchase_order_header__ship_date AS "ship_date",
    purchase_order_header__sub_total AS "sub_total",
    purchase_order_header__tax_amt AS "tax_amt",
    purchase_order_header__freight AS "freight",
    purchase_order_header__total_due AS "total_due",
    purchase_order_header__modified_date AS "modified_date",
    purchase_order_header__record_loaded_at AS "_loaded_at",
    _pit_hook__order__purchase AS __pit
  FROM dab.frame__adventure_works__purchase_order_headers
),
dated AS (
  SELECT
    __pit,
    CAST("order_date" AS DATE) AS __event_0,
    CAST("ship_date" AS DATE) AS __event_1,
    CAST("modified_date" AS DATE) AS __event_2,
    CAST("order_date" AS DATE) AS __event_3,
    CAST("ship_date" AS DATE) AS __event_4
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1, __event_2, __event_3, __event_4))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__order_date,
    coalesce(__event_1 = __date, false) AS event__ship_date,
    coalesce(__event_2 = __date, false) AS event__modified_date,
    coalesce(__event_3 = __date, false) AS event__ordered,
    coalesce(__event_4 = __date, false) AS event__shipped
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__order__purchase,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__person,
  bridge._pit_hook__vendor,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__ship_method,
  bridge._hook__order__purchase,
  bridge._hook__person__employee,
  bridge._hook__vendor,
  bridge._hook__ship_method,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__order_date, false) AS event__order_date,
  coalesce(flags.event__ship_date, false) AS event__ship_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  coalesce(flags.event__ordered, false) AS event__ordered,
  coalesce(flags.event__shipped, false) AS event__shipped,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__purchase_order_headers AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__order__purchase
-- end of model
-- model dar__staging event__adventure_works__vendors EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    vendor__business_entity_id AS "business_entity_id",
    vendor__account_number AS "account_number",
    vendor__name AS "name",
    vendor__credit_rating AS "credit_rating",
    vendor__preferred_vendor_status AS "preferred_vendor_status",
    vendor__active_flag AS "active_flag",
    vendor__purchasing_web_service_url AS "purchasing_web_service_url",
    vendor__modified_date AS "modified_date",
    vendor__record_loaded_at AS "_loaded_at",
    _pit_hook__vendor AS __pit
  FROM dab.frame__adventure_works__vendors
),
dated AS (
  SELECT
    __pit,
    CAST("modified_date" AS DATE) AS __event_0
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__vendor,
  bridge._pit_hook__business_entity,
  bridge._hook__vendor,
  bridge._hook__business_entity,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__vendors AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__vendor
-- end of model
-- model das raw__adventure_works__work_order_routings RAW VIEW
SELECT
  CAST("work_order_id" AS INTEGER) AS "work_order_id",
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("operation_sequence" AS SMALLINT) AS "operation_sequence",
  CAST("location_id" AS SMALLINT) AS "location_id",
  CAST("scheduled_start_date" AS TIMESTAMP) AS "scheduled_start_date",
  CAST("scheduled_end_date" AS TIMESTAMP) AS "scheduled_end_date",
  CAST("actual_start_date" AS TIMESTAMP) AS "actual_start_date",
  CAST("actual_end_date" AS TIMESTAMP) AS "actual_end_date",
  CAST("actual_resource_hrs" AS DECIMAL(9,4)) AS "actual_resource_hrs",
  CAST("planned_cost" AS DECIMAL(19,4)) AS "planned_cost",
  CAST("actual_cost" AS DECIMAL(19,4)) AS "actual_cost",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__work_order_routings
-- end of model
-- model dab frame__adventure_works__work_order_routings FRAME TABLE
WITH landed AS (
  SELECT
    'work_order__adventure_works|' || CAST("work_order_id" AS VARCHAR) AS _hook__work_order,
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    'operation__adventure_works|' || CAST("operation_sequence" AS VARCHAR) AS _hook__operation,
    'location__adventure_works|' || CAST("location_id" AS VARCHAR) AS _hook__location,
    ('work_order__adventure_works|' || CAST("work_order_id" AS VARCHAR)) || '~' || ('product__adventure_works|' || CAST("product_id" AS VARCHAR)) || '~' || ('operation__adventure_works|' || CAST("operation_sequence" AS VARCHAR)) AS _hook__work_order_routing,
    "work_order_id" AS work_order_routing__work_order_id,
    "product_id" AS work_order_routing__product_id,
    "operation_sequence" AS work_order_routing__operation_sequence,
    "location_id" AS work_order_routing__location_id,
    "scheduled_start_date" AS work_order_routing__scheduled_start_date,
    "scheduled_end_date" AS work_order_routing__scheduled_end_date,
    "actual_start_date" AS work_order_routing__actual_start_date,
    "actual_end_date" AS work_order_routing__actual_end_date,
    "actual_resource_hrs" AS work_order_routing__actual_resource_hrs,
    "planned_cost" AS work_order_routing__planned_cost,
    "actual_cost" AS work_order_routing__actual_cost,
    "modified_date" AS work_order_routing__modified_date,
    "_loaded_at" AS work_order_routing__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("work_order_id" AS VARCHAR)) || ':' || CAST("work_order_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("operation_sequence" AS VARCHAR)) || ':' || CAST("operation_sequence" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("location_id" AS VARCHAR)) || ':' || CAST("location_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("scheduled_start_date" AS VARCHAR)) || ':' || CAST("scheduled_start_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("scheduled_end_date" AS VARCHAR)) || ':' || CAST("scheduled_end_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("actual_start_date" AS VARCHAR)) || ':' || CAST("actual_start_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("actual_end_date" AS VARCHAR)) || ':' || CAST("actual_end_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("actual_resource_hrs" AS VARCHAR)) || ':' || CAST("actual_resource_hrs" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("planned_cost" AS VARCHAR)) || ':' || CAST("planned_cost" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("actual_cost" AS VARCHAR)) || ':' || CAST("actual_cost" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS work_order_routing__record_hash
  FROM das.raw__adventure_works__work_order_routings
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY work_order_routing__work_order_id, work_order_routing__product_id, work_order_routing__operation_sequence, work_order_routing__record_loaded_at ORDER BY work_order_routing__record_hash) AS __duplicate
    FROM landed
    WHERE work_order_routing__work_order_id IS NOT NULL AND work_order_routing__product_id IS NOT NULL AND work_order_routing__operation_sequence IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(work_order_routing__record_hash) OVER (PARTITION BY work_order_routing__work_order_id, work_order_routing__product_id, work_order_routing__operation_sequence ORDER BY work_order_routing__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY work_order_routing__work_order_id, work_order_routing__product_id, work_order_routing__operation_sequence ORDER BY work_order_routing__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY work_order_routing__work_order_id, work_order_routing__product_id, work_order_routing__operation_sequence ORDER BY work_order_routing__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> work_order_routing__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__work_order_routing || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__work_order_routing || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__work_order_routing,
  CASE WHEN (_hook__work_order) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__work_order) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__work_order,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__operation) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__operation) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__operation,
  CASE WHEN (_hook__location) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__location) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__location,
  CASE WHEN (_hook__work_order_routing) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__work_order_routing) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__work_order_routing,
  work_order_routing__work_order_id,
  work_order_routing__product_id,
  work_order_routing__operation_sequence,
  work_order_routing__location_id,
  work_order_routing__scheduled_start_date,
  work_order_routing__scheduled_end_date,
  work_order_routing__actual_start_date,
  work_order_routing__actual_end_date,
  work_order_routing__actual_resource_hrs,
  work_order_routing__planned_cost,
  work_order_routing__actual_cost,
  work_order_routing__modified_date,
  work_order_routing__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS work_order_routing__record_updated_at,
  __valid_from AS work_order_routing__record_valid_from,
  __valid_to AS work_order_routing__record_valid_to,
  __version AS work_order_routing__record_version,
  __next_loaded_at IS NULL AS work_order_routing__record_is_current,
  work_order_routing__record_hash
FROM history
-- end of model
-- model dar adventure_works__work_order_routings PERIPHERAL VIEW
SELECT
  _pit_hook__work_order_routing,
  _hook__work_order_routing,
  work_order_routing__work_order_id,
  work_order_routing__product_id,
  work_order_routing__operation_sequence,
  work_order_routing__location_id,
  work_order_routing__scheduled_start_date,
  work_order_routing__scheduled_end_date,
  work_order_routing__actual_start_date,
  work_order_routing__actual_end_date,
  work_order_routing__actual_resource_hrs,
  work_order_routing__planned_cost,
  work_order_routing__actual_cost,
  work_order_routing__modified_date,
  work_order_routing__record_loaded_at,
  work_order_routing__record_updated_at,
  work_order_routing__record_valid_from,
  work_order_routing__record_valid_to,
  work_order_routing__record_version,
  work_order_routing__record_is_current,
  work_order_routing__record_hash
FROM dab.frame__adventure_works__work_order_routings
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__work_order_routing,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__work_order_routing,
  CAST(NULL AS INTEGER) AS work_order_routing__work_order_id,
  CAST(NULL AS INTEGER) AS work_order_routing__product_id,
  CAST(NULL AS SMALLINT) AS work_order_routing__operation_sequence,
  CAST(NULL AS SMALLINT) AS work_order_routing__location_id,
  CAST(NULL AS TIMESTAMP) AS work_order_routing__scheduled_start_date,
  CAST(NULL AS TIMESTAMP) AS work_order_routing__scheduled_end_date,
  CAST(NULL AS TIMESTAMP) AS work_order_routing__actual_start_date,
  CAST(NULL AS TIMESTAMP) AS work_order_routing__actual_end_date,
  CAST(NULL AS DECIMAL(9,4)) AS work_order_routing__actual_resource_hrs,
  CAST(NULL AS DECIMAL(19,4)) AS work_order_routing__planned_cost,
  CAST(NULL AS DECIMAL(19,4)) AS work_order_routing__actual_cost,
  CAST(NULL AS TIMESTAMP) AS work_order_routing__modified_date,
  CAST(NULL AS TIMESTAMP) AS work_order_routing__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS work_order_routing__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS work_order_routing__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS work_order_routing__record_valid_to,
  CAST(NULL AS BIGINT) AS work_order_routing__record_version,
  CAST(NULL AS BOOLEAN) AS work_order_routing__record_is_current,
  CAST(NULL AS VARCHAR) AS work_order_routing__record_hash
-- end of model
-- model das raw__adventure_works__work_orders RAW VIEW
SELECT
  CAST("work_order_id" AS INTEGER) AS "work_order_id",
  CAST("product_id" AS INTEGER) AS "product_id",
  CAST("order_qty" AS INTEGER) AS "order_qty",
  CAST("stocked_qty" AS INTEGER) AS "stocked_qty",
  CAST("scrapped_qty" AS SMALLINT) AS "scrapped_qty",
  CAST("start_date" AS TIMESTAMP) AS "start_date",
  CAST("end_date" AS TIMESTAMP) AS "end_date",
  CAST("due_date" AS TIMESTAMP) AS "due_date",
  CAST("scrap_reason_id" AS SMALLINT) AS "scrap_reason_id",
  CAST("modified_date" AS TIMESTAMP) AS "modified_date",
  CAST("_loaded_at" AS TIMESTAMP) AS "_loaded_at"
FROM das.landed__adventure_works__work_orders
-- end of model
-- model dab frame__adventure_works__work_orders FRAME TABLE
WITH landed AS (
  SELECT
    'work_order__adventure_works|' || CAST("work_order_id" AS VARCHAR) AS _hook__work_order,
    'product__adventure_works|' || CAST("product_id" AS VARCHAR) AS _hook__product,
    'scrap_reason__adventure_works|' || CAST("scrap_reason_id" AS VARCHAR) AS _hook__scrap_reason,
    "work_order_id" AS work_order__work_order_id,
    "product_id" AS work_order__product_id,
    "order_qty" AS work_order__order_qty,
    "stocked_qty" AS work_order__stocked_qty,
    "scrapped_qty" AS work_order__scrapped_qty,
    "start_date" AS work_order__start_date,
    "end_date" AS work_order__end_date,
    "due_date" AS work_order__due_date,
    "scrap_reason_id" AS work_order__scrap_reason_id,
    "modified_date" AS work_order__modified_date,
    "_loaded_at" AS work_order__record_loaded_at,
    CAST("_loaded_at" AS TIMESTAMP) AS __loaded_at,
    md5(
      coalesce('V' || length(CAST("work_order_id" AS VARCHAR)) || ':' || CAST("work_order_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("product_id" AS VARCHAR)) || ':' || CAST("product_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("order_qty" AS VARCHAR)) || ':' || CAST("order_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("stocked_qty" AS VARCHAR)) || ':' || CAST("stocked_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("scrapped_qty" AS VARCHAR)) || ':' || CAST("scrapped_qty" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("start_date" AS VARCHAR)) || ':' || CAST("start_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("end_date" AS VARCHAR)) || ':' || CAST("end_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("due_date" AS VARCHAR)) || ':' || CAST("due_date" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("scrap_reason_id" AS VARCHAR)) || ':' || CAST("scrap_reason_id" AS VARCHAR), 'N') ||
      coalesce('V' || length(CAST("modified_date" AS VARCHAR)) || ':' || CAST("modified_date" AS VARCHAR), 'N')) AS work_order__record_hash
  FROM das.raw__adventure_works__work_orders
),
deduplicated AS (
  SELECT *
  FROM (
    SELECT
      *,
      row_number() OVER (PARTITION BY work_order__work_order_id, work_order__record_loaded_at ORDER BY work_order__record_hash) AS __duplicate
    FROM landed
    WHERE work_order__work_order_id IS NOT NULL
  ) AS numbered
  WHERE __duplicate = 1
),
changes AS (
  SELECT
    *,
    lag(work_order__record_hash) OVER (PARTITION BY work_order__work_order_id ORDER BY work_order__record_loaded_at) AS __previous_hash
  FROM deduplicated
),
versions AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY work_order__work_order_id ORDER BY work_order__record_loaded_at) AS __version,
    lead(__loaded_at) OVER (PARTITION BY work_order__work_order_id ORDER BY work_order__record_loaded_at) AS __next_loaded_at
  FROM changes
  WHERE __previous_hash IS NULL OR __previous_hash <> work_order__record_hash
),
history AS (
  SELECT
    *,
    CASE WHEN __version = 1 THEN TIMESTAMP '1970-01-01 00:00:00' ELSE __loaded_at END AS __valid_from,
    coalesce(__next_loaded_at, TIMESTAMP '9999-12-31 23:59:59.999999') AS __valid_to
  FROM versions
)
SELECT
  CASE WHEN (_hook__work_order || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__work_order || '~' || 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__work_order,
  CASE WHEN (_hook__work_order) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__work_order) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__work_order,
  CASE WHEN (_hook__product) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__product) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__product,
  CASE WHEN (_hook__scrap_reason) IS NULL THEN NULL ELSE CAST(CAST(hash(_hook__scrap_reason) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__scrap_reason,
  work_order__work_order_id,
  work_order__product_id,
  work_order__order_qty,
  work_order__stocked_qty,
  work_order__scrapped_qty,
  work_order__start_date,
  work_order__end_date,
  work_order__due_date,
  work_order__scrap_reason_id,
  work_order__modified_date,
  work_order__record_loaded_at,
  CASE WHEN __next_loaded_at IS NULL THEN __loaded_at ELSE __valid_to END AS work_order__record_updated_at,
  __valid_from AS work_order__record_valid_from,
  __valid_to AS work_order__record_valid_to,
  __version AS work_order__record_version,
  __next_loaded_at IS NULL AS work_order__record_is_current,
  work_order__record_hash
FROM history
-- end of model
-- model dar adventure_works__work_orders PERIPHERAL VIEW
SELECT
  _pit_hook__work_order,
  _hook__work_order,
  work_order__work_order_id,
  work_order__product_id,
  work_order__order_qty,
  work_order__stocked_qty,
  work_order__scrapped_qty,
  work_order__start_date,
  work_order__end_date,
  work_order__due_date,
  work_order__scrap_reason_id,
  work_order__modified_date,
  work_order__record_loaded_at,
  work_order__record_updated_at,
  work_order__record_valid_from,
  work_order__record_valid_to,
  work_order__record_version,
  work_order__record_is_current,
  work_order__record_hash
FROM dab.frame__adventure_works__work_orders
UNION ALL
SELECT
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__work_order,
  CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__work_order,
  CAST(NULL AS INTEGER) AS work_order__work_order_id,
  CAST(NULL AS INTEGER) AS work_order__product_id,
  CAST(NULL AS INTEGER) AS work_order__order_qty,
  CAST(NULL AS INTEGER) AS work_order__stocked_qty,
  CAST(NULL AS SMALLINT) AS work_order__scrapped_qty,
  CAST(NULL AS TIMESTAMP) AS work_order__start_date,
  CAST(NULL AS TIMESTAMP) AS work_order__end_date,
  CAST(NULL AS TIMESTAMP) AS work_order__due_date,
  CAST(NULL AS SMALLINT) AS work_order__scrap_reason_id,
  CAST(NULL AS TIMESTAMP) AS work_order__modified_date,
  CAST(NULL AS TIMESTAMP) AS work_order__record_loaded_at,
  CAST(NULL AS TIMESTAMP) AS work_order__record_updated_at,
  TIMESTAMP '1970-01-01 00:00:00' AS work_order__record_valid_from,
  TIMESTAMP '9999-12-31 23:59:59.999999' AS work_order__record_valid_to,
  CAST(NULL AS BIGINT) AS work_order__record_version,
  CAST(NULL AS BOOLEAN) AS work_order__record_is_current,
  CAST(NULL AS VARCHAR) AS work_order__record_hash
-- end of model
-- model dar__staging bridge__adventure_works__work_orders BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__work_order AS __pit,
    _hook__work_order,
    _hook__product,
    _hook__scrap_reason,
    work_order__record_valid_from AS __valid_from,
    work_order__record_valid_to AS __valid_to,
    work_order__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__work_orders
  WHERE _pit_hook__work_order IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__scrap_reasons AS parent_2
    ON parent_2._hook__scrap_reason = child._hook__scrap_reason AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__scrap_reasons AS parent_2
    ON parent_2._hook__scrap_reason = child._hook__scrap_reason AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product AS _pit_hook__product,
    parent_1._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_1._pit_hook__product_category AS _pit_hook__product_category,
    parent_1._pit_hook__product_model AS _pit_hook__product_model,
    parent_1._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_1._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    parent_2._pit_hook__scrap_reason AS _pit_hook__scrap_reason,
    child._hook__work_order,
    child._hook__product,
    child._hook__scrap_reason,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__scrap_reasons AS parent_2
    ON parent_2._hook__scrap_reason = child._hook__scrap_reason AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__work_orders' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__work_orders', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__scrap_reason AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__work_orders', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__scrap_reason AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__work_order,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _pit_hook__scrap_reason,
  _hook__work_order,
  _hook__product,
  _hook__scrap_reason,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__transaction_histories BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__transaction AS __pit,
    _hook__transaction,
    _hook__product,
    _hook__order__sales,
    _hook__order__purchase,
    _hook__work_order,
    transaction_history__record_valid_from AS __valid_from,
    transaction_history__record_valid_to AS __valid_to,
    transaction_history__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__transaction_histories
  WHERE _pit_hook__transaction IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_order_headers AS parent_2
    ON parent_2._hook__order__sales = child._hook__order__sales AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_order_headers AS parent_2
    ON parent_2._hook__order__sales = child._hook__order__sales AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__purchase_order_headers AS parent_3
    ON parent_3._hook__order__purchase = child._hook__order__purchase AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__purchase_order_headers AS parent_3
    ON parent_3._hook__order__purchase = child._hook__order__purchase AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_4.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__work_orders AS parent_4
    ON parent_4._hook__work_order = child._hook__work_order AND parent_4.bridge__record_valid_from > child.__valid_from AND parent_4.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_4.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__work_orders AS parent_4
    ON parent_4._hook__work_order = child._hook__work_order AND parent_4.bridge__record_valid_to > child.__valid_from AND parent_4.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product AS _pit_hook__product,
    parent_1._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_1._pit_hook__product_category AS _pit_hook__product_category,
    parent_1._pit_hook__product_model AS _pit_hook__product_model,
    parent_1._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_1._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    parent_2._pit_hook__order__sales AS _pit_hook__order__sales,
    parent_2._pit_hook__customer AS _pit_hook__customer,
    parent_2._pit_hook__person AS _pit_hook__person,
    parent_2._pit_hook__store AS _pit_hook__store,
    parent_2._pit_hook__person__sales_person AS _pit_hook__person__sales_person,
    parent_2._pit_hook__sales_territory AS _pit_hook__sales_territory,
    parent_2._pit_hook__country_region AS _pit_hook__country_region,
    parent_2._pit_hook__address__billing AS _pit_hook__address__billing,
    parent_2._pit_hook__state_province__billing AS _pit_hook__state_province__billing,
    parent_2._pit_hook__country_region__billing AS _pit_hook__country_region__billing,
    parent_2._pit_hook__sales_territory__billing AS _pit_hook__sales_territory__billing,
    parent_2._pit_hook__address__shipping AS _pit_hook__address__shipping,
    parent_2._pit_hook__state_province__shipping AS _pit_hook__state_province__shipping,
    parent_2._pit_hook__country_region__shipping AS _pit_hook__country_region__shipping,
    parent_2._pit_hook__sales_territory__shipping AS _pit_hook__sales_territory__shipping,
    parent_2._pit_hook__ship_method AS _pit_hook__ship_method,
    parent_2._pit_hook__credit_card AS _pit_hook__credit_card,
    parent_2._pit_hook__currency_rate AS _pit_hook__currency_rate,
    parent_2._pit_hook__currency__from AS _pit_hook__currency__from,
    parent_2._pit_hook__currency__to AS _pit_hook__currency__to,
    parent_3._pit_hook__order__purchase AS _pit_hook__order__purchase,
    parent_3._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_3._pit_hook__vendor AS _pit_hook__vendor,
    parent_3._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_4._pit_hook__work_order AS _pit_hook__work_order,
    parent_4._pit_hook__scrap_reason AS _pit_hook__scrap_reason,
    child._hook__transaction,
    child._hook__product,
    child._hook__order__sales,
    child._hook__order__purchase,
    child._hook__work_order,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at, parent_4.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__sales_order_headers AS parent_2
    ON parent_2._hook__order__sales = child._hook__order__sales AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__purchase_order_headers AS parent_3
    ON parent_3._hook__order__purchase = child._hook__order__purchase AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__work_orders AS parent_4
    ON parent_4._hook__work_order = child._hook__work_order AND parent_4.bridge__record_valid_from <= intervals.__valid_from AND parent_4.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__transaction_histories' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__transaction_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__order__sales AS VARCHAR), CAST(_pit_hook__customer AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__store AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__address__billing AS VARCHAR), CAST(_pit_hook__state_province__billing AS VARCHAR), CAST(_pit_hook__country_region__billing AS VARCHAR), CAST(_pit_hook__sales_territory__billing AS VARCHAR), CAST(_pit_hook__address__shipping AS VARCHAR), CAST(_pit_hook__state_province__shipping AS VARCHAR), CAST(_pit_hook__country_region__shipping AS VARCHAR), CAST(_pit_hook__sales_territory__shipping AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR), CAST(_pit_hook__credit_card AS VARCHAR), CAST(_pit_hook__currency_rate AS VARCHAR), CAST(_pit_hook__currency__from AS VARCHAR), CAST(_pit_hook__currency__to AS VARCHAR), CAST(_pit_hook__order__purchase AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__vendor AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__work_order AS VARCHAR), CAST(_pit_hook__scrap_reason AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__transaction_histories', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__order__sales AS VARCHAR), CAST(_pit_hook__customer AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__store AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__address__billing AS VARCHAR), CAST(_pit_hook__state_province__billing AS VARCHAR), CAST(_pit_hook__country_region__billing AS VARCHAR), CAST(_pit_hook__sales_territory__billing AS VARCHAR), CAST(_pit_hook__address__shipping AS VARCHAR), CAST(_pit_hook__state_province__shipping AS VARCHAR), CAST(_pit_hook__country_region__shipping AS VARCHAR), CAST(_pit_hook__sales_territory__shipping AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR), CAST(_pit_hook__credit_card AS VARCHAR), CAST(_pit_hook__currency_rate AS VARCHAR), CAST(_pit_hook__currency__from AS VARCHAR), CAST(_pit_hook__currency__to AS VARCHAR), CAST(_pit_hook__order__purchase AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__vendor AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__work_order AS VARCHAR), CAST(_pit_hook__scrap_reason AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__transaction,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _pit_hook__order__sales,
  _pit_hook__customer,
  _pit_hook__person,
  _pit_hook__store,
  _pit_hook__person__sales_person,
  _pit_hook__sales_territory,
  _pit_hook__country_region,
  _pit_hook__address__billing,
  _pit_hook__state_province__billing,
  _pit_hook__country_region__billing,
  _pit_hook__sales_territory__billing,
  _pit_hook__address__shipping,
  _pit_hook__state_province__shipping,
  _pit_hook__country_region__shipping,
  _pit_hook__sales_territory__shipping,
  _pit_hook__ship_method,
  _pit_hook__credit_card,
  _pit_hook__currency_rate,
  _pit_hook__currency__from,
  _pit_hook__currency__to,
  _pit_hook__order__purchase,
  _pit_hook__person__employee,
  _pit_hook__vendor,
  _pit_hook__business_entity,
  _pit_hook__work_order,
  _pit_hook__scrap_reason,
  _hook__transaction,
  _hook__product,
  _hook__order__sales,
  _hook__order__purchase,
  _hook__work_order,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__transaction_history_archives BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__transaction AS __pit,
    _hook__transaction,
    _hook__product,
    _hook__order__sales,
    _hook__order__purchase,
    _hook__work_order,
    transaction_history_archive__record_valid_from AS __valid_from,
    transaction_history_archive__record_valid_to AS __valid_to,
    transaction_history_archive__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__transaction_history_archives
  WHERE _pit_hook__transaction IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_order_headers AS parent_2
    ON parent_2._hook__order__sales = child._hook__order__sales AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__sales_order_headers AS parent_2
    ON parent_2._hook__order__sales = child._hook__order__sales AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__purchase_order_headers AS parent_3
    ON parent_3._hook__order__purchase = child._hook__order__purchase AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__purchase_order_headers AS parent_3
    ON parent_3._hook__order__purchase = child._hook__order__purchase AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_4.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__work_orders AS parent_4
    ON parent_4._hook__work_order = child._hook__work_order AND parent_4.bridge__record_valid_from > child.__valid_from AND parent_4.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_4.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__work_orders AS parent_4
    ON parent_4._hook__work_order = child._hook__work_order AND parent_4.bridge__record_valid_to > child.__valid_from AND parent_4.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__product AS _pit_hook__product,
    parent_1._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_1._pit_hook__product_category AS _pit_hook__product_category,
    parent_1._pit_hook__product_model AS _pit_hook__product_model,
    parent_1._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_1._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    parent_2._pit_hook__order__sales AS _pit_hook__order__sales,
    parent_2._pit_hook__customer AS _pit_hook__customer,
    parent_2._pit_hook__person AS _pit_hook__person,
    parent_2._pit_hook__store AS _pit_hook__store,
    parent_2._pit_hook__person__sales_person AS _pit_hook__person__sales_person,
    parent_2._pit_hook__sales_territory AS _pit_hook__sales_territory,
    parent_2._pit_hook__country_region AS _pit_hook__country_region,
    parent_2._pit_hook__address__billing AS _pit_hook__address__billing,
    parent_2._pit_hook__state_province__billing AS _pit_hook__state_province__billing,
    parent_2._pit_hook__country_region__billing AS _pit_hook__country_region__billing,
    parent_2._pit_hook__sales_territory__billing AS _pit_hook__sales_territory__billing,
    parent_2._pit_hook__address__shipping AS _pit_hook__address__shipping,
    parent_2._pit_hook__state_province__shipping AS _pit_hook__state_province__shipping,
    parent_2._pit_hook__country_region__shipping AS _pit_hook__country_region__shipping,
    parent_2._pit_hook__sales_territory__shipping AS _pit_hook__sales_territory__shipping,
    parent_2._pit_hook__ship_method AS _pit_hook__ship_method,
    parent_2._pit_hook__credit_card AS _pit_hook__credit_card,
    parent_2._pit_hook__currency_rate AS _pit_hook__currency_rate,
    parent_2._pit_hook__currency__from AS _pit_hook__currency__from,
    parent_2._pit_hook__currency__to AS _pit_hook__currency__to,
    parent_3._pit_hook__order__purchase AS _pit_hook__order__purchase,
    parent_3._pit_hook__person__employee AS _pit_hook__person__employee,
    parent_3._pit_hook__vendor AS _pit_hook__vendor,
    parent_3._pit_hook__business_entity AS _pit_hook__business_entity,
    parent_4._pit_hook__work_order AS _pit_hook__work_order,
    parent_4._pit_hook__scrap_reason AS _pit_hook__scrap_reason,
    child._hook__transaction,
    child._hook__product,
    child._hook__order__sales,
    child._hook__order__purchase,
    child._hook__work_order,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at, parent_4.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_1
    ON parent_1._hook__product = child._hook__product AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__sales_order_headers AS parent_2
    ON parent_2._hook__order__sales = child._hook__order__sales AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__purchase_order_headers AS parent_3
    ON parent_3._hook__order__purchase = child._hook__order__purchase AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__work_orders AS parent_4
    ON parent_4._hook__work_order = child._hook__work_order AND parent_4.bridge__record_valid_from <= intervals.__valid_from AND parent_4.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__transaction_history_archives' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__transaction_history_archives', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__order__sales AS VARCHAR), CAST(_pit_hook__customer AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__store AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__address__billing AS VARCHAR), CAST(_pit_hook__state_province__billing AS VARCHAR), CAST(_pit_hook__country_region__billing AS VARCHAR), CAST(_pit_hook__sales_territory__billing AS VARCHAR), CAST(_pit_hook__address__shipping AS VARCHAR), CAST(_pit_hook__state_province__shipping AS VARCHAR), CAST(_pit_hook__country_region__shipping AS VARCHAR), CAST(_pit_hook__sales_territory__shipping AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR), CAST(_pit_hook__credit_card AS VARCHAR), CAST(_pit_hook__currency_rate AS VARCHAR), CAST(_pit_hook__currency__from AS VARCHAR), CAST(_pit_hook__currency__to AS VARCHAR), CAST(_pit_hook__order__purchase AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__vendor AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__work_order AS VARCHAR), CAST(_pit_hook__scrap_reason AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__transaction_history_archives', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__order__sales AS VARCHAR), CAST(_pit_hook__customer AS VARCHAR), CAST(_pit_hook__person AS VARCHAR), CAST(_pit_hook__store AS VARCHAR), CAST(_pit_hook__person__sales_person AS VARCHAR), CAST(_pit_hook__sales_territory AS VARCHAR), CAST(_pit_hook__country_region AS VARCHAR), CAST(_pit_hook__address__billing AS VARCHAR), CAST(_pit_hook__state_province__billing AS VARCHAR), CAST(_pit_hook__country_region__billing AS VARCHAR), CAST(_pit_hook__sales_territory__billing AS VARCHAR), CAST(_pit_hook__address__shipping AS VARCHAR), CAST(_pit_hook__state_province__shipping AS VARCHAR), CAST(_pit_hook__country_region__shipping AS VARCHAR), CAST(_pit_hook__sales_territory__shipping AS VARCHAR), CAST(_pit_hook__ship_method AS VARCHAR), CAST(_pit_hook__credit_card AS VARCHAR), CAST(_pit_hook__currency_rate AS VARCHAR), CAST(_pit_hook__currency__from AS VARCHAR), CAST(_pit_hook__currency__to AS VARCHAR), CAST(_pit_hook__order__purchase AS VARCHAR), CAST(_pit_hook__person__employee AS VARCHAR), CAST(_pit_hook__vendor AS VARCHAR), CAST(_pit_hook__business_entity AS VARCHAR), CAST(_pit_hook__work_order AS VARCHAR), CAST(_pit_hook__scrap_reason AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__transaction,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _pit_hook__order__sales,
  _pit_hook__customer,
  _pit_hook__person,
  _pit_hook__store,
  _pit_hook__person__sales_person,
  _pit_hook__sales_territory,
  _pit_hook__country_region,
  _pit_hook__address__billing,
  _pit_hook__state_province__billing,
  _pit_hook__country_region__billing,
  _pit_hook__sales_territory__billing,
  _pit_hook__address__shipping,
  _pit_hook__state_province__shipping,
  _pit_hook__country_region__shipping,
  _pit_hook__sales_territory__shipping,
  _pit_hook__ship_method,
  _pit_hook__credit_card,
  _pit_hook__currency_rate,
  _pit_hook__currency__from,
  _pit_hook__currency__to,
  _pit_hook__order__purchase,
  _pit_hook__person__employee,
  _pit_hook__vendor,
  _pit_hook__business_entity,
  _pit_hook__work_order,
  _pit_hook__scrap_reason,
  _hook__transaction,
  _hook__product,
  _hook__order__sales,
  _hook__order__purchase,
  _hook__work_order,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging bridge__adventure_works__work_order_routings BRIDGE TABLE
WITH child AS (
  SELECT
    _pit_hook__work_order_routing AS __pit,
    _hook__work_order,
    _hook__product,
    _hook__operation,
    _hook__location,
    _hook__work_order_routing,
    work_order_routing__record_valid_from AS __valid_from,
    work_order_routing__record_valid_to AS __valid_to,
    work_order_routing__record_updated_at AS __updated_at
  FROM dab.frame__adventure_works__work_order_routings
  WHERE _pit_hook__work_order_routing IS NOT NULL
),
boundaries AS (
  SELECT __pit, __valid_from AS __at FROM child
  UNION
  SELECT __pit, __valid_to AS __at FROM child
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__work_orders AS parent_1
    ON parent_1._hook__work_order = child._hook__work_order AND parent_1.bridge__record_valid_from > child.__valid_from AND parent_1.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_1.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__work_orders AS parent_1
    ON parent_1._hook__work_order = child._hook__work_order AND parent_1.bridge__record_valid_to > child.__valid_from AND parent_1.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_2
    ON parent_2._hook__product = child._hook__product AND parent_2.bridge__record_valid_from > child.__valid_from AND parent_2.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_2.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__products AS parent_2
    ON parent_2._hook__product = child._hook__product AND parent_2.bridge__record_valid_to > child.__valid_from AND parent_2.bridge__record_valid_to < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_from AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__locations AS parent_3
    ON parent_3._hook__location = child._hook__location AND parent_3.bridge__record_valid_from > child.__valid_from AND parent_3.bridge__record_valid_from < child.__valid_to
  UNION
  SELECT child.__pit, parent_3.bridge__record_valid_to AS __at
  FROM child
  INNER JOIN dar__staging.bridge__adventure_works__locations AS parent_3
    ON parent_3._hook__location = child._hook__location AND parent_3.bridge__record_valid_to > child.__valid_from AND parent_3.bridge__record_valid_to < child.__valid_to
),
intervals AS (
  SELECT __pit, __valid_from, __valid_to
  FROM (
    SELECT __pit, __at AS __valid_from, lead(__at) OVER (PARTITION BY __pit ORDER BY __at) AS __valid_to
    FROM boundaries
  ) AS elementary
  WHERE __valid_to IS NOT NULL
),
joined AS (
  SELECT
    intervals.__pit,
    parent_1._pit_hook__work_order AS _pit_hook__work_order,
    parent_1._pit_hook__scrap_reason AS _pit_hook__scrap_reason,
    parent_2._pit_hook__product AS _pit_hook__product,
    parent_2._pit_hook__product_subcategory AS _pit_hook__product_subcategory,
    parent_2._pit_hook__product_category AS _pit_hook__product_category,
    parent_2._pit_hook__product_model AS _pit_hook__product_model,
    parent_2._pit_hook__unit_measure__size AS _pit_hook__unit_measure__size,
    parent_2._pit_hook__unit_measure__weight AS _pit_hook__unit_measure__weight,
    parent_3._pit_hook__location AS _pit_hook__location,
    child._hook__work_order,
    child._hook__product,
    child._hook__operation,
    child._hook__location,
    child._hook__work_order_routing,
    intervals.__valid_from,
    intervals.__valid_to,
    greatest(child.__updated_at, parent_1.bridge__record_loaded_at, parent_2.bridge__record_loaded_at, parent_3.bridge__record_loaded_at) AS __loaded_at
  FROM intervals
  INNER JOIN child ON child.__pit = intervals.__pit
  LEFT JOIN dar__staging.bridge__adventure_works__work_orders AS parent_1
    ON parent_1._hook__work_order = child._hook__work_order AND parent_1.bridge__record_valid_from <= intervals.__valid_from AND parent_1.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__products AS parent_2
    ON parent_2._hook__product = child._hook__product AND parent_2.bridge__record_valid_from <= intervals.__valid_from AND parent_2.bridge__record_valid_to >= intervals.__valid_to
  LEFT JOIN dar__staging.bridge__adventure_works__locations AS parent_3
    ON parent_3._hook__location = child._hook__location AND parent_3.bridge__record_valid_from <= intervals.__valid_from AND parent_3.bridge__record_valid_to >= intervals.__valid_to
)
SELECT
  'adventure_works__work_order_routings' AS peripheral,
  CASE WHEN (concat_ws('~', 'peripheral|adventure_works__work_order_routings', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__work_order AS VARCHAR), CAST(_pit_hook__scrap_reason AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__location AS VARCHAR))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', 'peripheral|adventure_works__work_order_routings', 'epoch__valid_from|' || strftime(__valid_from, '%Y-%m-%d %H:%M:%S.%f'), CAST(__pit AS VARCHAR), CAST(_pit_hook__work_order AS VARCHAR), CAST(_pit_hook__scrap_reason AS VARCHAR), CAST(_pit_hook__product AS VARCHAR), CAST(_pit_hook__product_subcategory AS VARCHAR), CAST(_pit_hook__product_category AS VARCHAR), CAST(_pit_hook__product_model AS VARCHAR), CAST(_pit_hook__unit_measure__size AS VARCHAR), CAST(_pit_hook__unit_measure__weight AS VARCHAR), CAST(_pit_hook__location AS VARCHAR))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  __pit AS _pit_hook__work_order_routing,
  _pit_hook__work_order,
  _pit_hook__scrap_reason,
  _pit_hook__product,
  _pit_hook__product_subcategory,
  _pit_hook__product_category,
  _pit_hook__product_model,
  _pit_hook__unit_measure__size,
  _pit_hook__unit_measure__weight,
  _pit_hook__location,
  _hook__work_order,
  _hook__product,
  _hook__operation,
  _hook__location,
  _hook__work_order_routing,
  __valid_from AS bridge__record_valid_from,
  __valid_to AS bridge__record_valid_to,
  __valid_to = TIMESTAMP '9999-12-31 23:59:59.999999' AS bridge__is_current,
  __loaded_at AS bridge__record_loaded_at
FROM joined
-- end of model
-- model dar__staging event__adventure_works__transaction_histories EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    transaction_history__transaction_id AS "transaction_id",
    transaction_history__product_id AS "product_id",
    transaction_history__reference_order_id AS "reference_order_id",
    transaction_history__reference_order_line_id AS "reference_order_line_id",
    transaction_history__transaction_date AS "transaction_date",
    transaction_history__transaction_type AS "transaction_type",
    transaction_history__quantity AS "quantity",
    transaction_history__actual_cost AS "actual_cost",
    transaction_history__modified_date AS "modified_date",
    transaction_history__record_loaded_at AS "_loaded_at",
    _pit_hook__transaction AS __pit
  FROM dab.frame__adventure_works__transaction_histories
),
dated AS (
  SELECT
    __pit,
    CAST("transaction_date" AS DATE) AS __event_0,
    CAST("modified_date" AS DATE) AS __event_1
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__transaction_date,
    coalesce(__event_1 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__transaction,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._pit_hook__order__sales,
  bridge._pit_hook__customer,
  bridge._pit_hook__person,
  bridge._pit_hook__store,
  bridge._pit_hook__person__sales_person,
  bridge._pit_hook__sales_territory,
  bridge._pit_hook__country_region,
  bridge._pit_hook__address__billing,
  bridge._pit_hook__state_province__billing,
  bridge._pit_hook__country_region__billing,
  bridge._pit_hook__sales_territory__billing,
  bridge._pit_hook__address__shipping,
  bridge._pit_hook__state_province__shipping,
  bridge._pit_hook__country_region__shipping,
  bridge._pit_hook__sales_territory__shipping,
  bridge._pit_hook__ship_method,
  bridge._pit_hook__credit_card,
  bridge._pit_hook__currency_rate,
  bridge._pit_hook__currency__from,
  bridge._pit_hook__currency__to,
  bridge._pit_hook__order__purchase,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__vendor,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__work_order,
  bridge._pit_hook__scrap_reason,
  bridge._hook__transaction,
  bridge._hook__product,
  bridge._hook__order__sales,
  bridge._hook__order__purchase,
  bridge._hook__work_order,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__transaction_date, false) AS event__transaction_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__transaction_histories AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__transaction
-- end of model
-- model dar__staging event__adventure_works__transaction_history_archives EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    transaction_history_archive__transaction_id AS "transaction_id",
    transaction_history_archive__product_id AS "product_id",
    transaction_history_archive__reference_order_id AS "reference_order_id",
    transaction_history_archive__reference_order_line_id AS "reference_order_line_id",
    transaction_history_archive__transaction_date AS "transaction_date",
    transaction_history_archive__transaction_type AS "transaction_type",
    transaction_history_archive__quantity AS "quantity",
    transaction_history_archive__actual_cost AS "actual_cost",
    transaction_history_archive__modified_date AS "modified_date",
    transaction_history_archive__record_loaded_at AS "_loaded_at",
    _pit_hook__transaction AS __pit
  FROM dab.frame__adventure_works__transaction_history_archives
),
dated AS (
  SELECT
    __pit,
    CAST("transaction_date" AS DATE) AS __event_0,
    CAST("modified_date" AS DATE) AS __event_1
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__transaction_date,
    coalesce(__event_1 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__transaction,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._pit_hook__order__sales,
  bridge._pit_hook__customer,
  bridge._pit_hook__person,
  bridge._pit_hook__store,
  bridge._pit_hook__person__sales_person,
  bridge._pit_hook__sales_territory,
  bridge._pit_hook__country_region,
  bridge._pit_hook__address__billing,
  bridge._pit_hook__state_province__billing,
  bridge._pit_hook__country_region__billing,
  bridge._pit_hook__sales_territory__billing,
  bridge._pit_hook__address__shipping,
  bridge._pit_hook__state_province__shipping,
  bridge._pit_hook__country_region__shipping,
  bridge._pit_hook__sales_territory__shipping,
  bridge._pit_hook__ship_method,
  bridge._pit_hook__credit_card,
  bridge._pit_hook__currency_rate,
  bridge._pit_hook__currency__from,
  bridge._pit_hook__currency__to,
  bridge._pit_hook__order__purchase,
  bridge._pit_hook__person__employee,
  bridge._pit_hook__vendor,
  bridge._pit_hook__business_entity,
  bridge._pit_hook__work_order,
  bridge._pit_hook__scrap_reason,
  bridge._hook__transaction,
  bridge._hook__product,
  bridge._hook__order__sales,
  bridge._hook__order__purchase,
  bridge._hook__work_order,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__transaction_date, false) AS event__transaction_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__transaction_history_archives AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__transaction
-- end of model
-- model dar__staging event__adventure_works__work_order_routings EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    work_order_routing__work_order_id AS "work_order_id",
    work_order_routing__product_id AS "product_id",
    work_order_routing__operation_sequence AS "operation_sequence",
    work_order_routing__location_id AS "location_id",
    work_order_routing__scheduled_start_date AS "scheduled_start_date",
    work_order_routing__scheduled_end_date AS "scheduled_end_date",
    work_order_routing__actual_start_date AS "actual_start_date",
    work_order_routing__actual_end_date AS "actual_end_date",
    work_order_routing__actual_resource_hrs AS "actual_resource_hrs",
    work_order_routing__planned_cost AS "planned_cost",
    work_order_routing__actual_cost AS "actual_cost",
    work_order_routing__modified_date AS "modified_date",
    work_order_routing__record_loaded_at AS "_loaded_at",
    _pit_hook__work_order_routing AS __pit
  FROM dab.frame__adventure_works__work_order_routings
),
dated AS (
  SELECT
    __pit,
    CAST("scheduled_start_date" AS DATE) AS __event_0,
    CAST("scheduled_end_date" AS DATE) AS __event_1,
    CAST("actual_start_date" AS DATE) AS __event_2,
    CAST("actual_end_date" AS DATE) AS __event_3,
    CAST("modified_date" AS DATE) AS __event_4
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1, __event_2, __event_3, __event_4))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__scheduled_start_date,
    coalesce(__event_1 = __date, false) AS event__scheduled_end_date,
    coalesce(__event_2 = __date, false) AS event__actual_start_date,
    coalesce(__event_3 = __date, false) AS event__actual_end_date,
    coalesce(__event_4 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__work_order_routing,
  bridge._pit_hook__work_order,
  bridge._pit_hook__scrap_reason,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._pit_hook__location,
  bridge._hook__work_order,
  bridge._hook__product,
  bridge._hook__operation,
  bridge._hook__location,
  bridge._hook__work_order_routing,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__scheduled_start_date, false) AS event__scheduled_start_date,
  coalesce(flags.event__scheduled_end_date, false) AS event__scheduled_end_date,
  coalesce(flags.event__actual_start_date, false) AS event__actual_start_date,
  coalesce(flags.event__actual_end_date, false) AS event__actual_end_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__work_order_routings AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__work_order_routing
-- end of model
-- model dar__staging event__adventure_works__work_orders EVENT_BRIDGE TABLE
WITH
record AS (
  SELECT
    work_order__work_order_id AS "work_order_id",
    work_order__product_id AS "product_id",
    work_order__order_qty AS "order_qty",
    work_order__stocked_qty AS "stocked_qty",
    work_order__scrapped_qty AS "scrapped_qty",
    work_order__start_date AS "start_date",
    work_order__end_date AS "end_date",
    work_order__due_date AS "due_date",
    work_order__scrap_reason_id AS "scrap_reason_id",
    work_order__modified_date AS "modified_date",
    work_order__record_loaded_at AS "_loaded_at",
    _pit_hook__work_order AS __pit
  FROM dab.frame__adventure_works__work_orders
),
dated AS (
  SELECT
    __pit,
    CAST("start_date" AS DATE) AS __event_0,
    CAST("end_date" AS DATE) AS __event_1,
    CAST("due_date" AS DATE) AS __event_2,
    CAST("modified_date" AS DATE) AS __event_3
  FROM record
),
event_dates AS (
  SELECT *, unnest(list_distinct(list_value(__event_0, __event_1, __event_2, __event_3))) AS __date
  FROM dated
),
flags AS (
  SELECT
    __pit,
    __date,
    coalesce(__event_0 = __date, false) AS event__start_date,
    coalesce(__event_1 = __date, false) AS event__end_date,
    coalesce(__event_2 = __date, false) AS event__due_date,
    coalesce(__event_3 = __date, false) AS event__modified_date
  FROM event_dates
)
SELECT
  bridge.peripheral,
  CASE WHEN (concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) IS NULL THEN NULL ELSE CAST(CAST(hash(concat_ws('~', CAST(bridge._pit_hook__bridge AS VARCHAR), 'epoch__date|' || strftime(flags.__date, '%Y-%m-%d'))) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _pit_hook__bridge,
  bridge._pit_hook__work_order,
  bridge._pit_hook__product,
  bridge._pit_hook__product_subcategory,
  bridge._pit_hook__product_category,
  bridge._pit_hook__product_model,
  bridge._pit_hook__unit_measure__size,
  bridge._pit_hook__unit_measure__weight,
  bridge._pit_hook__scrap_reason,
  bridge._hook__work_order,
  bridge._hook__product,
  bridge._hook__scrap_reason,
  bridge.bridge__record_valid_from,
  bridge.bridge__record_valid_to,
  bridge.bridge__is_current,
  bridge.bridge__record_loaded_at,
  coalesce(flags.event__start_date, false) AS event__start_date,
  coalesce(flags.event__end_date, false) AS event__end_date,
  coalesce(flags.event__due_date, false) AS event__due_date,
  coalesce(flags.event__modified_date, false) AS event__modified_date,
  CASE WHEN ('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(flags.__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  flags.__date AS _event__date
FROM dar__staging.bridge__adventure_works__work_orders AS bridge
LEFT JOIN flags ON flags.__pit = bridge._pit_hook__work_order
-- end of model
-- model dar _bridge__as_of UNIFIED_BRIDGE VIEW
SELECT
  peripheral,
  _pit_hook__bridge,
  COALESCE(_pit_hook__address, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__address,
  COALESCE(_pit_hook__address__billing, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__address__billing,
  COALESCE(_pit_hook__address__shipping, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__address__shipping,
  COALESCE(_pit_hook__address_type, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__address_type,
  COALESCE(_pit_hook__bill_of_materials, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__bill_of_materials,
  COALESCE(_pit_hook__business_entity, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__business_entity,
  COALESCE(_pit_hook__business_entity__owner, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__business_entity__owner,
  COALESCE(_pit_hook__business_entity_address, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__business_entity_address,
  COALESCE(_pit_hook__business_entity_contact, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__business_entity_contact,
  COALESCE(_pit_hook__contact_type, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__contact_type,
  COALESCE(_pit_hook__country_region, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__country_region,
  COALESCE(_pit_hook__country_region__billing, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__country_region__billing,
  COALESCE(_pit_hook__country_region__shipping, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__country_region__shipping,
  COALESCE(_pit_hook__country_region_currency, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__country_region_currency,
  COALESCE(_pit_hook__credit_card, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__credit_card,
  COALESCE(_pit_hook__culture, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__culture,
  COALESCE(_pit_hook__currency, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__currency,
  COALESCE(_pit_hook__currency__from, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__currency__from,
  COALESCE(_pit_hook__currency__to, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__currency__to,
  COALESCE(_pit_hook__currency_rate, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__currency_rate,
  COALESCE(_pit_hook__customer, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__customer,
  COALESCE(_pit_hook__department, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__department,
  COALESCE(_pit_hook__document, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__document,
  COALESCE(_pit_hook__employee_department_history, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__employee_department_history,
  COALESCE(_pit_hook__employee_pay_history, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__employee_pay_history,
  COALESCE(_pit_hook__illustration, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__illustration,
  COALESCE(_pit_hook__job_candidate, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__job_candidate,
  COALESCE(_pit_hook__location, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__location,
  COALESCE(_pit_hook__order__purchase, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__order__purchase,
  COALESCE(_pit_hook__order__sales, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__order__sales,
  COALESCE(_pit_hook__password, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__password,
  COALESCE(_pit_hook__person, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__person,
  COALESCE(_pit_hook__person__email_address, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__person__email_address,
  COALESCE(_pit_hook__person__employee, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__person__employee,
  COALESCE(_pit_hook__person__employee__owner, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__person__employee__owner,
  COALESCE(_pit_hook__person__owner, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__person__owner,
  COALESCE(_pit_hook__person__sales_person, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__person__sales_person,
  COALESCE(_pit_hook__person_credit_card, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__person_credit_card,
  COALESCE(_pit_hook__person_phone, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__person_phone,
  COALESCE(_pit_hook__phone_number_type, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__phone_number_type,
  COALESCE(_pit_hook__product, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product,
  COALESCE(_pit_hook__product__assembly, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product__assembly,
  COALESCE(_pit_hook__product__component, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product__component,
  COALESCE(_pit_hook__product_category, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_category,
  COALESCE(_pit_hook__product_category__assembly, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_category__assembly,
  COALESCE(_pit_hook__product_category__component, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_category__component,
  COALESCE(_pit_hook__product_cost_history, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_cost_history,
  COALESCE(_pit_hook__product_description, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_description,
  COALESCE(_pit_hook__product_document, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_document,
  COALESCE(_pit_hook__product_inventory, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_inventory,
  COALESCE(_pit_hook__product_list_price_history, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_list_price_history,
  COALESCE(_pit_hook__product_model, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_model,
  COALESCE(_pit_hook__product_model__assembly, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_model__assembly,
  COALESCE(_pit_hook__product_model__component, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_model__component,
  COALESCE(_pit_hook__product_model_illustration, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_model_illustration,
  COALESCE(_pit_hook__product_model_product_description_culture, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_model_product_description_culture,
  COALESCE(_pit_hook__product_photo, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_photo,
  COALESCE(_pit_hook__product_product_photo, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_product_photo,
  COALESCE(_pit_hook__product_review, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_review,
  COALESCE(_pit_hook__product_subcategory, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_subcategory,
  COALESCE(_pit_hook__product_subcategory__assembly, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_subcategory__assembly,
  COALESCE(_pit_hook__product_subcategory__component, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_subcategory__component,
  COALESCE(_pit_hook__product_vendor, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__product_vendor,
  COALESCE(_pit_hook__purchase_order_detail, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__purchase_order_detail,
  COALESCE(_pit_hook__sales_order_detail, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__sales_order_detail,
  COALESCE(_pit_hook__sales_order_header_sales_reason, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__sales_order_header_sales_reason,
  COALESCE(_pit_hook__sales_person_quota_history, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__sales_person_quota_history,
  COALESCE(_pit_hook__sales_reason, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__sales_reason,
  COALESCE(_pit_hook__sales_tax_rate, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__sales_tax_rate,
  COALESCE(_pit_hook__sales_territory, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__sales_territory,
  COALESCE(_pit_hook__sales_territory__billing, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__sales_territory__billing,
  COALESCE(_pit_hook__sales_territory__shipping, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__sales_territory__shipping,
  COALESCE(_pit_hook__sales_territory_history, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__sales_territory_history,
  COALESCE(_pit_hook__scrap_reason, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__scrap_reason,
  COALESCE(_pit_hook__shift, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__shift,
  COALESCE(_pit_hook__ship_method, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__ship_method,
  COALESCE(_pit_hook__shopping_cart_item, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__shopping_cart_item,
  COALESCE(_pit_hook__special_offer, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__special_offer,
  COALESCE(_pit_hook__special_offer_product, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__special_offer_product,
  COALESCE(_pit_hook__state_province, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__state_province,
  COALESCE(_pit_hook__state_province__billing, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__state_province__billing,
  COALESCE(_pit_hook__state_province__shipping, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__state_province__shipping,
  COALESCE(_pit_hook__store, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__store,
  COALESCE(_pit_hook__transaction, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__transaction,
  COALESCE(_pit_hook__unit_measure, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__unit_measure,
  COALESCE(_pit_hook__unit_measure__size, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__unit_measure__size,
  COALESCE(_pit_hook__unit_measure__size__assembly, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__unit_measure__size__assembly,
  COALESCE(_pit_hook__unit_measure__size__component, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__unit_measure__size__component,
  COALESCE(_pit_hook__unit_measure__weight, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__unit_measure__weight,
  COALESCE(_pit_hook__unit_measure__weight__assembly, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__unit_measure__weight__assembly,
  COALESCE(_pit_hook__unit_measure__weight__component, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__unit_measure__weight__component,
  COALESCE(_pit_hook__vendor, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__vendor,
  COALESCE(_pit_hook__work_order, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__work_order,
  COALESCE(_pit_hook__work_order_routing, CASE WHEN ('ghost_record') IS NULL THEN NULL ELSE CAST(CAST(hash('ghost_record') AS HUGEINT) - 9223372036854775808 AS BIGINT) END) AS _pit_hook__work_order_routing,
  _hook__epoch__date,
  bridge__record_valid_from,
  bridge__record_valid_to,
  bridge__is_current,
  COALESCE(event__actual_end_date, false) AS event__actual_end_date,
  COALESCE(event__actual_start_date, false) AS event__actual_start_date,
  COALESCE(event__birth_date, false) AS event__birth_date,
  COALESCE(event__currency_rate_date, false) AS event__currency_rate_date,
  COALESCE(event__date_created, false) AS event__date_created,
  COALESCE(event__discontinued_date, false) AS event__discontinued_date,
  COALESCE(event__due, false) AS event__due,
  COALESCE(event__due_date, false) AS event__due_date,
  COALESCE(event__end_date, false) AS event__end_date,
  COALESCE(event__hire_date, false) AS event__hire_date,
  COALESCE(event__last_receipt_date, false) AS event__last_receipt_date,
  COALESCE(event__modified_date, false) AS event__modified_date,
  COALESCE(event__order_date, false) AS event__order_date,
  COALESCE(event__ordered, false) AS event__ordered,
  COALESCE(event__quota_date, false) AS event__quota_date,
  COALESCE(event__rate_change_date, false) AS event__rate_change_date,
  COALESCE(event__review_date, false) AS event__review_date,
  COALESCE(event__scheduled_end_date, false) AS event__scheduled_end_date,
  COALESCE(event__scheduled_start_date, false) AS event__scheduled_start_date,
  COALESCE(event__sell_end_date, false) AS event__sell_end_date,
  COALESCE(event__sell_start_date, false) AS event__sell_start_date,
  COALESCE(event__ship_date, false) AS event__ship_date,
  COALESCE(event__shipped, false) AS event__shipped,
  COALESCE(event__start_date, false) AS event__start_date,
  COALESCE(event__transaction_date, false) AS event__transaction_date
FROM (
  SELECT peripheral, _pit_hook__bridge, _pit_hook__address_type, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__address_types
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__address, _pit_hook__state_province, _pit_hook__country_region, _pit_hook__sales_territory, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__addresses
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__bill_of_materials, _pit_hook__product__assembly, _pit_hook__product_subcategory__assembly, _pit_hook__product_category__assembly, _pit_hook__product_model__assembly, _pit_hook__unit_measure__size__assembly, _pit_hook__unit_measure__weight__assembly, _pit_hook__product__component, _pit_hook__product_subcategory__component, _pit_hook__product_category__component, _pit_hook__product_model__component, _pit_hook__unit_measure__size__component, _pit_hook__unit_measure__weight__component, _pit_hook__unit_measure, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__start_date, event__end_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__bill_of_materials
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__business_entity, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__business_entities
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__business_entity_address, _pit_hook__business_entity, _pit_hook__address, _pit_hook__state_province, _pit_hook__country_region, _pit_hook__sales_territory, _pit_hook__address_type, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__business_entity_addresses
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__business_entity_contact, _pit_hook__business_entity, _pit_hook__person, _pit_hook__contact_type, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__business_entity_contacts
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__contact_type, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__contact_types
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__country_region_currency, _pit_hook__country_region, _pit_hook__currency, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__country_region_currencies
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__country_region, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__country_regions
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__credit_card, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__credit_cards
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__culture, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__cultures
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__currency, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__currencies
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__currency_rate, _pit_hook__currency__from, _pit_hook__currency__to, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__currency_rate_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__currency_rates
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__customer, _pit_hook__person, _pit_hook__business_entity, _pit_hook__store, _pit_hook__person__sales_person, _pit_hook__person__employee, _pit_hook__sales_territory, _pit_hook__country_region, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__customers
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__department, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__departments
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__document, _pit_hook__person__employee__owner, _pit_hook__person__owner, _pit_hook__business_entity__owner, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__documents
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__person__email_address, _pit_hook__person, _pit_hook__business_entity, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__email_addresses
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__employee_department_history, _pit_hook__person__employee, _pit_hook__person, _pit_hook__business_entity, _pit_hook__department, _pit_hook__shift, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__start_date, event__end_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__employee_department_histories
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__employee_pay_history, _pit_hook__person__employee, _pit_hook__person, _pit_hook__business_entity, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__rate_change_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__employee_pay_histories
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__person__employee, _pit_hook__person, _pit_hook__business_entity, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__birth_date, event__hire_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__employees
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__illustration, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__illustrations
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__job_candidate, _pit_hook__person__employee, _pit_hook__person, _pit_hook__business_entity, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__job_candidates
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__location, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__locations
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__password, _pit_hook__person, _pit_hook__business_entity, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__passwords
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__person_credit_card, _pit_hook__person, _pit_hook__business_entity, _pit_hook__credit_card, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__person_credit_cards
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__person_phone, _pit_hook__person, _pit_hook__business_entity, _pit_hook__phone_number_type, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__person_phones
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__person, _pit_hook__business_entity, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__persons
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__phone_number_type, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__phone_number_types
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_category, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_categories
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_cost_history, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__start_date, event__end_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_cost_histories
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_description, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_descriptions
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_document, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, _pit_hook__document, _pit_hook__person__employee__owner, _pit_hook__person__owner, _pit_hook__business_entity__owner, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_documents
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_inventory, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, _pit_hook__location, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_inventories
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_list_price_history, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__start_date, event__end_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_list_price_histories
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_model_illustration, _pit_hook__product_model, _pit_hook__illustration, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_model_illustrations
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_model_product_description_culture, _pit_hook__product_model, _pit_hook__product_description, _pit_hook__culture, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_model_product_description_cultures
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_model, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_models
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_photo, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_photos
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_product_photo, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, _pit_hook__product_photo, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_product_photos
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_review, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__review_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_reviews
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_subcategory, _pit_hook__product_category, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_subcategories
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product_vendor, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, _pit_hook__vendor, _pit_hook__business_entity, _pit_hook__unit_measure, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__last_receipt_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__product_vendors
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__sell_start_date, event__sell_end_date, event__discontinued_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__products
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__purchase_order_detail, _pit_hook__order__purchase, _pit_hook__person__employee, _pit_hook__person, _pit_hook__vendor, _pit_hook__business_entity, _pit_hook__ship_method, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__due_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__purchase_order_details
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__order__purchase, _pit_hook__person__employee, _pit_hook__person, _pit_hook__vendor, _pit_hook__business_entity, _pit_hook__ship_method, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__order_date, event__ship_date, event__modified_date, event__ordered, event__shipped, _hook__epoch__date
  FROM dar__staging.event__adventure_works__purchase_order_headers
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__sales_order_detail, _pit_hook__order__sales, _pit_hook__customer, _pit_hook__person, _pit_hook__business_entity, _pit_hook__store, _pit_hook__person__sales_person, _pit_hook__person__employee, _pit_hook__sales_territory, _pit_hook__country_region, _pit_hook__address__billing, _pit_hook__state_province__billing, _pit_hook__country_region__billing, _pit_hook__sales_territory__billing, _pit_hook__address__shipping, _pit_hook__state_province__shipping, _pit_hook__country_region__shipping, _pit_hook__sales_territory__shipping, _pit_hook__ship_method, _pit_hook__credit_card, _pit_hook__currency_rate, _pit_hook__currency__from, _pit_hook__currency__to, _pit_hook__special_offer, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, _pit_hook__special_offer_product, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__sales_order_details
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__sales_order_header_sales_reason, _pit_hook__order__sales, _pit_hook__customer, _pit_hook__person, _pit_hook__business_entity, _pit_hook__store, _pit_hook__person__sales_person, _pit_hook__person__employee, _pit_hook__sales_territory, _pit_hook__country_region, _pit_hook__address__billing, _pit_hook__state_province__billing, _pit_hook__country_region__billing, _pit_hook__sales_territory__billing, _pit_hook__address__shipping, _pit_hook__state_province__shipping, _pit_hook__country_region__shipping, _pit_hook__sales_territory__shipping, _pit_hook__ship_method, _pit_hook__credit_card, _pit_hook__currency_rate, _pit_hook__currency__from, _pit_hook__currency__to, _pit_hook__sales_reason, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__sales_order_header_sales_reasons
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__order__sales, _pit_hook__customer, _pit_hook__person, _pit_hook__business_entity, _pit_hook__store, _pit_hook__person__sales_person, _pit_hook__person__employee, _pit_hook__sales_territory, _pit_hook__country_region, _pit_hook__address__billing, _pit_hook__state_province__billing, _pit_hook__country_region__billing, _pit_hook__sales_territory__billing, _pit_hook__address__shipping, _pit_hook__state_province__shipping, _pit_hook__country_region__shipping, _pit_hook__sales_territory__shipping, _pit_hook__ship_method, _pit_hook__credit_card, _pit_hook__currency_rate, _pit_hook__currency__from, _pit_hook__currency__to, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__order_date, event__due_date, event__ship_date, event__modified_date, event__ordered, event__due, event__shipped, _hook__epoch__date
  FROM dar__staging.event__adventure_works__sales_order_headers
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__sales_person_quota_history, _pit_hook__person__sales_person, _pit_hook__person__employee, _pit_hook__person, _pit_hook__business_entity, _pit_hook__sales_territory, _pit_hook__country_region, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__quota_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__sales_person_quota_histories
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__person__sales_person, _pit_hook__person__employee, _pit_hook__person, _pit_hook__business_entity, _pit_hook__sales_territory, _pit_hook__country_region, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__sales_persons
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__sales_reason, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__sales_reasons
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__sales_tax_rate, _pit_hook__state_province, _pit_hook__country_region, _pit_hook__sales_territory, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__sales_tax_rates
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__sales_territory, _pit_hook__country_region, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__sales_territories
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__sales_territory_history, _pit_hook__person__sales_person, _pit_hook__person__employee, _pit_hook__person, _pit_hook__business_entity, _pit_hook__sales_territory, _pit_hook__country_region, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__start_date, event__end_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__sales_territory_histories
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__scrap_reason, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__scrap_reasons
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__shift, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__shifts
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__ship_method, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__ship_methods
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__shopping_cart_item, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__date_created, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__shopping_cart_items
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__special_offer_product, _pit_hook__special_offer, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__special_offer_products
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__special_offer, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__start_date, event__end_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__special_offers
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__state_province, _pit_hook__country_region, _pit_hook__sales_territory, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__state_provinces
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__store, _pit_hook__business_entity, _pit_hook__person__sales_person, _pit_hook__person__employee, _pit_hook__person, _pit_hook__sales_territory, _pit_hook__country_region, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__stores
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__transaction, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, _pit_hook__order__sales, _pit_hook__customer, _pit_hook__person, _pit_hook__store, _pit_hook__person__sales_person, _pit_hook__sales_territory, _pit_hook__country_region, _pit_hook__address__billing, _pit_hook__state_province__billing, _pit_hook__country_region__billing, _pit_hook__sales_territory__billing, _pit_hook__address__shipping, _pit_hook__state_province__shipping, _pit_hook__country_region__shipping, _pit_hook__sales_territory__shipping, _pit_hook__ship_method, _pit_hook__credit_card, _pit_hook__currency_rate, _pit_hook__currency__from, _pit_hook__currency__to, _pit_hook__order__purchase, _pit_hook__person__employee, _pit_hook__vendor, _pit_hook__business_entity, _pit_hook__work_order, _pit_hook__scrap_reason, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__transaction_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__transaction_histories
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__transaction, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, _pit_hook__order__sales, _pit_hook__customer, _pit_hook__person, _pit_hook__store, _pit_hook__person__sales_person, _pit_hook__sales_territory, _pit_hook__country_region, _pit_hook__address__billing, _pit_hook__state_province__billing, _pit_hook__country_region__billing, _pit_hook__sales_territory__billing, _pit_hook__address__shipping, _pit_hook__state_province__shipping, _pit_hook__country_region__shipping, _pit_hook__sales_territory__shipping, _pit_hook__ship_method, _pit_hook__credit_card, _pit_hook__currency_rate, _pit_hook__currency__from, _pit_hook__currency__to, _pit_hook__order__purchase, _pit_hook__person__employee, _pit_hook__vendor, _pit_hook__business_entity, _pit_hook__work_order, _pit_hook__scrap_reason, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__transaction_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__transaction_history_archives
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__unit_measure, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__unit_measures
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__vendor, _pit_hook__business_entity, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__vendors
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__work_order_routing, _pit_hook__work_order, _pit_hook__scrap_reason, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, _pit_hook__location, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__scheduled_start_date, event__scheduled_end_date, event__actual_start_date, event__actual_end_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__work_order_routings
  UNION ALL BY NAME
  SELECT peripheral, _pit_hook__bridge, _pit_hook__work_order, _pit_hook__product, _pit_hook__product_subcategory, _pit_hook__product_category, _pit_hook__product_model, _pit_hook__unit_measure__size, _pit_hook__unit_measure__weight, _pit_hook__scrap_reason, bridge__record_valid_from, bridge__record_valid_to, bridge__is_current, event__start_date, event__end_date, event__due_date, event__modified_date, _hook__epoch__date
  FROM dar__staging.event__adventure_works__work_orders
) AS stages
-- end of model
-- model dar calendar CALENDAR TABLE
WITH event_dates AS (
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__address_types
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__addresses
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__bill_of_materials
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__business_entities
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__business_entity_addresses
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__business_entity_contacts
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__contact_types
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__country_region_currencies
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__country_regions
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__credit_cards
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__cultures
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__currencies
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__currency_rates
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__customers
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__departments
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__documents
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__email_addresses
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__employee_department_histories
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__employee_pay_histories
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__employees
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__illustrations
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__job_candidates
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__locations
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__passwords
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__person_credit_cards
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__person_phones
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__persons
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__phone_number_types
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_categories
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_cost_histories
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_descriptions
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_documents
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_inventories
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_list_price_histories
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_model_illustrations
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_model_product_description_cultures
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_models
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_photos
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_product_photos
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_reviews
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_subcategories
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__product_vendors
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__products
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__purchase_order_details
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__purchase_order_headers
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__sales_order_details
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__sales_order_header_sales_reasons
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__sales_order_headers
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__sales_person_quota_histories
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__sales_persons
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__sales_reasons
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__sales_tax_rates
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__sales_territories
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__sales_territory_histories
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__scrap_reasons
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__shifts
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__ship_methods
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__shopping_cart_items
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__special_offer_products
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__special_offers
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__state_provinces
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__stores
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__transaction_histories
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__transaction_history_archives
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__unit_measures
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__vendors
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__work_order_routings
  UNION ALL
  SELECT _event__date AS __date FROM dar__staging.event__adventure_works__work_orders
),
bounds AS (
  SELECT min(__date) AS __first, max(__date) AS __last FROM event_dates
),
days AS (
  SELECT CAST(unnest(generate_series(CAST(__first AS TIMESTAMP), CAST(__last AS TIMESTAMP), INTERVAL 1 DAY)) AS DATE) AS __date
  FROM bounds
)
SELECT
  CASE WHEN ('epoch__date|' || strftime(__date, '%Y-%m-%d')) IS NULL THEN NULL ELSE CAST(CAST(hash('epoch__date|' || strftime(__date, '%Y-%m-%d')) AS HUGEINT) - 9223372036854775808 AS BIGINT) END AS _hook__epoch__date,
  __date AS calendar__date,
  year(__date) AS calendar__year,
  quarter(__date) AS calendar__quarter,
  month(__date) AS calendar__month,
  monthname(__date) AS calendar__month_name,
  day(__date) AS calendar__day_of_month,
  isodow(__date) AS calendar__day_of_week,
  dayname(__date) AS calendar__day_name,
  dayofyear(__date) AS calendar__day_of_year,
  week(__date) AS calendar__iso_week,
  isoyear(__date) AS calendar__iso_year,
  isodow(__date) >= 6 AS calendar__is_weekend,
  strftime(__date, '%Y-%m') AS calendar__year_month,
  CAST(year(__date) AS VARCHAR) || '-Q' || CAST(quarter(__date) AS VARCHAR) AS calendar__year_quarter
FROM days
-- end of model
