package fr.metamut.swot.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.metamut.support.FormTable.refuses;
import static fr.metamut.support.FormTable.stores;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.partnership.domain.PartnershipContent;
import fr.metamut.partnership.domain.PartnershipStatus;
import fr.metamut.partnership.domain.PartnershipType;
import fr.metamut.partnership.service.PartnershipService;
import fr.metamut.support.FormTable;
import fr.metamut.support.FormTable.Row;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotContent;
import fr.metamut.swot.domain.SwotEvidence;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.domain.SwotItemRepository;
import fr.metamut.swot.service.SwotService;
import fr.metamut.swot.ui.component.QuadrantPanel;
import fr.metamut.swot.ui.component.SwotItemCard;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SWOT board: items added, edited, moved and removed by every role; each field of the item dialog explains
 * bad input on itself in French and nothing is stored, an item changed meanwhile is not overwritten.
 */
class SwotViewKaribuTest extends KaribuTest {

    @Autowired
    SwotService service;
    @Autowired
    SwotItemRepository repository;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    CatalogService catalog;

    @AfterEach
    void removeWhatTheTestAdded() {
        users.login(TestUsers.ADMIN);
        repository.findAll().stream().filter(i -> i.getSource() == null)
                .forEach(i -> service.remove(i.getId(), repository.findById(i.getId()).orElseThrow().getVersion()));
        users.logout();
    }

    @Test
    void the_board_shows_the_report_items_in_their_four_quadrants() {
        open(TestUsers.COORDINATOR);

        assertThat(titles(Quadrant.STRENGTH)).hasSize(7).first().isEqualTo("Couverture de l'ensemble du territoire");
        assertThat(titles(Quadrant.WEAKNESS)).hasSize(5).first().isEqualTo("Information auprès des collectivités à renforcer");
        assertThat(titles(Quadrant.OPPORTUNITY)).hasSize(5).last()
                .isEqualTo("Mise en place de démarches de mutualisation entre OPSN (méta-mutualisation)");
        assertThat(titles(Quadrant.THREAT)).containsExactly("Hétérogénéité des structures (frein à la méta-mutualisation)",
                "Difficulté à attirer des talents (RSSI notamment)");
        assertThat(_get(Span.class, spec -> spec.withId("swot-count-STRENGTH")).getText()).isEqualTo("7 éléments");
        assertThat(_get(Span.class, spec -> spec.withId("swot-count-THREAT")).getText()).isEqualTo("2 éléments");
        assertThat(_find(SwotItemCard.class)).hasSize(19);
    }

