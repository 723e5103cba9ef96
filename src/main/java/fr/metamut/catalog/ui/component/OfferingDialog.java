package fr.metamut.catalog.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.metamut.base.ui.Notifications;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.ServiceLine;
import java.io.Serializable;
import java.util.List;

/** Adds an offering: a service in a département, with a short note. */
public class OfferingDialog extends Dialog {

    /** The service call that adds the offering; it may refuse. */
    @FunctionalInterface
    public interface AddOffering extends Serializable {
        void add(Departement departement, ServiceLine service, String note);
    }

    private final ComboBox<Departement> departement = new ComboBox<>();
    private final ComboBox<ServiceLine> service = new ComboBox<>();
    private final TextArea note = new TextArea();

    public OfferingDialog(List<Departement> departements, List<ServiceLine> services, AddOffering addOffering,
                          Runnable afterSave) {
        setId("offering-dialog");
        setHeaderTitle(getTranslation("offering.add"));
        setWidth("min(36rem, 95vw)");
        departement.setLabel(getTranslation("departement"));
        departement.setId("offering-departement");
        departement.setItems(departements);
        departement.setItemLabelGenerator(Departement::getLabel);
        departement.setRequiredIndicatorVisible(true);
        service.setLabel(getTranslation("service"));
        service.setId("offering-service");
        service.setItems(services);
        service.setItemLabelGenerator(ServiceLine::getName);
        service.setRequiredIndicatorVisible(true);
        note.setLabel(getTranslation("offering.note"));
        note.setId("offering-note");
        note.setMaxLength(Offering.NOTE_MAX_LENGTH);
        note.setHelperText(getTranslation("offering.note.help", Offering.NOTE_MAX_LENGTH));
        FormLayout form = new FormLayout(departement, service, note);
        form.setColspan(note, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> save(addOffering, afterSave));
        save.setId("dialog-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save(AddOffering addOffering, Runnable afterSave) {
        departement.setInvalid(departement.isEmpty());
        departement.setErrorMessage(getTranslation("validation.required"));
        service.setInvalid(service.isEmpty());
        service.setErrorMessage(getTranslation("validation.required"));
        if (departement.isEmpty() || service.isEmpty()) {
            return;
        }
        if (Notifications.attempt(() -> addOffering.add(departement.getValue(), service.getValue(), note.getValue()))) {
            close();
            Notifications.success(getTranslation("offering.added"));
            afterSave.run();
        }
    }
}
