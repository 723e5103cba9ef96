package fr.metamut.coverage.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.service.CatalogAdminService;
import fr.metamut.catalog.service.CatalogLookup;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.coverage.ui.component.CellPanel;
import fr.metamut.coverage.ui.component.MatrixCells;
import fr.metamut.coverage.ui.component.MatrixCells.Cell;
import fr.metamut.coverage.ui.component.MatrixGrid;
import static fr.metamut.coverage.ui.component.MatrixCells.cell;
import static fr.metamut.coverage.ui.component.MatrixCells.click;
import static fr.metamut.coverage.ui.component.MatrixCells.clickFamily;
import static fr.metamut.coverage.ui.component.MatrixCells.expanded;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import com.vaadin.flow.data.provider.DataChangeEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MatrixViewKaribuTest extends KaribuTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    CatalogLookup lookup;
    @Autowired
    OfferingService offerings;
    @Autowired
    CoverageService coverage;
    @Autowired
    CatalogAdminService catalogAdmin;

    private MatrixView view;

    @BeforeEach
    void open() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        view = navigate(MatrixView.class);
    }

    @Test
    void cells_are_coloured_as_in_the_report_and_a_legend_explains_them() {
        Div legend = _get(Div.class, spec -> spec.withId("coverage-legend"));
        assertThat(legend.getElement().getChildCount()).as("markup, not a component per swatch").isZero();
        assertThat(Jsoup.parseBodyFragment(legend.getElement().getProperty("innerHTML")).select(".cov-legend-item"))
                .extracting(item -> item.child(0).attr("class") + " " + item.child(0).text() + " = " + item.child(1).text())
                .containsExactly("cov-cell cov-gap 0 = Gap: no operator", "cov-cell cov-single 1 = One operator",
                        "cov-cell cov-doublon 2 = Doublon: several operators",
                        "cov-cell cov-gap cov-demand 0 = Demand without offer (survey)",
                        "cov-cell cov-absent 0 = Absent from the whole region",
                        "cov-cell cov-gap cov-planned 0 = Addressed by a validated joint offer (planned)");
        Cell archives62 = cell("ARCHIVAGE", "62");
        assertThat(archives62.getText()).isEqualTo("0");
        assertThat(archives62.getClassNames()).contains("cov-gap", "cov-demand");
        assertThat(cell("MARCHES_PUBLICS", "59").getClassNames()).contains("cov-doublon");
        assertThat(cell("FACTURATION", "60").getClassNames()).contains("cov-single").doesNotContain("cov-demand");
        assertThat(cell("ADS", "region").getClassNames()).contains("cov-absent");
    }

    @Test
    void clicking_a_cell_opens_the_panel_with_operators_demand_and_other_departements() {
        click("MARCHES_PUBLICS", "62");
        CellPanel panel = _get(CellPanel.class);
        assertThat(panel.isVisible()).isTrue();
        UnorderedList list = _get(panel, UnorderedList.class, spec -> spec.withId("cell-panel-operators"));
        List<String> operators = _find(list, com.vaadin.flow.component.html.Anchor.class).stream()
                .map(com.vaadin.flow.component.html.Anchor::getText).toList();
        assertThat(operators).containsExactly("Cap'Oise", "CDG62");
        assertThat(_get(panel, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("cell-panel-demand"))
                .getText()).contains("13");
        assertThat(_find(panel, Div.class, spec -> spec.withClasses("panel-other"))).hasSize(5);
        _get(panel, com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("cell-panel-my-offerings"));
    }

    @Test
    void a_second_click_shows_the_second_cell_alone() {
        assertThat(descendants(UI.getCurrent()).filter(CellPanel.class::isInstance)).singleElement()
                .satisfies(unclicked -> assertThat(unclicked.getChildren()).as("nothing made before a click").isEmpty());

        click("MARCHES_PUBLICS", "62");
        click("ARCHIVAGE", "62");

        CellPanel panel = _get(CellPanel.class);
        assertThat(_get(panel, H3.class, spec -> spec.withId("cell-panel-title")).getText()).isEqualTo(
                catalog.services().stream().filter(s -> s.getCode().equals("ARCHIVAGE")).findFirst().orElseThrow()
                        .getName());
        assertThat(_find(panel, UnorderedList.class, spec -> spec.withId("cell-panel-operators")))
                .as("a gap lists no operator").isEmpty();
        assertThat(_get(panel, Paragraph.class, spec -> spec.withClasses("cov-gap-text")).getText())
                .isEqualTo("No operator offers this service here.");
        assertThat(_get(panel, Paragraph.class, spec -> spec.withId("cell-panel-demand")).getClassNames())
                .contains("cov-demand-text");
        assertThat(_find(panel, Div.class, spec -> spec.withClasses("panel-other"))).hasSize(5)
                .extracting(line -> line.getChildren().map(part -> part.getElement().getAttribute("class") + " "
                        + part.getElement().getText()).toList().toString())
                .containsExactly("[cov-cell cov-single 1, null 02 Aisne · demand 17 %]",
                        "[cov-cell cov-single 1, null 59 Nord · demand 33 %]",
                        "[cov-cell cov-single 1, null 60 Oise · demand 16 %]",
                        "[cov-cell cov-gap cov-demand 0, null 62 Pas-de-Calais · demand 30 %]",
                        "[cov-cell cov-single 1, null 80 Somme · demand 19 %]");
        assertThat(_get(panel, Anchor.class, spec -> spec.withId("cell-panel-propose")).getHref()).endsWith("kind=GAP");

        click("MARCHES_PUBLICS", "59");
        assertThat(_find(panel, Paragraph.class, spec -> spec.withClasses("cov-gap-text"))).isEmpty();
        assertThat(_find(_get(panel, UnorderedList.class, spec -> spec.withId("cell-panel-operators")), Anchor.class))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(_get(panel, Anchor.class, spec -> spec.withId("cell-panel-propose")).getHref())
                .endsWith("kind=DOUBLON");
    }

    @Test
    void filters_keep_only_gaps_doublons_or_demand_without_offer() {
        _setValue(_get(Checkbox.class, spec -> spec.withId("matrix-gaps-only")), true);
        assertThat(serviceCodes()).contains("ADS", "ARCHIVAGE").doesNotContain("MARCHES_PUBLICS");
        _setValue(_get(Checkbox.class, spec -> spec.withId("matrix-gaps-only")), false);
        _setValue(_get(Checkbox.class, spec -> spec.withId("matrix-doublons-only")), true);
        assertThat(serviceCodes()).contains("MARCHES_PUBLICS", "DPD").doesNotContain("ADS", "FACTURATION");
        _setValue(_get(Checkbox.class, spec -> spec.withId("matrix-doublons-only")), false);
        _setValue(_get(Checkbox.class, spec -> spec.withId("matrix-demand-only")), true);
        assertThat(serviceCodes()).contains("ARCHIVAGE", "HEBERGEMENT").doesNotContain("ADS", "MARCHES_PUBLICS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void without_an_operator_the_matrix_shows_what_would_be_left() {
        ComboBox<CoverageInput.Operator> without = _get(ComboBox.class, spec -> spec.withId("matrix-without-operator"));
        CoverageInput.Operator capOise = without.getListDataView().getItems()
                .filter(o -> o.code().equals("CAP_OISE")).findFirst().orElseThrow();
        assertThat(without.getListDataView().getItems().map(CoverageInput.Operator::name))
                .as("every operator of the catalogue, by name").containsExactlyElementsOf(
                        catalog.operators().stream().map(Operator::getName).toList());
        _setValue(without, capOise);
        assertThat(cell("MATERIEL", "62").getText()).isEqualTo("0");
        assertThat(cell("MARCHES_PUBLICS", "62").getText()).isEqualTo("1");
        _setValue(without, null);
        assertThat(cell("MATERIEL", "62").getText()).isEqualTo("1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_operator_renamed_by_the_administrator_is_offered_under_its_new_name_at_the_next_load() {
        users.login(TestUsers.ADMIN);
        rename("CAP_OISE", "Cap'Oise (renommé)");
        try {
            navigate(DashboardView.class); // away and back: a new matrix page (the same route reuses the open one)
            navigate(MatrixView.class);
            ComboBox<CoverageInput.Operator> without = _get(ComboBox.class, spec -> spec.withId("matrix-without-operator"));
            assertThat(without.getListDataView().getItems().map(CoverageInput.Operator::name))
                    .contains("Cap'Oise (renommé)").doesNotContain("Cap'Oise");
        } finally {
            rename("CAP_OISE", "Cap'Oise");
        }
    }

    private void rename(String code, String name) {
        Operator operator = catalog.operatorByCode(code).orElseThrow();
        operator.setName(name);
        catalogAdmin.save(operator);
    }

    @Test
    void a_new_offering_by_another_user_updates_the_open_matrix() {
        assertThat(cell("ADS", "80").getText()).isEqualTo("0");
        users.login(TestUsers.ADMIN); // another user, in another UI, changes an offering
        Offering added = offerings.add(sommeNum().getId(), serviceId("ADS"), departementId("80"), "test");
        try {
            eventually(() -> assertThat(cell("ADS", "80").getText()).isEqualTo("1"));
            assertThat(cell("ADS", "region").getClassNames()).doesNotContain("cov-absent");
        } finally {
            offerings.remove(added.getId());
        }
        eventually(() -> assertThat(cell("ADS", "80").getText()).isEqualTo("0"));
    }

    @Test
    void a_change_reaches_two_open_matrices_with_one_computation_and_updates_their_cells_in_place() {
        MatrixView second = context.getAutowireCapableBeanFactory().createBean(MatrixView.class);
        UI.getCurrent().add(second);
        second.refresh();
        MatrixGrid first = _get(view, MatrixGrid.class);
        MatrixGrid secondGrid = _get(second, MatrixGrid.class);
        var firstColumn = first.getColumnByKey("dep-80");
        var firstData = first.getDataProvider();
        assertThat(cell(secondGrid, "ADS", "80").getText()).isEqualTo("0");
        long computations = coverage.computations();
        List<DataChangeEvent<MatrixGrid.Node>> sent = new CopyOnWriteArrayList<>();
        firstData.addDataProviderListener(sent::add);

        users.login(TestUsers.ADMIN); // another user, in another UI, changes an offering
        Offering added = offerings.add(sommeNum().getId(), serviceId("ADS"), departementId("80"), "test");
        try {
            eventually(() -> {
                assertThat(cell(first, "ADS", "80").getText()).isEqualTo("1");
                assertThat(cell(secondGrid, "ADS", "80").getText()).isEqualTo("1");
            });
            assertThat(coverage.computations() - computations).as("matrices computed for two open views").isEqualTo(1);
            assertThat(first.getColumnByKey("dep-80")).as("same column, cells updated in place").isSameAs(firstColumn);
            assertThat(first.getDataProvider()).as("same rows, cells updated in place").isSameAs(firstData);
            assertThat(sent).as("only the changed row is sent again, not the whole matrix").isNotEmpty()
                    .allSatisfy(event -> assertThat(event).isInstanceOfSatisfying(DataChangeEvent.DataRefreshEvent.class,
                            refresh -> assertThat(((MatrixGrid.Node) refresh.getItem()).serviceCode()).isEqualTo("ADS")));
        } finally {
            offerings.remove(added.getId());
        }
    }

    @Test
    void a_family_folds_its_services_under_its_heading_and_stays_folded_while_its_cells_change() {
        String family = coverage.matrix().rows().stream().filter(r -> r.service().code().equals("ADS")).findFirst()
                .orElseThrow().service().family();
        List<String> ofFamily = coverage.matrix().rows().stream().filter(r -> r.service().family().equals(family))
                .map(r -> r.service().code()).toList();
        List<String> all = serviceCodes();
        assertThat(expanded(family)).isTrue();

        clickFamily(family);

        assertThat(expanded(family)).as("the heading says it is folded").isFalse();
        assertThat(serviceCodes()).doesNotContainAnyElementsOf(ofFamily)
                .containsExactlyElementsOf(all.stream().filter(code -> !ofFamily.contains(code)).toList());
        users.login(TestUsers.ADMIN); // another user, in another UI, changes an offering of the folded family
        Offering added = offerings.add(sommeNum().getId(), serviceId("ADS"), departementId("80"), "test");
        try {
            MatrixGrid.Node ads = new MatrixGrid.Node(family, "ADS");
            eventually(() -> assertThat(MatrixCells.cell(grid(), ads, "80").getText()).isEqualTo("1"));
            assertThat(serviceCodes()).as("still folded after the update").doesNotContain("ADS");
            assertThat(expanded(family)).isFalse();

            clickFamily(family);

            assertThat(expanded(family)).isTrue();
            assertThat(serviceCodes()).containsExactlyElementsOf(all);
            eventually(() -> assertThat(cell("ADS", "80").getText()).isEqualTo("1"));
        } finally {
            offerings.remove(added.getId());
        }
    }

    private Operator sommeNum() {
        return catalog.operatorByCode("SOMME_NUM").orElseThrow();
    }

    private long serviceId(String code) {
        return lookup.service(code).orElseThrow().getId();
    }

    private long departementId(String code) {
        return lookup.departement(code).orElseThrow().getId();
    }

    @Test
    void a_director_highlights_where_the_operator_is_alone_and_where_it_doubles_someone() {
        useFrench();
        navigate(NeedsView.class);
        navigate(MatrixView.class);
        String name = "Somme Numérique";
        var matrix = coverage.matrix();
        record Place(String service, String departement, int count) {
        }
        List<Place> present = matrix.rows().stream().flatMap(r -> matrix.departements().stream()
                        .filter(d -> r.cell(d.code()).operators().contains(name))
                        .map(d -> new Place(r.service().code(), d.code(), r.cell(d.code()).count())))
                .toList();
        Place alone = present.stream().filter(p -> p.count() == 1).findFirst().orElseThrow();
        Place shared = present.stream().filter(p -> p.count() >= 2).findFirst().orElseThrow();
        String elsewhere = matrix.rows().stream().filter(r -> !r.cell("59").operators().contains(name))
                .map(r -> r.service().code()).findFirst().orElseThrow();
        assertThat(cell(alone.service(), alone.departement()).getClassNames()).doesNotContain("cov-mine");

        _setValue(_get(Checkbox.class, spec -> spec.withId("matrix-highlight-mine")), true);

        assertThat(cell(alone.service(), alone.departement()).getClassNames()).contains("cov-mine", "cov-mine-alone");
        assertThat(cell(shared.service(), shared.departement()).getClassNames()).contains("cov-mine", "cov-mine-shared");
        assertThat(cell(elsewhere, "59").getClassNames()).contains("cov-other").doesNotContain("cov-mine");
        long aloneCount = present.stream().filter(p -> p.count() == 1).count();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("matrix-mine-summary")).getText())
                .isEqualTo(name + " est présent sur " + present.size() + " cellules : seul sur " + aloneCount
                        + " (trait plein), en doublon sur " + (present.size() - aloneCount) + " (pointillés).");
    }

    @Test
    void the_highlight_is_offered_to_directors_only() {
        login(TestUsers.COORDINATOR);
        navigate(MatrixView.class);
        assertThat(_find(Checkbox.class, spec -> spec.withId("matrix-highlight-mine"))).isEmpty();
    }

    private MatrixGrid grid() {
        return _get(MatrixGrid.class);
    }

    private List<String> serviceCodes() {
        MatrixGrid grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .map(MatrixGrid.Node::serviceCode).filter(java.util.Objects::nonNull).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(MatrixViewKaribuTest::descendants));
    }
}
