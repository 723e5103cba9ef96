package fr.metamut.actionplan.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.metamut.actionplan.domain.ActionPlanChangedEvent;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.PlanFigures;
import fr.metamut.actionplan.service.ActionPermissions;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.actionplan.service.LinkOption;
import fr.metamut.actionplan.service.SwotLinkedActions;
import fr.metamut.actionplan.ui.component.ActionEditor;
import fr.metamut.actionplan.ui.component.ActionFilterBar;
import fr.metamut.actionplan.ui.component.ActionGrid;
import fr.metamut.actionplan.ui.component.ActionTimeline;
import fr.metamut.actionplan.ui.component.GenerateDialog;
import fr.metamut.actionplan.ui.component.HistoryDialog;
import fr.metamut.actionplan.ui.component.OwnerBoard;
import fr.metamut.actionplan.ui.component.PlanKpis;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.ui.Notifications;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.AddOrReadOnly;
import fr.metamut.base.ui.component.Confirm;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.swot.domain.SwotChangedEvent;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The action plan: KPIs, filters, and three views of the same filtered actions (a list, by operator,
 * month by month). Directors and coordinators add actions and generate those of a validated joint
 * offer; the rows offer what the user may do; the service checks it again. Live: others' changes show
 * after they commit.
 */
@Route("plan-actions")
@Menu(order = 15, icon = "vaadin:tasks", title = "nav.actionPlan")
@PermitAll
public class ActionPlanView extends VerticalLayout implements TitledView, BeforeEnterObserver, ActionGrid.RowActions {

    /** The query parameter naming a joint offer to generate actions from. */
    public static final String OFFER_PARAMETER = "offre";
    private static final String ID = "\\d{1,18}";

    private final ActionPlanService plan;
    private final CatalogService catalog;
    private final PeopleDirectory people;
    private final AppUser me;
    private final Clock clock;
    private final PlanKpis kpis = new PlanKpis();
    private final ActionFilterBar filters;
    private final ActionEditor editor;
    private final ActionGrid grid = new ActionGrid(this);
    private final OwnerBoard byOwner = new OwnerBoard();
    private final ActionTimeline timeline = new ActionTimeline();
    private List<ActionRow> rows = List.of();
    private DisplayNames names;

    public ActionPlanView(ActionPlanService plan, CatalogService catalog, PeopleDirectory people,
                          CurrentUser currentUser, ChangeFeed feed, Clock clock) {
        this.plan = plan;
        this.catalog = catalog;
        this.people = people;
        this.me = currentUser.require();
        this.clock = clock;
        this.editor = new ActionEditor(plan, me);
        this.filters = new ActionFilterBar(catalog.operators(), this::show,
                () -> getUI().ifPresent(ui -> ui.navigate(ActionPlanView.class)));
        setSizeFull();
        add(createHeader(), kpis, filters, createTabs());
        refresh();
        LiveRefresh.bind(this, feed, ActionPlanChangedEvent.TOPIC, this::refresh);
        // the links show SWOT items' titles, and removing an item unlinks its actions in the database
        LiveRefresh.bind(this, feed, SwotChangedEvent.TOPIC, this::refresh);
    }

    private ViewHeader createHeader() {
        ViewHeader header = new ViewHeader(viewTitle());
        if (ActionPermissions.canCreate(me)) {
            Button add = AddOrReadOnly.addButton("plan-new", getTranslation("plan.new"), () -> openEditor(null));
            Button generate = new Button(getTranslation("plan.generate"), VaadinIcon.MAGIC.create(),
                    click -> openGeneration(null));
            generate.setId("plan-generate");
            header.add(add, generate);
        }
        return header;
    }

    /**
     * {@code plan-actions?offre=42} (a link from a validated offer) opens the generation picker on that
     * offer, for those who may generate. {@code ?afom=7} (a link from the SWOT board) narrows the plan to
     * the actions serving that SWOT item, and with {@code &nouvelle=1} opens a new action linked to it, for
     * those who may create; without it the plan is whole again. A malformed or unknown id is ignored (for
     * a SWOT item, with a word: it may have been removed since the board was shown).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter(OFFER_PARAMETER)
                .filter(id -> id.matches(ID) && ActionPermissions.canCreate(me))
                .ifPresent(id -> openGeneration(Long.valueOf(id)));
        Optional<String> swotParameter = parameters.getSingleParameter(SwotLinkedActions.SWOT_PARAMETER);
        LinkOption swotItem = swotParameter.filter(id -> id.matches(ID)).map(Long::valueOf)
                .flatMap(id -> plan.swotOptions().stream().filter(o -> o.id().equals(id)).findFirst()).orElse(null);
        if (swotParameter.isPresent() && swotItem == null) {
            Notifications.error(getTranslation("plan.filter.swotUnknown"));
        }
        filters.filterOnSwotItem(swotItem);
        show();
        if (swotItem != null && ActionPermissions.canCreate(me)
                && parameters.getSingleParameter(SwotLinkedActions.NEW_PARAMETER).isPresent()) {
            editor.openLinkedTo(swotItem, catalog.operators(), LocalDate.now(clock), this::refresh);
        }
    }

    private void openGeneration(Long offerId) {
        GenerateDialog dialog = new GenerateDialog(plan.generationCandidates(), plan::generateFromOffer, this::refresh);
        if (offerId != null) {
            dialog.preselect(offerId);
        }
        dialog.open();
    }

    private TabSheet createTabs() {
        TabSheet tabs = new TabSheet();
        tabs.setId("plan-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("plan.tab.list"), grid);
        tabs.add(getTranslation("plan.tab.byOwner"), byOwner);
        tabs.add(getTranslation("plan.tab.timeline"), timeline);
        return tabs;
    }

    private void refresh() {
        rows = plan.actions();
        names = people.names();
        show();
    }

    private void show() {
        List<ActionRow> shown = rows.stream().filter(filters.filter()).toList();
        grid.show(shown, names);
        kpis.show(PlanFigures.kpis(shown));
        byOwner.show(PlanFigures.byOwner(shown));
        timeline.show(PlanFigures.timeline(shown), LocalDate.now(clock));
    }

    private void openEditor(ActionRow row) {
        editor.open(row, catalog.operators(), LocalDate.now(clock), this::refresh);
    }

    @Override
    public boolean canEdit(ActionRow row) {
        return ActionPermissions.canReportProgress(me, row.owner().id(), row.contributorIds());
    }

    @Override
    public boolean canDelete(ActionRow row) {
        return ActionPermissions.canManage(me, row.owner().id());
    }

    @Override
    public void edit(ActionRow row) {
        openEditor(row);
    }

    @Override
    public void history(ActionRow row) {
        if (!Notifications.attempt(() -> new HistoryDialog(row.title(), plan.history(row.id())).open())) {
            refresh(); // the action is gone: show the plan as it is now
        }
    }

    @Override
    public void delete(ActionRow row) {
        Confirm.open(getTranslation("plan.delete.title"), getTranslation("plan.delete.text", row.title()),
                getTranslation("action.delete"), () -> {
                    if (Notifications.attempt(() -> plan.delete(row.id()))) {
                        Notifications.success(getTranslation("plan.deleted"));
                    }
                    refresh();
                });
    }

    @Override
    public String viewTitle() {
        return getTranslation("plan.title");
    }
}
