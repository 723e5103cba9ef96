package fr.metamut.catalog.service;

import static fr.metamut.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorKind;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.domain.ServiceLineRepository;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Administration of operators and services: refusals are {@link UserFacingException}s (shown in the
 * user's language) or validation errors, raised before anything is written. Not transactional on
 * purpose: a refusal must hold when the service's own transaction commits.
 */
@IntegrationTest
class CatalogAdminServiceTest {

    @Autowired
    CatalogAdminService admin;
    @Autowired
    TestUsers users;
    @Autowired
    OperatorRepository operators;
    @Autowired
    ServiceLineRepository services;
    @Autowired
    OfferingRepository offerings;

    @BeforeEach
    void loginAsAdmin() {
        users.login(TestUsers.ADMIN);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void deleting_a_service_that_operators_offer_is_refused() {
        ServiceLine dpd = services.findByCode("DPD").orElseThrow();
        long offered = offerings.countByServiceLineId(dpd.getId());

        assertRefused(() -> admin.delete(dpd), "service.error.inUse");
        assertThat(services.findByCode("DPD")).isPresent();
        assertThat(offerings.countByServiceLineId(dpd.getId())).isEqualTo(offered).isPositive();
    }

    @Test
    void deleting_a_service_the_survey_or_the_published_synthesis_refers_to_is_refused() {
        for (String code : new String[] {"ADS", "LABO_INNOVATION"}) {
            ServiceLine service = services.findByCode(code).orElseThrow();
            assertThat(offerings.countByServiceLineId(service.getId())).as("nobody offers %s", code).isZero();

            assertRefused(() -> admin.delete(service), "service.error.referenced");
            assertThat(services.findByCode(code)).as(code).isPresent();
        }
    }

    @Test
    void an_operator_with_a_name_already_taken_is_refused_whatever_its_case() {
        Operator copy = new Operator("AUTRE_ADICO", "  adico ", OperatorKind.ASSOCIATION, null);

        assertRefused(() -> admin.save(copy), "operator.error.duplicateName");
        assertThat(operators.count()).isEqualTo(9);
    }

    @Test
    void an_invalid_operator_is_refused_before_anything_is_written() {
        Operator invalid = new Operator("minuscules", "Opérateur invalide", OperatorKind.AUTRE, null);
        invalid.setWebsite("pas une adresse");

        assertThatThrownBy(() -> admin.save(invalid)).isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString()).containsExactlyInAnyOrder("code", "website"));
        assertThat(operators.count()).isEqualTo(9);
    }
}
