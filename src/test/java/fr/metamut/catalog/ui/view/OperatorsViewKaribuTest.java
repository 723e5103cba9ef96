package fr.metamut.catalog.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.metamut.support.FormTable.refuses;
import static fr.metamut.support.FormTable.stores;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorKind;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.service.CatalogAdminService;
import fr.metamut.catalog.service.OperatorSummary;
import fr.metamut.support.FormTable;
import fr.metamut.support.FormTable.Row;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operators page: administrators add and edit operators there; every field's bad input is explained on
 * the field in French and nothing is stored, and an operator another administrator saved meanwhile is not
 * overwritten.
 */
class OperatorsViewKaribuTest extends KaribuTest {

    @Autowired
    OperatorRepository operators;
    @Autowired
    CatalogAdminService admin;

    @AfterEach
    void deleteOperatorsAddedByTests() {
        operators.deleteAll(operators.findAll().stream().filter(o -> o.getSource() == null).toList());
    }

    @Test
    void admin_adds_an_operator() {
        openNewOperatorDialog();
        fill("NOUVEL_OPSN", "Nouvel opérateur", "https://www.example.fr");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        _assertNone(Dialog.class, spec -> spec.withId("operator-dialog"));
        assertThat(operators.findByCode("NOUVEL_OPSN")).get().extracting(Operator::getName).isEqualTo("Nouvel opérateur");
        assertThat(operators.count()).isEqualTo(10);
    }

