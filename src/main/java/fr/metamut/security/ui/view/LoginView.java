package fr.metamut.security.ui.view;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.metamut.security.service.LoginThrottledException;
import fr.metamut.security.service.SessionEnd;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.security.web.WebAttributes;

/**
 * The login page, in French: the only route open to anonymous users. It says why the user is here when
 * the application ended their session ({@code ?fin=...}), and when too many attempts make them wait —
 * the same words whether the login typed exists or not.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "connexion";

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final Clock clock;

    public LoginView(Clock clock) {
        this.clock = clock;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setId("login-form");
        login.setAction(ROUTE);
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(createI18n());

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        Div brand = new Div(title, tagline);
        brand.addClassName("login-brand");
        notice.setId("login-notice");
        notice.addClassName("login-notice");
        notice.setVisible(false);
        add(brand, notice, login);
    }

    private LoginI18n createI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        parameters.getOrDefault(SessionEnd.PARAMETER, List.of()).stream().findFirst()
                .flatMap(SessionEnd::fromParameter)
                .ifPresent(reason -> show(getTranslation(reason.messageKey(), idleMinutes())));
        if (parameters.containsKey("error")) {
            if (lastFailure() instanceof LoginThrottledException throttled) {
                show(throttledText(throttled));
            } else {
                login.setError(true);
            }
        }
    }

    private void show(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private String throttledText(LoginThrottledException throttled) {
        long seconds = Math.max(1, Duration.between(clock.instant(), throttled.getUntil()).toSeconds());
        return throttled.isLocked() ? getTranslation("login.throttled.locked", (seconds + 59) / 60)
                : getTranslation("login.throttled.delay", seconds);
    }

    /** The failed login Spring Security kept in the HTTP session for this page. */
    private static Object lastFailure() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static long idleMinutes() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        return session == null ? 0 : Math.max(1, session.getMaxInactiveInterval() / 60);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
