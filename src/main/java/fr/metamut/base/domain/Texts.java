package fr.metamut.base.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which characters a text users submit may hold: those XML 1.0 allows — tab, line feed, carriage return,
 * and every other character from U+0020 on, except lone surrogates (half of an emoji, typically left by a
 * bad copy-paste or a cut in the middle of a pair) and the non-characters U+FFFE and U+FFFF. That rule is
 * what every store of Métamut's texts agrees on: PostgreSQL refuses NUL in {@code text} columns (H2 keeps
 * it), and a workbook cell, being XML, holds none of the others. Pure, so forms and the persistence
 * check ({@link StorableTextListener}) apply the same rule.
 *
 * <p>Such characters are refused, never silently removed: they are invisible, so removing them would
 * change what the user typed without them knowing, and a lone surrogate is a damaged character whose
 * intended value nobody can guess.
 */
public final class Texts {

    /** Message key of the refusal: {0} is the character's code ("U+0000"), {1} the text just before it. */
    public static final String INVALID_CHARACTER = "error.invalidCharacter";
    /** Message key of the refusal when the text starts with the character: {0} is its code. */
    public static final String INVALID_FIRST_CHARACTER = "error.invalidFirstCharacter";

    /** How much of the text before the character the message quotes, to help find it. */
    private static final int EXCERPT_LENGTH = 20;

    private Texts() {
    }

    /** Whether every character of {@code text} may be stored ({@code null} may). */
    public static boolean isStorable(CharSequence text) {
        return firstUnstorable(text) < 0;
    }

    /** The index of the first character that may not be stored, {@code -1} if there is none. */
    public static int firstUnstorable(@Nullable CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < Character.MIN_SURROGATE) {
                continue;
            }
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns {@code text} unchanged when it may be stored; otherwise refuses it with a message that names
     * the character and quotes the text before it.
     */
    public static String requireStorable(String text) {
        int index = firstUnstorable(text);
        if (index < 0) {
            return text;
        }
        String code = String.format(Locale.ROOT, "U+%04X", (int) text.charAt(index));
        String before = excerptBefore(text, index);
        if (before.isEmpty()) {
            throw new UserFacingException(INVALID_FIRST_CHARACTER, code);
        }
        throw new UserFacingException(INVALID_CHARACTER, code, before);
    }

    /** Up to {@link #EXCERPT_LENGTH} characters before {@code index}, on one line and cut on a whole word. */
    private static String excerptBefore(String text, int index) {
        int start = Math.max(0, index - EXCERPT_LENGTH);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        String excerpt = text.substring(start, index).replaceAll("\\s+", " ").strip();
        int space = excerpt.indexOf(' ');
        if (start > 0 && space > 0 && space < excerpt.length() - 1) {
            excerpt = excerpt.substring(space + 1);
        }
        return (start > 0 ? "…" : "") + excerpt;
    }
}
