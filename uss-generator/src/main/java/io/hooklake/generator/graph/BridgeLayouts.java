package io.hooklake.generator.graph;

import io.hooklake.generator.FrameReference;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import io.hooklake.model.Project;
import io.hooklake.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bridge layout of every frame, computed parents first.
 *
 * <p>Diamonds: when two references would give a bridge the same column (the same ancestor reached
 * by two paths, or two role-less references to one frame), the column is taken from the path with
 * the fewest hops, ties broken by the referring hook's declared order; the other path's column is
 * dropped and reported (LH204). DuckDB never gets to rename a column to {@code x_1}.
 */
public final class BridgeLayouts {

    /** Two paths give a bridge the same column; one is kept. */
    public static final String DIAMOND = "LH204";

    private static final Comparator<InheritedPit> PREFERENCE =
            Comparator.comparingInt(InheritedPit::hops).thenComparingInt(InheritedPit::reference);

    private final Map<FrameName, BridgeLayout> layouts;
    private final List<Diagnostic> diagnostics;

    private BridgeLayouts(Map<FrameName, BridgeLayout> layouts, List<Diagnostic> diagnostics) {
        this.layouts = layouts;
        this.diagnostics = diagnostics;
    }

    public static BridgeLayouts of(Project project, FrameGraph graph, NamingStrategy naming) {
        Map<FrameName, Frame> frames = project.framesByName();
        Map<FrameName, BridgeLayout> layouts = new HashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (FrameName name : graph.cascadeOrder()) {
            Frame frame = frames.get(name);
            String own = naming.pitHook(frame);
            List<FrameReference> references = graph.cascadedFrom(name);
            List<InheritedPit> candidates = new ArrayList<>();
            for (int i = 0; i < references.size(); i++) {
                FrameReference reference = references.get(i);
                BridgeLayout parent = layouts.get(reference.to());
                String via = name + "." + reference.hook() + " -> ";
                candidates.add(new InheritedPit(naming.inherited(parent.ownPit(), reference.role()), i,
                        parent.ownPit(), 1, via + parent.frame()));
                for (InheritedPit up : parent.inherited()) {
                    candidates.add(new InheritedPit(naming.inherited(up.column(), reference.role()), i,
                            up.column(), up.hops() + 1, via + up.path()));
                }
            }
            List<InheritedPit> kept = new ArrayList<>();
            for (InheritedPit candidate : candidates) {
                if (candidate.column().equals(own)) {
                    diagnostics.add(diamond(frame, references.get(candidate.reference()), candidate.column(),
                            name.value(), candidate.path()));
                    continue;
                }
                InheritedPit best = candidates.stream().filter(c -> c.column().equals(candidate.column()))
                        .min(PREFERENCE).orElseThrow();
                if (best == candidate) {
                    kept.add(candidate);
                } else {
                    diagnostics.add(diamond(frame, references.get(candidate.reference()), candidate.column(),
                            best.path(), candidate.path()));
                }
            }
            layouts.put(name, new BridgeLayout(name, own, kept));
        }
        return new BridgeLayouts(layouts, List.copyOf(diagnostics));
    }

    private static Diagnostic diamond(Frame frame, FrameReference dropped, String column, String kept, String lost) {
        return Diagnostic.warning(DIAMOND, frame.hook(dropped.hook()).orElseThrow().location(),
                "bridge of frame '" + frame.name() + "' reaches column '" + column + "' through " + kept
                        + " and through " + lost + "; it keeps " + kept + " (fewest hops, then declared hook order)"
                        + " and drops the other");
    }

    public BridgeLayout of(FrameName frame) {
        BridgeLayout layout = layouts.get(frame);
        if (layout == null) {
            throw new IllegalArgumentException("no bridge layout for frame " + frame);
        }
        return layout;
    }

    /** The diamonds resolved, as warnings. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
