package fr.metamut.copil.service;

import static fr.metamut.support.Denials.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.metamut.copil.domain.Meeting;
import fr.metamut.copil.domain.MeetingContent;
import fr.metamut.copil.domain.MeetingRepository;
import fr.metamut.support.AuthorizationTable;
import fr.metamut.support.Caller;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what with steering-committee meetings, on the service itself: everyone logged in reads them and
 * their comparisons; only the Région's coordinator records, corrects or removes one (DOMAIN.md: coordinators follow
 * the plan and decide; administrators manage accounts, operators and the catalogue, not the committee's record).
 */
@IntegrationTest
class CopilAuthorizationTest {

    private static final String MATRIX = """
            action   | DIRECTOR_OWN | DIRECTOR_OTHER | COORDINATOR | ADMIN   | ANONYMOUS
            READ     | allowed      | allowed        | allowed     | allowed | denied
            COMPARE  | allowed      | allowed        | allowed     | allowed | denied
            RECORD   | denied       | denied         | allowed     | denied  | denied
            UPDATE   | denied       | denied         | allowed     | denied  | denied
            DELETE   | denied       | denied         | allowed     | denied  | denied
            """;

    private static final AuthorizationTable<Action, Caller> TABLE = AuthorizationTable.parse(MATRIX, Action.class,
            Caller.class);

    enum Action {
        READ((s, m) -> assertThat(s.meetings()).contains(m)),
        COMPARE((s, m) -> assertThat(s.compare(m.getId(), m.getId(), Locale.FRENCH).changes()).isEmpty()),
        RECORD((s, m) -> s.record(content("Autre COPIL"))),
        UPDATE((s, m) -> s.update(m.getId(), m.getVersion(), content("COPIL renommé"))),
        DELETE((s, m) -> s.delete(m.getId(), m.getVersion()));

        final BiConsumer<CopilService, Meeting> call;

        Action(BiConsumer<CopilService, Meeting> call) {
            this.call = call;
        }
    }

    @Autowired
    CopilService copil;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    TestUsers users;

    @AfterEach
    void cleanUp() {
        users.logout();
        meetings.deleteAll();
    }

    static Stream<Arguments> cases() {
        return TABLE.cases();
    }

    @ParameterizedTest(name = "{0} by {1}: allowed={2}")
    @MethodSource("cases")
    void the_service_allows_or_denies_as_the_table_says(Action action, Caller caller, boolean allowed) {
        users.login(TestUsers.COORDINATOR);
        Meeting meeting = copil.record(content("COPIL de printemps"));
        users.logout();
        users.loginAs(caller);

        if (allowed) {
            assertThatCode(() -> action.call.accept(copil, meeting)).doesNotThrowAnyException();
            return;
        }
        assertDenied(() -> action.call.accept(copil, meeting));
        users.logout();
        assertThat(meetings.findAll()).extracting(Meeting::getTitle).containsExactly("COPIL de printemps");
    }

    private static MeetingContent content(String title) {
        return new MeetingContent(LocalDate.of(2027, 3, 14), title, null, List.of(), List.of());
    }
}
