package fr.metamut.base.ui.component;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import fr.metamut.base.domain.Amounts;
import fr.metamut.base.domain.Amounts.InvalidAmountException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A whole number (agents, a percentage), read as strictly as {@link AmountField} reads amounts: Vaadin's
 * IntegerField drops the characters it does not expect ("1.5" became 15, "1e6" 16), whereas here "1,5",
 * "1.5" or "1e6" is a field error saying what to write. Grouped thousands ("1 200") are read. A plain text
 * field that marks itself invalid as soon as the text changes; bound with a {@link #converter()}, a binder
 * shows the same message. Ranges are the binder's business (each form words its own rule).
 */
public class WholeNumberField extends TextField {

    private static final String NOT_WHOLE = "number.whole.DECIMALS";
    private static final String TOO_LARGE = "number.whole.TOO_LARGE";

    public WholeNumberField(String label) {
        super(label);
        addThemeVariants(TextFieldVariant.ALIGN_RIGHT);
        getElement().setAttribute("inputmode", "numeric");
        addValueChangeListener(event -> showProblem());
    }

    /** A unit shown after the number ("%"). */
    public WholeNumberField withSuffix(String suffix) {
        setSuffixComponent(new Span(suffix));
        return this;
    }

    /** For {@code binder.forField(field).withConverter(field.converter())}. */
    public Converter<String, Integer> converter() {
        return new Converter<>() {
            @Override
            public Result<Integer> convertToModel(String text, ValueContext context) {
                Optional<String> problem = problemOf(text);
                return problem.isPresent() ? Result.error(getTranslation(problem.get())) : Result.ok(read(text));
            }

            @Override
            public String convertToPresentation(Integer number, ValueContext context) {
                return number == null ? "" : Amounts.format(BigDecimal.valueOf(number), getLocale());
            }
        };
    }

    private void showProblem() {
        Optional<String> problem = problemOf(getValue());
        problem.ifPresent(key -> setErrorMessage(getTranslation(key)));
        setInvalid(problem.isPresent());
    }

    /** The translation key saying why {@code text} is no whole number, if it is not one (blank is fine). */
    private Optional<String> problemOf(String text) {
        BigDecimal number;
        try {
            number = Amounts.parse(text, getLocale());
        } catch (InvalidAmountException e) {
            return Optional.of("number.whole." + e.getProblem().name());
        }
        if (number == null) {
            return Optional.empty();
        }
        if (number.stripTrailingZeros().scale() > 0) {
            return Optional.of(NOT_WHOLE);
        }
        if (number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Optional.of(TOO_LARGE);
        }
        return Optional.empty();
    }

    private Integer read(String text) {
        BigDecimal number = Amounts.parse(text, getLocale());
        return number == null ? null : number.intValueExact();
    }
}
