package fr.metamut.base.ui.component;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import fr.metamut.base.domain.Amounts;
import fr.metamut.base.domain.Amounts.InvalidAmountException;
import fr.metamut.base.domain.UserFacingException;
import java.math.BigDecimal;

/**
 * An amount in euros, typed or pasted as French users write it ("120 000,00 €", "1,5"). A plain text
 * field, not Vaadin's number fields: those drop the characters they do not expect ("1.5" became 15 and
 * "1e6" became 16 in French), whereas here what cannot be read one way only is a field error saying so.
 * The field marks itself invalid with the reason as soon as the text changes; bound with a
 * {@link #converter()}, a binder shows the same message.
 */
public class AmountField extends TextField {

    private String messages = "amount.error.";

    public AmountField() {
        this(null);
    }

    public AmountField(String label) {
        super(label);
        setSuffixComponent(new Span("€"));
        addThemeVariants(TextFieldVariant.ALIGN_RIGHT);
        getElement().setAttribute("inputmode", "decimal");
        addValueChangeListener(event -> showProblem());
    }

    /**
     * The same reading for a number that is not in euros (an indicator's target, say): no € suffix, and the
     * messages speak of a number, not of an amount.
     */
    public AmountField withoutCurrency() {
        setSuffixComponent(null);
        messages = "number.error.";
        return this;
    }

    /** The amount typed, {@code null} when empty; a refusal naming the problem when the text is no amount. */
    public BigDecimal getAmount() {
        try {
            return Amounts.parse(getValue(), getLocale());
        } catch (InvalidAmountException e) {
            throw new UserFacingException(messageKey(e));
        }
    }

    /** Shows an amount, written the application's way ("120 000", "1 500,50"). */
    public void setAmount(BigDecimal amount) {
        setValue(Amounts.format(amount, getLocale()));
    }

    /** Whether the text is empty or an amount. */
    public boolean isReadable() {
        try {
            Amounts.parse(getValue(), getLocale());
            return true;
        } catch (InvalidAmountException e) {
            return false;
        }
    }

    /** For {@code binder.forField(amountField).withConverter(amountField.converter())}. */
    public Converter<String, BigDecimal> converter() {
        return new Converter<>() {
            @Override
            public Result<BigDecimal> convertToModel(String text, ValueContext context) {
                try {
                    return Result.ok(Amounts.parse(text, getLocale()));
                } catch (InvalidAmountException e) {
                    return Result.error(getTranslation(messageKey(e)));
                }
            }

            @Override
            public String convertToPresentation(BigDecimal amount, ValueContext context) {
                return Amounts.format(amount, getLocale());
            }
        };
    }

    private void showProblem() {
        try {
            Amounts.parse(getValue(), getLocale());
            setInvalid(false);
        } catch (InvalidAmountException e) {
            setErrorMessage(getTranslation(messageKey(e)));
            setInvalid(true);
        }
    }

    private String messageKey(InvalidAmountException e) {
        return messages + e.getProblem().name();
    }
}
