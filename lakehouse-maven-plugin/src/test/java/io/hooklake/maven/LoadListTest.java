package io.hooklake.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadListTest {

    @TempDir
    Path temp;

    @Test
    void listsTheLoadsInOrderWithTheirFoldersBesideTheFile() throws Exception {
        Path file = Files.writeString(temp.resolve("loads.tsv"),
                "load\tloaded_at\nload-01\t2018-01-01 00:00:00\n\nload-02\t2018-02-01 00:00:00\n");

        assertThat(LoadList.read(file, 0)).containsExactly(
                new LoadList.Entry(temp.resolve("load-01"), "2018-01-01 00:00:00"),
                new LoadList.Entry(temp.resolve("load-02"), "2018-02-01 00:00:00"));
        assertThat(LoadList.read(file, 2)).containsExactly(new LoadList.Entry(temp.resolve("load-02"), "2018-02-01 00:00:00"));
    }

    @Test
    void aMalformedFileOrAMissingLoadIsTheUsersMistakeWithItsLine() throws Exception {
        Path noHeader = Files.writeString(temp.resolve("a.tsv"), "load-01\t2018-01-01\n");
        Path badLine = Files.writeString(temp.resolve("b.tsv"), "load\tloaded_at\nload-01 2018-01-01\n");

        assertThatThrownBy(() -> LoadList.read(noHeader, 0)).isInstanceOf(ParameterException.class)
                .hasMessageContaining("a.tsv:1: the list of loads must start with the header line");
        assertThatThrownBy(() -> LoadList.read(badLine, 0)).isInstanceOf(ParameterException.class)
                .hasMessageContaining("b.tsv:2: expected a folder and a load value");
        assertThatThrownBy(() -> LoadList.read(badLine.resolveSibling("absent.tsv"), 0))
                .isInstanceOf(ParameterException.class).hasMessageContaining("cannot read the list of loads");
        assertThatThrownBy(() -> LoadList.read(Files.writeString(temp.resolve("c.tsv"), "load\tloaded_at\nx\ty\n"), 3))
                .isInstanceOf(ParameterException.class).hasMessageContaining("lakehouse.loadNumber is 3 but");
    }
}
