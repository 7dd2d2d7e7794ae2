package io.hooklake.model.load;

import io.hooklake.model.diagnostic.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The sections of one YAML file (or of one document of it).
 *
 * @param projectKeys where each {@code project} key was written, valid or not
 * @param project the project section, when it could be read
 * @param sources its sources
 * @param concepts its concepts
 * @param keysets its keysets
 * @param frames its frames
 * @param metricsKeys where each {@code metrics} key was written: a project with none has default metrics
 * @param metrics its metrics
 */
record FileDto(
        List<Location> projectKeys,
        Optional<ProjectDto> project,
        List<SourceDto> sources,
        List<ConceptDto> concepts,
        List<KeysetDto> keysets,
        List<FrameDto> frames,
        List<Location> metricsKeys,
        List<MetricDto> metrics) {

    /** The sections of {@code document}, a document of a file in the project folder {@code dir}. */
    static Optional<FileDto> read(YamlNode document, Path dir, Diagnostics diagnostics) {
        if (document instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return Optional.empty();
        }
        return MappingReader.of(document, "file", diagnostics).map(m -> {
            List<Location> projectKeys = m.has("project") ? List.of(m.keyLocation("project")) : List.of();
            Optional<ProjectDto> project = projectKeys.isEmpty() ? Optional.empty()
                    : m.required("project").flatMap(node -> ProjectDto.read(node, diagnostics));
            List<SourceDto> sources = m.list("sources", (node, d) -> SourceDto.read(node, dir, d));
            List<ConceptDto> concepts = m.list("concepts", ConceptDto::read);
            List<KeysetDto> keysets = m.list("keysets", KeysetDto::read);
            List<FrameDto> frames = m.list("frames", FrameDto::read);
            List<Location> metricsKeys = m.has("metrics") ? List.of(m.keyLocation("metrics")) : List.of();
            List<MetricDto> metrics = m.list("metrics", MetricDto::read);
            m.finish();
            return new FileDto(projectKeys, project, sources, concepts, keysets, frames, metricsKeys, metrics);
        });
    }
}
