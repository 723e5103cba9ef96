package fr.metamut.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.metamut.security.ui.view.LoginView;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;

/**
 * The shape every feature keeps (domain / service / ui), the direction of dependencies inside and
 * between features, and the rule that no page is reachable without a declared access rule.
 */
@AnalyzeClasses(packages = "fr.metamut", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "fr.metamut";

    @ArchTest
    static final ArchRule every_route_declares_its_access = classes()
            .that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class)
            .orShould().beAnnotatedWith(DenyAll.class)
            .because("a page without an access annotation is either unreachable or open by accident");

    @ArchTest
    static final ArchRule only_the_login_view_is_open_to_anonymous_users = classes()
            .that().areAnnotatedWith(AnonymousAllowed.class)
            .should().be(LoginView.class).orShould().be(fr.metamut.security.ui.view.LoginAliasView.class)
            .because("every other page needs a logged-in user (/login only forwards to the login view)");

    @ArchTest
    static final ArchRule features_keep_the_domain_service_ui_shape = classes()
            .that(areInAFeature())
            .and(describe("are not package-info", (JavaClass c) -> !c.getSimpleName().equals("package-info")))
            .should(ArchCondition.from(describe(
                    "live in the domain, service or ui sub-package (or be a @Configuration at the feature root)",
                    ArchitectureTest::respectsFeatureShape)))
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule domain_does_not_depend_on_service_or_ui = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..");

    @ArchTest
    static final ArchRule ui_does_not_use_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("services are the only door to data");

    @ArchTest
    static final ArchRule base_depends_on_no_feature = classes()
            .that().resideInAPackage(ROOT + ".base..")
            .should().onlyDependOnClassesThat(describe("are outside the other features",
                    (JavaClass c) -> !c.getPackageName().startsWith(ROOT + ".") || c.getPackageName().startsWith(ROOT + ".base")))
            .because("every feature may depend on base, so base depending on a feature would close a cycle");

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices()
            .matching(ROOT + ".(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_feature_depends_on_the_application_class = noClasses()
            .that(areInAFeature())
            .should().dependOnClassesThat().belongToAnyOf(fr.metamut.Application.class)
            .because("Application.main dispatches the headless commands (export, backup, restore) and hands them"
                    + " the application class: a feature reaching back to it would close a cycle");

    private static DescribedPredicate<JavaClass> areInAFeature() {
        return describe("are in a feature package " + ROOT + ".<feature>..",
                (JavaClass c) -> c.getPackageName().startsWith(ROOT + "."));
    }

    private static boolean respectsFeatureShape(JavaClass javaClass) {
        String relative = javaClass.getPackageName().substring(ROOT.length() + 1);
        int dot = relative.indexOf('.');
        if (dot < 0) {
            return javaClass.isAnnotatedWith(Configuration.class);
        }
        String layer = relative.substring(dot + 1).split("\\.")[0];
        return layer.equals("domain") || layer.equals("service") || layer.equals("ui");
    }
}
