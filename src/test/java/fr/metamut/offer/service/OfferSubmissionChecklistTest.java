package fr.metamut.offer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferInvalidException;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.domain.SubmissionChecklist;
import fr.metamut.base.ui.TranslationProvider;
import fr.metamut.support.IntegrationTest;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The submission checklist, enforced by the service: a draft missing one item is refused with that item's
 * message, on the field to complete, and stays a draft; a complete draft goes to the Région.
 */
@IntegrationTest
class OfferSubmissionChecklistTest {

    @Autowired
    OfferService offers;
    @Autowired
    OfferWorkflowService workflow;
    @Autowired
    OfferFixtures fixtures;
    @Autowired
    fr.metamut.support.TestUsers users;
    @Autowired
    TranslationProvider translations;

    @AfterEach
    void logout() {
        users.logout();
    }

    static Stream<Arguments> missingItems() {
        return Stream.of(
                Arguments.of(SubmissionChecklist.PARTNERS, OfferField.PARTNERS, Set.of(),
                        "Ajoutez au moins un opérateur partenaire."),
                Arguments.of(SubmissionChecklist.SUMMARY, OfferField.SUMMARY, "  ",
                        "Écrivez le résumé de l’offre."),
                Arguments.of(SubmissionChecklist.SERVICES, OfferField.SERVICES, Set.of(),
                        "Choisissez au moins un service visé."),
                Arguments.of(SubmissionChecklist.DEPARTEMENTS, OfferField.DEPARTEMENTS, Set.of(),
                        "Choisissez au moins un département visé."),
                Arguments.of(SubmissionChecklist.BUDGET, OfferField.BUDGET_TOTAL, null,
                        "Indiquez le budget total estimé."),
                Arguments.of(SubmissionChecklist.DATES, OfferField.START_DATE, null,
                        "Indiquez les dates de début et de fin."),
                Arguments.of(SubmissionChecklist.DATES, OfferField.END_DATE, null,
                        "Indiquez les dates de début et de fin."),
                Arguments.of(SubmissionChecklist.GAP_ADDRESSED, OfferField.ADDRESSED_CELLS, Set.of(),
                        "Indiquez au moins une absence ou un doublon que l’offre traite."));
    }

    @ParameterizedTest(name = "{1} empty → refused: {3}")
    @MethodSource("missingItems")
    void a_draft_missing_an_item_is_refused_with_its_message_and_stays_a_draft(SubmissionChecklist item, OfferField emptied,
                                                                               Object emptyValue, String message) {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        users.login(OfferFixtures.LEAD);
        offers.save(offer.getId(), offer.content(), offer.content().with(emptied, emptyValue).with(OfferField.BUDGET_SHARES, Set.of()));

        assertThatThrownBy(() -> workflow.submit(offer.getId()))
                .isInstanceOfSatisfying(OfferInvalidException.class, refusal -> {
                    assertThat(refusal.getProblems()).containsExactly(item.problem());
                    assertThat(refusal.getProblems().getFirst().field()).isEqualTo(item.field());
                    assertThat(refusal.getMessageKey()).isEqualTo("offer.submit.missing." + item.name());
                    assertThat(translations.getTranslation(refusal.getMessageKey(), TranslationProvider.FRENCH)).isEqualTo(message);
                });
        assertThat(offers.get(offer.getId()).getStatus()).isEqualTo(OfferStatus.BROUILLON);
    }

    @Test
    void an_empty_draft_is_refused_with_every_missing_item_and_a_complete_one_is_submitted() {
        users.login(OfferFixtures.LEAD);
        JointOffer empty = offers.create(OfferContent.empty().with(OfferField.TITLE, "Offre à peine commencée"));
        assertThatThrownBy(() -> workflow.submit(empty.getId()))
                .isInstanceOfSatisfying(OfferInvalidException.class, refusal -> assertThat(refusal.getProblems())
                        .extracting(p -> p.messageKey().replace("offer.submit.missing.", ""))
                        .containsExactly("PARTNERS", "SUMMARY", "SERVICES", "DEPARTEMENTS", "BUDGET", "DATES", "GAP_ADDRESSED"));

        JointOffer complete = fixtures.offerIn(OfferStatus.BROUILLON);
        users.login(OfferFixtures.LEAD);
        assertThat(workflow.submit(complete.getId()).getStatus()).isEqualTo(OfferStatus.SOUMISE);
        assertThat(SubmissionChecklist.missing(complete.content())).isEmpty();
    }
}
