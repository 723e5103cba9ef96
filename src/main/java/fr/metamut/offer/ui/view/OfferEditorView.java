package fr.metamut.offer.ui.view;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.signals.Signal;
import com.vaadin.flow.signals.shared.SharedMapSignal;
import com.vaadin.flow.signals.shared.SharedValueSignal;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.ui.Notifications;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.service.Presence;
import fr.metamut.collaboration.service.PresenceService;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.coverage.domain.matrix.CellState;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferChangedEvent;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferCommentService;
import fr.metamut.offer.service.OfferConflictException;
import fr.metamut.offer.service.OfferHistoryService;
import fr.metamut.offer.service.OfferMerge;
import fr.metamut.offer.service.OfferPermissions;
import fr.metamut.offer.service.OfferService;
import fr.metamut.offer.service.OfferWorkflowService;
import fr.metamut.offer.ui.component.ConflictDialog;
import fr.metamut.offer.ui.component.CommentsPanel;
import fr.metamut.offer.ui.component.DecisionLine;
import fr.metamut.offer.ui.component.HistoryPanel;
import fr.metamut.offer.ui.component.OfferForm;
import fr.metamut.offer.ui.component.RationaleDialog;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One joint offer, co-edited live: avatars of who has it open, the field each person is editing
 * highlighted with their name, others' saves merged in without reload, conflicts on the same field
 * resolved by the user; workflow buttons as the user's role allows; discussion and history.
 */
