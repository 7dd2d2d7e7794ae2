package io.hooklake.runtime;

import io.hooklake.generator.Materialization;
import io.hooklake.generator.ModelKind;
import io.hooklake.generator.ModelName;
import io.hooklake.generator.Fingerprint;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What the lakehouse remembers of one model, written in the transaction that built it.
 *
 * @param name the model
 * @param kind its kind
 * @param materialization how it is kept
 * @param fingerprint its full fingerprint (parents included) when built
 * @param ownFingerprint its fingerprint without parents when built
 * @param watermark the load time up to which its input was processed (the run's high-water
 *     mark); empty when nothing had been landed
 * @param runId the run that built it last
 * @param rowCount its rows after that run; -1 for views
 */
public record ModelState(
        ModelName name,
        ModelKind kind,
        Materialization materialization,
        Fingerprint fingerprint,
        Fingerprint ownFingerprint,
        Optional<LocalDateTime> watermark,
        String runId,
        long rowCount) {

    public ModelState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(materialization, "materialization");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(ownFingerprint, "ownFingerprint");
        Objects.requireNonNull(watermark, "watermark");
        Objects.requireNonNull(runId, "runId");
    }
}
