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
import fr.metamut.base.domain.Texts;
import fr.metamut.base.domain.UserFacingException;

/**
 * The length limit of a text field, shown as the user types ("12 / 200") and enforced on the field
 * with a message. No {@code maxlength} in the browser: it cut a pasted text without a word, and the
 * user never knew what was lost. Texts are measured stripped, as the services store them.
 */
public final class TextLimit {

    private static final String SHOWN = TextLimit.class.getName();

    private TextLimit() {
    }

    /**
     * Counts as the user types, and marks the field invalid with a message above {@code max} characters or
     * when it holds a character no database keeps.
     */
    public static <F extends Component & HasValue<?, String> & HasHelper & HasValidationProperties & HasValueChangeMode>
            void apply(F field, int max) {
        String help = field.getHelperText();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        Runnable show = () -> {
            int length = lengthOf(field.getValue());
            String counter = field.getTranslation("form.counter", length, max);
            field.setHelperText(help == null || help.isBlank() ? counter : help + " · " + counter);
            String message = problem(field, field.getValue(), max);
            if (message != null) {
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

    /**
     * The same rules for a binder, so that a bean is never written with a text over the limit, nor with a
     * character no database keeps (a NUL byte, a lone surrogate: see {@link Texts}).
     */
    public static Validator<String> validator(Component field, int max) {
        return (value, context) -> {
            String message = problem(field, value, max);
            return message == null ? ValidationResult.ok() : ValidationResult.error(message);
        };
    }

    /** What is wrong with a text for a field of {@code max} characters, or {@code null}. */
    private static String problem(Component field, String value, int max) {
        int length = lengthOf(value);
        if (length > max) {
            return tooLong(field, length, max);
        }
        try {
            Texts.requireStorable(value);
            return null;
        } catch (UserFacingException refusal) {
            return field.getTranslation(refusal.getMessageKey(), refusal.getArguments());
        }
    }

    public static int lengthOf(String value) {
        return value == null ? 0 : value.strip().length();
    }

    private static String tooLong(Component field, int length, int max) {
        return field.getTranslation("form.error.tooLong", max, length);
    }

}
