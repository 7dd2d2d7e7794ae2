package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hooklake.model.ErrorCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockTest {

    @TempDir
    Path temp;

    @Test
    void aSecondRunInAnotherProcessFailsAtOnceNamingTheHoldersPid() throws Exception {
        Fixture fixture = Fixture.copy("geo", temp);
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        GeoLoads.land(lakehouse.landing(fixture.generate()), 1);
        try (JavaProcess holder = new JavaProcess(LockHolderMain.class, lakehouse.directory().toString())) {
            holder.awaitLine("locked");

            LakehouseLockedException failure = catchThrowableOfType(LakehouseLockedException.class,
                    () -> lakehouse.run(fixture.generate()));

            assertThat(failure.code()).isEqualTo(ErrorCode.LAKEHOUSE_LOCKED);
            assertThat(failure.holder()).isEqualTo("pid " + holder.process().pid());
            assertThat(failure.getMessage()).isEqualTo("LH301: another run holds the lakehouse at "
                    + lakehouse.directory() + " (pid " + holder.process().pid() + "); wait for it to finish and try again");
        }
        assertThat(lakehouse.run(fixture.generate()).summary().succeeded()).isTrue();
    }

    @Test
    void aSecondRunInThisProcessFailsAtOnce() {
        Fixture fixture = Fixture.copy("geo", temp);
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        GeoLoads.land(lakehouse.landing(fixture.generate()), 1);
        var generated = fixture.generate();
        LakehouseLockedException[] inner = new LakehouseLockedException[1];

        lakehouse.run(generated, new RunListener() {
            @Override
            public void runStarted(Plan plan) {
                inner[0] = catchThrowableOfType(LakehouseLockedException.class,
                        () -> Lakehouse.open(lakehouse.directory()).run(generated));
            }
        });

        assertThat(inner[0].code()).isEqualTo(ErrorCode.LAKEHOUSE_LOCKED);
        assertThat(inner[0].holder()).isEqualTo("this process");
    }

    @Test
    void theLockIsFreedWhenTheHoldingProcessDies() throws Exception {
        Fixture fixture = Fixture.copy("geo", temp);
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        GeoLoads.land(lakehouse.landing(fixture.generate()), 1);
        try (JavaProcess holder = new JavaProcess(LockHolderMain.class, lakehouse.directory().toString())) {
            holder.awaitLine("locked");
            holder.kill();
        }
        assertThat(lakehouse.run(fixture.generate()).summary().succeeded()).isTrue();
    }
}
