package fr.metamut.swot.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
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
 * One SWOT item on the board: its title (with, for those who may edit, a pencil), details, evidence links
 * and the actions of the plan that serve it with their progress; everything else (move, history, remove)
 * in one menu. Who added or last changed it shows on hover or focus, not as a line on every card.
 */
public class SwotItemCard extends Div {

    public SwotItemCard(SwotCard card, boolean first, boolean last, boolean editable, BoardActionPlan plan,
                        DisplayNames names, SwotBoardActions actions) {
        SwotItem item = card.item();
        setId("swot-item-" + item.getId());
        addClassName("swot-item");
        Span title = new Span(item.getTitle());
        title.addClassName("swot-item-title");
        Div heading = new Div(title);
        heading.addClassName("swot-item-heading");
        if (editable) {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> actions.editItem(item));
            edit.addClassName("swot-edit");
            edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            edit.setAriaLabel(getTranslation("swot.editItem", item.getTitle()));
            edit.setTooltipText(getTranslation("action.edit"));
            heading.add(edit);
        }
        heading.add(menu(item, first, last, editable, actions));
        add(heading);
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
    }

    /** History for all; up, down, move to another quadrant and remove for those who may edit. */
    private MenuBar menu(SwotItem item, boolean first, boolean last, boolean editable, SwotBoardActions actions) {
        MenuBar menu = new MenuBar();
        menu.addClassName("swot-item-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON, MenuBarVariant.SMALL);
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("swot.menu", item.getTitle()));
        root.setTooltipText(getTranslation("swot.menuShort"));
        SubMenu sub = root.getSubMenu();
        if (editable) {
            item(sub, "swot-up", item, "swot.moveUp", () -> actions.moveItem(item, -1)).setEnabled(!first);
            item(sub, "swot-down", item, "swot.moveDown", () -> actions.moveItem(item, 1)).setEnabled(!last);
            MenuItem moveTo = sub.addItem(getTranslation("swot.moveTo"));
            moveTo.setId("swot-move-" + item.getId());
            Arrays.stream(Quadrant.values()).filter(q -> q != item.getQuadrant()).forEach(q ->
                    moveTo.getSubMenu().addItem(getTranslation(q.messageKey()), click -> actions.moveItemTo(item, q))
                            .setId("swot-move-" + item.getId() + "-" + q.name()));
        }
        item(sub, "swot-history", item, "swot.history", () -> actions.showHistory(item));
        if (editable) {
            item(sub, "swot-remove", item, "action.delete", () -> actions.removeItem(item));
        }
        return menu;
    }

    private MenuItem item(SubMenu sub, String idPrefix, SwotItem item, String labelKey, Runnable action) {
        MenuItem entry = sub.addItem(getTranslation(labelKey), click -> action.run());
        entry.setId(idPrefix + "-" + item.getId());
        return entry;
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

}
