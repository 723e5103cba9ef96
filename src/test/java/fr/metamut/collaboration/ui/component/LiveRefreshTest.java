package fr.metamut.collaboration.ui.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import fr.metamut.collaboration.service.ChangeFeed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A refresh runs as the owner of the refreshed screen, in the thread of whoever committed the change; that
 * thread gets its own login back afterwards, also under Vaadin's security strategy (which answers from the
 * current Vaadin session). Seen in the browser tier: after a refresh of another browser's desk ran in the
 * test's thread, the test went on as that browser's user. Each refresh is timed from the change.
 */
class LiveRefreshTest {

    private SecurityContextHolderStrategy original;

    @BeforeEach
    void useVaadinsStrategy() {
        original = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(new VaadinAwareSecurityContextHolderStrategy());
    }

    @AfterEach
    void restore() {
        VaadinSession.setCurrent(null);
        SecurityContextHolder.clearContext();
        SecurityContextHolder.setContextHolderStrategy(original);
    }

    @Test
    void the_savers_thread_keeps_its_own_login_after_refreshing_another_users_screen() {
        SecurityContextHolder.setContext(context("saver"));
        VaadinSession owners = mock(VaadinSession.class);
        WrappedSession http = mock(WrappedSession.class);
        when(owners.getSession()).thenReturn(http);
        when(http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).thenReturn(context("owner"));
        AtomicReference<String> ranAs = new AtomicReference<>();

        VaadinSession.setCurrent(owners); // as inside the owner's UI access
        LiveRefresh.runAs(context("owner").getAuthentication(),
                () -> ranAs.set(SecurityContextHolder.getContext().getAuthentication().getName()));
        VaadinSession.setCurrent(null); // the access is over

        assertThat(ranAs.get()).isEqualTo("owner");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("saver");
    }

    @Test
    void a_background_thread_without_session_keeps_its_own_login_too() {
        SecurityContextHolder.setContext(context("job"));
        AtomicReference<String> ranAs = new AtomicReference<>();

        LiveRefresh.runAs(context("owner").getAuthentication(),
                () -> ranAs.set(SecurityContextHolder.getContext().getAuthentication().getName()));

        assertThat(ranAs.get()).isEqualTo("owner");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("job");
    }

    @Test
    void each_refresh_of_an_open_screen_is_timed_from_the_change() {
        ChangeFeed feed = new ChangeFeed();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        feed.bindTo(registry);
        MockVaadin.setup();
        try {
            AtomicInteger refreshes = new AtomicInteger();
            Span screen = new Span();
            UI.getCurrent().add(screen);
            LiveRefresh.bind(screen, feed, "offerings", refreshes::incrementAndGet);

            feed.bump("offerings");

            await().atMost(Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() -> {
                MockVaadin.runUIQueue();
                assertThat(refreshes.get()).isPositive();
                assertThat(registry.get(ChangeFeed.REFRESHED).timer().count()).isEqualTo(refreshes.get());
            });
        } finally {
            MockVaadin.tearDown();
        }
    }

    private static SecurityContext context(String username) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, null, java.util.List.of()));
    }
}
