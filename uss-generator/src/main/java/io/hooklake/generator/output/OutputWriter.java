package io.hooklake.generator.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes generated files into an output directory, like a careful code generator: a file is
 * written only when its content changed (so build tools and the runtime see unchanged
 * timestamps), through a temporary file and a move (so no half-written file is visible), and
 * stale files are removed.
 *
 * <p>The rule for stale files, for the generator's writer (another, such as the docs site's, names its
 * own directories and marker file): the generator owns {@code <out>/models/}, {@code <out>/landing/} and {@code <out>/docs/}
 * entirely. Any file or link below them that this run did not produce is deleted, then any
 * directory below them left empty. Nothing else in the output directory is touched (the
 * manifest is replaced, never deleted), links are never followed, and no path may leave the
 * output directory. As a guard against pointing the generator at the wrong directory, stale files
 * are deleted only when the directory already holds a {@code manifest.json} from an earlier run;
 * otherwise the write is refused ({@code LH242}) before anything is written.
 */
public final class OutputWriter {

    private final List<String> ownedDirs;
    private final String marker;

    /** The generator's writer: it owns {@code models/}, {@code landing/} and {@code docs/}; {@code manifest.json} marks its directories. */
    public OutputWriter() {
        this(List.of(OutputLayout.MODELS_DIR, OutputLayout.LANDING_DIR, OutputLayout.DOCS_DIR), OutputLayout.MANIFEST);
    }

    /**
     * A writer that owns {@code ownedDirs} (relative to the output directory) and deletes stale
     * files there only when the output directory holds {@code marker} from an earlier run.
     */
    public OutputWriter(List<String> ownedDirs, String marker) {
        this.ownedDirs = List.copyOf(ownedDirs);
        this.marker = Objects.requireNonNull(marker, "marker");
    }

    /**
     * Writes {@code files} into {@code outputDir} and removes stale generated files.
     *
     * @throws OutputException when a path would leave the output directory or the file system fails
     */
    public WriteResult write(Path outputDir, Collection<GeneratedFile> files) {
        Path root = outputDir.toAbsolutePath().normalize();
        Set<String> produced = files.stream().map(GeneratedFile::path).collect(Collectors.toCollection(TreeSet::new));
        if (produced.size() != files.size()) {
            throw new IllegalArgumentException("two generated files share a path");
        }
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        try {
            List<Path> stale = stale(root, produced);
            if (!stale.isEmpty() && !Files.isRegularFile(root.resolve(marker))) {
                throw new OutputException(OutputException.OUTSIDE_OUTPUT, outputDir + " is not a Hooklake output"
                        + " directory (it has no " + marker + ") but holds files Hooklake would delete,"
                        + " such as " + root.relativize(stale.get(0)).toString().replace('\\', '/')
                        + ": choose an empty directory or remove them");
            }
            Files.createDirectories(root);
            for (GeneratedFile file : files.stream().sorted().toList()) {
                if (writeIfChanged(root, file)) {
                    written.add(file.path());
                } else {
                    unchanged.add(file.path());
                }
            }
            List<String> deleted = delete(root, stale);
            return new WriteResult(written, unchanged, deleted);
        } catch (IOException e) {
            throw new OutputException(OutputException.IO_FAILURE,
                    "cannot write the output in " + outputDir + ": " + e.getMessage(), e);
        }
    }

    private static boolean writeIfChanged(Path root, GeneratedFile file) throws IOException {
        Path target = inside(root, file.path());
        byte[] bytes = file.utf8();
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Files.size(target) == bytes.length
                && sameContent(target, bytes)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".hooklake-tmp");
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
    }

    /** Whether the file holds exactly {@code bytes}, read in chunks so a large file is never held twice. */
    private static boolean sameContent(Path file, byte[] bytes) throws IOException {
        byte[] chunk = new byte[Math.min(bytes.length, 1 << 16) + 1];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            int offset = 0;
            while (true) {
                int read = in.readNBytes(chunk, 0, chunk.length);
                if (read == 0) {
                    return offset == bytes.length;
                }
                if (offset + read > bytes.length
                        || !Arrays.equals(chunk, 0, read, bytes, offset, offset + read)) {
                    return false;
                }
                offset += read;
            }
        }
    }

    /** Files and links below the owned directories that are not produced, deepest first. */
    private List<Path> stale(Path root, Set<String> produced) throws IOException {
        List<Path> stale = new ArrayList<>();
        for (String dir : ownedDirs) {
            Path owned = inside(root, dir);
            if (!Files.isDirectory(owned, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(owned)) {
                walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                        .filter(p -> !produced.contains(relative(root, p)))
                        .forEach(stale::add);
            }
        }
        stale.sort(Comparator.naturalOrder());
        return stale;
    }

    /** Deletes the stale files, then the directories below the owned ones that are left empty. */
    private List<String> delete(Path root, List<Path> stale) throws IOException {
        List<String> deleted = new ArrayList<>();
        for (Path file : stale) {
            Files.delete(file);
            deleted.add(relative(root, file));
        }
        for (String dir : ownedDirs) {
            Path owned = inside(root, dir);
            if (!Files.isDirectory(owned, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            List<Path> dirs;
            try (Stream<Path> walk = Files.walk(owned)) {
                dirs = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !p.equals(owned))
                        .sorted(Comparator.reverseOrder())
                        .toList();
            }
            for (Path empty : dirs) {
                if (isEmpty(empty)) {
                    Files.delete(empty);
                }
            }
        }
        deleted.sort(Comparator.naturalOrder());
        return deleted;
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }

    private static Path inside(Path root, String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new OutputException(OutputException.OUTSIDE_OUTPUT,
                    "refusing to write " + relative + ": it is not inside the output directory");
        }
        return path;
    }
}
