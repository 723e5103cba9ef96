package fr.metamut.copil.ui.view;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.copil.domain.Baseline;
import fr.metamut.copil.domain.Comparison;
import fr.metamut.copil.domain.FollowUp;
import fr.metamut.copil.domain.Meeting;
import fr.metamut.copil.service.CopilService;
import fr.metamut.copil.ui.component.ChangeSummary;
import fr.metamut.copil.ui.component.ChangesGrid;
import fr.metamut.copil.ui.component.DecisionsGrid;
import fr.metamut.workbook.domain.Labels;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "Depuis le dernier COPIL" for any two meetings (or a meeting and now): the counts, every change, the decisions
 * of the earlier meeting with the state of what they are about at the later one, and the later meeting's
 * decisions. Query parameters {@code de} and {@code a} (meeting ids; {@code a} absent: now) preselect the pair;
 * without them, the latest meeting and now, or the two latest when comparing makes more sense.
 */
@Route("copil/comparer")
@PermitAll
public class ComparisonView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    public static final String FROM = "de";
    public static final String TO = "a";

    /** A meeting to compare, or now ({@code id} null). */
    record Choice(Long id, String label) {
    }

    private final CopilService copil;
    private final ComboBox<Choice> from = new ComboBox<>();
    private final ComboBox<Choice> to = new ComboBox<>();
    private final ChangeSummary summary = new ChangeSummary();
    private final ChangesGrid changes = new ChangesGrid();
    private final Paragraph empty = new Paragraph();
    private final VerticalLayout decisions = new VerticalLayout();
    private final List<Choice> choices = new ArrayList<>();

    public ComparisonView(CopilService copil) {
        this.copil = copil;
        for (Meeting meeting : copil.meetings()) {
            choices.add(new Choice(meeting.getId(), Formats.date(meeting.getDate()) + " — " + meeting.getTitle()));
        }
        Choice now = new Choice(null, getTranslation("copil.compare.now"));
        from.setId("copil-compare-from");
        from.setLabel(getTranslation("copil.compare.from"));
        from.setItems(choices);
        from.setItemLabelGenerator(Choice::label);
        List<Choice> targets = new ArrayList<>(choices);
        targets.add(now);
        to.setId("copil-compare-to");
        to.setLabel(getTranslation("copil.compare.to"));
        to.setItems(targets);
        to.setItemLabelGenerator(Choice::label);
        from.setWidth("24rem");
        to.setWidth("24rem");
        empty.setId("copil-compare-empty");
        empty.addClassName("source");
        decisions.setPadding(false);
        HorizontalLayout pickers = new HorizontalLayout(from, to);
        pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        pickers.setWrap(true);
        Paragraph intro = new Paragraph(getTranslation("copil.compare.intro"));
        intro.addClassName("view-subtitle");
        add(new ViewHeader(viewTitle()), intro, pickers, empty, summary, changes, decisions);
        if (!choices.isEmpty()) {
            from.setValue(choices.getLast());
            to.setValue(now);
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter(FROM).flatMap(this::choice).ifPresent(from::setValue);
        parameters.getSingleParameter(TO).flatMap(this::choice).ifPresent(to::setValue);
    }

    private Optional<Choice> choice(String id) {
        return choices.stream().filter(c -> Objects.toString(c.id()).equals(id)).findFirst();
    }

    private void refresh() {
        decisions.removeAll();
        boolean ready = from.getValue() != null && to.getValue() != null;
        summary.setVisible(ready);
        changes.setVisible(ready);
        empty.setVisible(!ready);
        if (!ready) {
            empty.setText(getTranslation(choices.isEmpty() ? "copil.none" : "copil.compare.choose"));
            return;
        }
        Meeting earlier = copil.get(from.getValue().id()).orElseThrow();
        Optional<Meeting> later = copil.get(to.getValue().id());
        Baseline after = later.map(m -> copil.baseline(m.getId())).orElseGet(copil::current);
        Labels labels = copil.labels(getLocale());
        Comparison comparison = Comparison.of(copil.baseline(earlier.getId()), after, labels);
        summary.show(comparison);
        changes.show(comparison.changes());
        if (comparison.changes().isEmpty()) {
            empty.setVisible(true);
            empty.setText(getTranslation("copil.sheet.noChange"));
        }
        DecisionsGrid followed = new DecisionsGrid("copil-compare-followups", null,
                getTranslation(later.isPresent() ? "copil.column.stateAtMeeting" : "copil.column.stateNow"));
        followed.show(earlier.getDecisions(), null, d -> FollowUp.state(d, after, labels));
        decisions.add(new H3(getTranslation("copil.compare.decisionsOf", from.getValue().label())), followed);
        later.ifPresent(meeting -> {
            DecisionsGrid own = new DecisionsGrid("copil-compare-decisions", null, null);
            own.show(meeting.getDecisions());
            decisions.add(new H3(getTranslation("copil.compare.decisionsOf", to.getValue().label())), own);
        });
    }

    @Override
    public String viewTitle() {
        return getTranslation("copil.compare.title");
    }
}
