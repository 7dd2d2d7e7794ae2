package io.hooklake.generator.output;

import io.hooklake.model.diagnostic.Location;
import java.nio.file.Path;

/**
 * How generated files print a YAML location: an absolute file below the working directory (or
 * else below the project directory) relative to it, so no absolute path is ever written. The
 * manifest and the docs site print locations this way.
 */
public final class Locations {

    private Locations() {
    }

    /**
     * {@code location} relative to the working directory when its file is below it, else relative
     * to {@code projectDir} (when not null) when below that, else as it is.
     */
    public static String relative(Location location, Path projectDir) {
        String relative = relativeTo(Path.of(""), location);
        if (relative.equals(location.toString()) && projectDir != null) {
            relative = relativeTo(projectDir, location);
        }
        return relative;
    }

    /** {@code location} relative to {@code base} when its file is absolute and below it, else as it is. */
    public static String relativeTo(Path base, Location location) {
        Path file = location.file();
        Path absoluteBase = base.toAbsolutePath().normalize();
        if (file.isAbsolute() && file.normalize().startsWith(absoluteBase)) {
            Location relative = new Location(absoluteBase.relativize(file.normalize()), location.line(), location.column());
            return relative.toString();
        }
        return location.toString();
    }
}
