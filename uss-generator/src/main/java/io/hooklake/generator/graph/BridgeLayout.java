package io.hooklake.generator.graph;

import io.hooklake.model.FrameName;
import java.util.List;
import java.util.stream.Stream;

/**
 * The point-in-time hook columns of a frame's bridge: its own, then those it inherits, in order.
 *
 * @param frame the frame
 * @param ownPit its own point-in-time hook column
 * @param inherited the inherited columns, by reference in declared hook order, each reference's
 *     columns in its parent's order; diamonds resolved
 */
public record BridgeLayout(FrameName frame, String ownPit, List<InheritedPit> inherited) {

    public BridgeLayout {
        inherited = List.copyOf(inherited);
    }

    /** Own then inherited point-in-time hook columns. */
    public List<String> pitColumns() {
        return Stream.concat(Stream.of(ownPit), inherited.stream().map(InheritedPit::column)).toList();
    }
}
