package io.hooklake.generator.docs;

import java.nio.charset.StandardCharsets;

/**
 * The one place the docs site (and the dashboard) escapes text: every name, description, type,
 * location and SQL statement goes through {@link #text} (or {@link #attribute}) before it lands in
 * HTML or SVG, because all of them come from a user's YAML.
 */
public final class Html {

    private Html() {
    }

    /**
     * {@code value} safe as element content and as a quoted attribute value in HTML and SVG:
     * {@code & < > " '} become character references, and control characters other than tab and
     * line feed are dropped (XML forbids them).
     */
    public static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        appendText(out, value);
        return out.toString();
    }

    /** Appends {@code value} escaped as by {@link #text}. */
    static void appendText(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> {
                    // LF only: a CR LF from a YAML file written on Windows keeps its LF.
                }
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }

    /**
     * {@code name} escaped as by {@link #text}, with a line-break opportunity ({@code <wbr>}) after
     * each {@code __}, {@code .} and {@code /}, so long model names and paths wrap at their parts
     * in narrow columns.
     */
    static String breakable(String name) {
        String text = text(name);
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            boolean last = i + 1 == text.length();
            if (!last && (c == '.' || c == '/' || c == '_' && i > 0 && text.charAt(i - 1) == '_' && text.charAt(i + 1) != '_')) {
                out.append("<wbr>");
            }
        }
        return out.toString();
    }

    /** The same as {@link #text}: attribute values are always written in double quotes. */
    static String attribute(String value) {
        return text(value);
    }

    /**
     * A file-name part for {@code name}: lower-case letters, digits, {@code _} and {@code -} are
     * kept, every other byte of its UTF-8 form becomes {@code ~} and two hex digits. The mapping is
     * one to one, the result needs no escaping in a URL, and names differing only in case get
     * different files even on a file system that ignores case.
     */
    static String fileName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                out.append((char) c);
            } else {
                out.append('~').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            }
        }
        return out.toString();
    }
}
