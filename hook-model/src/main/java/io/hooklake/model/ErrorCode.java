package io.hooklake.model;

/**
 * Every problem Hooklake reports, with its stable code ({@code LH} and three digits, numbered by
 * stage: 1xx the YAML project, 2xx the generator, 3xx the runtime, 5xx the Maven plugin), what it
 * means, and whose it is to fix: the user's ({@link #isUserMistake()}: a Maven build ends in BUILD
 * FAILURE with the located message and no stack trace) or Hooklake's (a bug or a broken
 * environment: BUILD ERROR with the cause).
 *
 * <p>This is the only place a code is written; {@code docs/error-codes.md} lists the same codes
 * and a test holds the two equal. A code means one thing; a new meaning gets a new code.
 */
public enum ErrorCode {

    // 1xx: the YAML project (hook-model)
    YAML_SYNTAX(100, Party.USER, "YAML syntax error, or a file that cannot be read; the file is skipped, the others are still checked"),
    UNKNOWN_KEY(101, Party.USER, "unknown key (hint: the nearest known key, or the list of known keys)"),
    DUPLICATE_KEY(102, Party.USER, "key written twice in one mapping (hint: where it was first written)"),
    MISSING_KEY(103, Party.USER, "missing required key, or one written without a value; also a frame without `source` in a project with several sources"),
    UNKNOWN_KEYSET(104, Party.USER, "hook uses an unknown keyset"),
    WRONG_VALUE(105, Party.USER, "value of the wrong type (a list where one value belongs, text where `true`/`false` belongs, ...) or not one of the allowed values"),
    DUPLICATE_NAME(106, Party.USER, "duplicate name: source, table in a source, column in a table, concept, keyset, frame, hook or composite hook in a frame, event in a frame"),
    UNKNOWN_SOURCE(107, Party.USER, "keyset or frame uses an unknown source; frame without source in a project without sources"),
    UNKNOWN_TABLE(108, Party.USER, "frame uses a table its source does not have"),
    UNKNOWN_COLUMN(109, Party.USER, "unknown column in a hook's `business_key`, a frame's `grain`, an event's `column` or a table's `primary_key`"),
    UNKNOWN_CONCEPT(110, Party.USER, "keyset of an unknown concept"),
    NO_PRIMARY_HOOK(111, Party.USER, "frame with no primary hook and no `grain`"),
    SEVERAL_PRIMARY_HOOKS(112, Party.USER, "frame with more than one primary hook (plain and composite counted together)"),
    UNKNOWN_COMPOSITE_PART(113, Party.USER, "composite hook with an unknown part, or with no parts"),
    COMPOSITE_CYCLE(114, Party.USER, "composite hooks that contain themselves, directly or through others"),
    INVALID_IDENTIFIER(115, Party.USER, "name that is not a plain SQL identifier"),
    NAME_COLLISION(116, Party.USER, "names that collide once prefixed or combined"),
    VALUE_SOURCE(117, Party.USER, "hook with both or neither of `business_key` and `expression`; event with both or neither of `column` and `expression`"),
    PROJECT_SECTION(118, Party.USER, "no `project` section in the folder, or more than one"),
    DLT_SCHEMA(119, Party.USER, "dlt schema file missing, unreadable, or not a mapping with `tables`"),
    INVALID_TYPE(120, Party.USER, "invalid column type in YAML; unknown or missing `data_type` in a dlt schema"),
    EMPTY_GRAIN(121, Party.USER, "empty grain: declared `grain: []`, or a primary hook keyed only by expressions"),
    PROJECT_FOLDER(122, Party.USER, "the project folder does not exist, is not a folder, or cannot be listed"),
    EVENT_COLUMN_TYPE(123, Party.USER, "event on a column that is neither a `DATE` nor a `TIMESTAMP`"),
    HOOK_NAME(124, Party.USER, "hook or composite hook whose `name` does not start with `_hook__`"),
    LIMIT(125, Party.USER, "beyond a limit of Hooklake's: a file's size, a line's length, nesting, a name's, description's or expression's length, a number of items; the message names the limit"),
    UNSAFE_NAME(126, Party.USER, "table or column name that cannot become part of a file or SQL name (a `/`, `\\`, control character, ...), or a model whose file name would be too long"),
    OUTSIDE_PROJECT(127, Party.USER, "a file out of the project folder: a `dlt_schema` path that is absolute or leads out through `..` or a link, or a YAML file in the folder that is a link to a file outside"),
    UNKNOWN_EVENT(128, Party.USER, "a metric's `event` is not `<frame>.<event>` of a known frame (by its name, or by its table's when one frame is built on it) and one of that frame's events"),
    METRIC_MEASURE(129, Party.USER, "a metric's measure with an `aggregate` other than `count`, `sum`, `min`, `max` or `avg`, or other than `count` without a `column`"),
    UNKNOWN_ENGINE(130, Party.USER, "`engine` in the project section is not `duckdb` or `spark`"),
    UNUSED_KEYSET(150, Party.USER, "warning: keyset used by no hook"),
    CONCEPT_WITHOUT_KEYSET(151, Party.USER, "warning: concept without a keyset"),

