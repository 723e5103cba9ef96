package fr.metamut.coverage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingsChangedEvent;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.service.CatalogAdminService;
import fr.metamut.catalog.service.CatalogLookup;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.service.ChangedOnAnotherNode;
import fr.metamut.coverage.domain.CoverageChangedEvent;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionTemplate;

/** One matrix per change, shared by every reader, and open screens told once per burst, not by the saver. */
@IntegrationTest
@RecordApplicationEvents
class SharedCoverageTest {

    @Autowired
    CoverageService coverage;
    @Autowired
    CatalogService catalog;
    @Autowired
    CatalogAdminService catalogAdmin;
    @Autowired
    CatalogLookup lookup;
    @Autowired
    OfferingService offerings;
    @Autowired
    SharedCoverage shared;
    @Autowired
    ChangeFeed feed;
    @Autowired
    TestUsers users;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ApplicationEventPublisher publisher;

    @BeforeEach
    void asAdministrator() {
        users.login(TestUsers.ADMIN);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void reading_the_current_matrix_opens_no_transaction_and_a_new_one_is_read_in_one() {
        List<String> begun = new CopyOnWriteArrayList<>();
        TransactionExecutionListener counter = new TransactionExecutionListener() {
            @Override
            public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
                begun.add(transaction.getTransactionName());
            }
        };
        ((ConfigurableTransactionManager) transactions).addListener(counter);
        try {
            coverage.matrix();
            begun.clear();
            CoverageMatrix current = coverage.matrix();
            assertThat(begun).as("a page load reads the shared matrix, already computed").isEmpty();

            publisher.publishEvent(new ChangedOnAnotherNode(OfferingsChangedEvent.TOPIC));
            CoverageMatrix next = coverage.matrix();
            assertThat(next).isNotSameAs(current);
            assertThat(begun).as("the new input read in one transaction, not one per repository").hasSize(1);
        } finally {
            ((ConfigurableTransactionManager) transactions).getTransactionExecutionListeners().remove(counter);
        }
    }

    @Test
    void readers_share_the_matrix_until_something_changes() {
        CoverageMatrix first = coverage.matrix();
        long computations = coverage.computations();

        assertThat(coverage.matrix()).isSameAs(first);
        assertThat(coverage.priorities()).isNotEmpty();
        assertThat(coverage.computations()).isEqualTo(computations);

        Offering added = offerings.add(operatorId("SOMME_NUM"), serviceId("ADS"), departementId("80"), "test");
        try {
            assertThat(count(coverage.matrix(), "ADS", "80")).as("the saver reads its own change at once").isEqualTo(1);
            assertThat(coverage.computations()).isEqualTo(computations + 1);
        } finally {
            offerings.remove(added.getId());
        }
    }

    @Test
    void a_burst_of_changes_is_told_to_open_screens_once_and_not_in_the_savers_thread() {
        // an earlier test's change may still be waiting to be told: it would be counted with the burst
        await().until(shared::quiet);
        long told = feed.announced(CoverageChangedEvent.TOPIC);

        List<Offering> added = new TransactionTemplate(transactions).execute(status -> List.of(
                offerings.add(operatorId("SOMME_NUM"), serviceId("ADS"), departementId("80"), "import"),
                offerings.add(operatorId("SOMME_NUM"), serviceId("ADS"), departementId("02"), "import"),
                offerings.add(operatorId("SOMME_NUM"), serviceId("ADS"), departementId("60"), "import")));
        try {
            await().until(shared::quiet);
            assertThat(feed.announced(CoverageChangedEvent.TOPIC)).as("three changes, told once").isEqualTo(told + 1);
            assertThat(events.stream(OfferingsChangedEvent.class)).as("the saver's own events").hasSize(3);
            assertThat(events.stream(CoverageChangedEvent.class)).as("nobody told in the saver's thread").isEmpty();
        } finally {
            added.forEach(offering -> offerings.remove(offering.getId()));
        }
    }

