package io.hooklake.model.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.hooklake.model.ErrorCode;
import io.hooklake.model.diagnostic.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML file into {@link YamlNode}s with Jackson's streaming YAML parser, keeping the
 * 1-based line and column of every key and value. A key written twice in one mapping is reported
 * (LH102) and its second value dropped; a syntax error (LH100) ends the file but not the load.
 *
 * <p>Anchors and aliases work as in YAML ({@code &base} ... {@code *base}), an alias standing for
 * the anchored value (and its locations); so does the merge key {@code <<: *base}, whose entries
 * a mapping gets unless it writes them itself.
 *
 * <p>The file is read as UTF-8 by this class, not by the parser, so a byte that is not UTF-8 is
 * reported at its own line and column. A file beyond one of the {@link Limits} (its size, a
 * line's length, nesting, the values its aliases make) is reported (LH125) and skipped like a
 * file with a syntax error; a key longer than a name may be is reported and left out.
 */
final class YamlTreeReader {

    /** Files up to {@link Limits#FILE_BYTES}: SnakeYAML's own limit (3 MiB) is lifted, as this class checks the size. */
    private static final int MAX_CODE_POINTS = Integer.MAX_VALUE;

    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    private static final String MERGE_KEY = "<<";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    private final Path file;
    private final Diagnostics diagnostics;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private YAMLParser parser;
    /** Values read so far, each value an alias repeats counted again. */
    private long values;

    private YamlTreeReader(Path file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** The documents of a file (usually one); empty after a syntax error, beyond a limit, or when unreadable. */
    static Optional<List<YamlNode>> read(Path file, Diagnostics diagnostics, ErrorCode unreadableCode) {
        return new YamlTreeReader(file, diagnostics).read(unreadableCode);
    }

    private Optional<List<YamlNode>> read(ErrorCode unreadableCode) {
        Optional<String> text;
        try {
            text = text();
        } catch (IOException e) {
            diagnostics.error(unreadableCode, start(), "cannot read file: " + describe(e));
            return Optional.empty();
        }
        return text.flatMap(this::parse);
    }

    private Optional<List<YamlNode>> parse(String text) {
        try (YAMLParser yaml = FACTORY.createParser(text)) {
            parser = yaml;
            List<YamlNode> documents = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                documents.add(node(token, 1));
            }
            return Optional.of(documents);
        } catch (Refusal e) {
            diagnostics.error(e.code, e.location, e.getMessage());
            return Optional.empty();
        } catch (StreamConstraintsException e) {
            // Jackson's own limits, which the checks of this class should reach first; its message names Java methods.
            diagnostics.error(ErrorCode.LIMIT, location(e.getLocation()), "a value is too long or nested too deep to be read");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            diagnostics.error(ErrorCode.YAML_SYNTAX, location(e.getLocation()), "YAML syntax error" + detail(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(ErrorCode.YAML_SYNTAX, start(), "YAML syntax error: " + describe(e));
            return Optional.empty();
        }
    }

    /**
     * The file's text: at most {@link Limits#FILE_BYTES}, valid UTF-8 (a byte order mark is
     * dropped), no line longer than {@link Limits#LINE_LENGTH}; else reported and empty.
     */
    private Optional<String> text() throws IOException {
        long size = Files.size(file);
        byte[] bytes;
        try (InputStream input = Files.newInputStream(file)) {
            bytes = size > Limits.FILE_BYTES ? null : input.readNBytes((int) Limits.FILE_BYTES + 1);
        }
        if (bytes == null || bytes.length > Limits.FILE_BYTES) {
            diagnostics.error(ErrorCode.LIMIT, start(), "file has " + Limits.bytes(Math.max(size, Limits.FILE_BYTES + 1))
                    + ", more than the " + Limits.bytes(Limits.FILE_BYTES) + " a YAML file may have",
                    "split it into several files");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int at = firstBadByte(bytes);
            diagnostics.error(ErrorCode.YAML_SYNTAX, byteLocation(bytes, at),
                    String.format(Locale.ROOT, "byte 0x%02X is not UTF-8 text", bytes[at] & 0xff),
                    "save the file as UTF-8");
            return Optional.empty();
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        return checkedLines(text) ? Optional.of(text) : Optional.empty();
    }

    /**
     * Whether every line is at most {@link Limits#LINE_LENGTH} characters long and every
     * character may be written in YAML; the first that is not is reported at its line and column
     * (the parser would report a character it refuses without a place).
     */
    private boolean checkedLines(String text) {
        int line = 1;
        int column = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                line++;
                column = 0;
                continue;
            }
            column++;
            if (column > Limits.LINE_LENGTH) {
                diagnostics.error(ErrorCode.LIMIT, new Location(file, line, column),
                        "line is longer than " + Limits.count(Limits.LINE_LENGTH) + " characters, the most a line may have",
                        "break long text over several lines, with a block scalar such as 'description: >'");
                return false;
            }
            if (!printable(c)) {
                diagnostics.error(ErrorCode.YAML_SYNTAX, new Location(file, line, column),
                        String.format(Locale.ROOT, "character U+%04X is a control character, which YAML does not allow", c),
                        "remove it, or write it as an escape in a double-quoted text");
                return false;
            }
        }
        return true;
    }

    /** The characters YAML 1.1 allows in a file: tab, line ends and printable Unicode. */
    private static boolean printable(int c) {
        return c == '\t' || c == '\r' || c == 0x85 || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Where the first byte lies that is not part of valid UTF-8 (the decoder said there is one). */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(input, output, true);
        return result.isError() ? input.position() : Math.max(0, bytes.length - 1);
    }

    /** The line and column (in characters) of byte {@code at}, whose preceding bytes are valid UTF-8. */
    private Location byteLocation(byte[] bytes, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        if (line == 1 && before.startsWith(String.valueOf(BYTE_ORDER_MARK))) {
            column--;
        }
        return new Location(file, line, column);
    }

    private YamlNode node(JsonToken token, int depth) throws IOException {
        Location location = location(parser.currentTokenLocation());
        if (parser.isCurrentAlias()) {
            Anchored anchored = anchors.get(parser.getText());
            if (anchored == null) {
                throw new Refusal(ErrorCode.YAML_SYNTAX, location, "YAML syntax error: unknown alias '*" + parser.getText() + "'");
            }
            count(anchored.values(), location);
            return anchored.node();
        }
        String anchor = parser.getObjectId();
        long before = values;
        count(1, location);
        YamlNode node = value(token, location, depth);
        if (anchor != null) {
            anchors.put(anchor, new Anchored(node, values - before));
        }
        return node;
    }

    /** Counts {@code n} more values; past {@link Limits#VALUES}, the file is refused. */
    private void count(long n, Location location) {
        values += n;
        if (values > Limits.VALUES) {
            throw new Refusal(ErrorCode.LIMIT, location, "the file has more than " + Limits.count(Limits.VALUES)
                    + " values (each value an alias repeats counted again), the most a YAML file may have");
        }
    }

    private YamlNode value(JsonToken token, Location location, int depth) throws IOException {
        return switch (token) {
            case START_OBJECT -> mapping(location, nested(depth, location));
            case START_ARRAY -> sequence(location, nested(depth, location));
            case VALUE_STRING, VALUE_EMBEDDED_OBJECT -> new YamlNode.Scalar(parser.getText(), YamlNode.Kind.STRING, location);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(parser.getText(), YamlNode.Kind.NUMBER, location);
            // YAML 1.1 also reads yes/no/on/off as booleans: keep the value, not the spelling.
            case VALUE_TRUE -> new YamlNode.Scalar("true", YamlNode.Kind.BOOLEAN, location);
            case VALUE_FALSE -> new YamlNode.Scalar("false", YamlNode.Kind.BOOLEAN, location);
            case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.Kind.NULL, location);
            default -> throw new IllegalStateException("unexpected YAML token " + token + " at " + location);
        };
    }

    /** The depth of a mapping or list inside one at {@code depth}; past {@link Limits#NESTING}, the file is refused. */
    private static int nested(int depth, Location location) {
        if (depth > Limits.NESTING) {
            throw new Refusal(ErrorCode.LIMIT, location, "mappings and lists are nested more than " + Limits.NESTING
                    + " levels deep here, the most a YAML file may have");
        }
        return depth + 1;
    }

    private YamlNode.Mapping mapping(Location location, int depth) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        List<YamlNode.Mapping> merged = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String key = parser.currentName();
            Location keyLocation = location(parser.currentTokenLocation());
            YamlNode value = node(parser.nextToken(), depth);
            if (key.equals(MERGE_KEY) && value instanceof YamlNode.Mapping mergedMapping) {
                merged.add(mergedMapping);
                continue;
            }
            if (key.length() > Limits.NAME_LENGTH) {
                diagnostics.error(ErrorCode.LIMIT, keyLocation, "key has " + Limits.count(key.length())
                        + " characters, more than the " + Limits.NAME_LENGTH + " a key may have");
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

    private YamlNode.Sequence sequence(Location location, int depth) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(node(token, depth));
        }
        return new YamlNode.Sequence(items, location);
    }

    private Location location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return start();
        }
        return new Location(file, location.getLineNr(), Math.max(location.getColumnNr(), 1));
    }

    /** The file's first line and column: where a problem of the whole file is reported. */
    private Location start() {
        return new Location(file, 1, 1);
    }

    /** An anchored value and how many values it holds, so that each alias of it counts them again. */
    private record Anchored(YamlNode node, long values) {
    }

    /** A problem that ends the reading of the file: an alias without anchor, or a limit. */
    private static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final ErrorCode code;
        private final transient Location location;

        Refusal(ErrorCode code, Location location, String message) {
            super(message, null, false, false);
            this.code = code;
            this.location = location;
        }
    }

    /** Java type names, as the parser's messages sometimes hold: {@code StreamReadConstraints}, {@code java.io}. */
    private static final Pattern JAVA_WORDS = Pattern.compile("\\b[A-Z][a-z0-9]+[A-Z]\\w*|\\bjava\\.|`|\\w\\(\\)");

    /**
     * What the parser says is wrong, as {@code ": <first sentence>"}, or nothing when that names
     * Java types or methods, which mean nothing to a user.
     */
    private static String detail(String message) {
        String text = firstLine(message);
        int end = text.indexOf(". ");
        text = end < 0 ? text : text.substring(0, end);
        return text.isEmpty() || JAVA_WORDS.matcher(text).find() ? "" : ": " + text;
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable YAML" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }

    /** Why the file system refused, in words: never an exception's class. */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? "the file system refused" : firstLine(e.getMessage());
    }
}
