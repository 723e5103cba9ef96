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

    public DashboardView(CoverageService coverage, SurveyService survey, ChangeFeed feed) {
        this.coverage = coverage;
        this.survey = survey;
        Paragraph source = new Paragraph(getTranslation("dashboard.source", Sources.REPORT_2021));
        source.addClassName("view-subtitle");
        live.setId("dashboard-live");
        live.setWidthFull();
        add(new ViewHeader(viewTitle()), source, live, createSurvey());
        refresh();
        LiveRefresh.bind(this, feed, CoverageChangedEvent.TOPIC, this::refresh);
    }

    private void refresh() {
        live.removeAll();
        CoverageMatrix matrix = coverage.matrix();
        Div kpis = new Div(
                new KpiCard("kpi-gaps", Formats.number(matrix.gapCount()), getTranslation("kpi.gaps")),
                new KpiCard("kpi-doublons", Formats.number(matrix.doublonCount()), getTranslation("kpi.doublons")),
                new KpiCard("kpi-demand", Formats.number(matrix.demandWithoutOfferCount()), getTranslation("kpi.demandWithoutOffer")),
                new KpiCard("kpi-absent", Formats.number(matrix.regionWideAbsences().size()), getTranslation("kpi.regionAbsences")),
                new KpiCard("kpi-score", Formats.number(matrix.demandWeightedGapScore()), getTranslation("kpi.gapScore")));
        kpis.addClassName("kpi-row");
        Map<String, Integer> covered = matrix.servicesCovered(true);
        List<BarChart.Bar> coveredBars = new ArrayList<>();
        List<BarChart.Bar> demandBars = new ArrayList<>();
        List<PublishedValue> published = coverage.publishedValues();
        for (CoverageInput.Departement d : matrix.departements()) {
            Double reportValue = published.stream()
                    .filter(p -> p.serviceId() == null && d.code().equals(p.departementCode()))
                    .map(p -> (double) p.value()).findFirst().orElse(null);
            coveredBars.add(new BarChart.Bar(d.code() + " " + d.name(), covered.get(d.code()), reportValue));
            BigDecimal unmet = matrix.rows().stream().map(r -> r.cell(d.code()))
                    .filter(c -> c.demandWithoutOffer()).map(c -> c.demand()).reduce(BigDecimal.ZERO, BigDecimal::add);
            demandBars.add(new BarChart.Bar(d.code() + " " + d.name(), unmet.doubleValue(), null));
        }
        Div charts = new Div(
                new BarChart("chart-covered", getTranslation("chart.covered", matrix.serviceCount(true)), coveredBars, "",
                        getTranslation("chart.covered.reference")),
                new BarChart("chart-demand", getTranslation("chart.demand"), demandBars, " pts", null));
        charts.addClassName("chart-row");
        OrderedList top = new OrderedList();
        top.setId("top-priorities");
        PriorityRanking.rank(matrix).stream().limit(TOP_PRIORITIES).forEach(g -> top.add(new ListItem(
                getTranslation("dashboard.priority", g.service().name(), g.departement().code(),
                        Formats.number(g.demand()), g.operatorCount()))));
        definitions.show(matrix);
        live.add(kpis, new H3(getTranslation("dashboard.charts")), definitions, charts,
                new H3(getTranslation("dashboard.priorities")), top);
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
