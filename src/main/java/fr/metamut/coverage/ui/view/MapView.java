package fr.metamut.coverage.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.coverage.domain.CoverageChangedEvent;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.coverage.service.MapOutlines;
import fr.metamut.coverage.ui.component.CoverageDefinitions;
import fr.metamut.coverage.ui.component.DepartementMap;
import fr.metamut.coverage.ui.component.DepartementMap.Paint;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The region's map: départements coloured by how many services are covered there, or — once a service
 * is chosen — by its coverage state. Clicking a département opens the matrix filtered on it.
 */
@Route("carte")
@Menu(order = 7, icon = "vaadin:map-marker", title = "nav.map")
@PermitAll
public class MapView extends VerticalLayout implements TitledView {

    private static final String GAP = "#f28c28";
    private static final String SINGLE = "#d1fae5";
    private static final String DOUBLON = "#3b82c4";

    private final CoverageService coverage;
    private final DepartementMap map;
    private final ComboBox<CoverageInput.Service> service = new ComboBox<>();
    private final Div legend = new Div();
    private final CoverageDefinitions definitions = new CoverageDefinitions("map-definitions");
    private final HorizontalLayout departementButtons = new HorizontalLayout();
    private final Checkbox highlightMine = new Checkbox();
    private final String ownName;
    private CoverageMatrix matrix;

    public MapView(CoverageService coverage, MapOutlines outlines, ChangeFeed feed, CurrentUser currentUser) {
        this.coverage = coverage;
        this.ownName = currentUser.get().filter(u -> u.getOperatorId() != null).map(AppUser::getOperatorName).orElse(null);
        highlightMine.setId("map-highlight-mine");
        highlightMine.setLabel(getTranslation("matrix.highlightMine", String.valueOf(ownName)));
        highlightMine.setVisible(ownName != null);
        highlightMine.addValueChangeListener(e -> paint());
        this.map = new DepartementMap(outlines, this::openMatrix);
        service.setId("map-service");
        service.setLabel(getTranslation("map.service"));
        service.setPlaceholder(getTranslation("map.allServices"));
        service.setItemLabelGenerator(CoverageInput.Service::name);
        service.setClearButtonVisible(true);
        service.setWidth("24rem");
        service.addValueChangeListener(e -> paint());
        legend.setId("map-legend");
        legend.addClassName("map-legend");
        departementButtons.setId("map-departements");
        departementButtons.setWrap(true);
        Paragraph credit = new Paragraph(getTranslation("map.credit", MapOutlines.CREDIT));
        credit.setId("map-credit");
        credit.addClassName("source");
        Paragraph hint = new Paragraph(getTranslation("map.hint"));
        hint.addClassName("view-subtitle");
        HorizontalLayout choices = new HorizontalLayout(service, highlightMine);
        choices.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        choices.setWrap(true);
        add(new ViewHeader(viewTitle()), hint, choices, new HorizontalLayout(map, legend), departementButtons, credit);
        refresh();
        LiveRefresh.bind(this, feed, CoverageChangedEvent.TOPIC, this::refresh);
    }

    private void refresh() {
        matrix = coverage.matrix();
        CoverageInput.Service selected = service.getValue();
        service.setItems(matrix.rows().stream().map(CoverageRow::service).toList());
        if (selected != null) {
            service.setValue(matrix.rowByCode(selected.code()).map(CoverageRow::service).orElse(null));
        }
        paint();
    }

