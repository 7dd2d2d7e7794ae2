package io.hooklake.generator.sql;

import io.hooklake.testing.Loads;
import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.Model;
import io.hooklake.generator.ModelColumn;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.PointInTimeHooks;
import io.hooklake.model.Project;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compact point-in-time hooks (the default) hold the same information as readable ones: every
 * model built with compact point-in-time hooks equals the one built with readable ones once each
 * readable point-in-time hook is replaced by the 64-bit hash of its text; the row keys
 * ({@code _pit_hook__bridge}), which are built from the compact hooks, are unique and never NULL.
 */
class CompactPitHooksTest {

    static Stream<Arguments> projects() {
        return Stream.of(Arguments.of("geo", (Consumer<TestDatabase>) Loads::geo),
                Arguments.of("org", (Consumer<TestDatabase>) Loads::org),
                Arguments.of("retail", (Consumer<TestDatabase>) Loads::retail),
                Arguments.of("keys", (Consumer<TestDatabase>) Loads::keys));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void everyModelWithCompactPointInTimeHooksEqualsTheReadableOneWithEachHookHashed(String name,
            Consumer<TestDatabase> loads) {
        Project compactProject = TestProjects.load(name);
        assertThat(compactProject.settings().pointInTimeHooks()).isEqualTo(PointInTimeHooks.COMPACT);
        NamingStrategy naming = new NamingStrategy(compactProject.settings());
        try (BuiltLakehouse compact = BuiltLakehouse.of(compactProject, loads);
                BuiltLakehouse readable = BuiltLakehouse.of(TestProjects.readablePits(name), loads)) {
            int compared = 0;
            for (Model model : compact.models().models()) {
                if (model.columns().isEmpty() || model.name().name().startsWith("raw__")) {
                    continue;
                }
                String relation = compact.lake().relation(model.name());
                List<String> kept = model.columns().stream().map(ModelColumn::name)
                        .filter(c -> !c.equals(naming.bridgePitHook())).toList();
                String compactRows = kept.stream().collect(Collectors.joining(", ", "SELECT ", " FROM " + relation));
                String readableRows = kept.stream()
                        .map(c -> naming.isPitHook(c) ? hash64(c) + " AS " + c : c)
                        .collect(Collectors.joining(", ", "SELECT ", " FROM " + relation));
                assertThat(sorted(compact.lake().rows(compactRows))).as("%s", model.name())
                        .isEqualTo(sorted(readable.lake().rows(readableRows)));
                if (model.columns().stream().anyMatch(c -> c.name().equals(naming.bridgePitHook()))) {
                    String key = naming.bridgePitHook();
                    assertThat(compact.lake().value("SELECT count(DISTINCT " + key + ") = count(*) AND count(" + key
                            + ") = count(*) FROM " + relation)).as("%s key unique, never NULL", model.name())
                            .isEqualTo("true");
                }
                compared++;
            }
            assertThat(compared).isGreaterThanOrEqualTo(10);
        }
    }

    /**
     * The 64-bit key {@code hook_storage: hash64} gives a text: the first 16 hex digits of its md5
     * as a signed BIGINT, spelled differently from the dialect's macro (a CASE on the first digit).
     */
    private static String hash64(String column) {
        String unsigned = "CAST(('0x' || substr(md5(" + column + "), 1, 16)) AS HUGEINT)";
        return "CAST(CASE WHEN " + unsigned + " >= 9223372036854775808 THEN " + unsigned
                + " - 18446744073709551616 ELSE " + unsigned + " END AS BIGINT)";
    }

    private static List<String> sorted(List<Map<String, Object>> rows) {
        return rows.stream().map(Object::toString).sorted().toList();
    }
}
