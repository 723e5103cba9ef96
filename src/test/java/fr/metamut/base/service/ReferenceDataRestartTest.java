package fr.metamut.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.Application;
import fr.metamut.base.domain.ReferenceDataLoad;
import fr.metamut.base.domain.ReferenceDataLoadRepository;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.service.CatalogSeeder;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.support.TableRows;
import fr.metamut.support.TestUsers;
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
            first.getBean(TestUsers.class).login(TestUsers.DIRECTOR_SOMME_NUM);
            OfferingService offeringService = first.getBean(OfferingService.class);
            List<Offering> own = first.getBean(OfferingRepository.class).findByOperator(
                    first.getBean(OperatorRepository.class).findByCode("SOMME_NUM").orElseThrow().getId());
            edited = own.get(0).getId();
            removed = own.get(1).getId();
            offeringService.changeNote(edited, own.get(0).getVersion(), NOTE);
            offeringService.remove(removed);
            countsAfterEdit = TableRows.count(first.getBean(JdbcTemplate.class));
            loadsOfFirstStart = loads(first);
        }

        try (ConfigurableApplicationContext second = start()) {
            OfferingRepository offerings = second.getBean(OfferingRepository.class);
            assertThat(offerings.findById(edited)).get().extracting(Offering::getNote).isEqualTo(NOTE);
            assertThat(offerings.findById(removed)).isEmpty();
            assertThat(TableRows.count(second.getBean(JdbcTemplate.class))).isEqualTo(countsAfterEdit);
            assertThat(countsAfterEdit).containsEntry("departement", 5).containsEntry("operator", 9)
                    .containsEntry("service_line", 40).containsEntry("swot_item", 19).containsEntry("partnership", 3)
                    .containsEntry("offering", CatalogSeeder.OFFERINGS.rows().size() - 1);
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

    private static Map<String, ReferenceDataLoad> loads(ConfigurableApplicationContext context) {
        return context.getBean(ReferenceDataLoadRepository.class).findAll().stream()
                .collect(Collectors.toMap(ReferenceDataLoad::getDataset, Function.identity()));
    }
}
