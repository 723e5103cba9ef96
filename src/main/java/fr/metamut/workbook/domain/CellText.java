package fr.metamut.workbook.domain;

import org.jspecify.annotations.Nullable;

/**
 * What text a cell can hold, and the formula-injection rule for text cells.
 *
 * <p><b>Characters.</b> An xlsx is XML, which cannot hold a NUL, most control characters or half of a UTF-16
 * surrogate pair. Text stored before such characters were refused would be written by POI as "?", and the
 * unchanged file would then no longer match the database on import. The export writes each such character as
 * U+FFFD (the replacement character, {@link #sanitize}); the imports compare the database's text sanitised the
 * same way, so an exported workbook always imports back unchanged. Spreadsheets also read {@code _xHHHH_} in a
 * cell as the character HHHH (Excel writes a carriage return as {@code _x000D_}): the export escapes a literal
 * {@code _xHHHH_} as {@code _x005F_xHHHH_}, and the import decodes them ({@link #decode}), as Excel does.
 *
 * <p><b>Formulas.</b> Labels come from reference data and from users, so a label
 * such as {@code =HYPERLINK(...)} or {@code +SUM(A1)} must stay text in Excel and LibreOffice.
 *
 * <p>Every text is written as a string cell (never a formula element), which is already inert when the
 * file opens. A risky text also gets the cell style's quote prefix ({@code quotePrefix="1"}, the hidden
 * apostrophe of Excel and LibreOffice), so that re-entering the cell in either program keeps it text
 * instead of evaluating it. The text itself is stored unchanged: no visible apostrophe is added.
 */
public final class CellText {

    private CellText() {
    }

    /**
     * Whether a spreadsheet would read this text as a formula (or a signed number turned formula) when a
     * user edits the cell: it starts with {@code = + - @}, a tab, a carriage return or a line feed, or
     * with the full-width {@code ＝ ＋ － ＠} that an input method may turn into their ASCII forms.
     */
    public static boolean isRisky(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    /** The character the export writes for one XML cannot hold. */
    public static final char REPLACEMENT = '\uFFFD';

    /**
     * The text with every character XML 1.0 cannot hold (NUL and the other control characters but tab, line
     * feed and carriage return; U+FFFE, U+FFFF; a lone surrogate) replaced by {@link #REPLACEMENT}.
     * The same text when there is none; null for null.
     */
    public static String sanitize(String text) {
        int bad = firstUnsafe(text);
        if (bad < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, bad);
        for (int i = bad; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(isUnsafe(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    /** Whether the text holds a character XML cannot hold (see {@link #sanitize}). */
    public static boolean hasUnsafe(@Nullable String text) {
        return firstUnsafe(text) >= 0;
    }

    private static int firstUnsafe(@Nullable String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isUnsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A character XML 1.0 cannot hold, a surrogate being unsafe here when it is not part of a pair. */
    private static boolean isUnsafe(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }

    /** The text as the export writes it in a cell: {@link #sanitize sanitised}, a literal {@code _xHHHH_} escaped. */
    public static String forCell(String text) {
        String safe = sanitize(text);
        if (safe == null || !safe.contains("_x")) {
            return safe;
        }
        StringBuilder out = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            if (escapeAt(safe, i) >= 0) {
                out.append("_x005F");
            }
            out.append(safe.charAt(i));
        }
        return out.toString();
    }

    /**
     * The text of a cell as spreadsheets read it: each {@code _xHHHH_} is the character of code HHHH (the
     * escape OOXML uses for characters XML cannot hold, and {@code _x005F_} for a literal underscore).
     */
    public static String decode(CharSequence raw) {
        String text = raw.toString();
        if (!text.contains("_x")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int code = escapeAt(text, i);
            if (code >= 0) {
                out.append((char) code);
                i += 6;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /** The code of an {@code _xHHHH_} escape starting at {@code i}, or -1. */
    private static int escapeAt(String text, int i) {
        if (i + 7 > text.length() || text.charAt(i) != '_' || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return -1;
        }
        int code = 0;
        for (int k = i + 2; k < i + 6; k++) {
            char c = text.charAt(k);
            int digit = c < 128 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                return -1;
            }
            code = code * 16 + digit;
        }
        return code;
    }
}
