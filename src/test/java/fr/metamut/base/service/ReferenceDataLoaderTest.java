package fr.metamut.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TableRows;
import fr.metamut.support.TestUsers;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Reference data is loaded once per database: a second load writes nothing and never undoes a user's edit. */
@IntegrationTest
class ReferenceDataLoaderTest {

    @Autowired
    ReferenceDataLoader loader;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    OfferingService offeringService;
    @Autowired
    OfferingRepository offerings;
    @Autowired
    OperatorRepository operators;
    @Autowired
    EntityManager entityManager;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void second_load_changes_nothing_and_returns_zero() {
        Map<String, Integer> before = rowCounts();
        List<Map<String, Object>> loadsBefore = jdbc.queryForList("select * from reference_data_load order by dataset");

        assertThat(loader.loadMissing()).isZero();

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(jdbc.queryForList("select * from reference_data_load order by dataset")).isEqualTo(loadsBefore);
        assertThat(loadsBefore).extracting(row -> row.get("dataset")).contains(
                "catalogue-rapport-2021", "enquete-rapport-2021", "afom-rapport-2021",
                "partenariats-rapport-2021", "comptes-demo");
    }

    @Test
    @Transactional // rolled back: the edits stay out of the other tests
    void directors_edits_survive_a_second_load() {
        users.login(TestUsers.DIRECTOR_SOMME_NUM);
        List<Offering> own = offerings.findByOperator(operators.findByCode("SOMME_NUM").orElseThrow().getId());
        Offering edited = own.get(0);
        Offering removed = own.get(1);
        offeringService.changeNote(edited.getId(), edited.getVersion(), "Sur devis uniquement");
        offeringService.remove(removed.getId());
        entityManager.flush();
        long count = offerings.count();

        assertThat(loader.loadMissing()).isZero();
        entityManager.flush();
        entityManager.clear();

        Offering reread = offerings.findById(edited.getId()).orElseThrow();
        assertThat(reread.getNote()).isEqualTo("Sur devis uniquement");
        assertThat(reread.getAttribution().getUpdatedBy()).isEqualTo(TestUsers.DIRECTOR_SOMME_NUM);
        assertThat(offerings.findById(removed.getId())).isEmpty();
        assertThat(offerings.count()).isEqualTo(count);
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = TableRows.count(jdbc);
        assertThat(counts).containsKeys("offering", "operator", "user_account", "survey_need");
        return counts;
    }
}
