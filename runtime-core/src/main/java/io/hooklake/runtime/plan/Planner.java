package io.hooklake.runtime.plan;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.runtime.Action;
import io.hooklake.runtime.Category;
import io.hooklake.runtime.ModelState;
import io.hooklake.runtime.Plan;
import io.hooklake.runtime.PlannedModel;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares the generated models with the lakehouse's state, by the fingerprints the generation
 * recorded in its manifest; touches nothing.
 */
public final class Planner {

    public Plan plan(List<CompiledModel> models, Map<ModelName, ModelState> states, Optional<LocalDateTime> highWaterMark) {
        List<PlannedModel> planned = new ArrayList<>();
        Set<ModelName> current = models.stream().map(CompiledModel::name).collect(Collectors.toSet());
        states.values().stream().filter(s -> !current.contains(s.name())).sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(s -> planned.add(new PlannedModel(s.name(), s.kind(), s.materialization(), Category.REMOVED,
                        Action.DROP, "no longer in the project")));
        for (CompiledModel model : models) {
            planned.add(plan(model, states.get(model.name()), highWaterMark));
        }
        return new Plan(highWaterMark, planned);
    }

    private PlannedModel plan(CompiledModel model, ModelState state, Optional<LocalDateTime> highWaterMark) {
        boolean view = model.materialization() == Materialization.VIEW;
        Action build = view ? Action.RECREATE_VIEW : Action.FULL_REBUILD;
        if (state == null) {
            return planned(model, Category.ADDED, build, "never built");
        }
        if (!state.ownFingerprint().equals(model.ownFingerprint())) {
            return planned(model, Category.CHANGED_DIRECTLY, build, "its definition changed");
        }
        if (!state.fingerprint().equals(model.fingerprint())) {
            return planned(model, Category.CHANGED_THROUGH_PARENT, build, "a parent changed");
        }
        if (view || !newLoads(state.watermark(), highWaterMark)) {
            return planned(model, Category.UNCHANGED, Action.NOTHING, view ? "view up to date" : "no new loads");
        }
        if (model.materialization() == Materialization.TABLE) {
            return planned(model, Category.UNCHANGED, Action.FULL_REBUILD, "new loads; rebuilt whole");
        }
        if (state.watermark().isEmpty() || model.incremental().isEmpty()) {
            return planned(model, Category.UNCHANGED, Action.FULL_REBUILD, "first loads");
        }
        return planned(model, Category.UNCHANGED, Action.INCREMENTAL,
                "loads after " + state.watermark().get() + " up to " + highWaterMark.get());
    }

    private static boolean newLoads(Optional<LocalDateTime> watermark, Optional<LocalDateTime> highWaterMark) {
        if (highWaterMark.isEmpty()) {
            return false;
        }
        return watermark.isEmpty() || highWaterMark.get().isAfter(watermark.get());
    }

    private static PlannedModel planned(CompiledModel model, Category category, Action action, String reason) {
        return new PlannedModel(model.name(), model.kind(), model.materialization(), category, action, reason);
    }
}
