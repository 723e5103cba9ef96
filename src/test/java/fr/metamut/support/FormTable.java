package fr.metamut.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.shared.HasValidationProperties;
import fr.metamut.base.ui.component.FormInput;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The rows of a form's table test: a field (by id), what the user types or picks in it, and either the
 * French message the field must show or the value that must be stored. {@link #type} enters the input the
 * way a browser sends it, whatever the field: text, amount, date (typed, so unreadable dates are unreadable
 * input), a list (by label; blank clears it), a multi-select (labels separated by {@code ;}).
 */
public final class FormTable {

    private FormTable() {
    }

    /** What a row expects: a message on the field, or (when {@code message} is null) a stored value. */
    public record Row(String field, String input, String message, Object stored) {

        /** A long input shows as its length in the test's name. */
        @Override
        public String toString() {
            String shown = input.length() > 40 ? input.length() + " characters" : "\"" + input + "\"";
            return field + " ← " + shown + (message == null ? " is stored as " + stored : " is refused");
        }

        public boolean refused() {
            return message != null;
        }
    }

    public static Arguments refuses(String field, String input, String message) {
        return Arguments.of(new Row(field, input, message, null));
    }

    public static Arguments stores(String field, String input, Object stored) {
        return Arguments.of(new Row(field, input, null, stored));
    }

    /** Types or picks {@code input} in the component with id {@code fieldId}. */
    @SuppressWarnings("unchecked")
    public static void type(String fieldId, String input) {
        Component field = _get(Component.class, spec -> spec.withId(fieldId));
        if (field instanceof DatePicker picker) {
            FormInput.typeDate(picker, input);
        } else if (field instanceof ComboBox<?> box) {
            if (input.isBlank()) {
                _setValue((ComboBox<Object>) box, null);
            } else {
                ComboBoxKt.selectByLabel(box, input);
            }
        } else if (field instanceof MultiSelectComboBox<?> multi) {
            pick((MultiSelectComboBox<Object>) multi, input);
        } else {
            _setValue((HasValue<?, String>) field, input);
        }
    }

    private static void pick(MultiSelectComboBox<Object> field, String labels) {
        Set<String> wanted = Arrays.stream(labels.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        Set<Object> items = field.getListDataView().getItems()
                .filter(item -> wanted.contains(field.getItemLabelGenerator().apply(item)))
                .collect(Collectors.toSet());
        assertThat(items).as("items labelled %s", wanted).hasSize(wanted.size());
        _setValue(field, items);
    }

    /** Asserts the field shows {@code message} as its error. */
    public static void assertShows(String fieldId, String message) {
        Component field = _get(Component.class, spec -> spec.withId(fieldId));
        HasValidationProperties validated = (HasValidationProperties) field;
        assertThat(validated.isInvalid()).as("%s is marked invalid", fieldId).isTrue();
        assertThat(validated.getErrorMessage()).as("the message on %s", fieldId).isEqualTo(message);
    }

    /**
     * A refused row: the field shows its message, nothing went to a toast (the user looks at the field), and
     * the dialog is still open with what was typed.
     */
    public static void assertRefusedOnField(Row row, String dialogId) {
        assertShows(row.field(), row.message());
        assertThat(KaribuTest.notificationTexts()).as("the message is on the field, not in a toast").isEmpty();
        _get(Dialog.class, spec -> spec.withId(dialogId));
    }

    /**
     * A save based on what someone else changed meanwhile: the user is told, the dialog stays open and the
     * field still holds what they typed.
     */
    @SuppressWarnings("unchecked")
    public static void assertLostRaceReported(String dialogId, String fieldId, String typed) {
        assertThat(KaribuTest.notificationTexts()).containsExactly(
                "Quelqu’un d’autre vient de modifier cet élément : rechargez la page puis recommencez.");
        _get(Dialog.class, spec -> spec.withId(dialogId));
        assertThat(((HasValue<?, String>) _get(Component.class, spec -> spec.withId(fieldId))).getValue())
                .as("what the user typed is kept").isEqualTo(typed);
    }

    /** Compares a stored value with what a row expects (numbers by value, not by scale). */
    public static void assertStored(Object actual, Object expected) {
        if (expected instanceof java.math.BigDecimal number && actual instanceof java.math.BigDecimal stored) {
            assertThat(stored).isEqualByComparingTo(number);
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }
}
