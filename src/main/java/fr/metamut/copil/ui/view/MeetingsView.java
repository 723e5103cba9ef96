package fr.metamut.copil.ui.view;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.AddOrReadOnly;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.copil.domain.CopilChangedEvent;
import fr.metamut.copil.domain.Meeting;
import fr.metamut.copil.service.CopilService;
import fr.metamut.copil.ui.component.MeetingEditor;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * The steering committee's meetings, newest first: open one to read its decisions and what changed since the
 * meeting before; compare any two. Coordinators record a meeting here, which freezes the current state as its
 * baseline.
 */
@Route("copil")
@Menu(order = 16, icon = "vaadin:calendar-clock", title = "nav.copil")
@PermitAll
public class MeetingsView extends VerticalLayout implements TitledView {

    private final CopilService copil;
    private final CatalogService catalog;
    private final PeopleDirectory people;
    private final Clock clock;
    private final Grid<Meeting> grid = new Grid<>(Meeting.class, false);
    private final Paragraph empty = new Paragraph();
    private DisplayNames names = new DisplayNames(java.util.Map.of());

    public MeetingsView(CopilService copil, CatalogService catalog, PeopleDirectory people, ChangeFeed feed, Clock clock) {
        this.copil = copil;
        this.catalog = catalog;
        this.people = people;
        this.clock = clock;
        Paragraph intro = new Paragraph(getTranslation("copil.intro"));
        intro.addClassName("view-subtitle");
        empty.setId("copil-empty");
        empty.setText(getTranslation("copil.none"));
        configureGrid();
        add(new ViewHeader(viewTitle()), intro, createToolbar(), empty, grid);
        refresh();
        LiveRefresh.bind(this, feed, CopilChangedEvent.TOPIC, this::refresh);
    }

    private HorizontalLayout createToolbar() {
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.add(AddOrReadOnly.create(copil.canRecord(), "copil-record", getTranslation("copil.record"),
                () -> MeetingEditor.open(copil, catalog.operators(), null, LocalDate.now(clock),
                        meeting -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class, meeting.getId()))),
                "copil-read-only", getTranslation("copil.readOnly")));
        Anchor compare = new Anchor(RouteConfiguration.forSessionScope().getUrl(ComparisonView.class),
                getTranslation("copil.compare"));
        compare.setId("copil-compare-link");
        toolbar.add(compare);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("copil-meetings");
        grid.addColumn(m -> Formats.date(m.getDate())).setKey("date").setHeader(getTranslation("copil.meeting.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Meeting::getTitle).setKey("title").setHeader(getTranslation("copil.meeting.title")).setFlexGrow(2);
        grid.addColumn(m -> m.getAttendees().stream().map(o -> o.getName()).collect(Collectors.joining(", ")))
                .setKey("attendees").setHeader(getTranslation("copil.meeting.attendees")).setFlexGrow(2);
        grid.addColumn(m -> m.getDecisions().size()).setKey("decisions").setHeader(getTranslation("copil.meeting.decisions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> names.of(m.getAttribution().getCreatedBy())).setKey("recordedBy")
                .setHeader(getTranslation("copil.meeting.recordedBy")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class, click.getItem().getId())));
    }

    private void refresh() {
        names = people.names();
        var meetings = copil.meetings().stream()
                .sorted(Comparator.comparing(Meeting::getDate).thenComparing(Meeting::getId).reversed()).toList();
        grid.setItems(meetings);
        grid.setVisible(!meetings.isEmpty());
        empty.setVisible(meetings.isEmpty());
    }

    @Override
    public String viewTitle() {
        return getTranslation("copil.title");
    }
}
