package fr.metamut.security.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import fr.metamut.security.service.LoginThrottledException;
import fr.metamut.support.KaribuTest;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

/** The login page says, in French, why the visitor must wait or why their session ended. */
class LoginViewKaribuTest extends KaribuTest {

    @Autowired
    Clock clock;

    @BeforeEach
    void french() {
        useFrench();
    }

    @Test
    void too_many_attempts_say_how_long_to_wait_without_telling_whether_the_account_exists() {
        failedWith(new LoginThrottledException(clock.instant().plus(Duration.ofSeconds(8)), false));
        assertThat(notice()).startsWith("Trop de tentatives de connexion : patientez").matches(".* [78] secondes avant de réessayer\\.");

        failedWith(new LoginThrottledException(clock.instant().plus(Duration.ofMinutes(15)), true));
        assertThat(notice()).isEqualTo("Trop de tentatives de connexion : la connexion est suspendue pendant "
                + "15 minutes. Réessayez plus tard ou demandez de l’aide à un administrateur.");
        assertThat(_get(LoginForm.class, spec -> spec.withId("login-form")).isError()).isFalse();
    }

    @Test
    void a_wrong_password_keeps_the_usual_error() {
        failedWith(new BadCredentialsException("Bad credentials"));

        assertThat(_get(LoginForm.class, spec -> spec.withId("login-form")).isError()).isTrue();
        assertThat(_find(Paragraph.class, spec -> spec.withId("login-notice"))).as("no notice shown").isEmpty();
    }

    @Test
    void an_ended_session_says_why() {
        VaadinSession.getCurrent().getSession().setMaxInactiveInterval(30 * 60);
        UI.getCurrent().navigate(LoginView.ROUTE, QueryParameters.fromString("fin=inactivite"));
        assertThat(notice()).isEqualTo("Votre session a été fermée après 30 minutes sans activité. "
                + "Reconnectez-vous pour continuer.");

        UI.getCurrent().navigate(LoginView.ROUTE, QueryParameters.fromString("fin=expiree"));
        assertThat(notice()).isEqualTo("Votre session a expiré. Reconnectez-vous pour continuer.");
    }

    private static void failedWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate(LoginView.ROUTE, QueryParameters.fromString("error"));
    }

    private static String notice() {
        Paragraph notice = _get(Paragraph.class, spec -> spec.withId("login-notice"));
        assertThat(notice.isVisible()).isTrue();
        return notice.getText();
    }
}
