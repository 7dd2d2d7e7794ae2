package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import java.util.Locale;

/**
 * LH124: a hook or composite hook named explicitly has a name that starts with {@code _hook__},
 * like the default names: the generated point-in-time hooks ({@code _pit_hook__...}) and the
 * bridges' columns are named after it, and the prefix keeps hooks apart from every other
 * generated column.
 */
final class HookNameRule implements ProjectRule {

    static final String HOOK_PREFIX = "_hook__";

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        for (FrameDto frame : document.frames()) {
            frame.hooks().forEach(hook -> hook.name().ifPresent(name -> check(diagnostics, "hook", name)));
            frame.compositeHooks().forEach(hook -> check(diagnostics, "composite hook", hook.name()));
        }
    }

    private static void check(Diagnostics diagnostics, String kind, Located<String> name) {
        String lower = name.value().toLowerCase(Locale.ROOT);
        if (lower.equals(HOOK_PREFIX)) {
            diagnostics.error(ErrorCode.HOOK_NAME, name.location(), kind + " name '" + name.value() + "' has nothing after '_hook__'",
                    "name it after what it identifies, such as '_hook__product_vendor'");
        } else if (!lower.startsWith(HOOK_PREFIX)) {
            String rest = lower.replaceFirst("^_*(pit_)?hook_*", "").replaceFirst("_+hook$", "");
            diagnostics.error(ErrorCode.HOOK_NAME, name.location(), kind + " name '" + name.value() + "' does not start with '_hook__'",
                    rest.isEmpty() ? "name it like '_hook__product_vendor'" : "name it like '_hook__" + rest + "'");
        }
    }
}
