package fr.metamut.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import fr.metamut.actionplan.ui.view.ActionPlanView;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.imports.ui.view.OfferingsImportView;
import fr.metamut.partnership.ui.view.PartnershipsView;
import fr.metamut.security.ui.view.LoginView;
import fr.metamut.support.KaribuTest;
import fr.metamut.swot.ui.view.SwotView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every page sets its title one way: its header shows it, the browser tab reads "title · Métamut". */
class PageTitlesKaribuTest extends KaribuTest {

    @Test
    void a_page_header_shows_its_title_and_the_tab_adds_the_application_name() {
        login("admin");
        useFrench();
        Map<Class<? extends Component>, String> titles = Map.of(
                SwotView.class, "Analyse AFOM des OPSN",
                PartnershipsView.class, "Partenariats entre opérateurs",
                ActionPlanView.class, "Plan d’actions",
                OfferingsImportView.class, "Importer les offres depuis Excel");

        titles.forEach((view, title) -> {
            navigate(view);
            assertThat(UI.getCurrent().getInternals().getTitle()).as(view.getSimpleName()).isEqualTo(title + " · Métamut");
            assertThat(_get(_get(ViewHeader.class), H2.class, spec -> { }).getText()).isEqualTo(title);
        });
    }

    @Test
    void every_routed_page_but_the_login_page_takes_its_title_from_titled_view() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> untitled = new java.util.ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("fr.metamut")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            if (view != LoginView.class && !view.getSimpleName().endsWith("AliasView")
                    && !TitledView.class.isAssignableFrom(view)) {
                untitled.add(view);
            }
        }
        assertThat(untitled).isEmpty();
    }
}
