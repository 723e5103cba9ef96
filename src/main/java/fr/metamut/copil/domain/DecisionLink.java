package fr.metamut.copil.domain;

import java.util.function.BinaryOperator;
import org.jspecify.annotations.Nullable;

/** What a committee decision may be about: a joint offer, an action of the plan or a SWOT (AFOM) item. */
public enum DecisionLink {
    OFFER, ACTION, SWOT;

    /** The translation key of the kind's name. */
    public String messageKey() {
        return "copil.link." + name();
    }

    /**
     * What a decision is about, as "Offre conjointe : Portail citoyen": {@code labelled} joins the kind's name and the
     * item's title (the bundle's {@code copil.link.label}); a title that already starts with the kind's name, as the
     * offers drafted from a gap do ("Offre conjointe : ADS (62)"), is shown alone rather than prefixed twice.
     */
    public static String about(String kindName, @Nullable String title, BinaryOperator<String> labelled) {
        return title != null && title.regionMatches(true, 0, kindName, 0, kindName.length())
                ? title : labelled.apply(kindName, title);
    }
}
