package fr.metamut.coverage.ui.view;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.domain.Sources;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.coverage.domain.matrix.Discrepancy;
import fr.metamut.coverage.service.CoverageService;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * Where the report's published synthesis table differs from the matrix computed from its own
 * per-operator lists — so users know which numbers to trust and why.
 */
@Route("ecarts")
@Menu(order = 8, icon = "vaadin:scale-unbalance", title = "nav.reconciliation")
@PermitAll
public class ReconciliationView extends VerticalLayout implements TitledView {

    public ReconciliationView(CoverageService coverage) {
        List<Discrepancy> differences = coverage.discrepancies();
        Paragraph intro = new Paragraph(getTranslation("reconciliation.intro", Sources.REPORT_2021));
        intro.addClassName("view-subtitle");
        Paragraph count = new Paragraph(getTranslation("reconciliation.count", differences.size()));
        count.setId("reconciliation-count");
        Grid<Discrepancy> grid = new Grid<>();
        grid.setId("reconciliation-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Discrepancy::serviceName).setHeader(getTranslation("service")).setFlexGrow(3).setSortable(true);
        grid.addColumn(d -> d.departementCode() == null ? getTranslation("reconciliation.total") : d.departementCode())
                .setHeader(getTranslation("reconciliation.column")).setSortable(true);
        grid.addColumn(Discrepancy::published).setHeader(getTranslation("reconciliation.published"))
                .setComparator(Discrepancy::published).setSortable(true);
        grid.addColumn(Discrepancy::computed).setHeader(getTranslation("reconciliation.computed"))
                .setComparator(Discrepancy::computed).setSortable(true);
        grid.addColumn(d -> (d.difference() > 0 ? "+" : "") + d.difference())
                .setHeader(getTranslation("reconciliation.difference"));
        grid.addColumn(this::explain).setHeader(getTranslation("reconciliation.why")).setFlexGrow(5);
        grid.setItems(differences);
        add(new ViewHeader(viewTitle()), intro, count, grid);
    }

    private String explain(Discrepancy d) {
        return switch (d.kind()) {
            case OPERATORS -> d.operators().isEmpty()
                    ? getTranslation("reconciliation.why.none")
                    : getTranslation("reconciliation.why.operators", String.join(", ", d.operators()));
            case DEPARTEMENTS -> getTranslation("reconciliation.why.departements");
            case SERVICES -> getTranslation("reconciliation.why.services");
        };
    }

    @Override
    public String viewTitle() {
        return getTranslation("reconciliation.title");
    }
}
