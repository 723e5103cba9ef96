package fr.metamut.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import fr.metamut.base.domain.Texts;
import fr.metamut.base.domain.UserFacingException;

/**
 * A binder validator for text fields: the field shows, as the user types, the refusal the services would
 * give for a character no store keeps ({@link Texts}), e.g.
 * {@code binder.forField(title).withValidator(new StorableTextValidator())}. The services check anyway;
 * this only brings the message to the field.
 */
public class StorableTextValidator implements Validator<String> {

    @Override
    public ValidationResult apply(String value, ValueContext context) {
        try {
            Texts.requireStorable(value);
            return ValidationResult.ok();
        } catch (UserFacingException refusal) {
            String message = context.getComponent()
                    .map(field -> field.getTranslation(refusal.getMessageKey(), refusal.getArguments()))
                    .orElseGet(() -> UI.getCurrent().getTranslation(refusal.getMessageKey(), refusal.getArguments()));
            return ValidationResult.error(message);
        }
    }
}
