package io.hooklake.generator.graph;

import io.hooklake.generator.FrameReference;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.Frame;
import io.hooklake.model.FrameName;
import io.hooklake.model.Hook;
import io.hooklake.model.HookDefinition;
import io.hooklake.model.Project;
import io.hooklake.model.diagnostic.Diagnostic;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The references between frames: frame A refers to frame B through each non-primary hook of A
 * whose {@link KeysetSignature} equals that of B's primary hook. Each reference is its own edge,
 * so a frame that refers to another in two roles has two edges.
 *
 * <p>References that would make the cascade of bridges circular are found by a depth-first
 * search over frames in name order, following hooks in declared order: self-references and the
 * back edges of that search are not cascaded ({@link FrameReference#cascaded()} is false: the bridge
 * joins the referenced frame for its point-in-time hook, one step, not its bridge) and are reported
 * as warnings.
 */
public final class FrameGraph {

    /** A hook's signature matches the primary hooks of several frames; the first by name is taken. */
    public static final ErrorCode AMBIGUOUS_REFERENCE = ErrorCode.AMBIGUOUS_REFERENCE;
    /** A frame refers to itself; the reference is not cascaded. */
    public static final ErrorCode SELF_REFERENCE = ErrorCode.SELF_REFERENCE;
    /** A reference closes a cycle of references; it is not cascaded. */
    public static final ErrorCode CYCLE_REFERENCE = ErrorCode.CYCLE_REFERENCE;

    private final List<Frame> frames;
    private final Map<FrameName, List<FrameReference>> referencesFrom;
    private final List<FrameName> cascadeOrder;
    private final List<Diagnostic> diagnostics;

    private FrameGraph(List<Frame> frames, Map<FrameName, List<FrameReference>> referencesFrom,
            List<FrameName> cascadeOrder, List<Diagnostic> diagnostics) {
        this.frames = frames;
        this.referencesFrom = referencesFrom;
        this.cascadeOrder = cascadeOrder;
        this.diagnostics = diagnostics;
    }

    /** The graph of a validated project's frames. */
    public static FrameGraph of(Project project) {
        List<Frame> frames = project.frames().stream().sorted(Comparator.comparing(Frame::name)).toList();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<KeysetSignature, List<Frame>> byPrimary = new HashMap<>();
        for (Frame frame : frames) {
            frame.primaryHook().ifPresent(primary ->
                    byPrimary.computeIfAbsent(KeysetSignature.of(frame, primary), k -> new ArrayList<>()).add(frame));
        }
        Map<FrameName, List<Candidate>> candidates = new LinkedHashMap<>();
        for (Frame frame : frames) {
            List<Candidate> list = new ArrayList<>();
            for (HookDefinition hook : frame.allHooks()) {
                if (hook.primary()) {
                    continue;
                }
                List<Frame> targets = byPrimary.getOrDefault(KeysetSignature.of(frame, hook), List.of());
                if (targets.isEmpty()) {
                    continue;
                }
                Frame target = targets.get(0);
                if (targets.size() > 1) {
                    diagnostics.add(Diagnostic.warning(AMBIGUOUS_REFERENCE, hook.location(), "hook '" + hook.name()
                            + "' of frame '" + frame.name() + "' matches the primary hooks of frames "
                            + targets.stream().map(f -> "'" + f.name() + "'").toList()
                            + "; it refers to '" + target.name() + "', the first by name"));
                }
                list.add(new Candidate(frame, hook, target));
            }
            candidates.put(frame.name(), list);
        }
        Search search = new Search(candidates, diagnostics);
        frames.forEach(f -> search.visit(f.name()));
        Map<FrameName, List<FrameReference>> referencesFrom = new LinkedHashMap<>();
        for (Frame frame : frames) {
            referencesFrom.put(frame.name(), candidates.get(frame.name()).stream()
                    .map(c -> new FrameReference(c.from.name(), c.hook.name(), role(c.hook), c.to.name(),
                            !search.notCascaded.contains(c)))
                    .toList());
        }
        return new FrameGraph(frames, referencesFrom, List.copyOf(search.finished), List.copyOf(diagnostics));
    }

    private static Optional<String> role(HookDefinition hook) {
        return hook instanceof Hook plain ? plain.role() : Optional.empty();
    }

    /** The frames, in name order. */
    public List<FrameName> frames() {
        return frames.stream().map(Frame::name).toList();
    }

    /** Every reference: by referring frame in name order, then by hook in declared order. */
    public List<FrameReference> references() {
        return referencesFrom.values().stream().flatMap(List::stream).toList();
    }

    /** The references of one frame, by hook in declared order. */
    public List<FrameReference> referencesFrom(FrameName frame) {
        return referencesFrom.getOrDefault(frame, List.of());
    }

    /** The references of one frame whose bridges its bridge inherits from. */
    public List<FrameReference> cascadedFrom(FrameName frame) {
        return referencesFrom(frame).stream().filter(FrameReference::cascaded).toList();
    }

    /** Every frame, each after all frames it refers to through cascaded references. */
    public List<FrameName> cascadeOrder() {
        return cascadeOrder;
    }

    /** Ambiguous references, self-references and references that close a cycle, as warnings. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The graph as JGraphT sees it: frames as vertices, each reference an edge (loops allowed). */
    public Graph<FrameName, FrameReference> asGraph() {
        Graph<FrameName, FrameReference> graph = new DirectedPseudograph<>(FrameReference.class);
        frames().forEach(graph::addVertex);
        references().forEach(r -> graph.addEdge(r.from(), r.to(), r));
        return graph;
    }

    private record Candidate(Frame from, HookDefinition hook, Frame to) {
    }

    /**
     * Depth-first search that records back edges and the finishing order. It keeps its own stack,
     * so a chain of thousands of references cannot overflow the thread's.
     */
    private static final class Search {
        private final Map<FrameName, List<Candidate>> candidates;
        private final List<Diagnostic> diagnostics;
        private final Map<FrameName, Boolean> onStack = new HashMap<>();
        private final List<FrameName> finished = new ArrayList<>();
        private final Set<Candidate> notCascaded = Collections.newSetFromMap(new IdentityHashMap<>());

        Search(Map<FrameName, List<Candidate>> candidates, List<Diagnostic> diagnostics) {
            this.candidates = candidates;
            this.diagnostics = diagnostics;
        }

        /** A frame being visited and the index of its next candidate. */
        private static final class Visit {
            private final FrameName frame;
            private int next;

            Visit(FrameName frame) {
                this.frame = frame;
            }
        }

        void visit(FrameName start) {
            if (onStack.containsKey(start)) {
                return;
            }
            Deque<Visit> stack = new ArrayDeque<>();
            onStack.put(start, true);
            stack.push(new Visit(start));
            while (!stack.isEmpty()) {
                Visit visit = stack.peek();
                List<Candidate> list = candidates.get(visit.frame);
                if (visit.next == list.size()) {
                    stack.pop();
                    onStack.put(visit.frame, false);
                    finished.add(visit.frame);
                    continue;
                }
                Candidate candidate = list.get(visit.next++);
                FrameName frame = visit.frame;
                FrameName to = candidate.to.name();
                if (to.equals(frame)) {
                    notCascaded.add(candidate);
                    diagnostics.add(Diagnostic.warning(SELF_REFERENCE, candidate.hook.location(), "hook '"
                            + candidate.hook.name() + "' of frame '" + frame + "' refers to its own frame;"
                            + " it is not cascaded: the bridge carries the referenced version's point-in-time hook only"));
                } else if (Boolean.TRUE.equals(onStack.get(to))) {
                    notCascaded.add(candidate);
                    diagnostics.add(Diagnostic.warning(CYCLE_REFERENCE, candidate.hook.location(), "hook '"
                            + candidate.hook.name() + "' of frame '" + frame + "' refers to frame '" + to
                            + "', which closes a cycle of references; it is not cascaded: the bridge carries the referenced"
                            + " version's point-in-time hook only"));
                } else if (!onStack.containsKey(to)) {
                    onStack.put(to, true);
                    stack.push(new Visit(to));
                }
            }
        }
    }
}
