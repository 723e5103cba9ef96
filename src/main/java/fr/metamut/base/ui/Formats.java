package fr.metamut.base.ui;

import com.vaadin.flow.component.UI;
import fr.metamut.base.domain.Amounts;
import fr.metamut.base.domain.RegionTime;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers and dates in the user's locale (French by default: "1 086", "28/11/2026 17:05"). */
public final class Formats {

    private Formats() {
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? TranslationProvider.FRENCH : ui.getLocale();
    }

    public static String number(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(value instanceof BigDecimal decimal ? Math.max(0, decimal.stripTrailingZeros().scale()) : 2);
        return format.format(value);
    }

    /** An amount in euros: "120 000 €", "12 500,50 €" (cents, when there are any, always as two digits). */
    public static String euros(BigDecimal amount) {
        return amount == null ? "" : Amounts.format(amount, locale()) + " €";
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale()).withZone(RegionTime.ZONE).format(instant);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale()).format(date);
    }
}
