package fr.metamut.copil.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.copil.domain.Decision;
import fr.metamut.copil.domain.DecisionLink;
import fr.metamut.copil.domain.MeetingContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The decisions of a meeting, as many as taken: each a text (its length counted as typed) and, optionally, the
 * offer, action or SWOT item it is about, chosen in one list. Its value is the list of decisions as typed.
 */
public class DecisionsField extends CustomField<List<MeetingContent.DecisionDraft>> {

    private final List<LinkChoice> choices;
    private final Div rows = new Div();
    private final List<Row> editors = new ArrayList<>();

    public DecisionsField(String label, List<LinkChoice> choices) {
        this.choices = List.copyOf(choices);
        setLabel(label);
        setId("copil-decisions");
        rows.addClassName("copil-decision-rows");
        Button add = new Button(getTranslation("copil.decision.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(null);
            updateValue();
            editors.getLast().text.focus();
        });
        add.setId("copil-decision-add");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add(rows, add);
        setWidthFull();
    }

    @Override
    protected List<MeetingContent.DecisionDraft> generateModelValue() {
        return editors.stream().map(Row::draft).toList();
    }

    @Override
    protected void setPresentationValue(List<MeetingContent.DecisionDraft> decisions) {
        rows.removeAll();
        editors.clear();
        (decisions == null ? List.<MeetingContent.DecisionDraft>of() : decisions).forEach(this::addRow);
    }

    private void addRow(MeetingContent.DecisionDraft draft) {
        Row row = new Row(editors.size());
        if (draft != null) {
            row.text.setValue(draft.text() == null ? "" : draft.text());
            row.link.setValue(choices.stream().filter(c -> c.kind() == draft.linkKind()
                    && Objects.equals(c.id(), draft.linkId())).findFirst().orElse(null));
        }
        editors.add(row);
        rows.add(row.layout);
    }

    /** The editors of one decision. */
    private final class Row {
        final TextArea text = new TextArea();
        final ComboBox<LinkChoice> link = new ComboBox<>();
        final Div layout = new Div();

        Row(int index) {
            text.setId("copil-decision-text-" + index);
            text.setPlaceholder(getTranslation("copil.decision.placeholder"));
            text.setWidthFull();
            TextLimit.apply(text, Decision.TEXT_MAX_LENGTH);
            // each key counts, so that Esc right after typing still asks before discarding (see DialogBehaviour)
            text.setValueChangeMode(ValueChangeMode.EAGER);
            link.setId("copil-decision-link-" + index);
            link.setPlaceholder(getTranslation("copil.decision.about"));
            link.setItems(choices);
            link.setItemLabelGenerator(c -> DecisionLink.about(getTranslation(c.kind().messageKey()), c.label(),
                    (kind, title) -> getTranslation("copil.link.label", kind, title)));
            link.setClearButtonVisible(true);
            link.setWidthFull();
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                editors.remove(this);
                rows.remove(layout);
                updateValue();
            });
            remove.setId("copil-decision-remove-" + index);
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("copil.decision.remove"));
            text.addValueChangeListener(e -> updateValue());
            link.addValueChangeListener(e -> updateValue());
            layout.addClassName("copil-decision-row");
            layout.add(text, link, remove);
        }

        MeetingContent.DecisionDraft draft() {
            LinkChoice choice = link.getValue();
            return new MeetingContent.DecisionDraft(text.getValue(), choice == null ? null : choice.kind(),
                    choice == null ? null : choice.id());
        }
    }
}
