package fr.metamut.security.service;

import static fr.metamut.support.Denials.assertDenied;
import static fr.metamut.support.Denials.assertNeedsLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.metamut.audit.service.AuditFilter;
import fr.metamut.audit.service.AuditLogService;
import fr.metamut.base.domain.Role;
import fr.metamut.base.service.AppUser;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.DepartementRepository;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorKind;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.domain.ServiceFamilyRepository;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.domain.ServiceLineRepository;
import fr.metamut.catalog.domain.ServiceOrigin;
import fr.metamut.catalog.service.CatalogAdminService;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import fr.metamut.support.AuthorizationTable;
import fr.metamut.support.Caller;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may call what, checked on the services themselves (whatever screen calls them): a director
 * changes the offerings of their own operator only, an administrator those of any operator, a
 * coordinator none; only administrators manage accounts, operators and the catalogue and read the audit
 * log; reading the catalogue and changing one's own password need a login. Each call runs in a transaction rolled back afterwards, so what an allowed
 * call writes never reaches the other tests.
 */
@IntegrationTest
@Transactional
class ServiceAuthorizationTest {

    /** The operator whose offerings the offering actions touch. */
    private static final String OWN_OPERATOR = "SOMME_NUM";

    /**
     * The expected table. DIRECTOR_OWN directs {@value #OWN_OPERATOR}; DIRECTOR_OTHER directs Adico.
     */
    private static final String MATRIX = """
            action                        | DIRECTOR_OWN | DIRECTOR_OTHER | COORDINATOR | ADMIN   | ANONYMOUS
            OFFERING_ADD                  | allowed      | denied         | denied      | allowed | denied
            OFFERING_CHANGE_NOTE          | allowed      | denied         | denied      | allowed | denied
            OFFERING_REMOVE               | allowed      | denied         | denied      | allowed | denied
            OPERATOR_SAVE                 | denied       | denied         | denied      | allowed | denied
            SERVICE_LINE_SAVE             | denied       | denied         | denied      | allowed | denied
            SERVICE_LINE_DELETE           | denied       | denied         | denied      | allowed | denied
            ACCOUNT_LIST                  | denied       | denied         | denied      | allowed | denied
            ACCOUNT_CREATE                | denied       | denied         | denied      | allowed | denied
            ACCOUNT_UPDATE                | denied       | denied         | denied      | allowed | denied
            ACCOUNT_SET_ENABLED           | denied       | denied         | denied      | allowed | denied
            ACCOUNT_RESET_PASSWORD        | denied       | denied         | denied      | allowed | denied
            CATALOG_DEPARTEMENTS          | allowed      | allowed        | allowed     | allowed | denied
            CATALOG_OPERATORS             | allowed      | allowed        | allowed     | allowed | denied
            CATALOG_OPERATOR_BY_CODE      | allowed      | allowed        | allowed     | allowed | denied
            CATALOG_FAMILIES              | allowed      | allowed        | allowed     | allowed | denied
            CATALOG_SERVICES              | allowed      | allowed        | allowed     | allowed | denied
            CATALOG_OFFERINGS             | allowed      | allowed        | allowed     | allowed | denied
            CATALOG_OFFERINGS_OF          | allowed      | allowed        | allowed     | allowed | denied
            CATALOG_OPERATOR_SUMMARIES    | allowed      | allowed        | allowed     | allowed | denied
            CATALOG_SERVICE_SUMMARIES     | allowed      | allowed        | allowed     | allowed | denied
            CATALOG_DEPARTEMENT_SUMMARIES | allowed      | allowed        | allowed     | allowed | denied
            AUDIT_LOG_FIND                | denied       | denied         | denied      | allowed | denied
            AUDIT_LOG_COUNT               | denied       | denied         | denied      | allowed | denied
            PASSWORD_CHANGE_OWN           | allowed      | allowed        | allowed     | allowed | denied
            """;

    private static final AuthorizationTable<Action, Caller> TABLE =
            AuthorizationTable.parse(MATRIX, Action.class, Caller.class);

