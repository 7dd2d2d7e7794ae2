package io.hooklake.model.load;

import io.hooklake.model.diagnostic.Location;
import java.util.List;
import java.util.Optional;

/**
 * A metric as written; its event, aggregate and columns are checked by {@code MetricRule}.
 *
 * @param event {@code <frame>.<event>}, the frame by its name or its table's
 * @param measure the {@code measure} mapping, when written
 * @param filter the {@code filter} expression
 * @param splitBy the {@code split_by} columns
 */
record MetricDto(
        Location location,
        Located<String> name,
        Optional<Located<String>> description,
        Located<String> event,
        Optional<MeasureDto> measure,
        Optional<Located<String>> filter,
        List<Located<String>> splitBy) {

    MetricDto {
        splitBy = List.copyOf(splitBy);
    }

    static Optional<MetricDto> read(YamlNode node, Diagnostics diagnostics) {
        return MappingReader.of(node, "metric", diagnostics).flatMap(m -> {
            Optional<Located<String>> name = m.requiredString("name");
            Optional<Located<String>> description = m.string("description");
            Optional<Located<String>> event = m.requiredString("event");
            Optional<MeasureDto> measure = m.mapping("measure", "measure").flatMap(MeasureDto::read);
            Optional<Located<String>> filter = m.string("filter");
            List<Located<String>> splitBy = m.stringList("split_by");
            m.finish();
            if (name.isEmpty() || event.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new MetricDto(m.location(), name.get(), description, event.get(), measure, filter, splitBy));
        });
    }

    /**
     * A metric's {@code measure} as written.
     *
     * @param aggregate {@code count}, {@code sum}, {@code min}, {@code max} or {@code avg}, checked by {@code MetricRule}
     * @param column the peripheral column it sums up
     */
    record MeasureDto(Location location, Located<String> aggregate, Optional<Located<String>> column) {

        static Optional<MeasureDto> read(MappingReader m) {
            Optional<Located<String>> aggregate = m.requiredString("aggregate");
            Optional<Located<String>> column = m.string("column");
            m.finish();
            return aggregate.map(a -> new MeasureDto(m.location(), a, column));
        }
    }
}
