package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.function.SerializableFunction;
import fr.metamut.offer.domain.OfferField;
import java.io.Serializable;
import java.util.Objects;

/**
 * One field of the offer form: its input, how its value maps to the offer's content (operators to their
 * ids...), the message shown on it, and the value held beside it while someone else's save waits.
 *
 * <p>Only inputs that parse what is typed (dates, amounts) are given a {@code badInputKey}: their own
 * validator then says whether the text in them could be read.
 *
 * @param <V> the input's own value type
 */
public final class FieldSlot<V> implements Serializable {

    private final OfferField field;
    private final HasValue<?, V> input;
    private final SerializableFunction<Object, V> toInput;
    private final SerializableFunction<V, Object> toContent;
    private final String badInputKey;
    private final FieldHold hold;
    private final Div box;
    private final String helper;

    FieldSlot(OfferField field, HasValue<?, V> input, SerializableFunction<Object, V> toInput,
              SerializableFunction<V, Object> toContent, String badInputKey) {
        this.field = field;
        this.input = input;
        this.toInput = toInput;
        this.toContent = toContent;
        this.badInputKey = badInputKey;
        this.hold = new FieldHold(field);
        this.box = new Div(component(), hold);
        box.addClassName("offer-field");
        this.helper = input instanceof HasHelper h ? h.getHelperText() : null;
    }

    public OfferField field() {
        return field;
    }

    public Component component() {
        return (Component) input;
    }

    Div box() {
        return box;
    }

    FieldHold hold() {
        return hold;
    }

    HasValue<?, V> input() {
        return input;
    }

    /** The value as the offer's content holds it ({@code null} when the input cannot be read). */
    public Object value() {
        return badInput() == null ? toContent.apply(input.getValue()) : null;
    }

    /** Shows a content value, unless the input already shows it (so the cursor is not disturbed). */
    public void show(Object value) {
        V shown = toInput.apply(value);
        if (!Objects.equals(input.getValue(), shown)) {
            input.setValue(shown);
        }
    }

    /** The translation key of what the user typed and cannot be read (a date such as 32/13/2027), or null. */
    @SuppressWarnings("unchecked")
    public String badInput() {
        if (input instanceof CompositeInput composite) {
            return composite.badInput();
        }
        if (badInputKey != null && input instanceof HasValidator<?> validated) {
            ValidationResult result = ((HasValidator<V>) validated).getDefaultValidator()
                    .apply(input.getValue(), new ValueContext(component()));
            if (result.isError()) {
                return badInputKey;
            }
        }
        return null;
    }

    /** Marks the field with a message, or clears it ({@code null}). */
    public void problem(String message) {
        if (input instanceof HasValidation validation) {
            validation.setErrorMessage(message);
            validation.setInvalid(message != null);
        }
    }

    public boolean hasProblem() {
        return input instanceof HasValidation validation && validation.isInvalid();
    }

    /** Shows who else is in the field (names), or the field's own help when nobody is. */
    void othersEditing(String names) {
        component().getElement().getClassList().set("being-edited", names != null);
        if (input instanceof HasHelper h) {
            h.setHelperText(names == null ? helper : names);
        }
    }
}
