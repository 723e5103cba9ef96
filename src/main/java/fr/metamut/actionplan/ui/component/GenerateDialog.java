package fr.metamut.actionplan.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableFunction;
import fr.metamut.actionplan.service.GenerationCandidate;
import fr.metamut.actionplan.service.GenerationResult;
import fr.metamut.base.ui.Notifications;
import fr.metamut.base.ui.component.DialogBehaviour;
import java.util.List;
import java.util.Objects;

/**
 * Picks a validated joint offer whose actions are not generated yet, and generates them. The picker has the
 * focus, Enter generates, and Esc asks before dropping a choice the user made.
 */
public class GenerateDialog extends Dialog {

    private final ComboBox<GenerationCandidate> offer = new ComboBox<>();
    private GenerationCandidate preselected;

    public GenerateDialog(List<GenerationCandidate> candidates, SerializableFunction<Long, GenerationResult> generate,
                          Runnable afterGenerate) {
        setId("plan-generate-dialog");
        setHeaderTitle(getTranslation("plan.generate"));
        setWidth("min(40rem, 95vw)");
        Paragraph help = new Paragraph(getTranslation("plan.generate.help"));
        help.addClassName("source");
        offer.setId("plan-generate-offer");
        offer.setLabel(getTranslation("plan.generate.offer"));
        offer.setWidthFull();
        offer.setItems(candidates);
        offer.setItemLabelGenerator(c -> getTranslation("plan.generate.option", c.title(), c.leadName(), c.missingActions()));
        add(help, offer);
        Button confirm = new Button(getTranslation("plan.generate.confirm"), click -> confirm(generate, afterGenerate));
        confirm.setId("plan-generate-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (candidates.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("plan.generate.none"));
            none.setId("plan-generate-none");
            add(none);
            offer.setEnabled(false);
            confirm.setEnabled(false);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        DialogBehaviour.focusFirstField(this);
        DialogBehaviour.submitOnEnterIfSingleLine(this, confirm);
        DialogBehaviour.submitsOnce(this, confirm);
        DialogBehaviour.askBeforeDiscarding(this, () -> !Objects.equals(offer.getValue(), preselected));
    }

    /** Selects the given offer when it is among the candidates (a link from the offer's page). */
    public void preselect(Long offerId) {
        offer.getListDataView().getItems().filter(c -> c.offerId().equals(offerId)).findFirst().ifPresent(c -> {
            preselected = c;
            offer.setValue(c);
        });
    }

    private void confirm(SerializableFunction<Long, GenerationResult> generate, Runnable afterGenerate) {
        if (offer.isEmpty()) {
            offer.setErrorMessage(getTranslation("validation.required"));
            offer.setInvalid(true);
            return;
        }
        GenerationResult[] result = new GenerationResult[1];
        if (Notifications.attempt(() -> result[0] = generate.apply(offer.getValue().offerId()))) {
            close();
            Notifications.success(getTranslation("plan.generate.done", result[0].created(), result[0].alreadyThere()));
            afterGenerate.run();
        }
    }
}
