package io.hooklake.runtime;

import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.contract.LandedTable;
import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.engine.Session;
import io.hooklake.runtime.landing.InputFiles;
import io.hooklake.runtime.landing.LossyValues;
import io.hooklake.runtime.landing.TableLoad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Appends loads to the landed tables of a generation ({@link GeneratedProject#landedTables()}:
 * {@code das.landed__<source>__<table>}, tables with the declared columns, the load column last)
 * and records each load's time, computed by the generated {@code .load-time.sql} statement, which
 * sets the high-water mark a run processes up to. Each load holds the lakehouse's lock and is one
 * transaction of the engine. The rules (which tables, which columns, load order) are here; the
 * engine reads the files and writes the rows.
 *
 * <p>{@link #ingest} lands files (Parquet, CSV, JSON; a file or a folder of them) and
 * {@link #ingestFolder} a folder with a file or folder per table ({@link #ingestFolders} several
 * such folders, one load each, with the lakehouse opened once). Their columns are matched to
 * the declared ones by name and cast to the declared types; a missing or undeclared column, or a
 * value that does not convert, is refused ({@link ErrorCode#INGEST_INPUT}) and lands nothing. A load value
 * the table already has is skipped, so ingesting the same load twice changes nothing.
 *
 * <p>Loads must arrive in load order: a load whose time is not after the watermark of a model
 * already built would never be seen by incremental runs, so it is refused ({@link ErrorCode#LOAD_OUT_OF_ORDER}).
 */
public final class Landing {

    private final Lakehouse lakehouse;
    private final GeneratedProject generated;

    Landing(Lakehouse lakehouse, GeneratedProject generated) {
        this.lakehouse = lakehouse;
        this.generated = generated;
    }

    /**
     * Appends one load: the rows of {@code select} (a SELECT or VALUES with a column per declared
     * column but the load column, by name) with the load column set to {@code load} (its text,
     * cast to the load column's type: {@code 2024-01-01 00:00:00}, or a dlt load id).
     *
     * @return the rows appended
     */
    public long append(String source, String table, String load, String select) {
        return appendAll(source, load, Map.of(table, select)).get(table);
    }

    /**
     * Appends one load of several tables of {@code source} as {@link #append} does each, holding the
     * lock once and landing them in one transaction of the engine where it can (the DuckDB engine:
     * one database commit for all, and a failure lands none); a Delta, Iceberg or Parquet table
     * still gets a commit of its own. Cheaper than a call per table, whose every call opens the
     * lakehouse's database anew.
     *
     * @param selects per table name, the SELECT or VALUES of its rows, in the order to land them
     * @return the rows appended, per table name, in the same order
     */
    public Map<String, Long> appendAll(String source, String load, Map<String, String> selects) {
        Map<String, LandedTable> tables = new LinkedHashMap<>();
        selects.keySet().forEach(table -> tables.put(table, table(source, table)));
        return lakehouse.withLock(session -> {
            Loads loads = new Loads(session);
            List<TableLoad> pending = new ArrayList<>();
            for (var entry : selects.entrySet()) {
                pending.add(loads.of(tables.get(entry.getKey()), load, entry.getValue()));
            }
            List<Long> rows = pending.isEmpty() ? List.of() : session.landAll(pending);
            Map<String, Long> appended = new LinkedHashMap<>();
            int at = 0;
            for (String table : selects.keySet()) {
                appended.put(table, rows.get(at++));
            }
            return appended;
        });
    }

    /**
     * The loads of one ingest, ready to be appended: each table's load time computed by its
     * load-time statement (once per distinct statement) and checked against what runs processed.
     */
    private static final class Loads {

        private final Session session;
        private final Map<String, LocalDateTime> times = new HashMap<>();
        private Optional<LocalDateTime> processed;

        Loads(Session session) {
            this.session = session;
        }

        TableLoad of(LandedTable landed, String load, String select) throws SQLException {
            // The statements of tables with the same load column differ in their comments only.
            String statement = landed.loadTime().sql().lines().filter(l -> !l.startsWith("--"))
                    .collect(Collectors.joining("\n")).strip();
            LocalDateTime at = times.get(statement);
            if (at == null) {
                at = session.loadTime(landed, load);
                times.put(statement, at);
            }
            if (processed == null) {
                processed = session.state().values().stream().flatMap(s -> s.watermark().stream())
                        .max(Comparator.naturalOrder());
            }
            if (processed.isPresent() && !at.isAfter(processed.get())) {
                throw new LakehouseException(ErrorCode.LOAD_OUT_OF_ORDER, "load " + load + " of " + landed.relation()
                        + " is at " + text(at) + ", not after " + text(processed.get()) + ", which runs have already"
                        + " processed; incremental runs would never see it. Land it with a later load value");
            }
            return new TableLoad(landed, load, at, select);
        }
    }

    /** A load time as DuckDB prints a TIMESTAMP: {@code 2024-01-01 00:00:00}, fractions when there are any. */
    private static String text(LocalDateTime time) {
        String text = time.toLocalDate() + " " + time.toLocalTime();
        return time.getSecond() == 0 && time.getNano() == 0 ? text + ":00" : text;
    }

    /**
     * Lands {@code input} (a {@code .parquet}, {@code .csv}, {@code .json}/{@code .jsonl}/{@code .ndjson}
     * file, or a folder of files of one of these kinds) as load {@code load} of {@code source.table}.
     * The files hold the declared columns but the load column, in any order.
     *
     * @throws LakehouseException {@link ErrorCode#INGEST_INPUT} when the input is missing, of an unknown
     *     kind, or its columns or values do not fit the declaration; {@link ErrorCode#UNKNOWN_LANDED_TABLE}
     *     for an unknown table; {@link ErrorCode#LOAD_OUT_OF_ORDER} for a load not after what runs processed. Nothing is landed then.
     */
    public IngestResult ingest(String source, String table, String load, Path input) {
        LandedTable landed = table(source, table);
        InputFiles files = InputFiles.of(input);
        return lakehouse.withLock(session -> ingest(session, landed, load, files));
    }

    /**
     * Lands every table found in {@code folder} as load {@code load} of {@code source}: an entry
     * {@code <table>.parquet} (or {@code .csv}, {@code .json}, ...) or a folder {@code <table>/} of
     * such files per table. Every entry is read in full and checked (its columns, every value
     * converted to its declared type without change) before any is landed, so bad input lands
     * nothing. The tables' loads are then landed in one transaction of the engine where it can (the
     * DuckDB engine: a failure lands none, and one commit serves the folder), in table name order;
     * a Delta, Iceberg or Parquet table still gets a commit of its own. Should the file system fail
     * midway between those commits (a full disk), ingesting the same folder and load again lands the
     * tables still missing it: those that have it are skipped.
     *
     * @throws LakehouseException {@link ErrorCode#INGEST_INPUT} for an entry that names no declared table or does not fit
     */
    public List<IngestResult> ingestFolder(String source, String load, Path folder) {
        return ingestFolders(source, List.of(new FolderLoad(load, folder)));
    }

    /**
     * Lands several loads of {@code source}, each a folder as {@link #ingestFolder} takes, in the
     * order given, holding the lock and the lakehouse's database once for all of them: cheaper than
     * a call per load, after each of which the DuckDB engine writes its database file. Every folder
     * is read in full and checked before any load is landed, so bad input in any of them lands
     * nothing; then each load is landed as {@link #ingestFolder} lands one (the DuckDB engine: one
     * transaction per load), so should the file system fail midway, the loads before stay landed and
     * ingesting the same list again lands the rest.
     *
     * @return the results of every load, in order, a result per table within each
     * @throws LakehouseException as {@link #ingestFolder} does
     */
    public List<IngestResult> ingestFolders(String source, List<FolderLoad> loads) {
        List<LandedTable> tables = generated.landedTables(source);
        if (tables.isEmpty()) {
            throw new LakehouseException(ErrorCode.UNKNOWN_LANDED_TABLE, "project " + generated.project() + " has no source " + source);
        }
        List<Map<LandedTable, InputFiles>> entries = new ArrayList<>();
        for (FolderLoad load : loads) {
            entries.add(entries(source, tables, load.folder()));
        }
        return lakehouse.withLock(session -> {
            for (Map<LandedTable, InputFiles> folder : entries) {
                for (var entry : folder.entrySet()) {
                    check(session, entry.getKey(), entry.getValue());
                }
            }
            List<IngestResult> results = new ArrayList<>();
            for (int i = 0; i < loads.size(); i++) {
                results.addAll(land(session, loads.get(i).load(), entries.get(i)));
            }
            return results;
        });
    }

    /** One load of {@link #ingestFolders}: the load value and the folder with a file or folder per table. */
    public record FolderLoad(String load, Path folder) {
    }

    /** The tables {@code folder} holds an entry for, by table name, each with its files. */
    private static Map<LandedTable, InputFiles> entries(String source, List<LandedTable> tables, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot ingest " + folder + ": not a folder");
        }
        Map<LandedTable, InputFiles> entries = new TreeMap<>(Comparator.comparing(LandedTable::table));
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path entry : list.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                String tableName = Files.isDirectory(entry) ? name : InputFiles.stem(name);
                if (tableName == null) {
                    unknown.add(name);
                    continue;
                }
                var found = tables.stream().filter(t -> t.table().equals(tableName)).findFirst();
                if (found.isEmpty()) {
                    unknown.add(name);
                } else {
                    entries.put(found.get(), InputFiles.of(entry));
                }
            }
        } catch (IOException e) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (!unknown.isEmpty()) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, folder + " holds " + unknown.size() + " entr"
                    + (unknown.size() == 1 ? "y" : "ies") + " naming no table of source " + source + ": "
                    + String.join(", ", unknown) + "; name each file (.parquet, .csv, .json, .jsonl, .ndjson) or folder"
                    + " after a declared table, and keep other files elsewhere");
        }
        if (entries.isEmpty()) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, folder + " holds no .parquet, .csv or .json file or table folder");
        }
        return entries;
    }

    private IngestResult ingest(Session session, LandedTable table, String load, InputFiles files) throws SQLException {
        check(session, table, files);
        return land(session, load, Map.of(table, files)).get(0);
    }

    /**
     * Lands checked files as one load of each table, in one call to the engine, skipping the
     * tables that have the load already; returns a result per table, in order.
     */
    private static List<IngestResult> land(Session session, String load, Map<LandedTable, InputFiles> entries)
            throws SQLException {
        Loads loads = new Loads(session);
        List<TableLoad> pending = new ArrayList<>();
        for (var entry : entries.entrySet()) {
            if (!session.landed(entry.getKey().relation(), load)) {
                pending.add(loads.of(entry.getKey(), load, session.inputSelect(entry.getValue())));
            }
        }
        List<Long> rows = pending.isEmpty() ? List.of() : session.landAll(pending);
        List<IngestResult> results = new ArrayList<>();
        int at = 0;
        for (LandedTable table : entries.keySet()) {
            if (at < pending.size() && pending.get(at).table() == table) {
                results.add(new IngestResult(table.relation(), load, rows.get(at++), false));
            } else {
                results.add(new IngestResult(table.relation(), load, 0, true));
            }
        }
        return results;
    }

    /**
     * Refuses input whose columns are not the declared payload columns, whose values do not convert
     * to the declared types, or would change when cast to them (a fraction into an integer, ...),
     * before anything is written.
     */
    private static void check(Session session, LandedTable table, InputFiles files) throws SQLException {
        Map<String, String> found;
        try {
            found = session.inputColumns(files);
        } catch (SQLException e) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot read " + files.description() + ": "
                    + files.explain(e.getMessage()), e);
        }
        List<String> declared = table.payload().stream().map(ModelColumn::name).toList();
        List<String> missing = declared.stream().filter(c -> !found.containsKey(c)).toList();
        List<String> extra = found.keySet().stream().filter(c -> !declared.contains(c)).toList();
        if (!missing.isEmpty() || !extra.isEmpty()) {
            files.unclosedQuote().ifPresent(problem -> {
                throw new LakehouseException(ErrorCode.INGEST_INPUT, "cannot read " + files.description() + ": " + problem);
            });
            StringBuilder message = new StringBuilder(files.description()).append(" does not fit ")
                    .append(table.relation().qualified()).append(":");
            if (!missing.isEmpty()) {
                message.append(" lacks declared column(s) ").append(String.join(", ", missing)).append(";");
            }
            if (!extra.isEmpty()) {
                message.append(" has undeclared column(s) ").append(String.join(", ", extra)).append(";");
            }
            message.append(" declare the columns in the source's YAML or fix the file (the load column ")
                    .append(table.loadColumn().name()).append(" is added by ingest)");
            throw new LakehouseException(ErrorCode.INGEST_INPUT, message.toString());
        }
        List<LossyValues> lossy;
        try {
            lossy = session.lossyValues(table, files, found);
        } catch (SQLException e) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, files.description() + " does not fit "
                    + table.relation().qualified() + ": a value does not convert to its declared type: "
                    + files.explain(e.getMessage()), e);
        }
        if (!lossy.isEmpty()) {
            throw new LakehouseException(ErrorCode.INGEST_INPUT, files.description() + " does not fit "
                    + table.relation().qualified() + " without changing values: "
                    + lossy.stream().map(LossyValues::describe).collect(Collectors.joining("; "))
                    + ". Declare a type that holds them (DECIMAL with enough scale, DOUBLE, TIMESTAMP) or fix the file;"
                    + " nothing was landed");
        }
    }

    /** The landing relation of a table. */
    public ModelName relation(String source, String table) {
        return table(source, table).relation();
    }

    private LandedTable table(String source, String table) {
        return generated.landedTable(source, table).orElseThrow(() -> new LakehouseException(ErrorCode.UNKNOWN_LANDED_TABLE,
                "project " + generated.project() + " has no table " + source + "." + table));
    }
}
