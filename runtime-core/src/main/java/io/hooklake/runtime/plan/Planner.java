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
import java.util.HashMap;
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

    /** Why a table model whose landed tables got no load after its watermark has nothing to do. */
    public static final String NO_NEW_LOADS = "no new loads of its landed tables";

    public Plan plan(List<CompiledModel> models, Map<ModelName, ModelState> states, Optional<LocalDateTime> highWaterMark) {
        return plan(models, states, highWaterMark, Optional.empty());
    }

    /**
     * The plan, knowing the latest load time of each landed relation ({@code latestLoads}; empty
     * when the engine cannot tell): a table model whose landed ancestors got no load after its
     * watermark has nothing to do, even when other tables got loads.
     */
    public Plan plan(List<CompiledModel> models, Map<ModelName, ModelState> states, Optional<LocalDateTime> highWaterMark,
            Optional<Map<ModelName, LocalDateTime>> latestLoads) {
        Map<ModelName, Optional<LocalDateTime>> latest = latestLoads.map(loads -> latestOfAncestors(models, loads))
                .orElse(null);
        List<PlannedModel> planned = new ArrayList<>();
        Set<ModelName> current = models.stream().map(CompiledModel::name).collect(Collectors.toSet());
        states.values().stream().filter(s -> !current.contains(s.name())).sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(s -> planned.add(new PlannedModel(s.name(), s.kind(), s.materialization(), Category.REMOVED,
                        Action.DROP, "no longer in the project")));
        for (CompiledModel model : models) {
            Optional<LocalDateTime> upTo = latest == null ? highWaterMark : latest.get(model.name());
            planned.add(plan(model, states.get(model.name()), highWaterMark, upTo, latest != null));
        }
        return new Plan(highWaterMark, planned);
    }

    /**
     * The latest load of each model's landed ancestors: the relations its statement reads that no
     * model produces, and theirs of the models it reads. {@code models} lists parents first.
     */
    private static Map<ModelName, Optional<LocalDateTime>> latestOfAncestors(List<CompiledModel> models,
            Map<ModelName, LocalDateTime> loads) {
        Map<ModelName, Optional<LocalDateTime>> latest = new HashMap<>();
        for (CompiledModel model : models) {
            Optional<LocalDateTime> max = Optional.empty();
            for (ModelName upstream : model.upstream()) {
                Optional<LocalDateTime> of = latest.containsKey(upstream)
                        ? latest.get(upstream) : Optional.ofNullable(loads.get(upstream));
                if (of.isPresent() && (max.isEmpty() || of.get().isAfter(max.get()))) {
                    max = of;
                }
            }
            latest.put(model.name(), max);
        }
        return latest;
    }

    private PlannedModel plan(CompiledModel model, ModelState state, Optional<LocalDateTime> highWaterMark,
            Optional<LocalDateTime> latestOfAncestors, boolean perTable) {
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
        if (view) {
            return planned(model, Category.UNCHANGED, Action.NOTHING, "view up to date");
        }
        if (!newLoads(state.watermark(), highWaterMark)) {
            return planned(model, Category.UNCHANGED, Action.NOTHING, "no new loads");
        }
        if (perTable && !newLoads(state.watermark(), latestOfAncestors)) {
            return planned(model, Category.UNCHANGED, Action.NOTHING, NO_NEW_LOADS);
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
