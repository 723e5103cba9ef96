package fr.metamut.audit.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.audit.domain.AuditAction;
import fr.metamut.audit.domain.AuditLogEntry;
import fr.metamut.base.domain.AuditEvent;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** The administrators' audit page: newest first, in French, filtered by action, account and period. */
class AuditLogViewKaribuTest extends KaribuTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;

    @Test
    void admin_filters_the_log_by_action_account_and_period() {
        events.publishEvent(new AuditEvent("IMPORT_APPLIED", "directeur.journal", "plan-journal.xlsx", "3 rows"));
        events.publishEvent(new AuditEvent("LOGOUT", "directeur.journal", null, null));
        login(TestUsers.ADMIN);
        useFrench();
        navigate(AuditLogView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("audit-account")), "directeur.journal");
        assertThat(rows()).extracting(AuditLogEntry::getAction).containsExactly("LOGOUT", "IMPORT_APPLIED");
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("Import appliqué", "plan-journal.xlsx", "3 rows");

        _setValue(actionFilter(), AuditAction.IMPORT_APPLIED);
        assertThat(rows()).extracting(AuditLogEntry::getTarget).containsExactly("plan-journal.xlsx");

        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), LocalDate.now(clock).minusDays(1));
        assertThat(rows()).isEmpty();
    }

    @Test
    void details_stored_as_codes_read_in_french() {
        events.publishEvent(new AuditEvent("LOGIN_FAILURE", "directeur.details", null, "BadCredentialsException"));
        events.publishEvent(new AuditEvent("LOGIN_LOCKED", "directeur.details", "directeur.details",
                "ACCOUNT 2026-12-06T08:15:00Z"));
        events.publishEvent(new AuditEvent("SESSION_ENDED", null, "directeur.details", "IDLE"));
        events.publishEvent(new AuditEvent("ACCOUNT_UPDATED", "admin", "directeur.details",
                "DIRECTOR/SOMME_NUM -> COORDINATOR/-"));
        login(TestUsers.ADMIN);
        useFrench();
        navigate(AuditLogView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("audit-account")), "directeur.details");
        assertThat(GridKt._getFormattedRow(grid(), 3)).contains("Identifiant ou mot de passe incorrect");
        assertThat(GridKt._getFormattedRow(grid(), 2)).contains("Identifiant bloqué jusqu’au 06/12/2026 09:15");
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("inactivité");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Directeur/SOMME_NUM -> Coordinateur Région/-");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AuditAction> actionFilter() {
        return (ComboBox<AuditAction>) _get(ComboBox.class, spec -> spec.withId("audit-action"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditLogEntry> grid() {
        return (Grid<AuditLogEntry>) _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    private static java.util.List<AuditLogEntry> rows() {
        return rowsOf(grid());
    }
}
