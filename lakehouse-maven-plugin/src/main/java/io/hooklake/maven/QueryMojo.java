package io.hooklake.maven;

import io.hooklake.runtime.Lakehouse;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs SQL against the lakehouse on a read-only connection and prints each result as a table: the
 * statement given inline, then every {@code *.sql} file of the queries folder in name order, each
 * under its file name. A statement that would write is refused. Needs no generation.
 *
 * @since 0.1.0
 */
@Mojo(name = "query", threadSafe = true)
public final class QueryMojo extends AbstractLakehouseMojo {

    /**
     * One SQL statement to run, such as {@code SELECT * FROM dar.geo__countries}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.sql")
    String sql;

    /**
     * A folder of {@code *.sql} files, one query each, run in file name order.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.queries")
    File queries;

    /**
     * The most rows printed per query.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lakehouse.maxRows", defaultValue = "100")
    int maxRows;

    @Override
    void executeGoal() throws MojoExecutionException {
        if ((sql == null || sql.isBlank()) && queries == null) {
            throw new ParameterException("nothing to query: give a statement with lakehouse.sql or a folder of"
                    + " *.sql files with lakehouse.queries");
        }
        if (maxRows < 0) {
            throw new ParameterException("lakehouse.maxRows is " + maxRows + "; give 0 or more");
        }
        Lakehouse lakehouse = lakehouse();
        if (sql != null && !sql.isBlank()) {
            print(lakehouse, sql);
        }
        if (queries != null) {
            for (Path file : files()) {
                getLog().info("-- " + file.getFileName());
                try {
                    print(lakehouse, Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new MojoExecutionException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private List<Path> files() throws MojoExecutionException {
        if (!queries.isDirectory()) {
            throw new ParameterException("lakehouse.queries names " + queries + ", which is not a folder");
        }
        try (Stream<Path> list = Files.list(queries.toPath())) {
            return list.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + queries + ": " + e.getMessage(), e);
        }
    }

    private void print(Lakehouse lakehouse, String statement) {
        lakehouse.query(statement, maxRows).toTable().lines().forEach(getLog()::info);
    }
}
