package fr.metamut.catalog.ui.view;

import static fr.metamut.support.Denials.assertDenied;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.metamut.support.FormTable.refuses;
import static fr.metamut.support.FormTable.stores;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.DepartementRepository;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.domain.ServiceLineRepository;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.support.FormTable;
import fr.metamut.support.FormTable.Row;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An operator's page: its director edits its offerings there; everybody else only reads them. Each field
 * of the two offering forms explains bad input on itself in French, and a note someone else saved meanwhile
 * (or at the same moment) is not overwritten: the user is told and keeps the text.
 */
class OperatorDetailViewKaribuTest extends KaribuTest {

    @Autowired
    OfferingRepository offerings;
    @Autowired
    OperatorRepository operators;
    @Autowired
    ServiceLineRepository services;
    @Autowired
    DepartementRepository departements;
    @Autowired
    OfferingService offeringService;
    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void removeOfferingsAddedByTests() {
        // reference offerings all carry the report as source; anything else was typed in by a test
        offerings.deleteAll(offerings.findAll().stream().filter(o -> o.getSource() == null).toList());
    }

    @Test
    void director_adds_and_removes_an_offering_of_their_own_operator() {
        Operator sommeNum = operator("SOMME_NUM");
        Departement somme = departements.findByCode("80").orElseThrow();
        ServiceLine service = serviceNotOfferedBy(sommeNum, somme);
        long before = offerings.countByOperatorId(sommeNum.getId());
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        UI.getCurrent().navigate("operateurs/SOMME_NUM");
        assertThat(rows()).hasSize((int) before);

        _click(_get(Button.class, spec -> spec.withId("offering-add")));
        ComboBoxKt.selectByLabel(this.<Departement>comboBox("offering-departement"), "80 Somme");
        ComboBoxKt.selectByLabel(this.<ServiceLine>comboBox("offering-service"), service.getName());
        _setValue(_get(TextArea.class, spec -> spec.withId("offering-note")), "Ajouté depuis la page");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        _assertNone(Dialog.class, spec -> spec.withId("offering-dialog"));
        assertThat(notificationTexts()).containsExactly("Offre ajoutée : « " + service.getName() + " » en 80 Somme.");
        Offering added = rows().stream().filter(o -> o.getServiceLine().getId().equals(service.getId())
                && o.getDepartement().getCode().equals("80")).findFirst().orElseThrow();
        assertThat(added.getNote()).isEqualTo("Ajouté depuis la page");
        assertThat(added.getAttribution().getCreatedBy()).isEqualTo(TestUsers.DIRECTOR_SOMME_NUM);
        assertThat(GridKt._getFormatted(grid(), rows().indexOf(added), "origin")).as("by display name, not login")
                .startsWith("Modifié par Direction Somme Numérique le ");
        assertThat(offerings.countByOperatorId(sommeNum.getId())).isEqualTo(before + 1);

        _click(inRow(grid(), added, Button.class, spec -> spec.withClasses("offering-remove")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        assertThat(rows()).hasSize((int) before).noneMatch(o -> o.getId().equals(added.getId()));
        assertThat(offerings.findById(added.getId())).isEmpty();
    }

    @Test
    void director_reads_another_operators_page_without_edit_controls_and_the_service_refuses_their_change() {
        Operator adico = operator("ADICO");
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        UI.getCurrent().navigate("operateurs/ADICO");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OperatorDetailView.class);
        assertThat(rows()).hasSize((int) offerings.countByOperatorId(adico.getId()));
        _assertNone(Button.class, spec -> spec.withId("offering-add"));
        assertThat(_get(Span.class, spec -> spec.withId("offerings-read-only")).getText())
                .isEqualTo("Lecture seule : seul le directeur de cet opérateur modifie ses offres.");

        Departement somme = departements.findByCode("80").orElseThrow();
        Long service = serviceNotOfferedBy(adico, somme).getId();
        long before = offerings.count();
        assertDenied(() -> offeringService.add(adico.getId(), service, somme.getId(), null));
        assertThat(offerings.count()).isEqualTo(before);
    }

    @Test
    void admin_may_edit_any_operators_offerings_from_its_page() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate("operateurs/ADICO");

        _get(Button.class, spec -> spec.withId("offering-add"));
        _assertNone(Span.class, spec -> spec.withId("offerings-read-only"));
    }

