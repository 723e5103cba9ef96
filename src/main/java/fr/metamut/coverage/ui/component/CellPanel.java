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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The side panel of a matrix cell: who offers the service in that département, how much the survey
 * asks for it there, the other départements' situation, and for a director a way to their offerings.
 *
 * <p>Built at the first click, then updated in place: a click changes texts, classes and what is shown, and
 * creates components only for the cell's operators (and the départements' lines when they change), so a click
 * sends the browser what changed rather than a new panel; a matrix nobody clicks holds no panel at all.
 */
public class CellPanel extends VerticalLayout {

    private final Map<String, String> operatorCodes;
    private final String ownOperatorCode;
    private Parts parts;

    public CellPanel(Map<String, String> operatorCodes, String ownOperatorCode) {
        this.operatorCodes = operatorCodes;
        this.ownOperatorCode = ownOperatorCode;
        setId("cell-panel");
        addClassName("cell-panel");
        setVisible(false);
    }

    public void show(CoverageRow row, CoverageInput.Departement departement, List<CoverageInput.Departement> all,
                     List<String> plannedOffers) {
        if (parts == null) {
            parts = new Parts();
        }
        parts.show(row, departement, all, plannedOffers);
        setVisible(true);
    }

    /** The panel's components, made at the first click. */
    private final class Parts {

        private final H3 title = new H3();
        private final Span place = new Span();
        private final H4 operatorsTitle = new H4();
        private final Paragraph none = new Paragraph();
        private final UnorderedList operators = new UnorderedList();
        private final Paragraph demand = new Paragraph();
        private final Div others = new Div();
        /** The départements the lines of {@link #others} are for, each line's badge and text. */
        private List<String> othersCodes = List.of();
        private final List<Span> otherBadges = new ArrayList<>();
        private final List<Span> otherTexts = new ArrayList<>();
        private final Paragraph planned = new Paragraph();
        private final Anchor propose = new Anchor();

        Parts() {
            Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> setVisible(false));
            close.addThemeVariants(ButtonVariant.TERTIARY);
            close.setAriaLabel(getTranslation("action.close"));
            close.setId("cell-panel-close");
            title.setId("cell-panel-title");
            none.addClassName("cov-gap-text");
            operators.setId("cell-panel-operators");
            demand.setId("cell-panel-demand");
            others.setId("cell-panel-others");
            others.addClassName("panel-others");
            planned.setId("cell-panel-planned");
            planned.addClassName("cov-planned-text");
            propose.setId("cell-panel-propose");
            propose.setText(getTranslation("panel.propose"));
            add(close, title, place, operatorsTitle, none, operators, demand,
                    new H4(getTranslation("panel.elsewhere")), others, planned, propose);
            if (ownOperatorCode != null) {
                Anchor mine = new Anchor("operateurs/" + ownOperatorCode, getTranslation("panel.myOfferings"));
                mine.setId("cell-panel-my-offerings");
                add(mine);
            }
        }

        void show(CoverageRow row, CoverageInput.Departement departement, List<CoverageInput.Departement> all,
                  List<String> plannedOffers) {
            title.setText(row.service().name());
            place.setText(departement == null ? getTranslation("coverage.region")
                    : departement.code() + " " + departement.name());
            CoverageCell cell = departement == null ? row.region() : row.cell(departement.code());

            operatorsTitle.setText(getTranslation("panel.operators", cell.count()));
            none.setText(getTranslation(departement == null ? "panel.absentRegion" : "panel.none"));
            none.setVisible(cell.count() == 0);
            operators.removeAll();
            cell.operators().forEach(name -> {
                String code = operatorCodes.get(name);
                operators.add(new ListItem(code == null ? new Span(name) : new Anchor("operateurs/" + code, name)));
            });
            operators.setVisible(cell.count() > 0);
            demand.setText(cell.demand() == null
                    ? getTranslation("panel.noSurvey")
                    : getTranslation("panel.demand", Formats.number(cell.demand())));
            demand.setClassName("cov-demand-text", cell.demandWithoutOffer());

            showOthers(row, all);

            planned.setText(getTranslation("panel.planned", String.join(", ", plannedOffers)));
            planned.setVisible(!plannedOffers.isEmpty());
            boolean proposable = ownOperatorCode != null && departement != null
                    && (cell.count() == 0 || cell.count() >= 2);
            if (proposable) {
                propose.setHref("offres?service=" + row.service().code() + "&departement=" + departement.code()
                        + "&kind=" + (cell.count() == 0 ? "GAP" : "DOUBLON"));
            }
            propose.setVisible(proposable);
        }

        /** One line per other département, badge and demand; the lines are made again only when the list changes. */
        private void showOthers(CoverageRow row, List<CoverageInput.Departement> all) {
            List<String> codes = all.stream().map(CoverageInput.Departement::code).toList();
            if (!codes.equals(othersCodes)) {
                others.removeAll();
                otherBadges.clear();
                otherTexts.clear();
                for (int i = 0; i < all.size(); i++) {
                    Span badge = new Span();
                    Span text = new Span();
                    Div line = new Div(badge, text);
                    line.addClassName("panel-other");
                    others.add(line);
                    otherBadges.add(badge);
                    otherTexts.add(text);
                }
                othersCodes = codes;
            }
            for (int i = 0; i < all.size(); i++) {
                CoverageInput.Departement other = all.get(i);
                CoverageCell otherCell = row.cell(other.code());
                otherBadges.get(i).setText(String.valueOf(otherCell.count()));
                otherBadges.get(i).getElement().setAttribute("class", CellStyles.classes(otherCell));
                otherTexts.get(i).setText(other.code() + " " + other.name() + (otherCell.demand() == null ? ""
                        : " · " + getTranslation("panel.demandShort", Formats.number(otherCell.demand()))));
            }
        }
    }
}
