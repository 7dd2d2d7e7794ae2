package io.hooklake.generator.graph;

import io.hooklake.model.CompositeHook;
import io.hooklake.model.Frame;
import io.hooklake.model.Hook;
import io.hooklake.model.HookDefinition;
import java.util.stream.Collectors;

/**
 * What a hook's values are keyed by: a plain hook's keyset, or the ordered tuple of a composite
 * hook's parts' signatures. Two hooks with equal signatures can hold equal values, so a hook
 * refers to the frame whose primary hook has its signature.
 *
 * @param value the keyset name, or {@code (a,b,...)} for a composite
 */
public record KeysetSignature(String value) {

    /** The signature of a hook of {@code frame}. */
    public static KeysetSignature of(Frame frame, HookDefinition hook) {
        return new KeysetSignature(text(frame, hook));
    }

    private static String text(Frame frame, HookDefinition hook) {
        if (hook instanceof Hook plain) {
            return plain.keyset().value();
        }
        CompositeHook composite = (CompositeHook) hook;
        return composite.parts().stream()
                .map(part -> frame.hook(part).orElseThrow(
                        () -> new IllegalStateException("validated frame " + frame.name() + " lacks hook " + part)))
                .map(part -> text(frame, part))
                .collect(Collectors.joining(",", "(", ")"));
    }

    @Override
    public String toString() {
        return value;
    }
}
