package fr.metamut.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A NUL typed (or pasted) in a form reaches the user as a French message on the field, not as an error in the log. */
class UnstorableTextKaribuTest extends KaribuTest {

    @Autowired
    OfferingRepository offerings;

    @Test
    void an_offering_note_with_a_nul_is_refused_with_a_french_message_and_the_dialog_keeps_it() {
        long before = offerings.count();
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        UI.getCurrent().navigate("operateurs/SOMME_NUM");

        _click(_get(Button.class, spec -> spec.withId("offering-add")));
        ComboBox<Departement> departement = _get(ComboBox.class, spec -> spec.withId("offering-departement"));
        ComboBoxKt.selectByLabel(departement, "80 Somme");
        ComboBox<ServiceLine> service = _get(ComboBox.class, spec -> spec.withId("offering-service"));
        service.setValue(ComboBoxKt.getSuggestionItems(service).stream()
                .filter(s -> offerings.findAll().stream().noneMatch(o -> o.getServiceLine().getId().equals(s.getId())
                        && o.getDepartement().getCode().equals("80") && o.getOperator().getCode().equals("SOMME_NUM")))
                .findFirst().orElseThrow());
        TextArea note = _get(TextArea.class, spec -> spec.withId("offering-note"));
        _setValue(note, "Sur\u0000devis");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        // on the field it is about, before the service is even asked (which would refuse it too)
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Un texte contient un caractère invalide ou invisible (U+0000)"
                + " juste après « Sur » : il ne peut pas être enregistré. Supprimez ce caractère (il vient souvent"
                + " d’un copier-coller), puis réessayez.");
        assertThat(note.getValue()).isEqualTo("Sur\u0000devis");
        assertThat(notificationTexts()).isEmpty();
        _get(Dialog.class, spec -> spec.withId("offering-dialog"));
        assertThat(offerings.count()).isEqualTo(before);
    }

    @Test
    void the_shared_validator_shows_the_refusal_on_the_field() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        TextField title = new TextField();
        UI.getCurrent().add(title);
        Binder<StringBuilder> binder = new Binder<>();
        binder.forField(title).withValidator(new StorableTextValidator())
                .bind(StringBuilder::toString, (b, v) -> b.replace(0, b.length(), v));

        title.setValue("\uDC4D titre");
        assertThat(binder.validate().isOk()).isFalse();
        assertThat(title.getErrorMessage()).startsWith("Un texte commence par un caractère invalide ou invisible (U+DC4D)");

        title.setValue("Titre\t👍");
        assertThat(binder.validate().isOk()).isTrue();
    }
}
