package fr.metamut.actionplan.service;

import fr.metamut.actionplan.domain.ActionRow;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An action's links as one line of text ("Offre conjointe : … ; AFOM : … ; Absence : … en 62"). */
public final class ActionLinksText {

    /** Translates a key with its arguments (a view's {@code getTranslation}, or the translation provider). */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, @Nullable Object... arguments);
    }

    private ActionLinksText() {
    }

    public static String of(ActionRow.Links links, Translator translator) {
        List<String> parts = new ArrayList<>();
        if (links.offerId() != null) {
            parts.add(translator.translate("plan.link.offer", links.offerTitle()));
        }
        if (links.swotItemId() != null) {
            parts.add(translator.translate("plan.link.swot", links.swotItemTitle()));
        }
        if (links.hasGap()) {
            parts.add(translator.translate("plan.link.gap", links.gapServiceName(), links.gapDepartementCode()));
        }
        return String.join(" ; ", parts);
    }
}
