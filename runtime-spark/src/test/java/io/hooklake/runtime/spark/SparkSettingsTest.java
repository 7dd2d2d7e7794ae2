package io.hooklake.runtime.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.model.ErrorCode;
import io.hooklake.runtime.Lakehouse;
import io.hooklake.runtime.LakehouseException;
import io.hooklake.runtime.TableFormat;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings a caller gives (the Maven plugin's parameters), keyed as the system properties. Starts no Spark. */
class SparkSettingsTest {

    @TempDir
    Path temp;

    @Test
    void readsTheMasterTheAddressAndTheSparkSettingsAndIgnoresOtherKeys() {
        SparkSettings settings = SparkSettings.from(Map.of("lakehouse.spark.master", " local[1] ",
                "lakehouse.spark.conf.spark.sql.shuffle.partitions", "1", "lakehouse.engine", "spark", "user.home", "/x"));

        assertThat(settings).isEqualTo(new SparkSettings("local[1]", Optional.empty(),
                Map.of("spark.sql.shuffle.partitions", "1")));
    }

    @Test
    void aBlankMasterOrAddressIsNotGiven() {
        assertThat(SparkSettings.from(Map.of("lakehouse.spark.master", " ", "lakehouse.spark.remote", "")))
                .isEqualTo(SparkSettings.local());
    }

    @Test
    void anEngineGivenAnAddressConnectsThereAsTheSystemPropertyWouldMakeIt() {
        // Port 1 on this machine: nothing listens, so the engine's attempt to connect is refused at once.
        Path dir = temp.resolve("remote");
        LakehouseException failure = catchThrowableOfType(LakehouseException.class, () -> Lakehouse.open(dir,
                TableFormat.DELTA, new SparkEngine().withSettings(Map.of("lakehouse.spark.remote", "sc://localhost:1"))));

        assertThat(failure.code()).isEqualTo(ErrorCode.SPARK_UNREACHABLE);
        assertThat(failure.getMessage()).contains("sc://localhost:1 (lakehouse.spark.remote)")
                .contains("nothing listens on localhost port 1");
        assertThat(dir).doesNotExist();
    }
}
