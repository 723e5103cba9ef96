package fr.metamut.offer.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.metamut.offer.ui.view.OfferCoEditingKaribuTest.spaces;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.base.ui.component.AmountField;
import fr.metamut.base.ui.component.FormInput;
import fr.metamut.offer.domain.BudgetShare;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.ui.OfferKaribuTest;
import fr.metamut.support.TableRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What users type, as a table: (field, input) → the message on that field, or the value stored. The
 * offer is complete and valid (budget 120 000 €, 1 January to 31 December 2027); each row also changes
 * the summary, which must not be saved when the row's input is refused.
 */
class OfferInputTableKaribuTest extends OfferKaribuTest {

    private static final String LONG = "x".repeat(2000);

    @Autowired
    JdbcTemplate jdbc;

    /** Where a row types: the input's id, and the id of the field that shows the message. */
    enum Input {
        TITLE("offer-title", "offer-title"), SUMMARY("offer-summary", "offer-summary"), BUDGET("offer-budget", "offer-budget"),
        END("offer-end", "offer-end"), SHARE_ADICO("offer-share-ADICO", "offer-budget-shares"),
        MILESTONE_DATE("offer-milestone-date-0", "offer-milestones"), MILESTONE_TITLE("offer-milestone-title-0", "offer-milestones");

        final String inputId;
        final String fieldId;

        Input(String inputId, String fieldId) {
            this.inputId = inputId;
            this.fieldId = fieldId;
        }
    }

    static Stream<Arguments> offerForm() {
        Function<JointOffer, Object> title = JointOffer::getTitle;
        Function<JointOffer, Object> budget = JointOffer::getBudgetTotal;
        Function<JointOffer, Object> end = JointOffer::getEndDate;
        Function<JointOffer, Object> shares = o -> o.getBudgetShares().stream().map(BudgetShare::getAmount).toList();
        Function<JointOffer, Object> milestones = o -> o.getMilestones().stream().map(Milestone::toString).toList();
        return Stream.of(
                stored(Input.TITLE, "  Archivage mutualisé de la Somme  ", title, "Archivage mutualisé de la Somme"),
                stored(Input.TITLE, "x".repeat(200), title, "x".repeat(200)),
                refused(Input.TITLE, "", "Le titre est obligatoire."),
                refused(Input.TITLE, LONG, "200 caractères au plus (2 000 saisis)."),
                refused(Input.SUMMARY, "x".repeat(4001), "4 000 caractères au plus (4 001 saisis)."),
                stored(Input.BUDGET, "120000", budget, new BigDecimal("120000")),
                stored(Input.BUDGET, "90 000", budget, new BigDecimal("90000")),
                stored(Input.BUDGET, "120 000,00 €", budget, new BigDecimal("120000")),
                stored(Input.BUDGET, "150\u202F000", budget, new BigDecimal("150000")),
                stored(Input.BUDGET, "1,5", budget, new BigDecimal("1.5")),
                stored(Input.BUDGET, "1.5", budget, new BigDecimal("1.5")),
                stored(Input.BUDGET, "", budget, null),
                refused(Input.BUDGET, "1e6", "Montant illisible : écrivez par exemple 120 000 ou 1 500,50."),
                refused(Input.BUDGET, "1.500", "Montant ambigu : écrivez 1 500 pour mille cinq cents, ou 1,5 pour un et demi."),
                refused(Input.BUDGET, "12 34", "Chiffres mal groupés : séparez les milliers par une espace, par exemple 1 200 000."),
                refused(Input.BUDGET, "1,555", "Deux décimales au plus (les centimes)."),
                refused(Input.BUDGET, "-5", "Le budget doit être un montant positif en euros."),
                stored(Input.END, "30/06/2028", end, LocalDate.of(2028, 6, 30)),
                refused(Input.END, "32/13/2027", "Date illisible : écrivez-la jj/mm/aaaa, par exemple 31/12/2027."),
                refused(Input.END, "31/02/2027", "Date illisible : écrivez-la jj/mm/aaaa, par exemple 31/12/2027."),
                refused(Input.END, "31/12/2026", "La date de fin ne peut pas précéder la date de début."),
                stored(Input.SHARE_ADICO, "60 000,50", shares, java.util.List.of(new BigDecimal("60000.50"))),
                refused(Input.SHARE_ADICO, "1e6", "Montant illisible : écrivez par exemple 120 000 ou 1 500,50."),
                refused(Input.SHARE_ADICO, "130 000", "La somme des parts dépasse le budget total."),
                stored(Input.MILESTONE_DATE, "01/02/2027", milestones, java.util.List.of("Lancement (2027-02-01)")),
                refused(Input.MILESTONE_DATE, "32/13/2027", "Date illisible : écrivez-la jj/mm/aaaa, par exemple 31/12/2027."),
                refused(Input.MILESTONE_TITLE, "x".repeat(201), "200 caractères au plus (201 saisis)."),
                refused(Input.MILESTONE_TITLE, " ", "Chaque jalon doit avoir un intitulé (200 caractères au plus)."));
    }

