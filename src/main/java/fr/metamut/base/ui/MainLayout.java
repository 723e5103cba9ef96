package fr.metamut.base.ui;

import static fr.metamut.base.ui.component.SvgPicture.escape;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.internal.UrlUtil;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The frame around every page: the application name, a side menu built from the views' {@code @Menu}
 * entries (only those the user may open), and who is logged in with the features' user-menu entries
 * ({@link PageContribution}s to {@link PageContribution#USER_MENU}; those to {@link PageContribution#NAVBAR} go
 * in the navigation bar) and a logout button.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /**
     * Puts the focus on the page's content, as the skip link does. The content is focusable only while it has the
     * focus: a shadow host with a negative tabindex would take the whole page out of the Tab order.
     */
    private static final String FOCUS_CONTENT = """
            const main = document.querySelector('[data-main-content]');
            if (main) {
              main.setAttribute('tabindex', '-1');
              main.addEventListener('blur', () => main.removeAttribute('tabindex'), {once: true});
              main.focus();
            }""";

    /**
     * The second click of a double click on a button or a grid's row is not a second press: many people double-click
     * everything, and each click would otherwise reach the server (two dialogs opened, an action asked twice, a
     * family folded and unfolded). Clicks made with the keyboard count 0 and pass; the listener is set once per
     * browser window, before any component's own.
     */
    private static final String ONE_PRESS_PER_DOUBLE_CLICK = """
            if (!window.metamutOnePressPerDoubleClick) {
              window.metamutOnePressPerDoubleClick = true;
              const pressed = ['vaadin-button', 'vaadin-grid'];
              document.addEventListener('click', e => {
                if (e.detail > 1 && e.composedPath().some(n => pressed.includes(n.localName))) {
                  e.stopImmediatePropagation();
                  e.preventDefault();
                }
              }, true);
            }""";

    private boolean navigatedBefore;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext,
                      List<PageContribution> contributions, MenuMarkups menus) {
        setPrimarySection(Section.DRAWER);
        getElement().executeJs(ONE_PRESS_PER_DOUBLE_CLICK);
        addToNavbar(createSkipLink());
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        toggle.setTooltipText(getTranslation("nav.toggle"));
        addToNavbar(toggle);
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(spacer);
        PageContribution.createAll(contributions, PageContribution.NAVBAR).forEach(this::addToNavbar);
        addToDrawer(createHeader(), new Scroller(createSideNav(menus.markup(
                authenticationContext.getGrantedAuthorities(), getLocale(), this::menuItems))));
        currentUser.get().ifPresent(user -> addToDrawer(createUserCard(user, authenticationContext, contributions)));
    }

    /**
     * The first thing the Tab key reaches: straight to the page's content, past the menu (visible only when
     * focused). The content is marked in {@link #showRouterLayoutContent}.
     */
    private Anchor createSkipLink() {
        Anchor skip = new Anchor("#", getTranslation("nav.skip"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault(); "
                + FOCUS_CONTENT + " });");
        return skip;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("data-main-content", true);
            if (navigatedBefore) {
                // a page reached from the menu, or from a control that went away with the previous page or its dialog
                // (the focus then falls back on the body), takes the focus: the next Tab is in the page. A page load
                // leaves it alone: its first Tab reaches the skip link.
                content.getElement().executeJs("const active = document.activeElement;"
                        + " if (!active || active === document.body || active.closest('#main-menu')) { "
                        + FOCUS_CONTENT + " }");
            }
            navigatedBefore = true;
        }
    }

    /** The application's name and tagline: markup under one server node, like the menu below. */
    private Div createHeader() {
        Div header = new Div();
        header.addClassName("app-header");
        header.getElement().setProperty("innerHTML", "<span class=\"app-name\">" + escape(getTranslation("app.name"))
                + "</span><span class=\"app-tagline\">" + escape(getTranslation("app.tagline")) + "</span>");
        return header;
    }

    /**
     * The side menu as markup under one server node. The web components navigate and mark the current page by
     * themselves, as they do for Flow's {@code SideNavItem}, which only sets {@code path} (relative to the
     * application's base, as here). One component per item, icon and label made 55 of a matrix page's 169
     * server nodes, about 55 KB per open page. The markup is worked out once per roles and language
     * ({@link MenuMarkups}).
     */
    private SideNav createSideNav(String items) {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        nav.getElement().setProperty("innerHTML", items);
        return nav;
    }

    /** The entries the user may open (Vaadin runs each route's access check), in the user's language. */
    private String menuItems() {
        StringBuilder items = new StringBuilder();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String path = UrlUtil.encodeURI(entry.path().replaceFirst("^/", ""));
            items.append("<vaadin-side-nav-item path=\"").append(escape(path)).append("\">");
            if (entry.icon() != null) {
                items.append("<vaadin-icon slot=\"prefix\" icon=\"").append(escape(entry.icon()))
                        .append("\"></vaadin-icon>");
            }
            items.append(escape(getTranslation(entry.title()))).append("</vaadin-side-nav-item>");
        }
        return items.toString();
    }

    private VerticalLayout createUserCard(AppUser user, AuthenticationContext authenticationContext,
                                          List<PageContribution> contributions) {
        Avatar avatar = new Avatar(user.getDisplayName());
        Span name = new Span(user.getDisplayName());
        name.addClassName("user-name");
        String roleText = getTranslation("role." + user.getRole().name());
        Span role = new Span(user.getOperatorName() == null ? roleText : roleText + " · " + user.getOperatorName());
        role.setId("current-user-role");
        role.addClassName("user-role");
        Button logout = new Button(getTranslation("action.logout"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authenticationContext.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        HorizontalLayout who = new HorizontalLayout(avatar, new VerticalLayout(name, role));
        who.setAlignItems(HorizontalLayout.Alignment.CENTER);
        VerticalLayout card = new VerticalLayout(who);
        PageContribution.createAll(contributions, PageContribution.USER_MENU).forEach(card::add);
        card.add(logout);
        card.addClassName("user-card");
        return card;
    }
}
