package fr.metamut.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.Application;
import fr.metamut.base.domain.ReferenceDataLoad;
import fr.metamut.base.domain.ReferenceDataLoadRepository;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.security.service.AccountUserDetailsService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The whole application started twice on the same H2 file database, as after a server restart: the
 * second start loads nothing again, so reference rows are not duplicated and a director's edits stay.
 */
class ReferenceDataRestartTest {

    private static final String NOTE = "Note saisie avant le redémarrage";

    @TempDir
    Path directory;

    /** Vaadin installs its security-context strategy globally at each start: the other tests need theirs back. */
    private final SecurityContextHolderStrategy strategyOfOtherTests = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restoreSecurityContextStrategy() {
        SecurityContextHolder.clearContext();
        SecurityContextHolder.setContextHolderStrategy(strategyOfOtherTests);
    }

    @Test
    void a_restart_keeps_users_edits_and_does_not_duplicate_reference_rows() {
        Long edited;
        Long removed;
        Map<String, Integer> countsAfterEdit;
        Map<String, ReferenceDataLoad> loadsOfFirstStart;
        try (ConfigurableApplicationContext first = start()) {
            loginAs(first, "directeur.somme_num");
            OfferingService offeringService = first.getBean(OfferingService.class);
            List<Offering> own = first.getBean(OfferingRepository.class).findByOperator(
                    first.getBean(OperatorRepository.class).findByCode("SOMME_NUM").orElseThrow().getId());
            edited = own.get(0).getId();
            removed = own.get(1).getId();
            offeringService.changeNote(edited, own.get(0).getVersion(), NOTE);
            offeringService.remove(removed);
            countsAfterEdit = rowCounts(first);
            loadsOfFirstStart = loads(first);
        }

        try (ConfigurableApplicationContext second = start()) {
            OfferingRepository offerings = second.getBean(OfferingRepository.class);
            assertThat(offerings.findById(edited)).get().extracting(Offering::getNote).isEqualTo(NOTE);
            assertThat(offerings.findById(removed)).isEmpty();
            assertThat(rowCounts(second)).isEqualTo(countsAfterEdit);
            assertThat(countsAfterEdit).containsEntry("departement", 5).containsEntry("operator", 9)
                    .containsEntry("service_line", 40).containsEntry("swot_item", 19).containsEntry("partnership", 3);
            assertThat(loads(second)).usingRecursiveComparison().isEqualTo(loadsOfFirstStart);
            assertThat(second.getBean(ReferenceDataLoader.class).loadMissing()).isZero();
        }
    }

    /**
     * Starts {@link Application} as {@code main} would, on a mock servlet context instead of Tomcat:
     * Vaadin's security setup needs a servlet context (so no {@code WebApplicationType.NONE}), and an
     * embedded server would spend most of the test scanning the classpath for Vaadin's dev mode.
     */
    private ConfigurableApplicationContext start() {
        String url = "jdbc:h2:file:" + directory.resolve("metamut").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                // command-line arguments outrank ./config/application.properties, as for a real start
                .run("--spring.datasource.url=" + url, "--vaadin.launch-browser=false");
    }

    private static void loginAs(ConfigurableApplicationContext context, String username) {
        AppUser user = (AppUser) context.getBean(AccountUserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static Map<String, Integer> rowCounts(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        return jdbc.queryForList("select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE'", String.class).stream()
                .collect(Collectors.toMap(Function.identity(),
                        table -> jdbc.queryForObject("select count(*) from \"" + table + "\"", Integer.class)));
    }

    private static Map<String, ReferenceDataLoad> loads(ConfigurableApplicationContext context) {
        return context.getBean(ReferenceDataLoadRepository.class).findAll().stream()
                .collect(Collectors.toMap(ReferenceDataLoad::getDataset, Function.identity()));
    }
}