    @Test
    void a_change_that_moves_no_cell_is_told_to_no_open_screen() {
        coverage.matrix(); // an open screen shows the matrix
        await().until(shared::quiet);
        long told = feed.announced(CoverageChangedEvent.TOPIC);
        Offering offering = catalog.offerings().getFirst();
        String note = offering.getNote();

        Offering changed = offerings.changeNote(offering.getId(), offering.getVersion(), "Sur devis (test)");
        try {
            await().until(shared::quiet);
            assertThat(feed.announced(CoverageChangedEvent.TOPIC)).as("a note is in no cell").isEqualTo(told);
        } finally {
            offerings.changeNote(changed.getId(), changed.getVersion(), note);
        }
        await().until(shared::quiet);

        Offering added = offerings.add(operatorId("SOMME_NUM"), serviceId("ADS"), departementId("80"), null);
        try {
            coverage.matrix(); // read (by the saver) before the screens are told: they still must be
            await().until(shared::quiet);
            assertThat(feed.announced(CoverageChangedEvent.TOPIC)).as("a cell moved").isEqualTo(told + 1);
        } finally {
            offerings.remove(added.getId());
        }
    }

    @Test
    void a_change_of_the_catalogue_is_told_even_when_no_cell_moves() {
        coverage.matrix();
        await().until(shared::quiet);
        long told = feed.announced(CoverageChangedEvent.TOPIC);

        catalogAdmin.save(catalog.services().getFirst()); // saved unchanged: the screens show more than the cells

        await().until(shared::quiet);
        assertThat(feed.announced(CoverageChangedEvent.TOPIC)).isEqualTo(told + 1);
    }

    @Test
    void a_service_renamed_by_an_administrator_shows_in_the_next_matrix() {
        coverage.matrix();
        ServiceLine service = catalog.services().stream().filter(s -> s.getCode().equals("ADS")).findFirst().orElseThrow();
        String name = service.getName();
        service.setName(name + " (renommé)");
        ServiceLine renamed = catalogAdmin.save(service);
        try {
            assertThat(row(coverage.matrix(), "ADS").service().name()).isEqualTo(name + " (renommé)");
        } finally {
            renamed.setName(name);
            catalogAdmin.save(renamed);
        }
        assertThat(row(coverage.matrix(), "ADS").service().name()).isEqualTo(name);
    }

    @Test
    void a_matrix_read_inside_a_transaction_that_rolls_back_is_not_shared() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            offerings.add(operatorId("SOMME_NUM"), serviceId("ADS"), departementId("80"), "abandoned");
            assertThat(count(coverage.matrix(), "ADS", "80")).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(count(coverage.matrix(), "ADS", "80")).isZero();
    }

    private static CoverageRow row(CoverageMatrix matrix, String serviceCode) {
        return matrix.rows().stream().filter(r -> r.service().code().equals(serviceCode)).findFirst().orElseThrow();
    }

    private static int count(CoverageMatrix matrix, String serviceCode, String departement) {
        return row(matrix, serviceCode).cell(departement).count();
    }

    private long operatorId(String code) {
        return lookup.operator(code).orElseThrow().getId();
    }

    private long serviceId(String code) {
        return lookup.service(code).orElseThrow().getId();
    }

    private long departementId(String code) {
        return lookup.departement(code).orElseThrow().getId();
    }

    @Test
    void a_change_of_the_offerings_on_another_node_makes_the_next_reader_compute_the_matrix_again() {
        coverage.matrix();
        long computations = coverage.computations();

        publisher.publishEvent(new ChangedOnAnotherNode("swot"));
        coverage.matrix();
        assertThat(coverage.computations()).as("not an input of the matrix").isEqualTo(computations);

        publisher.publishEvent(new ChangedOnAnotherNode(OfferingsChangedEvent.TOPIC));
        coverage.matrix();
        assertThat(coverage.computations()).isEqualTo(computations + 1);

        publisher.publishEvent(ChangedOnAnotherNode.anything());
        coverage.matrix();
        assertThat(coverage.computations()).as("notices missed: anything may have changed").isEqualTo(computations + 2);
    }
}
