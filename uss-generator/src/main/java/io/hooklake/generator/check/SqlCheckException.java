package io.hooklake.generator.check;

import io.hooklake.model.HooklakeException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Generated SQL that does not parse or does not read exactly its declared upstream: a generator
 * bug, reported before anything is written. Carries every problem found, one per line.
 */
public final class SqlCheckException extends HooklakeException {

    private static final long serialVersionUID = 1L;

    private final transient List<SqlProblem> problems;

    SqlCheckException(List<SqlProblem> problems) {
        super(problems.get(0).code(), message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the models' topological order. */
    public List<SqlProblem> problems() {
        return problems;
    }

    private static String message(List<SqlProblem> problems) {
        return problems.size() + (problems.size() == 1 ? " generated statement is" : " generated statements are")
                + " wrong; nothing was written:\n"
                + problems.stream().map(SqlProblem::toString).collect(Collectors.joining("\n"));
    }
}
