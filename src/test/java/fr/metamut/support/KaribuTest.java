package fr.metamut.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringSecurity;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.SpringServlet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Base of the browserless UI tests: a Spring context, every route of the application, a mocked Vaadin
 * session whose requests see the Spring Security user, and {@link #login(String)}.
 */
@IntegrationTest
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

    protected <T extends com.vaadin.flow.component.Component> T navigate(Class<T> view) {
        UI.getCurrent().navigate(view);
        return view.cast(UI.getCurrent().getCurrentView());
    }
}
