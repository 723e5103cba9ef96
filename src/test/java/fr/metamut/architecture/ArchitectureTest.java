package fr.metamut.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess.AccessType;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.metamut.security.ui.view.LoginView;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;

/**
 * The shape every feature keeps (domain / service / ui), the direction of dependencies inside and
 * between features (no cycle, the root package included; another feature only through its services, never its
 * repositories, never changing its entities), domain and services free of Vaadin and null-marked, a documented
 * package everywhere, and the rule that no page is reachable without a declared access rule.
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
    static final ArchRule features_and_the_root_package_are_free_of_cycles = slices()
            .assignedFrom(new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    String feature = featureOf(javaClass);
                    return feature == null ? SliceIdentifier.ignore() : SliceIdentifier.of(feature);
                }

                @Override
                public String getDescription() {
                    return "the root package " + ROOT + " and each feature " + ROOT + ".<feature>";
                }
            })
            .should().beFreeOfCycles()
            .because("the root package (Application, which dispatches the headless commands) is a slice too");

    @ArchTest
    static final ArchRule a_feature_reaches_another_only_through_its_services_domain_types_or_components = classes()
            .that(areInAFeature())
            .should(new ArchCondition<>("reach another feature only through its service package, its domain types"
                    + " other than repositories, or (from a ui) its ui.component package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        if (isOtherFeature(origin, target) && !isOpenTo(origin, target)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("a feature's repositories and views are its own: other features go through its services"
                    + " (API and events), which hold the transactions and the authorization");

    @ArchTest
    static final ArchRule a_feature_never_changes_another_features_entities = classes()
            .that(areInAFeature())
            .should(new ArchCondition<>("call only the reading methods of another feature's entities") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
                        JavaClass owner = call.getTargetOwner();
                        if (isOtherFeature(origin, owner) && isEntity(owner) && changesState(call.getTarget())) {
                            events.add(SimpleConditionEvent.violated(call, call.getDescription()
                                    + ": changes an entity of feature " + featureOf(owner)));
                        }
                    }
                }
            })
            .because("an entity changes through its own feature's service, which checks who may change it");

    @ArchTest
    static final ArchRule domain_and_services_use_no_vaadin_type = noClasses()
            .that().resideInAnyPackage("..domain..", "..service..")
            .should().dependOnClassesThat(describe("are Vaadin types other than signals",
                    (JavaClass c) -> c.getPackageName().startsWith("com.vaadin")
                            && !c.getPackageName().startsWith("com.vaadin.flow.signals")))
            .because("domain and services run without a UI (headless commands, scheduled jobs, mails): texts go"
                    + " through base.service.Translations; Vaadin's signals are plain shared state, which the"
                    + " collaboration service bumps after commit for the screens to follow");

    @ArchTest
    static final ArchRule services_do_not_depend_on_ui = noClasses()
            .that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + "..ui..")
            .because("the UI calls services, never the other way round");

    /** A package-info.java with a Javadoc paragraph in every package: what belongs there, read before adding to it. */
    @ArchTest
    static void every_package_is_documented(JavaClasses classes) {
        Set<String> undocumented = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            String packageName = javaClass.getPackageName();
            Path packageInfo = Path.of("src/main/java", packageName.replace('.', '/'), "package-info.java");
            try {
                if (!Files.isRegularFile(packageInfo) || !Files.readString(packageInfo).contains("/**")) {
                    undocumented.add(packageName);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(undocumented).as("packages without a documented package-info.java").isEmpty();
    }

    /**
     * Nullness is written down where data is: in a domain or service package every type is non-null unless marked
     * {@code @Nullable} (JSpecify), so a reader knows which values may be missing without reading every caller.
     */
    @ArchTest
    static void domain_and_service_packages_are_null_marked(JavaClasses classes) {
        Set<String> unmarked = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            String packageName = javaClass.getPackageName();
            boolean domainOrService = packageName.matches(".*\\.(domain|service)(\\..*)?");
            if (domainOrService && !NOT_YET_NULL_MARKED.contains(packageName)
                    && !javaClass.getPackage().isAnnotatedWith(NullMarked.class)) {
                unmarked.add(packageName);
            }
        }
        assertThat(unmarked).as("domain and service packages without @NullMarked on their package-info").isEmpty();
    }

    /** Left for the change that reworks them (the live-update feature). */
    private static final Set<String> NOT_YET_NULL_MARKED = Set.of(ROOT + ".collaboration.service");

    @ArchTest
    static final ArchRule no_feature_depends_on_the_application_class = noClasses()
            .that(areInAFeature())
            .should().dependOnClassesThat().belongToAnyOf(fr.metamut.Application.class)
            .because("Application.main dispatches the headless commands (export, backup, restore) and hands them"
                    + " the application class: a feature reaching back to it would close a cycle");

    /**
     * The slice of a class: its feature (the first package below the root), "(root)" for the root package, null
     * outside the application.
     */
    static String featureOf(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        if (packageName.equals(ROOT)) {
            return "(root)";
        }
        return packageName.startsWith(ROOT + ".") ? packageName.substring(ROOT.length() + 1).split("\\.")[0] : null;
    }

    /** The layer of a class inside its feature (domain, service, ui), empty at the feature's root. */
    private static String layerOf(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().substring(ROOT.length()).split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    /** Whether {@code target} is in another feature than {@code origin}; base and the root are no feature. */
    private static boolean isOtherFeature(JavaClass origin, JavaClass target) {
        String from = featureOf(origin);
        String to = featureOf(target);
        return to != null && !to.equals(from) && !to.equals("base") && !to.equals("(root)");
    }

    private static boolean isOpenTo(JavaClass origin, JavaClass target) {
        String layer = layerOf(target);
        return layer.equals("service")
                || layer.equals("domain") && !target.isAssignableTo(Repository.class)
                || layerOf(origin).equals("ui") && target.getPackageName().contains(".ui.component");
    }

    private static boolean isEntity(JavaClass javaClass) {
        return javaClass.isAnnotatedWith(Entity.class) || javaClass.isAnnotatedWith(Embeddable.class);
    }

    /** Whether a called method writes a field of its object, itself or through a method of the same class. */
    private static boolean changesState(MethodCallTarget target) {
        return target.resolveMember().map(method -> writesFields(method, 3)).orElse(false);
    }

    private static boolean writesFields(JavaMethod method, int depth) {
        if (method.getFieldAccesses().stream().anyMatch(access -> access.getAccessType() == AccessType.SET)) {
            return true;
        }
        return depth > 0 && method.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTargetOwner().equals(method.getOwner()))
                .map(JavaAccess::getTarget)
                .map(target -> ((MethodCallTarget) target).resolveMember())
                .anyMatch(called -> called.map(m -> writesFields(m, depth - 1)).orElse(false));
    }

    private static DescribedPredicate<JavaClass> areInAFeature() {
        return describe("are in a feature package " + ROOT + ".<feature>..",
                (JavaClass c) -> c.getPackageName().startsWith(ROOT + "."));
    }

    private static boolean respectsFeatureShape(JavaClass javaClass) {
        String relative = javaClass.getPackageName().substring(ROOT.length() + 1);
        int dot = relative.indexOf('.');
        if (dot < 0) { // a configuration, or a class inside one (e.g. an anonymous ObjectPostProcessor)
            return javaClass.isAnnotatedWith(Configuration.class)
                    || javaClass.getEnclosingClass().map(c -> c.isAnnotatedWith(Configuration.class)).orElse(false);
        }
        String layer = relative.substring(dot + 1).split("\\.")[0];
        return layer.equals("domain") || layer.equals("service") || layer.equals("ui");
    }
}