    @Test
    void adding_an_offering_that_already_exists_is_refused_in_french_and_not_duplicated() {
        Operator sommeNum = operator("SOMME_NUM");
        Offering existing = offerings.findByOperator(sommeNum.getId()).getFirst();
        long before = offerings.count();
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        UI.getCurrent().navigate("operateurs/SOMME_NUM");

        _click(_get(Button.class, spec -> spec.withId("offering-add")));
        ComboBoxKt.selectByLabel(this.<Departement>comboBox("offering-departement"), existing.getDepartement().getLabel());
        ComboBoxKt.selectByLabel(this.<ServiceLine>comboBox("offering-service"), existing.getServiceLine().getName());
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        FormTable.assertShows("offering-service", "Cet opérateur propose déjà « "
                + existing.getServiceLine().getName() + " » en " + existing.getDepartement().getLabel() + ".");
        _get(Dialog.class, spec -> spec.withId("offering-dialog")); // stays open with what was typed
        assertThat(offerings.count()).isEqualTo(before);
        assertThat(rows()).filteredOn(o -> o.getServiceLine().getId().equals(existing.getServiceLine().getId())
                && o.getDepartement().getId().equals(existing.getDepartement().getId())).hasSize(1);
    }

    @Test
    void adding_an_offering_without_departement_or_service_shows_required_messages() {
        long before = offerings.count();
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        UI.getCurrent().navigate("operateurs/SOMME_NUM");

        _click(_get(Button.class, spec -> spec.withId("offering-add")));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        for (String id : List.of("offering-departement", "offering-service")) {
            ComboBox<?> field = comboBox(id);
            assertThat(field.isInvalid()).as(id).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        }
        assertThat(offerings.count()).isEqualTo(before);
    }

