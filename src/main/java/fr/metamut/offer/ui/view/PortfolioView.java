package fr.metamut.offer.ui.view;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.coverage.domain.matrix.CellState;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferChangedEvent;
import fr.metamut.offer.service.OfferService;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The portfolio: each gap and doublon of the matrix, and the joint offers that address it, by status. */
@Route("portefeuille")
@Menu(order = 13, icon = "vaadin:briefcase", title = "nav.portfolio")
@PermitAll
public class PortfolioView extends VerticalLayout implements TitledView {

    /** A gap or doublon with the offers addressing it. */
    public record Line(String service, String departement, CellState state, List<String> offers) {
    }

    private final CoverageService coverage;
    private final OfferService offers;
    private final Grid<Line> grid = new Grid<>();
    private final Checkbox addressedOnly = new Checkbox();
    private ListDataProvider<Line> rows;

    public PortfolioView(CoverageService coverage, OfferService offers, ChangeFeed feed) {
        this.coverage = coverage;
        this.offers = offers;
        grid.setId("portfolio-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(Line::service).setHeader(getTranslation("service")).setFlexGrow(2).setSortable(true);
        grid.addColumn(Line::departement).setHeader(getTranslation("departement")).setSortable(true);
        grid.addColumn(l -> getTranslation(fr.metamut.coverage.ui.component.CellStyles.legendKey(l.state())))
                .setHeader(getTranslation("portfolio.state")).setSortable(true);
        grid.addColumn(l -> l.offers().isEmpty() ? "—" : String.join(" ; ", l.offers()))
                .setHeader(getTranslation("portfolio.offers")).setFlexGrow(3);
        addressedOnly.setId("portfolio-addressed-only");
        addressedOnly.setLabel(getTranslation("portfolio.addressedOnly"));
        addressedOnly.addValueChangeListener(e -> rows.setFilter(l -> !e.getValue() || !l.offers().isEmpty()));
        Paragraph intro = new Paragraph(getTranslation("portfolio.intro"));
        intro.addClassName("view-subtitle");
        add(new ViewHeader(viewTitle()), intro, addressedOnly, grid);
        refresh();
        LiveRefresh.bind(this, feed, OfferChangedEvent.LIST_TOPIC, this::refresh);
    }

    private void refresh() {
        CoverageMatrix matrix = coverage.matrix();
        List<JointOffer> visible = offers.visible();
        List<Line> lines = new ArrayList<>();
        for (CoverageRow row : matrix.rows()) {
            for (CoverageInput.Departement d : matrix.departements()) {
                CellState state = row.cell(d.code()).state();
                if (state == CellState.SINGLE) {
                    continue;
                }
                List<String> addressing = visible.stream()
                        .filter(o -> o.getAddressedCells().stream().anyMatch(c -> matches(c, row, d)))
                        .map(o -> o.getTitle() + " (" + getTranslation("offer.status." + o.getStatus().name()) + ")")
                        .collect(Collectors.toList());
                lines.add(new Line(row.service().name(), d.code() + " " + d.name(), state, addressing));
            }
        }
        rows = new ListDataProvider<>(lines);
        grid.setDataProvider(rows);
        rows.setFilter(l -> !addressedOnly.getValue() || !l.offers().isEmpty());
    }

    private static boolean matches(AddressedCell cell, CoverageRow row, CoverageInput.Departement d) {
        return cell.getServiceCode().equals(row.service().code()) && cell.getDepartementCode().equals(d.code());
    }

    @Override
    public String viewTitle() {
        return getTranslation("portfolio.title");
    }
}
