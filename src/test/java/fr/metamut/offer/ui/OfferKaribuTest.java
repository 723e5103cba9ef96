package fr.metamut.offer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.service.OfferService;
import fr.metamut.offer.service.OfferWorkflowService;
import fr.metamut.offer.ui.view.OfferEditorView;
import fr.metamut.support.KaribuTest;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the joint offer UI tests: offers built through the services ({@link OfferFixtures}), the editor
 * opened by its route, and calls made "in another browser" as another user.
 */
public abstract class OfferKaribuTest extends KaribuTest {

    @Autowired
    protected OfferService offers;

    @Autowired
    protected OfferWorkflowService workflow;

    @Autowired
    protected OfferFixtures fixtures;

    /** Logs a user in, in French, as after the login form. */
    protected void loginInFrench(String username) {
        login(username);
        useFrench();
    }

    /** Opens {@code offres/<id>} in the current UI. */
    protected OfferEditorView openEditor(Long offerId) {
        UI.getCurrent().navigate("offres/" + offerId);
        return (OfferEditorView) UI.getCurrent().getCurrentView();
    }

    /**
     * What another user does in their own browser: the call runs as them, then this UI's user is back.
     * The other UIs' queue is not run: call {@link #runOtherUsersPushes()} to deliver what they pushed.
     */
    protected <T> T as(String username, Supplier<T> call) {
        SecurityContext mine = SecurityContextHolder.getContext();
        try {
            users.login(username);
            return call.get();
        } finally {
            SecurityContextHolder.setContext(mine);
        }
    }

    protected void as(String username, Runnable call) {
        as(username, () -> {
            call.run();
            return null;
        });
    }

    /** Runs what the server queued for this UI (the push a browser would receive). */
    protected static void runOtherUsersPushes() {
        MockVaadin.runUIQueue();
    }

    /** A fresh offer (Somme Numérique leads, Adico partners) in the given state; the current user stays. */
    protected JointOffer offerIn(fr.metamut.offer.domain.OfferStatus status) {
        SecurityContext mine = SecurityContextHolder.getContext();
        try {
            return fixtures.offerIn(status);
        } finally {
            SecurityContextHolder.setContext(mine);
        }
    }

    /** The saved offer, read as the lead (who may always read it). */
    protected JointOffer reload(Long offerId) {
        return as(OfferFixtures.LEAD, () -> offers.get(offerId));
    }

    /** Whether the server asked the browser to put the focus in the field (dialogs do it once shown). */
    protected static boolean focusRequested(Component field) {
        // twice: a dialog reopened joins the page in the first pass, and its scripts are queued in the second
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .anyMatch(invocation -> invocation.getOwner().equals(field.getElement().getNode())
                        && invocation.getInvocation().getExpression().contains("focus()"));
    }

    /**
     * What the page last told the browser since the previous call: true when closing or reloading the tab
     * would make the browser ask first ({@code beforeunload}), false when it would not; empty if nothing.
     */
    protected static java.util.Optional<Boolean> browserAsksBeforeClosing() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(invocation -> invocation.getInvocation())
                .filter(js -> js.getExpression().startsWith("window.metamutUnsavedChanges ="))
                .map(js -> (Boolean) js.getParameters().getFirst())
                .reduce((earlier, later) -> later);
    }

    /** Esc, or a click outside the dialog. */
    protected static void pressEsc(com.vaadin.flow.component.dialog.Dialog dialog) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog,
                new com.vaadin.flow.component.dialog.Dialog.DialogCloseActionEvent(dialog, true));
    }

    protected static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }
}
