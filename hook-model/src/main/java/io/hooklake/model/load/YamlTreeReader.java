package io.hooklake.model.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML file into {@link YamlNode}s with Jackson's streaming YAML parser, keeping the
 * 1-based line and column of every key and value. A key written twice in one mapping is reported
 * (LH102) and its second value dropped; a syntax error (LH100) ends the file but not the load.
 *
 * <p>Anchors and aliases work as in YAML ({@code &base} ... {@code *base}), an alias standing for
 * the anchored value (and its locations); so does the merge key {@code <<: *base}, whose entries
 * a mapping gets unless it writes them itself.
 */
final class YamlTreeReader {

    /** Files of any size: SnakeYAML refuses more than 3 MiB by default, about 1,700 tables in one file. */
    private static final int MAX_CODE_POINTS = Integer.MAX_VALUE;

    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    private static final String MERGE_KEY = "<<";

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    private final Path file;
    private final Diagnostics diagnostics;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private YAMLParser parser;

    private YamlTreeReader(Path file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** The documents of a file (usually one); empty after a syntax error or when unreadable. */
    static Optional<List<YamlNode>> read(Path file, Diagnostics diagnostics, ErrorCode unreadableCode) {
        return new YamlTreeReader(file, diagnostics).read(unreadableCode);
    }

    private Optional<List<YamlNode>> read(ErrorCode unreadableCode) {
        try (InputStream input = Files.newInputStream(file);
                YAMLParser yaml = FACTORY.createParser(input)) {
            parser = yaml;
            List<YamlNode> documents = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                documents.add(node(token));
            }
            return Optional.of(documents);
        } catch (AliasException e) {
            diagnostics.error(ErrorCode.YAML_SYNTAX, location(e.location), "YAML syntax error: " + e.getMessage());
            return Optional.empty();
        } catch (JsonProcessingException e) {
            diagnostics.error(ErrorCode.YAML_SYNTAX, location(e.getLocation()), "YAML syntax error: " + firstLine(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(unreadableCode, Location.ofFile(file), "cannot read file: " + describe(e));
            return Optional.empty();
        }
    }

    private YamlNode node(JsonToken token) throws IOException {
        Location location = location(parser.currentTokenLocation());
        if (parser.isCurrentAlias()) {
            YamlNode anchored = anchors.get(parser.getText());
            if (anchored == null) {
                throw new AliasException("unknown alias '*" + parser.getText() + "'", parser.currentTokenLocation());
            }
            return anchored;
        }
        String anchor = parser.getObjectId();
        YamlNode node = value(token, location);
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private YamlNode value(JsonToken token, Location location) throws IOException {
        return switch (token) {
            case START_OBJECT -> mapping(location);
            case START_ARRAY -> sequence(location);
            case VALUE_STRING, VALUE_EMBEDDED_OBJECT -> new YamlNode.Scalar(parser.getText(), YamlNode.Kind.STRING, location);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(parser.getText(), YamlNode.Kind.NUMBER, location);
            // YAML 1.1 also reads yes/no/on/off as booleans: keep the value, not the spelling.
            case VALUE_TRUE -> new YamlNode.Scalar("true", YamlNode.Kind.BOOLEAN, location);
            case VALUE_FALSE -> new YamlNode.Scalar("false", YamlNode.Kind.BOOLEAN, location);
            case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.Kind.NULL, location);
            default -> throw new IllegalStateException("unexpected YAML token " + token + " at " + location);
        };
    }

    private YamlNode.Mapping mapping(Location location) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        List<YamlNode.Mapping> merged = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String key = parser.currentName();
            Location keyLocation = location(parser.currentTokenLocation());
            YamlNode value = node(parser.nextToken());
            if (key.equals(MERGE_KEY) && value instanceof YamlNode.Mapping mergedMapping) {
                merged.add(mergedMapping);
                continue;
            }
            Location first = seen.putIfAbsent(key, keyLocation);
            if (first == null) {
                entries.add(new YamlNode.Entry(key, keyLocation, value));
            } else {
                diagnostics.error(ErrorCode.DUPLICATE_KEY, keyLocation, "duplicate key '" + key + "'",
                        "first written at line " + first.line() + ", column " + first.column());
            }
        }
        for (YamlNode.Mapping mapping : merged) {
            mapping.entries().stream().filter(e -> seen.putIfAbsent(e.key(), e.keyLocation()) == null).forEach(entries::add);
        }
        return new YamlNode.Mapping(entries, location);
    }

    private YamlNode.Sequence sequence(Location location) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(node(token));
        }
        return new YamlNode.Sequence(items, location);
    }

    private Location location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Location.ofFile(file);
        }
        return new Location(file, location.getLineNr(), Math.max(location.getColumnNr(), 1));
    }

    /** An alias without anchor: a syntax error that Jackson leaves to its caller. */
    private static final class AliasException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient JsonLocation location;

        AliasException(String message, JsonLocation location) {
            super(message);
            this.location = location;
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable YAML" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
