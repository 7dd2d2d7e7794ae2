package io.hooklake.model.load;

import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.util.List;

/** LH118: the {@code project} section appears exactly once in the whole folder. */
final class ProjectSectionRule implements ProjectRule {

    @Override
    public void check(ProjectDocument document, Diagnostics diagnostics) {
        List<Location> keys = document.projectKeys();
        if (keys.isEmpty() && document.complete()) {
            diagnostics.error(ErrorCode.PROJECT_SECTION, Location.ofFile(document.dir()), "no 'project' section in any YAML file of the folder",
                    "add 'project: {name: ...}' to one file");
        }
        for (Location duplicate : keys.subList(Math.min(1, keys.size()), keys.size())) {
            diagnostics.error(ErrorCode.PROJECT_SECTION, duplicate, "'project' section written more than once",
                    "first written at " + keys.get(0));
        }
    }
}
