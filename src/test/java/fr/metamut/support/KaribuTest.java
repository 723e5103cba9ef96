package fr.metamut.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.SearchSpecJ;
import com.github.mvysny.kaributesting.v10.spring.MockSpringSecurity;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.SpringServlet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Base of the browserless UI tests: a Spring context, every route of the application, a mocked Vaadin
 * session whose requests see the Spring Security user, and {@link #login(String)}. The {@code ui} tier: every
 * subclass is tagged {@code ui} and named {@code *KaribuTest}.
 */
@IntegrationTest
@Tag("ui")
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestUsers users;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("fr.metamut");
    }

    @BeforeEach
    void setUpVaadin() {
        users.logout();
        MockSpringSecurity.mock();
        SpringServlet servlet = new MockSpringServlet(routes, context, UI::new);
        MockVaadin.setup(UI::new, servlet);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        users.logout();
    }

    /** Logs in a demo account and reopens the UI, as after the login form. */
    protected void login(String username) {
        users.login(username);
        UI.getCurrent().getPage().reload();
    }

    protected <T extends Component> T navigate(Class<T> view) {
        UI.getCurrent().navigate(view);
        return view.cast(UI.getCurrent().getCurrentView());
    }

    /**
     * Speaks French, the application's first language, as a French browser would: the mock browser
     * otherwise speaks the JVM's language. Call it after {@link #login(String)}, which opens a new UI.
     */
    protected void useFrench() {
        VaadinSession.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    /**
     * Waits until what other users' changes push to this UI (live updates, told from another thread) makes
     * the assertion pass: the UI's pending updates are run in the test's thread, which holds the session.
     */
    protected static void eventually(ThrowingRunnable assertion) {
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertion.run();
        });
    }

    /** The rows a grid shows, filters applied. */
    protected static <T> List<T> rowsOf(Grid<T> grid) {
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    /** The texts of the notifications currently shown. */
    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text"))
                .toList();
    }

    /**
     * A component of a grid row, rendered from the grid's component column the way the browser would
     * ask for it (Karibu only reaches cells of columns that have a key).
     */
    protected static <T, C extends Component> C inRow(Grid<T> grid, T item, Class<C> type,
                                                      Consumer<SearchSpecJ<C>> spec) {
        for (Grid.Column<T> column : grid.getColumns()) {
            if (column.getRenderer() instanceof ComponentRenderer<?, T> renderer) {
                List<C> found = _find(renderer.createComponent(item), type, spec);
                if (!found.isEmpty()) {
                    return found.getFirst();
                }
            }
        }
        throw new AssertionError("No such " + type.getSimpleName() + " in the row of " + item);
    }
}
