package fr.metamut.catalog.ui.component;

import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.base.ui.component.EditDialog;
import fr.metamut.base.ui.component.TextLimit;

/** The code and the name every catalogue entity has (operators, services), as their dialogs bind them. */
final class CodeAndName {

    private CodeAndName() {
    }

    /** Binds {@code code} and {@code name} (both required, counted against their limits) to the bean's properties. */
    static void bind(EditDialog<?> dialog, TextField code, int codeMax, TextField name, int nameMax) {
        String required = dialog.getTranslation("validation.required");
        code.setHelperText(dialog.getTranslation("operator.code.help"));
        TextLimit.apply(code, codeMax);
        TextLimit.apply(name, nameMax);
        dialog.binder().forField(code).asRequired(EditDialog.required(required))
                .withValidator(TextLimit.validator(code, codeMax)).bind("code");
        dialog.binder().forField(name).asRequired(EditDialog.required(required))
                .withValidator(TextLimit.validator(name, nameMax)).bind("name");
    }
}
