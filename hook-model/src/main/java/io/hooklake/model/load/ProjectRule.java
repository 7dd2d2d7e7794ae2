package io.hooklake.model.load;

/** One check of a merged project. It reports what it finds and never throws for the user's mistakes. */
interface ProjectRule {

    void check(ProjectDocument document, Diagnostics diagnostics);
}