    @Test
    void a_director_adds_an_item_and_a_missing_title_is_explained_in_french() {
        open(TestUsers.DIRECTOR_ADICO);
        _click(_get(Button.class, spec -> spec.withId("swot-add-THREAT")));

        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        TextField title = _get(TextField.class, spec -> spec.withId("swot-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("L’intitulé est obligatoire.");

        _setValue(title, "Fin de financements régionaux");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        assertThat(titles(Quadrant.THREAT)).containsExactly("Hétérogénéité des structures (frein à la méta-mutualisation)",
                "Difficulté à attirer des talents (RSSI notamment)", "Fin de financements régionaux");
        SwotItemCard card = cards(Quadrant.THREAT).getLast();
        assertThat(_get(card, Span.class, spec -> spec.withClasses("swot-item-origin")).getText())
                .as("by display name, not login").startsWith("Ajouté par Direction Adico le ");
    }

    static Stream<Arguments> itemFields() {
        return Stream.of(
                refuses("swot-title", "", "L’intitulé est obligatoire."),
                refuses("swot-title", "   ", "L’intitulé est obligatoire."),
                refuses("swot-title", "x".repeat(301), "300 caractères au plus (301 saisis)."),
                refuses("swot-title", "x".repeat(2000), "300 caractères au plus (2\u202F000 saisis)."),
                stores("swot-title", "  Données ouvertes  ", "Données ouvertes"),
                stores("swot-title", "x".repeat(300), "x".repeat(300)),
                refuses("swot-description", "x".repeat(2001), "2\u202F000 caractères au plus (2\u202F001 saisis)."),
                stores("swot-description", "  Portail régional  ", "Portail régional"),
                stores("swot-description", "", null),
                refuses("swot-evidence-departement", "80 Somme",
                        "Pour citer une cellule de couverture, choisissez le service et le département."),
                stores("swot-evidence-partnership", "ATEXO", "ATEXO"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemFields")
    void each_item_field_refuses_bad_input_on_itself_in_french_or_stores_what_was_typed(Row row) {
        long before = repository.count();
        open(TestUsers.DIRECTOR_ADICO);
        _click(_get(Button.class, spec -> spec.withId("swot-add-THREAT")));
        FormTable.type("swot-title", "Élément de test");
        FormTable.type(row.field(), row.input().equals("ATEXO") ? atexoName() : row.input());
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        if (row.refused()) {
            FormTable.assertRefusedOnField(row, "swot-dialog");
            assertThat(repository.count()).as("nothing stored").isEqualTo(before);
            return;
        }
        SwotItem saved = repository.findAll().stream().filter(i -> i.getSource() == null).findFirst().orElseThrow();
        assertThat(notificationTexts()).containsExactly("Élément « " + saved.getTitle() + " » enregistré.");
        FormTable.assertStored(switch (row.field()) {
            case "swot-title" -> saved.getTitle();
            case "swot-description" -> saved.getDescription();
            case "swot-evidence-partnership" -> atexoId().equals(saved.getEvidence().partnershipId()) ? "ATEXO" : null;
            default -> throw new IllegalArgumentException(row.field());
        }, row.stored());
    }

    @Test
    void an_item_someone_else_saved_meanwhile_is_not_overwritten_and_the_input_is_kept() {
        users.login(TestUsers.COORDINATOR);
        SwotItem item = service.add(Quadrant.OPPORTUNITY, new SwotContent("Données ouvertes", null, null));
        open(TestUsers.DIRECTOR_ADICO);
        _click(_get(card(item), Button.class, spec -> spec.withClasses("swot-edit")));
        users.login(TestUsers.COORDINATOR);
        service.update(item.getId(), item.getVersion(), new SwotContent("Titre du coordinateur", null, null));
        users.login(TestUsers.DIRECTOR_ADICO);

        FormTable.type("swot-title", "Titre du directeur");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        FormTable.assertLostRaceReported("swot-dialog", "swot-title", "Titre du directeur");
        assertThat(repository.findById(item.getId()).orElseThrow().getTitle()).isEqualTo("Titre du coordinateur");
    }

    @Test
    void evidence_removed_while_the_dialog_is_open_is_refused_on_its_field() {
        users.login(TestUsers.ADMIN);
        var recorded = partnerships.record(new PartnershipContent("Convention éphémère", PartnershipType.CONVENTION,
                PartnershipStatus.ACTIVE, null, null, null, null, operatorIds("SOMME_NUM", "ADICO"), List.of(), List.of()));
        open(TestUsers.DIRECTOR_ADICO);
        _click(_get(Button.class, spec -> spec.withId("swot-add-THREAT")));
        FormTable.type("swot-title", "Appui sur une convention");
        FormTable.type("swot-evidence-partnership", "Convention éphémère");
        users.login(TestUsers.ADMIN);
        partnerships.remove(recorded.getId(), recorded.getVersion());
        users.login(TestUsers.DIRECTOR_ADICO);

        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        FormTable.assertShows("swot-evidence-partnership", "L’élément de preuve choisi n’existe plus : rechargez la page.");
        _get(Dialog.class, spec -> spec.withId("swot-dialog"));
        assertThat(titles(Quadrant.THREAT)).doesNotContain("Appui sur une convention");
    }

    @Test
    void up_and_down_buttons_reorder_within_the_quadrant() {
        users.login(TestUsers.COORDINATOR);
        SwotItem first = service.add(Quadrant.WEAKNESS, new SwotContent("Faiblesse A", null, null));
        SwotItem second = service.add(Quadrant.WEAKNESS, new SwotContent("Faiblesse B", null, null));
        open(TestUsers.DIRECTOR_SOMME_NUM);

        SwotItemCard top = cards(Quadrant.WEAKNESS).getFirst();
        assertThat(menuItem(top, "swot-up-" + top.getId().orElseThrow().substring("swot-item-".length())).isEnabled())
                .isFalse();
        choose(second, "swot-up");

        assertThat(titles(Quadrant.WEAKNESS)).hasSize(7).endsWith("Faiblesse B", "Faiblesse A");
        assertThat(menuItem(card(first), "swot-down-" + first.getId()).isEnabled()).isFalse();
        choose(second, "swot-down");
        assertThat(titles(Quadrant.WEAKNESS)).endsWith("Faiblesse A", "Faiblesse B");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_item_moves_to_another_quadrant() {
        users.login(TestUsers.COORDINATOR);
        SwotItem item = service.add(Quadrant.OPPORTUNITY, new SwotContent("Finalement une menace", null, null));
        open(TestUsers.COORDINATOR);

        assertThat(menuItem(card(item), "swot-move-" + item.getId() + "-OPPORTUNITY")).as("not to its own quadrant").isNull();
        chooseById(item, "swot-move-" + item.getId() + "-THREAT");

        assertThat(titles(Quadrant.OPPORTUNITY)).hasSize(5).doesNotContain("Finalement une menace");
        assertThat(titles(Quadrant.THREAT)).hasSize(3).last().isEqualTo("Finalement une menace");
    }

    @Test
    void removing_an_item_asks_for_confirmation() {
        users.login(TestUsers.COORDINATOR);
        SwotItem item = service.add(Quadrant.STRENGTH, new SwotContent("À supprimer", null, null));
        open(TestUsers.ADMIN);

        choose(item, "swot-remove");
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(ConfirmDialogKt.getText(confirm)).contains("« À supprimer »");
        assertThat(titles(Quadrant.STRENGTH)).hasSize(8);
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(titles(Quadrant.STRENGTH)).hasSize(7).doesNotContain("À supprimer");
        assertThat(repository.findById(item.getId())).isEmpty();
    }

    @Test
    void the_card_and_the_history_of_an_item_name_who_changed_it_by_display_name() {
        users.login(TestUsers.COORDINATOR);
        SwotItem item = service.add(Quadrant.OPPORTUNITY, new SwotContent("Données ouvertes", null, null));
        users.login(TestUsers.DIRECTOR_SOMME_NUM);
        service.update(item.getId(), item.getVersion(), new SwotContent("Données ouvertes régionales", null, null));
        open(TestUsers.COORDINATOR);
        assertThat(_get(card(item), Span.class, spec -> spec.withClasses("swot-item-origin")).getText())
                .startsWith("Modifié par Direction Somme Numérique le ");

        choose(item, "swot-history");

        List<String> entries = _find(_get(UnorderedList.class, spec -> spec.withId("swot-history-list")), ListItem.class)
                .stream().map(li -> li.getElement().getTextRecursively()).toList();
        assertThat(entries).hasSize(2);
        assertThat(entries.getFirst()).contains("Direction Somme Numérique", "modification",
                "intitulé « Données ouvertes » → « Données ouvertes régionales »").doesNotContain(TestUsers.DIRECTOR_SOMME_NUM);
        assertThat(entries.getLast()).contains("Coordination Région", "création").doesNotContain(TestUsers.COORDINATOR);
    }

    @Test
    void evidence_links_open_the_cited_page() {
        users.login(TestUsers.COORDINATOR);
        var choices = service.evidenceChoices();
        var atexo = choices.partnerships().stream().filter(p -> "ATEXO".equals(p.getCode())).findFirst().orElseThrow();
        SwotItem item = service.add(Quadrant.STRENGTH, new SwotContent("Plateforme commune", null,
                new SwotEvidence(null, null, null, atexo.getId())));
        open(TestUsers.COORDINATOR);

        Anchor link = _get(card(item), Anchor.class);
        assertThat(link.getText()).isEqualTo("Partenariat : " + atexo.getName());
        assertThat(link.getHref()).isEqualTo("partenariats?partenariat=" + atexo.getId());
    }

    @Test
    void an_item_added_by_someone_else_appears_without_reloading() {
        open(TestUsers.COORDINATOR);
        users.login(TestUsers.DIRECTOR_ADICO); // another user, in another UI
        service.add(Quadrant.WEAKNESS, new SwotContent("Ajout en direct", null, null));

        MockVaadin.runUIQueue();
        assertThat(titles(Quadrant.WEAKNESS)).hasSize(6).last().isEqualTo("Ajout en direct");
    }

    @Test
    void anonymous_visitors_never_see_the_board() {
        UI.getCurrent().navigate(SwotView.class);
        _assertNone(QuadrantPanel.class);
    }

    private String atexoName() {
        return atexo().getName();
    }

    private Long atexoId() {
        return atexo().getId();
    }

    private fr.metamut.partnership.domain.Partnership atexo() {
        return partnerships.all().stream().filter(p -> "ATEXO".equals(p.getCode())).findFirst().orElseThrow();
    }

    private List<Long> operatorIds(String... codes) {
        return java.util.Arrays.stream(codes).map(code -> catalog.operatorByCode(code).orElseThrow().getId()).toList();
    }

    private void open(String username) {
        login(username);
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(SwotView.class);
    }

    private List<SwotItemCard> cards(Quadrant quadrant) {
        return _find(_get(QuadrantPanel.class, spec -> spec.withId("swot-quadrant-" + quadrant.name())), SwotItemCard.class);
    }

    private SwotItemCard card(SwotItem item) {
        return _get(SwotItemCard.class, spec -> spec.withId("swot-item-" + item.getId()));
    }

    private List<String> titles(Quadrant quadrant) {
        return cards(quadrant).stream()
                .map(card -> _get(card, Span.class, spec -> spec.withClasses("swot-item-title")).getText()).toList();
    }

    /** Chooses an entry of the item's menu, by its id prefix (the item's id follows). */
    private void choose(SwotItem item, String idPrefix) {
        chooseById(item, idPrefix + "-" + item.getId());
    }

    private void chooseById(SwotItem item, String id) {
        SwotItemCard card = card(item);
        MenuItem entry = menuItem(card, id);
        assertThat(entry).as(id).isNotNull();
        ContextMenuKt._click(_get(card, MenuBar.class), entry);
    }

    /** An entry of a card's menu, at any depth; null when absent. */
    private static MenuItem menuItem(SwotItemCard card, String id) {
        MenuBar menu = _get(card, MenuBar.class);
        java.util.ArrayDeque<MenuItem> todo = new java.util.ArrayDeque<>(menu.getItems());
        while (!todo.isEmpty()) {
            MenuItem next = todo.pop();
            if (next.getId().filter(id::equals).isPresent()) {
                return next;
            }
            todo.addAll(next.getSubMenu().getItems());
        }
        return null;
    }
}