    private void paint() {
        Map<String, Paint> paints = new HashMap<>();
        legend.removeAll();
        departementButtons.removeAll();
        CoverageInput.Service selected = service.getValue();
        if (selected == null) {
            Map<String, Integer> covered = matrix.servicesCovered(false);
            Map<String, Integer> lines = matrix.servicesCovered(true);
            int services = matrix.serviceCount(false);
            int synthesis = matrix.serviceCount(true);
            int max = covered.values().stream().mapToInt(Integer::intValue).max().orElse(1);
            covered.forEach((code, count) -> paints.put(code, new Paint(shade(count, max), "",
                    getTranslation("map.tooltip.covered", name(code), count, services, lines.get(code), synthesis))));
            legend.add(new Paragraph(getTranslation("map.legend.covered")));
            covered.forEach((code, count) -> addButton(code, getTranslation("map.button.covered", code, count, services)));
        } else {
            CoverageRow row = matrix.rowByCode(selected.code()).orElseThrow();
            for (CoverageInput.Departement d : matrix.departements()) {
                CoverageCell cell = row.cell(d.code());
                String fill = switch (cell.state()) {
                    case GAP -> GAP;
                    case SINGLE -> SINGLE;
                    case DOUBLON -> DOUBLON;
                };
                String tooltip = getTranslation("map.tooltip.service", d.name(), cell.count(),
                        cell.count() == 0 ? "" : String.join(", ", cell.operators()));
                paints.put(d.code(), new Paint(fill, cell.demandWithoutOffer() ? "map-demand" : "", tooltip));
                addButton(d.code(), d.code() + " · " + getTranslation(fr.metamut.coverage.ui.component.CellStyles.legendKey(cell.state()))
                        + (cell.demandWithoutOffer() ? " · " + getTranslation("legend.demand") : ""));
            }
            legend.add(swatch(GAP, getTranslation("legend.gap")), swatch(SINGLE, getTranslation("legend.single")),
                    swatch(DOUBLON, getTranslation("legend.doublon")), swatch("#ffffff", getTranslation("map.legend.demand")));
        }
        if (highlightMine.getValue() && ownName != null) {
            markMine(paints, selected);
            legend.add(new Paragraph(getTranslation("map.legend.mine", ownName)));
        }
        definitions.show(matrix);
        legend.add(definitions);
        map.paint(paints);
    }

    /** Outlines the départements where the user's operator offers the service (any service when none is chosen). */
    private void markMine(Map<String, Paint> paints, CoverageInput.Service selected) {
        List<CoverageInput.Departement> present = selected == null ? matrix.departementsOf(ownName)
                : matrix.departements().stream().filter(d -> matrix.rowByCode(selected.code()).orElseThrow()
                        .cell(d.code()).operators().contains(ownName)).toList();
        for (CoverageInput.Departement d : present) {
            Paint paint = paints.get(d.code());
            if (paint != null) {
                paints.put(d.code(), new Paint(paint.fill(), (paint.cssClass() + " map-mine").strip(),
                        paint.tooltip() + " · " + getTranslation("map.tooltip.mine", ownName)));
            }
        }
    }

    private void addButton(String code, String text) {
        Button button = new Button(text, click -> openMatrix(code));
        button.setId("map-open-" + code);
        departementButtons.add(button);
    }

    private Div swatch(String colour, String text) {
        Span box = new Span();
        box.addClassName("map-swatch");
        box.getStyle().set("background", colour);
        Div item = new Div(box, new Span(text));
        item.addClassName("cov-legend-item");
        return item;
    }

    private String name(String code) {
        return matrix.departements().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(CoverageInput.Departement::name).orElse(code);
    }

    /** Lighter for few services covered, darker for many. */
    static String shade(int count, int max) {
        double t = max == 0 ? 0 : (double) count / max;
        int r = (int) Math.round(219 + (30 - 219) * t);
        int g = (int) Math.round(234 + (64 - 234) * t);
        int b = (int) Math.round(254 + (175 - 254) * t);
        return String.format("#%02x%02x%02x", r, g, b);
    }

    private void openMatrix(String code) {
        getUI().ifPresent(ui -> ui.navigate(MatrixView.class,
                QueryParameters.of(MatrixView.DEPARTEMENT_PARAMETER, code)));
    }

    @Override
    public String viewTitle() {
        return getTranslation("map.title");
    }
}
