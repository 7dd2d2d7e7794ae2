package io.hooklake.model.load;

import java.util.List;

/**
 * Runs every {@link ProjectRule} over a merged project, so all problems are found in one pass;
 * but first the {@link CountLimitRule}, and none of the others on a project beyond its limits.
 */
final class ProjectValidator {

    private final List<ProjectRule> limits;
    private final List<ProjectRule> rules;
    private final List<ProjectRule> advice;

    /**
     * @param limits the rules that bound the project's size, run first: when they find an error
     *     no other rule runs
     * @param rules the rules that find errors
     * @param advice the rules that only warn, run when the rules found no error: in a project
     *     with broken references they would warn about the symptoms (a keyset looks unused when
     *     the hook that uses it misspells it)
     */
    ProjectValidator(List<ProjectRule> limits, List<ProjectRule> rules, List<ProjectRule> advice) {
        this.limits = List.copyOf(limits);
        this.rules = List.copyOf(rules);
        this.advice = List.copyOf(advice);
    }

    /** The rules a project must pass, in the order of their codes. */
    static ProjectValidator standard() {
        return new ProjectValidator(List.of(new CountLimitRule()), List.of(
                new DuplicateNameRule(),
                new HookKeysetRule(),
                new SourceReferenceRule(),
                new TableReferenceRule(),
                new ColumnReferenceRule(),
                new KeysetConceptRule(),
                new PrimaryHookRule(),
                new CompositeHookRule(),
                new SqlIdentifierRule(),
                new NameCollisionRule(),
                new ValueSourceRule(),
                new ProjectSectionRule(),
                new ColumnTypeRule(),
                new GrainRule(),
                new EventColumnTypeRule(),
                new HookNameRule(),
                new UnsafeNameRule(),
                new MetricRule()),
                List.of(new UnusedKeysetRule(), new ConceptKeysetRule()));
    }

    void validate(ProjectDocument document, Diagnostics diagnostics) {
        long before = diagnostics.errorCount();
        limits.forEach(rule -> rule.check(document, diagnostics));
        if (diagnostics.errorCount() > before) {
            return;
        }
        rules.forEach(rule -> rule.check(document, diagnostics));
        if (!diagnostics.hasErrors()) {
            advice.forEach(rule -> rule.check(document, diagnostics));
        }
    }
}