@Route("offres/:id")
@PermitAll
public class OfferEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OfferService offers;
    private final OfferWorkflowService workflow;
    private final OfferCommentService comments;
    private final OfferHistoryService history;
    private final CatalogService catalog;
    private final CoverageService coverage;
    private final ChangeFeed feed;
    private final PresenceService presenceService;
    private final CurrentUser currentUser;
    private final String presenceKey = UUID.randomUUID().toString();
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Paragraph parties = new Paragraph();
    private final DecisionLine decision;
    private final AvatarGroup avatars = new AvatarGroup();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Map<OfferField, String> helpers = new EnumMap<>(OfferField.class);
    private OfferForm form;
    private HistoryPanel historyPanel;
    private JointOffer offer;
    private OfferStatus actionsShownFor;
    private OfferContent base;
    private AppUser me;
    private SharedMapSignal<Presence> room;

    public OfferEditorView(OfferService offers, OfferWorkflowService workflow, OfferCommentService comments, OfferHistoryService history,
                           CatalogService catalog, CoverageService coverage, ChangeFeed feed,
                           PresenceService presenceService, CurrentUser currentUser, PeopleDirectory people) {
        this.offers = offers;
        this.workflow = workflow;
        this.comments = comments;
        this.history = history;
        this.catalog = catalog;
        this.coverage = coverage;
        this.feed = feed;
        this.presenceService = presenceService;
        this.currentUser = currentUser;
        status.setId("offer-status");
        status.addClassName("tag");
        avatars.setId("offer-presence");
        avatars.setMaxItemsVisible(8);
        actions.setId("offer-actions");
        decision = new DecisionLine(people);
        parties.setId("offer-parties");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElseThrow(com.vaadin.flow.router.NotFoundException::new);
        me = currentUser.require();
        try {
            offer = offers.get(id);
        } catch (UserFacingException | org.springframework.security.access.AccessDeniedException e) {
            throw new com.vaadin.flow.router.NotFoundException();
        }
        base = offer.content();
        build();
    }

    private void build() {
        removeAll();
        actionsShownFor = null;
        Map<String, String> serviceNames = catalog.services().stream()
                .collect(Collectors.toMap(s -> s.getCode(), s -> s.getName()));
        form = new OfferForm(catalog.operators(), catalog.services(), catalog.departements(), candidateCells(), serviceNames);
        form.read(base, offer.getLead(), null);
        form.fieldComponents().forEach((field, component) -> {
            if (component instanceof HasHelper helper) {
                helpers.put(field, helper.getHelperText());
            }
        });
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("offer-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, status, avatars);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        header.setWidthFull();
        header.setFlexGrow(1, title);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("offer.tab.discussion"),
                new CommentsPanel(comments, feed, offer.getId(), OfferPermissions.canComment(me, offer)));
        historyPanel = new HistoryPanel(history, offer.getId());
        tabs.add(getTranslation("offer.tab.history"), historyPanel);
        add(header, parties, decision, actions, form, save, tabs);
        showState();
        save.setVisible(OfferPermissions.canEditContent(me, offer));

        room = presenceService.room(OfferChangedEvent.topicOf(offer.getId()));
        addAttachListener(e -> room.put(presenceKey, new Presence(me.getUsername(), me.getDisplayName(), null)));
        addDetachListener(e -> room.remove(presenceKey));
        if (isAttached()) {
            room.put(presenceKey, new Presence(me.getUsername(), me.getDisplayName(), null));
        }
        form.onFocusChange((field, focused) -> {
            SharedValueSignal<Presence> mine = room.peek().get(presenceKey);
            Presence current = mine == null ? new Presence(me.getUsername(), me.getDisplayName(), null) : mine.peek();
            room.put(presenceKey, current.editing(focused ? field.name() : null));
        });
        Signal.effect(this, this::showPresence);
        LiveRefresh.bind(this, feed, OfferChangedEvent.topicOf(offer.getId()), this::onRemoteChange);
    }

    private void showPresence() {
        Map<String, SharedValueSignal<Presence>> entries = room.get();
        List<Presence> present = new ArrayList<>();
        Map<OfferField, List<String>> editing = new EnumMap<>(OfferField.class);
        entries.forEach((key, signal) -> {
            Presence p = signal.get();
            if (p == null) {
                return;
            }
            if (present.stream().noneMatch(q -> q.username().equals(p.username()))) {
                present.add(p);
            }
            if (!key.equals(presenceKey) && p.field() != null) {
                editing.computeIfAbsent(OfferField.valueOf(p.field()), f -> new ArrayList<>()).add(p.displayName());
            }
        });
        avatars.setItems(present.stream().map(p -> new AvatarGroup.AvatarGroupItem(p.displayName())).toList());
        form.fieldComponents().forEach((field, component) -> {
            List<String> names = editing.get(field);
            component.getElement().getClassList().set("being-edited", names != null);
            if (component instanceof HasHelper helper) {
                helper.setHelperText(names == null ? helpers.get(field)
                        : getTranslation("offer.editingBy", String.join(", ", names)));
            }
        });
    }

    private void save() {
        OfferContent mine;
        try {
            mine = form.write();
        } catch (UserFacingException e) {
            Notifications.error(Notifications.messageOf(e));
            return;
        }
        try {
            offer = offers.save(offer.getId(), base, mine);
            base = offer.content();
            Notifications.success(getTranslation("notification.saved"));
            showState();
        } catch (OfferConflictException conflict) {
            new ConflictDialog(conflict.getConflicts(), this::format, choices -> resolve(conflict, mine, choices)).open();
        } catch (UserFacingException | org.springframework.security.access.AccessDeniedException e) {
            Notifications.error(Notifications.messageOf(e));
        }
    }

    private void resolve(OfferConflictException conflict, OfferContent mine, Map<OfferField, ConflictDialog.Choice> choices) {
        Set<OfferField> theirs = choices.entrySet().stream().filter(e -> e.getValue() == ConflictDialog.Choice.THEIRS)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        form.read(conflict.getCurrent(), offer.getLead(), theirs);
        base = conflict.getCurrent();
        save();
    }

    /** Someone saved: fields I have not touched take the new values; fields I changed keep mine. */
    private void onRemoteChange() {
        JointOffer fresh = offers.latest(offer.getId());
        OfferContent current = fresh.content();
        Set<OfferField> dirty = dirtyFields();
        Set<OfferField> clean = EnumSet.allOf(OfferField.class);
        clean.removeAll(dirty);
        offer = fresh;
        form.read(current, fresh.getLead(), clean);
        base = OfferMerge.combine(current, base, dirty);
        showState();
        historyPanel.refresh();
    }

    private Set<OfferField> dirtyFields() {
        Set<OfferField> dirty = EnumSet.noneOf(OfferField.class);
        try {
            OfferContent typed = form.write();
            for (OfferField field : OfferField.values()) {
                if (!field.same(base, typed)) {
                    dirty.add(field);
                }
            }
        } catch (UserFacingException e) {
            dirty.add(OfferField.MILESTONES);
        }
        return dirty;
    }

    private void showState() {
        title.setText(offer.getTitle());
        status.setText(getTranslation("offer.status." + offer.getStatus().name()));
        status.getElement().setAttribute("data-status", offer.getStatus().name());
        parties.setText(getTranslation("offer.parties", offer.getLead().getName(),
                offer.getPartners().isEmpty() ? "—" : offer.getPartners().stream().map(p -> p.getName()).sorted()
                        .collect(Collectors.joining(", "))));
        decision.show(offer);
        form.setEditable(OfferPermissions.canEditContent(me, offer));
        if (offer.getStatus() != actionsShownFor) {
            // which buttons depend on the status only (the lead and the user's role do not change)
            showActions();
        }
    }

    private void showActions() {
        actions.removeAll();
        Long id = offer.getId();
        OfferStatus s = offer.getStatus();
        actionsShownFor = s;
        if (OfferPermissions.canSteer(me, offer)) {
            if (s == OfferStatus.BROUILLON) {
                actions.add(action("offer-action-submit", "offer.action.submit", "offer.action.submit.done", () -> workflow.submit(id)));
            }
            if (s == OfferStatus.MODIFICATIONS_DEMANDEES) {
                actions.add(action("offer-action-backToDraft", "offer.action.backToDraft", "offer.action.backToDraft.done", () -> workflow.backToDraft(id)));
            }
            if (EnumSet.of(OfferStatus.BROUILLON, OfferStatus.SOUMISE, OfferStatus.EN_INSTRUCTION,
                    OfferStatus.MODIFICATIONS_DEMANDEES).contains(s)) {
                actions.add(rationaleAction("offer-action-withdraw", "offer.action.withdraw", false, r -> workflow.withdraw(id, r)));
            }
        }
        if (OfferPermissions.canReview(me)) {
            if (s == OfferStatus.SOUMISE) {
                actions.add(action("offer-action-take", "offer.action.take", "offer.action.take.done", () -> workflow.takeForReview(id)));
            }
            if (s == OfferStatus.EN_INSTRUCTION) {
                actions.add(rationaleAction("offer-action-validate", "offer.action.validate", true, r -> workflow.decide(id, OfferStatus.VALIDEE, r)),
                        rationaleAction("offer-action-requestChanges", "offer.action.requestChanges", true, r -> workflow.decide(id, OfferStatus.MODIFICATIONS_DEMANDEES, r)),
                        rationaleAction("offer-action-reject", "offer.action.reject", true, r -> workflow.decide(id, OfferStatus.REFUSEE, r)));
            }
            if (s.decided()) {
                actions.add(rationaleAction("offer-action-reopen", "offer.action.reopen", true, r -> workflow.reopen(id, r)));
            }
        }
        if (s == OfferStatus.VALIDEE && (OfferPermissions.canSteer(me, offer) || OfferPermissions.canReview(me))) {
            // a link, not a call: the action plan depends on offers, not the other way round
            com.vaadin.flow.component.html.Anchor generate = new com.vaadin.flow.component.html.Anchor(
                    "plan-actions?offre=" + id, getTranslation("offer.generateActions"));
            generate.setId("offer-generate-actions");
            actions.add(generate);
        }
    }

    private Button action(String id, String labelKey, String doneKey, Runnable call) {
        Button button = new Button(getTranslation(labelKey), click -> {
            if (Notifications.attempt(call)) {
                Notifications.success(getTranslation(doneKey));
            }
        });
        button.setId(id);
        return button;
    }

    private Button rationaleAction(String id, String labelKey, boolean required,
                                  com.vaadin.flow.function.SerializableConsumer<String> call) {
        String label = getTranslation(labelKey);
        Button button = new Button(label, click -> new RationaleDialog(label, label, required, call).open());
        button.setId(id);
        return button;
    }

    private List<AddressedCell> candidateCells() {
        List<AddressedCell> cells = new ArrayList<>();
        CoverageMatrix matrix = coverage.matrix();
        for (CoverageRow row : matrix.rows()) {
            for (CoverageInput.Departement d : matrix.departements()) {
                CellState state = row.cell(d.code()).state();
                if (state == CellState.GAP || state == CellState.DOUBLON) {
                    cells.add(new AddressedCell(row.service().code(), d.code(),
                            state == CellState.GAP ? AddressedCell.Kind.GAP : AddressedCell.Kind.DOUBLON));
                }
            }
        }
        cells.addAll(offer.getAddressedCells().stream().filter(c -> !cells.contains(c)).toList());
        return cells;
    }

    private String format(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? "—" : items.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    public OfferForm form() {
        return form;
    }

    @Override
    public String getPageTitle() {
        return (offer == null ? "" : offer.getTitle() + " · ") + getTranslation("app.name");
    }
}
