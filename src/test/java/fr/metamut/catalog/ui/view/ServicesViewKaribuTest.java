package fr.metamut.catalog.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.metamut.support.FormTable.refuses;
import static fr.metamut.support.FormTable.stores;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.catalog.domain.ServiceFamily;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.domain.ServiceLineRepository;
import fr.metamut.catalog.domain.ServiceOrigin;
import fr.metamut.catalog.service.CatalogAdminService;
import fr.metamut.catalog.service.ServiceSummary;
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

/**
 * The catalogue page: everybody reads it, administrators add, edit and delete services; every field of the
 * service form explains bad input on itself in French, and a service saved meanwhile is not overwritten.
 */
class ServicesViewKaribuTest extends KaribuTest {

    @Autowired
    ServiceLineRepository services;
    @Autowired
    CatalogAdminService admin;

    @AfterEach
    void deleteServicesAddedByTests() {
        services.deleteAll(services.findAll().stream().filter(s -> s.getSource() == null).toList());
    }

    @Test
    void coordinator_reads_the_forty_services_and_filters_those_outside_the_synthesis_table() {
        login(TestUsers.COORDINATOR);
        navigate(ServicesView.class);

        assertThat(rows()).hasSize(40);
        _setValue(_get(Checkbox.class, spec -> spec.withId("services-outside-only")), true);
        assertThat(rows()).hasSize(8).allMatch(s -> s.service().getOrigin() != ServiceOrigin.SYNTHESE);
        _assertNone(Button.class, spec -> spec.withId("services-add"));
    }

    @Test
    void admin_adds_a_service_then_deletes_it() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withId("services-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("service-code")), "TIERS_LIEU");
        _setValue(_get(TextField.class, spec -> spec.withId("service-name")), "Tiers-lieu numérique");
        @SuppressWarnings("unchecked")
        ComboBox<ServiceFamily> family = _get(ComboBox.class, spec -> spec.withId("service-family"));
        ComboBoxKt.selectByLabel(family, "Services aux usagers et données");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        ServiceSummary added = row("TIERS_LIEU");
        assertThat(added.service().getOrigin()).isEqualTo(ServiceOrigin.AJOUT);
        assertThat(rows()).hasSize(41);

        _click(inRow(grid(), added, Button.class, spec -> spec.withIcon(VaadinIcon.TRASH)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        assertThat(rows()).hasSize(40);
        assertThat(services.findByCode("TIERS_LIEU")).isEmpty();
    }

    static Stream<Arguments> serviceFields() {
        return Stream.of(
                refuses("service-code", "", "Ce champ est obligatoire."),
                refuses("service-code", "tiers lieu", "Majuscules, chiffres et _ uniquement."),
                refuses("service-code", "T".repeat(41), "40 caractères au plus (41 saisis)."),
                refuses("service-code", "DPD", "Le code DPD est déjà utilisé par un autre service."),
                stores("service-code", "TIERS_LIEU_2", "TIERS_LIEU_2"),
                refuses("service-name", " ", "Ce champ est obligatoire."),
                refuses("service-name", "x".repeat(161), "160 caractères au plus (161 saisis)."),
                refuses("service-name", "x".repeat(2000), "160 caractères au plus (2\u202F000 saisis)."),
                refuses("service-name", "délégué à la protection des données (dpd)",
                        "Un service s’appelle déjà « délégué à la protection des données (dpd) »."),
                stores("service-name", " Tiers-lieu numérique ", "Tiers-lieu numérique"),
                refuses("service-family", "", "Ce champ est obligatoire."),
                stores("service-family", "Services aux usagers et données", "Services aux usagers et données"),
                refuses("service-description", "x".repeat(1001), "1\u202F000 caractères au plus (1\u202F001 saisis)."),
                stores("service-description", "Un lieu partagé", "Un lieu partagé"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceFields")
    void each_service_field_refuses_bad_input_on_itself_in_french_or_stores_what_was_typed(Row row) {
        openAsAdmin();
        long before = services.count();
        _click(_get(Button.class, spec -> spec.withId("services-add")));
        FormTable.type("service-code", "TIERS_LIEU");
        FormTable.type("service-name", "Tiers-lieu");
        FormTable.type("service-family", "Services aux usagers et données");
        FormTable.type(row.field(), row.input());
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        if (row.refused()) {
            FormTable.assertRefusedOnField(row, "service-dialog");
            assertThat(services.count()).isEqualTo(before);
            return;
        }
        ServiceLine saved = services.findAll().stream().filter(s -> s.getSource() == null).findFirst().orElseThrow();
        assertThat(notificationTexts()).containsExactly("Service « " + saved.getName() + " » enregistré.");
        FormTable.assertStored(switch (row.field()) {
            case "service-code" -> saved.getCode();
            case "service-name" -> saved.getName();
            case "service-family" -> saved.getFamily().getName();
            case "service-description" -> saved.getDescription();
            default -> throw new IllegalArgumentException(row.field());
        }, row.stored());
    }

    @Test
    void a_service_another_admin_saved_meanwhile_is_not_overwritten_and_the_input_is_kept() {
        openAsAdmin();
        _click(inRow(grid(), row("DPD"), Button.class, spec -> spec.withIcon(VaadinIcon.EDIT)));
        ServiceLine theirs = services.findByCode("DPD").orElseThrow();
        String before = theirs.getDescription();
        theirs.setDescription("Changée par un autre administrateur");
        admin.save(theirs);
        try {
            FormTable.type("service-description", "Ma description");
            _click(_get(Button.class, spec -> spec.withId("dialog-save")));

            FormTable.assertLostRaceReported("service-dialog", "service-description", "Ma description");
            assertThat(services.findByCode("DPD").orElseThrow().getDescription())
                    .isEqualTo("Changée par un autre administrateur");
        } finally {
            ServiceLine now = services.findByCode("DPD").orElseThrow();
            now.setDescription(before);
            admin.save(now);
        }
    }

    @Test
    void deleting_a_service_the_report_data_refers_to_is_refused_in_french() {
        openAsAdmin();

        _click(inRow(grid(), row("ADS"), Button.class, spec -> spec.withIcon(VaadinIcon.TRASH)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        assertThat(notificationTexts()).containsExactly("L’enquête, le tableau de synthèse publié ou un "
                + "partenariat cite ce service : il ne peut pas être supprimé.");
        assertThat(services.findByCode("ADS")).isPresent();
        assertThat(rows()).hasSize(40);
    }

    private void openAsAdmin() {
        login(TestUsers.ADMIN);
        useFrench();
        navigate(ServicesView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ServiceSummary> grid() {
        return (Grid<ServiceSummary>) _get(Grid.class, spec -> spec.withId("services-grid"));
    }

    private static List<ServiceSummary> rows() {
        return rowsOf(grid());
    }

    private static ServiceSummary row(String code) {
        return rows().stream().filter(s -> s.service().getCode().equals(code)).findFirst().orElseThrow();
    }
}
