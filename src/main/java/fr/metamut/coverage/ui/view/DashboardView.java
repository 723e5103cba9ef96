package fr.metamut.coverage.ui.view;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.domain.Sources;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.KpiCard;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.coverage.domain.CoverageChangedEvent;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.coverage.domain.InsightKind;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.PriorityRanking;
import fr.metamut.coverage.domain.matrix.PublishedValue;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.coverage.service.SurveyService;
import fr.metamut.coverage.ui.component.BarChart;
import fr.metamut.coverage.ui.component.CoverageDefinitions;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The region at a glance — coverage KPIs computed from the offerings, two charts, the top
 * priority gaps and the survey's facts. Updates live when an offering changes.
 */
@Route("tableau-de-bord")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements TitledView {

    private static final int TOP_PRIORITIES = 5;

    private final CoverageService coverage;
    private final SurveyService survey;
    private final Div live = new Div();
    private final CoverageDefinitions definitions = new CoverageDefinitions("dashboard-definitions");
    private final Map<String, Double> reportValues;
    private Figures shown;

    public DashboardView(CoverageService coverage, SurveyService survey, ChangeFeed feed) {
        this.coverage = coverage;
        this.survey = survey;
        // the report's published table is reference data, loaded at start: read once, not at every refresh
        this.reportValues = coverage.publishedValues().stream()
                .filter(p -> p.serviceId() == null && p.departementCode() != null)
                .collect(Collectors.toMap(PublishedValue::departementCode, p -> (double) p.value(), (a, b) -> a));
        Paragraph source = new Paragraph(getTranslation("dashboard.source", Sources.REPORT_2021));
        source.addClassName("view-subtitle");
        live.setId("dashboard-live");
        live.setWidthFull();
        add(new ViewHeader(viewTitle()), source, live, createSurvey());
        refresh();
        LiveRefresh.bind(this, feed, CoverageChangedEvent.TOPIC, this::refresh);
    }

    /** What the live part shows: a change of the matrix that leaves them equal leaves the page as it is. */
    private record Figures(List<String> kpis, int synthesisServices, List<BarChart.Bar> covered,
                           List<BarChart.Bar> unmetDemand, List<String> priorities) {
    }

    private void refresh() {
        CoverageMatrix matrix = coverage.matrix();
        Figures figures = figuresOf(matrix);
        if (figures.equals(shown)) {
            return;
        }
        shown = figures;
        live.removeAll();
        List<String> kpi = figures.kpis();
        Div kpis = new Div(
                new KpiCard("kpi-gaps", kpi.get(0), getTranslation("kpi.gaps")),
                new KpiCard("kpi-doublons", kpi.get(1), getTranslation("kpi.doublons")),
                new KpiCard("kpi-demand", kpi.get(2), getTranslation("kpi.demandWithoutOffer")),
                new KpiCard("kpi-absent", kpi.get(3), getTranslation("kpi.regionAbsences")),
                new KpiCard("kpi-score", kpi.get(4), getTranslation("kpi.gapScore")));
        kpis.addClassName("kpi-row");
        Div charts = new Div(
                new BarChart("chart-covered", getTranslation("chart.covered", figures.synthesisServices()),
                        figures.covered(), "", getTranslation("chart.covered.reference")),
                new BarChart("chart-demand", getTranslation("chart.demand"), figures.unmetDemand(), " pts", null));
        charts.addClassName("chart-row");
        OrderedList top = new OrderedList();
        top.setId("top-priorities");
        figures.priorities().forEach(line -> top.add(new ListItem(line)));
        definitions.show(matrix);
        live.add(kpis, new H3(getTranslation("dashboard.charts")), definitions, charts,
                new H3(getTranslation("dashboard.priorities")), top);
    }

    private Figures figuresOf(CoverageMatrix matrix) {
        List<String> kpis = List.of(Formats.number(matrix.gapCount()), Formats.number(matrix.doublonCount()),
                Formats.number(matrix.demandWithoutOfferCount()), Formats.number(matrix.regionWideAbsences().size()),
                Formats.number(matrix.demandWeightedGapScore()));
        Map<String, Integer> covered = matrix.servicesCovered(true);
        List<BarChart.Bar> coveredBars = new ArrayList<>();
        List<BarChart.Bar> demandBars = new ArrayList<>();
        for (CoverageInput.Departement d : matrix.departements()) {
            String label = d.code() + " " + d.name();
            coveredBars.add(new BarChart.Bar(label, covered.get(d.code()), reportValues.get(d.code())));
            BigDecimal unmet = matrix.rows().stream().map(r -> r.cell(d.code()))
                    .filter(c -> c.demandWithoutOffer()).map(c -> c.demand()).reduce(BigDecimal.ZERO, BigDecimal::add);
            demandBars.add(new BarChart.Bar(label, unmet.doubleValue(), null));
        }
        List<String> priorities = PriorityRanking.rank(matrix).stream().limit(TOP_PRIORITIES)
                .map(g -> getTranslation("dashboard.priority", g.service().name(), g.departement().code(),
                        Formats.number(g.demand()), g.operatorCount())).toList();
        return new Figures(kpis, matrix.serviceCount(true), coveredBars, demandBars, priorities);
    }

    private Div createSurvey() {
        Div facts = new Div();
        facts.setId("survey-facts");
        facts.addClassName("kpi-row");
        survey.facts().forEach(fact -> facts.add(new KpiCard("fact-" + fact.getCode(),
                Formats.number(fact.getValue()) + (fact.getUnit() == null ? "" : " " + fact.getUnit()),
                fact.getLabel())));
        UnorderedList needs = new UnorderedList();
        needs.setId("new-needs");
        survey.insights().stream().filter(i -> i.getKind() == InsightKind.NEW_NEED)
                .forEach(i -> needs.add(new ListItem(i.getTitle())));
        return new Div(new H3(getTranslation("dashboard.survey")), facts,
                new H3(getTranslation("dashboard.newNeeds")), needs);
    }

    @Override
    public String viewTitle() {
        return getTranslation("dashboard.title");
    }
}
