package io.hooklake.runtime;

import java.nio.file.Path;

/**
 * Started on a lakehouse folder that is read-only to it: queries it, then tries a run, and prints
 * what each gave ({@code QUERY ...}, {@code RUN ...}).
 */
public final class ReadOnlyLakehouseMain {

    private ReadOnlyLakehouseMain() {
    }

    public static void main(String[] args) {
        Path directory = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        Lakehouse lakehouse = Lakehouse.open(directory, TableFormat.fromName(args[2]));
        try {
            System.out.println("QUERY " + lakehouse.query("SELECT count(*) FROM das.landed__geo__countries", 10)
                    .rows());
        } catch (LakehouseException e) {
            System.out.println("QUERY " + e.getMessage());
        }
        try {
            lakehouse.run(Fixture.copy("geo", scratch).generate());
            System.out.println("RUN done");
        } catch (LakehouseException e) {
            System.out.println("RUN " + e.getMessage());
        }
    }
}
