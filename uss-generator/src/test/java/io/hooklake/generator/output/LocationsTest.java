package io.hooklake.generator.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.model.diagnostic.Location;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocationsTest {

    @Test
    void writesLocationsBelowTheWorkingOrProjectDirectoryRelativeToIt() {
        Path cwd = Path.of("").toAbsolutePath();
        Path elsewhere = cwd.getRoot().resolve("elsewhere").resolve("project");

        assertThat(Locations.relative(new Location(cwd.resolve("src/frames.yml"), 3, 5), null))
                .isEqualTo("src/frames.yml:3:5");
        assertThat(Locations.relative(new Location(elsewhere.resolve("frames/a.yml"), 1, 2), elsewhere))
                .isEqualTo("frames/a.yml:1:2");
        assertThat(Locations.relative(new Location(Path.of("frames.yml"), 1, 2), elsewhere))
                .isEqualTo("frames.yml:1:2");
    }
}
