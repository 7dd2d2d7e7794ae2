package io.hooklake.generator.sql;

import io.hooklake.testing.Loads;
import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelKind;
import io.hooklake.model.HookStorage;
import io.hooklake.model.Project;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For many instants t (every version boundary and the midpoints between them), the bridge rows
 * valid at t equal a naive point-in-time join, written here independently: take each frame
 * version valid at t and follow its hooks, one reference after the other, to the version of the
 * referred frame valid at t.
 */
class AsOfExactnessTest {

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** One step of a path: follow this hook of the current version to the frame whose primary hook is given. */
    private record Step(String hook, String frame) {
    }

    /** A frame as the naive join sees it: its model name end, primary hook, own pit, and its bridge's columns as paths. */
    private record FrameSpec(String frame, String primaryHook, String pit, Map<String, List<Step>> columns) {
    }

    private static Map<String, List<Step>> paths(Object... columnsAndPaths) {
        Map<String, List<Step>> map = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndPaths.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Step> steps = (List<Step>) columnsAndPaths[i + 1];
            map.put((String) columnsAndPaths[i], steps);
        }
        return map;
    }

    @ParameterizedTest(name = "{0} hooks")
    @EnumSource(HookStorage.class)
    void bridgeRowsValidAtAnyInstantEqualTheNaivePointInTimeJoinInGeo(HookStorage storage) {
        assertAsOfExact(TestProjects.withStorage(TestProjects.load("geo"), storage), Loads::geo, geoSpecs(), 4);
    }

    private static List<FrameSpec> geoSpecs() {
        Step billing = new Step("_hook__address__billing", "geo__addresses");
        Step shipping = new Step("_hook__address__shipping", "geo__addresses");
        Step state = new Step("_hook__state", "geo__states");
        Step country = new Step("_hook__country", "geo__countries");
        List<FrameSpec> specs = List.of(
                new FrameSpec("geo__countries", "_hook__country", "_pit_hook__country", paths()),
                new FrameSpec("geo__states", "_hook__state", "_pit_hook__state",
                        paths("_pit_hook__country", List.of(country))),
                new FrameSpec("geo__addresses", "_hook__address", "_pit_hook__address",
                        paths("_pit_hook__state", List.of(state), "_pit_hook__country", List.of(state, country))),
                new FrameSpec("geo__orders", "_hook__order", "_pit_hook__order", paths(
                        "_pit_hook__address__billing", List.of(billing),
                        "_pit_hook__state__billing", List.of(billing, state),
                        "_pit_hook__country__billing", List.of(billing, state, country),
                        "_pit_hook__address__shipping", List.of(shipping),
                        "_pit_hook__state__shipping", List.of(shipping, state),
                        "_pit_hook__country__shipping", List.of(shipping, state, country))));
        return specs;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void bridgeRowsValidAtAnyInstantEqualTheNaivePointInTimeJoinOverRandomLoads(long seed) {
        assertAsOfExact("geo", lake -> Loads.randomGeo(lake, new Random(seed)), geoSpecs(), 4);
    }

    @Test
    void bridgeRowsValidAtAnyInstantEqualTheNaivePointInTimeJoinThroughADiamond() {
        Step region = new Step("_hook__region", "retail__regions");
        Step country = new Step("_hook__country", "retail__countries");
        List<FrameSpec> specs = List.of(
                new FrameSpec("retail__regions", "_hook__region", "_pit_hook__region", paths()),
                new FrameSpec("retail__countries", "_hook__country", "_pit_hook__country",
                        paths("_pit_hook__region", List.of(region))),
                new FrameSpec("retail__stores", "_hook__store", "_pit_hook__store",
                        paths("_pit_hook__country", List.of(country), "_pit_hook__region", List.of(region))));
        assertAsOfExact("retail", Loads::retail, specs, 2);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aSelfReferenceAndACycleCarryOneStepAsOfExact(long seed) {
        Step manager = new Step("_hook__employee__manager", "org__employees");
        Step department = new Step("_hook__department", "org__departments");
        Step head = new Step("_hook__employee__head", "org__employees");
        List<FrameSpec> specs = List.of(
                new FrameSpec("org__employees", "_hook__employee", "_pit_hook__employee", paths(
                        "_pit_hook__employee__manager", List.of(manager),
                        "_pit_hook__department", List.of(department))),
                new FrameSpec("org__departments", "_hook__department", "_pit_hook__department", paths(
                        "_pit_hook__employee__head", List.of(head),
                        "_pit_hook__employee__manager__head", List.of(head, manager),
                        "_pit_hook__department__head", List.of(head, department))));
        assertAsOfExact("org", lake -> Loads.randomOrg(lake, new Random(seed)), specs, 3);
    }

    private void assertAsOfExact(String project, Consumer<TestDatabase> loads, List<FrameSpec> specs, int levels) {
        assertAsOfExact(TestProjects.load(project), loads, specs, levels);
    }

    private void assertAsOfExact(Project project, Consumer<TestDatabase> loads, List<FrameSpec> specs, int levels) {
        try (BuiltLakehouse built = BuiltLakehouse.of(project, loads)) {
            Map<String, List<Version>> versions = new LinkedHashMap<>();
            TreeSet<LocalDateTime> boundaries = new TreeSet<>();
            for (FrameSpec spec : specs) {
                List<Version> list = versions(built, spec);
                versions.put(spec.frame(), list);
                list.forEach(v -> {
                    boundaries.add(v.from);
                    boundaries.add(v.to);
                });
            }
            List<LocalDateTime> instants = new ArrayList<>(boundaries);
            LocalDateTime previous = null;
            for (LocalDateTime boundary : boundaries) {
                if (previous != null) {
                    instants.add(previous.plus(Duration.between(previous, boundary).dividedBy(2)));
                    instants.add(boundary.minusNanos(1000));
                }
                if (boundary.getYear() < 9999) {
                    instants.add(boundary.plusNanos(1000));
                }
                previous = boundary;
            }
            assertThat(specs.stream().mapToInt(s -> s.columns().values().stream().mapToInt(List::size).max().orElse(0) + 1)
                    .max().orElseThrow()).as("levels followed").isEqualTo(levels);
            assertThat(instants).hasSizeGreaterThan(12);
            int compared = 0;
            for (FrameSpec spec : specs) {
                Model bridge = built.model(ModelKind.BRIDGE, spec.frame());
                for (LocalDateTime t : instants) {
                    List<String> expected = naive(spec, versions, t);
                    List<String> actual = bridgeAt(built, bridge, spec, t);
                    assertThat(actual).as("bridge of %s at %s", spec.frame(), t).isEqualTo(expected);
                    compared += actual.size();
                }
            }
            assertThat(compared).as("rows compared").isGreaterThan(instants.size());
            System.out.println("as-of " + project.name() + " (" + project.settings().hookStorage() + "): " + instants.size() + " instants, " + compared + " bridge rows compared");
        }
    }

    /** A frame version: validity, own pit and hook values. */
    private record Version(LocalDateTime from, LocalDateTime to, String pit, Map<String, String> hooks) {

        boolean validAt(LocalDateTime t) {
            return !from.isAfter(t) && t.isBefore(to);
        }
    }

    private static List<Version> versions(BuiltLakehouse built, FrameSpec spec) {
        Model frame = built.model(ModelKind.FRAME, spec.frame());
        String prefix = frame.columns().stream().map(c -> c.name()).filter(n -> n.endsWith("__record_valid_from"))
                .findFirst().orElseThrow().replace("__record_valid_from", "");
        List<String> hooks = frame.columns().stream().map(c -> c.name()).filter(n -> n.startsWith("_hook__")).toList();
        List<Version> versions = new ArrayList<>();
        for (Map<String, Object> row : built.lake().rows("SELECT strftime(" + prefix + "__record_valid_from, '%Y-%m-%d %H:%M:%S.%f') AS f,"
                + " strftime(" + prefix + "__record_valid_to, '%Y-%m-%d %H:%M:%S.%f') AS t, " + spec.pit() + " AS pit, "
                + String.join(", ", hooks) + " FROM " + built.relation(frame.name()))) {
            Map<String, String> values = new LinkedHashMap<>();
            hooks.forEach(h -> values.put(h, (String) row.get(h)));
            versions.add(new Version(LocalDateTime.parse((String) row.get("f"), MICROS),
                    LocalDateTime.parse((String) row.get("t"), MICROS), (String) row.get("pit"), values));
        }
        return versions;
    }

    private static List<String> naive(FrameSpec spec, Map<String, List<Version>> versions, LocalDateTime t) {
        List<String> rows = new ArrayList<>();
        for (Version own : versions.get(spec.frame())) {
            if (!own.validAt(t) || own.pit() == null) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(own.pit());
            for (List<Step> path : spec.columns().values()) {
                Version current = own;
                for (Step step : path) {
                    String key = current.hooks().get(step.hook());
                    String primary = primaryHookOf(step.frame());
                    current = key == null ? null : versions.get(step.frame()).stream()
                            .filter(v -> v.validAt(t) && key.equals(v.hooks().get(primary)))
                            .findFirst().orElse(null);
                    if (current == null) {
                        break;
                    }
                }
                row.add(current == null ? null : current.pit());
            }
            rows.add(String.valueOf(row));
        }
        rows.sort(null);
        return rows;
    }

    /** The primary hook of a test frame: {@code _hook__<singular of its table>}, as the fixtures name them. */
    private static String primaryHookOf(String frame) {
        String table = frame.substring(frame.indexOf("__") + 2);
        return switch (table) {
            case "countries" -> "_hook__country";
            case "states" -> "_hook__state";
            case "addresses" -> "_hook__address";
            case "regions" -> "_hook__region";
            case "employees" -> "_hook__employee";
            case "departments" -> "_hook__department";
            default -> throw new IllegalArgumentException(frame);
        };
    }

    private static List<String> bridgeAt(BuiltLakehouse built, Model bridge, FrameSpec spec, LocalDateTime t) {
        List<String> columns = new ArrayList<>();
        columns.add(spec.pit());
        columns.addAll(spec.columns().keySet());
        String at = "TIMESTAMP '" + t.format(MICROS) + "'";
        List<String> rows = new ArrayList<>();
        for (Map<String, Object> row : built.lake().rows("SELECT " + String.join(", ", columns) + " FROM "
                + built.relation(bridge.name()) + " WHERE bridge__record_valid_from <= " + at
                + " AND " + at + " < bridge__record_valid_to")) {
            rows.add(String.valueOf(columns.stream().map(c -> (String) row.get(c)).map(v -> Objects.toString(v, null))
                    .toList()));
        }
        rows.sort(null);
        return rows;
    }
}
