package fr.metamut.offer.ui.view;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.UnsavedChanges;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.service.Presence;
import fr.metamut.collaboration.service.PresenceService;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.collaboration.ui.component.PresenceAvatars;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferChangedEvent;
import fr.metamut.offer.service.AddressableCells;
import fr.metamut.offer.service.OfferCommentService;
import fr.metamut.offer.service.OfferHistoryService;
import fr.metamut.offer.service.OfferPermissions;
import fr.metamut.offer.service.OfferService;
import fr.metamut.offer.service.OfferWorkflowService;
import fr.metamut.offer.ui.component.OfferChoices;
import fr.metamut.offer.ui.component.OfferEditor;
import fr.metamut.offer.ui.component.OfferHeader;
import fr.metamut.offer.ui.component.OfferTabs;
import fr.metamut.offer.ui.component.WorkflowBar;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * One joint offer, co-edited live: avatars of who has it open, the field each person is in highlighted
 * with their name, others' saves shown without reload (held beside a field the user is typing in),
 * workflow buttons as the user's role allows, discussion and history. Leaving with unsaved changes asks
 * first (in the application and when the tab closes). When the offer is no longer
 * readable by the user (taken back as a draft while a coordinator looks at it), the page says so and
 * stops following it.
 */
@Route("offres/:id")
@PermitAll
public class OfferEditorView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    private final OfferService offers;
    private final OfferWorkflowService workflow;
    private final OfferCommentService comments;
    private final OfferHistoryService history;
    private final CatalogService catalog;
    private final AddressableCells cells;
    private final ChangeFeed feed;
    private final PresenceService presence;
    private final PeopleDirectory people;
    private final AppUser me;
    private final UnsavedChanges unsaved;
    private OfferHeader header;
    private OfferEditor editor;
    private WorkflowBar workflowBar;
    private OfferTabs tabs;
    private Registration following;
    private JointOffer offer;

    public OfferEditorView(OfferService offers, OfferWorkflowService workflow, OfferCommentService comments,
                           OfferHistoryService history, CatalogService catalog, AddressableCells cells, ChangeFeed feed,
                           PresenceService presence, CurrentUser currentUser, PeopleDirectory people) {
        this.offers = offers;
        this.workflow = workflow;
        this.comments = comments;
        this.history = history;
        this.catalog = catalog;
        this.cells = cells;
        this.feed = feed;
        this.presence = presence;
        this.people = people;
        this.me = currentUser.require();
        unsaved = UnsavedChanges.guard(this, () -> editor != null && editor.hasUnsavedChanges());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        try {
            offer = offers.get(id);
        } catch (UserFacingException | AccessDeniedException e) {
            throw new NotFoundException();
        }
        build();
    }

    private void build() {
        removeAll();
        OfferChoices choices = new OfferChoices(catalog.operators(), catalog.services(), catalog.departements(),
                cells.of(offer));
        editor = new OfferEditor(offers, people, choices, offer);
        editor.form().onValueChange(field -> unsaved.refresh());
        editor.onSaved(saved -> {
            show(saved);
            unsaved.refresh();
        });
        workflowBar = new WorkflowBar(workflow, me, editor::hasUnsavedChanges, this::show);
        PresenceAvatars avatars = new PresenceAvatars(presence, OfferChangedEvent.topicOf(offer.getId()),
                new Presence(me.getUsername(), me.getDisplayName(), null));
        avatars.setId("offer-presence");
        avatars.onOthersEditing(editor.form()::showOthersEditing);
        editor.form().onFocusChange((field, in) -> avatars.editing(in ? field.name() : null));
        header = new OfferHeader(people, avatars);
        tabs = new OfferTabs(comments, history, feed, offer.getId(), OfferPermissions.canComment(me, offer));
        add(header, workflowBar, editor, tabs);
        show(offer);
        following = LiveRefresh.bind(this, feed, OfferChangedEvent.topicOf(offer.getId()), this::onRemoteChange);
    }

    /** Someone changed the offer: catch up, or say calmly that it is no longer ours to see. */
    private void onRemoteChange() {
        offers.latestIfReadable(offer.getId()).ifPresentOrElse(fresh -> {
            editor.remoteChange(fresh);
            show(fresh);
            tabs.refreshHistory();
        }, this::showGone);
    }

    private void show(JointOffer shown) {
        offer = shown;
        header.show(shown);
        editor.setEditable(OfferPermissions.canEditContent(me, shown));
        workflowBar.show(shown);
    }

    private void showGone() {
        following.remove();
        header.gone();
        editor.setEditable(false);
        workflowBar.setVisible(false);
        remove(tabs);
    }

    public OfferEditor editor() {
        return editor;
    }

    @Override
    public String viewTitle() {
        return offer == null ? "" : offer.getTitle();
    }
}
