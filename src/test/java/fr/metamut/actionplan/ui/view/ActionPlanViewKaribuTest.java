package fr.metamut.actionplan.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.metamut.support.FormTable.refuses;
import static fr.metamut.support.FormTable.stores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.domain.PlanActionRepository;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.actionplan.service.GenerationCandidate;
import fr.metamut.actionplan.service.PlanFixtures;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.base.ui.component.DateField;
import fr.metamut.support.FormTable;
import fr.metamut.support.FormTable.Row;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The action plan page: filters, overdue marks, the action dialog (each field's bad input explained on the
 * field in French, nothing stored; an action changed meanwhile is not overwritten), generation from an
 * offer, the three views.
 */
class ActionPlanViewKaribuTest extends KaribuTest {

    @Autowired
    PlanFixtures fixtures;
    @Autowired
    PlanActionRepository actions;
    @Autowired
    Clock clock;
    @Autowired
    ActionPlanService plan;

    @AfterEach
    void deleteActions() {
        fixtures.deleteAllActions();
    }

    @Test
    void a_director_creates_an_action_of_their_operator_from_the_dialog() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        navigate(ActionPlanView.class);
        assertThat(rows()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("plan-new")));
        ComboBox<Operator> owner = comboBox("plan-owner");
        assertThat(owner.getValue().getName()).isEqualTo("Somme Numérique");
        assertThat(owner.isReadOnly()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("plan-title")), "Former les secrétaires de mairie");
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-due-date")), LocalDate.now(clock).plusMonths(2));
        assertThat(_get(DatePicker.class, spec -> spec.withId("plan-due-date"))).isInstanceOf(DateField.class);
        ComboBoxKt.selectByLabel(this.<ActionPriority>comboBox("plan-priority"), "Haute");
        _setValue(_get(TextField.class, spec -> spec.withId("plan-indicator-name")), "Agents formés");
        FormTable.type("plan-indicator-target", "40");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        _assertNone(Dialog.class, spec -> spec.withId("plan-dialog"));
        assertThat(notificationTexts()).containsExactly("Action « Former les secrétaires de mairie » enregistrée.");
        ActionRow created = rows().getFirst();
        assertThat(created.title()).isEqualTo("Former les secrétaires de mairie");
        assertThat(created.owner().name()).isEqualTo("Somme Numérique");
        assertThat(created.priority()).isEqualTo(ActionPriority.HAUTE);
        assertThat(created.indicator().target()).isEqualByComparingTo("40");
        assertThat(created.attribution().createdBy()).isEqualTo(TestUsers.DIRECTOR_SOMME_NUM);
        assertThat(kpi("plan-kpi-total")).isEqualTo("1");
    }

    static Stream<Arguments> actionFields() {
        String dueDateRule = "L’échéance doit tomber entre le 1er janvier 2021 et le 31 décembre "
                + (LocalDate.now().getYear() + 10) + ".";
        return Stream.of(
                refuses("plan-title", "", "L’intitulé de l’action est obligatoire."),
                refuses("plan-title", "   ", "L’intitulé de l’action est obligatoire."),
                refuses("plan-title", "x".repeat(201), "200 caractères au plus (201 saisis)."),
                refuses("plan-title", "x".repeat(2000), "200 caractères au plus (2\u202F000 saisis)."),
                stores("plan-title", "  Former les agents  ", "Former les agents"),
                refuses("plan-description", "x".repeat(4001), "4\u202F000 caractères au plus (4\u202F001 saisis)."),
                stores("plan-description", "Deux sessions par an", "Deux sessions par an"),
                refuses("plan-owner", "", "Choisissez l’opérateur qui porte l’action."),
                stores("plan-owner", "Adico", "Adico"),
                refuses("plan-due-date", "32/13/2027", "Date illisible : écrivez-la jj/mm/aaaa, par exemple 31/12/2027."),
                refuses("plan-due-date", "01/05/2019", dueDateRule),
                stores("plan-due-date", "31/12/2027", LocalDate.of(2027, 12, 31)),
                stores("plan-due-date", "", null),
                refuses("plan-status", "", "Le statut et la priorité sont obligatoires."),
                stores("plan-status", "Bloqué", ActionStatus.BLOQUE),
                refuses("plan-priority", "", "Le statut et la priorité sont obligatoires."),
                refuses("plan-progress", "", "L’avancement est un nombre entier de 0 à 100 %."),
                refuses("plan-progress", "1.5", "Nombre entier attendu, sans décimales."),
                refuses("plan-progress", "1,5", "Nombre entier attendu, sans décimales."),
                refuses("plan-progress", "1e6", "Nombre illisible : écrivez un nombre entier, par exemple 45 ou 1 200."),
                refuses("plan-progress", "150", "L’avancement est un nombre entier de 0 à 100 %."),
                refuses("plan-progress", "-5", "L’avancement est un nombre entier de 0 à 100 %."),
                stores("plan-progress", "45", 45),
                stores("plan-progress", " 100 ", 100),
                refuses("plan-indicator-name", "x".repeat(201), "200 caractères au plus (201 saisis)."),
                stores("plan-indicator-name", "Agents formés", "Agents formés"),
                stores("plan-indicator-target", "120 000,00 €", new BigDecimal("120000")),
                stores("plan-indicator-target", "120 000", new BigDecimal("120000")),
                stores("plan-indicator-target", "1,5", new BigDecimal("1.5")),
                stores("plan-indicator-target", "1.5", new BigDecimal("1.5")),
                refuses("plan-indicator-target", "1e6", "Nombre illisible : écrivez par exemple 120 000 ou 12,5."),
                refuses("plan-indicator-target", "-5", "Les valeurs de l’indicateur sont positives ou nulles."),
                refuses("plan-indicator-target", "1,234", "Deux décimales au plus."),
                refuses("plan-indicator-target", "1.500", "Nombre ambigu : écrivez 1 500 pour mille cinq cents, ou 1,5 pour un et demi."),
                refuses("plan-indicator-target", "1 000 000 000 000",
                        "Valeur d’indicateur trop grande ou avec plus de deux décimales."),
                refuses("plan-indicator-current", "12 34",
                        "Chiffres mal groupés : séparez les milliers par une espace, par exemple 1 200 000."),
                stores("plan-indicator-current", "12,5", new BigDecimal("12.5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actionFields")
    void each_action_field_refuses_bad_input_on_itself_in_french_or_stores_what_was_typed(Row row) {
        login(TestUsers.COORDINATOR);
        useFrench();
        navigate(ActionPlanView.class);
        _click(_get(Button.class, spec -> spec.withId("plan-new")));
        FormTable.type("plan-title", "Action de test");
        FormTable.type("plan-owner", "Somme Numérique");
        FormTable.type("plan-indicator-name", "Indicateur");
        FormTable.type(row.field(), row.input());
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        if (row.refused()) {
            FormTable.assertRefusedOnField(row, "plan-dialog");
            assertThat(actions.count()).as("nothing stored").isZero();
            return;
        }
        ActionRow saved = rows().getFirst();
        assertThat(notificationTexts()).containsExactly("Action « " + saved.title() + " » enregistrée.");
        FormTable.assertStored(switch (row.field()) {
            case "plan-title" -> saved.title();
            case "plan-description" -> saved.description();
            case "plan-owner" -> saved.owner().name();
            case "plan-due-date" -> saved.dueDate();
            case "plan-status" -> saved.status();
            case "plan-progress" -> saved.progress();
            case "plan-indicator-name" -> saved.indicator().name();
            case "plan-indicator-target" -> saved.indicator().target();
            case "plan-indicator-current" -> saved.indicator().current();
            default -> throw new IllegalArgumentException(row.field());
        }, row.stored());
    }

    @Test
    void nothing_is_saved_while_any_field_is_invalid_and_every_problem_is_shown_in_french() {
        login(TestUsers.COORDINATOR);
        useFrench();
        navigate(ActionPlanView.class);

        _click(_get(Button.class, spec -> spec.withId("plan-new")));
        FormTable.type("plan-progress", "150");
        FormTable.type("plan-indicator-current", "-2");
        FormTable.type("plan-due-date", "01/05/2019");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        FormTable.assertShows("plan-title", "L’intitulé de l’action est obligatoire.");
        FormTable.assertShows("plan-owner", "Choisissez l’opérateur qui porte l’action.");
        FormTable.assertShows("plan-progress", "L’avancement est un nombre entier de 0 à 100 %.");
        FormTable.assertShows("plan-indicator-current", "Les valeurs de l’indicateur sont positives ou nulles.");
        assertThat(_get(DatePicker.class, spec -> spec.withId("plan-due-date")).getErrorMessage())
                .startsWith("L’échéance doit tomber entre le 1er janvier 2021 et le 31 décembre");
        FormTable.assertShows("plan-indicator-name", "Nommez l’indicateur dont vous donnez la cible ou la valeur atteinte.");
        _get(Dialog.class, spec -> spec.withId("plan-dialog"));
        assertThat(actions.count()).isZero();
    }

    @Test
    void an_action_the_coordinator_saved_meanwhile_is_not_overwritten_and_the_directors_input_is_kept() {
        ActionRow action = fixtures.sommeNumAction("Action partagée");
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        navigate(ActionPlanView.class);
        _click(inRow(grid(), action, Button.class, spec -> spec.withClasses("plan-edit")));
        users.login(TestUsers.COORDINATOR);
        plan.update(action.id(), action.version(), ActionContent.of("Titre du coordinateur", action.owner().id()));
        users.login(TestUsers.DIRECTOR_SOMME_NUM);

        FormTable.type("plan-title", "Titre du directeur");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        FormTable.assertLostRaceReported("plan-dialog", "plan-title", "Titre du directeur");
        assertThat(actions.findById(action.id()).orElseThrow().getTitle()).isEqualTo("Titre du coordinateur");
    }

    @Test
    void a_progress_report_on_an_action_changed_meanwhile_is_refused_and_the_contributors_input_is_kept() {
        ActionRow action = fixtures.sommeNumAction("Action suivie");
        login(TestUsers.DIRECTOR_ADICO);
        useFrench();
        navigate(ActionPlanView.class);
        _click(inRow(grid(), action, Button.class, spec -> spec.withClasses("plan-edit")));
        users.login(TestUsers.DIRECTOR_SOMME_NUM);
        plan.reportProgress(action.id(), action.version(), ActionStatus.EN_COURS, 30, null);
        users.login(TestUsers.DIRECTOR_ADICO);

        FormTable.type("plan-progress", "60");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        FormTable.assertLostRaceReported("plan-dialog", "plan-progress", "60");
        assertThat(actions.findById(action.id()).orElseThrow().getProgress()).isEqualTo(30);
    }

    @Test
    void filters_narrow_the_list_and_the_kpis_and_overdue_actions_carry_a_badge() {
        LocalDate today = LocalDate.now(clock);
        long sommeNum = fixtures.operatorId("SOMME_NUM");
        long adico = fixtures.operatorId("ADICO");
        ActionRow late = fixtures.create(ActionContent.of("Ouvrir la plateforme de marchés", sommeNum)
                .withSchedule(today.minusDays(3), ActionStatus.EN_COURS, ActionPriority.HAUTE, 30));
        ActionRow onTime = fixtures.create(ActionContent.of("Mutualiser le DPO", adico)
                .withSchedule(today.plusMonths(1), ActionStatus.A_FAIRE, ActionPriority.BASSE, 0));
        ActionRow done = fixtures.create(ActionContent.of("Cartographier les besoins SIG", sommeNum)
                .withSchedule(today.minusDays(10), ActionStatus.FAIT, ActionPriority.MOYENNE, 100));
        login(TestUsers.ADMIN);
        useFrench();
        navigate(ActionPlanView.class);

        assertThat(rows()).containsExactly(done, late, onTime);
        assertThat(List.of(kpi("plan-kpi-total"), kpi("plan-kpi-done"), kpi("plan-kpi-overdue"), kpi("plan-kpi-progress")))
                .containsExactly("3", "1", "1", "43 %");
        assertThat(inRow(grid(), late, Span.class, spec -> spec.withClasses("plan-overdue-badge")).getText())
                .isEqualTo("En retard");
        for (ActionRow notLate : List.of(onTime, done)) {
            assertThatThrownBy(() -> inRow(grid(), notLate, Span.class, spec -> spec.withClasses("plan-overdue-badge")))
                    .isInstanceOf(AssertionError.class);
        }
        assertThat(grid().getPartNameGenerator().apply(late)).isEqualTo("plan-overdue-row");

        _setValue(_get(Checkbox.class, spec -> spec.withId("plan-overdue-filter")), true);
        assertThat(rows()).containsExactly(late);
        assertThat(kpi("plan-kpi-total")).isEqualTo("1");
        _setValue(_get(Checkbox.class, spec -> spec.withId("plan-overdue-filter")), false);

        ComboBoxKt.selectByLabel(this.<ActionStatus>comboBox("plan-status-filter"), "Fait");
        assertThat(rows()).containsExactly(done);
        _setValue(this.<ActionStatus>comboBox("plan-status-filter"), null);

        ComboBoxKt.selectByLabel(this.<Operator>comboBox("plan-owner-filter"), "Somme Numérique");
        assertThat(rows()).containsExactly(done, late);
        ComboBoxKt.selectByLabel(this.<ActionPriority>comboBox("plan-priority-filter"), "Haute");
        assertThat(rows()).containsExactly(late);
        _setValue(this.<Operator>comboBox("plan-owner-filter"), null);
        _setValue(this.<ActionPriority>comboBox("plan-priority-filter"), null);

        _setValue(_get(TextField.class, spec -> spec.withId("plan-search")), "dpo");
        assertThat(rows()).containsExactly(onTime);
    }

    @Test
    void a_validated_offer_generates_its_actions_from_the_page() {
        JointOffer offer = fixtures.offerIn(OfferStatus.VALIDEE, List.of(
                new Milestone("Lancement du groupement", LocalDate.of(2027, 2, 1)),
                new Milestone("Mise en service", LocalDate.of(2027, 4, 15))));
        login(OfferFixtures.LEAD);
        useFrench();
        navigate(ActionPlanView.class);

        _click(_get(Button.class, spec -> spec.withId("plan-generate")));
        ComboBox<GenerationCandidate> picker = comboBox("plan-generate-offer");
        GenerationCandidate candidate = picker.getListDataView().getItems()
                .filter(c -> c.offerId().equals(offer.getId())).findFirst().orElseThrow();
        assertThat(picker.getItemLabelGenerator().apply(candidate))
                .isEqualTo(offer.getTitle() + " — Somme Numérique (2 actions à créer)");
        _setValue(picker, candidate);
        _click(_get(Button.class, spec -> spec.withId("plan-generate-confirm")));

        assertThat(notificationTexts()).contains("2 actions créées.");
        assertThat(rows()).extracting(ActionRow::title).containsExactly("Lancement du groupement", "Mise en service");
        assertThat(inRow(grid(), rows().getFirst(), Span.class, spec -> spec.withClasses("plan-generated-badge")).getText())
                .isEqualTo("Issue d’une offre");

        _click(_get(Button.class, spec -> spec.withId("plan-generate")));
        assertThat(this.<GenerationCandidate>comboBox("plan-generate-offer").getListDataView().getItems())
                .extracting(GenerationCandidate::offerId).doesNotContain(offer.getId());
    }

    @Test
    void a_link_from_a_validated_offer_opens_the_picker_on_that_offer_and_enter_generates() {
        JointOffer offer = fixtures.offerIn(OfferStatus.VALIDEE, List.of());
        login(TestUsers.COORDINATOR);
        useFrench();

        UI.getCurrent().navigate("plan-actions", QueryParameters.of(ActionPlanView.OFFER_PARAMETER, String.valueOf(offer.getId())));

        assertThat(this.<GenerationCandidate>comboBox("plan-generate-offer").getValue().offerId()).isEqualTo(offer.getId());
        ShortcutsKt._fireShortcut(comboBox("plan-generate-offer"), Key.ENTER);
        assertThat(notificationTexts()).contains("1 action créée.");
        assertThat(rows()).extracting(ActionRow::title).containsExactly(offer.getTitle());
    }

    @Test
    void the_by_operator_and_timeline_views_show_the_actions() {
        LocalDate today = LocalDate.now(clock);
        long sommeNum = fixtures.operatorId("SOMME_NUM");
        ActionRow late = fixtures.create(ActionContent.of("Relancer le groupement", sommeNum)
                .withOwner(sommeNum, Set.of(fixtures.operatorId("ADICO")))
                .withSchedule(today.minusDays(1), ActionStatus.BLOQUE, ActionPriority.HAUTE, 20));
        ActionRow next = fixtures.create(ActionContent.of("Publier le guide RGPD", sommeNum)
                .withSchedule(today.plusMonths(1), ActionStatus.EN_COURS, ActionPriority.MOYENNE, 60));
        ActionRow undated = fixtures.create(ActionContent.of("Étudier l’hébergement avancé", fixtures.operatorId("ADICO")));
        login(TestUsers.DIRECTOR_CAP_OISE);
        useFrench();
        navigate(ActionPlanView.class);
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("plan-tabs"));

        tabs.setSelectedIndex(1);
        Div somme = _get(Div.class, spec -> spec.withId("plan-owner-" + sommeNum));
        assertThat(titlesIn(somme)).containsExactly("Relancer le groupement", "Publier le guide RGPD");
        assertThat(_get(somme, Span.class, spec -> spec.withClasses("plan-owner-summary")).getText())
                .isEqualTo("2 actions · aucune faite · 1 en retard · contribue à aucune autre");
        assertThat(_get(somme, Span.class, spec -> spec.withClasses("plan-owner-mean")).getText())
                .isEqualTo("Avancement moyen : 40 %");
        assertThat(somme.getClassNames()).contains("plan-has-overdue");
        Div adico = _get(Div.class, spec -> spec.withId("plan-owner-" + fixtures.operatorId("ADICO")));
        assertThat(titlesIn(adico)).containsExactly("Étudier l’hébergement avancé");
        assertThat(_get(adico, Span.class, spec -> spec.withClasses("plan-owner-summary")).getText())
                .endsWith("contribue à 1 autre");

        tabs.setSelectedIndex(2);
        Div lateMonth = _get(Div.class, spec -> spec.withId("plan-month-" + late.dueDate().toString().substring(0, 7)));
        assertThat(titlesIn(lateMonth)).contains("Relancer le groupement");
        Div lateChip = _find(lateMonth, Div.class, spec -> spec.withClasses("plan-chip")).stream()
                .filter(chip -> titlesIn(chip).contains("Relancer le groupement")).findFirst().orElseThrow();
        assertThat(lateChip.getClassNames()).contains("plan-overdue");
        _get(lateChip, Span.class, spec -> spec.withClasses("plan-overdue-badge"));
        assertThat(titlesIn(_get(Div.class, spec -> spec.withId("plan-month-" + next.dueDate().toString().substring(0, 7)))))
                .containsExactly("Publier le guide RGPD");
        assertThat(titlesIn(_get(Div.class, spec -> spec.withId("plan-month-undated")))).containsExactly(undated.title());
    }

    @Test
    void a_contributor_reports_progress_only_and_an_admin_only_reads_who_changed_it_by_display_name() {
        ActionRow action = fixtures.sommeNumAction("Déployer la plateforme de marchés");
        login(TestUsers.DIRECTOR_ADICO);
        useFrench();
        navigate(ActionPlanView.class);
        assertThatThrownBy(() -> inRow(grid(), action, Button.class, spec -> spec.withClasses("plan-delete")))
                .isInstanceOf(AssertionError.class);

        _click(inRow(grid(), action, Button.class, spec -> spec.withClasses("plan-edit")));
        assertThat(_get(TextField.class, spec -> spec.withId("plan-title")).isReadOnly()).isTrue();
        assertThat(comboBox("plan-owner").isReadOnly()).isTrue();
        ComboBoxKt.selectByLabel(this.<ActionStatus>comboBox("plan-status"), "En cours");
        FormTable.type("plan-progress", "45");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        ActionRow reported = rows().getFirst();
        assertThat(reported.progress()).isEqualTo(45);
        assertThat(reported.status()).isEqualTo(ActionStatus.EN_COURS);
        assertThat(reported.attribution().updatedBy()).isEqualTo(TestUsers.DIRECTOR_ADICO);
        assertThat(GridKt._getFormatted(grid(), 0, "changed")).as("the last change, by display name")
                .startsWith("Direction Adico, ").doesNotContain(TestUsers.DIRECTOR_ADICO);

        login(TestUsers.ADMIN);
        navigate(ActionPlanView.class);
        _assertNone(Button.class, spec -> spec.withId("plan-new"));
        _assertNone(Button.class, spec -> spec.withId("plan-generate"));
        assertThatThrownBy(() -> inRow(grid(), reported, Button.class, spec -> spec.withClasses("plan-edit")))
                .isInstanceOf(AssertionError.class);
        _click(inRow(grid(), reported, Button.class, spec -> spec.withClasses("plan-history")));
        Grid<?> history = _get(Grid.class, spec -> spec.withId("plan-history-grid"));
        assertThat(rowsOf(history)).hasSize(2);
        assertThat(List.of(GridKt._getFormatted(history, 0, "who"), GridKt._getFormatted(history, 1, "who")))
                .as("newest first, by display name").containsExactly("Direction Adico", "Coordination Région");
    }

    @Test
    void the_owner_deletes_an_action_after_confirming() {
        ActionRow action = fixtures.sommeNumAction("Action à supprimer");
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        navigate(ActionPlanView.class);

        _click(inRow(grid(), action, Button.class, spec -> spec.withClasses("plan-delete")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(ConfirmDialogKt._getText(confirm)).contains("Action à supprimer");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(notificationTexts()).contains("Action supprimée.");
        assertThat(rows()).isEmpty();
        assertThat(actions.findById(action.id())).isEmpty();
    }

    private static List<String> titlesIn(com.vaadin.flow.component.Component container) {
        return _find(container, Span.class, spec -> spec.withClasses("plan-title")).stream().map(Span::getText).toList();
    }

    private static String kpi(String id) {
        return _get(_get(Div.class, spec -> spec.withId(id)), Span.class, spec -> spec.withClasses("kpi-value")).getText();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboBox(String id) {
        return (ComboBox<T>) _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ActionRow> grid() {
        return (Grid<ActionRow>) _get(Grid.class, spec -> spec.withId("plan-grid"));
    }

    private static List<ActionRow> rows() {
        return rowsOf(grid());
    }
}
