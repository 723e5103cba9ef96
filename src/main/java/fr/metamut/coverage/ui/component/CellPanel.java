package fr.metamut.coverage.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.metamut.base.ui.Formats;
import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import java.util.List;
import java.util.Map;

/**
 * The side panel of a matrix cell: who offers the service in that département, how much the survey
 * asks for it there, the other départements' situation, and for a director a way to their offerings.
 */
public class CellPanel extends VerticalLayout {

    private final Map<String, String> operatorCodes;
    private final String ownOperatorCode;

    public CellPanel(Map<String, String> operatorCodes, String ownOperatorCode) {
        this.operatorCodes = operatorCodes;
        this.ownOperatorCode = ownOperatorCode;
        setId("cell-panel");
        addClassName("cell-panel");
        setVisible(false);
    }

    public void show(CoverageRow row, CoverageInput.Departement departement, List<CoverageInput.Departement> all,
                     List<String> plannedOffers) {
        removeAll();
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> setVisible(false));
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setAriaLabel(getTranslation("action.close"));
        close.setId("cell-panel-close");
        H3 title = new H3(row.service().name());
        title.setId("cell-panel-title");
        add(close, title, new Span(departement == null ? getTranslation("coverage.region") : departement.code() + " " + departement.name()));
        CoverageCell cell = departement == null ? row.region() : row.cell(departement.code());

        add(new H4(getTranslation("panel.operators", cell.count())));
        if (cell.count() == 0) {
            Paragraph none = new Paragraph(getTranslation(departement == null ? "panel.absentRegion" : "panel.none"));
            none.addClassName("cov-gap-text");
            add(none);
        } else {
            UnorderedList operators = new UnorderedList();
            operators.setId("cell-panel-operators");
            cell.operators().forEach(name -> {
                String code = operatorCodes.get(name);
                operators.add(new ListItem(code == null ? new Span(name) : new Anchor("operateurs/" + code, name)));
            });
            add(operators);
        }
        Paragraph demand = new Paragraph(cell.demand() == null
                ? getTranslation("panel.noSurvey")
                : getTranslation("panel.demand", Formats.number(cell.demand())));
        demand.setId("cell-panel-demand");
        if (cell.demandWithoutOffer()) {
            demand.addClassName("cov-demand-text");
        }
        add(demand);

        add(new H4(getTranslation("panel.elsewhere")));
        Div others = new Div();
        others.setId("cell-panel-others");
        others.addClassName("panel-others");
        for (CoverageInput.Departement other : all) {
            CoverageCell otherCell = row.cell(other.code());
            Span badge = CellStyles.badge(otherCell);
            Div line = new Div(badge, new Span(other.code() + " " + other.name()
                    + (otherCell.demand() == null ? "" : " · " + getTranslation("panel.demandShort", Formats.number(otherCell.demand())))));
            line.addClassName("panel-other");
            others.add(line);
        }
        add(others);

        if (!plannedOffers.isEmpty()) {
            Paragraph planned = new Paragraph(getTranslation("panel.planned", String.join(", ", plannedOffers)));
            planned.setId("cell-panel-planned");
            planned.addClassName("cov-planned-text");
            add(planned);
        }
        if (ownOperatorCode != null && departement != null && (cell.count() == 0 || cell.count() >= 2)) {
            Anchor propose = new Anchor("offres?service=" + row.service().code() + "&departement=" + departement.code()
                    + "&kind=" + (cell.count() == 0 ? "GAP" : "DOUBLON"), getTranslation("panel.propose"));
            propose.setId("cell-panel-propose");
            add(propose);
        }
        if (ownOperatorCode != null) {
            Anchor mine = new Anchor("operateurs/" + ownOperatorCode, getTranslation("panel.myOfferings"));
            mine.setId("cell-panel-my-offerings");
            add(mine);
        }
        setVisible(true);
    }
}
