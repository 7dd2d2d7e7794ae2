package io.hooklake.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A tab-separated list of loads: a header, then a line per load with its folder and its load value. */
final class LoadList {

    record Entry(Path folder, String loadedAt) {
    }

    private LoadList() {
    }

    /**
     * The loads of {@code file} (all of them when {@code number} is 0, else the one on that line).
     *
     * @throws ParameterException when the file is missing or malformed, or has no such load
     */
    static List<Entry> read(Path file, int number) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException("cannot read the list of loads " + file + ": " + e.getMessage());
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals("load\tloaded_at")) {
            throw new ParameterException(file + ":1: the list of loads must start with the header line"
                    + " 'load<TAB>loaded_at'");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new ParameterException(file + ":" + (i + 1) + ": expected a folder and a load value separated"
                        + " by a tab, found '" + line + "'");
            }
            entries.add(new Entry(file.toAbsolutePath().getParent().resolve(cells[0].strip()), cells[1].strip()));
        }
        if (number < 0 || number > entries.size()) {
            throw new ParameterException("lakehouse.loadNumber is " + number + " but " + file + " lists "
                    + entries.size() + " load(s)");
        }
        return number == 0 ? entries : List.of(entries.get(number - 1));
    }
}
