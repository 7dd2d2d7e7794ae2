package io.hooklake.runtime.run;

import io.hooklake.generator.ModelName;
import io.hooklake.generator.contract.CompiledModel;
import io.hooklake.generator.contract.Statement;
import io.hooklake.model.DataChecks;
import io.hooklake.runtime.DataCheckFailedException;
import io.hooklake.runtime.DataCheckFinding;
import io.hooklake.runtime.engine.ModelChange;
import io.hooklake.runtime.engine.ModelChange.DataCheckOutcome;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Runs a frame's generated data check ({@code .data-check.sql}) inside the frame's change, for the
 * loads the change takes in: keys with different rows in one load, and NULL keys.
 */
final class DataChecker {

    private DataChecker() {
    }

    /**
     * Checks the loads in (after, until] ({@code after} null: every load).
     *
     * @return what was found, when anything was
     * @throws DataCheckFailedException when something was found and the project says {@code data_checks: fail}
     */
    static Optional<DataCheckFinding> check(ModelChange change, CompiledModel model, LocalDateTime after,
            LocalDateTime until, DataChecks setting) throws SQLException {
        if (model.dataCheck().isEmpty() || until == null) {
            return Optional.empty();
        }
        Statement statement = model.dataCheck().get();
        DataCheckOutcome outcome = change.checkData(statement, after, until);
        ModelName table = model.upstream().isEmpty() ? model.name() : model.upstream().get(0);
        DataCheckFinding finding = new DataCheckFinding(model.name(), table, statement.file(), outcome.duplicateKeys(),
                outcome.duplicateRows(), outcome.duplicateExample(), outcome.nullKeyRows(), outcome.nullKeyExample());
        if (!finding.any()) {
            return Optional.empty();
        }
        if (setting == DataChecks.FAIL) {
            throw new DataCheckFailedException(finding);
        }
        return Optional.of(finding);
    }
}
