package fr.metamut.offer.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.coverage.ui.component.CellPanel;
import fr.metamut.coverage.ui.component.MatrixGrid;
import fr.metamut.coverage.ui.view.MatrixView;
import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.ui.OfferKaribuTest;
import fr.metamut.support.TableRows;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A director drafts a joint offer from a cell of the matrix (prefilled) or from scratch; what cannot be
 * saved is refused with a French message and nothing is written.
 */
class OfferCreationKaribuTest extends OfferKaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_gap_of_the_matrix_proposes_an_offer_prefilled_with_its_service_departement_and_cell() {
        loginInFrench(OfferFixtures.LEAD);
        navigate(MatrixView.class);
        fr.metamut.coverage.ui.component.MatrixCells.click("ARCHIVAGE", "62");
        Anchor propose = _get(_get(CellPanel.class), Anchor.class, spec -> spec.withId("cell-panel-propose"));
        assertThat(propose.getHref()).isEqualTo("offres?service=ARCHIVAGE&departement=62&kind=GAP");

        UI.getCurrent().navigate(OffersView.class,
                QueryParameters.simple(Map.of("service", "ARCHIVAGE", "departement", "62", "kind", "GAP")));
        Dialog dialog = byId(Dialog.class, "new-offer-dialog");
        TextField title = _get(dialog, TextField.class, spec -> spec.withId("new-offer-title"));
        assertThat(title.getValue()).isEqualTo("Offre conjointe : Archivage électronique (62)");
        _click(_get(dialog, Button.class, spec -> spec.withId("new-offer-create")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OfferEditorView.class);
        assertThat(servicesField().getValue()).extracting(ServiceLine::getCode).containsExactly("ARCHIVAGE");
        assertThat(departementsField().getValue()).extracting(Departement::getCode).containsExactly("62");
        assertThat(addressedField().getValue()).containsExactly(new AddressedCell("ARCHIVAGE", "62", AddressedCell.Kind.GAP));
        assertThat(byId(Span.class, "offer-status").getText()).isEqualTo("Brouillon");
        JointOffer saved = reload(openOfferId());
        assertThat(saved.getLead().getCode()).isEqualTo("SOMME_NUM");
        assertThat(saved.getAddressedCells()).containsExactly(new AddressedCell("ARCHIVAGE", "62", AddressedCell.Kind.GAP));
    }

    @Test
    void a_doublon_link_addresses_the_doublon() {
        loginInFrench(OfferFixtures.LEAD);
        UI.getCurrent().navigate(OffersView.class,
                QueryParameters.simple(Map.of("service", "MARCHES_PUBLICS", "departement", "62", "kind", "DOUBLON")));
        _click(byId(Button.class, "new-offer-create"));

        assertThat(addressedField().getValue())
                .containsExactly(new AddressedCell("MARCHES_PUBLICS", "62", AddressedCell.Kind.DOUBLON));
    }

    @Test
    void an_offer_from_scratch_needs_a_title_and_nothing_is_created_without_one() {
        loginInFrench(OfferFixtures.LEAD);
        navigate(OffersView.class);
        Map<String, Integer> rowsBefore = TableRows.count(jdbc);

        _click(byId(Button.class, "offers-new"));
        TextField title = byId(TextField.class, "new-offer-title");
        assertThat(title.getValue()).isEmpty();
        _click(byId(Button.class, "new-offer-create"));

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Le titre est obligatoire.");
        assertThat(byId(Dialog.class, "new-offer-dialog").isOpened()).isTrue();
        assertThat(TableRows.count(jdbc)).isEqualTo(rowsBefore);

        _setValue(title, "Téléphonie mutualisée");
        _click(byId(Button.class, "new-offer-create"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OfferEditorView.class);
        assertThat(byId(TextField.class, "offer-title").getValue()).isEqualTo("Téléphonie mutualisée");
        assertThat(servicesField().getValue()).isEmpty();
        assertThat(reload(openOfferId()).getAddressedCells()).isEmpty();
    }

    @Test
    void esc_on_the_new_offer_dialog_asks_before_dropping_a_typed_title() {
        // the focus in its title and Enter are checked in a real browser (OfferCoEditingBrowserTest)
        loginInFrench(OfferFixtures.LEAD);
        navigate(OffersView.class);
        _click(byId(Button.class, "offers-new"));
        Dialog dialog = byId(Dialog.class, "new-offer-dialog");
        TextField title = _get(dialog, TextField.class, spec -> spec.withId("new-offer-title"));

        _setValue(title, "Téléphonie");
        pressEsc(dialog);
        assertThat(dialog.isOpened()).isTrue();
        ConfirmDialogKt._fireConfirm(byId(ConfirmDialog.class, "confirm-dialog"));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OffersView.class);

        _click(byId(Button.class, "offers-new"));
        Dialog clean = byId(Dialog.class, "new-offer-dialog");
        pressEsc(clean);
        assertThat(clean.isOpened()).as("nothing typed: closes at once").isFalse();
    }

    @Test
    void an_empty_title_is_refused_in_french_and_the_other_changes_are_not_saved() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        Map<String, Integer> rowsBefore = TableRows.count(jdbc);

        _setValue(byId(TextArea.class, "offer-summary"), "Résumé qui ne doit pas partir seul");
        _setValue(byId(TextField.class, "offer-title"), "");
        _click(byId(Button.class, "offer-save"));

        assertThat(notificationTexts()).contains("Le titre est obligatoire.");
        assertNothingSaved(offer, rowsBefore);
    }

    @Test
    void an_end_before_the_start_is_refused_in_french_and_nothing_is_saved() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        Map<String, Integer> rowsBefore = TableRows.count(jdbc);

        _setValue(byId(TextField.class, "offer-title"), "Titre qui ne doit pas partir seul");
        _setValue(byId(DatePicker.class, "offer-start"), LocalDate.of(2027, 6, 1));
        _setValue(byId(DatePicker.class, "offer-end"), LocalDate.of(2027, 1, 31));
        _click(byId(Button.class, "offer-save"));

        assertThat(notificationTexts()).contains("La date de fin ne peut pas précéder la date de début.");
        assertNothingSaved(offer, rowsBefore);
    }

    private void assertNothingSaved(JointOffer offer, Map<String, Integer> rowsBefore) {
        JointOffer after = reload(offer.getId());
        assertThat(after.getTitle()).isEqualTo(offer.getTitle());
        assertThat(after.getSummary()).isEqualTo(offer.getSummary());
        assertThat(after.getVersion()).isEqualTo(offer.getVersion());
        assertThat(TableRows.count(jdbc)).isEqualTo(rowsBefore);
    }

    private static Long openOfferId() {
        return Long.valueOf(UI.getCurrent().getActiveViewLocation().getPath().replace("offres/", ""));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<ServiceLine> servicesField() {
        return byId(MultiSelectComboBox.class, "offer-services");
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<Departement> departementsField() {
        return byId(MultiSelectComboBox.class, "offer-departements");
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<AddressedCell> addressedField() {
        return byId(MultiSelectComboBox.class, "offer-addressed");
    }
}
