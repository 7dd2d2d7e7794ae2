package io.hooklake.generator.graph;

/**
 * A point-in-time hook column that a bridge inherits from the bridge of a frame it refers to.
 *
 * <p>The route to the frame that owns the column is kept as a link to the parent's own
 * {@code InheritedPit} ({@code from}) rather than as text, so a layout costs the same per column
 * whatever the depth of the cascade; {@link #path()} spells the route out when a message needs it.
 *
 * @param column its name in the inheriting bridge (the parent's column, plus {@code __<role>})
 * @param reference which of the frame's references it comes through (index into
 *     {@link FrameGraph#referencesFrom}); through a reference that is not cascaded only the
 *     referenced frame's own point-in-time hook comes
 * @param parentColumn its name in the parent's bridge
 * @param hops how many references away the frame that owns it is (1 for the parent's own)
 * @param hook the reference it comes through, as {@code <frame>.<hook>}
 * @param parentFrame the frame that reference leads to
 * @param from the parent's inherited column it continues, or {@code null} when it is the parent's own
 * @param owner the frame whose own point-in-time hook it is
 */
public record InheritedPit(String column, int reference, String parentColumn, int hops, String hook,
        String parentFrame, InheritedPit from, String owner) {

    /** The parent's own point-in-time hook, one reference away. */
    public static InheritedPit own(String column, int reference, String parentColumn, String hook, String parentFrame) {
        return new InheritedPit(column, reference, parentColumn, 1, hook, parentFrame, null, parentFrame);
    }

    /** A column the parent inherited itself ({@code up}), one reference further away. */
    public static InheritedPit through(String column, int reference, String hook, String parentFrame, InheritedPit up) {
        return new InheritedPit(column, reference, up.column(), up.hops() + 1, hook, parentFrame, up, up.owner());
    }

    /** The first step of the route: {@code <frame>.<hook> -> <parent frame>}. */
    public String firstHop() {
        return hook + " -> " + parentFrame;
    }

    /**
     * The whole chain of references it comes through, such as
     * {@code a.h1 -> b.h2 -> c}; its length grows with {@link #hops()}.
     */
    public String path() {
        StringBuilder path = new StringBuilder();
        InheritedPit step = this;
        while (true) {
            path.append(step.hook).append(" -> ");
            if (step.from == null) {
                return path.append(step.parentFrame).toString();
            }
            step = step.from;
        }
    }

    /**
     * A description of constant length: the first step, and for a column from further up its
     * owner and distance (the parent bridge's own description of the column goes on from there).
     */
    public String summary() {
        return hops == 1 ? firstHop() : firstHop() + " from frame " + owner + ", " + hops + " references away";
    }
}
