package io.hooklake.generator;

import io.hooklake.model.FrameName;
import io.hooklake.model.HookName;
import java.util.Optional;

/**
 * A reference from one frame to another: a hook of {@code from} whose keyset signature equals that
 * of the primary hook of {@code to}.
 *
 * @param from the referring frame
 * @param hook its hook that refers
 * @param role the hook's role, when it has one
 * @param to the referred frame
 * @param cascaded whether the bridge of {@code from} inherits the point-in-time hooks of
 *     {@code to}; false for self-references and references that would close a cycle
 */
public record FrameReference(FrameName from, HookName hook, Optional<String> role, FrameName to, boolean cascaded) {
}
