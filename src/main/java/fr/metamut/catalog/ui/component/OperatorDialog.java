package fr.metamut.catalog.ui.component;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.component.EditDialog;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.base.ui.component.WholeNumberField;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorKind;
import java.util.List;

/** Creates or edits an operator (administrators). */
public class OperatorDialog extends EditDialog<Operator> {

    public OperatorDialog(List<Departement> departements, SerializableConsumer<Operator> save, Runnable afterSave) {
        super("", Operator.class, save, afterSave);
        setId("operator-dialog");
        TextField code = new TextField(getTranslation("operator.code"));
        code.setId("operator-code");
        TextField name = new TextField(getTranslation("operator.name"));
        name.setId("operator-name");
        ComboBox<OperatorKind> kind = new ComboBox<>(getTranslation("operator.kind"), OperatorKind.values());
        kind.setId("operator-kind");
        kind.setItemLabelGenerator(k -> getTranslation("operator.kind." + k.name()));
        ComboBox<Departement> home = new ComboBox<>(getTranslation("operator.home"), departements);
        home.setId("operator-home");
        home.setItemLabelGenerator(Departement::getLabel);
        home.setClearButtonVisible(true);
        WholeNumberField agents = new WholeNumberField(getTranslation("operator.agents"));
        agents.setId("operator-agents");
        TextField website = new TextField(getTranslation("operator.website"));
        website.setId("operator-website");
        TextArea description = new TextArea(getTranslation("operator.description"));
        description.setId("operator-description");
        form().add(code, name, kind, home, agents, website, description);
        form().setColspan(description, 2);

        CodeAndName.bind(this, code, Operator.CODE_MAX_LENGTH, name, Operator.NAME_MAX_LENGTH);
        TextLimit.apply(website, Operator.WEBSITE_MAX_LENGTH);
        TextLimit.apply(description, Operator.DESCRIPTION_MAX_LENGTH);
        binder().forField(kind).asRequired(getTranslation("validation.required")).bind("kind");
        binder().forField(home).bind("homeDepartement");
        binder().forField(agents).withConverter(agents.converter())
                .withValidator(a -> a == null || a >= 0, getTranslation("validation.positive"))
                .bind("agents");
        binder().forField(website).withValidator(TextLimit.validator(website, Operator.WEBSITE_MAX_LENGTH))
                .withNullRepresentation("").bind("website");
        binder().forField(description).withValidator(TextLimit.validator(description, Operator.DESCRIPTION_MAX_LENGTH))
                .withNullRepresentation("").bind("description");
        showRefusalsOn("code", code);
        showRefusalsOn("name", name);
    }

    @Override
    public void edit(Operator operator) {
        setHeaderTitle(getTranslation(operator.isNew() ? "operators.add" : "operators.edit"));
        super.edit(operator);
    }

    @Override
    protected String savedMessage(Operator saved) {
        return getTranslation("operator.saved", saved.getName());
    }
}
