package fr.metamut.offer.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.metamut.offer.ui.view.OfferCoEditingKaribuTest.spaces;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.metamut.base.ui.component.AmountField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.base.ui.component.FormInput;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.ui.OfferKaribuTest;
import fr.metamut.offer.ui.component.BudgetSharesField;
import fr.metamut.offer.ui.component.MilestonesField;
import fr.metamut.support.TableRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The offer form on its own: Save whenever the form is editable, refusals marked on their fields, the
 * submission checklist, the milestones table and the running total of the budget split.
 */
class OfferFormKaribuTest extends OfferKaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void taking_the_offer_back_as_a_draft_shows_save_at_once() {
        JointOffer offer = offerIn(OfferStatus.MODIFICATIONS_DEMANDEES);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        assertThat(_find(Button.class, spec -> spec.withId("offer-save"))).isEmpty();

        _click(byId(Button.class, "offer-action-backToDraft"));

        assertThat(byId(Span.class, "offer-status").getText()).isEqualTo("Brouillon");
        assertThat(byId(TextField.class, "offer-title").isReadOnly()).isFalse();
        _setValue(byId(TextField.class, "offer-title"), "Archivage mutualisé, version 2");
        _click(byId(Button.class, "offer-save"));
        assertThat(reload(offer.getId()).getTitle()).isEqualTo("Archivage mutualisé, version 2");
    }

    @Test
    void a_negative_budget_and_an_end_before_the_start_are_marked_on_their_fields_and_nothing_is_saved() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        Map<String, Integer> rowsBefore = TableRows.count(jdbc);
        AmountField budget = byId(AmountField.class, "offer-budget");
        DatePicker end = byId(DatePicker.class, "offer-end");

        _setValue(byId(TextArea.class, "offer-summary"), "Résumé qui ne doit pas partir seul");
        _setValue(budget, "-5");
        _setValue(end, LocalDate.of(2026, 6, 1));
        _click(byId(Button.class, "offer-save"));

        assertThat(budget.isInvalid()).isTrue();
        assertThat(budget.getErrorMessage()).isEqualTo("Le budget doit être un montant positif en euros.");
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("La date de fin ne peut pas précéder la date de début.");
        assertThat(byId(TextArea.class, "offer-summary").isInvalid()).isFalse();
        assertThat(notificationTexts()).contains("2 champs sont à corriger : voyez les messages sur les champs.")
                .noneMatch(t -> t.startsWith("Modifications enregistrées"));
        assertThat(TableRows.count(jdbc)).isEqualTo(rowsBefore);

        _setValue(budget, "80000");
        _setValue(end, LocalDate.of(2027, 12, 31));
        _click(byId(Button.class, "offer-save"));
        assertThat(budget.isInvalid()).isFalse();
        assertThat(end.isInvalid()).isFalse();
        assertThat(reload(offer.getId()).getSummary()).isEqualTo("Résumé qui ne doit pas partir seul");
    }

    @Test
    void shares_above_the_budget_are_flagged_as_typed_and_refused_on_the_shares() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        Span total = byId(Span.class, "offer-shares-total");
        assertThat(spaces(total.getText())).isEqualTo("Total des parts : 0 € sur un budget de 120 000 € (reste 120 000 € à répartir)");

        _setValue(byId(AmountField.class, "offer-share-SOMME_NUM"), "70000");
        _setValue(byId(AmountField.class, "offer-share-ADICO"), "60000");
        assertThat(spaces(total.getText())).isEqualTo("Total des parts : 130 000 €, soit 10 000 € de plus que le budget de 120 000 €");
        assertThat(total.getClassNames()).contains("over");

        _click(byId(Button.class, "offer-save"));
        BudgetSharesField shares = byId(BudgetSharesField.class, "offer-budget-shares");
        assertThat(shares.isInvalid()).isTrue();
        assertThat(shares.getErrorMessage()).isEqualTo("La somme des parts dépasse le budget total.");
        assertThat(reload(offer.getId()).getBudgetShares()).isEmpty();

        _setValue(byId(AmountField.class, "offer-budget"), "130000");
        assertThat(total.getClassNames()).doesNotContain("over");
        _click(byId(Button.class, "offer-save"));
        assertThat(shares.isInvalid()).isFalse();
        assertThat(reload(offer.getId()).getBudgetShares()).hasSize(2);
    }

    /** Seen when tried: « Total des parts : 12 500,5 € », cents cut to one digit. */
    @Test
    void amounts_with_cents_show_both_digits_in_the_running_total() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        Span total = byId(Span.class, "offer-shares-total");

        _setValue(byId(AmountField.class, "offer-share-SOMME_NUM"), "10 000,25");
        _setValue(byId(AmountField.class, "offer-share-ADICO"), "2 500,25 €");
        assertThat(spaces(total.getText()))
                .isEqualTo("Total des parts : 12 500,50 € sur un budget de 120 000 € (reste 107 499,50 € à répartir)");
    }

    @Test
    void milestones_are_rows_of_a_date_and_a_label_added_removed_and_kept_in_date_order() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        MilestonesField milestones = byId(MilestonesField.class, "offer-milestones");

        for (String step : new String[] {"Bilan|2028-02-29", "Recette|", "Lancement|2027-02-01", "À supprimer|2027-05-01"}) {
            _click(byId(Button.class, "offer-milestone-add"));
            int row = milestones.rowCount() - 1;
            String[] parts = step.split("\\|", -1);
            _setValue(byId(TextField.class, "offer-milestone-title-" + row), parts[0]);
            if (!parts[1].isEmpty()) {
                _setValue(byId(DatePicker.class, "offer-milestone-date-" + row), LocalDate.parse(parts[1]));
            }
        }
        _click(byId(Button.class, "offer-milestone-remove-3"));
        _click(byId(Button.class, "offer-save"));

        assertThat(reload(offer.getId()).getMilestones()).extracting(Milestone::toString)
                .containsExactly("Lancement (2027-02-01)", "Bilan (2028-02-29)", "Recette");
        assertThat(byId(TextField.class, "offer-milestone-title-0").getValue()).as("shown in date order").isEqualTo("Lancement");
    }

    @Test
    void a_milestone_with_a_date_and_no_label_is_marked_on_the_milestones() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        _click(byId(Button.class, "offer-milestone-add"));
        _setValue(byId(DatePicker.class, "offer-milestone-date-0"), LocalDate.of(2027, 3, 1));
        _click(byId(Button.class, "offer-save"));

        MilestonesField milestones = byId(MilestonesField.class, "offer-milestones");
        assertThat(milestones.isInvalid()).isTrue();
        assertThat(milestones.getErrorMessage()).isEqualTo("Chaque jalon doit avoir un intitulé (200 caractères au plus).");
        assertThat(reload(offer.getId()).getMilestones()).isEmpty();
    }

    @Test
    void submitting_shows_the_checklist_and_an_incomplete_offer_cannot_be_sent() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        OfferContent incomplete = offer.content().with(OfferField.PARTNERS, Set.of()).with(OfferField.BUDGET_TOTAL, null)
                .with(OfferField.START_DATE, null);
        as(OfferFixtures.LEAD, () -> offers.save(offer.getId(), offer.content(), incomplete));
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());

        _click(byId(Button.class, "offer-action-submit"));
        Dialog checklist = byId(Dialog.class, "submit-dialog");
        assertThat(checks(checklist)).containsExactly("✗ au moins un opérateur partenaire", "✓ un résumé",
                "✓ les services visés", "✓ les départements visés", "✗ le budget total estimé",
                "✗ les dates de début et de fin", "✓ l’absence ou le doublon traité");
        assertThat(_get(checklist, Button.class, spec -> spec.withId("submit-confirm")).isEnabled()).isFalse();
        _click(_get(checklist, Button.class, spec -> spec.withText("Annuler")));
        assertThat(reload(offer.getId()).getStatus()).isEqualTo(OfferStatus.BROUILLON);

        as(OfferFixtures.LEAD, () -> offers.save(offer.getId(), incomplete, offer.content()));
        runOtherUsersPushes();
        _setValue(byId(TextArea.class, "offer-benefits"), "Pas encore enregistré");
        _click(byId(Button.class, "offer-action-submit"));
        checklist = byId(Dialog.class, "submit-dialog");
        assertThat(checks(checklist)).allMatch(line -> line.startsWith("✓"));
        assertThat(_get(checklist, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("submit-save-first")).getText())
                .isEqualTo("Vous avez des modifications non enregistrées : enregistrez-les d’abord.");
        assertThat(_get(checklist, Button.class, spec -> spec.withId("submit-confirm")).isEnabled()).isFalse();
        _click(_get(checklist, Button.class, spec -> spec.withText("Annuler")));

        _click(byId(Button.class, "offer-save"));
        _click(byId(Button.class, "offer-action-submit"));
        _click(_get(byId(Dialog.class, "submit-dialog"), Button.class, spec -> spec.withId("submit-confirm")));
        assertThat(notificationTexts()).contains("Offre soumise à la Région.");
        assertThat(reload(offer.getId()).getStatus()).isEqualTo(OfferStatus.SOUMISE);
        assertThat(byId(Span.class, "offer-status").getText()).isEqualTo("Soumise");
        assertThat(_find(Button.class, spec -> spec.withId("offer-save"))).isEmpty();
    }

    @Test
    void leaving_the_editor_with_unsaved_changes_asks_first_and_after_a_save_does_not() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        _setValue(byId(TextArea.class, "offer-summary"), "Texte pas encore enregistré");
        assertThat(browserAsksBeforeClosing()).as("closing the tab asks too").contains(true);

        UI.getCurrent().navigate(OffersView.class);
        ConfirmDialog confirm = byId(ConfirmDialog.class, "unsaved-changes-dialog");
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Modifications non enregistrées");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OfferEditorView.class);
        assertThat(byId(TextArea.class, "offer-summary").getValue()).isEqualTo("Texte pas encore enregistré");

        _click(byId(Button.class, "offer-save"));
        assertThat(browserAsksBeforeClosing()).as("saved: the tab closes without a word").contains(false);
        UI.getCurrent().navigate(OffersView.class);
        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("unsaved-changes-dialog"))).isEmpty();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OffersView.class);
    }

    @Test
    void an_unreadable_date_counts_as_unsaved_work() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        OfferEditorView editor = openEditor(offer.getId());
        FormInput.typeDate(byId(DatePicker.class, "offer-end"), "32/13/2027");
        assertThat(editor.editor().hasUnsavedChanges()).isTrue();
    }

    @Test
    void the_rationale_dialog_has_the_focus_and_esc_asks_before_dropping_what_was_written() {
        JointOffer offer = offerIn(OfferStatus.EN_INSTRUCTION);
        loginInFrench(fr.metamut.support.TestUsers.COORDINATOR);
        openEditor(offer.getId());
        _click(byId(Button.class, "offer-action-reject"));
        Dialog dialog = byId(Dialog.class, "rationale-dialog");
        TextArea rationale = _get(dialog, TextArea.class, spec -> spec.withId("rationale-text"));
        dialog.close();
        dialog.open(); // the test sees the scripts of this opening before a round trip sends them
        assertThat(focusRequested(rationale)).isTrue();

        _setValue(rationale, "Budget non financé");
        pressEsc(dialog);
        assertThat(dialog.isOpened()).isTrue();
        ConfirmDialogKt._fireCancel(byId(ConfirmDialog.class, "confirm-dialog"));
        assertThat(rationale.getValue()).isEqualTo("Budget non financé");

        _setValue(rationale, "");
        pressEsc(dialog);
        assertThat(dialog.isOpened()).as("nothing written: closes at once").isFalse();
    }

    private static java.util.List<String> checks(Dialog checklist) {
        return _find(checklist, Div.class, spec -> spec.withClasses("checklist")).getFirst().getChildren()
                .map(c -> ((Div) c).getText()).toList();
    }
}