    private static Arguments stored(Input input, String typed, Function<JointOffer, Object> read, Object expected) {
        return Arguments.of(input, typed, null, read, expected);
    }

    private static Arguments refused(Input input, String typed, String message) {
        return Arguments.of(input, typed, message, null, null);
    }

    @ParameterizedTest(name = "{0} ← «{1}» → {2}{4}")
    @MethodSource("offerForm")
    void the_offer_form_stores_what_it_can_read_and_marks_the_field_it_cannot(Input input, String typed, String message,
                                                                               Function<JointOffer, Object> read, Object expected) {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        Map<String, Integer> rowsBefore = TableRows.count(jdbc);
        _setValue(byId(TextArea.class, "offer-summary"), "Résumé modifié avec la ligne");

        type(input, typed);
        _click(byId(Button.class, "offer-save"));

        HasValidation field = (HasValidation) byId(com.vaadin.flow.component.Component.class, input.fieldId);
        if (message != null) {
            assertThat(field.isInvalid()).isTrue();
            assertThat(spaces(field.getErrorMessage())).isEqualTo(message);
            assertThat(notificationTexts()).noneMatch(t -> t.startsWith("Modifications enregistrées"));
            JointOffer after = reload(offer.getId());
            assertThat(after.getVersion()).as("nothing stored").isEqualTo(offer.getVersion());
            assertThat(after.getSummary()).isEqualTo(offer.getSummary());
            assertThat(TableRows.count(jdbc)).isEqualTo(rowsBefore);
        } else {
            assertThat(field.isInvalid()).isFalse();
            JointOffer after = reload(offer.getId());
            Object value = read.apply(after);
            if (expected instanceof BigDecimal amount) {
                assertThat((BigDecimal) value).isEqualByComparingTo(amount);
            } else if (expected instanceof java.util.List<?> list && !list.isEmpty() && list.getFirst() instanceof BigDecimal) {
                assertThat(value).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(BigDecimal.class))
                        .usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(list.stream().map(BigDecimal.class::cast).toList());
            } else {
                assertThat(value).isEqualTo(expected);
            }
            assertThat(after.getSummary()).isEqualTo("Résumé modifié avec la ligne");
        }
    }

    private static void type(Input input, String text) {
        switch (input) {
            case END -> FormInput.typeDate(byId(DatePicker.class, input.inputId), text);
            case MILESTONE_DATE -> {
                _click(byId(Button.class, "offer-milestone-add"));
                _setValue(byId(TextField.class, "offer-milestone-title-0"), "Lancement");
                FormInput.typeDate(byId(DatePicker.class, input.inputId), text);
            }
            case MILESTONE_TITLE -> {
                _click(byId(Button.class, "offer-milestone-add"));
                FormInput.typeDate(byId(DatePicker.class, "offer-milestone-date-0"), "01/02/2027");
                _setValue(byId(TextField.class, input.inputId), text);
            }
            case SUMMARY -> _setValue(byId(TextArea.class, input.inputId), text);
            case BUDGET, SHARE_ADICO -> _setValue(byId(AmountField.class, input.inputId), text);
            default -> _setValue(byId(TextField.class, input.inputId), text);
        }
    }

    static Stream<Arguments> newOffer() {
        return Stream.of(
                Arguments.of("  Téléphonie mutualisée  ", null, "Téléphonie mutualisée"),
                Arguments.of("x".repeat(200), null, "x".repeat(200)),
                Arguments.of("", "Le titre est obligatoire.", null),
                Arguments.of("   ", "Le titre est obligatoire.", null),
                Arguments.of(LONG, "200 caractères au plus (2 000 saisis).", null));
    }

    @ParameterizedTest(name = "«{0}» → {1}{2}")
    @MethodSource("newOffer")
    void a_new_offer_is_created_on_enter_with_its_title_or_the_title_is_marked_and_nothing_is_created(
            String typed, String message, String stored) {
        loginInFrench(OfferFixtures.LEAD);
        navigate(OffersView.class);
        Map<String, Integer> rowsBefore = TableRows.count(jdbc);
        _click(byId(Button.class, "offers-new"));
        Dialog dialog = byId(Dialog.class, "new-offer-dialog");
        TextField title = _get(dialog, TextField.class, spec -> spec.withId("new-offer-title"));

        _setValue(title, typed);
        ShortcutsKt._fireShortcut(title, Key.ENTER);

        if (message != null) {
            assertThat(title.isInvalid()).isTrue();
            assertThat(spaces(title.getErrorMessage())).isEqualTo(message);
            assertThat(dialog.isOpened()).isTrue();
            assertThat(title.getValue()).as("kept as typed, never cut").isEqualTo(typed);
            assertThat(TableRows.count(jdbc)).isEqualTo(rowsBefore);
        } else {
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OfferEditorView.class);
            assertThat(byId(TextField.class, "offer-title").getValue()).isEqualTo(stored);
        }
    }
}
