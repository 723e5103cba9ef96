package fr.metamut.base.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Amounts in euros as people type or paste them, read strictly: "120000", "120 000", "120 000,00 €",
 * "1,5" (and "1.5") are read; anything that could be read two ways ("1.500", "1,500" in French) or is
 * not an amount ("1e6", "12 34", "abc") is refused with a reason, never turned into another number.
 * French is the default reading; in English the decimal mark is the point and the comma groups
 * thousands. Plain Java: the amount fields and the Excel imports use it.
 */
public final class Amounts {

    /** Why a text is not an amount; each has a translated message {@code amount.error.<name>}. */
    public enum Problem {
        /** Not a number at all (letters, an exponent, stray signs). */
        FORMAT,
        /** A separator that reads both as thousands and as decimals ("1.500"). */
        AMBIGUOUS,
        /** Digit groups that are not thousands ("12 34"). */
        GROUPING,
        /** More than two decimals: an amount in euros has cents at most. */
        DECIMALS;

        public String messageKey() {
            return "amount.error." + name();
        }
    }

    /** A text refused as an amount, with the reason. */
    public static final class InvalidAmountException extends IllegalArgumentException {

        private final Problem problem;

        public InvalidAmountException(Problem problem, String text) {
            super(problem + ": " + text);
            this.problem = problem;
        }

        public Problem getProblem() {
            return problem;
        }
    }

    public static final int MAX_DECIMALS = 2;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2009]+");
    private static final Pattern CURRENCY = Pattern.compile("(?i)^(€|eur(os?)?)|(€|eur(os?)?)$");
    private static final Pattern SIGNED = Pattern.compile("^([+\\-\\u2212]?)(.*)$");
    private static final Pattern DIGITS_AND_MARKS = Pattern.compile("[0-9., ]+");

    private Amounts() {
    }

    /** The amount written in {@code text}, {@code null} when it is blank. */
    public static @Nullable BigDecimal parse(@Nullable String text, @Nullable Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = SPACES.matcher(text.strip()).replaceAll(" ");
        s = CURRENCY.matcher(s).replaceAll("").strip();
        s = CURRENCY.matcher(s).replaceAll("").strip();
        Matcher signed = SIGNED.matcher(s);
        signed.matches();
        boolean negative = !signed.group(1).isEmpty() && !"+".equals(signed.group(1));
        s = signed.group(2).strip();
        if (s.isEmpty() || !DIGITS_AND_MARKS.matcher(s).matches() || !Character.isDigit(s.charAt(0))
                || !Character.isDigit(s.charAt(s.length() - 1))) {
            throw new InvalidAmountException(Problem.FORMAT, text);
        }
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String[] parts = english ? splitEnglish(s, text) : splitFrench(s, text);
        String integer = ungroup(parts[0], parts[1], text);
        String decimals = parts[2];
        if (decimals != null && decimals.length() > MAX_DECIMALS) {
            throw new InvalidAmountException(Problem.DECIMALS, text);
        }
        BigDecimal amount = new BigDecimal(decimals == null ? integer : integer + "." + decimals);
        return negative ? amount.negate() : amount;
    }

    /** Integer part, its grouping mark (or null), decimal part (or null), read the French way. */
    private static String[] splitFrench(String s, String text) {
        int commas = count(s, ',');
        int points = count(s, '.');
        if (commas > 1) {
            throw new InvalidAmountException(commas > 0 && points == 0 ? Problem.GROUPING : Problem.FORMAT, text);
        }
        if (commas == 1) {
            // "1 000,50" or "1.000,50": the comma is the decimal mark, points (if any) group thousands
            int at = s.indexOf(',');
            return new String[] {s.substring(0, at), points > 0 ? "." : " ", s.substring(at + 1)};
        }
        if (points == 1) {
            int at = s.indexOf('.');
            String after = s.substring(at + 1);
            if (after.length() == 3 && !s.substring(0, at).contains(" ")) {
                // 1.500: one thousand five hundred, or one and a half?
                throw new InvalidAmountException(Problem.AMBIGUOUS, text);
            }
            return new String[] {s.substring(0, at), " ", after};
        }
        if (points > 1) {
            return new String[] {s, ".", null};
        }
        return new String[] {s, " ", null};
    }

    private static String[] splitEnglish(String s, String text) {
        int points = count(s, '.');
        if (points > 1) {
            throw new InvalidAmountException(Problem.FORMAT, text);
        }
        if (points == 1) {
            int at = s.indexOf('.');
            return new String[] {s.substring(0, at), s.contains(",") ? "," : " ", s.substring(at + 1)};
        }
        int commas = count(s, ',');
        if (commas == 1 && s.length() - s.indexOf(',') - 1 != 3) {
            // "1,5" in an English field: a French decimal comma or a typo, not a thousands separator
            throw new InvalidAmountException(Problem.AMBIGUOUS, text);
        }
        return new String[] {s, commas > 0 ? "," : " ", null};
    }

    /** The digits of an integer part whose groups after the first are exactly three digits. */
    private static String ungroup(String integer, String mark, String text) {
        String normalized = integer.replace(' ', mark.charAt(0));
        if (!" ".equals(mark) && integer.contains(" ")) {
            throw new InvalidAmountException(Problem.GROUPING, text);
        }
        String[] groups = normalized.split(Pattern.quote(mark), -1);
        if (groups.length > 1) {
            if (groups[0].isEmpty() || groups[0].length() > 3) {
                throw new InvalidAmountException(Problem.GROUPING, text);
            }
            for (int i = 1; i < groups.length; i++) {
                if (groups[i].length() != 3) {
                    throw new InvalidAmountException(Problem.GROUPING, text);
                }
            }
        }
        String digits = String.join("", groups);
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            throw new InvalidAmountException(Problem.FORMAT, text);
        }
        return digits;
    }

    /** The amount as the application writes it: "120 000", "1 500,50" (English: "120,000", "1,500.50"). */
    public static String format(@Nullable BigDecimal amount, @Nullable Locale locale) {
        if (amount == null) {
            return "";
        }
        boolean english = locale != null && "en".equals(locale.getLanguage());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(english ? Locale.ENGLISH : Locale.FRENCH);
        symbols.setGroupingSeparator(english ? ',' : ' ');
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setMinusSign('-');
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
