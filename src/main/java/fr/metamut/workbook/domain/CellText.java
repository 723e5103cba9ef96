package fr.metamut.workbook.domain;

/**
 * The formula-injection rule for text cells. Labels come from reference data and from users, so a label
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
    public static boolean isRisky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
