package io.hooklake.maven;

import io.hooklake.generator.GenerationResult;
import io.hooklake.generator.ModelKind;
import java.util.EnumMap;
import java.util.Map;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Generates the SQL of every model of the HOOK project, {@code manifest.json} and the Mermaid
 * lineage into the output folder, and logs how many models of each kind there are. Writes only
 * files whose content changed and removes stale ones. Bound to {@code generate-sources}.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractGeneratingMojo {

    @Override
    void executeGoal() {
        GenerationResult result = generate();
        getLog().info("Generated " + outputDirectory + ": " + result.summary());
        Map<ModelKind, Integer> kinds = new EnumMap<>(ModelKind.class);
        result.models().forEach(m -> kinds.merge(m.model().kind(), 1, Integer::sum));
        kinds.forEach((kind, count) -> getLog().info(String.format("  %-15s %5d", kind, count)));
    }
}
