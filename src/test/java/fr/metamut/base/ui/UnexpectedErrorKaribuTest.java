package fr.metamut.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.ui.view.ServerErrorView;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * An error no view expected reaches the user as a message in their language with a short reference, and the log
 * as one ERROR line with the same reference and the stack trace.
 */
class UnexpectedErrorKaribuTest extends KaribuTest {

    private static final Pattern FRENCH_REFERENCE = Pattern.compile("référence ([0-9A-F]{8})");

    /** A page whose button fails, and a page that fails to open: registered for the test's session only. */
    @PermitAll
    public static class FailingView extends Div {
        public FailingView() {
            Button button = new Button("Échouer", click -> {
                throw new IllegalStateException("boom in a click listener");
            });
            button.setId("fail");
            Button refused = new Button("Refus", click -> {
                throw new UserFacingException("error.notFound");
            });
            refused.setId("refuse");
            add(button, refused);
        }
    }

    @PermitAll
    public static class BrokenView extends Div {
        public BrokenView() {
            throw new IllegalStateException("boom while opening");
        }
    }

    @Test
    void a_failing_click_shows_a_french_message_with_a_reference_logged_once_at_error() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        RouteConfiguration.forSessionScope().setRoute("test-echec", FailingView.class);
        UI.getCurrent().navigate("test-echec");

        List<ILoggingEvent> errors = errorsLoggedDuring(() -> {
            clickAsTheBrowserWould("fail");
            return null;
        });

        Notification notification = _get(Notification.class, spec -> spec.withId(UnexpectedErrors.NOTIFICATION_ID));
        String message = _get(notification, Span.class).getText();
        assertThat(message).startsWith("Une erreur inattendue est survenue.");
        String reference = referenceIn(message);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getFormattedMessage()).contains(reference);
            assertThat(error.getThrowableProxy().getMessage()).isEqualTo("boom in a click listener");
        });
    }

    @Test
    void the_message_is_in_english_for_an_english_browser() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        RouteConfiguration.forSessionScope().setRoute("test-echec", FailingView.class);
        UI.getCurrent().navigate("test-echec");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);

        clickAsTheBrowserWould("fail");

        Notification notification = _get(Notification.class, spec -> spec.withId(UnexpectedErrors.NOTIFICATION_ID));
        assertThat(_get(notification, Span.class).getText())
                .matches("An unexpected error occurred\\. .* the reference [0-9A-F]{8}\\.");
    }

    @Test
    void a_refusal_its_view_did_not_catch_is_shown_as_the_refusal_without_an_error_in_the_log() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        RouteConfiguration.forSessionScope().setRoute("test-echec", FailingView.class);
        UI.getCurrent().navigate("test-echec");

        List<ILoggingEvent> errors = errorsLoggedDuring(() -> {
            clickAsTheBrowserWould("refuse");
            return null;
        });

        Notification notification = _get(Notification.class, spec -> spec.withId(UnexpectedErrors.NOTIFICATION_ID));
        assertThat(_get(notification, Span.class).getText()).isEqualTo(UI.getCurrent().getTranslation("error.notFound"));
        assertThat(errors).isEmpty();
    }

    @Test
    void a_page_failing_to_open_shows_the_reference_logged_once_at_error() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        RouteConfiguration.forSessionScope().setRoute("test-casse", BrokenView.class);

        List<ILoggingEvent> errors = errorsLoggedDuring(() -> {
            UI.getCurrent().navigate("test-casse");
            return null;
        });

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ServerErrorView.class);
        String reference = referenceIn(_get(Paragraph.class).getText());
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getFormattedMessage()).isEqualTo("Page /test-casse failed (reference " + reference + ")");
            assertThat(error.getThrowableProxy()).isNotNull();
        });
    }

    /**
     * Clicks as a click from the browser arrives: Vaadin runs the listener and hands what it throws to the session's
     * error handler, with the component (Karibu's {@code _click} alone throws into the test).
     */
    private static void clickAsTheBrowserWould(String id) {
        Button button = _get(Button.class, spec -> spec.withId(id));
        try {
            _click(button);
        } catch (RuntimeException e) {
            ErrorEvent.findErrorHandler(VaadinSession.getCurrent()).error(new ErrorEvent(e, button.getElement().getNode()));
        }
    }

    private static String referenceIn(String text) {
        Matcher matcher = FRENCH_REFERENCE.matcher(text);
        assertThat(matcher.find()).as("a reference in « %s »", text).isTrue();
        return matcher.group(1);
    }

    private static List<ILoggingEvent> errorsLoggedDuring(Supplier<Void> action) {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try {
            action.get();
        } finally {
            root.detachAppender(log);
        }
        return log.list.stream().filter(event -> event.getLevel() == Level.ERROR).toList();
    }
}
