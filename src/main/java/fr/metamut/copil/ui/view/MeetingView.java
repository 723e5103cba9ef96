package fr.metamut.copil.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.Notifications;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.Confirm;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.copil.domain.Baseline;
import fr.metamut.copil.domain.FollowUp;
import fr.metamut.copil.domain.Meeting;
import fr.metamut.copil.service.CopilService;
import fr.metamut.copil.ui.component.ChangeSummary;
import fr.metamut.copil.ui.component.DecisionsGrid;
import fr.metamut.copil.ui.component.MeetingEditor;
import fr.metamut.workbook.domain.Labels;
import fr.metamut.workbook.service.WorkbookService;
import fr.metamut.workbook.ui.component.WorkbookDownloadButton;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One meeting: when, who was there, the agenda, its decisions; what changed since the meeting before (counts, and
 * a link to the whole comparison); the decisions of the meeting before with what became of them (at this meeting
 * and now); the workbook of this meeting. Coordinators correct or remove it.
 */
@Route("copil/reunion")
@PermitAll
public class MeetingView extends VerticalLayout implements HasUrlParameter<Long>, TitledView {

    private final CopilService copil;
    private final CatalogService catalog;
    private final PeopleDirectory people;
    private final WorkbookService workbooks;
    private final Clock clock;
    private Meeting meeting;

    public MeetingView(CopilService copil, CatalogService catalog, PeopleDirectory people, WorkbookService workbooks,
                       Clock clock) {
        this.copil = copil;
        this.catalog = catalog;
        this.people = people;
        this.workbooks = workbooks;
        this.clock = clock;
        setId("copil-meeting");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        meeting = copil.get(id).orElseThrow(NotFoundException::new);
        show();
    }

    private void show() {
        removeAll();
        add(new ViewHeader(getTranslation("copil.meeting.heading", Formats.date(meeting.getDate()), meeting.getTitle()))
                .withTitleId("copil-meeting-heading"), details(), createToolbar());
        H3 own = new H3(getTranslation("copil.meeting.decisions"));
        DecisionsGrid decisions = new DecisionsGrid("copil-meeting-decisions", null, null);
        decisions.show(meeting.getDecisions());
        add(own, meeting.getDecisions().isEmpty() ? note("copil-meeting-no-decision", "copil.sheet.noDecision") : decisions);
        Optional<Meeting> previous = copil.previous(meeting.getId());
        if (previous.isPresent()) {
            sincePrevious(previous.get());
        } else {
            add(note("copil-meeting-first", "copil.meeting.first"));
        }
    }

    private Paragraph details() {
        Paragraph details = new Paragraph();
        details.setId("copil-meeting-details");
        details.addClassName("view-subtitle");
        String attendees = meeting.getAttendees().stream().map(o -> o.getName()).collect(Collectors.joining(", "));
        details.setText(getTranslation("copil.meeting.attendeesLine", attendees.isEmpty() ? "—" : attendees) + " · "
                + getTranslation("copil.meeting.recordedLine", people.displayName(meeting.getAttribution().getCreatedBy()),
                Formats.dateTime(meeting.getFrozenAt()))
                + (meeting.getAgenda() == null ? "" : " · " + getTranslation("copil.meeting.agendaLine", meeting.getAgenda())));
        return details;
    }

    private HorizontalLayout createToolbar() {
        HorizontalLayout toolbar = new HorizontalLayout(new WorkbookDownloadButton(workbooks, meeting.getId().toString()));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (copil.canRecord()) {
            Button edit = new Button(getTranslation("copil.edit"), VaadinIcon.EDIT.create(),
                    click -> MeetingEditor.open(copil, catalog.operators(), meeting, LocalDate.now(clock), saved -> {
                        meeting = saved;
                        show();
                    }));
            edit.setId("copil-meeting-edit");
            Button remove = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create(), click -> confirmRemoval());
            remove.setId("copil-meeting-delete");
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            toolbar.add(edit, remove);
        }
        return toolbar;
    }

    private void sincePrevious(Meeting previous) {
        H3 since = new H3(getTranslation("copil.meeting.since", Formats.date(previous.getDate()), previous.getTitle()));
        ChangeSummary summary = new ChangeSummary();
        summary.show(copil.compare(previous.getId(), meeting.getId(), getLocale()));
        Anchor all = new Anchor(RouteConfiguration.forSessionScope().getUrl(ComparisonView.class) + "?"
                + QueryParameters.simple(Map.of(ComparisonView.FROM, previous.getId().toString(),
                ComparisonView.TO, meeting.getId().toString())).getQueryString(), getTranslation("copil.meeting.allChanges"));
        all.setId("copil-meeting-comparison-link");
        H3 followUps = new H3(getTranslation("copil.meeting.previousDecisions"));
        DecisionsGrid decisions = new DecisionsGrid("copil-previous-decisions",
                getTranslation("copil.column.stateAtMeeting"), getTranslation("copil.column.stateNow"));
        Labels labels = copil.labels(getLocale());
        Baseline then = copil.baseline(meeting.getId());
        Baseline now = copil.current();
        decisions.show(previous.getDecisions(), d -> FollowUp.state(d, then, labels), d -> FollowUp.state(d, now, labels));
        add(since, summary, all, followUps,
                previous.getDecisions().isEmpty() ? note("copil-previous-no-decision", "copil.sheet.noDecision") : decisions);
    }

    private Paragraph note(String id, String key) {
        Paragraph note = new Paragraph(getTranslation(key));
        note.setId(id);
        note.addClassName("source");
        return note;
    }

    private void confirmRemoval() {
        Confirm.open(getTranslation("copil.remove.title"), getTranslation("copil.remove.text", meeting.getTitle()),
                getTranslation("action.delete"), () -> {
                    if (Notifications.attempt(() -> copil.delete(meeting.getId(), meeting.getVersion()))) {
                        Notifications.success(getTranslation("copil.removed"));
                        getUI().ifPresent(ui -> ui.navigate(MeetingsView.class));
                    }
                });
    }

    @Override
    public String viewTitle() {
        return meeting == null ? getTranslation("copil.title") : meeting.getTitle();
    }
}
