package io.hooklake.generator.graph;

/**
 * A point-in-time hook column that a bridge inherits from the bridge of a frame it refers to.
 *
 * @param column its name in the inheriting bridge (the parent's column, plus {@code __<role>})
 * @param reference which of the frame's cascaded references it comes through (index into
 *     {@link FrameGraph#cascadedFrom})
 * @param parentColumn its name in the parent's bridge
 * @param hops how many references away the frame that owns it is (1 for the parent's own)
 * @param path the chain of references it comes through, for messages and docs
 */
public record InheritedPit(String column, int reference, String parentColumn, int hops, String path) {
}
