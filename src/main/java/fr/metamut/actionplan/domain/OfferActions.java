package fr.metamut.actionplan.domain;

import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The actions a joint offer stands for: one per milestone (its title and date), or one for the whole
 * offer (its title and end date) when it has no milestone. Each carries a key naming what it stands
 * for, so generating again skips what already exists.
 */
public final class OfferActions {

    /** The key of the single action of an offer without milestones. */
    public static final String WHOLE_OFFER_KEY = "OFFER";

    /** An action to generate: the key of the step it stands for, its title and due date. */
    public record Planned(String originKey, String title, @Nullable LocalDate dueDate) {
    }

    private OfferActions() {
    }

    public static List<Planned> planFor(JointOffer offer) {
        List<Milestone> milestones = offer.getMilestones();
        if (milestones.isEmpty()) {
            return List.of(new Planned(WHOLE_OFFER_KEY, offer.getTitle(), offer.getEndDate()));
        }
        Map<String, Planned> planned = new LinkedHashMap<>();
        for (Milestone milestone : milestones) {
            String key = keyOf(milestone);
            planned.putIfAbsent(key, new Planned(key, milestone.getTitle().strip(), milestone.getDueDate()));
        }
        return List.copyOf(planned.values());
    }

    /** What generation would still create, given the keys of the offer's existing actions. */
    public static List<Planned> missing(JointOffer offer, Set<String> existingKeys) {
        List<Planned> missing = new ArrayList<>();
        for (Planned planned : planFor(offer)) {
            if (!existingKeys.contains(planned.originKey())) {
                missing.add(planned);
            }
        }
        return missing;
    }

    /** A milestone is known by its date and title (two steps may share a title at different dates). */
    static String keyOf(Milestone milestone) {
        String key = "M|" + (milestone.getDueDate() == null ? "" : milestone.getDueDate()) + "|" + milestone.getTitle().strip();
        return key.length() <= PlanAction.ORIGIN_KEY_MAX_LENGTH ? key : key.substring(0, PlanAction.ORIGIN_KEY_MAX_LENGTH);
    }
}