    static Stream<Arguments> offeringFields() {
        return Stream.of(
                refuses("offering-departement", "", "Ce champ est obligatoire."),
                refuses("offering-service", "", "Ce champ est obligatoire."),
                refuses("offering-service", "Archivage électronique",
                        "Cet opérateur propose déjà « Archivage électronique » en 80 Somme."),
                stores("offering-departement", "62 Pas-de-Calais", "62"),
                refuses("offering-note", "x".repeat(501), "500 caractères au plus (501 saisis)."),
                refuses("offering-note", "x".repeat(2000), "500 caractères au plus (2\u202F000 saisis)."),
                stores("offering-note", "  Sur devis  ", "Sur devis"),
                stores("offering-note", "", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offeringFields")
    void each_field_of_a_new_offering_refuses_bad_input_on_itself_in_french_or_stores_what_was_typed(Row row) {
        long before = offerings.count();
        openAsSommeNumDirector();
        _click(_get(Button.class, spec -> spec.withId("offering-add")));
        FormTable.type("offering-departement", "80 Somme");
        FormTable.type("offering-service", "Autorisation du droit des sols");
        FormTable.type(row.field(), row.input());
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        if (row.refused()) {
            FormTable.assertRefusedOnField(row, "offering-dialog");
            assertThat(offerings.count()).isEqualTo(before);
            return;
        }
        Offering added = offerings.findAll().stream().filter(o -> o.getSource() == null).findFirst().orElseThrow();
        assertThat(notificationTexts()).containsExactly("Offre ajoutée : « Autorisation du droit des sols » en "
                + added.getDepartement().getLabel() + ".");
        FormTable.assertStored(row.field().equals("offering-note") ? added.getNote() : added.getDepartement().getCode(),
                row.stored());
    }

    static Stream<Arguments> noteInputs() {
        return Stream.of(
                refuses("offering-note", "x".repeat(501), "500 caractères au plus (501 saisis)."),
                refuses("offering-note", "x".repeat(2000), "500 caractères au plus (2\u202F000 saisis)."),
                stores("offering-note", "x".repeat(500), "x".repeat(500)),
                stores("offering-note", "  Sur devis  ", "Sur devis"),
                stores("offering-note", "   ", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noteInputs")
    void an_offering_note_refuses_a_text_over_its_limit_on_the_field_or_stores_what_was_typed(Row row) {
        Offering offering = firstSommeNumOffering();
        openAsSommeNumDirector();
        try {
            _click(inRow(grid(), rowOf(offering), Button.class, spec -> spec.withIcon(VaadinIcon.EDIT)));
            FormTable.type(row.field(), row.input());
            _click(_get(Button.class, spec -> spec.withId("dialog-save")));

            Offering stored = offerings.findById(offering.getId()).orElseThrow();
            if (row.refused()) {
                FormTable.assertShows(row.field(), row.message());
                _get(Dialog.class, spec -> spec.withId("offering-note-dialog"));
                assertThat(stored.getVersion()).as("nothing stored").isEqualTo(offering.getVersion());
                return;
            }
            assertThat(notificationTexts()).containsExactly("Note enregistrée pour « "
                    + offering.getServiceLine().getName() + " » en " + offering.getDepartement().getLabel() + ".");
            assertThat(stored.getNote()).isEqualTo(row.stored());
        } finally {
            restoreNote(offering);
        }
    }

    @Test
    void a_note_the_admin_saved_meanwhile_is_not_overwritten_the_director_is_told_and_keeps_the_text() {
        Offering offering = firstSommeNumOffering();
        openAsSommeNumDirector();
        try {
            _click(inRow(grid(), rowOf(offering), Button.class, spec -> spec.withIcon(VaadinIcon.EDIT)));
            users.login(TestUsers.ADMIN);
            offeringService.changeNote(offering.getId(), offering.getVersion(), "Note de l’administrateur");
            users.login(TestUsers.DIRECTOR_SOMME_NUM);

            FormTable.type("offering-note", "Note du directeur");
            _click(_get(Button.class, spec -> spec.withId("dialog-save")));

            assertLostRaceReported("Note du directeur");
        } finally {
            restoreNote(offering);
        }
    }

    @Test
    void a_director_and_an_admin_saving_the_same_note_at_once_the_loser_is_told_and_keeps_the_text() {
        Offering offering = firstSommeNumOffering();
        openAsSommeNumDirector();
        try {
            _click(inRow(grid(), rowOf(offering), Button.class, spec -> spec.withIcon(VaadinIcon.EDIT)));
            FormTable.type("offering-note", "Note du directeur");
            TransactionTemplate adminsSave = new TransactionTemplate(transactionManager);
            adminsSave.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            new TransactionTemplate(transactionManager).executeWithoutResult(directorsSave -> {
                // the director's save has read the row when the admin's save commits: both read the same version
                offerings.findById(offering.getId());
                users.login(TestUsers.ADMIN);
                adminsSave.executeWithoutResult(status -> offeringService.changeNote(offering.getId(),
                        offering.getVersion(), "Note de l’administrateur"));
                users.login(TestUsers.DIRECTOR_SOMME_NUM);

                _click(_get(Button.class, spec -> spec.withId("dialog-save")));
                directorsSave.setRollbackOnly();
            });

            assertLostRaceReported("Note du directeur");
        } finally {
            restoreNote(offering);
        }
    }

    private void assertLostRaceReported(String typed) {
        FormTable.assertLostRaceReported("offering-note-dialog", "offering-note", typed);
        assertThat(offerings.findById(firstSommeNumOffering().getId()).orElseThrow().getNote())
                .isEqualTo("Note de l’administrateur");
    }

    private void openAsSommeNumDirector() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        UI.getCurrent().navigate("operateurs/SOMME_NUM");
    }

    private Offering firstSommeNumOffering() {
        return offerings.findByOperator(operator("SOMME_NUM").getId()).getFirst();
    }

    private static Offering rowOf(Offering offering) {
        return rows().stream().filter(o -> o.getId().equals(offering.getId())).findFirst().orElseThrow();
    }

    /** Puts the reference note back, whoever changed it. */
    private void restoreNote(Offering original) {
        users.login(TestUsers.ADMIN);
        Offering now = offerings.findById(original.getId()).orElseThrow();
        offeringService.changeNote(now.getId(), now.getVersion(), original.getNote());
    }

    private Operator operator(String code) {
        return operators.findByCode(code).orElseThrow();
    }

    private ServiceLine serviceNotOfferedBy(Operator operator, Departement departement) {
        return services.findAllInCatalogueOrder().stream()
                .filter(s -> !offerings.existsByOperatorIdAndServiceLineIdAndDepartementId(
                        operator.getId(), s.getId(), departement.getId()))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboBox(String id) {
        return (ComboBox<T>) _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Offering> grid() {
        return (Grid<Offering>) _get(Grid.class, spec -> spec.withId("offerings-grid"));
    }

    private static List<Offering> rows() {
        return rowsOf(grid());
    }
}
