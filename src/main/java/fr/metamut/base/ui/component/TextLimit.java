package fr.metamut.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The length limit of a text field, shown as the user types ("12 / 200") and enforced on the field
 * with a message. No {@code maxlength} in the browser: it cut a pasted text without a word, and the
 * user never knew what was lost. Texts are measured stripped, as the services store them.
 */
public final class TextLimit {

    private static final String SHOWN = TextLimit.class.getName();

    private TextLimit() {
    }

    /** Counts as the user types, and marks the field invalid with a message above {@code max} characters. */
    public static <F extends Component & HasValue<?, String> & HasHelper & HasValidationProperties & HasValueChangeMode>
            void apply(F field, int max) {
        String help = field.getHelperText();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        Runnable show = () -> {
            int length = lengthOf(field.getValue());
            String counter = field.getTranslation("form.counter", length, max);
            field.setHelperText(help == null || help.isBlank() ? counter : help + " · " + counter);
            if (length > max) {
                String message = tooLong(field, length, max);
                ComponentUtil.setData(field, SHOWN, message);
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else if (ComponentUtil.getData(field, SHOWN) != null) {
                // clear only the error this class showed, not another rule's
                if (ComponentUtil.getData(field, SHOWN).equals(field.getErrorMessage())) {
                    field.setInvalid(false);
                }
                ComponentUtil.setData(field, SHOWN, null);
            }
        };
        field.addValueChangeListener(event -> show.run());
        show.run();
    }

    /** The same rule for a binder, so that a bean is never written with a text over the limit. */
    public static Validator<String> validator(Component field, int max) {
        return (value, context) -> {
            int length = lengthOf(value);
            return length > max ? ValidationResult.error(tooLong(field, length, max)) : ValidationResult.ok();
        };
    }

    public static int lengthOf(String value) {
        return value == null ? 0 : value.strip().length();
    }

    private static String tooLong(Component field, int length, int max) {
        return field.getTranslation("form.error.tooLong", max, length);
    }

}
