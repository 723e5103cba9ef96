package fr.metamut.coverage.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import fr.metamut.base.ui.component.SvgPicture;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;

/**
 * "Ce que comptent les chiffres": the same three definitions (synthesis lines, catalogue services, covered)
 * next to every coverage figure, so that "16 sur 32" on the dashboard and "19 sur 40" on the map read as
 * two different counts, not as a contradiction. The text is markup under one server node (three paragraphs made
 * six nodes on each page that shows it).
 */
public class CoverageDefinitions extends Div {

    private final Div text = new Div();

    public CoverageDefinitions(String id) {
        addClassName("coverage-definitions");
        Button open = new Button(getTranslation("coverage.definition.title"), VaadinIcon.INFO_CIRCLE_O.create());
        open.setId(id);
        open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        text.setId(id + "-text");
        text.addClassName("coverage-definitions-text");
        Popover popover = new Popover(text);
        popover.setTarget(open);
        popover.setWidth("28rem");
        popover.setPosition(PopoverPosition.BOTTOM_START);
        popover.setAriaLabelledBy(id);
        add(open, popover);
    }

    /** Puts the current counts of the matrix in the definitions. */
    public void show(CoverageMatrix matrix) {
        text.getElement().setProperty("innerHTML",
                paragraph(getTranslation("coverage.definition.synthesis", matrix.serviceCount(true)))
                        + paragraph(getTranslation("coverage.definition.catalogue", matrix.serviceCount(false)))
                        + paragraph(getTranslation("coverage.definition.covered")));
    }

    private static String paragraph(String text) {
        return "<p>" + SvgPicture.escape(text) + "</p>";
    }
}
