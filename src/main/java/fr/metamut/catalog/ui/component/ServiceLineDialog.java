package fr.metamut.catalog.ui.component;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.component.EditDialog;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.catalog.domain.ServiceFamily;
import fr.metamut.catalog.domain.ServiceLine;
import java.util.List;

/** Creates or edits a catalogue service (administrators). */
public class ServiceLineDialog extends EditDialog<ServiceLine> {

    public ServiceLineDialog(List<ServiceFamily> families, SerializableConsumer<ServiceLine> save, Runnable afterSave) {
        super("", ServiceLine.class, save, afterSave);
        setId("service-dialog");
        TextField code = new TextField(getTranslation("service.code"));
        code.setId("service-code");
        TextField name = new TextField(getTranslation("service.name"));
        name.setId("service-name");
        ComboBox<ServiceFamily> family = new ComboBox<>(getTranslation("service.family"), families);
        family.setId("service-family");
        family.setItemLabelGenerator(ServiceFamily::getName);
        TextArea description = new TextArea(getTranslation("service.description"));
        description.setId("service-description");
        form().add(code, name, family, description);
        form().setColspan(description, 2);

        CodeAndName.bind(this, code, ServiceLine.CODE_MAX_LENGTH, name, ServiceLine.NAME_MAX_LENGTH);
        TextLimit.apply(description, ServiceLine.DESCRIPTION_MAX_LENGTH);
        binder().forField(family).asRequired(getTranslation("validation.required")).bind("family");
        binder().forField(description).withValidator(TextLimit.validator(description, ServiceLine.DESCRIPTION_MAX_LENGTH))
                .withNullRepresentation("").bind("description");
        showRefusalsOn("code", code);
        showRefusalsOn("name", name);
    }

    @Override
    public void edit(ServiceLine service) {
        setHeaderTitle(getTranslation(service.isNew() ? "services.add" : "services.edit"));
        super.edit(service);
    }

    @Override
    protected String savedMessage(ServiceLine saved) {
        return getTranslation("service.saved", saved.getName());
    }
}
