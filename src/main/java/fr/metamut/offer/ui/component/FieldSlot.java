package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.ui.component.AmountField;
import fr.metamut.base.ui.component.DateField;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferProblem;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One field of the offer form: its input, how its value reads as the offer's content (a text as an
 * amount, operators as their ids...) or why it cannot be read, the message shown on it, and the value
 * held beside it while someone else's save waits.
 *
 * @param <V> the input's own value type
 */
public final class FieldSlot<V> implements Serializable {

    /** Reads an input's value as the content holds it, or says why it cannot. */
    @FunctionalInterface
    public interface Reading<V> extends Serializable {
        Object read(V value) throws Unreadable;
    }

    /** What the user typed cannot be read: the message to show (a translation key and its arguments). */
    public static final class Unreadable extends Exception {

        private final String messageKey;
        private final transient Object[] arguments;

        public Unreadable(String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }
    }

    /** Text up to {@code max} characters (stripped, as stored); longer is refused, never cut. */
    public static Reading<String> limited(int max) {
        return text -> {
            int length = TextLimit.lengthOf(text);
            if (length > max) {
                throw new Unreadable("form.error.tooLong", max, length);
            }
            return text;
        };
    }

    /** The amount in the field, as French users type it; what could be read two ways, or not at all, is refused. */
    public static Reading<String> amount(AmountField input) {
        return text -> {
            try {
                return input.getAmount();
            } catch (UserFacingException e) {
                throw new Unreadable(e.getMessageKey());
            }
        };
    }

    /** A date, refused when the picker holds text that is no date (its value is then empty). */
    public static Reading<LocalDate> date(DateField input) {
        return date -> {
            if (input.hasUnreadableInput()) {
                throw new Unreadable("date.error.badInput");
            }
            return date;
        };
    }

    /** A field made of several inputs, refused while one of them cannot be read. */
    public static <V> Reading<V> composite(CompositeInput input) {
        return value -> {
            input.checkReadable();
            return value;
        };
    }

    /** For inputs whose value is the content's own value. */
    @SuppressWarnings("unchecked")
    public static <V> V same(Object value) {
        return (V) value;
    }

    private final OfferField field;
    private final HasValue<?, V> input;
    private final SerializableFunction<Object, V> toInput;
    private final Reading<V> reading;
    private final FieldHold hold;
    private final Span editing = new Span();
    private final Div box;

    FieldSlot(OfferField field, HasValue<?, V> input, SerializableFunction<Object, V> toInput, Reading<V> reading) {
        this.field = field;
        this.input = input;
        this.toInput = toInput;
        this.reading = reading;
        this.hold = new FieldHold(field);
        editing.setId("offer-editing-" + field.name());
        editing.addClassName("field-editing");
        editing.setVisible(false);
        this.box = new Div(component(), editing, hold);
        box.addClassName("offer-field");
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
        try {
            return reading.read(input.getValue());
        } catch (Unreadable e) {
            return null;
        }
    }

    /** Shows a content value, unless the input already holds it (so what the user typed stays as typed). */
    public void show(Object value) {
        if (unreadable() == null && OfferField.sameValue(value(), value)) {
            return;
        }
        input.setValue(toInput.apply(value));
    }

    /** What the user typed and cannot be read (a date such as 32/13/2027, an amount such as 1e6), or null. */
    public OfferProblem unreadable() {
        try {
            reading.read(input.getValue());
            return null;
        } catch (Unreadable e) {
            return OfferProblem.on(field, e.messageKey, e.arguments);
        }
    }

    /** Marks the field with a message, or clears it ({@code null}). */
    public void problem(String message) {
        if (input instanceof HasValidation validation) {
            validation.setErrorMessage(message);
            validation.setInvalid(message != null);
        }
    }

    /** Shows, under the field, who else is in it; nothing for {@code null}. */
    void othersEditing(String names) {
        component().getElement().getClassList().set("being-edited", names != null);
        editing.setText(names == null ? "" : names);
        editing.setVisible(names != null);
    }
}
