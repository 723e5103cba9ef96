package fr.metamut.partnership.service;

import static fr.metamut.support.Denials.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.domain.PartnershipContent;
import fr.metamut.partnership.domain.PartnershipRepository;
import fr.metamut.partnership.domain.PartnershipStatus;
import fr.metamut.partnership.domain.PartnershipType;
import fr.metamut.support.AuthorizationTable;
import fr.metamut.support.Caller;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with partnerships, on the service itself: a director records and changes only
 * partnerships their operator is part of (and keeps it among the parties), an administrator any,
 * a coordinator reads only, an anonymous caller nothing. Each case runs in a transaction rolled back
 * afterwards; a denial leaves the partnership as it was.
 */
@IntegrationTest
@Transactional
class PartnershipAuthorizationTest {

    /** ATEXO joins Somme Numérique, CDG59 and CDG62; the "other" director is Adico's, who is not a party. */
    private static final String MATRIX = """
            action                  | DIRECTOR_OWN | DIRECTOR_OTHER | COORDINATOR | ADMIN   | ANONYMOUS
            READ_REGISTRY           | allowed      | allowed        | allowed     | allowed | denied
            RECORD_WITH_SOMME_NUM   | allowed      | denied         | denied      | allowed | denied
            UPDATE_ATEXO            | allowed      | denied         | denied      | allowed | denied
            UPDATE_ATEXO_DROP_SOMME | denied       | denied         | denied      | allowed | denied
            REMOVE_ATEXO            | allowed      | denied         | denied      | allowed | denied
            """;

    private static final AuthorizationTable<Action, Caller> TABLE =
            AuthorizationTable.parse(MATRIX, Action.class, Caller.class);

    enum Action {
        READ_REGISTRY((s, f) -> assertThat(s.all()).hasSizeGreaterThanOrEqualTo(3)),
        RECORD_WITH_SOMME_NUM((s, f) -> s.record(f.content("Convention de test", "SOMME_NUM", "CDG59"))),
        UPDATE_ATEXO((s, f) -> s.update(f.atexo.getId(), f.atexo.getVersion(),
                f.content("ATEXO renommé", "SOMME_NUM", "CDG59", "CDG62"))),
        UPDATE_ATEXO_DROP_SOMME((s, f) -> s.update(f.atexo.getId(), f.atexo.getVersion(),
                f.content("ATEXO sans Somme Numérique", "CDG59", "CDG62"))),
        REMOVE_ATEXO((s, f) -> s.remove(f.atexo.getId(), f.atexo.getVersion()));

        final BiConsumer<PartnershipService, Fixture> call;

        Action(BiConsumer<PartnershipService, Fixture> call) {
            this.call = call;
        }
    }

    @Autowired
    PartnershipService service;
    @Autowired
    PartnershipRepository repository;
    @Autowired
    CatalogService catalog;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    static Stream<Arguments> cases() {
        return TABLE.cases();
    }

    /** What the calls need, read before the caller logs in (so an anonymous caller fails on the call itself). */
    record Fixture(Partnership atexo, Map<String, Long> operatorIds) {

        PartnershipContent content(String name, String... operatorCodes) {
            return new PartnershipContent(name, PartnershipType.CONVENTION, PartnershipStatus.EN_PROJET, null, null,
                    null, null, Arrays.stream(operatorCodes).map(operatorIds::get).toList(), List.of(), List.of());
        }
    }

    @ParameterizedTest(name = "{0} by {1}: allowed={2}")
    @MethodSource("cases")
    void the_service_allows_or_denies_as_the_table_says(Action action, Caller caller, boolean allowed) {
        Fixture fixture = fixture();
        String nameBefore = fixture.atexo().getName();
        List<Long> partiesBefore = fixture.atexo().content().operatorIds();
        long countBefore = repository.count();
        users.loginAs(caller);

        if (allowed) {
            assertThatCode(() -> action.call.accept(service, fixture)).doesNotThrowAnyException();
            return;
        }
        assertDenied(() -> action.call.accept(service, fixture));
        Partnership after = atexo();
        assertThat(after.getName()).isEqualTo(nameBefore);
        assertThat(after.content().operatorIds()).isEqualTo(partiesBefore);
        assertThat(repository.count()).isEqualTo(countBefore);
    }

    @Test
    void the_table_covers_every_action_and_caller() {
        assertThat(cases().count()).isEqualTo((long) Action.values().length * Caller.values().length);
    }

    @Test
    void the_screens_are_told_who_may_record_and_edit() {
        Partnership atexo = atexo();
        users.loginAs(Caller.DIRECTOR_OWN);
        assertThat(service.canRecord()).isTrue();
        assertThat(service.canEdit(atexo)).isTrue();
        users.loginAs(Caller.DIRECTOR_OTHER);
        assertThat(service.canRecord()).isTrue();
        assertThat(service.canEdit(atexo)).isFalse();
        users.loginAs(Caller.COORDINATOR);
        assertThat(service.canRecord()).isFalse();
        assertThat(service.canEdit(atexo)).isFalse();
        users.loginAs(Caller.ADMIN);
        assertThat(service.canEdit(atexo)).isTrue();
    }

    private Fixture fixture() {
        users.login(TestUsers.ADMIN);
        Map<String, Long> ids = catalog.operators().stream().collect(Collectors.toMap(Operator::getCode, Operator::getId));
        users.logout();
        return new Fixture(atexo(), ids);
    }

    private Partnership atexo() {
        return repository.findAll().stream().filter(p -> "ATEXO".equals(p.getCode())).findFirst().orElseThrow();
    }
}
