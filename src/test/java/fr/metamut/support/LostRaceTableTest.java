package fr.metamut.support;

import static fr.metamut.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.domain.PlanActionRepository;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.domain.ServiceLineRepository;
import fr.metamut.catalog.service.CatalogAdminService;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.domain.PartnershipContent;
import fr.metamut.partnership.domain.PartnershipRepository;
import fr.metamut.partnership.domain.PartnershipStatus;
import fr.metamut.partnership.domain.PartnershipType;
import fr.metamut.partnership.service.PartnershipService;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotContent;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.domain.SwotItemRepository;
import fr.metamut.swot.service.SwotService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people save the same thing at the same moment, for every form's service: each read the same version,
 * the winner commits between the loser's read and the loser's write. The loser's save must be refused by
 * the service itself with "someone else changed it" ({@code error.staleData}), whatever the interleaving,
 * and the winner's change stays. The interleaving is made deterministic: the loser's transaction reads the
 * row, the winner's own transaction commits, then the loser's save runs in the first transaction (what two
 * clicks at once do, the loser's request being a few milliseconds behind).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LostRaceTableTest {

    @Autowired
    TestUsers users;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    OfferingService offeringService;
    @Autowired
    OfferingRepository offerings;
    @Autowired
    CatalogAdminService catalogAdmin;
    @Autowired
    OperatorRepository operators;
    @Autowired
    ServiceLineRepository services;
    @Autowired
    SwotService swot;
    @Autowired
    SwotItemRepository swotItems;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    PartnershipRepository partnershipRows;
    @Autowired
    ActionPlanService plan;
    @Autowired
    PlanActionRepository actions;

    private final List<Runnable> cleanUps = new ArrayList<>();

    /**
     * One form's race: {@code prepare} returns the id of the row both edit (created by a third user when
     * needed), {@code read} reads it as the form showed it, {@code save} saves a text from what was read,
     * {@code stored} reads back the text that is stored.
     */
    record Race<T>(String loser, String winner, Supplier<Long> prepare, LongFunction<T> read,
                   SaveFrom<T> save, LongFunction<String> stored) {
    }

    @FunctionalInterface
    interface SaveFrom<T> {
        void save(T read, String text);
    }

    Stream<Arguments> races() {
        return Stream.of(
                Arguments.of("offering note", new Race<Offering>(TestUsers.DIRECTOR_SOMME_NUM, TestUsers.ADMIN,
                        () -> sommeNumOffering(),
                        id -> offerings.findById(id).orElseThrow(),
                        (offering, text) -> offeringService.changeNote(offering.getId(), offering.getVersion(), text),
                        id -> offerings.findById(id).orElseThrow().getNote())),
                Arguments.of("operator", new Race<Operator>(TestUsers.ADMIN, TestUsers.ADMIN,
                        () -> operatorToEdit(),
                        id -> shownInForm(() -> operators.findById(id).orElseThrow()),
                        (operator, text) -> {
                            operator.setDescription(text);
                            catalogAdmin.save(operator);
                        },
                        id -> operators.findById(id).orElseThrow().getDescription())),
                Arguments.of("catalogue service", new Race<ServiceLine>(TestUsers.ADMIN, TestUsers.ADMIN,
                        () -> serviceToEdit(),
                        id -> shownInForm(() -> services.findById(id).orElseThrow()),
                        (service, text) -> {
                            service.setDescription(text);
                            catalogAdmin.save(service);
                        },
                        id -> services.findById(id).orElseThrow().getDescription())),
                Arguments.of("SWOT item", new Race<SwotItem>(TestUsers.DIRECTOR_SOMME_NUM, TestUsers.COORDINATOR,
                        () -> swotItem(),
                        id -> swotItems.findById(id).orElseThrow(),
                        (item, text) -> swot.update(item.getId(), item.getVersion(), new SwotContent(text, null, null)),
                        id -> swotItems.findById(id).orElseThrow().getTitle())),
                Arguments.of("partnership", new Race<Partnership>(TestUsers.DIRECTOR_SOMME_NUM, TestUsers.ADMIN,
                        () -> partnership(),
                        id -> partnershipRows.findById(id).orElseThrow(),
                        (p, text) -> partnerships.update(p.getId(), p.getVersion(), partnershipContent(text)),
                        id -> partnershipRows.findById(id).orElseThrow().getName())),
                Arguments.of("action", new Race<ActionRow>(TestUsers.DIRECTOR_SOMME_NUM, TestUsers.COORDINATOR,
                        () -> action(),
                        id -> plan.get(id),
                        (row, text) -> plan.update(row.id(), row.version(),
                                ActionContent.of(text, row.owner().id()).withOwner(row.owner().id(), Set.copyOf(row.contributorIds()))),
                        id -> actions.findById(id).orElseThrow().getTitle())),
                Arguments.of("action progress", new Race<ActionRow>(TestUsers.DIRECTOR_ADICO, TestUsers.DIRECTOR_SOMME_NUM,
                        () -> action(),
                        id -> plan.get(id),
                        (row, text) -> plan.reportProgress(row.id(), row.version(), ActionStatus.EN_COURS,
                                text.length(), BigDecimal.ONE),
                        id -> String.valueOf(actions.findById(id).orElseThrow().getProgress()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("races")
    <T> void a_save_that_loses_the_race_to_another_users_save_is_refused_as_stale(String form, Race<T> race) {
        long id = race.prepare().get();
        TransactionTemplate loserTransaction = new TransactionTemplate(transactionManager);
        TransactionTemplate winnerTransaction = new TransactionTemplate(transactionManager);
        winnerTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        String winnersText = "Gagnant";

        loserTransaction.executeWithoutResult(loser -> {
            users.login(race.loser());
            T seenByLoser = race.read().apply(id);
            users.login(race.winner());
            winnerTransaction.executeWithoutResult(winner -> race.save().save(race.read().apply(id), winnersText));

            users.login(race.loser());
            assertRefused(() -> race.save().save(seenByLoser, "Perdant"), "error.staleData");
            loser.setRollbackOnly();
        });

        users.login(TestUsers.ADMIN);
        String expected = form.equals("action progress") ? String.valueOf(winnersText.length()) : winnersText;
        assertThat(race.stored().apply(id)).as("the winner's save stays").isEqualTo(expected);
    }

    @AfterEach
    void cleanUp() {
        users.login(TestUsers.ADMIN);
        cleanUps.forEach(Runnable::run);
        cleanUps.clear();
        users.logout();
    }

    private long sommeNumOffering() {
        Long sommeNum = operators.findByCode("SOMME_NUM").orElseThrow().getId();
        Offering offering = offerings.findByOperator(sommeNum).getFirst();
        String note = offering.getNote();
        cleanUps.add(() -> {
            Offering now = offerings.findById(offering.getId()).orElseThrow();
            offeringService.changeNote(now.getId(), now.getVersion(), note);
        });
        return offering.getId();
    }

    private long operatorToEdit() {
        Operator operator = operators.findByCode("ADICO").orElseThrow();
        String description = operator.getDescription();
        cleanUps.add(() -> restore(operators.findById(operator.getId()).orElseThrow(), description,
                Operator::setDescription, catalogAdmin::save));
        return operator.getId();
    }

    private long serviceToEdit() {
        ServiceLine service = services.findByCode("DPD").orElseThrow();
        String description = service.getDescription();
        cleanUps.add(() -> restore(services.findById(service.getId()).orElseThrow(), description,
                ServiceLine::setDescription, catalogAdmin::save));
        return service.getId();
    }

    private static <E> void restore(E entity, String text, java.util.function.BiConsumer<E, String> setter,
                                    Function<E, E> save) {
        setter.accept(entity, text);
        save.apply(entity);
    }

    private long swotItem() {
        users.login(TestUsers.COORDINATOR);
        SwotItem item = swot.add(Quadrant.STRENGTH, new SwotContent("Élément disputé", null, null));
        cleanUps.add(() -> swotItems.findById(item.getId()).ifPresent(i -> swot.remove(i.getId(), i.getVersion())));
        return item.getId();
    }

    private long partnership() {
        users.login(TestUsers.ADMIN);
        Partnership recorded = partnerships.record(partnershipContent("Partenariat disputé"));
        cleanUps.add(() -> partnershipRows.findById(recorded.getId())
                .ifPresent(p -> partnerships.remove(p.getId(), p.getVersion())));
        return recorded.getId();
    }

    private PartnershipContent partnershipContent(String name) {
        return new PartnershipContent(name, PartnershipType.CONVENTION, PartnershipStatus.ACTIVE, null, null, null,
                null, List.of(operatorId("SOMME_NUM"), operatorId("ADICO")), List.of(), List.of());
    }

    private long action() {
        ActionRow row = asCoordinator(() -> plan.create(ActionContent.of("Action disputée", operatorId("SOMME_NUM"))
                .withOwner(operatorId("SOMME_NUM"), Set.of(operatorId("ADICO")))));
        cleanUps.add(() -> actions.deleteById(row.id()));
        return row.id();
    }

    /**
     * The administration dialogs edit a detached copy of the entity (read when the page showed it) that the
     * service merges; the transaction that saves has read the row too.
     */
    private <E> E shownInForm(Supplier<E> read) {
        read.get();
        TransactionTemplate page = new TransactionTemplate(transactionManager);
        page.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return page.execute(status -> read.get());
    }

    private long operatorId(String code) {
        return operators.findByCode(code).orElseThrow().getId();
    }

    private <R> R asCoordinator(Supplier<R> call) {
        users.login(TestUsers.COORDINATOR);
        return call.get();
    }
}
