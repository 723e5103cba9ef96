package fr.metamut.partnership.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.metamut.support.FormTable.refuses;
import static fr.metamut.support.FormTable.stores;
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
import fr.metamut.catalog.domain.Departement;
import fr.metamut.partnership.ui.component.PartnershipDetails;
import fr.metamut.partnership.ui.component.PartnershipGrid;
import fr.metamut.support.FormTable;
import fr.metamut.support.FormTable.Row;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The partnership registry: read by everyone, recorded and edited by the operators' directors; each field of
 * the partnership dialog explains bad input on itself in French and nothing is stored, and a partnership
 * changed meanwhile is not overwritten.
 */
class PartnershipsViewKaribuTest extends KaribuTest {

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

    static Stream<Arguments> partnershipFields() {
        String unreadable = "Date illisible : écrivez-la jj/mm/aaaa, par exemple 31/12/2027.";
        return Stream.of(
                refuses("partnership-name", "", "L’intitulé du partenariat est obligatoire."),
                refuses("partnership-name", "  ", "L’intitulé du partenariat est obligatoire."),
                refuses("partnership-name", "x".repeat(201), "200 caractères au plus (201 saisis)."),
                refuses("partnership-name", "x".repeat(2000), "200 caractères au plus (2\u202F000 saisis)."),
                stores("partnership-name", "  Groupement SIG  ", "Groupement SIG"),
                refuses("partnership-type", "", "Choisissez le type de partenariat."),
                stores("partnership-type", "Groupement de commandes", PartnershipType.GROUPEMENT_DE_COMMANDES),
                refuses("partnership-status", "", "Choisissez le statut du partenariat."),
                stores("partnership-status", "En projet", PartnershipStatus.EN_PROJET),
                refuses("partnership-operators", "Somme Numérique", "Un partenariat réunit au moins 2 opérateurs distincts."),
                refuses("partnership-operators", "Adico; RVVN", "Votre opérateur doit faire partie du partenariat."),
                stores("partnership-operators", "Somme Numérique; RVVN; Adico", "Adico, RVVN, Somme Numérique"),
                refuses("partnership-start", "32/13/2027", unreadable),
                stores("partnership-start", "15/02/2025", LocalDate.of(2025, 2, 15)),
                stores("partnership-start", "", null),
                refuses("partnership-end", "32/13/2027", unreadable),
                refuses("partnership-end", "31/12/2025", "La date de fin ne peut pas précéder la date de début."),
                stores("partnership-end", "31/12/2027", LocalDate.of(2027, 12, 31)),
                stores("partnership-end", "01/01/2026", LocalDate.of(2026, 1, 1)),
                refuses("partnership-description", "x".repeat(2001), "2\u202F000 caractères au plus (2\u202F001 saisis)."),
                stores("partnership-description", "  Signée en 2026  ", "Signée en 2026"),
                refuses("partnership-source", "x".repeat(121), "120 caractères au plus (121 saisis)."),
                stores("partnership-source", "Délibération du 3 mars", "Délibération du 3 mars"),
                stores("partnership-departements", "80 Somme; 62 Pas-de-Calais", "62 Pas-de-Calais, 80 Somme"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnershipFields")
    void each_partnership_field_refuses_bad_input_on_itself_in_french_or_stores_what_was_typed(Row row) {
        long before = repository.count();
        open(TestUsers.DIRECTOR_SOMME_NUM);
        _click(_get(Button.class, spec -> spec.withId("partnership-add")));
        FormTable.type("partnership-name", "Partenariat de test");
        FormTable.type("partnership-type", "Convention");
        FormTable.type("partnership-operators", "Somme Numérique; Adico");
        FormTable.type("partnership-start", "01/01/2026");
        FormTable.type(row.field(), row.input());
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        if (row.refused()) {
            FormTable.assertRefusedOnField(row, "partnership-dialog");
            assertThat(repository.count()).as("nothing stored").isEqualTo(before);
            return;
        }
        Partnership saved = repository.findAll().stream().filter(p -> p.getCode() == null).findFirst().orElseThrow();
        assertThat(notificationTexts()).containsExactly("Partenariat « " + saved.getName() + " » enregistré.");
        FormTable.assertStored(switch (row.field()) {
            case "partnership-name" -> saved.getName();
            case "partnership-type" -> saved.getType();
            case "partnership-status" -> saved.getStatus();
            case "partnership-operators" -> PartnershipDetails.names(saved.getOperators(), Operator::getName);
            case "partnership-start" -> saved.getStartDate();
            case "partnership-end" -> saved.getEndDate();
            case "partnership-description" -> saved.getDescription();
            case "partnership-source" -> saved.getSource();
            case "partnership-departements" -> PartnershipDetails.names(saved.getDepartements(), Departement::getLabel);
            default -> throw new IllegalArgumentException(row.field());
        }, row.stored());
    }

    @Test
    void a_partnership_someone_else_saved_meanwhile_is_not_overwritten_and_the_input_is_kept() {
        users.login(TestUsers.DIRECTOR_SOMME_NUM);
        Partnership recorded = service.record(new PartnershipContent("Convention partagée", PartnershipType.CONVENTION,
                PartnershipStatus.EN_PROJET, null, null, null, null,
                List.of(operator("SOMME_NUM").getId(), operator("CDG62").getId()), List.of(), List.of()));
        open(TestUsers.DIRECTOR_SOMME_NUM);
        GridKt._clickItem(grid(), rowOf("Convention partagée"));
        _click(_get(Button.class, spec -> spec.withId("partnership-edit")));
        users.login(TestUsers.ADMIN);
        service.update(recorded.getId(), recorded.getVersion(), new PartnershipContent("Convention partagée",
                PartnershipType.CONVENTION, PartnershipStatus.ACTIVE, "Signée par l’administrateur", null, null, null,
                List.of(operator("SOMME_NUM").getId(), operator("CDG62").getId()), List.of(), List.of()));
        users.login(TestUsers.DIRECTOR_SOMME_NUM);

        FormTable.type("partnership-description", "Ma description");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        FormTable.assertLostRaceReported("partnership-dialog", "partnership-description", "Ma description");
        assertThat(repository.findById(recorded.getId()).orElseThrow().getDescription())
                .isEqualTo("Signée par l’administrateur");
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
