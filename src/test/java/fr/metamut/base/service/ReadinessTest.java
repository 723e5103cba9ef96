package fr.metamut.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.security.domain.UserAccountRepository;
import fr.metamut.support.ServerTest;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.TestPropertySource;

/**
 * When the web server opens, the demo accounts and the reference data are already there: a login sent at the
 * first moment the login page answers works (issue 13: they were loaded 1.5–3 s after the first 200).
 */
@ServerTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:metamut-readiness;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ReadinessTest {

    @Autowired
    AtWebServerStart atStart;

    @Test
    void the_web_server_opens_once_the_accounts_and_the_reference_data_are_loaded() {
        assertThat(atStart.accounts.get()).as("accounts when the server opened").isPositive();
        assertThat(atStart.operators.get()).as("operators when the server opened").isEqualTo(9);
    }

    @TestConfiguration
    static class Config {
        @Bean
        AtWebServerStart atWebServerStart(UserAccountRepository accounts, OperatorRepository operators) {
            return new AtWebServerStart(accounts, operators);
        }
    }

    /** Counts what is in the database at the moment the web server has started. */
    static class AtWebServerStart {
        final AtomicLong accounts = new AtomicLong(-1);
        final AtomicLong operators = new AtomicLong(-1);
        private final UserAccountRepository accountRepository;
        private final OperatorRepository operatorRepository;

        AtWebServerStart(UserAccountRepository accounts, OperatorRepository operators) {
            this.accountRepository = accounts;
            this.operatorRepository = operators;
        }

        @EventListener
        void onStart(WebServerInitializedEvent event) {
            accounts.set(accountRepository.count());
            operators.set(operatorRepository.count());
        }
    }
}
