package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.ui.component.DialogBehaviour;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.service.FieldConflict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Someone saved other values in fields I changed: shows both versions per field and lets me keep mine or
 * take theirs. My text stays in the form until I choose; nothing is saved before.
 */
public class ConflictDialog extends Dialog {

    /** Keep my value, or take the one saved meanwhile. */
    public enum Choice { MINE, THEIRS }

    public ConflictDialog(List<FieldConflict> conflicts, OfferChoices values, PeopleDirectory people,
                          SerializableConsumer<Map<OfferField, Choice>> resolve) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("offer.conflict.title"));
        setWidth("min(44rem, 95vw)");
        add(new Paragraph(getTranslation("offer.conflict.intro")));
        Map<OfferField, RadioButtonGroup<Choice>> choices = new EnumMap<>(OfferField.class);
        for (FieldConflict conflict : conflicts) {
            RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
            choice.setId("conflict-choice-" + conflict.field().name());
            choice.setItems(Choice.values());
            choice.setItemLabelGenerator(c -> getTranslation("offer.conflict." + c.name()));
            choice.setValue(Choice.MINE);
            choices.put(conflict.field(), choice);
            String theirLabel = conflict.theirAuthor() == null ? getTranslation("offer.conflict.theirs")
                    : getTranslation("offer.conflict.theirsBy", people.displayName(conflict.theirAuthor()));
            Div theirs = new Div(new Paragraph(theirLabel), new Paragraph(values.format(conflict.field(), conflict.theirs())));
            theirs.addClassName("conflict-theirs");
            Div mine = new Div(new Paragraph(getTranslation("offer.conflict.mine")), new Paragraph(values.format(conflict.field(), conflict.mine())));
            mine.addClassName("conflict-mine");
            Div block = new Div(new H4(getTranslation("offer.field." + conflict.field().name())), theirs, mine, choice);
            block.addClassName("conflict-field");
            add(block);
        }
        Button apply = new Button(getTranslation("offer.conflict.apply"), click -> {
            Map<OfferField, Choice> result = new EnumMap<>(OfferField.class);
            choices.forEach((field, group) -> result.put(field, group.getValue()));
            close();
            resolve.accept(result);
        });
        apply.setId("conflict-apply");
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), apply);
        // radio groups are not Focusable in Flow, so the dialog kit passes them by: focus the first choice here
        choices.values().stream().findFirst().ifPresent(first -> addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                first.getElement().executeJs("""
                        const group = this;
                        requestAnimationFrame(() => setTimeout(() => {
                          const radio = group.querySelector('vaadin-radio-button[checked]') || group.querySelector('vaadin-radio-button');
                          if (radio) { radio.focus(); }
                        }, 50));""");
            }
        }));
        DialogBehaviour.askBeforeDiscarding(this, () -> choices.values().stream().anyMatch(c -> c.getValue() != Choice.MINE));
    }
}