    /** One service call, named after the method it makes. */
    enum Action {
        OFFERING_ADD("OfferingService.add",
                f -> f.offeringService.add(f.operatorId, f.freeService.getId(), f.freeDepartement.getId(), "Ajout de test")),
        OFFERING_CHANGE_NOTE("OfferingService.changeNote",
                f -> f.offeringService.changeNote(f.offering.getId(), f.offering.getVersion(), "Note de test")),
        OFFERING_REMOVE("OfferingService.remove", f -> {
            f.offeringService.remove(f.offering.getId());
            return null;
        }),
        OPERATOR_SAVE("CatalogAdminService.save(Operator)",
                f -> f.admin.save(new Operator("TEST_OPERATOR", "Opérateur de test", OperatorKind.AUTRE, null))),
        SERVICE_LINE_SAVE("CatalogAdminService.save(ServiceLine)",
                f -> f.admin.save(new ServiceLine("TEST_SERVICE", "Service de test", f.unusedService.getFamily(),
                        ServiceOrigin.AJOUT, null))),
        SERVICE_LINE_DELETE("CatalogAdminService.delete", f -> {
            f.admin.delete(f.unusedService);
            return null;
        }),
        ACCOUNT_LIST("AccountService.list", f -> f.accountService.list()),
        ACCOUNT_CREATE("AccountService.create", f -> f.accountService.create(newAccountDraft())),
        ACCOUNT_UPDATE("AccountService.update",
                f -> f.accountService.update(f.account.getId(), AccountDraft.of(f.account))),
        ACCOUNT_SET_ENABLED("AccountService.setEnabled", f -> f.accountService.setEnabled(f.account.getId(), false)),
        ACCOUNT_RESET_PASSWORD("AccountService.resetPassword", f -> f.accountService.resetPassword(f.account.getId())),
        CATALOG_DEPARTEMENTS("CatalogService.departements", f -> f.catalog.departements()),
        CATALOG_OPERATORS("CatalogService.operators", f -> f.catalog.operators()),
        CATALOG_OPERATOR_BY_CODE("CatalogService.operatorByCode", f -> f.catalog.operatorByCode(OWN_OPERATOR)),
        CATALOG_FAMILIES("CatalogService.families", f -> f.catalog.families()),
        CATALOG_SERVICES("CatalogService.services", f -> f.catalog.services()),
        CATALOG_OFFERINGS("CatalogService.offerings", f -> f.catalog.offerings()),
        CATALOG_OFFERINGS_OF("CatalogService.offeringsOf", f -> f.catalog.offeringsOf(f.operatorId)),
        CATALOG_OPERATOR_SUMMARIES("CatalogService.operatorSummaries", f -> f.catalog.operatorSummaries()),
        CATALOG_SERVICE_SUMMARIES("CatalogService.serviceSummaries", f -> f.catalog.serviceSummaries()),
        CATALOG_DEPARTEMENT_SUMMARIES("CatalogService.departementSummaries", f -> f.catalog.departementSummaries()),
        AUDIT_LOG_FIND("AuditLogService.find", f -> f.auditLog.find(AuditFilter.all(), 0, 10)),
        AUDIT_LOG_COUNT("AuditLogService.count", f -> f.auditLog.count(AuditFilter.all())),
        PASSWORD_CHANGE_OWN("PasswordService.changeOwnPassword", f -> {
            f.passwordService.changeOwnPassword(DemoAccountSeeder.DEMO_PASSWORD, "une-phrase-de-passe-neuve");
            return null;
        });

        final String method;
        final Call call;

        Action(String method, Call call) {
            this.method = method;
            this.call = call;
        }
    }

    @FunctionalInterface
    interface Call {
        Object on(ServiceAuthorizationTest fixture);
    }

    @Autowired
    TestUsers users;
    @Autowired
    OfferingService offeringService;
    @Autowired
    CatalogAdminService admin;
    @Autowired
    AccountService accountService;
    @Autowired
    CatalogService catalog;
    @Autowired
    AuditLogService auditLog;
    @Autowired
    PasswordService passwordService;
    @Autowired
    OfferingRepository offerings;
    @Autowired
    OperatorRepository operators;
    @Autowired
    ServiceLineRepository services;
    @Autowired
    ServiceFamilyRepository families;
    @Autowired
    DepartementRepository departements;
    @Autowired
    UserAccountRepository accounts;

    Long operatorId;
    Offering offering;
    ServiceLine freeService;
    Departement freeDepartement;
    ServiceLine unusedService;
    UserAccount account;

