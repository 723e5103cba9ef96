package fr.metamut.base.ui.component;

import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import org.springframework.web.util.HtmlUtils;

/**
 * A picture drawn on the server as SVG text (no chart library, no npm build): the one way Métamut draws charts,
 * the map and the network. Every text that goes into the SVG, in an element or in an attribute, goes through
 * {@link #escape}, which escapes {@code & < > " '} (Spring's HTML escaping), so that a name typed by a user
 * cannot end an attribute or open an element. A click on a shape that carries {@code data-code} reports the
 * code ({@link #onCodeClick}).
 */
public class SvgPicture extends Div {

    /** The text made safe for an SVG element's content or a quoted attribute value; {@code null} is empty. */
    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** Shows {@code svg}, which its producer built with every text {@link #escape escaped}. */
    public void draw(String svg) {
        getElement().setProperty("innerHTML", svg);
    }

    /** Calls {@code listener} with the {@code data-code} of the shape clicked (not for clicks elsewhere). */
    public void onCodeClick(Consumer<String> listener) {
        getElement().addEventListener("click", event -> {
            var node = event.getEventData().get("event.target.dataset.code");
            String code = node == null || node.isNull() ? "" : node.asString();
            if (!code.isEmpty()) {
                listener.accept(code);
            }
        }).addEventData("event.target.dataset.code");
    }
}
