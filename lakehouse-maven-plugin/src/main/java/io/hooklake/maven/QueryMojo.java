package io.hooklake.maven;

import io.hooklake.model.HooklakeException;
import io.hooklake.runtime.AsOf;
import io.hooklake.runtime.Lakehouse;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs SQL against the lakehouse on a read-only connection and prints each result as a table: the
 * statement given inline, then every {@code *.sql} file of the queries folder in name order, each
 * under its file name. Each is one {@code SELECT} (or {@code DESCRIBE}, {@code SHOW},
 * {@code SUMMARIZE}) that reads the lakehouse's tables and nothing else: a statement that would
 * write, read a file outside the lakehouse or change a setting is refused. Needs no generation.
 *
 * @since 0.1.0
 */
@Mojo(name = "query", threadSafe = true)
public final class QueryMojo extends AbstractLakehouseReadingMojo {

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

    /**
     * The longest a query may run, in seconds; a query still running then is stopped ({@code LH316}).
     *
     * @since 0.2.0
     */
    @Parameter(property = "lakehouse.queryTimeLimit", defaultValue = "600")
    int queryTimeLimit;

    /**
     * Whether a failing query of the queries folder lets the others run: the build still fails at
     * the end, listing the files that failed. By default the first failing file stops the goal.
     *
     * @since 0.2.0
     */
    @Parameter(property = "lakehouse.continueOnError", defaultValue = "false")
    boolean continueOnError;

    private AsOf moment = AsOf.now();

    @Override
    void executeGoal() throws MojoExecutionException, MojoFailureException {
        moment = asOf();
        if ((sql == null || sql.isBlank()) && queries == null) {
            throw new ParameterException("nothing to query: give a statement with lakehouse.sql or a folder of"
                    + " *.sql files with lakehouse.queries");
        }
        if (maxRows < 0) {
            throw new ParameterException("lakehouse.maxRows is " + maxRows + "; give 0 or more");
        }
        if (queryTimeLimit <= 0) {
            throw new ParameterException("lakehouse.queryTimeLimit is " + queryTimeLimit + "; give a number of seconds"
                    + " above 0");
        }
        Lakehouse lakehouse = lakehouse();
        if (sql != null && !sql.isBlank()) {
            print(lakehouse, sql);
        }
        if (queries != null) {
            List<Path> files = files();
            List<String> failed = new ArrayList<>();
            for (Path file : files) {
                getLog().info("-- " + file.getFileName());
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new MojoExecutionException("cannot read " + file + ": " + e.getMessage(), e);
                }
                try {
                    print(lakehouse, text);
                } catch (HooklakeException e) {
                    if (!e.code().isUserMistake()) {
                        throw e;
                    }
                    String where = queries.toPath().relativize(file).toString();
                    getLog().error(where + ": " + e.getMessage());
                    if (!continueOnError) {
                        throw new MojoFailureException(where + ": " + e.getMessage().lines().findFirst().orElse("")
                                + (files.size() > 1 ? " (lakehouse.continueOnError=true runs the other queries too)" : ""));
                    }
                    failed.add(where);
                }
            }
            if (!failed.isEmpty()) {
                throw new MojoFailureException(failed.size() + " of " + files.size() + " queries failed (listed above): "
                        + String.join(", ", failed));
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
        lakehouse.query(statement, maxRows, Duration.ofSeconds(queryTimeLimit), moment).toTable().lines()
                .forEach(getLog()::info);
    }
}
