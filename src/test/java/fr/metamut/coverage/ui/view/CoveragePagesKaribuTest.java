package fr.metamut.coverage.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.service.CatalogLookup;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.Discrepancy;
import fr.metamut.coverage.domain.matrix.OperatorProfile;
import fr.metamut.coverage.domain.matrix.PriorityGap;
import fr.metamut.coverage.domain.matrix.PriorityRanking;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoveragePagesKaribuTest extends KaribuTest {

    @BeforeEach
    void loginAsCoordinator() {
        login(TestUsers.COORDINATOR);
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    @SuppressWarnings("unchecked")
    void needs_page_ranks_priority_gaps_with_the_score_explained() {
        navigate(NeedsView.class);
        Grid<?> needs = _get(Grid.class, spec -> spec.withId("needs-grid"));
        assertThat(GridKt._size(needs)).isEqualTo(28);
        Grid<PriorityGap> priorities = _get(Grid.class, spec -> spec.withId("priority-grid"));
        PriorityGap first = GridKt._get(priorities, 0);
        assertThat(first.service().code()).isEqualTo("ARCHIVAGE");
        assertThat(first.departement().code()).isEqualTo("62");
        assertThat(_get(Paragraph.class, spec -> spec.withId("score-explained")).getText()).contains("÷ (1 +");
    }

    @Test
    @SuppressWarnings("unchecked")
    void reconciliation_page_lists_the_eight_differences() {
        navigate(ReconciliationView.class);
        Grid<Discrepancy> grid = _get(Grid.class, spec -> spec.withId("reconciliation-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(8);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reconciliation-count")).getText()).isEqualTo("8 écarts");
    }

    @Test
    @SuppressWarnings("unchecked")
    void map_colours_a_service_by_state_and_a_click_opens_the_filtered_matrix() {
        MapView map = navigate(MapView.class);
        ComboBox<CoverageInput.Service> service = _get(ComboBox.class, spec -> spec.withId("map-service"));
        CoverageInput.Service archives = service.getListDataView().getItems()
                .filter(s -> s.code().equals("ARCHIVAGE")).findFirst().orElseThrow();
        service.setValue(archives);
        String svg = _get(Div.class, spec -> spec.withId("departement-map")).getElement().getProperty("innerHTML");
        assertThat(svg).contains("id='map-62'").contains("map-demand").contains("#f28c28");
        assertThat(_get(Paragraph.class, spec -> spec.withId("map-credit")).getText()).contains("CC-BY-4.0");
        _click(_get(Button.class, spec -> spec.withId("map-open-62")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MatrixView.class);
        ComboBox<CoverageInput.Departement> departement = _get(ComboBox.class, spec -> spec.withId("matrix-departement-filter"));
        assertThat(departement.getValue().code()).isEqualTo("62");
        assertThat(map).isNotNull();
    }

    @Test
    void a_director_outlines_on_the_map_the_departements_where_the_operator_is_present() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        navigate(MapView.class);
        var matrix = context.getBean(fr.metamut.coverage.service.CoverageService.class).matrix();
        List<String> present = matrix.departements().stream().map(CoverageInput.Departement::code)
                .filter(code -> matrix.rows().stream().anyMatch(r -> r.cell(code).operators().contains("Somme Numérique")))
                .toList();
        assertThat(present).contains("80").hasSizeLessThan(matrix.departements().size());
        assertThat(mapSvg()).doesNotContain("map-mine");

        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("map-highlight-mine")), true);

        String svg = mapSvg();
        for (CoverageInput.Departement d : matrix.departements()) {
            assertThat(svg.contains("id='map-" + d.code() + "' data-code='" + d.code() + "' class='map-dep map-mine'"))
                    .as(d.code()).isEqualTo(present.contains(d.code()));
        }
    }

    private static String mapSvg() {
        return _get(Div.class, spec -> spec.withId("departement-map")).getElement().getProperty("innerHTML");
    }

    @Test
    @SuppressWarnings("unchecked")
    void profiles_page_shows_breadth_and_doublons() {
        navigate(OperatorProfilesView.class);
        Grid<OperatorProfile> grid = _get(Grid.class, spec -> spec.withId("profiles-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(9);
        OperatorProfile adico = java.util.stream.IntStream.range(0, 9).mapToObj(i -> GridKt._get(grid, i))
                .filter(p -> p.operatorName().equals("Adico")).findFirst().orElseThrow();
        assertThat(adico.breadth()).isEqualTo(OperatorProfile.Breadth.POLYVALENT);
        assertThat(adico.overlaps()).isNotEmpty();
    }

    @Test
    void dashboard_shows_coverage_kpis_two_charts_and_top_priorities() {
        navigate(DashboardView.class);
        assertThat(kpi("kpi-gaps")).isEqualTo("98");
        assertThat(kpi("kpi-doublons")).isEqualTo("21");
        assertThat(kpi("kpi-absent")).isEqualTo("10");
        assertThat(_get(Div.class, spec -> spec.withId("chart-covered")).getElement().getProperty("innerHTML"))
                .contains("<svg").contains("62 Pas-de-Calais");
        _get(Div.class, spec -> spec.withId("chart-demand"));
        assertThat(_get(OrderedList.class, spec -> spec.withId("top-priorities")).getChildren().count()).isEqualTo(5);
    }

    @Test
    void the_dashboard_is_rebuilt_for_a_coverage_change_only_when_a_figure_moved() {
        navigate(DashboardView.class);
        Div kpis = (Div) _get(Div.class, spec -> spec.withId("kpi-gaps")).getParent().orElseThrow();
        String gaps = kpi("kpi-gaps");
        CoverageService coverage = context.getBean(CoverageService.class);
        CatalogLookup lookup = context.getBean(CatalogLookup.class);
        OfferingService offerings = context.getBean(OfferingService.class);
        CoverageMatrix matrix = coverage.matrix();
        List<String> top = PriorityRanking.rank(matrix).stream().limit(5)
                .map(g -> g.service().code() + "/" + g.departement().code()).toList();
        Operator capOise = lookup.operator("CAP_OISE").orElseThrow();
        // a doublon outside the top priorities, without Cap Oise: one more operator there moves no figure
        record Cell(String service, String departement) {
        }
        List<Cell> doublons = new java.util.ArrayList<>();
        List<Cell> gapCells = new java.util.ArrayList<>();
        matrix.rows().forEach(row -> matrix.departements().forEach(d -> {
            CoverageCell cell = row.cell(d.code());
            if (cell.count() >= 2 && !cell.operators().contains(capOise.getName())
                    && !top.contains(row.service().code() + "/" + d.code())) {
                doublons.add(new Cell(row.service().code(), d.code()));
            } else if (cell.count() == 0) {
                gapCells.add(new Cell(row.service().code(), d.code()));
            }
        }));
        long refreshed = context.getBean(MeterRegistry.class).get(ChangeFeed.REFRESHED).timer().count();

        users.login(TestUsers.ADMIN); // another user, in another UI, changes an offering
        List<Offering> added = new java.util.ArrayList<>();
        try {
            Cell doublon = doublons.getFirst();
            added.add(offerings.add(capOise.getId(), lookup.service(doublon.service()).orElseThrow().getId(),
                    lookup.departement(doublon.departement()).orElseThrow().getId(), null));
            eventually(() -> assertThat(context.getBean(MeterRegistry.class).get(ChangeFeed.REFRESHED).timer().count())
                    .as("the dashboard looked again").isGreaterThan(refreshed));
            assertThat(_get(Div.class, spec -> spec.withId("kpi-gaps")).getParent()).as("no figure moved: not rebuilt")
                    .containsSame(kpis);

            Cell gap = gapCells.getFirst();
            added.add(offerings.add(capOise.getId(), lookup.service(gap.service()).orElseThrow().getId(),
                    lookup.departement(gap.departement()).orElseThrow().getId(), null));
            eventually(() -> assertThat(kpi("kpi-gaps")).as("one gap filled")
                    .isEqualTo(String.valueOf(Integer.parseInt(gaps) - 1)));
        } finally {
            added.forEach(offering -> offerings.remove(offering.getId()));
        }
    }

    private String kpi(String id) {
        Div card = _get(Div.class, spec -> spec.withId(id));
        return ((com.vaadin.flow.component.html.Span) card.getChildren().findFirst().orElseThrow()).getText();
    }

    @Test
    void every_coverage_figure_names_what_it_counts_and_the_pages_agree() {
        navigate(DashboardView.class);
        String chart = _get(Div.class, spec -> spec.withId("chart-covered")).getElement().getProperty("innerHTML");
        assertThat(chart).contains("Lignes de la synthèse couvertes par département (sur 32)");
        assertThat(definitions("dashboard-definitions")).contains("les 32 lignes du tableau", "les 40 services du catalogue");

        navigate(MapView.class);
        assertThat(_get(Button.class, spec -> spec.withId("map-open-02")).getText()).isEqualTo("02 · 19 services sur 40");
        assertThat(_get(Div.class, spec -> spec.withId("departement-map")).getElement().getProperty("innerHTML"))
                .contains("Aisne : 19 services du catalogue couverts sur 40 (16 lignes de la synthèse sur 32)")
                .contains(">02</tspan>", ">Aisne</tspan>");
        assertThat(definitions("map-definitions")).contains("les 40 services du catalogue");

        navigate(MatrixView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("matrix-summary")).getText())
                .startsWith("40 services du catalogue affichés");
        assertThat(definitions("matrix-definitions")).contains("les 32 lignes du tableau");
    }

    /** The definitions' text: markup under one server node (as three paragraphs it made six nodes per page). */
    private static String definitions(String id) {
        Div text = _get(Div.class, spec -> spec.withId(id + "-text"));
        assertThat(text.getChildren()).isEmpty();
        String markup = text.getElement().getProperty("innerHTML");
        assertThat(markup).startsWith("<p>").endsWith("</p>");
        return markup.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&#8217;", "’");
    }
}
