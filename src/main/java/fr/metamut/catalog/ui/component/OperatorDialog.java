package fr.metamut.catalog.ui.component;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.component.EditDialog;
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
        code.setMaxLength(Operator.CODE_MAX_LENGTH);
        code.setHelperText(getTranslation("operator.code.help"));
        TextField name = new TextField(getTranslation("operator.name"));
        name.setId("operator-name");
        name.setMaxLength(Operator.NAME_MAX_LENGTH);
        ComboBox<OperatorKind> kind = new ComboBox<>(getTranslation("operator.kind"), OperatorKind.values());
        kind.setId("operator-kind");
        kind.setItemLabelGenerator(k -> getTranslation("operator.kind." + k.name()));
        ComboBox<Departement> home = new ComboBox<>(getTranslation("operator.home"), departements);
        home.setId("operator-home");
        home.setItemLabelGenerator(Departement::getLabel);
        home.setClearButtonVisible(true);
        IntegerField agents = new IntegerField(getTranslation("operator.agents"));
        agents.setId("operator-agents");
        agents.setMin(0);
        TextField website = new TextField(getTranslation("operator.website"));
        website.setId("operator-website");
        website.setMaxLength(Operator.WEBSITE_MAX_LENGTH);
        TextArea description = new TextArea(getTranslation("operator.description"));
        description.setId("operator-description");
        description.setMaxLength(Operator.DESCRIPTION_MAX_LENGTH);
        form().add(code, name, kind, home, agents, website, description);
        form().setColspan(description, 2);
        binder().forField(code).bind("code");
        binder().forField(name).bind("name");
        binder().forField(kind).bind("kind");
        binder().forField(home).bind("homeDepartement");
        binder().forField(agents).withValidator(a -> a == null || a >= 0, getTranslation("validation.positive"))
                .bind("agents");
        binder().forField(website).withNullRepresentation("").bind("website");
        binder().forField(description).withNullRepresentation("").bind("description");
    }

    @Override
    public void edit(Operator operator) {
        setHeaderTitle(getTranslation(operator.isNew() ? "operators.add" : "operators.edit"));
        super.edit(operator);
    }
}
