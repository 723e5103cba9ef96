package fr.metamut.catalog.ui.component;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.component.EditDialog;
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
        code.setMaxLength(ServiceLine.CODE_MAX_LENGTH);
        code.setHelperText(getTranslation("operator.code.help"));
        TextField name = new TextField(getTranslation("service.name"));
        name.setId("service-name");
        name.setMaxLength(ServiceLine.NAME_MAX_LENGTH);
        ComboBox<ServiceFamily> family = new ComboBox<>(getTranslation("service.family"), families);
        family.setId("service-family");
        family.setItemLabelGenerator(ServiceFamily::getName);
        TextArea description = new TextArea(getTranslation("service.description"));
        description.setId("service-description");
        description.setMaxLength(ServiceLine.DESCRIPTION_MAX_LENGTH);
        form().add(code, name, family, description);
        form().setColspan(description, 2);
        binder().forField(code).bind("code");
        binder().forField(name).bind("name");
        binder().forField(family).bind("family");
        binder().forField(description).withNullRepresentation("").bind("description");
    }

    @Override
    public void edit(ServiceLine service) {
        setHeaderTitle(getTranslation(service.isNew() ? "services.add" : "services.edit"));
        super.edit(service);
    }
}
