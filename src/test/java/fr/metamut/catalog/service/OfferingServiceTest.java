package fr.metamut.catalog.service;

import static fr.metamut.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.OfferingsChangedEvent;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** A director's changes to their offerings: notes are checked, stale screens refused, screens told. */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class OfferingServiceTest {

    @Autowired
    OfferingService offeringService;
    @Autowired
    OfferingRepository offerings;
    @Autowired
    OperatorRepository operators;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationEvents events;

    Long sommeNum;
    Offering offering;

    @BeforeEach
    void loginAsDirector() {
        users.login(TestUsers.DIRECTOR_SOMME_NUM);
        sommeNum = operators.findByCode("SOMME_NUM").orElseThrow().getId();
        offering = offerings.findByOperator(sommeNum).getFirst();
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void a_note_change_records_who_made_it_and_tells_open_screens() {
        Offering changed = offeringService.changeNote(offering.getId(), offering.getVersion(), "  Sur devis  ");

        assertThat(changed.getNote()).isEqualTo("Sur devis");
        assertThat(changed.getAttribution().getUpdatedBy()).isEqualTo(TestUsers.DIRECTOR_SOMME_NUM);
        assertThat(changed.getAttribution().getUpdatedAt()).isNotNull();
        assertThat(events.stream(OfferingsChangedEvent.class))
                .containsExactly(new OfferingsChangedEvent(sommeNum, TestUsers.DIRECTOR_SOMME_NUM));
    }

    @Test
    void a_blank_note_is_stored_as_no_note() {
        assertThat(offeringService.changeNote(offering.getId(), offering.getVersion(), "   ").getNote()).isNull();
    }

    @Test
    void a_note_longer_than_five_hundred_characters_is_refused() {
        assertRefused(() -> offeringService.changeNote(offering.getId(), offering.getVersion(), "x".repeat(501)),
                "offering.error.noteTooLong");
        assertThat(events.stream(OfferingsChangedEvent.class)).isEmpty();
    }

    @Test
    void a_change_made_from_a_stale_screen_is_refused() {
        assertRefused(() -> offeringService.changeNote(offering.getId(), offering.getVersion() + 1, "Trop tard"),
                "error.staleData");
    }

    @Test
    void an_offering_that_already_exists_is_refused() {
        assertRefused(() -> offeringService.add(sommeNum, offering.getServiceLine().getId(),
                offering.getDepartement().getId(), null), "offering.error.duplicate");
    }

    @Test
    void an_offering_removed_meanwhile_is_reported_as_gone() {
        offeringService.remove(offering.getId());

        assertRefused(() -> offeringService.remove(offering.getId()), "error.notFound");
    }
}
