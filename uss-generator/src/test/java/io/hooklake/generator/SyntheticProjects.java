package io.hooklake.generator;

import io.hooklake.model.Column;
import io.hooklake.model.ColumnName;
import io.hooklake.model.Concept;
import io.hooklake.model.ConceptKind;
import io.hooklake.model.ConceptName;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import io.hooklake.model.Hook;
import io.hooklake.model.HookName;
import io.hooklake.model.Keyset;
import io.hooklake.model.KeysetName;
import io.hooklake.model.Project;
import io.hooklake.model.ProjectName;
import io.hooklake.model.ProjectSettings;
import io.hooklake.model.Source;
import io.hooklake.model.SourceName;
import io.hooklake.model.SqlType;
import io.hooklake.model.Table;
import io.hooklake.model.TableName;
import io.hooklake.model.ValueSource;
import io.hooklake.model.diagnostic.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Deterministic synthetic projects of {@code n} frames over one source, in two shapes.
 *
 * <ul>
 *   <li>{@link #project}, one tree: frame {@code i > 0} refers to frame {@code (i - 1) / 2} and,
 *       when different, to frame {@code i / 3} (so there are diamonds), and optionally frame 0 to
 *       itself (a reference that is not cascaded). Cascades get deeper as the project grows
 *       (depth about log2 n), and a frame reaches about log2(n)^2 / 2 ancestors.</li>
 *   <li>{@link #areas}, subject areas: the same tree rule inside each area of {@value #AREA_SIZE}
 *       frames, and each area's first frame referring to frame 0 (a hub, as a customer or company
 *       frame is). Depth and ancestors stay bounded as the project grows, as they do when a real
 *       lakehouse grows by adding subject areas.</li>
 * </ul>
 */
public final class SyntheticProjects {

    public static final SourceName SOURCE = SourceName.of("src");

    private SyntheticProjects() {
    }

    /** Frames per subject area in {@link #areas}. */
    public static final int AREA_SIZE = 50;

    /** A project of {@code frames} frames; {@code selfReference} adds a manager-like self-reference to frame 0. */
    public static Project project(int frames, boolean selfReference) {
        return project(frames, i -> parents(i, frames, selfReference));
    }

    /** A project of {@code frames} frames in subject areas of {@value #AREA_SIZE}, each area's first frame referring to frame 0. */
    public static Project areas(int frames) {
        return project(frames, SyntheticProjects::areaParents);
    }

    /** A project of {@code frames} frames in one chain: each frame refers to the one before it. */
    public static Project chain(int frames) {
        return project(frames, i -> i == 0 ? List.of() : List.of(i - 1));
    }

    private static Project project(int frames, IntFunction<List<Integer>> parentsOf) {
        List<Table> tables = new ArrayList<>();
        List<Concept> concepts = new ArrayList<>();
        List<Keyset> keysets = new ArrayList<>();
        List<Frame> frameList = new ArrayList<>();
        Path file = Path.of("frames.yml");
        for (int i = 0; i < frames; i++) {
            String thing = thing(i);
            Location at = new Location(file, 1 + i * 10, 3);
            ConceptName concept = ConceptName.of(thing);
            KeysetName keyset = KeysetName.of(thing + "__src");
            concepts.add(new Concept(concept, ConceptKind.CORE, "", List.of(), at));
            keysets.add(new Keyset(keyset, concept, Optional.empty(), SOURCE, "", at));
            List<Column> columns = new ArrayList<>();
            columns.add(column("id", "INTEGER", at));
            List<Hook> hooks = new ArrayList<>();
            hooks.add(new Hook(HookName.of("_hook__" + thing), keyset, new ValueSource.ColumnRef(ColumnName.of("id")),
                    true, Optional.empty(), at));
            for (int parent : parentsOf.apply(i)) {
                String ref = thing(parent);
                String role = parent == i ? "manager" : null;
                String col = role == null ? ref + "_id" : role + "_id";
                columns.add(column(col, "INTEGER", at));
                hooks.add(new Hook(HookName.of("_hook__" + ref + (role == null ? "" : "__" + role)),
                        KeysetName.of(ref + "__src"), new ValueSource.ColumnRef(ColumnName.of(col)), false,
                        Optional.ofNullable(role), at));
            }
            columns.add(column("name", "VARCHAR", at));
            columns.add(column("amount", "DECIMAL(19,4)", at));
            columns.add(column("created_on", "DATE", at));
            columns.add(column("_loaded_at", "TIMESTAMP", at));
            TableName table = TableName.of(thing + "s");
            tables.add(new Table(SOURCE, table, "", columns, ColumnName.of("_loaded_at"), List.of(ColumnName.of("id")), at));
            frameList.add(new Frame(FrameName.of("src__" + thing + "s"), SOURCE, table, thing, "",
                    List.of(ColumnName.of("id")), hooks, List.of(), List.of(), at));
        }
        Source source = new Source(SOURCE, "", tables, new Location(Path.of("sources.yml"), 1, 1));
        return new Project(ProjectSettings.defaults(ProjectName.of("synthetic_" + frames)), List.of(source), concepts,
                keysets, frameList);
    }

    /** The frames frame {@code i} refers to, sorted. */
    static List<Integer> parents(int i, int frames, boolean selfReference) {
        TreeSet<Integer> parents = new TreeSet<>();
        if (i > 0) {
            parents.add((i - 1) / 2);
            parents.add(i / 3);
        }
        if (selfReference && i == 0) {
            parents.add(0);
        }
        return List.copyOf(parents);
    }

    /** The frames frame {@code i} refers to in {@link #areas}, sorted. */
    static List<Integer> areaParents(int i) {
        int area = i / AREA_SIZE;
        int first = area * AREA_SIZE;
        if (i == first) {
            return area == 0 ? List.of() : List.of(0);
        }
        TreeSet<Integer> parents = new TreeSet<>();
        int local = i - first;
        parents.add(first + (local - 1) / 2);
        parents.add(first + local / 3);
        return List.copyOf(parents);
    }

    public static String thing(int i) {
        return "thing_" + String.format("%05d", i);
    }

    private static Column column(String name, String type, Location at) {
        return new Column(ColumnName.of(name), SqlType.of(type), true, "", at);
    }
}
