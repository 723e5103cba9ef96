package fr.metamut.catalog.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.catalog.domain.ServiceFamily;
import fr.metamut.catalog.domain.ServiceLineRepository;
import fr.metamut.catalog.domain.ServiceOrigin;
import fr.metamut.catalog.service.ServiceSummary;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalogue page: everybody reads it, administrators add and delete services. */
class ServicesViewKaribuTest extends KaribuTest {

    @Autowired
    ServiceLineRepository services;

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
