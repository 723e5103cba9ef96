package fr.metamut.partnership.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the registry is narrowed to: an operator taking part, a type, a status, and words found in the
 * name, description, parties, services or départements. Every criterion is optional.
 */
public record PartnershipFilter(@Nullable Long operatorId, @Nullable PartnershipType type, @Nullable PartnershipStatus status, @Nullable String text) {

    public static final PartnershipFilter ALL = new PartnershipFilter(null, null, null, null);

    public boolean matches(Partnership partnership) {
        return (operatorId == null || partnership.involves(operatorId))
                && (type == null || partnership.getType() == type)
                && (status == null || partnership.getStatus() == status)
                && containsText(partnership);
    }

    /** The same filter for another operator (or none): the network picture keeps the other criteria. */
    public PartnershipFilter withOperator(Long operator) {
        return new PartnershipFilter(operator, type, status, text);
    }

    private boolean containsText(Partnership partnership) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return partnership.searchableText().toLowerCase(Locale.ROOT).contains(needle);
    }
}
