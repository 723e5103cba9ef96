package fr.metamut.coverage.ui.view;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.coverage.domain.CoverageChangedEvent;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.coverage.domain.SurveyNeed;
import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.PriorityGap;
import fr.metamut.coverage.domain.matrix.PriorityRanking;
import fr.metamut.coverage.service.CoverageService;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;

/**
 * What communes say they still need: the survey's unmet-needs table next to how many operators offer
 * each mapped service per département, and the ranked priority gaps with their score explained.
 */
@Route("besoins")
@Menu(order = 6, icon = "vaadin:comments-o", title = "nav.needs")
@PermitAll
public class NeedsView extends VerticalLayout implements TitledView {

    private final CoverageService coverage;
    private final Grid<SurveyNeed> needsGrid = new Grid<>();
    private final Grid<PriorityGap> priorityGrid = new Grid<>();
    private CoverageMatrix matrix;
    private final boolean director;

    public NeedsView(CoverageService coverage, ChangeFeed feed, fr.metamut.base.service.CurrentUser currentUser) {
        this.coverage = coverage;
        this.director = currentUser.get().map(u -> u.hasRole(fr.metamut.base.domain.Role.DIRECTOR)).orElse(false);
        needsGrid.setId("needs-grid");
        needsGrid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS, GridVariant.WRAP_CELL_CONTENT);
        needsGrid.setAllRowsVisible(true);
        priorityGrid.setId("priority-grid");
        priorityGrid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        priorityGrid.setAllRowsVisible(true);
        Paragraph intro = new Paragraph(getTranslation("needs.intro"));
        intro.addClassName("view-subtitle");
        Paragraph scoreExplained = new Paragraph(getTranslation("needs.score.explained"));
        scoreExplained.setId("score-explained");
        add(new ViewHeader(viewTitle()), intro, needsGrid,
                new H3(getTranslation("needs.priorities")), scoreExplained, priorityGrid);
        refresh();
        LiveRefresh.bind(this, feed, CoverageChangedEvent.TOPIC, this::refresh);
    }

    private void refresh() {
        matrix = coverage.matrix();
        configureNeeds(coverage.surveyNeeds());
        configurePriorities(PriorityRanking.rank(matrix));
    }

    private void configureNeeds(List<SurveyNeed> needs) {
        needsGrid.removeAllColumns();
        needsGrid.addColumn(SurveyNeed::getLabel).setHeader(getTranslation("needs.line")).setFlexGrow(3)
                .setSortable(true);
        needsGrid.addColumn(n -> n.getServiceLine() == null ? getTranslation("needs.noService") : n.getServiceLine().getName())
                .setHeader(getTranslation("needs.service")).setFlexGrow(3).setSortable(true);
        for (CoverageInput.Departement departement : matrix.departements()) {
            needsGrid.addComponentColumn(n -> cell(n, departement))
                    .setHeader(departement.code()).setTextAlign(ColumnTextAlign.CENTER).setWidth("7rem").setFlexGrow(0)
                    .setComparator(n -> n.percentIn(departement.code()).orElse(BigDecimal.ZERO));
        }
        needsGrid.addColumn(n -> Formats.number(n.getRegionPercent()) + " %").setHeader(getTranslation("needs.region"))
                .setTextAlign(ColumnTextAlign.CENTER).setComparator(SurveyNeed::getRegionPercent).setWidth("6rem")
                .setFlexGrow(0);
        needsGrid.setItems(needs);
    }

    private Span cell(SurveyNeed need, CoverageInput.Departement departement) {
        BigDecimal percent = need.percentIn(departement.code()).orElse(BigDecimal.ZERO);
        int operators = need.getServiceLine() == null ? 0
                : matrix.row(need.getServiceLine().getId()).map(r -> r.cell(departement.code()))
                .map(CoverageCell::count).orElse(0);
        Span cell = new Span(Formats.number(percent) + " % · " + getTranslation("needs.operatorsShort", operators));
        cell.addClassName("need-cell");
        if (operators == 0 && percent.signum() > 0) {
            cell.addClassName("cov-demand-text");
        }
        return cell;
    }

    private void configurePriorities(List<PriorityGap> gaps) {
        priorityGrid.removeAllColumns();
        priorityGrid.addColumn(g -> gaps.indexOf(g) + 1).setHeader(getTranslation("needs.rank")).setWidth("5rem")
                .setFlexGrow(0);
        priorityGrid.addColumn(g -> g.service().name()).setHeader(getTranslation("service")).setFlexGrow(3);
        priorityGrid.addColumn(g -> g.departement().code() + " " + g.departement().name())
                .setHeader(getTranslation("departement")).setFlexGrow(2);
        priorityGrid.addColumn(g -> Formats.number(g.demand()) + " %").setHeader(getTranslation("needs.demand"));
        priorityGrid.addColumn(g -> g.operatorCount() == 0 ? getTranslation("panel.none") : String.join(", ", g.operators()))
                .setHeader(getTranslation("needs.offeredBy")).setFlexGrow(2);
        priorityGrid.addColumn(g -> Formats.number(g.score())).setHeader(getTranslation("needs.score"));
        if (director) {
            priorityGrid.addComponentColumn(g -> new com.vaadin.flow.component.html.Anchor("offres?service="
                            + g.service().code() + "&departement=" + g.departement().code()
                            + "&kind=" + (g.operatorCount() == 0 ? "GAP" : "DOUBLON"), getTranslation("needs.propose")))
                    .setHeader(getTranslation("needs.jointOffer")).setAutoWidth(true).setKey("propose");
        }
        priorityGrid.setItems(gaps);
    }

    @Override
    public String viewTitle() {
        return getTranslation("needs.title");
    }
}
