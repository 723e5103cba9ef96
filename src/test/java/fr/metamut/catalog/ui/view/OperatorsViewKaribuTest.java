package fr.metamut.catalog.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
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
import fr.metamut.catalog.service.OperatorSummary;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The operators page: administrators add operators there, and invalid values are explained on the fields. */
class OperatorsViewKaribuTest extends KaribuTest {

    @Autowired
    OperatorRepository operators;

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

    @Test
    void operator_code_in_lower_case_is_refused_on_the_field() {
        openNewOperatorDialog();
        fill("nouvel_opsn", "Nouvel opérateur", "");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        TextField code = _get(TextField.class, spec -> spec.withId("operator-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Majuscules, chiffres et _ uniquement.");
        assertNothingSaved();
    }

    @Test
    void invalid_website_is_refused_on_the_field() {
        openNewOperatorDialog();
        fill("NOUVEL_OPSN", "Nouvel opérateur", "www.sans-protocole");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        TextField website = _get(TextField.class, spec -> spec.withId("operator-website"));
        assertThat(website.isInvalid()).isTrue();
        assertThat(website.getErrorMessage()).isEqualTo("Adresse web invalide (elle commence par http:// ou https://).");
        assertNothingSaved();
    }

    @Test
    void operator_code_already_used_is_refused_with_a_french_message() {
        openNewOperatorDialog();
        fill("ADICO", "Un autre Adico", "");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        assertThat(notificationTexts()).containsExactly("Le code ADICO est déjà utilisé par un autre opérateur.");
        assertNothingSaved();
    }

    @Test
    void an_edit_the_service_refuses_leaves_the_operator_as_saved() {
        openOperatorsPageAsAdmin();
        OperatorSummary adico = row("ADICO");
        _click(inRow(grid(), adico, Button.class, spec -> spec.withIcon(VaadinIcon.EDIT)));
        _setValue(_get(TextField.class, spec -> spec.withId("operator-name")), "Cap'Oise");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(notificationTexts()).containsExactly("Un opérateur s’appelle déjà « Cap'Oise ».");

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
