package io.hooklake.generator.dashboard;

import io.hooklake.generator.dialect.Dialect;
import io.hooklake.generator.docs.DocsSite;
import io.hooklake.model.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dashboard of a built lakehouse: one self-contained HTML file with, per metric of the
 * project, an XmR chart by day, week or month, a KPI card (latest value, change, signal), a
 * selector of grain and of split column, and a link to the metric's page in the docs site.
 *
 * <pre>{@code
 * Lakehouse lakehouse = Lakehouse.open(dir);
 * new Dashboard(sql -> lakehouse.query(sql, Integer.MAX_VALUE).rows())
 *         .write(project, Path.of("target/lakehouse/dashboard.html"), Optional.of(Path.of("target/lakehouse/site")));
 * }</pre>
 *
 * <p>It reads the lakehouse only through {@link LakehouseQuery}: one SELECT per metric over its
 * model ({@code dar.metric__<name>}), so the metric models must have been run.
 */
public final class Dashboard {

    /** The file name the plugin writes by default. */
    public static final String FILE = "dashboard.html";

    private final LakehouseQuery query;
    private final MetricChartReader reader;
    private final DashboardRenderer renderer = new DashboardRenderer();

    public Dashboard(LakehouseQuery query) {
        this(query, Dialect.duckdb());
    }

    public Dashboard(LakehouseQuery query, Dialect dialect) {
        this.query = Objects.requireNonNull(query, "query");
        this.reader = new MetricChartReader(dialect);
    }

    /** What the charts show: every metric's series, read from the lakehouse. */
    public List<MetricChart> charts(Project project) {
        return reader.read(project, query);
    }

    /**
     * The page. {@code site}, when given, is the docs site's folder as a relative link from the
     * page's folder ({@code site/}); each metric links to its model's page there.
     */
    public String render(Project project, Optional<String> site) {
        String prefix = site.map(s -> s.isEmpty() || s.endsWith("/") ? s : s + "/").orElse("");
        return renderer.render(project.name().value(), charts(project),
                chart -> site.map(s -> prefix + DocsSite.modelPage(chart.model())));
    }

    /**
     * Writes the page to {@code file} (its folder made when missing), linking to the docs site in
     * {@code siteDir} when given. The file is replaced only when its content changed, through a
     * temporary file and a move.
     *
     * @return whether the file was written (false when it already held this page)
     * @throws DashboardException ({@code LH241}) when the file cannot be written
     */
    public boolean write(Project project, Path file, Optional<Path> siteDir) {
        Path target = file.toAbsolutePath().normalize();
        Optional<String> site = siteDir.map(s -> target.getParent().relativize(s.toAbsolutePath().normalize()).toString()
                .replace('\\', '/'));
        String html = render(project, site);
        try {
            Files.createDirectories(target.getParent());
            if (Files.isRegularFile(target) && Files.readString(target, StandardCharsets.UTF_8).equals(html)) {
                return false;
            }
            Path temp = Files.createTempFile(target.getParent(), ".dashboard", ".tmp");
            try {
                Files.writeString(temp, html, StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (IOException e) {
            throw new DashboardException("cannot write the dashboard " + file + ": " + e.getMessage(), e);
        }
    }
}
