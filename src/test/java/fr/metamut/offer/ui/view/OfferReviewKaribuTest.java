package fr.metamut.offer.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.coverage.ui.view.MatrixView;
import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.ui.OfferKaribuTest;
import fr.metamut.offer.ui.component.HistoryPanel;
import fr.metamut.support.TestUsers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Région's side: the review queue and its filters, the workflow through the editor's buttons with a
 * required rationale, the history of an offer, and a validated offer planned in the matrix and portfolio.
 */
class OfferReviewKaribuTest extends OfferKaribuTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void the_queue_lists_submitted_and_under_review_offers_only_and_its_filters_narrow_it() {
        JointOffer draft = offerIn(OfferStatus.BROUILLON);
        JointOffer submitted = offerIn(OfferStatus.SOUMISE);
        JointOffer underReview = offerIn(OfferStatus.EN_INSTRUCTION);
        JointOffer validated = offerIn(OfferStatus.VALIDEE);
        JointOffer refused = offerIn(OfferStatus.REFUSEE);
        jdbc.update("update joint_offer set submitted_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(12))), underReview.getId());
        Set<Long> mine = Set.of(draft.getId(), submitted.getId(), underReview.getId(), validated.getId(), refused.getId());
        loginInFrench(TestUsers.COORDINATOR);
        navigate(ReviewQueueView.class);
        Grid<JointOffer> grid = byId(Grid.class, "offers-grid");

        assertThat(shown(grid, mine)).containsExactlyInAnyOrder(submitted.getId(), underReview.getId());

        ComboBox<OfferStatus> status = byId(ComboBox.class, "offers-status-filter");
        _setValue(status, OfferStatus.EN_INSTRUCTION);
        assertThat(shown(grid, mine)).containsExactly(underReview.getId());
        _setValue(status, null);

        ComboBox<fr.metamut.catalog.domain.Operator> operator = byId(ComboBox.class, "offers-operator-filter");
        _setValue(operator, catalog.operatorByCode("ADICO").orElseThrow());
        assertThat(shown(grid, mine)).containsExactlyInAnyOrder(submitted.getId(), underReview.getId());
        _setValue(operator, catalog.operatorByCode("CAP_OISE").orElseThrow());
        assertThat(shown(grid, mine)).isEmpty();
        _setValue(operator, null);

        ComboBox<fr.metamut.catalog.domain.ServiceLine> service = byId(ComboBox.class, "offers-service-filter");
        _setValue(service, serviceLine("ARCHIVAGE"));
        assertThat(shown(grid, mine)).containsExactlyInAnyOrder(submitted.getId(), underReview.getId());
        _setValue(service, serviceLine("MARCHES_PUBLICS"));
        assertThat(shown(grid, mine)).isEmpty();
        _setValue(service, null);

        ComboBox<fr.metamut.catalog.domain.Departement> departement = byId(ComboBox.class, "offers-departement-filter");
        _setValue(departement, departement("62"));
        assertThat(shown(grid, mine)).containsExactlyInAnyOrder(submitted.getId(), underReview.getId());
        _setValue(departement, departement("80"));
        assertThat(shown(grid, mine)).isEmpty();
        _setValue(departement, null);

        IntegerField age = byId(IntegerField.class, "offers-age-filter");
        _setValue(age, 10);
        assertThat(shown(grid, mine)).containsExactly(underReview.getId());
        _setValue(age, 13);
        assertThat(shown(grid, mine)).isEmpty();
        _setValue(age, null);
        assertThat(shown(grid, mine)).containsExactlyInAnyOrder(submitted.getId(), underReview.getId());
    }

