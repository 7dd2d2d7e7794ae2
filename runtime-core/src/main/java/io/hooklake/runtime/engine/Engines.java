package io.hooklake.runtime.engine;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.LakehouseException;
import java.util.Comparator;
import java.util.ServiceLoader;

/** Finds the lakehouse engine on the class path. */
public final class Engines {

    private Engines() {
    }

    /**
     * The engine on the class path; with several, the first by name.
     *
     * @throws LakehouseException {@link ErrorCode#ENGINE_UNAVAILABLE} when there is none
     */
    public static Engine find() {
        return ServiceLoader.load(Engine.class, Engine.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).min(Comparator.comparing(Engine::name))
                .orElseThrow(() -> new LakehouseException(ErrorCode.ENGINE_UNAVAILABLE, "no lakehouse engine on the class"
                        + " path: add one, such as io.hooklake:runtime-duckdb (the DuckDB engine), to the dependencies"));
    }
}
