package fr.metamut.copil.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.actionplan.service.PlanFixtures;
import fr.metamut.base.ui.component.DateField;
import fr.metamut.copil.domain.Change;
import fr.metamut.copil.domain.ChangeKind;
import fr.metamut.copil.domain.DecisionLink;
import fr.metamut.copil.domain.Meeting;
import fr.metamut.copil.domain.MeetingContent;
import fr.metamut.copil.domain.MeetingRepository;
import fr.metamut.copil.service.CopilService;
import fr.metamut.copil.ui.component.ChangesGrid;
import fr.metamut.copil.ui.component.DecisionsGrid;
import fr.metamut.copil.ui.component.LinkChoice;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import fr.metamut.workbook.ui.component.WorkbookDownloadButton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The meeting pages as users meet them: recording a meeting, one meeting with the follow-up, comparing two. */
class CopilPagesKaribuTest extends KaribuTest {

    @Autowired
    CopilService copil;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    ActionPlanService plan;

    @AfterEach
    void cleanUp() {
        meetings.deleteAll();
        planFixtures.deleteAllActions();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_coordinator_records_a_meeting_with_a_decision_about_an_action_and_lands_on_its_page() {
        ActionRow action = planFixtures.sommeNumAction("Mutualiser le DPO");
        login(TestUsers.COORDINATOR);
        useFrench();
        navigate(MeetingsView.class);
        _get(Paragraph.class, spec -> spec.withId("copil-empty"));

        _click(_get(Button.class, spec -> spec.withId("copil-record")));
        _setValue(_get(DateField.class, spec -> spec.withId("copil-meeting-date")), LocalDate.of(2027, 3, 14));
        _setValue(_get(TextField.class, spec -> spec.withId("copil-meeting-title")), "COPIL de printemps");
        _setValue(_get(TextArea.class, spec -> spec.withId("copil-meeting-agenda")), "Bilan du premier trimestre");
        _click(_get(Button.class, spec -> spec.withId("copil-decision-add")));
        _setValue(_get(TextArea.class, spec -> spec.withId("copil-decision-text-0")), "Lancer le DPO mutualisé");
        ComboBox<LinkChoice> link = _get(ComboBox.class, spec -> spec.withId("copil-decision-link-0"));
        _setValue(link, new LinkChoice(DecisionLink.ACTION, action.id(), "Mutualiser le DPO"));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        Meeting recorded = meetings.findAll().getFirst();
        assertThat(recorded.getTitle()).isEqualTo("COPIL de printemps");
        assertThat(recorded.getDecisions()).singleElement().satisfies(d -> {
            assertThat(d.getText()).isEqualTo("Lancer le DPO mutualisé");
            assertThat(d.getLinkLabel()).isEqualTo("Mutualiser le DPO");
        });
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MeetingView.class);
        assertThat(_get(H2.class, spec -> spec.withId("copil-meeting-heading")).getText())
                .isEqualTo("COPIL du 14/03/2027 — COPIL de printemps");
        _get(Paragraph.class, spec -> spec.withId("copil-meeting-first"));
        Grid<DecisionsGrid.Line> decisions = _get(Grid.class, spec -> spec.withId("copil-meeting-decisions"));
        assertThat(rowsOf(decisions)).extracting(l -> l.decision().getText()).containsExactly("Lancer le DPO mutualisé");
        _get(WorkbookDownloadButton.class, spec -> spec.withId(WorkbookDownloadButton.ID));
    }

