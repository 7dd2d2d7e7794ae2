package io.hooklake.runtime.engine;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the lakehouse engines on the class path. */
public final class Engines {

    /** The engine a new lakehouse gets when the caller names none and it is on the class path. */
    public static final String DEFAULT = "duckdb";

    private Engines() {
    }

    /**
     * The engine for a new lakehouse when the caller names none: DuckDB's when it is on the class
     * path, otherwise the first by name.
     *
     * @throws LakehouseException {@link ErrorCode#ENGINE_UNAVAILABLE} when there is none
     */
    public static Engine find() {
        List<Engine> engines = all();
        return engines.stream().filter(e -> e.name().equals(DEFAULT)).findFirst()
                .or(() -> engines.stream().findFirst())
                .orElseThrow(() -> new LakehouseException(ErrorCode.ENGINE_UNAVAILABLE, "no lakehouse engine on the class"
                        + " path: add one, such as io.hooklake:runtime-duckdb (the DuckDB engine), to the dependencies"));
    }

    /**
     * The engine called {@code name} ({@code duckdb}, {@code spark}), in any case.
     *
     * @throws LakehouseException {@link ErrorCode#ENGINE_UNAVAILABLE} when it is not on the class path, naming
     *     the dependency that holds it
     */
    public static Engine named(String name) {
        String wanted = name == null ? "" : name.trim();
        List<Engine> engines = all();
        return engines.stream().filter(e -> e.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new LakehouseException(ErrorCode.ENGINE_UNAVAILABLE, "the lakehouse engine '" + wanted
                        + "' is not on the class path" + (engines.isEmpty() ? "" : " (there is "
                        + String.join(", ", engines.stream().map(Engine::name).toList()) + ")") + ": add "
                        + "io.hooklake:runtime-" + wanted.toLowerCase(java.util.Locale.ROOT) + " to the dependencies"));
    }

    /** Every engine on the class path, by name. */
    public static List<Engine> all() {
        return ServiceLoader.load(Engine.class, Engine.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).sorted(Comparator.comparing(Engine::name)).toList();
    }
}
