package fr.metamut.audit.service;

import static fr.metamut.support.Denials.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.audit.domain.AuditLogEntry;
import fr.metamut.audit.domain.AuditLogRepository;
import fr.metamut.base.domain.AuditEvent;
import fr.metamut.base.domain.Role;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import fr.metamut.security.service.AccountDraft;
import fr.metamut.security.service.AccountService;
import fr.metamut.security.service.LoginLocks;
import fr.metamut.security.service.PasswordService;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Issue 10, "not one line in the log for 400 failures (nor for successful logins)": every kind of security
 * event reaches the audit log with who, what, on whom, when and from which address, and a log line; the
 * administrators' reading filters by action, account and period. Each test's rows are rolled back.
 */
@IntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class AuditLogTest {

    private static final String ADDRESS = "192.0.2.44";

    @Autowired
    AuditLogRepository entries;
    @Autowired
    AuditLogService auditLog;
    @Autowired
    AccountService accountService;
    @Autowired
    PasswordService passwordService;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TestUsers users;
    @Autowired
    Clock clock;
    @Autowired
    LoginLocks locks;

    @BeforeEach
    void requestFromAKnownAddress() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(ADDRESS);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
        users.logout();
    }

    @Test
    void logins_their_failures_and_locks_are_written_with_the_address_and_logged(CapturedOutput output) {
        authenticate("directeur.cap_oise", "metamut2021");
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                authenticate("directeur.fibre_5962", "mauvais");
            } catch (RuntimeException refused) {
                // counted
            }
        }

        assertThat(entry("LOGIN_SUCCESS", "directeur.cap_oise").getRemoteAddress()).isEqualTo(ADDRESS);
        assertThat(entries.findAll()).filteredOn(e -> e.getAction().equals("LOGIN_FAILURE")
                && "directeur.fibre_5962".equals(e.getActor())).hasSizeBetween(3, 10);
        assertThat(entry("LOGIN_LOCKED", "directeur.fibre_5962").getTarget()).isEqualTo("directeur.fibre_5962");
        assertThat(entry("LOGIN_LOCKED", "directeur.fibre_5962").getDetail()).startsWith("ACCOUNT ");
        assertThat(output.getOut()).contains("LOGIN_FAILURE actor=directeur.fibre_5962 target=- from=" + ADDRESS)
                .contains("LOGIN_SUCCESS actor=directeur.cap_oise").doesNotContain("mauvais");
        locks.lift("directeur.fibre_5962");
    }

    @Test
    void every_account_change_is_written_with_the_administrator_and_the_account() {
        users.login(TestUsers.ADMIN);
        AccountDraft draft = new AccountDraft();
        draft.setUsername("coordination.audit");
        draft.setDisplayName("Coordination auditée");
        draft.setRole(Role.COORDINATOR);
        draft.setPassword("une-phrase-de-passe-longue");
        UserAccount created = accountService.create(draft);
        AccountDraft changed = AccountDraft.of(created);
        changed.setRole(Role.ADMIN);
        accountService.update(created.getId(), changed);
        accountService.setEnabled(created.getId(), false);
        accountService.setEnabled(created.getId(), true);
        accountService.resetPassword(created.getId());

        for (String action : List.of("ACCOUNT_CREATED", "ACCOUNT_UPDATED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED",
                "PASSWORD_RESET")) {
            AuditLogEntry entry = entry(action, TestUsers.ADMIN);
            assertThat(entry.getTarget()).as(action).isEqualTo("coordination.audit");
            assertThat(entry.getRemoteAddress()).as(action).isEqualTo(ADDRESS);
            assertThat(entry.getOccurredAt()).as(action).isNotNull();
        }
        assertThat(entry("ACCOUNT_UPDATED", TestUsers.ADMIN).getDetail())
                .contains("role=COORDINATOR").contains("-> ").contains("role=ADMIN");
        assertThat(entries.findAll()).extracting(AuditLogEntry::getDetail).filteredOn(d -> d != null)
                .noneMatch(d -> d.contains("une-phrase-de-passe-longue"));
    }

    @Test
    void a_users_own_password_change_their_logout_and_an_applied_import_are_written() {
        users.login(TestUsers.DIRECTOR_ADICO);
        passwordService.changeOwnPassword("metamut2021", "une-autre-phrase-de-passe");
        events.publishEvent(new LogoutSuccessEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(TestUsers.DIRECTOR_ADICO, null)));
        events.publishEvent(new AuditEvent("IMPORT_APPLIED", TestUsers.DIRECTOR_ADICO, "offres.xlsx", "12 rows"));

        assertThat(entry("PASSWORD_CHANGED", TestUsers.DIRECTOR_ADICO).getTarget()).isEqualTo(TestUsers.DIRECTOR_ADICO);
        assertThat(entry("LOGOUT", TestUsers.DIRECTOR_ADICO).getRemoteAddress()).isEqualTo(ADDRESS);
        assertThat(entry("IMPORT_APPLIED", TestUsers.DIRECTOR_ADICO).getDetail()).isEqualTo("12 rows");
    }

    @Test
    void administrators_read_the_log_newest_first_filtered_by_action_account_and_period() {
        events.publishEvent(new AuditEvent("IMPORT_APPLIED", "directeur.rvvn", "plan.xlsx", null));
        events.publishEvent(new AuditEvent("LOGOUT", "directeur.rvvn", null, null));
        events.publishEvent(new AuditEvent("LOGOUT", "coordinateur", null, null));
        users.login(TestUsers.ADMIN);
        LocalDate today = LocalDate.now(clock);

        List<AuditLogEntry> rvvn = auditLog.find(new AuditFilter(null, "RVVN", null, null), 0, 50);
        assertThat(rvvn).extracting(AuditLogEntry::getAction).startsWith("LOGOUT", "IMPORT_APPLIED");
        assertThat(auditLog.count(new AuditFilter("LOGOUT", "rvvn", today, today))).isEqualTo(1);
        assertThat(auditLog.count(new AuditFilter("LOGOUT", null, today.minusDays(3), today.minusDays(1)))).isZero();
        assertThat(auditLog.count(new AuditFilter(null, "plan.xlsx", null, null))).isEqualTo(1);
        assertThat(auditLog.count(new AuditFilter(null, "%", null, null))).as("% is no wildcard").isZero();
    }

    @Test
    void a_range_that_does_not_start_on_a_page_boundary_is_read_whole() {
        for (int i = 0; i < 7; i++) {
            events.publishEvent(new AuditEvent("LOGOUT", "directeur.page", "n" + i, null));
        }
        users.login(TestUsers.ADMIN);
        AuditFilter filter = new AuditFilter(null, "directeur.page", null, null);

        List<AuditLogEntry> all = auditLog.find(filter, 0, 50);
        assertThat(all).extracting(AuditLogEntry::getTarget).startsWith("n6", "n5");
        assertThat(auditLog.find(filter, 2, 3)).isEqualTo(all.subList(2, 5));
        assertThat(auditLog.find(filter, 5, 4)).isEqualTo(all.subList(5, 7));
    }

    @Test
    void only_administrators_read_the_log() {
        users.login(TestUsers.COORDINATOR);

        assertDenied(() -> auditLog.count(AuditFilter.all()));
    }

    private AuditLogEntry entry(String action, String actor) {
        return entries.findAll().stream()
                .filter(e -> e.getAction().equals(action) && actor.equals(e.getActor()))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + action + " by " + actor + " in " + entries.findAll()
                        .stream().map(e -> e.getAction() + "/" + e.getActor()).toList()));
    }

    private Authentication authenticate(String login, String password) {
        UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken.unauthenticated(login, password);
        MockHttpServletRequest http = new MockHttpServletRequest();
        http.setRemoteAddr(ADDRESS);
        request.setDetails(new WebAuthenticationDetails(http));
        try {
            return authentication.getAuthenticationManager().authenticate(request);
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }
}
