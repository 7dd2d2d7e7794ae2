package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a composite hook are hooks or composite hooks of its frame (LH113), at least one,
 * and composite hooks do not contain themselves, directly or through others (LH114).
 */
final class CompositeHookRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        for (FrameDto frame : document.frames()) {
            Set<String> names = new LinkedHashSet<>();
            // A hook whose keyset is unknown (LH104) counts under the name it would most likely have.
            frame.hooks().forEach(h -> names.add(document.hookLabel(h)));
            Map<String, CompositeHookDto> composites = new LinkedHashMap<>();
            frame.compositeHooks().forEach(c -> {
                names.add(c.name().value());
                composites.putIfAbsent(c.name().value(), c);
            });
            for (CompositeHookDto composite : frame.compositeHooks()) {
                if (composite.parts().isEmpty()) {
                    diagnostics.error(ErrorCode.UNKNOWN_COMPOSITE_PART, composite.name().location(),
                            "composite hook '" + composite.name().value() + "' has no parts");
                }
                for (Located<String> part : composite.parts()) {
                    if (!names.contains(part.value())) {
                        diagnostics.error(ErrorCode.UNKNOWN_COMPOSITE_PART, part.location(),
                                "composite hook '" + composite.name().value() + "' has unknown part '" + part.value()
                                        + "' in frame '" + document.frameLabel(frame) + "'",
                                diagnostics.didYouMean(part.value(), names));
                    }
                }
            }
            cycles(composites, diagnostics);
        }
    }

    /** Reports each cycle once, at the first of its composite hooks in declared order. */
    private static void cycles(Map<String, CompositeHookDto> composites, Diagnostics diagnostics) {
        Set<String> reported = new HashSet<>();
        for (String start : composites.keySet()) {
            List<String> cycle = cycleFrom(start, start, composites, new ArrayList<>(List.of(start)), new HashSet<>());
            if (!cycle.isEmpty() && cycle.stream().noneMatch(reported::contains)) {
                reported.addAll(cycle);
                diagnostics.error(ErrorCode.COMPOSITE_CYCLE, composites.get(start).name().location(),
                        "composite hooks form a cycle: " + String.join(" -> ", cycle),
                        "a composite hook cannot be a part of itself");
            }
        }
    }

    private static List<String> cycleFrom(String start, String current, Map<String, CompositeHookDto> composites,
            List<String> path, Set<String> visited) {
        if (!visited.add(current)) {
            return List.of();
        }
        for (Located<String> part : composites.get(current).parts()) {
            if (part.value().equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (composites.containsKey(part.value())) {
                path.add(part.value());
                List<String> found = cycleFrom(start, part.value(), composites, path, visited);
                if (!found.isEmpty()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }
}
