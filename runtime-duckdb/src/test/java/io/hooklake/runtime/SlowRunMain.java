package io.hooklake.runtime;

import java.nio.file.Path;

/**
 * Runs a lakehouse in its own JVM for the kill test, printing {@code started <model>} as each
 * model's transaction begins. Arguments: project folder, output folder, lakehouse folder.
 */
public final class SlowRunMain {

    private SlowRunMain() {
    }

    public static void main(String[] args) {
        var generated = Fixture.generate(Path.of(args[0]), Path.of(args[1]));
        // One worker: models commit in plan order, so the test knows which ones the kill left done.
        Lakehouse.open(Path.of(args[2])).withWorkers(1).run(generated, new RunListener() {
            @Override
            public void modelStarted(int index, int total, PlannedModel model) {
                System.out.println("started " + model.name());
                System.out.flush();
            }
        });
        System.out.println("finished");
    }
}
