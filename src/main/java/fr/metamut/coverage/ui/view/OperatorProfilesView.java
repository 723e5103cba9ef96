package fr.metamut.coverage.ui.view;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.coverage.domain.CoverageChangedEvent;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.coverage.domain.matrix.OperatorProfile;
import fr.metamut.coverage.service.CoverageService;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;

/**
 * Each operator's breadth (specialised, intermediate or polyvalent, as the report defines it) and with
 * whom it is in doublon, where — useful before a merger or a joint offer.
 */
@Route("profils-operateurs")
@Menu(order = 11, icon = "vaadin:connect", title = "nav.profiles")
@PermitAll
public class OperatorProfilesView extends VerticalLayout implements TitledView {

    private final CoverageService coverage;
    private final Grid<OperatorProfile> grid = new Grid<>();
    private final Map<String, String> codes = new HashMap<>();

    public OperatorProfilesView(CoverageService coverage, CatalogService catalog, ChangeFeed feed) {
        this.coverage = coverage;
        catalog.operators().forEach(o -> codes.put(o.getName(), o.getCode()));
        Paragraph intro = new Paragraph(getTranslation("profiles.intro", OperatorProfile.SPECIALISED_MAX,
                OperatorProfile.POLYVALENT_MIN));
        intro.addClassName("view-subtitle");
        grid.setId("profiles-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(p -> codes.containsKey(p.operatorName())
                        ? new Anchor("operateurs/" + codes.get(p.operatorName()), p.operatorName()) : new Span(p.operatorName()))
                .setHeader(getTranslation("operator.name")).setFlexGrow(2)
                .setComparator(OperatorProfile::operatorName).setSortable(true);
        grid.addColumn(OperatorProfile::metiers).setHeader(getTranslation("profiles.metiers"))
                .setComparator(OperatorProfile::metiers).setSortable(true);
        grid.addColumn(p -> getTranslation("profiles.breadth." + p.breadth().name()))
                .setHeader(getTranslation("profiles.breadth")).setSortable(true);
        grid.addColumn(p -> p.overlaps().size()).setHeader(getTranslation("profiles.doublons"))
                .setComparator(p -> p.overlaps().size()).setSortable(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::overlaps));
        add(new ViewHeader(viewTitle()), intro, grid);
        refresh();
        LiveRefresh.bind(this, feed, CoverageChangedEvent.TOPIC, this::refresh);
    }

    private UnorderedList overlaps(OperatorProfile profile) {
        UnorderedList list = new UnorderedList();
        list.addClassName("profile-overlaps");
        if (profile.overlaps().isEmpty()) {
            list.add(new ListItem(getTranslation("profiles.noDoublon")));
        }
        profile.overlaps().forEach(o -> list.add(new ListItem(getTranslation("profiles.overlap", o.serviceName(),
                o.departementCode(), String.join(", ", o.otherOperators())))));
        return list;
    }

    private void refresh() {
        grid.setItems(coverage.profiles());
    }

    @Override
    public String viewTitle() {
        return getTranslation("profiles.title");
    }
}
