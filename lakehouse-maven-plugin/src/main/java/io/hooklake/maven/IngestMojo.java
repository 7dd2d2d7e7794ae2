package io.hooklake.maven;

import io.hooklake.generator.contract.GeneratedProject;
import io.hooklake.generator.contract.LandedTable;
import io.hooklake.runtime.IngestResult;
import io.hooklake.runtime.Landing;
import java.io.File;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lands files as one load: Parquet, CSV (with a header) or JSON, matched to the declared columns by
 * name and cast to their types. With {@code table}, the input is a file or a folder of files of
 * that table; without it, the input is a folder with an entry per table ({@code <table>.csv},
 * {@code <table>/*.parquet}, ...). Input that does not fit lands nothing; a load a table already has
 * is skipped.
 *
 * @since 0.1.0
 */
@Mojo(name = "ingest", threadSafe = true)
public final class IngestMojo extends AbstractBuildingMojo {

    private static final DateTimeFormatter LOAD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * The file or folder to land; required unless {@code loads} lists the loads to land.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.input")
    File input;

    /**
     * The source the data belongs to; when not given, the project's only source.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.source")
    String source;

    /**
     * The table the input holds; when not given, the input is a folder with an entry per table.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.table")
    String table;

    /**
     * The load value written into the load column, such as {@code 2024-01-31 00:00:00}; when not
     * given, the current time in UTC. Loads must arrive in load order.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.load")
    String load;

    /**
     * Instead of {@code input} and {@code load}: a tab-separated file listing loads in load order,
     * with a header line and the columns {@code load} (a folder beside the file, with an entry per
     * table) and {@code loaded_at} (the load value). Each listed load is ingested as with
     * {@code input} and {@code load}, all with the lakehouse opened once; every folder is checked
     * before any load lands, so bad input in one lands none; loads already landed are skipped.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.loads")
    File loads;

    /**
     * With {@code loads}: ingest only the load on this line of the file (1 = the first load); 0,
     * the default, ingests every load listed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.loadNumber", defaultValue = "0")
    int loadNumber;

    @Override
    void executeGoal() {
        if (input == null && loads == null) {
            throw new ParameterException("nothing to ingest: give the file or folder with lakehouse.input,"
                    + " or a list of loads with lakehouse.loads");
        }
        if (input != null && loads != null) {
            throw new ParameterException("give lakehouse.input or lakehouse.loads, not both");
        }
        GeneratedProject generated = generated();
        String sourceName = sourceName(generated);
        Landing landing = lakehouse(generated).landing(generated);
        if (loads != null) {
            report(landing.ingestFolders(sourceName, LoadList.read(loads.toPath(), loadNumber).stream()
                    .map(entry -> new Landing.FolderLoad(entry.loadedAt(), entry.folder())).toList()));
            return;
        }
        String loadValue = load == null || load.isBlank() ? ZonedDateTime.now(ZoneOffset.UTC).format(LOAD) : load;
        report(table == null || table.isBlank()
                ? landing.ingestFolder(sourceName, loadValue, input.toPath())
                : List.of(landing.ingest(sourceName, table, loadValue, input.toPath())));
    }

    private void report(List<IngestResult> results) {
        for (IngestResult result : results) {
            getLog().info(result.alreadyLanded()
                    ? result.relation().qualified() + ": load " + result.load() + " was already landed; nothing changed"
                    : String.format("%s: landed %,d rows as load %s", result.relation().qualified(), result.rows(),
                            result.load()));
        }
    }

    private String sourceName(GeneratedProject generated) {
        if (source != null && !source.isBlank()) {
            return source;
        }
        List<String> sources = generated.landedTables().stream().map(LandedTable::source).distinct().sorted().toList();
        if (sources.size() != 1) {
            throw new ParameterException("project " + generated.project() + " has " + sources.size()
                    + " sources (" + String.join(", ", sources) + "); say which with lakehouse.source");
        }
        return sources.get(0);
    }
}
