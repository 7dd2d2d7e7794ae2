package io.hooklake.generator.sql;

import io.hooklake.model.HookStorage;
import io.hooklake.model.PointInTimeHooks;
import io.hooklake.model.Project;
import io.hooklake.model.ProjectSettings;
import io.hooklake.model.load.ProjectLoader;
import java.nio.file.Path;

/** The small YAML projects under {@code src/test/resources/projects}. */
final class TestProjects {

    private TestProjects() {
    }

    static Project load(String name) {
        return ProjectLoader.load(Path.of("src", "test", "resources", "projects", name));
    }

    /**
     * A test project whose point-in-time hooks are readable ({@code point_in_time_hooks: like_hooks}),
     * for tests that read which version a point-in-time hook names.
     */
    static Project readablePits(String name) {
        Project project = load(name);
        return new Project(project.settings().withPointInTimeHooks(PointInTimeHooks.LIKE_HOOKS), project.sources(),
                project.concepts(), project.keysets(), project.frames());
    }

    static Project withStorage(Project project, HookStorage storage) {
        ProjectSettings s = project.settings();
        return new Project(new ProjectSettings(s.name(), s.schemas(), s.naming(), storage, s.timestampEvents(),
                s.pointInTimeHooks()),
                project.sources(), project.concepts(), project.keysets(), project.frames());
    }
}
