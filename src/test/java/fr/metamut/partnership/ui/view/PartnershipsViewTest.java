package fr.metamut.partnership.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.QueryParameters;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.domain.PartnershipContent;
import fr.metamut.partnership.domain.PartnershipRepository;
import fr.metamut.partnership.domain.PartnershipStatus;
import fr.metamut.partnership.domain.PartnershipType;
import fr.metamut.partnership.service.PartnershipService;
import fr.metamut.partnership.ui.component.PartnershipGrid;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PartnershipsViewTest extends KaribuTest {

    @Autowired
    PartnershipService service;
    @Autowired
    PartnershipRepository repository;
    @Autowired
    OperatorRepository operators;

    @AfterEach
    void removeWhatTheTestRecorded() {
        users.login(TestUsers.ADMIN);
        repository.findAll().stream().filter(p -> p.getCode() == null)
                .forEach(p -> service.remove(p.getId(), p.getVersion()));
        users.logout();
    }

    @Test
    void a_coordinator_follows_the_three_partnerships_of_the_report_read_only() {
        open(TestUsers.COORDINATOR);

        assertThat(names()).containsExactlyInAnyOrder("Plateforme mutualisée de marchés publics (ATEXO)",
                "DPD mutualisé Somme Numérique – Adico", "DPD mutualisé Adica – Adico");
        _assertNone(Button.class, spec -> spec.withId("partnership-add"));
        _get(Span.class, spec -> spec.withId("partnerships-read-only"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("partnership-summary")).getText())
                .isEqualTo("3 partenariats affichés sur 3");
        String svg = _get(Div.class, spec -> spec.withId("partnership-network")).getElement().getProperty("innerHTML");
        assertThat(svg.split("<circle ", -1)).hasSize(10); // nine operators
        assertThat(svg.split("<line ", -1)).hasSize(6); // ATEXO joins 3 pairs, each shared DPO one
        assertThat(svg).contains("data-code='ADICA'", "net-type-dpd-mutualise", "net-type-plateforme-mutualisee");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filters_narrow_the_list_by_operator_type_status_and_text() {
        open(TestUsers.DIRECTOR_ADICO);

        _setValue(_get(ComboBox.class, spec -> spec.withId("partnership-type-filter")), PartnershipType.DPD_MUTUALISE);
        assertThat(names()).hasSize(2).allMatch(n -> n.startsWith("DPD mutualisé"));
        _setValue(_get(ComboBox.class, spec -> spec.withId("partnership-operator-filter")), operator("ADICA"));
        assertThat(names()).containsExactly("DPD mutualisé Adica – Adico");
        _setValue(_get(ComboBox.class, spec -> spec.withId("partnership-type-filter")), null);
        _setValue(_get(ComboBox.class, spec -> spec.withId("partnership-operator-filter")), null);
        _setValue(_get(ComboBox.class, spec -> spec.withId("partnership-status-filter")), PartnershipStatus.TERMINEE);
        assertThat(names()).isEmpty();
        _setValue(_get(ComboBox.class, spec -> spec.withId("partnership-status-filter")), null);
        _setValue(_get(TextField.class, spec -> spec.withId("partnership-search")), "atexo");
        assertThat(names()).containsExactly("Plateforme mutualisée de marchés publics (ATEXO)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void clicking_an_operator_in_the_network_filters_the_list_and_a_second_click_clears_it() {
        open(TestUsers.COORDINATOR);
        Div picture = _get(Div.class, spec -> spec.withId("partnership-network"));

        BasicUtilsKt._fireDomEvent(picture, "click",
                JacksonUtils.createObjectNode().put("event.target.dataset.code", "ADICA"));

        assertThat(names()).containsExactly("DPD mutualisé Adica – Adico");
        ComboBox<Operator> operatorFilter = _get(ComboBox.class, spec -> spec.withId("partnership-operator-filter"));
        assertThat(operatorFilter.getValue().getCode()).isEqualTo("ADICA");
        assertThat(picture.getElement().getProperty("innerHTML")).contains("net-node-selected");
        Button adica = _get(Button.class, spec -> spec.withId("network-node-ADICA"));
        assertThat(adica.getElement().getAttribute("aria-pressed")).isEqualTo("true");

        _click(_get(Button.class, spec -> spec.withId("network-node-ADICA")));
        assertThat(names()).hasSize(3);
        _click(_get(Button.class, spec -> spec.withId("network-node-CDG59")));
        assertThat(names()).containsExactly("Plateforme mutualisée de marchés publics (ATEXO)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_director_records_a_partnership_and_invalid_fields_say_why_in_french() {
        open(TestUsers.DIRECTOR_SOMME_NUM);
        _click(_get(Button.class, spec -> spec.withId("partnership-add")));
        MultiSelectComboBox<Operator> parties = _get(MultiSelectComboBox.class, spec -> spec.withId("partnership-operators"));
        assertThat(parties.getValue()).extracting(Operator::getCode).containsExactly("SOMME_NUM");

        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        TextField name = _get(TextField.class, spec -> spec.withId("partnership-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("L’intitulé du partenariat est obligatoire.");
        assertThat(parties.getErrorMessage()).isEqualTo("Un partenariat réunit au moins 2 opérateurs distincts.");

        _setValue(name, "Groupement de commandes SIG");
        _setValue(_get(ComboBox.class, spec -> spec.withId("partnership-type")), PartnershipType.GROUPEMENT_DE_COMMANDES);
        _setValue(parties, Set.of(operator("SOMME_NUM"), operator("RVVN")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("partnership-start")), LocalDate.of(2026, 3, 1));
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("partnership-end"));
        _setValue(end, LocalDate.of(2026, 2, 1));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(end.getErrorMessage()).isEqualTo("La date de fin ne peut pas précéder la date de début.");
        assertThat(repository.count()).isEqualTo(3);

        _setValue(end, LocalDate.of(2028, 2, 29));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        assertThat(names()).contains("Groupement de commandes SIG").hasSize(4);
        Partnership saved = repository.findAll().stream().filter(p -> p.getCode() == null).findFirst().orElseThrow();
        assertThat(saved.getOperators()).extracting(Operator::getCode).containsExactlyInAnyOrder("SOMME_NUM", "RVVN");
        assertThat(saved.getAttribution().getCreatedBy()).isEqualTo(TestUsers.DIRECTOR_SOMME_NUM);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_director_edits_a_partnership_of_their_operator_from_its_details_and_is_named_by_display_name() {
        users.login(TestUsers.DIRECTOR_SOMME_NUM);
        service.record(new PartnershipContent("Convention hébergement", PartnershipType.CONVENTION,
                PartnershipStatus.EN_PROJET, null, null, null, null,
                List.of(operator("SOMME_NUM").getId(), operator("CDG62").getId()), List.of(), List.of()));
        open(TestUsers.DIRECTOR_SOMME_NUM);

        GridKt._clickItem(grid(), rowOf("Convention hébergement"));
        _click(_get(Button.class, spec -> spec.withId("partnership-edit")));
        _setValue(_get(ComboBox.class, spec -> spec.withId("partnership-status")), PartnershipStatus.ACTIVE);
        _setValue(_get(TextArea.class, spec -> spec.withId("partnership-description")), "Signée en conseil syndical.");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        Partnership changed = GridKt._get(grid(), rowOf("Convention hébergement"));
        assertThat(changed.getStatus()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(changed.getDescription()).isEqualTo("Signée en conseil syndical.");
        assertThat(changed.getAttribution().getUpdatedBy()).isEqualTo(TestUsers.DIRECTOR_SOMME_NUM);
        assertThat(GridKt._getFormatted(grid(), rowOf("Convention hébergement"), "origin"))
                .as("who changed it, by display name").startsWith("Direction Somme Numérique, le ")
                .doesNotContain(TestUsers.DIRECTOR_SOMME_NUM);

        GridKt._clickItem(grid(), rowOf("Convention hébergement"));
        String facts = _get(DescriptionList.class, spec -> spec.withId("partnership-facts")).getElement().getTextRecursively();
        assertThat(facts).contains("Direction Somme Numérique, le ").doesNotContain(TestUsers.DIRECTOR_SOMME_NUM);
    }

    @Test
    void a_director_sees_no_edit_button_on_a_partnership_their_operator_is_not_part_of() {
        open(TestUsers.DIRECTOR_ADICO);
        GridKt._clickItem(grid(), rowOf("Plateforme mutualisée de marchés publics (ATEXO)"));

        _get(DescriptionList.class, spec -> spec.withId("partnership-facts"));
        _assertNone(Button.class, spec -> spec.withId("partnership-edit"));
        _assertNone(Button.class, spec -> spec.withId("partnership-remove"));
    }

    @Test
    void a_partnership_recorded_by_someone_else_appears_without_reloading() {
        open(TestUsers.COORDINATOR);
        users.login(TestUsers.ADMIN); // another user, in another UI
        service.record(new PartnershipContent("Accord régional de test", PartnershipType.AUTRE, PartnershipStatus.ACTIVE,
                null, null, null, null, List.of(operator("ADICA").getId(), operator("CAP_OISE").getId()), List.of(),
                List.of()));

        MockVaadin.runUIQueue();
        assertThat(names()).contains("Accord régional de test").hasSize(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void links_from_other_pages_preselect_an_operator_or_open_a_partnership() {
        Partnership atexo = repository.findAll().stream().filter(p -> "ATEXO".equals(p.getCode())).findFirst().orElseThrow();
        login(TestUsers.COORDINATOR);
        UI.getCurrent().setLocale(Locale.FRENCH);

        UI.getCurrent().navigate("partenariats", QueryParameters.of("operateur", "CDG62"));
        assertThat(_get(ComboBox.class, spec -> spec.withId("partnership-operator-filter")).getValue())
                .isEqualTo(operator("CDG62"));
        assertThat(names()).containsExactly(atexo.getName());

        UI.getCurrent().navigate("partenariats", QueryParameters.of("partenariat", String.valueOf(atexo.getId())));
        assertThat(_get(Dialog.class, spec -> spec.withId("partnership-details"))
                .getHeaderTitle()).isEqualTo(atexo.getName());
    }

    private void open(String username) {
        login(username);
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(PartnershipsView.class);
    }

    private PartnershipGrid grid() {
        return _get(PartnershipGrid.class, spec -> spec.withId("partnerships-grid"));
    }

    private List<String> names() {
        PartnershipGrid grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).getName()).toList();
    }

    private int rowOf(String name) {
        return names().indexOf(name);
    }

    private Operator operator(String code) {
        return operators.findByCode(code).orElseThrow();
    }
}
