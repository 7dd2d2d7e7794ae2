package io.hooklake.examples.adventureworks;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link AdventureWorksData} writes.
 *
 * @param project the HOOK project whose source declares the 68 tables ({@code src/main/lakehouse})
 * @param out the folder the loads are written to: {@code load-01/<table>.parquet}, ..., {@code loads.tsv}
 * @param source synthetic rows or the real data split into loads
 * @param scale for synthetic rows: 1 is about the real row counts, 0.1 a tenth; reference tables keep their size
 * @param loads how many loads, at least 1 and at most {@value #MAX_LOADS}
 * @param seed the seed of every pseudo-random choice: the same options give byte-identical files
 * @param real the folder of the real Parquet files, read when {@code source} is {@link DataSource#REAL}
 */
public record GeneratorOptions(Path project, Path out, DataSource source, double scale, int loads, long seed, Path real) {

    /** The most loads the generator writes. */
    public static final int MAX_LOADS = 100;

    public GeneratorOptions {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(source, "source");
        if (!(scale > 0) || scale > 100) {
            throw new IllegalArgumentException("scale " + scale + " is out of range: use a number above 0 and at most 100");
        }
        if (loads < 1 || loads > MAX_LOADS) {
            throw new IllegalArgumentException("loads " + loads + " is out of range: use 1 to " + MAX_LOADS);
        }
        if (source == DataSource.REAL && real == null) {
            throw new IllegalArgumentException("source real needs the folder of the real data");
        }
    }

    /** Synthetic data at scale 1 in 3 loads with seed 42. */
    public static GeneratorOptions synthetic(Path project, Path out) {
        return new GeneratorOptions(project, out, DataSource.SYNTHETIC, 1, 3, 42, null);
    }

    public GeneratorOptions withScale(double newScale) {
        return new GeneratorOptions(project, out, source, newScale, loads, seed, real);
    }

    public GeneratorOptions withLoads(int newLoads) {
        return new GeneratorOptions(project, out, source, scale, newLoads, seed, real);
    }

    public GeneratorOptions withSeed(long newSeed) {
        return new GeneratorOptions(project, out, source, scale, loads, newSeed, real);
    }

    public GeneratorOptions withOut(Path newOut) {
        return new GeneratorOptions(project, newOut, source, scale, loads, seed, real);
    }

    /** The real data in {@code folder}, split into loads. */
    public GeneratorOptions withReal(Path folder) {
        return new GeneratorOptions(project, out, DataSource.REAL, scale, loads, seed, folder);
    }
}