    @Test
    void the_coordinator_takes_and_validates_through_the_buttons_and_a_rationale_is_required() {
        JointOffer offer = offerIn(OfferStatus.SOUMISE);
        loginInFrench(TestUsers.COORDINATOR);
        openEditor(offer.getId());

        _click(byId(Button.class, "offer-action-take"));
        MockVaadin.runUIQueue();
        assertThat(notificationTexts()).contains("Offre prise en instruction.");
        assertThat(byId(Span.class, "offer-status").getText()).isEqualTo("En instruction");

        _click(byId(Button.class, "offer-action-validate"));
        TextArea rationale = byId(TextArea.class, "rationale-text");
        _click(byId(Button.class, "rationale-confirm"));
        assertThat(rationale.isInvalid()).isTrue();
        assertThat(rationale.getErrorMessage()).isEqualTo("Un motif écrit est obligatoire.");
        assertThat(reload(offer.getId()).getStatus()).isEqualTo(OfferStatus.EN_INSTRUCTION);

        _setValue(rationale, "   ");
        _click(byId(Button.class, "rationale-confirm"));
        assertThat(rationale.getErrorMessage()).isEqualTo("Un motif écrit est obligatoire.");
        assertThat(reload(offer.getId()).getStatus()).isEqualTo(OfferStatus.EN_INSTRUCTION);

        _setValue(rationale, "Répond à une absence prioritaire du Pas-de-Calais");
        _click(byId(Button.class, "rationale-confirm"));
        MockVaadin.runUIQueue();
        JointOffer decided = reload(offer.getId());
        assertThat(decided.getStatus()).isEqualTo(OfferStatus.VALIDEE);
        assertThat(decided.getDecisionRationale()).isEqualTo("Répond à une absence prioritaire du Pas-de-Calais");
        assertThat(byId(Span.class, "offer-status").getText()).isEqualTo("Validée");
        assertThat(notificationTexts()).as("the coordinator is told the move is done").contains("Offre validée.");
        Paragraph decision = byId(Paragraph.class, "offer-decision");
        assertThat(decision.getText())
                .as("what, when, the coordinator by display name (not login), why")
                .isEqualTo("Validée le " + fr.metamut.base.ui.Formats.dateTime(decided.getDecidedAt())
                        + " par Coordination Région : Répond à une absence prioritaire du Pas-de-Calais");
        assertThat(decision.getClassNames()).as("coloured as the status").contains("status-validee");
        assertThat(byId(Button.class, "offer-action-reopen").isVisible()).isTrue();
    }

