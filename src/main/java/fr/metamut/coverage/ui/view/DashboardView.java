package fr.metamut.coverage.ui.view;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.domain.Sources;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.component.KpiCard;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.DepartementSummary;
import fr.metamut.coverage.domain.InsightKind;
import fr.metamut.coverage.service.SurveyService;
import jakarta.annotation.security.PermitAll;

/** Home: the region at a glance — reference figures, services covered per département, survey facts. */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(CatalogService catalog, SurveyService survey) {
        add(new H2(getTranslation("dashboard.title")));
        Paragraph source = new Paragraph(getTranslation("dashboard.source", Sources.REPORT_2021));
        source.addClassName("view-subtitle");
        add(source);

        Div reference = new Div(
                new KpiCard("kpi-departements", Formats.number(catalog.departements().size()), getTranslation("kpi.departements")),
                new KpiCard("kpi-operators", Formats.number(catalog.operators().size()), getTranslation("kpi.operators")),
                new KpiCard("kpi-services", Formats.number(catalog.services().size()), getTranslation("kpi.services")),
                new KpiCard("kpi-offerings", Formats.number(catalog.offerings().size()), getTranslation("kpi.offerings")));
        reference.addClassName("kpi-row");
        add(reference);

        add(new H3(getTranslation("dashboard.perDepartement")));
        Div perDepartement = new Div();
        perDepartement.setId("kpi-per-departement");
        perDepartement.addClassName("kpi-row");
        for (DepartementSummary summary : catalog.departementSummaries()) {
            perDepartement.add(new KpiCard("kpi-dep-" + summary.departement().getCode(),
                    Formats.number(summary.synthesisServiceCount()),
                    getTranslation("dashboard.servicesIn", summary.departement().getLabel())));
        }
        add(perDepartement);

        add(new H3(getTranslation("dashboard.survey")));
        Div facts = new Div();
        facts.setId("survey-facts");
        facts.addClassName("kpi-row");
        survey.facts().forEach(fact -> facts.add(new KpiCard("fact-" + fact.getCode(),
                Formats.number(fact.getValue()) + (fact.getUnit() == null ? "" : " " + fact.getUnit()),
                fact.getLabel())));
        add(facts);

        add(new H3(getTranslation("dashboard.newNeeds")));
        UnorderedList needs = new UnorderedList();
        needs.setId("new-needs");
        survey.insights().stream().filter(i -> i.getKind() == InsightKind.NEW_NEED)
                .forEach(i -> needs.add(new ListItem(i.getTitle())));
        add(needs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
