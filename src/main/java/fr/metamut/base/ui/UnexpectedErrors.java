package fr.metamut.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the user sees when something fails that no view expected: instead of nothing (Vaadin's default handler only
 * logs), a French (or English) message with a short reference, and one ERROR line in the log with the same
 * reference and the stack trace, so that support finds one from the other. Every Vaadin session gets the handler
 * ({@link VaadinServiceInitListener}); it covers what happens once a page is open (a click, a value change, push).
 * A page that fails to open shows {@code ServerErrorView}, which reports through {@link #report} too.
 *
 * <p>A service refusal a view forgot to catch is shown as the refusal it is ({@link Notifications#messageOf}), without
 * a reference; a browser gone away mid-response is ignored, and a malformed client message left to Vaadin's default
 * handler (whose lines {@link MalformedRequestLogFilter} sums up).
 */
@org.springframework.stereotype.Component
public class UnexpectedErrors implements VaadinServiceInitListener {

    static final String NOTIFICATION_ID = "unexpected-error";
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    /**
     * Logs {@code error} once, at ERROR with its stack trace and a new reference, and returns the reference: a short id
     * a user can read out over the phone.
     */
    public static String report(String what, Throwable error) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        LOG.error("{} failed (reference {})", what, reference, error);
        return reference;
    }

    /** The session's error handler: serializable with the session, so it holds nothing but static state. */
    static final class Handler extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable error = findRelevantThrowable(event.getThrowable());
            if (!shouldHandle(error)) {
                return;
            }
            if (error instanceof InvalidLocationException
                    || MalformedRequestLogFilter.whileReadingAClientMessage(event.getThrowable())) {
                // a malformed client message, not the application's error: Vaadin's own log lines, which
                // MalformedRequestLogFilter sums up (one line per kind, no stack trace)
                super.error(event);
                return;
            }
            UI ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
            if (error instanceof RuntimeException refusal && Notifications.isRefusal(refusal) && ui != null) {
                LOG.warn("Refusal not handled by its view: {}", refusal.toString());
                show(ui, Notifications.messageOf(refusal));
                return;
            }
            String where = ui == null ? "Request" : "Page /" + ui.getInternals().getActiveViewLocation().getPath();
            String reference = report(where, event.getThrowable());
            if (ui != null) {
                show(ui, ui.getTranslation("error.unexpected", reference));
            }
        }

        /** A message that stays until closed: the user may need to copy the reference. */
        private static void show(UI ui, String text) {
            Notification notification = new Notification();
            notification.setId(NOTIFICATION_ID);
            notification.addThemeVariants(NotificationVariant.ERROR);
            notification.setPosition(Notification.Position.MIDDLE);
            notification.setDuration(0);
            Button close = new Button(ui.getTranslation("action.close"), click -> notification.close());
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            notification.add(new HorizontalLayout(new Span(text), close));
            ui.add(notification);
            notification.open();
        }
    }
}
