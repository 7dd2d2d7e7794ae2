package io.hooklake.model.load;

import java.util.List;

/** Runs every {@link ProjectRule} over a merged project, so all problems are found in one pass. */
final class ProjectValidator {

    private final List<ProjectRule> rules;

    ProjectValidator(List<ProjectRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules a project must pass, in the order of their codes. */
    static ProjectValidator standard() {
        return new ProjectValidator(List.of(
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
                new UnusedKeysetRule(),
                new ConceptKeysetRule()));
    }

    void validate(ProjectDocument document, Diagnostics diagnostics) {
        rules.forEach(rule -> rule.check(document, diagnostics));
    }
}