    @BeforeEach
    void prepareTargets() {
        operatorId = operators.findByCode(OWN_OPERATOR).orElseThrow().getId();
        offering = offerings.findByOperator(operatorId).getFirst();
        freeDepartement = departements.findByCode("80").orElseThrow();
        freeService = services.findAllInCatalogueOrder().stream()
                .filter(s -> !offerings.existsByOperatorIdAndServiceLineIdAndDepartementId(
                        operatorId, s.getId(), freeDepartement.getId()))
                .findFirst().orElseThrow();
        unusedService = services.save(new ServiceLine("TEST_UNUSED", "Service que personne ne propose",
                families.findByCode("DEMAT").orElseThrow(), ServiceOrigin.AJOUT, null));
        account = accounts.findByUsernameIgnoreCase("directeur.cdg62").orElseThrow();
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    static Stream<Arguments> matrix() {
        return TABLE.cases();
    }

    @ParameterizedTest(name = "{1} → {0}: allowed={2}")
    @MethodSource("matrix")
    void service_calls_follow_the_authorization_table(Action action, Caller caller, boolean allowed) {
        loginAs(caller);
        if (allowed) {
            assertThatCode(() -> action.call.on(this)).doesNotThrowAnyException();
        } else {
            Snapshot before = snapshot();
            assertDenied(() -> action.call.on(this));
            assertThat(snapshot()).as("nothing written by a refused call").isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Caller.class)
    void the_screens_are_told_who_may_edit_an_operators_offerings(Caller caller) {
        loginAs(caller);
        if (caller == Caller.ANONYMOUS) {
            assertDenied(() -> offeringService.canEdit(operatorId));
            return;
        }
        boolean expected = caller == Caller.DIRECTOR_OWN || caller == Caller.ADMIN;
        assertThat(offeringService.canEdit(operatorId)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Action.class)
    void a_call_without_any_security_context_is_refused(Action action) {
        users.logout();
        assertNeedsLogin(() -> action.call.on(this));
    }

    @Test
    void the_table_covers_every_caller_and_every_public_method_of_the_guarded_services() {
        Map<Action, Map<Caller, Boolean>> table = TABLE.rows();
        assertThat(table).containsOnlyKeys(Action.values());
        table.values().forEach(row -> assertThat(row).containsOnlyKeys(Caller.values()));

        Set<String> covered = Arrays.stream(Action.values()).map(a -> a.method.replaceAll("\\(.*", ""))
                .collect(Collectors.toSet());
        Set<String> publicMethods = new TreeSet<>();
        for (Class<?> service : List.of(OfferingService.class, CatalogAdminService.class, AccountService.class,
                CatalogService.class, AuditLogService.class, PasswordService.class)) {
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    publicMethods.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        publicMethods.remove("OfferingService.canEdit"); // its own test above
        assertThat(covered).containsAll(publicMethods);
    }

    private void loginAs(Caller caller) {
        AppUser user = users.loginAs(caller);
        if (caller != Caller.ANONYMOUS) {
            assertThat(user.getRole()).isEqualTo(roleOf(caller));
        }
    }

    private static Role roleOf(Caller caller) {
        return switch (caller) {
            case DIRECTOR_OWN, DIRECTOR_OTHER -> Role.DIRECTOR;
            case COORDINATOR -> Role.COORDINATOR;
            case ADMIN -> Role.ADMIN;
            case ANONYMOUS -> throw new IllegalArgumentException();
        };
    }

    private static AccountDraft newAccountDraft() {
        AccountDraft draft = new AccountDraft();
        draft.setUsername("compte.matrice");
        draft.setDisplayName("Compte de test");
        draft.setRole(Role.COORDINATOR);
        draft.setPassword("un-mot-de-passe-assez-long");
        return draft;
    }

    /** What a refused call must leave untouched. */
    private record Snapshot(long offerings, long operators, long services, long accounts, String note,
                            boolean offeringExists, boolean accountEnabled, String passwordHash, String displayName) {
    }

    private Snapshot snapshot() {
        UserAccount target = accounts.findById(account.getId()).orElseThrow();
        return new Snapshot(offerings.count(), operators.count(), services.count(), accounts.count(),
                offerings.findById(offering.getId()).map(Offering::getNote).orElse(null),
                offerings.existsById(offering.getId()), target.isEnabled(), target.getPasswordHash(),
                target.getDisplayName());
    }
}
