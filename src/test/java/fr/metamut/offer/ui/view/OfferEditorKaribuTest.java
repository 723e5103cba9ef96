package fr.metamut.offer.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.base.ui.component.AmountField;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.collaboration.service.Presence;
import fr.metamut.collaboration.service.PresenceService;
import fr.metamut.offer.domain.BudgetShare;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.ui.OfferKaribuTest;
import fr.metamut.offer.ui.component.ConflictDialog;
import fr.metamut.offer.ui.component.OfferForm;
import fr.metamut.support.TestUsers;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The offer editor: saving, who may edit or only read, live merge of another user's save, the conflict
 * dialog, and presence (avatars and the field someone else is editing).
 */
class OfferEditorKaribuTest extends OfferKaribuTest {

    @Autowired
    PresenceService presence;

    @Test
    void lead_saves_changes_of_the_draft() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());

        _setValue(byId(TextField.class, "offer-title"), "Archivage mutualisé de la Somme");
        _setValue(byId(TextArea.class, "offer-summary"), "Un coffre-fort commun aux deux opérateurs");
        _click(byId(Button.class, "offer-save"));

        assertThat(notificationTexts()).contains("Modifications enregistrées : Titre, Résumé.");
        JointOffer saved = reload(offer.getId());
        assertThat(saved.getTitle()).isEqualTo("Archivage mutualisé de la Somme");
        assertThat(saved.getSummary()).isEqualTo("Un coffre-fort commun aux deux opérateurs");
        assertThat(saved.getBenefits()).isEqualTo(offer.getBenefits());
    }

    @Test
    void coordinator_sees_no_editable_field_and_no_save_button() {
        JointOffer offer = offerIn(OfferStatus.SOUMISE);
        loginInFrench(TestUsers.COORDINATOR);
        OfferEditorView editor = openEditor(offer.getId());

        assertThat(_get(editor, OfferForm.class).fieldComponents().values()).allSatisfy(component -> {
            if (component instanceof HasValue<?, ?> field) {
                assertThat(field.isReadOnly()).as(component.getId().orElse("?")).isTrue();
            }
        });
        assertThat(_find(Button.class, spec -> spec.withId("offer-save"))).as("no save button").isEmpty();
        assertThat(byId(Button.class, "offer-action-take").isVisible()).isTrue();
    }

    @Test
    void a_director_outside_the_offer_is_refused_the_draft_but_reads_it_once_submitted() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.OUTSIDER);

        // the editor answers "not found", rather than revealing the draft
        UI.getCurrent().navigate("offres/" + offer.getId());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(fr.metamut.base.ui.view.NotFoundView.class);

        as(OfferFixtures.LEAD, () -> workflow.submit(offer.getId()));
        OfferEditorView editor = openEditor(offer.getId());
        assertThat(byId(TextField.class, "offer-title").getValue()).isEqualTo(offer.getTitle());
        assertThat(byId(TextField.class, "offer-title").isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("offer-save"))).isEmpty();
        assertThat(_find(editor, Button.class, spec -> spec.withId("offer-action-withdraw"))).isEmpty();
    }

    @Test
    void another_users_save_shows_in_untouched_fields_and_the_field_being_typed_in_is_kept() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        _setValue(byId(TextArea.class, "offer-summary"), "Ce que je suis en train d’écrire");

        OfferContent base = offer.content();
        as(OfferFixtures.PARTNER, () -> offers.save(offer.getId(), base, with(base, "Titre du partenaire",
                "Résumé du partenaire", "Bénéfices du partenaire")));
        MockVaadin.runUIQueue();

        assertThat(byId(TextField.class, "offer-title").getValue()).isEqualTo("Titre du partenaire");
        assertThat(byId(TextArea.class, "offer-benefits").getValue()).isEqualTo("Bénéfices du partenaire");
        assertThat(byId(TextArea.class, "offer-summary").getValue()).isEqualTo("Ce que je suis en train d’écrire");
    }

    @Test
    void another_users_save_keeps_the_partner_and_budget_share_i_am_adding() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Operator> partners = byId(MultiSelectComboBox.class, "offer-partners");
        Set<Operator> mine = partners.getListDataView().getItems()
                .filter(o -> Set.of("ADICO", "CAP_OISE").contains(o.getCode())).collect(Collectors.toSet());
        _setValue(partners, mine);
        _setValue(byId(AmountField.class, "offer-share-CAP_OISE"), "30000");

        OfferContent base = offer.content();
        as(OfferFixtures.PARTNER, () -> offers.save(offer.getId(), base, with(base, "Titre du partenaire",
                base.summary(), base.benefits())));
        MockVaadin.runUIQueue();

        assertThat(byId(TextField.class, "offer-title").getValue()).isEqualTo("Titre du partenaire");
        assertThat(partners.getValue()).extracting(Operator::getCode).containsExactlyInAnyOrder("ADICO", "CAP_OISE");
        assertThat(byId(AmountField.class, "offer-share-CAP_OISE").getAmount()).isEqualByComparingTo("30000");
        _click(byId(Button.class, "offer-save"));
        JointOffer saved = reload(offer.getId());
        assertThat(saved.getTitle()).isEqualTo("Titre du partenaire");
        assertThat(saved.getPartners()).extracting(Operator::getCode).containsExactlyInAnyOrder("ADICO", "CAP_OISE");
        assertThat(saved.getBudgetShares()).extracting(BudgetShare::getAmount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("30000"));
    }

    @Test
    void a_conflict_on_the_same_field_shows_both_values_keeps_my_text_and_keep_mine_saves_it() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        TextArea summary = byId(TextArea.class, "offer-summary");
        _setValue(summary, "Mon résumé");

        OfferContent base = offer.content();
        as(OfferFixtures.PARTNER, () -> offers.save(offer.getId(), base,
                with(base, base.title(), "Résumé du partenaire", base.benefits())));
        MockVaadin.runUIQueue();
        _click(byId(Button.class, "offer-save"));

        ConflictDialog dialog = _get(ConflictDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_find(dialog, Paragraph.class).stream().map(Paragraph::getText))
                .contains("Résumé du partenaire", "Mon résumé");
        assertThat(summary.getValue()).isEqualTo("Mon résumé");
        assertThat(reload(offer.getId()).getSummary()).isEqualTo("Résumé du partenaire");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ConflictDialog.Choice> choice = _get(dialog, RadioButtonGroup.class,
                spec -> spec.withId("conflict-choice-SUMMARY"));
        _setValue(choice, ConflictDialog.Choice.MINE);
        _click(_get(dialog, Button.class, spec -> spec.withId("conflict-apply")));

        assertThat(reload(offer.getId()).getSummary()).isEqualTo("Mon résumé");
        assertThat(summary.getValue()).isEqualTo("Mon résumé");
        assertThat(notificationTexts()).contains("Modifications enregistrées : Résumé.");
    }

    @Test
    void another_editor_shows_in_the_avatars_and_highlights_the_field_they_edit() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        TextField title = byId(TextField.class, "offer-title");

        var room = presence.room("offer/" + offer.getId());
        room.put("adico-browser", new Presence(OfferFixtures.PARTNER, "Direction Adico", OfferField.TITLE.name()));
        try {
            eventually(() -> {
                assertThat(byId(AvatarGroup.class, "offer-presence").getItems())
                        .extracting(AvatarGroup.AvatarGroupItem::getName).contains("Direction Adico");
                assertThat(title.getClassNames()).contains("being-edited");
                assertThat(byId(Span.class, "offer-editing-TITLE").getText()).isEqualTo("✎ En cours de modification par Direction Adico");
                assertThat(byId(TextArea.class, "offer-summary").getClassNames()).doesNotContain("being-edited");
            });
        } finally {
            room.remove("adico-browser");
        }
        // another editor's comings and goings reach this UI as pushes, not in the test's own call: wait for them
        eventually(() -> {
            assertThat(byId(AvatarGroup.class, "offer-presence").getItems())
                    .extracting(AvatarGroup.AvatarGroupItem::getName).doesNotContain("Direction Adico");
            assertThat(title.getClassNames()).doesNotContain("being-edited");
            assertThat(_find(Span.class, spec -> spec.withId("offer-editing-TITLE"))).as("hidden").isEmpty();
        });
    }

    static OfferContent with(OfferContent c, String title, String summary, String benefits) {
        return new OfferContent(title, summary, benefits, c.budgetTotal(), c.startDate(), c.endDate(),
                c.partnerIds(), c.serviceIds(), c.departementCodes(), c.milestones(), c.budgetShares(), c.addressedCells());
    }
}
