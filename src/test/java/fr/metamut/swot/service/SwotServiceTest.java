package fr.metamut.swot.service;

import static fr.metamut.support.Denials.assertNeedsLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.coverage.service.SurveyService;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.service.PartnershipService;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotContent;
import fr.metamut.swot.domain.SwotEvidence;
import fr.metamut.swot.domain.SwotField;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.domain.SwotItemChanges.FieldChange;
import fr.metamut.swot.domain.SwotItemRepository;
import fr.metamut.swot.service.SwotCard.EvidenceLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared SWOT board: order within quadrants, moves, removals, validation, history, evidence. */
@IntegrationTest
class SwotServiceTest {

    @Autowired
    SwotService service;
    @Autowired
    SwotItemRepository repository;
    @Autowired
    CatalogService catalog;
    @Autowired
    SurveyService surveys;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    TestUsers users;

    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void login() {
        users.login(TestUsers.COORDINATOR);
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        users.login(TestUsers.ADMIN);
        created.forEach(id -> repository.findById(id).ifPresent(item -> service.remove(id, item.getVersion())));
        users.logout();
    }

    @Test
    void the_board_shows_the_report_items_in_their_quadrants_and_order() {
        Map<Quadrant, List<SwotCard>> board = service.board();

        assertThat(board.get(Quadrant.STRENGTH)).hasSize(7);
        assertThat(board.get(Quadrant.WEAKNESS)).hasSize(5);
        assertThat(board.get(Quadrant.OPPORTUNITY)).hasSize(5);
        assertThat(board.get(Quadrant.THREAT)).hasSize(2);
        assertThat(board.get(Quadrant.THREAT).getFirst().item().getTitle()).startsWith("Hétérogénéité des structures");
        board.values().forEach(cards -> assertThat(cards).extracting(c -> c.item().getPosition())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, cards.size()).boxed().toList()));
    }

    @Test
    void a_new_item_goes_last_and_is_attributed() {
        SwotItem item = add(Quadrant.WEAKNESS, "Peu de données ouvertes");

        assertThat(item.getPosition()).isEqualTo(6);
        assertThat(item.getAttribution().getCreatedBy()).isEqualTo(TestUsers.COORDINATOR);
        assertThat(item.getSource()).isNull();
        assertThat(titles(Quadrant.WEAKNESS)).endsWith("Peu de données ouvertes");
    }

    @Test
    void reordering_keeps_positions_contiguous_and_the_order_stable() {
        List<String> seeded = titles(Quadrant.THREAT);
        SwotItem first = add(Quadrant.THREAT, "Menace A");
        SwotItem second = add(Quadrant.THREAT, "Menace B");

        service.move(second.getId(), -1);
        assertThat(titles(Quadrant.THREAT)).containsExactly(seeded.get(0), seeded.get(1), "Menace B", "Menace A");
        service.move(second.getId(), -1);
        service.move(second.getId(), -1);
        service.move(second.getId(), -1); // already first: stays
        assertThat(titles(Quadrant.THREAT)).containsExactly("Menace B", seeded.get(0), seeded.get(1), "Menace A");
        service.move(first.getId(), 1); // already last: stays
        assertThat(positions(Quadrant.THREAT)).containsExactly(1, 2, 3, 4);
        assertThat(titles(Quadrant.THREAT)).isEqualTo(titles(Quadrant.THREAT));

        service.remove(second.getId(), repository.findById(second.getId()).orElseThrow().getVersion());
        assertThat(titles(Quadrant.THREAT)).containsExactly(seeded.get(0), seeded.get(1), "Menace A");
        assertThat(positions(Quadrant.THREAT)).containsExactly(1, 2, 3);
    }

    @Test
    void moving_to_another_quadrant_appends_there_and_closes_the_gap() {
        SwotItem item = add(Quadrant.OPPORTUNITY, "Opportunité déplacée");
        service.move(item.getId(), -1);

        SwotItem moved = service.moveTo(item.getId(), Quadrant.THREAT);

        assertThat(moved.getQuadrant()).isEqualTo(Quadrant.THREAT);
        assertThat(titles(Quadrant.THREAT)).endsWith("Opportunité déplacée");
        assertThat(positions(Quadrant.OPPORTUNITY)).containsExactly(1, 2, 3, 4, 5);
        assertThat(positions(Quadrant.THREAT)).containsExactly(1, 2, 3);
    }

    @Test
    void the_history_shows_who_changed_what() {
        SwotItem item = add(Quadrant.STRENGTH, "Réseau des DPD");
        users.login(TestUsers.DIRECTOR_ADICO);
        service.update(item.getId(), item.getVersion(), new SwotContent("Réseau des DPD mutualisés", null, null));

        List<SwotRevision> history = service.history(item.getId());

        assertThat(history).hasSize(2);
        SwotRevision edit = history.getFirst();
        assertThat(edit.kind()).isEqualTo(SwotRevision.Kind.CHANGED);
        assertThat(edit.username()).isEqualTo(TestUsers.DIRECTOR_ADICO);
        assertThat(edit.displayName()).isEqualTo("Direction Adico");
        assertThat(edit.changes()).containsExactly(
                new FieldChange(SwotField.TITLE, "Réseau des DPD", "Réseau des DPD mutualisés"));
        assertThat(history.getLast().kind()).isEqualTo(SwotRevision.Kind.CREATED);
        assertThat(history.getLast().username()).isEqualTo(TestUsers.COORDINATOR);
        assertThat(repository.findById(item.getId()).orElseThrow().getAttribution().getUpdatedBy()).isEqualTo(TestUsers.DIRECTOR_ADICO);
    }

    @Test
    void invalid_items_are_refused_and_the_board_is_unchanged() {
        long before = repository.count();
        SwotEvidence halfCell = new SwotEvidence(catalog.services().getFirst().getId(), null, null, null);

        assertRefused(() -> service.add(Quadrant.STRENGTH, new SwotContent(" ", null, null)), "swot.error.titleRequired");
        assertRefused(() -> service.add(Quadrant.STRENGTH, new SwotContent("x".repeat(SwotItem.TITLE_MAX_LENGTH + 1),
                null, null)), "swot.error.tooLong");
        assertRefused(() -> service.add(Quadrant.STRENGTH, new SwotContent("Demi-cellule", null, halfCell)),
                "swot.error.cellIncomplete");
        assertRefused(() -> service.add(Quadrant.STRENGTH, new SwotContent("Partenariat inconnu", null,
                new SwotEvidence(null, null, null, -1L))), "swot.error.evidenceGone");
        assertThat(repository.count()).isEqualTo(before);

        SwotItem item = add(Quadrant.STRENGTH, "Titre correct");
        assertRefused(() -> service.update(item.getId(), item.getVersion(), new SwotContent("", null, null)),
                "swot.error.titleRequired");
        assertRefused(() -> service.update(item.getId(), item.getVersion() + 1, new SwotContent("Périmé", null, null)),
                "error.staleData");
        assertThat(repository.findById(item.getId()).orElseThrow().getTitle()).isEqualTo("Titre correct");
    }

    @Test
    void evidence_is_shown_with_the_labels_of_what_it_points_at() {
        var archives = catalog.services().stream().filter(s -> s.getCode().equals("ARCHIVAGE")).findFirst().orElseThrow();
        var pasDeCalais = catalog.departements().stream().filter(d -> d.getCode().equals("62")).findFirst().orElseThrow();
        var need = surveys.needs().getFirst();
        Partnership atexo = partnerships.all().stream().filter(p -> "ATEXO".equals(p.getCode())).findFirst().orElseThrow();
        SwotItem item = service.add(Quadrant.OPPORTUNITY, new SwotContent("Archivage dans le 62", "Demande forte",
                new SwotEvidence(archives.getId(), pasDeCalais.getId(), need.getId(), atexo.getId())));
        created.add(item.getId());

        SwotCard card = service.board().get(Quadrant.OPPORTUNITY).getLast();

        assertThat(card.evidence()).containsExactly(
                new EvidenceLink(EvidenceLink.Kind.CELL, archives.getName() + " · 62 Pas-de-Calais", "62"),
                new EvidenceLink(EvidenceLink.Kind.NEED, need.getLabel(), String.valueOf(need.getId())),
                new EvidenceLink(EvidenceLink.Kind.PARTNERSHIP, atexo.getName(), String.valueOf(atexo.getId())));
    }

    @Test
    void every_role_edits_the_board_but_nobody_anonymous() {
        for (String username : List.of(TestUsers.DIRECTOR_SOMME_NUM, TestUsers.COORDINATOR, TestUsers.ADMIN)) {
            users.login(username);
            assertThat(add(Quadrant.STRENGTH, "Ajout par " + username).getAttribution().getCreatedBy()).isEqualTo(username);
        }
        users.logout();
        assertNeedsLogin(() -> service.add(Quadrant.STRENGTH, new SwotContent("Anonyme", null, null)));
        assertNeedsLogin(() -> service.board());
        assertNeedsLogin(() -> service.history(created.getFirst()));
    }

    private SwotItem add(Quadrant quadrant, String title) {
        SwotItem item = service.add(quadrant, new SwotContent(title, null, null));
        created.add(item.getId());
        return item;
    }

    private List<String> titles(Quadrant quadrant) {
        return service.board().get(quadrant).stream().map(c -> c.item().getTitle()).toList();
    }

    private List<Integer> positions(Quadrant quadrant) {
        return service.board().get(quadrant).stream().map(c -> c.item().getPosition()).toList();
    }

    private static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", messageKey);
    }
}
