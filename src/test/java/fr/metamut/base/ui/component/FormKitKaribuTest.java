package fr.metamut.base.ui.component;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.ui.UnsavedChanges;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The shared form kit as a user meets it: amounts and dates read strictly with the reason on the field,
 * length limits counted and enforced, dialogs that keep what was typed, pages that ask before leaving.
 */
class FormKitKaribuTest extends KaribuTest {

    @BeforeEach
    void loginInFrench() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
    }

    /** A bean with a name and an amount, as the dialogs' beans are. */
    public static class Sample {
        private String name = "";
        private BigDecimal budget;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public BigDecimal getBudget() {
            return budget;
        }

        public void setBudget(BigDecimal budget) {
            this.budget = budget;
        }
    }

    @Test
    void amount_field_reads_french_amounts_and_says_why_it_refuses_others() {
        AmountField field = new AmountField("Budget");
        UI.getCurrent().add(field);

        _setValue(field, "120 000,00 €");
        assertThat(field.getAmount()).isEqualByComparingTo("120000");
        assertThat(field.isInvalid()).isFalse();

        _setValue(field, "1e6");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("Montant illisible");
        assertThat(field.isReadable()).isFalse();

        _setValue(field, "1.500");
        assertThat(field.getErrorMessage()).startsWith("Montant ambigu");

        _setValue(field, "1,5");
        assertThat(field.isInvalid()).isFalse();
        assertThat(field.getAmount()).isEqualByComparingTo("1.5");

        field.setAmount(new BigDecimal("150000.00"));
        assertThat(field.getValue()).isEqualTo("150 000");
    }

    @Test
    void a_binder_never_writes_an_unreadable_amount() {
        AmountField field = new AmountField("Budget");
        UI.getCurrent().add(field);
        Binder<Sample> binder = new Binder<>(Sample.class);
        binder.forField(field).withConverter(field.converter()).bind(Sample::getBudget, Sample::setBudget);
        Sample sample = new Sample();
        sample.setBudget(new BigDecimal("7"));
        binder.readBean(sample);
        assertThat(field.getValue()).isEqualTo("7");

        _setValue(field, "12 34");
        assertThat(binder.writeBeanIfValid(sample)).isFalse();
        assertThat(sample.getBudget()).isEqualByComparingTo("7");
        assertThat(field.getErrorMessage()).startsWith("Chiffres mal groupés");

        _setValue(field, "1 234,5");
        assertThat(binder.writeBeanIfValid(sample)).isTrue();
        assertThat(sample.getBudget()).isEqualByComparingTo("1234.5");
    }

    @Test
    void date_field_speaks_french_starts_weeks_on_monday_and_names_an_unreadable_date() {
        DateField field = new DateField("Fin");
        UI.getCurrent().add(field);

        assertThat(field.getI18n().getMonthNames()).startsWith("Janvier", "Février");
        assertThat(field.getI18n().getFirstDayOfWeek()).isEqualTo(DayOfWeek.MONDAY.getValue() % 7);
        assertThat(field.getI18n().getToday()).isEqualTo("Aujourd’hui");
        assertThat(field.getI18n().getCancel()).isEqualTo("Annuler");
        assertThat(field.getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");

        FormInput.typeDate(field, "32/13/2027");
        assertThat(field.hasUnreadableInput()).isTrue();
        assertThat(field.getValue()).isNull();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("Date illisible");

        FormInput.typeDate(field, "31/12/2027");
        assertThat(field.hasUnreadableInput()).isFalse();
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(field.isInvalid()).isFalse();
    }

    @Test
    void a_text_over_its_limit_is_counted_and_refused_on_the_field_not_cut() {
        TextField field = new TextField("Titre");
        TextLimit.apply(field, 200);
        UI.getCurrent().add(field);
        assertThat(field.getHelperText()).isEqualTo("0 / 200");
        assertThat(field.getMaxLength()).as("no silent cut in the browser").isZero();

        String long2000 = "x".repeat(2000);
        _setValue(field, long2000);
        assertThat(field.getValue()).hasSize(2000);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("200 caractères au plus (2\u202F000 saisis).");
        assertThat(field.getHelperText()).isEqualTo("2\u202F000 / 200");

        _setValue(field, "Archivage");
        assertThat(field.isInvalid()).isFalse();
        assertThat(field.getHelperText()).isEqualTo("9 / 200");
    }

    @Test
    void a_nul_byte_is_refused_on_the_field_before_any_service_sees_it() {
        TextField field = new TextField("Titre");
        TextLimit.apply(field, 200);
        UI.getCurrent().add(field);

        _setValue(field, "Archivage\u0000 mutualisé");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("Archivage");
        assertThat(TextLimit.validator(field, 200).apply("a\uD800b", null).isError()).as("lone surrogate").isTrue();
        assertThat(TextLimit.validator(field, 200).apply("ligne 1\nligne 2\tfin", null).isError()).isFalse();

        _setValue(field, "Archivage mutualisé");
        assertThat(field.isInvalid()).isFalse();
    }

    @Test
    void esc_closes_a_clean_dialog_but_asks_before_discarding_what_was_typed() {
        EditDialog<Sample> dialog = sampleDialog(sample -> { });
        dialog.edit(new Sample());

        pressEsc(dialog);
        assertThat(dialog.isOpened()).isFalse();

        dialog.edit(new Sample());
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("sample-name")), "Mon texte");
        pressEsc(dialog);
        assertThat(dialog.isOpened()).as("still open while the user decides").isTrue();
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Abandonner la saisie ?");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, TextField.class, spec -> spec.withId("sample-name")).getValue()).isEqualTo("Mon texte");

        pressEsc(dialog);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void enter_saves_a_one_line_dialog_and_the_first_field_gets_the_focus() {
        List<String> saved = new ArrayList<>();
        EditDialog<Sample> dialog = new EditDialog<>("Nom", Sample.class, sample -> saved.add(sample.getName()), () -> { });
        TextField name = new TextField("Nom");
        name.setId("sample-name");
        dialog.form().add(name);
        dialog.binder().forField(name).bind(Sample::getName, Sample::setName);
        dialog.edit(new Sample());

        assertThat(focusRequestsOf(name)).as("the field is focused once the dialog shows").isPositive();
        _setValue(name, "Archivage");
        ShortcutsKt._fireShortcut(name, Key.ENTER);
        assertThat(saved).containsExactly("Archivage");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void enter_does_not_submit_a_dialog_of_several_fields() {
        List<String> saved = new ArrayList<>();
        EditDialog<Sample> dialog = sampleDialog(sample -> saved.add(sample.getName()));
        dialog.edit(new Sample());
        TextField name = _get(dialog, TextField.class, spec -> spec.withId("sample-name"));
        _setValue(name, "Archivage");
        ShortcutsKt._fireShortcut(name, Key.ENTER);
        assertThat(saved).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_refusal_about_a_field_is_shown_on_it_and_the_input_is_kept() {
        EditDialog<Sample> dialog = sampleDialog(sample -> {
            throw new UserFacingException("error.notFound").onField("budget");
        });
        dialog.edit(new Sample());
        AmountField budget = _get(dialog, AmountField.class, spec -> spec.withId("sample-budget"));
        _setValue(budget, "-5");
        _click(_get(dialog, Button.class, spec -> spec.withId("dialog-save")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(budget.isInvalid()).isTrue();
        assertThat(budget.getErrorMessage()).isEqualTo("L’élément demandé n’existe plus.");
        assertThat(budget.getValue()).isEqualTo("-5");
        assertThat(notificationTexts()).isEmpty();
    }

    @Test
    void the_save_button_acts_once_per_click_and_is_enabled_again_when_the_input_is_refused() {
        List<String> saved = new ArrayList<>();
        AtomicBoolean refuse = new AtomicBoolean(true);
        EditDialog<Sample> dialog = sampleDialog(sample -> {
            if (refuse.get()) {
                throw new UserFacingException("error.notFound").onField("budget");
            }
            saved.add(sample.getName());
        });
        dialog.edit(new Sample());
        Button save = _get(dialog, Button.class, spec -> spec.withId("dialog-save"));
        assertThat(save.isDisableOnClick()).as("disabled by the browser as it is clicked: no double save").isTrue();
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("sample-name")), "Archivage");

        _click(save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(save.isEnabled()).as("refused: the user corrects and saves again").isTrue();

        refuse.set(false);
        _click(save);
        assertThat(saved).containsExactly("Archivage");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_lost_race_with_another_save_says_so_and_keeps_the_input() {
        EditDialog<Sample> dialog = sampleDialog(sample -> {
            throw new OptimisticLockingFailureException("row changed");
        });
        Sample sample = new Sample();
        sample.setName("Avant");
        dialog.edit(sample);
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("sample-name")), "Après");
        _click(_get(dialog, Button.class, spec -> spec.withId("dialog-save")));

        assertThat(notificationTexts()).containsExactly(
                "Quelqu’un d’autre vient de modifier cet élément : rechargez la page puis recommencez.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, TextField.class, spec -> spec.withId("sample-name")).getValue()).isEqualTo("Après");
        assertThat(sample.getName()).as("the shown bean is not left half-changed").isEqualTo("Avant");
    }

    @Test
    void leaving_a_page_with_unsaved_changes_asks_first() {
        UI.getCurrent().navigate("");
        AtomicBoolean dirty = new AtomicBoolean(true);
        Div editor = new Div();
        UI.getCurrent().getCurrentView().getElement().appendChild(editor.getElement());
        UnsavedChanges.guard(editor, dirty::get);

        UI.getCurrent().navigate("partenariats");
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-changes-dialog"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Modifications non enregistrées");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();

        ConfirmDialogKt._fireCancel(confirm);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();

        UI.getCurrent().navigate("partenariats");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("unsaved-changes-dialog")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("partenariats");
    }

    @Test
    void leaving_a_page_without_changes_asks_nothing() {
        UI.getCurrent().navigate("");
        Div editor = new Div();
        UI.getCurrent().getCurrentView().getElement().appendChild(editor.getElement());
        UnsavedChanges.guard(editor, () -> false);

        UI.getCurrent().navigate("partenariats");
        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("unsaved-changes-dialog"))).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("partenariats");
    }

    private EditDialog<Sample> sampleDialog(com.vaadin.flow.function.SerializableConsumer<Sample> save) {
        EditDialog<Sample> dialog = new EditDialog<>("Exemple", Sample.class, save, () -> { }) {
            {
                TextField name = new TextField("Nom");
                name.setId("sample-name");
                AmountField budget = new AmountField("Budget");
                budget.setId("sample-budget");
                TextArea notes = new TextArea("Notes");
                form().add(name, budget, notes);
                binder().forField(name).bind(Sample::getName, Sample::setName);
                binder().forField(budget).withConverter(budget.converter()).bind(Sample::getBudget, Sample::setBudget);
                showRefusalsOn("budget", budget);
            }
        };
        return dialog;
    }

    private static void pressEsc(Dialog dialog) {
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
    }

    private static long focusRequestsOf(com.vaadin.flow.component.Component field) {
        // the dialog joins the page just before the response is sent, and its scripts with it
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(invocation -> invocation.getOwner().equals(field.getElement().getNode()))
                .filter(invocation -> invocation.getInvocation().getExpression().contains("focus()"))
                .count();
    }
}