    // 2xx: the generator (uss-generator)
    AMBIGUOUS_REFERENCE(201, Party.USER, "warning: a hook's signature matches several frames' primary hooks; the first by name is taken"),
    SELF_REFERENCE(202, Party.USER, "warning: a self-reference, not cascaded"),
    CYCLE_REFERENCE(203, Party.USER, "warning: a reference that closes a cycle, not cascaded"),
    DIAMOND(204, Party.USER, "warning: a diamond, a bridge column reachable by two paths; one kept"),
    EVENT_REPLACED(205, Party.USER, "warning: an explicit event replaces a date column's event of the same name"),
    DUPLICATE_COLUMN(206, Party.USER, "a model would have two columns of one name"),
    EXPRESSION_REFUSED(207, Party.USER, "an `expression` that is not a column expression of its frame's table: a subquery, another table, a function not allowed (file access among them), a statement, or text that does not parse on its own"),
    UNSAFE_PATH(208, Party.HOOKLAKE, "a generated file's path is not a plain relative path inside the output folder: a bug, as the YAML's names are checked"),
    BRIDGE_TOO_WIDE(209, Party.USER, "a bridge would inherit more point-in-time hooks than a bridge may have (256): references that cascade too many levels deep or in too many roles"),
    TEMPLATE_FAILED(210, Party.HOOKLAKE, "a template failed to render: a bug, never a user's mistake"),
    METRIC_COLUMN(211, Party.USER, "a metric's measure `column`, `split_by` column or `filter` names a column of no peripheral that its event's rows reach (the event's frame's own and those its bridge inherits without a role)"),
    UNKNOWN_UPSTREAM(220, Party.HOOKLAKE, "a model reads a relation that is neither a model nor an external source"),
    DUPLICATE_MODEL(221, Party.HOOKLAKE, "two models have the same name"),
    MODEL_CYCLE(222, Party.HOOKLAKE, "models read each other in a cycle (the message gives the cycle)"),
    SQL_PARSE(230, Party.USER, "a statement does not parse, or is not exactly one `SELECT`: an expression the YAML wrote"),
    UNDECLARED_READ(231, Party.USER, "a statement reads a relation not in the model's upstream"),
    UNREAD_UPSTREAM(232, Party.USER, "a declared upstream is not read by the statement"),
    UNQUALIFIED_TABLE(233, Party.USER, "a statement names a table without its schema"),
    MISSING_TEMPLATE(240, Party.HOOKLAKE, "a template a model names is not on the classpath"),
    OUTPUT_IO(241, Party.HOOKLAKE, "the file system failed while writing the generated output"),
    NOT_AN_OUTPUT_FOLDER(242, Party.USER, "a path would leave the output folder, or the folder holds files but no manifest of an earlier generation"),
    NO_GENERATED_OUTPUT(243, Party.USER, "the output folder holds no generation a runtime can read (no `manifest.json`, or one another Hooklake version wrote): generate again"),
    GENERATED_FILE_CHANGED(244, Party.USER, "a generated file is missing or was changed since generation (it no longer matches `manifest.json`): generate again rather than edit generated files"),

