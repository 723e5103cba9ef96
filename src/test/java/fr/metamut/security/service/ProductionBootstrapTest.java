package fr.metamut.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.Application;
import fr.metamut.base.domain.Role;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.support.GenericWebApplicationContext;

/** In the prod profile no account has a known password, and the first administrator comes from the environment. */
class ProductionBootstrapTest {

    @TempDir
    Path directory;

    private final SecurityContextHolderStrategy strategyOfOtherTests = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restoreSecurityContextStrategy() {
        SecurityContextHolder.clearContext();
        SecurityContextHolder.setContextHolderStrategy(strategyOfOtherTests);
    }

    @Test
    void prod_refuses_to_start_without_a_first_administrator_then_creates_only_that_one() {
        assertThatThrownBy(this::startProd)
                .hasStackTraceContaining("METAMUT_ADMIN_USERNAME");
        // ten characters were enough before issue 10; twelve now, for every account
        assertThatThrownBy(() -> startProd("--metamut.admin.username=chef.region", "--metamut.admin.password=dix-caract"))
                .hasStackTraceContaining("METAMUT_ADMIN_PASSWORD is refused");

        try (ConfigurableApplicationContext context = startProd("--metamut.admin.username=chef.region",
                "--metamut.admin.password=un-mot-de-passe-solide")) {
            List<UserAccount> accounts = context.getBean(UserAccountRepository.class).findAll();
            assertThat(accounts).singleElement().satisfies(admin -> {
                assertThat(admin.getUsername()).isEqualTo("chef.region");
                assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
                assertThat(context.getBean(PasswordEncoder.class)
                        .matches("un-mot-de-passe-solide", admin.getPasswordHash())).isTrue();
            });
        }
        // once an administrator exists, a restart needs no secret in the environment
        try (ConfigurableApplicationContext context = startProd()) {
            assertThat(context.getBean(UserAccountRepository.class).count()).isEqualTo(1);
        }
    }

    @Test
    void prod_refuses_to_start_while_an_account_has_the_demo_password() {
        try (ConfigurableApplicationContext demo = start(List.of())) {
            assertThat(demo.getBean(UserAccountRepository.class).findByUsernameIgnoreCase("admin")).isPresent();
        }
        assertThatThrownBy(this::startProd).hasStackTraceContaining("demo password");
    }

    private ConfigurableApplicationContext startProd(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--spring.profiles.active=prod", "--vaadin.productionMode=false"));
        all.addAll(List.of(arguments));
        return start(all);
    }

    private ConfigurableApplicationContext start(List<String> arguments) {
        String url = "jdbc:h2:file:" + directory.resolve("metamut").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--vaadin.launch-browser=false"));
        all.addAll(arguments);
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .run(all.toArray(String[]::new));
    }
}
