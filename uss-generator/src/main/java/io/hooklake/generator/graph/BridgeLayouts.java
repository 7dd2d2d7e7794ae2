package io.hooklake.generator.graph;

import io.hooklake.generator.FrameReference;
import io.hooklake.generator.naming.NamingStrategy;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import io.hooklake.model.Project;
import io.hooklake.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bridge layout of every frame, computed parents first.
 *
 * <p>Diamonds: when two references would give a bridge the same column (the same ancestor reached
 * by two paths, or two role-less references to one frame), the column is taken from the path with
 * the fewest hops, ties broken by the referring hook's declared order; the other path's column is
 * dropped and reported (LH204). DuckDB never gets to rename a column to {@code x_1}.
 *
 * <p>A reference that is not cascaded (a self-reference, or one that closes a cycle) gives the bridge
 * one column: the referenced version's own point-in-time hook, in the reference's role, taken from
 * the referenced frame rather than its bridge; it takes part in the diamond rule like any column.
 *
 * <p>A bridge may inherit at most {@link #MAX_INHERITED} point-in-time hooks; a frame whose bridge
 * would inherit more is an error (LH209), and it and the frames referring to it inherit nothing,
 * so that a refused project costs no more than a valid one.
 */
public final class BridgeLayouts {

    /** Two paths give a bridge the same column; one is kept. */
    public static final ErrorCode DIAMOND = ErrorCode.DIAMOND;
    /** A bridge would inherit more point-in-time hooks than {@link #MAX_INHERITED}. */
    public static final ErrorCode TOO_WIDE = ErrorCode.BRIDGE_TOO_WIDE;

    /**
     * Point-in-time hooks a bridge may inherit. A bridge inherits its parents' own and inherited
     * ones, each reference in its role: a chain of references makes bridges grow with its depth
     * (the SQL of all of them with its square), and roles multiply at each level (three levels of
     * 500 roles would be 125 million columns). The AdventureWorks example's widest bridge inherits 32.
     */
    public static final int MAX_INHERITED = 256;

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
        Set<FrameName> refused = new HashSet<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (FrameName name : graph.cascadeOrder()) {
            Frame frame = frames.get(name);
            String own = naming.pitHook(frame);
            List<FrameReference> references = graph.referencesFrom(name);
            int width = references.stream()
                    .mapToInt(r -> r.cascaded() ? 1 + layouts.get(r.to()).inherited().size() : 1).sum();
            boolean belowRefused = references.stream().anyMatch(r -> r.cascaded() && refused.contains(r.to()));
            if (width > MAX_INHERITED || belowRefused) {
                // Refused, and inherits nothing, so that the frames referring to it stay small; only
                // the first frame of a chain that is too wide is reported.
                if (!belowRefused) {
                    diagnostics.add(Diagnostic.error(TOO_WIDE, frame.location(), "bridge of frame '" + name + "' would"
                            + " inherit " + width + " point-in-time hooks through its " + references.size()
                            + (references.size() == 1 ? " reference" : " references") + ", more than the "
                            + MAX_INHERITED + " a bridge may have")
                            .withHint("references cascade too many levels deep or in too many roles: refer to fewer"
                                    + " frames, or in fewer roles, from this frame or the frames it refers to"));
                }
                refused.add(name);
                layouts.put(name, new BridgeLayout(name, own, List.of()));
                continue;
            }
            List<InheritedPit> candidates = new ArrayList<>();
            for (int i = 0; i < references.size(); i++) {
                FrameReference reference = references.get(i);
                String hook = name + "." + reference.hook();
                String parentFrame = reference.to().value();
                if (!reference.cascaded()) {
                    // One step only: the referenced version's own point-in-time hook, from its frame.
                    String parentPit = naming.pitHook(frames.get(reference.to()));
                    candidates.add(InheritedPit.own(naming.inherited(parentPit, reference.role()), i, parentPit, hook,
                            parentFrame));
                    continue;
                }
                BridgeLayout parent = layouts.get(reference.to());
                candidates.add(InheritedPit.own(naming.inherited(parent.ownPit(), reference.role()), i,
                        parent.ownPit(), hook, parentFrame));
                for (InheritedPit up : parent.inherited()) {
                    candidates.add(InheritedPit.through(naming.inherited(up.column(), reference.role()), i, hook,
                            parentFrame, up));
                }
            }
            Map<String, InheritedPit> best = new HashMap<>();
            for (InheritedPit candidate : candidates) {
                best.merge(candidate.column(), candidate, (a, b) -> PREFERENCE.compare(b, a) < 0 ? b : a);
            }
            List<InheritedPit> kept = new ArrayList<>();
            Map<Integer, List<Dropped>> dropped = new TreeMap<>();
            for (InheritedPit candidate : candidates) {
                if (candidate.column().equals(own)) {
                    diagnostics.add(diamond(frame, references.get(candidate.reference()), candidate.column(),
                            name.value(), candidate.path()));
                } else if (best.get(candidate.column()) == candidate) {
                    kept.add(candidate);
                } else {
                    dropped.computeIfAbsent(candidate.reference(), r -> new ArrayList<>())
                            .add(new Dropped(candidate, best.get(candidate.column())));
                }
            }
            dropped.forEach((reference, columns) -> diagnostics.add(diamonds(frame, references.get(reference), columns)));
            layouts.put(name, new BridgeLayout(name, own, kept));
        }
        return new BridgeLayouts(layouts, List.copyOf(diagnostics));
    }

    /** A candidate column left out because another path gives the same column. */
    private record Dropped(InheritedPit lost, InheritedPit kept) {
    }

    /**
     * One warning per frame and reference whose columns were dropped. With one column it names both
     * whole paths; with several (deep cascades with many diamonds) it names the columns grouped by
     * the first step of the path kept, so a warning grows with the bridge's columns, not with the
     * product of columns and depth.
     */
    private static Diagnostic diamonds(Frame frame, FrameReference reference, List<Dropped> columns) {
        if (columns.size() == 1) {
            Dropped only = columns.get(0);
            return diamond(frame, reference, only.lost().column(), only.kept().path(), only.lost().path());
        }
        String through = columns.get(0).lost().firstHop();
        Map<String, List<String>> byKept = new LinkedHashMap<>();
        for (Dropped column : columns) {
            byKept.computeIfAbsent(column.kept().firstHop(), k -> new ArrayList<>()).add("'" + column.lost().column() + "'");
        }
        StringBuilder kept = new StringBuilder();
        byKept.forEach((hop, names) -> kept.append(kept.length() == 0 ? "" : "; ").append("through ").append(hop)
                .append(": ").append(String.join(", ", names)));
        return Diagnostic.warning(DIAMOND, frame.hook(reference.hook()).orElseThrow().location(),
                "bridge of frame '" + frame.name() + "' reaches " + columns.size() + " columns through " + through
                        + " and also through shorter or earlier paths (fewest hops, then declared hook order), so it"
                        + " drops them here and keeps them " + kept);
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
