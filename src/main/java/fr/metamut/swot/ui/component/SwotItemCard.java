package fr.metamut.swot.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import fr.metamut.base.domain.Attribution;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.ui.Formats;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.service.SwotCard;
import fr.metamut.swot.service.SwotCard.EvidenceLink;
import java.util.Arrays;
import java.util.Locale;

/**
 * One SWOT item on the board: title, details, evidence links, the actions of the plan that serve it, who
 * added or last changed it, and (for those who may edit) buttons to move, edit, remove it and to see its
 * history.
 */
public class SwotItemCard extends Div {

    public SwotItemCard(SwotCard card, boolean first, boolean last, boolean editable, BoardActionPlan plan,
                        DisplayNames names, SwotBoardActions actions) {
        SwotItem item = card.item();
        setId("swot-item-" + item.getId());
        addClassName("swot-item");
        Span title = new Span(item.getTitle());
        title.addClassName("swot-item-title");
        add(title);
        if (item.getDescription() != null) {
            Paragraph description = new Paragraph(item.getDescription());
            description.addClassName("swot-item-description");
            add(description);
        }
        if (!card.evidence().isEmpty()) {
            Div evidence = new Div();
            evidence.addClassName("swot-evidence");
            card.evidence().forEach(link -> evidence.add(evidenceLink(link)));
            add(evidence);
        }
        if (plan.showsOn(item.getId())) {
            add(new LinkedActionList(item.getId(), plan));
        }
        Span origin = new Span(origin(item, names));
        origin.addClassNames("source", "swot-item-origin");
        add(origin);
        Div toolbar = new Div();
        toolbar.addClassName("swot-item-actions");
        toolbar.add(button(VaadinIcon.CLOCK, "swot.history", "swot-history", () -> actions.showHistory(item)));
        if (editable) {
            Button up = button(VaadinIcon.ARROW_UP, "swot.moveUp", "swot-up", () -> actions.moveItem(item, -1));
            up.setEnabled(!first);
            Button down = button(VaadinIcon.ARROW_DOWN, "swot.moveDown", "swot-down", () -> actions.moveItem(item, 1));
            down.setEnabled(!last);
            toolbar.add(up, down, moveTo(item, actions),
                    button(VaadinIcon.EDIT, "action.edit", "swot-edit", () -> actions.editItem(item)),
                    button(VaadinIcon.TRASH, "action.delete", "swot-remove", () -> actions.removeItem(item)));
        }
        add(toolbar);
    }

    private String origin(SwotItem item, DisplayNames names) {
        Attribution attribution = item.getAttribution();
        if (attribution.getUpdatedBy() != null && attribution.getCreatedBy() != null
                && attribution.getUpdatedAt().equals(attribution.getCreatedAt())) {
            return getTranslation("swot.addedBy", names.of(attribution.getCreatedBy()),
                    Formats.dateTime(attribution.getCreatedAt()));
        }
        if (attribution.getUpdatedBy() != null) {
            return getTranslation("swot.changedBy", names.of(attribution.getUpdatedBy()),
                    Formats.dateTime(attribution.getUpdatedAt()));
        }
        return item.getSource() == null ? getTranslation("common.userEntered") : item.getSource();
    }

    private Div evidenceLink(EvidenceLink link) {
        String label = link.label() == null ? getTranslation("swot.evidence.gone") : link.label();
        String text = getTranslation(switch (link.kind()) {
            case CELL -> "swot.evidence.cell";
            case NEED -> "swot.evidence.needLink";
            case PARTNERSHIP -> "swot.evidence.partnershipLink";
        }, label);
        String href = link.target() == null ? null : switch (link.kind()) {
            case CELL -> "couverture?departement=" + link.target();
            case NEED -> "besoins";
            case PARTNERSHIP -> "partenariats?partenariat=" + link.target();
        };
        Div chip = new Div();
        chip.addClassNames("tag", "swot-evidence-link", "swot-evidence-" + link.kind().name().toLowerCase(Locale.ROOT));
        chip.add(href == null || link.label() == null ? new Span(text) : new Anchor(href, text));
        return chip;
    }

    private Select<Quadrant> moveTo(SwotItem item, SwotBoardActions actions) {
        Select<Quadrant> select = new Select<>();
        select.addClassName("swot-move");
        select.setPlaceholder(getTranslation("swot.moveTo"));
        select.setAriaLabel(getTranslation("swot.moveTo"));
        select.setItems(Arrays.stream(Quadrant.values()).filter(q -> q != item.getQuadrant()).toList());
        select.setItemLabelGenerator(q -> getTranslation(q.messageKey()));
        select.addThemeName("small");
        select.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                actions.moveItemTo(item, e.getValue());
            }
        });
        return select;
    }

    private Button button(VaadinIcon icon, String labelKey, String className, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addClassName(className);
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }
}
