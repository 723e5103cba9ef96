package fr.metamut.swot.ui.view;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.ui.Notifications;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.Confirm;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.partnership.domain.PartnershipsChangedEvent;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotChangedEvent;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.service.SwotCard;
import fr.metamut.swot.service.SwotItemActions;
import fr.metamut.swot.service.SwotService;
import fr.metamut.swot.ui.component.BoardActionPlan;
import fr.metamut.swot.ui.component.QuadrantPanel;
import fr.metamut.swot.ui.component.SwotBoardActions;
import fr.metamut.swot.ui.component.SwotForm;
import fr.metamut.swot.ui.component.SwotHistoryDialog;
import fr.metamut.swot.ui.component.SwotItemDialog;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The regional SWOT (AFOM) board in four quadrants. Every director, coordinator and administrator adds,
 * edits, reorders, moves and removes items; each change is attributed, kept in the history, and shown
 * at once on the other open boards. Each item lists the actions of the plan that serve it (live too),
 * through {@link SwotItemActions} when the application has an action plan.
 */
@Route("afom")
@Menu(order = 14, icon = "vaadin:grid-big", title = "nav.swot")
@PermitAll
public class SwotView extends VerticalLayout implements TitledView, SwotBoardActions {

    private final SwotService service;
    private final ObjectProvider<SwotItemActions> plan;
    private final PeopleDirectory people;
    private final List<QuadrantPanel> quadrants = new ArrayList<>();

    public SwotView(SwotService service, ChangeFeed feed, ObjectProvider<SwotItemActions> plan,
                    PeopleDirectory people) {
        this.service = service;
        this.plan = plan;
        this.people = people;
        boolean editable = service.canEdit();
        Paragraph intro = new Paragraph(getTranslation("swot.intro"));
        intro.addClassName("view-subtitle");
        Div board = new Div();
        board.setId("swot-board");
        board.addClassName("swot-board");
        for (Quadrant quadrant : Quadrant.values()) {
            QuadrantPanel panel = new QuadrantPanel(quadrant, editable, this);
            quadrants.add(panel);
            board.add(panel);
        }
        add(new ViewHeader(viewTitle()), intro, board);
        refresh();
        LiveRefresh.bind(this, feed, SwotChangedEvent.TOPIC, this::refresh);
        LiveRefresh.bind(this, feed, PartnershipsChangedEvent.TOPIC, this::refresh);
        plan.ifAvailable(p -> LiveRefresh.bind(this, feed, p.changeTopic(), this::refresh));
    }

    /** Reloads the board (also after others' changes). */
    private void refresh() {
        Map<Quadrant, List<SwotCard>> board = service.board();
        BoardActionPlan actions = BoardActionPlan.read(plan.getIfAvailable());
        DisplayNames names = people.names();
        quadrants.forEach(panel -> panel.show(board.get(panel.quadrant()), actions, names));
    }

    @Override
    public void addItem(Quadrant quadrant) {
        new SwotItemDialog(getTranslation("swot.add.title", getTranslation(quadrant.messageKey())),
                service.evidenceChoices(), form -> service.add(quadrant, form.toContent()), this::refresh)
                .edit(new SwotForm());
    }

    @Override
    public void editItem(SwotItem item) {
        var choices = service.evidenceChoices();
        new SwotItemDialog(getTranslation("swot.edit.title"), choices,
                form -> service.update(item.getId(), item.getVersion(), form.toContent()), this::refresh)
                .edit(SwotForm.of(item, choices));
    }

    @Override
    public void moveItem(SwotItem item, int delta) {
        Notifications.attempt(() -> service.move(item.getId(), delta));
        refresh();
    }

    @Override
    public void moveItemTo(SwotItem item, Quadrant target) {
        if (Notifications.attempt(() -> service.moveTo(item.getId(), target))) {
            Notifications.success(getTranslation("swot.moved", getTranslation(target.messageKey())));
        }
        refresh();
    }

    @Override
    public void removeItem(SwotItem item) {
        Confirm.open(getTranslation("swot.remove.title"), getTranslation("swot.remove.text", item.getTitle()),
                getTranslation("action.delete"), () -> {
                    if (Notifications.attempt(() -> service.remove(item.getId(), item.getVersion()))) {
                        Notifications.success(getTranslation("swot.removed"));
                    }
                    refresh();
                });
    }

    @Override
    public void showHistory(SwotItem item) {
        new SwotHistoryDialog(item.getTitle(), service.history(item.getId())).open();
    }

    @Override
    public String viewTitle() {
        return getTranslation("swot.title");
    }
}
