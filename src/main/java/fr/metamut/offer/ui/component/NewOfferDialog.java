package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.Notifications;
import fr.metamut.base.ui.component.DialogBehaviour;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferInvalidException;
import fr.metamut.offer.domain.OfferProblem;
import fr.metamut.offer.service.OfferService;
import java.util.List;
import java.util.Set;

/**
 * "Nouvelle offre conjointe": the title of a new draft, possibly prefilled from a coverage cell (its
 * service, département and gap or doublon). The title has the focus, Enter creates, Esc asks before
 * dropping what was typed; a refused title is marked on the field, and nothing is created.
 */
public class NewOfferDialog extends Dialog {

    private final TextField title = new TextField();

    /** {@code service}, {@code departementCode} and {@code kind} come from a coverage cell, or are null. */
    public NewOfferDialog(OfferService offers, ServiceLine service, String departementCode, AddressedCell.Kind kind,
                          SerializableConsumer<JointOffer> onCreated) {
        setId("new-offer-dialog");
        setHeaderTitle(getTranslation("offers.new"));
        setWidth("min(36rem, 95vw)");
        title.setLabel(getTranslation("offer.field.TITLE"));
        title.setId("new-offer-title");
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        String initial = service == null ? "" : getTranslation("offers.prefilledTitle", service.getName(),
                departementCode == null ? getTranslation("coverage.region") : departementCode);
        title.setValue(initial);
        TextLimit.apply(title, JointOffer.TITLE_MAX_LENGTH);
        add(title);
        Set<Long> services = service == null ? Set.of() : Set.of(service.getId());
        Set<String> departements = departementCode == null ? Set.of() : Set.of(departementCode);
        Set<AddressedCell> cells = service == null || departementCode == null ? Set.of()
                : Set.of(new AddressedCell(service.getCode(), departementCode, kind == null ? AddressedCell.Kind.GAP : kind));
        Button create = new Button(getTranslation("offers.create"), click -> {
            OfferContent content = new OfferContent(title.getValue(), "", "", null, null, null, Set.of(), services,
                    departements, List.of(), Set.of(), cells);
            try {
                JointOffer created = offers.create(content);
                close();
                onCreated.accept(created);
            } catch (OfferInvalidException refused) {
                refused.getProblems().stream().filter(p -> p.field() == OfferField.TITLE).findFirst()
                        .ifPresentOrElse(this::showOnTitle, () -> Notifications.error(Notifications.messageOf(refused)));
            }
        });
        create.setId("new-offer-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("new-offer-cancel");
        getFooter().add(cancel, create);
        DialogBehaviour.focusFirstField(this);
        DialogBehaviour.submitOnEnterIfSingleLine(this, create);
        DialogBehaviour.submitsOnce(this, create);
        DialogBehaviour.askBeforeDiscarding(this, () -> !title.getValue().equals(initial));
    }

    private void showOnTitle(OfferProblem problem) {
        title.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments().toArray()));
        title.setInvalid(true);
    }
}
