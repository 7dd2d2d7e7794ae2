package io.hooklake.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hooklake.runtime.plan.Planner;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run will do: every model of the project and every model the lakehouse holds that the
 * project no longer has, with its category and action. Models are in run order: removed ones
 * first (by name), then the project's in topological order.
 *
 * @param highWaterMark the latest load time landed (the watermark a run would process up to);
 *     empty when nothing has been landed
 * @param models one line per model
 */
public record Plan(Optional<LocalDateTime> highWaterMark, List<PlannedModel> models) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Plan {
        models = List.copyOf(models);
    }

    /** The models a run does something to. */
    public List<PlannedModel> work() {
        return models.stream().filter(m -> m.action() != Action.NOTHING).toList();
    }

    /** Whether a run would do nothing. */
    public boolean isNoOp() {
        return work().isEmpty();
    }

    /** How many models fall in each category (every category listed, in declared order). */
    public Map<Category, Long> countByCategory() {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, models.stream().filter(m -> m.category() == category).count());
        }
        return counts;
    }

    /** How many models get each action (every action listed, in declared order). */
    public Map<Action, Long> countByAction() {
        Map<Action, Long> counts = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            counts.put(action, models.stream().filter(m -> m.action() == action).count());
        }
        return counts;
    }

    /**
     * A readable table of the models a run does something to, then a count per category and
     * action; {@code nothing to do} when the run would be a no-op.
     */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append("high-water mark: ").append(highWaterMark.map(Object::toString).orElse("nothing landed")).append('\n');
        List<PlannedModel> work = work();
        if (work.isEmpty()) {
            out.append("nothing to do: ").append(models.size()).append(" models up to date\n");
            return out.toString();
        }
        String[] header = {"model", "kind", "category", "action", "reason"};
        int[] width = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            width[i] = header[i].length();
        }
        for (PlannedModel m : work) {
            String[] row = row(m);
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        line(out, header, width);
        String[] rule = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            rule[i] = "-".repeat(width[i]);
        }
        line(out, rule, width);
        work.forEach(m -> line(out, row(m), width));
        out.append('\n');
        countByCategory().forEach((c, n) -> {
            if (n > 0) {
                out.append(label(c.name())).append(": ").append(n).append('\n');
            }
        });
        out.append(String.join(", ", countByAction().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().label()).toList())).append('\n');
        List<String> idle = idle();
        if (!idle.isEmpty()) {
            out.append("nothing to do (no new loads of their landed tables): ").append(String.join(", ", idle))
                    .append('\n');
        }
        return out.toString();
    }

    /** The table models with nothing to do while others have work: their landed tables got no new loads. */
    public List<String> idle() {
        return models.stream().filter(m -> m.action() == Action.NOTHING && m.reason().equals(Planner.NO_NEW_LOADS))
                .map(m -> m.name().qualified()).toList();
    }

    private static String[] row(PlannedModel m) {
        return new String[] {m.name().qualified(), m.kind().name(), label(m.category().name()), m.action().label(), m.reason()};
    }

    private static String label(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i == cells.length - 1 ? cells[i] : String.format("%-" + width[i] + "s  ", cells[i]));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** The plan as JSON: {@code highWaterMark} and every model with its category, action and reason. */
    public String toJson() {
        return toJson(Map.of());
    }

    /** As {@link #toJson()}, with {@code extra} text fields after the others (a saved plan's basis). */
    String toJson(Map<String, String> extra) {
        ObjectNode root = JSON.createObjectNode();
        root.put("highWaterMark", highWaterMark.map(Object::toString).orElse(null));
        ObjectNode counts = root.putObject("actions");
        countByAction().forEach((a, n) -> counts.put(a.name(), n));
        ArrayNode list = root.putArray("models");
        for (PlannedModel m : models) {
            ObjectNode node = list.addObject();
            node.put("model", m.name().qualified());
            node.put("kind", m.kind().name());
            node.put("materialization", m.materialization().name());
            node.put("category", m.category().name());
            node.put("action", m.action().name());
            node.put("reason", m.reason());
        }
        extra.forEach(root::put);
        try {
            return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }
}
