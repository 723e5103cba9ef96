package fr.metamut.partnership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.audit.domain.AuditRevision;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.domain.PartnershipContent;
import fr.metamut.partnership.domain.PartnershipFilter;
import fr.metamut.partnership.domain.PartnershipRepository;
import fr.metamut.partnership.domain.PartnershipStatus;
import fr.metamut.partnership.domain.PartnershipType;
import fr.metamut.partnership.domain.PartnershipsChangedEvent;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotContent;
import fr.metamut.swot.domain.SwotEvidence;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.domain.SwotItemRepository;
import fr.metamut.swot.service.SwotService;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Recording, changing and removing partnerships: validation, attribution, history, change events. */
@IntegrationTest
class PartnershipServiceTest {

    @Autowired
    PartnershipService service;
    @Autowired
    PartnershipRepository repository;
    @Autowired
    CatalogService catalog;
    @Autowired
    SwotService swot;
    @Autowired
    SwotItemRepository swotItems;
    @Autowired
    ChangeFeed feed;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestUsers users;

    private final List<Long> created = new ArrayList<>();
    private Map<String, Long> operators;

    @BeforeEach
    void loginAsDirector() {
        users.login(TestUsers.ADMIN);
        operators = catalog.operators().stream().collect(Collectors.toMap(Operator::getCode, Operator::getId));
        users.login(TestUsers.DIRECTOR_SOMME_NUM);
    }

    @AfterEach
    void removeWhatTheTestRecorded() {
        users.login(TestUsers.ADMIN);
        created.forEach(id -> repository.findById(id).ifPresent(p -> service.remove(id, p.getVersion())));
        users.logout();
    }

    @Test
    void a_director_records_a_partnership_of_their_operator_and_it_is_attributed() {
        Partnership recorded = record(content("Groupement SIG", "SOMME_NUM", "ADICO"));

        Partnership reloaded = repository.findById(recorded.getId()).orElseThrow();
        assertThat(reloaded.getOperators()).extracting(Operator::getCode).containsExactlyInAnyOrder("SOMME_NUM", "ADICO");
        assertThat(reloaded.getAttribution().getCreatedBy()).isEqualTo(TestUsers.DIRECTOR_SOMME_NUM);
        assertThat(reloaded.getAttribution().getUpdatedBy()).isEqualTo(TestUsers.DIRECTOR_SOMME_NUM);
        assertThat(reloaded.getAttribution().getCreatedAt()).isNotNull();
        assertThat(reloaded.getSource()).isNull();
        assertThat(reloaded.getCode()).isNull();
    }

    @Test
    void invalid_partnerships_are_refused_with_a_reason_and_nothing_is_saved() {
        long before = repository.count();
        Map<String, PartnershipContent> invalid = Map.of(
                "partnership.error.parties", content("Seul", "SOMME_NUM"),
                "partnership.error.duplicateParty", content("Deux fois le même", "SOMME_NUM", "SOMME_NUM"),
                "partnership.error.nameRequired", content("  ", "SOMME_NUM", "ADICO"),
                "partnership.error.tooLong", content("x".repeat(Partnership.NAME_MAX_LENGTH + 1), "SOMME_NUM", "ADICO"),
                "partnership.error.endBeforeStart", withDates(content("Dates inversées", "SOMME_NUM", "ADICO"),
                        LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 31)),
                "partnership.error.typeRequired", new PartnershipContent("Sans type", null, PartnershipStatus.ACTIVE,
                        null, null, null, null, ids("SOMME_NUM", "ADICO"), List.of(), List.of()));