    @Test
    void an_offer_submitted_again_after_requested_changes_is_back_under_review_by_the_same_coordinator() {
        JointOffer offer = offerIn(OfferStatus.MODIFICATIONS_DEMANDEES);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        _click(byId(Button.class, "offer-action-backToDraft"));
        _click(byId(Button.class, "offer-action-submit"));
        _click(byId(Button.class, "submit-confirm"));

        JointOffer again = reload(offer.getId());
        assertThat(again.getStatus()).isEqualTo(OfferStatus.EN_INSTRUCTION);
        assertThat(again.getReviewer()).isEqualTo(TestUsers.COORDINATOR);
        assertThat(notificationTexts()).contains("Offre soumise de nouveau : son instruction reprend auprès de la Région.");

        loginInFrench(TestUsers.COORDINATOR);
        openEditor(offer.getId());
        assertThat(byId(Button.class, "offer-action-validate").isVisible()).as("no second click to take it").isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("offer-action-take"))).isEmpty();
        assertThat(byId(Paragraph.class, "offer-decision").getClassNames()).contains("status-modifications_demandees");
    }

    @Test
    void the_history_shows_who_changed_which_field_from_what_to_what_and_each_state_change_with_its_rationale() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        OfferContent base = offer.content();
        as(OfferFixtures.PARTNER, () -> offers.save(offer.getId(), base, OfferEditorKaribuTest.with(base,
                "Archivage mutualisé Somme–Oise", base.summary(), base.benefits())));
        as(OfferFixtures.LEAD, () -> workflow.submit(offer.getId()));
        as(TestUsers.COORDINATOR, () -> workflow.takeForReview(offer.getId()));
        as(TestUsers.COORDINATOR, () -> workflow.decide(offer.getId(), OfferStatus.MODIFICATIONS_DEMANDEES,
                "Préciser la répartition du budget"));
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        _get(TabSheet.class).setSelectedIndex(1);

        List<List<String>> rows = rowsAsText(_get(HistoryPanel.class));
        assertThat(rows).anySatisfy(row -> assertThat(row.subList(1, 5)).containsExactly("Direction Adico",
                "Titre", offer.getTitle() + " → Archivage mutualisé Somme–Oise", ""));
        assertThat(rows).anySatisfy(row -> assertThat(row.subList(1, 5)).containsExactly("Direction Somme Numérique",
                "Statut", "Brouillon → Soumise", ""));
        assertThat(rows).anySatisfy(row -> assertThat(row.subList(1, 5)).containsExactly("Coordination Région",
                "Statut", "Soumise → En instruction", ""));
        assertThat(rows).anySatisfy(row -> assertThat(row.subList(1, 5)).containsExactly("Coordination Région",
                "Statut", "En instruction → Modifications demandées", "Préciser la répartition du budget"));
        assertThat(rows.getFirst().get(4)).as("newest first").isEqualTo("Préciser la répartition du budget");

        // a change saved by someone else while the history is open is added to it live
        as(OfferFixtures.LEAD, () -> workflow.backToDraft(offer.getId()));
        MockVaadin.runUIQueue();
        assertThat(rowsAsText(_get(HistoryPanel.class)).getFirst().subList(1, 4))
                .containsExactly("Direction Somme Numérique", "Statut", "Modifications demandées → Brouillon");
        assertThat(byId(TextField.class, "offer-title").getValue()).isEqualTo("Archivage mutualisé Somme–Oise");
    }

    @Test
    void a_validated_offer_marks_its_cell_planned_in_the_open_matrix_and_appears_in_the_portfolio() {
        long marches = as(OfferFixtures.LEAD, () -> serviceLine("MARCHES_PUBLICS").getId());
        AddressedCell doublon59 = new AddressedCell("MARCHES_PUBLICS", "59", AddressedCell.Kind.DOUBLON);
        JointOffer offer = as(OfferFixtures.LEAD, () -> offers.create(fixtures.content("Marchés publics du Nord, une seule plateforme")
                .with(OfferField.SERVICES, Set.of(marches)).with(OfferField.DEPARTEMENTS, Set.of("59"))
                .with(OfferField.ADDRESSED_CELLS, Set.of(doublon59))));
        as(OfferFixtures.LEAD, () -> workflow.submit(offer.getId()));
        as(TestUsers.COORDINATOR, () -> workflow.takeForReview(offer.getId()));
        loginInFrench(OfferFixtures.LEAD);
        navigate(MatrixView.class);
        assertThat(fr.metamut.coverage.ui.component.MatrixCells.cell("MARCHES_PUBLICS", "59").getClassNames())
                .contains("cov-doublon").doesNotContain("cov-planned");

        as(TestUsers.COORDINATOR, () -> workflow.decide(offer.getId(), OfferStatus.VALIDEE, "Fusion souhaitée"));
        MockVaadin.runUIQueue();
        assertThat(fr.metamut.coverage.ui.component.MatrixCells.cell("MARCHES_PUBLICS", "59").getClassNames()).contains("cov-planned");

        navigate(PortfolioView.class);
        @SuppressWarnings("unchecked")
        Grid<PortfolioView.Line> portfolio = byId(Grid.class, "portfolio-grid");
        assertThat(rowsOf(portfolio)).filteredOn(l -> l.service().equals("Marchés publics") && l.departement().startsWith("59 "))
                .singleElement().satisfies(line ->
                        assertThat(line.offers()).contains("Marchés publics du Nord, une seule plateforme (Validée)"));
    }

    private static List<Long> shown(Grid<JointOffer> grid, Set<Long> among) {
        return rowsOf(grid).stream().map(JointOffer::getId).filter(among::contains).toList();
    }

    private static List<List<String>> rowsAsText(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
    }

    private fr.metamut.catalog.domain.ServiceLine serviceLine(String code) {
        return catalog.services().stream().filter(s -> s.getCode().equals(code)).findFirst().orElseThrow();
    }

    private fr.metamut.catalog.domain.Departement departement(String code) {
        return catalog.departements().stream().filter(d -> d.getCode().equals(code)).findFirst().orElseThrow();
    }
}