    // 3xx: the runtime
    DATABASE_FAILED(300, Party.HOOKLAKE, "the lakehouse database or a run worker failed unexpectedly"),
    LAKEHOUSE_LOCKED(301, Party.USER, "another run holds the lakehouse"),
    MODEL_FAILED(302, Party.USER, "a model's statement failed: names the model, its generated file and its YAML origin"),
    AUDIT_FAILED(303, Party.USER, "a model's grain is not unique or has NULLs: count and example"),
    NOT_LANDED(304, Party.USER, "a landing relation the models read has no data yet"),
    LOAD_OUT_OF_ORDER(305, Party.USER, "a load whose time is not after what runs already processed"),
    INGEST_INPUT(306, Party.USER, "ingest input missing, of an unknown kind, or not fitting the declared columns and types"),
    QUERY_FAILED(307, Party.USER, "a query failed, or the lakehouse has no database to query yet"),
    FOREIGN_TABLE(308, Party.USER, "a table another engine wrote with a feature this reader cannot apply (deletion vectors, column mapping, partitions, delete files, renamed columns, nested types)"),
    UNKNOWN_LANDED_TABLE(309, Party.USER, "ingest names a source or table the project does not declare"),
    FORMAT_MISMATCH(310, Party.USER, "an unknown table format, or a lakehouse opened with another format than it was created with"),
    TABLE_COLUMNS_CHANGED(311, Party.USER, "a load's columns differ from those of the table already landed in Delta or Iceberg"),
    LAKEHOUSE_IO(312, Party.USER, "a file or folder of the lakehouse cannot be created, read or written (permissions, disk full): the reason from the file system"),
    RUN_INTERRUPTED(313, Party.USER, "the run was interrupted; models committed stay, the next run finishes the job"),
    ENGINE_UNAVAILABLE(314, Party.USER, "no lakehouse engine on the class path, or not the one asked for: add it, such as io.hooklake:runtime-duckdb, or io.hooklake:runtime-spark to the Maven plugin's dependencies for `lakehouse.engine=spark`"),
    QUERY_REFUSED(315, Party.USER, "a query that is not read-only: only `SELECT` statements (and `DESCRIBE`, `SHOW`, `SUMMARIZE`) over the lakehouse's own tables, one at a time"),
    QUERY_TIME_LIMIT(316, Party.USER, "a query ran longer than its time limit and was stopped"),
    PLAN_STALE(317, Party.USER, "a plan file given to `run` is missing, not a plan, or was made for another project or lakehouse state than today's: plan again"),
    TIME_TRAVEL_UNAVAILABLE(320, Party.USER, "a query as of an earlier run or time in a lakehouse whose table format keeps no earlier versions (`duckdb`, `parquet`)"),
    AS_OF_UNKNOWN(321, Party.USER, "a query as of a run this lakehouse has not recorded, or of a moment before its first run"),
    VERSION_GONE(322, Party.USER, "a table's version of the moment a query looks back at is gone (its files or history removed)"),
    DATA_CHECK_FAILED(323, Party.USER, "a frame's landed rows hold two different rows for one key in one load, or rows with a NULL key, and the project says `data_checks: fail`: counts, an example key, the table"),
    ENGINE_MISMATCH(324, Party.USER, "a run, plan or ingest with another engine than the one that runs the lakehouse (recorded in `lakehouse.properties`), or of a project generated in another engine's SQL dialect"),
    SPARK_UNREACHABLE(325, Party.USER, "the Spark Connect address (`lakehouse.spark.remote`) is not one (`sc://host:port`), or no Spark Connect server answers there in time: the reason (unknown host, connection refused, no answer)"),
    SPARK_SERVER_UNFIT(326, Party.USER, "the Spark Connect server cannot keep the lakehouse's table format: no Delta Lake (`delta-spark` on its class path, its session extension and catalog), or for Iceberg no Hooklake's Iceberg session catalog (`runtime-spark`, `iceberg-spark-runtime`, `sqlite-jdbc` on its class path): what to start it with"),

    // 5xx: the Maven plugin
    BAD_PARAMETER(500, Party.USER, "a goal's parameter is missing, wrong, or names something absent");

    /** Whose a problem is to fix. */
    public enum Party {
        /** The user's: their YAML, data, parameters or environment. */
        USER,
        /** Hooklake's: a bug, or something broken that the user cannot act on. */
        HOOKLAKE
    }

    private final int number;
    private final Party party;
    private final String meaning;

    ErrorCode(int number, Party party, String meaning) {
        this.number = number;
        this.party = party;
        this.meaning = meaning;
    }

    /** The code as printed: {@code LH104}. */
    public String code() {
        return "LH" + number;
    }

    /** What the code means, in a line (Markdown). */
    public String meaning() {
        return meaning;
    }

    public Party party() {
        return party;
    }

    /** Whether the user can fix it (BUILD FAILURE, no stack trace) rather than Hooklake (BUILD ERROR). */
    public boolean isUserMistake() {
        return party == Party.USER;
    }

    /** The code as printed, {@code LH104}. */
    @Override
    public String toString() {
        return code();
    }
}
