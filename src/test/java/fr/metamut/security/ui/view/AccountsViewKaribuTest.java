package fr.metamut.security.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.base.domain.Role;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import fr.metamut.security.service.AccountUserDetailsService;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import fr.metamut.support.FormTable;
import fr.metamut.support.FormTable.Row;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static fr.metamut.support.FormTable.refuses;
import static fr.metamut.support.FormTable.stores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** Administrators manage accounts on their page; bad input is explained in French and never saved. */
class AccountsViewKaribuTest extends KaribuTest {

    private static final String NEW_USERNAME = "directeur.adjoint.somme";
    private static final String NEW_PASSWORD = "Mot-de-passe-2021";

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    AccountUserDetailsService userDetails;
    @Autowired
    AuthenticationConfiguration authentication;

    @BeforeEach
    void openAccountsPageAsAdmin() {
        login(TestUsers.ADMIN);
        useFrench();
        navigate(AccountsView.class);
    }

    @AfterEach
    void deleteCreatedAccounts() {
        accounts.findByUsernameIgnoreCase(NEW_USERNAME).ifPresent(accounts::delete);
    }

    @Test
    void admin_creates_an_account_then_disables_it_and_it_can_no_longer_log_in() throws Exception {
        int before = rows().size();

        openNewAccountDialog();
        fillNewDirector(NEW_USERNAME, NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        UserAccount created = rows().stream().filter(a -> a.getUsername().equals(NEW_USERNAME)).findFirst().orElseThrow();
        assertThat(rows()).hasSize(before + 1);
        assertThat(created.getRole()).isEqualTo(Role.DIRECTOR);
        assertThat(created.getOperator().getCode()).isEqualTo("SOMME_NUM");
        assertThat(created.getEmail()).isEqualTo("adjoint@somme-numerique.fr");
        assertThat(authenticate(NEW_USERNAME, NEW_PASSWORD).isAuthenticated()).isTrue();

        _click(inRow(grid(), created, Button.class, spec -> spec.withClasses("account-toggle")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(ConfirmDialogKt._getText(confirm)).contains(NEW_USERNAME);
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(notificationTexts()).contains("Compte " + NEW_USERNAME + " désactivé.");
        assertThat(accounts.findByUsernameIgnoreCase(NEW_USERNAME)).get().extracting(UserAccount::isEnabled)
                .isEqualTo(false);
        assertThat(userDetails.loadUserByUsername(NEW_USERNAME).isEnabled()).isFalse();
        assertThatThrownBy(() -> authenticate(NEW_USERNAME, NEW_PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void username_with_capitals_spaces_or_punctuation_is_refused_on_the_field() {
        openNewAccountDialog();
        fillNewDirector("Bad Name!", NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        TextField username = _get(TextField.class, spec -> spec.withId("account-username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Minuscules, chiffres, point et tiret uniquement.");
        assertNothingSavedAndDialogOpen();
        assertThat(accounts.findByUsernameIgnoreCase("Bad Name!")).isEmpty();
    }

    @Test
    void password_shorter_than_twelve_characters_is_refused_on_the_field() {
        openNewAccountDialog();
        fillNewDirector(NEW_USERNAME, "court");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("account-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Le mot de passe doit compter au moins 12 caractères.");
        assertNothingSavedAndDialogOpen();
    }

    @Test
    void director_without_operator_is_refused_on_the_field() {
        openNewAccountDialog();
        fillNewDirector(NEW_USERNAME, NEW_PASSWORD);
        _setValue(operatorField(), null);
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        assertThat(operatorField().isInvalid()).isTrue();
        assertThat(operatorField().getErrorMessage()).isEqualTo("Un directeur doit être rattaché à un opérateur.");
        assertNothingSavedAndDialogOpen();
    }

    @Test
    void duplicate_username_is_refused_by_the_service_and_no_second_row_appears() {
        int before = rows().size();

        openNewAccountDialog();
        fillNewDirector(TestUsers.DIRECTOR_ADICO, NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        FormTable.assertShows("account-username", "L’identifiant " + TestUsers.DIRECTOR_ADICO + " est déjà pris.");
        assertThat(notificationTexts()).isEmpty();
        _get(Dialog.class, spec -> spec.withId("account-dialog"));
        assertThat(rows()).hasSize(before);
        assertThat(accounts.findAll()).filteredOn(a -> a.getUsername().equals(TestUsers.DIRECTOR_ADICO)).hasSize(1);
    }

    static Stream<Arguments> accountFields() {
        return Stream.of(
                refuses("account-username", "ab", "la taille doit être comprise entre 3 et 60"),
                refuses("account-username", "Bad Name!", "Minuscules, chiffres, point et tiret uniquement."),
                refuses("account-username", "a".repeat(61), "60 caractères au plus (61 saisis)."),
                refuses("account-username", "a".repeat(2000), "60 caractères au plus (2\u202F000 saisis)."),
                stores("account-username", NEW_USERNAME, NEW_USERNAME),
                refuses("account-display-name", "x".repeat(121), "120 caractères au plus (121 saisis)."),
                refuses("account-display-name", "Direction\u0000adjointe",
                        "Un texte contient un caractère invalide ou invisible (U+0000) juste après « Direction » : il ne"
                                + " peut pas être enregistré. Supprimez ce caractère (il vient souvent d’un copier-coller),"
                                + " puis réessayez."),
                stores("account-display-name", "Direction adjointe de la Somme", "Direction adjointe de la Somme"),
                refuses("account-email", "pas-une-adresse", "Adresse électronique invalide : écrivez-la sous la forme nom@domaine.fr."),
                refuses("account-email", "a@" + "x".repeat(160) + ".fr", "160 caractères au plus (165 saisis)."),
                stores("account-email", "adjoint@somme-numerique.fr", "adjoint@somme-numerique.fr"),
                refuses("account-password", "court", "Le mot de passe doit compter au moins 12 caractères."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accountFields")
    void each_account_field_refuses_bad_input_on_itself_in_french_or_stores_what_was_typed(Row row) {
        openNewAccountDialog();
        fillNewDirector(NEW_USERNAME, NEW_PASSWORD);
        FormTable.type(row.field(), row.input());
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        if (row.refused()) {
            FormTable.assertRefusedOnField(row, "account-dialog");
            assertThat(accounts.findByUsernameIgnoreCase(NEW_USERNAME)).isEmpty();
            return;
        }
        UserAccount saved = accounts.findByUsernameIgnoreCase(NEW_USERNAME).orElseThrow();
        Object stored = switch (row.field()) {
            case "account-username" -> saved.getUsername();
            case "account-display-name" -> saved.getDisplayName();
            default -> saved.getEmail();
        };
        FormTable.assertStored(stored, row.stored());
    }

    private void openNewAccountDialog() {
        _click(_get(Button.class, spec -> spec.withId("accounts-add")));
    }

    private void fillNewDirector(String username, String password) {
        _setValue(_get(TextField.class, spec -> spec.withId("account-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("account-display-name")), "Direction adjointe");
        _setValue(_get(EmailField.class, spec -> spec.withId("account-email")), "adjoint@somme-numerique.fr");
        _setValue(roleField(), Role.DIRECTOR);
        ComboBoxKt.selectByLabel(operatorField(), "Somme Numérique");
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), password);
    }

    private void assertNothingSavedAndDialogOpen() {
        _get(Dialog.class, spec -> spec.withId("account-dialog"));
        assertThat(accounts.findByUsernameIgnoreCase(NEW_USERNAME)).isEmpty();
        assertThat(notificationTexts()).isEmpty();
    }

    private org.springframework.security.core.Authentication authenticate(String username, String password)
            throws Exception {
        return authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Role> roleField() {
        return (ComboBox<Role>) _get(ComboBox.class, spec -> spec.withId("account-role"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Operator> operatorField() {
        return (ComboBox<Operator>) _get(ComboBox.class, spec -> spec.withId("account-operator"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserAccount> grid() {
        return (Grid<UserAccount>) _get(Grid.class, spec -> spec.withId("accounts-grid"));
    }

    private static List<UserAccount> rows() {
        return rowsOf(grid());
    }
}
