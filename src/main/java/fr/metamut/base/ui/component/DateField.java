package fr.metamut.base.ui.component;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date picker that speaks the user's language (French by default: "janvier", Monday first,
 * "Aujourd’hui", "Annuler"), shows and reads dates as dd/MM/yyyy (also d/M/yyyy), and says in words
 * what is wrong with a date it cannot read ("32/13/2027") instead of only turning red.
 */
public class DateField extends DatePicker {

    public DateField() {
        this(null);
    }

    public DateField(String label) {
        if (label != null) {
            setLabel(label);
        }
        Locale locale = getLocale() == null ? Locale.FRENCH : getLocale();
        setLocale(locale);
        setI18n(i18n(locale));
        setPlaceholder(getTranslation("date.placeholder"));
        setClearButtonVisible(true);
    }

    private DatePickerI18n i18n(Locale locale) {
        // Vaadin lists week days from Sunday
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> capitalize(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("date.today"))
                .setCancel(getTranslation("action.cancel"))
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd")
                .setBadInputErrorMessage(getTranslation("date.error.badInput"))
                .setMinErrorMessage(getTranslation("date.error.min"))
                .setMaxErrorMessage(getTranslation("date.error.max"));
    }

    /** Whether the user typed something that is not a date: then the value is empty but the field is not. */
    public boolean hasUnreadableInput() {
        return isInputUnparsable();
    }

    /** Earliest and latest dates accepted, with a message naming them when a date is outside. */
    public void setRange(LocalDate min, LocalDate max) {
        setMin(min);
        setMax(max);
    }

    private static String capitalize(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
