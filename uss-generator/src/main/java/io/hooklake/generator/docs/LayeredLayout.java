package io.hooklake.generator.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Places the boxes of a directed graph in given columns, left to right, and routes its edges: the
 * geometry of {@link SvgGraphWriter}'s pictures, with nothing of SVG but path data.
 *
 * <p>The method is the layered one (Sugiyama's): an edge that spans several columns gets a
 * waypoint in each column it passes, so it runs through a gap between boxes instead of behind
 * them, and is ordered like a box; the boxes and waypoints of each column are ordered to cross
 * fewer edges (sweeps of the barycentre heuristic left to right and back, the best order kept,
 * then swaps of neighbours while they remove crossings, and sifting: each item moved to the place
 * in its column where it crosses fewest edges); then each column is placed vertically as close
 * as its order allows to the mean height of what it connects to (a least-squares fit under the
 * order, solved exactly by pooling adjacent violators), and the waypoints of each long edge are
 * levelled where the room between their neighbours allows, so that edges run as straight as they
 * can.
 *
 * <p>Edges leave a box on its right side and enter on the left, spread along the side in the
 * order of where they come from, so edges meeting at a box do not cross there. An edge to an
 * earlier column runs backwards through its own waypoints, from the left side of its start to
 * the right side of its end; an edge within a column is an arc on the column's left side, where
 * edges arrive, or on its right side when no edge leaves the column there (so it crosses none);
 * an edge from a box to itself is a loop on its right side.
 *
 * <p>Optionally one box is kept near the top ({@link #PINNED_TOP}): when the fit would put it
 * lower, it is held there and taller columns hang down from the top instead.
 *
 * <p>Everything depends on the input alone: ties keep the earlier order, and no hash order is
 * used, so the same graph always gives the same numbers.
 */
final class LayeredLayout {

    /** Room between columns for the edges. */
    static final double COLUMN_GAP = 36;
    /** Room between a box and the next box or waypoint in its column. */
    static final double ROW_GAP = 8;
    /** Room between two waypoints in a column. */
    static final double WAYPOINT_GAP = 5;
    /** Extra room beside a column whose boxes have arcs (edges within the column). */
    static final double ARC_ROOM = 26;
    /** Room right of the last column for loops. */
    static final double LOOP_WIDTH = 30;
    /** Margin around the picture. */
    static final double PADDING = 10;
    /** A pinned box's top is at most this far below the top of the picture. */
    static final double PINNED_TOP = 150;

    private static final int MAX_SWEEPS = 24;
    private static final int PATIENCE = 4;
    private static final int MAX_TRANSPOSE_PASSES = 20;
    private static final int SIFTING_ROUNDS = 3;
    private static final int PLACEMENT_PASSES = 10;
    private static final double WAYPOINT_WEIGHT = 2;
    private static final double LONELY_WEIGHT = 0.05;
    private static final double PIN_WEIGHT = 1e6;
    private static final double PORT_INSET = 4;

    /** What kind of route an edge takes. */
    enum Route {
        /** To a later column: right side to left side, through waypoints. */
        FORWARD,
        /** To an earlier column: left side to right side, through waypoints. */
        BACKWARD,
        /** Within a column: an arc beside it. */
        ARC,
        /** To itself: a loop on its right side. */
        LOOP
    }

    /** A box's place: its top left corner and size. */
    record Box(double x, double y, double width, double height) {
    }

    private final int boxes;
    private final int[] boxColumn;
    private final double[] boxWidth;
    private final double[] boxHeight;
    private final int[][] edges;
    private final int pinned;

    // Items: boxes first, then waypoints.
    private int items;
    private int columns;
    private int[] column;
    private double[] height;
    private List<int[]> left;
    private List<int[]> right;
    private int[][] chain;
    private Route[] routes;
    private int[][] order;
    private int[] position;
    private double[] centre;
    private double[] columnX;
    private double[] columnWidth;
    private boolean[] arcsRight;
    private double width;
    private double pictureHeight;

    /**
     * A layout to compute.
     *
     * @param columnOf each box's column, {@code 0} to {@code n - 1}, every column holding a box
     * @param widths each box's width
     * @param heights each box's height
     * @param edges each edge as {@code {from, to}} box indices
     * @param pinned the box to keep near the top, or {@code -1}
     */
    LayeredLayout(int[] columnOf, double[] widths, double[] heights, int[][] edges, int pinned) {
        this.boxes = columnOf.length;
        this.boxColumn = columnOf.clone();
        this.boxWidth = widths.clone();
        this.boxHeight = heights.clone();
        this.edges = edges.clone();
        this.pinned = pinned;
        layout();
    }

    /** Where a box is. */
    Box box(int box) {
        return new Box(columnX[boxColumn[box]], centre[box] - boxHeight[box] / 2, boxWidth[box], boxHeight[box]);
    }

    /** The picture's width, margins included. */
    double width() {
        return width;
    }

    /** The picture's height, margins included. */
    double height() {
        return pictureHeight;
    }

    private void layout() {
        columns = Arrays.stream(boxColumn).max().orElse(-1) + 1;
        buildItems();
        orderColumns();
        placeColumns();
        place(-1);
        double pinnedTop = pinned < 0 ? 0 : centre[pinned] - boxHeight[pinned] / 2 - top();
        if (pinned >= 0 && pinnedTop > PINNED_TOP) {
            place(pinned);
        }
        straighten();
        double shift = PADDING - top();
        double bottom = 0;
        for (int i = 0; i < items; i++) {
            centre[i] += shift;
            bottom = Math.max(bottom, centre[i] + height[i] / 2);
        }
        pictureHeight = bottom + PADDING;
        if (Arrays.stream(routes).anyMatch(r -> r == Route.BACKWARD || r == Route.ARC)) {
            pictureHeight += 2; // room for the arrow heads of backward edges and arcs at the bottom box
        }
    }

    /** Boxes, then a waypoint per column an edge passes; each item's neighbours in the columns left and right. */
    private void buildItems() {
        List<Integer> itemColumn = new ArrayList<>();
        for (int b = 0; b < boxes; b++) {
            itemColumn.add(boxColumn[b]);
        }
        List<List<Integer>> leftOf = new ArrayList<>();
        List<List<Integer>> rightOf = new ArrayList<>();
        for (int b = 0; b < boxes; b++) {
            leftOf.add(new ArrayList<>());
            rightOf.add(new ArrayList<>());
        }
        routes = new Route[edges.length];
        chain = new int[edges.length][];
        for (int e = 0; e < edges.length; e++) {
            int from = edges[e][0];
            int to = edges[e][1];
            int span = boxColumn[to] - boxColumn[from];
            routes[e] = from == to ? Route.LOOP : span > 0 ? Route.FORWARD : span < 0 ? Route.BACKWARD : Route.ARC;
            if (routes[e] == Route.LOOP || routes[e] == Route.ARC) {
                chain[e] = new int[] {from, to};
                continue;
            }
            int start = span > 0 ? from : to;
            int end = span > 0 ? to : from;
            int steps = Math.abs(span);
            int[] links = new int[steps + 1];
            links[0] = start;
            for (int s = 1; s < steps; s++) {
                int waypoint = itemColumn.size();
                itemColumn.add(boxColumn[start] + s);
                leftOf.add(new ArrayList<>());
                rightOf.add(new ArrayList<>());
                links[s] = waypoint;
            }
            links[steps] = end;
            for (int s = 0; s < steps; s++) {
                rightOf.get(links[s]).add(links[s + 1]);
                leftOf.get(links[s + 1]).add(links[s]);
            }
            chain[e] = links; // left to right
        }
        items = itemColumn.size();
        column = new int[items];
        height = new double[items];
        left = new ArrayList<>(items);
        right = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            column[i] = itemColumn.get(i);
            height[i] = i < boxes ? boxHeight[i] : 0;
            left.add(leftOf.get(i).stream().mapToInt(Integer::intValue).toArray());
            right.add(rightOf.get(i).stream().mapToInt(Integer::intValue).toArray());
        }
    }

    // ---- ordering ---------------------------------------------------------------------------

    private void orderColumns() {
        List<List<Integer>> initial = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            initial.add(new ArrayList<>());
        }
        for (int i = 0; i < items; i++) {
            initial.get(column[i]).add(i);
        }
        order = new int[columns][];
        for (int c = 0; c < columns; c++) {
            order[c] = initial.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        position = new int[items];
        renumber();
        int[][] start = copy(order);
        int[][] best = null;
        int bestCrossings = Integer.MAX_VALUE;
        for (boolean rightwardsFirst : new boolean[] {true, false}) {
            order = copy(start);
            renumber();
            int[][] found = sweeps(rightwardsFirst);
            order = found;
            renumber();
            transpose();
            for (int round = 0; round < SIFTING_ROUNDS; round++) {
                sift();
                transpose();
            }
            int crossings = totalCrossings();
            if (crossings < bestCrossings) {
                bestCrossings = crossings;
                best = copy(order);
            }
        }
        order = best;
        renumber();
    }

    /** Barycentre sweeps, alternating direction; returns the order with the fewest crossings seen. */
    private int[][] sweeps(boolean rightwardsFirst) {
        int[][] best = copy(order);
        int bestCrossings = totalCrossings();
        int stale = 0;
        for (int sweep = 0; sweep < MAX_SWEEPS && stale < PATIENCE && bestCrossings > 0; sweep++) {
            boolean rightwards = (sweep % 2 == 0) == rightwardsFirst;
            for (int k = 1; k < columns; k++) {
                int c = rightwards ? k : columns - 1 - k;
                reorderByBarycentre(c, rightwards ? left : right);
            }
            int crossings = totalCrossings();
            if (crossings < bestCrossings) {
                bestCrossings = crossings;
                best = copy(order);
                stale = 0;
            } else {
                stale++;
            }
        }
        return best;
    }

    /**
     * Sorts a column by the mean position of each item's neighbours on one side; items without
     * neighbours there keep their places and the others fill the remaining places in order.
     */
    private void reorderByBarycentre(int c, List<int[]> side) {
        int[] current = order[c];
        List<Integer> movable = new ArrayList<>();
        double[] key = new double[items];
        for (int i : current) {
            int[] neighbours = side.get(i);
            if (neighbours.length > 0) {
                double sum = 0;
                for (int n : neighbours) {
                    sum += position[n];
                }
                key[i] = sum / neighbours.length;
                movable.add(i);
            }
        }
        movable.sort(Comparator.comparingDouble((Integer i) -> key[i]).thenComparingInt(i -> position[i]));
        int next = 0;
        int[] sorted = new int[current.length];
        for (int p = 0; p < current.length; p++) {
            int i = current[p];
            sorted[p] = side.get(i).length > 0 ? movable.get(next++) : i;
        }
        order[c] = sorted;
        for (int p = 0; p < sorted.length; p++) {
            position[sorted[p]] = p;
        }
    }

    /** Swaps neighbouring items of a column while that removes crossings. */
    private void transpose() {
        boolean improved = true;
        for (int pass = 0; pass < MAX_TRANSPOSE_PASSES && improved; pass++) {
            improved = false;
            for (int c = 0; c < columns; c++) {
                int[] column = order[c];
                for (int p = 0; p + 1 < column.length; p++) {
                    int a = column[p];
                    int b = column[p + 1];
                    if (pairCrossings(b, a) < pairCrossings(a, b)) {
                        column[p] = b;
                        column[p + 1] = a;
                        position[a] = p + 1;
                        position[b] = p;
                        improved = true;
                    }
                }
            }
        }
    }

    /**
     * Sifting: takes each item of each column in turn out of its column and puts it back where
     * it crosses fewest edges (its current place when no other is better).
     */
    private void sift() {
        for (int c = 0; c < columns; c++) {
            for (int item : order[c].clone()) {
                int[] column = order[c];
                int[] others = new int[column.length - 1];
                int k = 0;
                for (int i : column) {
                    if (i != item) {
                        others[k++] = i;
                    }
                }
                // delta: the change in crossings when the item sits at place p rather than at the top.
                int current = position[item];
                int best = current;
                int delta = 0;
                int currentDelta = 0;
                int bestDelta = Integer.MAX_VALUE;
                for (int p = 0; p <= others.length; p++) {
                    if (p > 0) {
                        delta += pairCrossings(others[p - 1], item) - pairCrossings(item, others[p - 1]);
                    }
                    if (p == current) {
                        currentDelta = delta;
                    }
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        best = p;
                    }
                }
                if (bestDelta < currentDelta) {
                    int[] placed = new int[column.length];
                    k = 0;
                    for (int p = 0; p < placed.length; p++) {
                        placed[p] = p == best ? item : others[k++];
                        position[placed[p]] = p;
                    }
                    order[c] = placed;
                }
            }
        }
    }

    /** Crossings between the edges of {@code a} and of {@code b} when {@code a} is above {@code b}. */
    private int pairCrossings(int a, int b) {
        return sideCrossings(left.get(a), left.get(b)) + sideCrossings(right.get(a), right.get(b));
    }

    private int sideCrossings(int[] above, int[] below) {
        int count = 0;
        for (int x : above) {
            for (int y : below) {
                if (position[x] > position[y]) {
                    count++;
                }
            }
        }
        return count;
    }

    private int totalCrossings() {
        int total = 0;
        for (int c = 0; c + 1 < columns; c++) {
            total += crossingsBetween(c);
        }
        return total;
    }

    /** Crossings between column {@code c} and the next: inversions of the edges' lower ends, counted with a Fenwick tree. */
    private int crossingsBetween(int c) {
        List<int[]> pairs = new ArrayList<>();
        for (int i : order[c]) {
            for (int j : right.get(i)) {
                pairs.add(new int[] {position[i], position[j]});
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        int size = order[c + 1].length;
        int[] tree = new int[size + 1];
        int seen = 0;
        int crossings = 0;
        for (int[] pair : pairs) {
            int lowerOrEqual = 0;
            for (int k = pair[1] + 1; k > 0; k -= k & -k) {
                lowerOrEqual += tree[k];
            }
            crossings += seen - lowerOrEqual;
            for (int k = pair[1] + 1; k <= size; k += k & -k) {
                tree[k]++;
            }
            seen++;
        }
        return crossings;
    }

    private void renumber() {
        for (int[] column : order) {
            for (int p = 0; p < column.length; p++) {
                position[column[p]] = p;
            }
        }
    }

    private static int[][] copy(int[][] order) {
        int[][] copy = new int[order.length][];
        for (int c = 0; c < order.length; c++) {
            copy[c] = order[c].clone();
        }
        return copy;
    }

    // ---- horizontal placement -----------------------------------------------------------------

    private void placeColumns() {
        columnWidth = new double[columns];
        for (int b = 0; b < boxes; b++) {
            columnWidth[boxColumn[b]] = Math.max(columnWidth[boxColumn[b]], boxWidth[b]);
        }
        boolean[] arcs = new boolean[columns];
        int[] enteringLeft = new int[columns];
        int[] leavingRight = new int[columns];
        boolean loopAtEnd = false;
        for (int e = 0; e < edges.length; e++) {
            int from = boxColumn[edges[e][0]];
            int to = boxColumn[edges[e][1]];
            if (routes[e] == Route.ARC) {
                arcs[from] = true;
            } else if (routes[e] == Route.LOOP && from == columns - 1) {
                loopAtEnd = true;
            } else if (routes[e] != Route.LOOP) {
                leavingRight[Math.min(from, to)]++;
                enteringLeft[Math.max(from, to)]++;
            }
        }
        arcsRight = new boolean[columns];
        columnX = new double[columns];
        double x = PADDING;
        for (int c = 0; c < columns; c++) {
            arcsRight[c] = arcs[c] && leavingRight[c] == 0 && enteringLeft[c] > 0;
            x += arcs[c] && !arcsRight[c] ? ARC_ROOM : 0;
            columnX[c] = x;
            x += columnWidth[c] + COLUMN_GAP + (arcsRight[c] ? ARC_ROOM : 0);
        }
        width = Math.max(2 * PADDING, x - COLUMN_GAP + PADDING + (loopAtEnd ? LOOP_WIDTH : 0));
    }

    /**
     * The width a picture of these columns takes, for callers choosing box widths before the
     * layout: each column as wide as its widest box, the gaps, and room for arcs and loops.
     */
    static double width(double[] columnWidths, boolean[] arcs, boolean loopAtEnd) {
        double x = PADDING;
        for (int c = 0; c < columnWidths.length; c++) {
            x += (arcs[c] ? ARC_ROOM : 0) + columnWidths[c] + COLUMN_GAP;
        }
        return Math.max(2 * PADDING, x - COLUMN_GAP + PADDING + (loopAtEnd ? LOOP_WIDTH : 0));
    }

    // ---- vertical placement -------------------------------------------------------------------

    /** Places every column, holding {@code pin} (when not {@code -1}) with its top at {@link #PINNED_TOP}. */
    private void place(int pin) {
        centre = new double[items];
        double tallest = 0;
        for (int[] column : order) {
            tallest = Math.max(tallest, stackHeight(column));
        }
        for (int[] column : order) {
            double y = (tallest - stackHeight(column)) / 2;
            for (int p = 0; p < column.length; p++) {
                if (p > 0) {
                    y += gap(column[p - 1], column[p]);
                }
                centre[column[p]] = y + height[column[p]] / 2;
                y += height[column[p]];
            }
        }
        double pinCentre = pin < 0 ? 0 : PINNED_TOP + height[pin] / 2;
        for (int pass = 0; pass < PLACEMENT_PASSES; pass++) {
            boolean last = pass >= PLACEMENT_PASSES - 2;
            boolean rightwards = pass % 2 == 0;
            for (int k = 0; k < columns; k++) {
                int c = rightwards ? k : columns - 1 - k;
                fit(order[c], last || rightwards, last || !rightwards, pin, pinCentre);
            }
        }
    }

    /**
     * Moves the items of one column as close as their order and spacing allow to the mean centre
     * of their neighbours (on the sides asked for), in the least-squares sense, keeping every top
     * at or below 0.
     */
    private void fit(int[] column, boolean useLeft, boolean useRight, int pin, double pinCentre) {
        int n = column.length;
        double[] offset = new double[n];
        for (int p = 1; p < n; p++) {
            offset[p] = offset[p - 1] + height[column[p - 1]] / 2 + gap(column[p - 1], column[p]) + height[column[p]] / 2;
        }
        double[] target = new double[n];
        double[] weight = new double[n];
        for (int p = 0; p < n; p++) {
            int i = column[p];
            double sum = 0;
            int count = 0;
            if (useLeft) {
                for (int j : left.get(i)) {
                    sum += centre[j];
                    count++;
                }
            }
            if (useRight) {
                for (int j : right.get(i)) {
                    sum += centre[j];
                    count++;
                }
            }
            double desired;
            if (i == pin) {
                desired = pinCentre;
                weight[p] = PIN_WEIGHT;
            } else if (count > 0) {
                desired = sum / count;
                weight[p] = i >= boxes ? WAYPOINT_WEIGHT * count : count;
            } else {
                desired = centre[i];
                weight[p] = LONELY_WEIGHT;
            }
            target[p] = desired - offset[p];
        }
        double[] fitted = isotonic(target, weight);
        double lowest = height[column[0]] / 2;
        for (int p = 0; p < n; p++) {
            centre[column[p]] = Math.max(fitted[p], lowest) + offset[p];
        }
    }

    /**
     * Levels the waypoints of each long edge where the room in their columns allows: each run of
     * consecutive waypoints that can all sit at one height without nearing the items above and
     * below them moves to the height nearest their mean. Longer edges first, then in edge order.
     */
    private void straighten() {
        Integer[] byLength = new Integer[edges.length];
        for (int e = 0; e < edges.length; e++) {
            byLength[e] = e;
        }
        Arrays.sort(byLength, Comparator.comparingInt((Integer e) -> -chain[e].length).thenComparingInt(e -> e));
        for (int e : byLength) {
            int[] links = chain[e];
            int start = 1;
            double low = -Double.MAX_VALUE;
            double high = Double.MAX_VALUE;
            double sum = 0;
            for (int s = 1; s < links.length - 1; s++) {
                double[] room = room(links[s]);
                if (Math.max(low, room[0]) > Math.min(high, room[1])) {
                    level(links, start, s, low, high, sum);
                    start = s;
                    low = -Double.MAX_VALUE;
                    high = Double.MAX_VALUE;
                    sum = 0;
                }
                low = Math.max(low, room[0]);
                high = Math.min(high, room[1]);
                sum += centre[links[s]];
            }
            level(links, start, links.length - 1, low, high, sum);
        }
    }

    /** The heights an item's centre may take without nearing its neighbours in its column. */
    private double[] room(int item) {
        int[] stack = order[column[item]];
        int p = position[item];
        double low = -Double.MAX_VALUE;
        double high = Double.MAX_VALUE;
        if (p > 0) {
            int above = stack[p - 1];
            low = centre[above] + height[above] / 2 + gap(above, item) + height[item] / 2;
        }
        if (p + 1 < stack.length) {
            int below = stack[p + 1];
            high = centre[below] - height[below] / 2 - gap(item, below) - height[item] / 2;
        }
        return new double[] {low, high};
    }

    /** Puts the waypoints {@code links[from]} to {@code links[to - 1]} at the height within the room nearest their mean. */
    private void level(int[] links, int from, int to, double low, double high, double sum) {
        if (to - from < 2) {
            return;
        }
        double level = Math.max(low, Math.min(high, sum / (to - from)));
        for (int s = from; s < to; s++) {
            centre[links[s]] = level;
        }
    }

    /** The non-decreasing sequence closest to {@code target} in weighted least squares (pool adjacent violators). */
    private static double[] isotonic(double[] target, double[] weight) {
        int n = target.length;
        double[] mean = new double[n];
        double[] mass = new double[n];
        int[] size = new int[n];
        int blocks = 0;
        for (int p = 0; p < n; p++) {
            mean[blocks] = target[p];
            mass[blocks] = weight[p];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
                double total = mass[blocks - 2] + mass[blocks - 1];
                mean[blocks - 2] = (mean[blocks - 2] * mass[blocks - 2] + mean[blocks - 1] * mass[blocks - 1]) / total;
                mass[blocks - 2] = total;
                size[blocks - 2] += size[blocks - 1];
                blocks--;
            }
        }
        double[] fitted = new double[n];
        int p = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < size[b]; k++) {
                fitted[p++] = mean[b];
            }
        }
        return fitted;
    }

    private double stackHeight(int[] column) {
        double total = 0;
        for (int p = 0; p < column.length; p++) {
            total += height[column[p]] + (p > 0 ? gap(column[p - 1], column[p]) : 0);
        }
        return total;
    }

    private double gap(int above, int below) {
        return above >= boxes && below >= boxes ? WAYPOINT_GAP : ROW_GAP;
    }

    private double top() {
        double top = Double.MAX_VALUE;
        for (int i = 0; i < items; i++) {
            top = Math.min(top, centre[i] - height[i] / 2);
        }
        return items == 0 ? 0 : top;
    }

    // ---- edges ----------------------------------------------------------------------------

    /**
     * Every edge's path data, in edge order: the ports on each box's sides spread in the order of
     * where their edges go, so that edges meeting at a box do not cross there.
     */
    String[] paths() {
        double[][] ports = ports();
        String[] paths = new String[edges.length];
        for (int e = 0; e < edges.length; e++) {
            paths[e] = path(e, ports[e]);
        }
        return paths;
    }

    /** For each edge the heights where it leaves its start and enters its end. */
    private double[][] ports() {
        double[][] ports = new double[edges.length][2];
        // Per box and side (0 left, 1 right): the (edge, end, height of the other end) attached there.
        List<List<double[]>> attached = new ArrayList<>();
        for (int k = 0; k < 2 * boxes; k++) {
            attached.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.length; e++) {
            int from = edges[e][0];
            int to = edges[e][1];
            switch (routes[e]) {
                case LOOP -> {
                    Box b = box(from);
                    ports[e][0] = b.y() + PORT_INSET;
                    ports[e][1] = b.y() + b.height() - PORT_INSET;
                }
                case ARC -> {
                    int side = arcsRight[boxColumn[from]] ? 1 : 0;
                    attached.get(2 * from + side).add(new double[] {e, 0, centre[to]});
                    attached.get(2 * to + side).add(new double[] {e, 1, centre[from]});
                }
                case FORWARD -> {
                    int[] links = chain[e];
                    attached.get(2 * from + 1).add(new double[] {e, 0, centre[links[1]]});
                    attached.get(2 * to).add(new double[] {e, 1, centre[links[links.length - 2]]});
                }
                case BACKWARD -> {
                    int[] links = chain[e]; // left to right: to ... from
                    attached.get(2 * from).add(new double[] {e, 0, centre[links[links.length - 2]]});
                    attached.get(2 * to + 1).add(new double[] {e, 1, centre[links[1]]});
                }
            }
        }
        for (int k = 0; k < 2 * boxes; k++) {
            List<double[]> side = attached.get(k);
            side.sort(Comparator.<double[]>comparingDouble(a -> a[2]).thenComparingDouble(a -> a[0]).thenComparingDouble(a -> a[1]));
            Box b = box(k / 2);
            double span = b.height() - 2 * PORT_INSET;
            for (int s = 0; s < side.size(); s++) {
                double[] a = side.get(s);
                ports[(int) a[0]][(int) a[1]] = b.y() + PORT_INSET + span * (s + 1) / (side.size() + 1);
            }
        }
        return ports;
    }

    private String path(int e, double[] port) {
        int from = edges[e][0];
        int to = edges[e][1];
        Box start = box(from);
        Box end = box(to);
        return switch (routes[e]) {
            case LOOP -> {
                double x = start.x() + start.width();
                double reach = x + LOOP_WIDTH - 4;
                yield "M" + num(x) + "," + num(port[0]) + "C" + num(reach) + "," + num(port[0] - 6) + " " + num(reach) + ","
                        + num(port[1] + 6) + " " + num(x) + "," + num(port[1]);
            }
            case ARC -> {
                boolean onRight = arcsRight[boxColumn[from]];
                double x1 = onRight ? start.x() + start.width() : start.x();
                double x2 = onRight ? end.x() + end.width() : end.x();
                double edge = onRight ? columnX[boxColumn[from]] + columnWidth[boxColumn[from]] : x1;
                double bulge = Math.min(ARC_ROOM - 4, 10 + Math.abs(port[1] - port[0]) / 10);
                double reach = onRight ? edge + bulge : edge - bulge;
                String d = "M" + num(x1) + "," + num(port[0]);
                if (onRight && x1 < edge) {
                    d += "L" + num(edge) + "," + num(port[0]);
                }
                d += "C" + num(reach) + "," + num(port[0]) + " " + num(reach) + "," + num(port[1]) + " " + num(edge) + ","
                        + num(port[1]);
                if (onRight && x2 < edge) {
                    d += "L" + num(x2) + "," + num(port[1]);
                }
                yield d;
            }
            case FORWARD -> {
                List<double[]> points = new ArrayList<>();
                points.add(new double[] {start.x() + start.width(), port[0]});
                points.add(new double[] {columnX[boxColumn[from]] + columnWidth[boxColumn[from]], port[0]});
                int[] links = chain[e];
                for (int s = 1; s < links.length - 1; s++) {
                    int c = column[links[s]];
                    points.add(new double[] {columnX[c], centre[links[s]]});
                    points.add(new double[] {columnX[c] + columnWidth[c], centre[links[s]]});
                }
                points.add(new double[] {end.x(), port[1]});
                yield smooth(points);
            }
            case BACKWARD -> {
                List<double[]> points = new ArrayList<>();
                points.add(new double[] {start.x(), port[0]});
                int[] links = chain[e];
                for (int s = links.length - 2; s >= 1; s--) {
                    int c = column[links[s]];
                    points.add(new double[] {columnX[c] + columnWidth[c], centre[links[s]]});
                    points.add(new double[] {columnX[c], centre[links[s]]});
                }
                points.add(new double[] {columnX[boxColumn[to]] + columnWidth[boxColumn[to]], port[1]});
                points.add(new double[] {end.x() + end.width(), port[1]});
                yield smooth(points);
            }
        };
    }

    /** Straight where a step keeps its height, else a curve leaving and arriving level. */
    private static String smooth(List<double[]> points) {
        StringBuilder d = new StringBuilder();
        double[] first = points.get(0);
        d.append('M').append(num(first[0])).append(',').append(num(first[1]));
        for (int p = 1; p < points.size(); p++) {
            double[] a = points.get(p - 1);
            double[] b = points.get(p);
            if (Math.abs(a[0] - b[0]) < 0.05 && Math.abs(a[1] - b[1]) < 0.05) {
                continue;
            }
            if (Math.abs(a[1] - b[1]) < 0.05) {
                d.append('L').append(num(b[0])).append(',').append(num(b[1]));
            } else {
                double half = (b[0] - a[0]) / 2;
                d.append('C').append(num(a[0] + half)).append(',').append(num(a[1])).append(' ')
                        .append(num(b[0] - half)).append(',').append(num(b[1])).append(' ')
                        .append(num(b[0])).append(',').append(num(b[1]));
            }
        }
        return d.toString();
    }

    /** A coordinate with at most one decimal, always with a dot. */
    static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
