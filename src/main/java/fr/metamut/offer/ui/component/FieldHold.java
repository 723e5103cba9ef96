package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableRunnable;
import fr.metamut.offer.domain.OfferField;

/**
 * Beside a field someone is typing in: the value another person saved in it meanwhile, held back rather
 * than written over the typing ("Direction Adico a enregistré 150 000 € : garder le mien / prendre le
 * sien"). Hidden while nothing is held.
 */
public class FieldHold extends Div {

    private final Span text = new Span();
    private SerializableRunnable keepMine = () -> { };
    private SerializableRunnable takeTheirs = () -> { };

    public FieldHold(OfferField field) {
        setId("offer-hold-" + field.name());
        addClassName("field-hold");
        text.setId("offer-hold-text-" + field.name());
        Button keep = new Button(getTranslation("offer.hold.keepMine"), click -> keepMine.run());
        keep.setId("offer-hold-keep-" + field.name());
        Button take = new Button(getTranslation("offer.hold.takeTheirs"), click -> takeTheirs.run());
        take.setId("offer-hold-take-" + field.name());
        for (Button button : new Button[] {keep, take}) {
            button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        }
        add(text, keep, take);
        setVisible(false);
    }

    /** Shows who saved which value; the buttons run the user's choice. */
    public void show(String author, String value, SerializableRunnable onKeepMine, SerializableRunnable onTakeTheirs) {
        text.setText(getTranslation("offer.hold.text", author, value));
        keepMine = onKeepMine;
        takeTheirs = onTakeTheirs;
        setVisible(true);
    }

    public void hide() {
        setVisible(false);
    }

    public String text() {
        return text.getText();
    }
}