    static Stream<Arguments> operatorFields() {
        return Stream.of(
                refuses("operator-code", "", "Ce champ est obligatoire."),
                refuses("operator-code", "nouvel_opsn", "Majuscules, chiffres et _ uniquement."),
                refuses("operator-code", "A".repeat(41), "40 caractères au plus (41 saisis)."),
                refuses("operator-code", "ADICO", "Le code ADICO est déjà utilisé par un autre opérateur."),
                stores("operator-code", "NOUVEL_OPSN_2", "NOUVEL_OPSN_2"),
                refuses("operator-name", "  ", "Ce champ est obligatoire."),
                refuses("operator-name", "x".repeat(121), "120 caractères au plus (121 saisis)."),
                refuses("operator-name", "x".repeat(2000), "120 caractères au plus (2\u202F000 saisis)."),
                refuses("operator-name", "  adico ", "Un opérateur s’appelle déjà « adico »."),
                stores("operator-name", "  Opérateur des Flandres  ", "Opérateur des Flandres"),
                refuses("operator-kind", "", "Ce champ est obligatoire."),
                stores("operator-kind", "Centre de gestion", OperatorKind.CENTRE_DE_GESTION),
                stores("operator-home", "80 Somme", "80"),
                stores("operator-agents", "120 000", 120000),
                stores("operator-agents", "12", 12),
                stores("operator-agents", "", null),
                refuses("operator-agents", "1,5", "Nombre entier attendu, sans décimales."),
                refuses("operator-agents", "1.5", "Nombre entier attendu, sans décimales."),
                refuses("operator-agents", "1e6", "Nombre illisible : écrivez un nombre entier, par exemple 45 ou 1 200."),
                refuses("operator-agents", "-5", "La valeur doit être positive ou nulle."),
                refuses("operator-agents", "99999999999", "Nombre trop grand."),
                refuses("operator-website", "www.sans-protocole", "Adresse web invalide (elle commence par http:// ou https://)."),
                refuses("operator-website", "https://" + "x".repeat(250), "255 caractères au plus (258 saisis)."),
                stores("operator-website", "https://www.example.fr", "https://www.example.fr"),
                refuses("operator-description", "x".repeat(1001), "1\u202F000 caractères au plus (1\u202F001 saisis)."),
                refuses("operator-description", "x".repeat(2000), "1\u202F000 caractères au plus (2\u202F000 saisis)."),
                stores("operator-description", "Syndicat mixte du numérique", "Syndicat mixte du numérique"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operatorFields")
    void each_operator_field_refuses_bad_input_on_itself_in_french_or_stores_what_was_typed(Row row) {
        openNewOperatorDialog();
        fill("NOUVEL_OPSN", "Nouvel opérateur", "");
        FormTable.type(row.field(), row.input());
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        if (row.refused()) {
            FormTable.assertRefusedOnField(row, "operator-dialog");
            assertNothingSaved();
            return;
        }
        _assertNone(Dialog.class, spec -> spec.withId("operator-dialog"));
        Operator saved = operators.findAll().stream().filter(o -> o.getSource() == null).findFirst().orElseThrow();
        assertThat(notificationTexts()).containsExactly("Opérateur « " + saved.getName() + " » enregistré.");
        FormTable.assertStored(switch (row.field()) {
            case "operator-code" -> saved.getCode();
            case "operator-name" -> saved.getName();
            case "operator-kind" -> saved.getKind();
            case "operator-home" -> saved.getHomeDepartement().getCode();
            case "operator-agents" -> saved.getAgents();
            case "operator-website" -> saved.getWebsite();
            case "operator-description" -> saved.getDescription();
            default -> throw new IllegalArgumentException(row.field());
        }, row.stored());
    }

    @Test
    void nothing_is_stored_while_any_field_is_invalid_and_every_problem_is_shown() {
        openNewOperatorDialog();
        fill("nouvel", "x".repeat(2000), "ftp://ailleurs");
        FormTable.type("operator-agents", "1.5");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        FormTable.assertShows("operator-code", "Majuscules, chiffres et _ uniquement.");
        FormTable.assertShows("operator-name", "120 caractères au plus (2\u202F000 saisis).");
        FormTable.assertShows("operator-agents", "Nombre entier attendu, sans décimales.");
        FormTable.assertShows("operator-website", "Adresse web invalide (elle commence par http:// ou https://).");
        assertNothingSaved();
    }

    @Test
    void an_operator_another_admin_saved_meanwhile_is_not_overwritten_and_the_input_is_kept() {
        openOperatorsPageAsAdmin();
        _click(inRow(grid(), row("ADICO"), Button.class, spec -> spec.withIcon(VaadinIcon.EDIT)));
        Operator theirs = operators.findByCode("ADICO").orElseThrow();
        String before = theirs.getDescription();
        theirs.setDescription("Changée par un autre administrateur");
        admin.save(theirs);
        try {
            FormTable.type("operator-description", "Ma présentation");
            _click(_get(Button.class, spec -> spec.withId("dialog-save")));

            FormTable.assertLostRaceReported("operator-dialog", "operator-description", "Ma présentation");
            assertThat(operators.findByCode("ADICO").orElseThrow().getDescription())
                    .isEqualTo("Changée par un autre administrateur");
        } finally {
            Operator now = operators.findByCode("ADICO").orElseThrow();
            now.setDescription(before);
            admin.save(now);
        }
    }

    @Test
    void an_edit_the_service_refuses_leaves_the_operator_as_saved() {
        openOperatorsPageAsAdmin();
        OperatorSummary adico = row("ADICO");
        _click(inRow(grid(), adico, Button.class, spec -> spec.withIcon(VaadinIcon.EDIT)));
        _setValue(_get(TextField.class, spec -> spec.withId("operator-name")), "Cap'Oise");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        FormTable.assertShows("operator-name", "Un opérateur s’appelle déjà « Cap'Oise ».");

        _click(_get(Button.class, spec -> spec.withId("dialog-cancel")));

        assertThat(row("ADICO").name()).isEqualTo("Adico");
        assertThat(operators.findByCode("ADICO")).get().extracting(Operator::getName).isEqualTo("Adico");
        _click(inRow(grid(), row("ADICO"), Button.class, spec -> spec.withIcon(VaadinIcon.EDIT)));
        assertThat(_get(TextField.class, spec -> spec.withId("operator-name")).getValue()).isEqualTo("Adico");
    }

    @Test
    void directors_see_no_add_button() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        navigate(OperatorsView.class);

        _assertNone(Button.class, spec -> spec.withId("operators-add"));
    }

    private void openNewOperatorDialog() {
        openOperatorsPageAsAdmin();
        _click(_get(Button.class, spec -> spec.withId("operators-add")));
    }

    private void openOperatorsPageAsAdmin() {
        login(TestUsers.ADMIN);
        useFrench();
        navigate(OperatorsView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<OperatorSummary> grid() {
        return (Grid<OperatorSummary>) _get(Grid.class, spec -> spec.withId("operators-grid"));
    }

    private static OperatorSummary row(String code) {
        return rowsOf(grid()).stream().filter(s -> s.operator().getCode().equals(code)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void fill(String code, String name, String website) {
        _setValue(_get(TextField.class, spec -> spec.withId("operator-code")), code);
        _setValue(_get(TextField.class, spec -> spec.withId("operator-name")), name);
        _setValue((ComboBox<OperatorKind>) _get(ComboBox.class, spec -> spec.withId("operator-kind")),
                OperatorKind.SYNDICAT_MIXTE);
        _setValue(_get(TextField.class, spec -> spec.withId("operator-website")), website);
    }

    private void assertNothingSaved() {
        _get(Dialog.class, spec -> spec.withId("operator-dialog"));
        assertThat(operators.count()).isEqualTo(9);
    }
}