    @Test
    void a_meeting_without_a_title_is_not_recorded_and_the_field_says_why() {
        login(TestUsers.COORDINATOR);
        useFrench();
        navigate(MeetingsView.class);
        _click(_get(Button.class, spec -> spec.withId("copil-record")));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        TextField title = _get(TextField.class, spec -> spec.withId("copil-meeting-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Indiquez l’intitulé du COPIL.");
        assertThat(meetings.count()).isZero();
    }

    @Test
    void a_director_reads_the_meetings_but_cannot_record_one() {
        record("COPIL de printemps", LocalDate.of(2027, 3, 14), List.of());
        login(TestUsers.DIRECTOR_ADICO);
        useFrench();
        navigate(MeetingsView.class);

        _assertNone(Button.class, spec -> spec.withId("copil-record"));
        _get(Span.class, spec -> spec.withId("copil-read-only"));
        @SuppressWarnings("unchecked")
        Grid<Meeting> grid = _get(Grid.class, spec -> spec.withId("copil-meetings"));
        assertThat(rowsOf(grid)).extracting(Meeting::getTitle).containsExactly("COPIL de printemps");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_meeting_page_lists_the_previous_decisions_with_what_became_of_them() {
        ActionRow action = planFixtures.sommeNumAction("Mutualiser le DPO");
        Meeting first = record("COPIL de printemps", LocalDate.of(2027, 3, 14),
                List.of(new MeetingContent.DecisionDraft("Lancer le DPO mutualisé", DecisionLink.ACTION, action.id())));
        users.login(TestUsers.COORDINATOR);
        plan.reportProgress(action.id(), plan.get(action.id()).version(), ActionStatus.FAIT, 100, null);
        users.logout();
        Meeting second = record("COPIL d’été", LocalDate.of(2027, 6, 20), List.of());

        login(TestUsers.DIRECTOR_ADICO);
        useFrench();
        UI.getCurrent().navigate(MeetingView.class, second.getId());

        Grid<DecisionsGrid.Line> previous = _get(Grid.class, spec -> spec.withId("copil-previous-decisions"));
        assertThat(rowsOf(previous)).singleElement().satisfies(line -> {
            assertThat(line.decision().getText()).isEqualTo("Lancer le DPO mutualisé");
            assertThat(line.then()).isEqualTo("Fait, 100 %");
            assertThat(line.now()).isEqualTo("Fait, 100 %");
        });
        assertThat(_get(Anchor.class, spec -> spec.withId("copil-meeting-comparison-link")).getHref())
                .contains("de=" + first.getId(), "a=" + second.getId());
        _assertNone(Button.class, spec -> spec.withId("copil-meeting-edit"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_comparison_page_shows_what_changed_between_any_two_meetings() {
        ActionRow action = planFixtures.sommeNumAction("Mutualiser le DPO");
        Meeting first = record("COPIL de printemps", LocalDate.of(2027, 3, 14), List.of());
        users.login(TestUsers.COORDINATOR);
        plan.reportProgress(action.id(), plan.get(action.id()).version(), ActionStatus.FAIT, 100, null);
        users.logout();
        Meeting second = record("COPIL d’été", LocalDate.of(2027, 6, 20),
                List.of(MeetingContent.DecisionDraft.of("Préparer l’appel à partenaires")));

        login(TestUsers.DIRECTOR_ADICO);
        useFrench();
        UI.getCurrent().navigate(ComparisonView.class, QueryParameters.simple(Map.of(ComparisonView.FROM,
                first.getId().toString(), ComparisonView.TO, second.getId().toString())));

        ChangesGrid changes = _get(ChangesGrid.class, spec -> spec.withId("copil-changes"));
        assertThat(rowsOf(changes)).containsExactly(new Change(ChangeKind.ACTION_COMPLETED, "Mutualiser le DPO", null,
                "À faire", "Fait", "Somme Numérique"));
        Grid<DecisionsGrid.Line> own = _get(Grid.class, spec -> spec.withId("copil-compare-decisions"));
        assertThat(rowsOf(own)).extracting(l -> l.decision().getText()).containsExactly("Préparer l’appel à partenaires");

        ComboBox<Object> to = _get(ComboBox.class, spec -> spec.withId("copil-compare-to"));
        _setValue(to, to.getListDataView().getItems().filter(c -> ((ComparisonView.Choice) c).id() == null)
                .findFirst().orElseThrow());
        assertThat(rowsOf(changes)).containsExactly(new Change(ChangeKind.ACTION_COMPLETED, "Mutualiser le DPO", null,
                "À faire", "Fait", "Somme Numérique"));
    }

    private Meeting record(String title, LocalDate date, List<MeetingContent.DecisionDraft> decisions) {
        users.login(TestUsers.COORDINATOR);
        try {
            return copil.record(new MeetingContent(date, title, null, List.of(), decisions));
        } finally {
            users.logout();
        }
    }
}
