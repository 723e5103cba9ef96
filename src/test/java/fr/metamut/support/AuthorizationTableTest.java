package fr.metamut.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationTableTest {

    enum Action { READ, WRITE }

    enum Who { ALICE, BOB }

    @Test
    void reads_one_outcome_per_action_and_caller() {
        AuthorizationTable<Action, Who> table = AuthorizationTable.parse("""
                action | ALICE   | BOB
                READ   | allowed | allowed
                WRITE  | allowed | denied
                """, Action.class, Who.class);

        assertThat(table.rows()).isEqualTo(Map.of(
                Action.READ, Map.of(Who.ALICE, true, Who.BOB, true),
                Action.WRITE, Map.of(Who.ALICE, true, Who.BOB, false)));
        assertThat(table.cases()).hasSize(4);
    }

    @Test
    void a_misspelt_outcome_a_short_line_or_a_repeated_action_is_refused() {
        assertThatThrownBy(() -> AuthorizationTable.parse("""
                action | ALICE   | BOB
                READ   | allowed | refused
                """, Action.class, Who.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthorizationTable.parse("""
                action | ALICE   | BOB
                READ   | allowed
                """, Action.class, Who.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthorizationTable.parse("""
                action | ALICE   | BOB
                READ   | allowed | denied
                READ   | allowed | allowed
                """, Action.class, Who.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