        invalid.forEach((key, content) -> assertThatThrownBy(() -> service.record(content))
                .as(key).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).getMessageKey()).isEqualTo(key));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_refused_edit_leaves_the_partnership_as_it_was() {
        Partnership atexo = atexo();
        PartnershipContent before = atexo.content();

        assertThatThrownBy(() -> service.update(atexo.getId(), atexo.getVersion(),
                withDates(content("ATEXO", "SOMME_NUM", "CDG59"), LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1))))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> service.update(atexo.getId(), atexo.getVersion() - 1, content("Version périmée",
                "SOMME_NUM", "CDG59"))).hasFieldOrPropertyWithValue("messageKey", "error.staleData");

        Partnership after = atexo();
        assertThat(after.content()).isEqualTo(before);
        assertThat(after.getVersion()).isEqualTo(atexo.getVersion());
    }

    @Test
    void every_change_is_kept_in_the_history_with_its_author() {
        Partnership recorded = record(content("Convention archivage", "SOMME_NUM", "CDG62"));
        users.login(TestUsers.ADMIN);
        PartnershipContent changed = new PartnershipContent("Convention archivage", PartnershipType.CONVENTION,
                PartnershipStatus.ACTIVE, "Signée", null, null, null, ids("SOMME_NUM", "CDG62"), List.of(), List.of());
        service.update(recorded.getId(), recorded.getVersion(), changed);

        List<Object[]> revisions = revisionsOf(recorded.getId());
        assertThat(revisions).hasSize(2);
        assertThat(revisions).extracting(r -> ((AuditRevision) r[1]).getUsername())
                .containsExactly(TestUsers.DIRECTOR_SOMME_NUM, TestUsers.ADMIN);
        assertThat(revisions).extracting(r -> ((Partnership) r[0]).getStatus())
                .containsExactly(PartnershipStatus.EN_PROJET, PartnershipStatus.ACTIVE);
        assertThat(repository.findById(recorded.getId()).orElseThrow().getAttribution().getUpdatedBy()).isEqualTo(TestUsers.ADMIN);
    }

    @Test
    void open_screens_are_told_after_each_committed_change() {
        double before = feed.revision(PartnershipsChangedEvent.TOPIC).peek();
        Partnership recorded = record(content("Plateforme de test", "SOMME_NUM", "RVVN"));
        assertThat(feed.revision(PartnershipsChangedEvent.TOPIC).peek()).isEqualTo(before + 1);

        assertThatThrownBy(() -> service.update(recorded.getId(), recorded.getVersion(), content("", "SOMME_NUM", "RVVN")))
                .isInstanceOf(UserFacingException.class);
        assertThat(feed.revision(PartnershipsChangedEvent.TOPIC).peek()).isEqualTo(before + 1);
    }

    @Test
    void removing_a_partnership_drops_the_swot_links_to_it() {
        Partnership recorded = record(content("Partenariat cité en AFOM", "SOMME_NUM", "CDG59"));
        SwotItem item = swot.add(Quadrant.STRENGTH, new SwotContent("Appui sur un partenariat", null,
                new SwotEvidence(null, null, null, recorded.getId())));
        try {
            service.remove(recorded.getId(), repository.findById(recorded.getId()).orElseThrow().getVersion());

            assertThat(repository.findById(recorded.getId())).isEmpty();
            assertThat(swotItems.findById(item.getId()).orElseThrow().getEvidence()).isEqualTo(SwotEvidence.NONE);
        } finally {
            swot.remove(item.getId(), swotItems.findById(item.getId()).orElseThrow().getVersion());
        }
    }

    @Test
    void the_registry_filters_by_operator_type_status_and_text() {
        Long adica = operators.get("ADICA");
        assertThat(service.find(new PartnershipFilter(adica, null, null, null)))
                .extracting(Partnership::getCode).containsExactly("DPO_ADICA_ADICO");
        assertThat(service.find(new PartnershipFilter(null,
                PartnershipType.PLATEFORME_MUTUALISEE, null, null))).extracting(Partnership::getCode).containsExactly("ATEXO");
        assertThat(service.find(new PartnershipFilter(null, null, PartnershipStatus.TERMINEE,
                null))).isEmpty();
        assertThat(service.find(new PartnershipFilter(null, null, null, "pas-de-calais")))
                .extracting(Partnership::getCode).containsExactly("ATEXO");
    }

    private Partnership record(PartnershipContent content) {
        Partnership partnership = service.record(content);
        created.add(partnership.getId());
        return partnership;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> revisionsOf(Long id) {
        return transactions.execute(status -> {
            var entityManager = org.springframework.orm.jpa.EntityManagerFactoryUtils
                    .getTransactionalEntityManager(entityManagerFactory);
            return (List<Object[]>) AuditReaderFactory.get(entityManager).createQuery()
                    .forRevisionsOfEntity(Partnership.class, false, true)
                    .add(org.hibernate.envers.query.AuditEntity.id().eq(id))
                    .addOrder(org.hibernate.envers.query.AuditEntity.revisionNumber().asc())
                    .getResultList();
        });
    }

    private Partnership atexo() {
        return repository.findAll().stream().filter(p -> "ATEXO".equals(p.getCode())).findFirst().orElseThrow();
    }

    private PartnershipContent content(String name, String... operatorCodes) {
        return new PartnershipContent(name, PartnershipType.CONVENTION, PartnershipStatus.EN_PROJET, null, null, null,
                null, ids(operatorCodes), List.of(), List.of());
    }

    private static PartnershipContent withDates(PartnershipContent content, LocalDate start, LocalDate end) {
        return new PartnershipContent(content.name(), content.type(), content.status(), content.description(), start, end,
                content.source(), content.operatorIds(), content.serviceIds(), content.departementIds());
    }

    private List<Long> ids(String... codes) {
        return java.util.Arrays.stream(codes).map(operators::get).toList();
    }
}
