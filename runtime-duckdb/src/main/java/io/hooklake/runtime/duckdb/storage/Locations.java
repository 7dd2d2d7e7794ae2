package io.hooklake.runtime.duckdb.storage;

import java.net.URI;
import java.nio.file.Path;

/**
 * Table locations are URI strings ({@code file:///lake/tables/dab/x}), so that object-store
 * locations ({@code s3://...}) fit the same seam later; only local files are read and written
 * today. This turns the local ones into paths and back.
 */
public final class Locations {

    private Locations() {
    }

    /** The local path of a {@code file:} URI (any of {@code file:/a}, {@code file:///a}) or of a plain path. */
    public static Path localPath(String location) {
        if (!location.startsWith("file:")) {
            if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
                throw new UnsupportedOperationException("only local tables are supported yet, not " + location);
            }
            return Path.of(location);
        }
        String rest = location.substring("file:".length());
        while (rest.startsWith("//")) {
            rest = rest.substring(1);
        }
        if (rest.contains("%")) {
            try {
                return Path.of(URI.create("file://" + rest));
            } catch (IllegalArgumentException e) {
                return Path.of(rest);
            }
        }
        return Path.of(rest);
    }

    /** A local path as a {@code file:} URI string. */
    public static String uri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    /** {@code base} (a folder URI) with {@code child} segments appended. */
    public static String child(String base, String... segments) {
        StringBuilder location = new StringBuilder(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        for (String segment : segments) {
            location.append('/').append(segment);
        }
        return location.toString();
    }
}
