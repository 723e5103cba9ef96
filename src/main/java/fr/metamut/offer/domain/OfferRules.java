package fr.metamut.offer.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a joint offer's content must respect to be saved, each rule about one field so that forms mark
 * the field it concerns. Plain Java: the service runs it before writing, the tests run it directly.
 */
public final class OfferRules {

    /** Budgets are stored as numeric(14, 2): below a thousand billion euros, in cents at most. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    public static final int MILESTONE_TITLE_MAX_LENGTH = Milestone.TITLE_MAX_LENGTH;

    private OfferRules() {
    }

    /** Every problem of the content, in the order of the form; empty when it may be saved. */
    public static List<OfferProblem> check(OfferContent c, Long leadId) {
        List<OfferProblem> problems = new ArrayList<>();
        if (c.title() == null || c.title().isBlank()) {
            problems.add(OfferProblem.on(OfferField.TITLE, "offer.error.titleRequired"));
        } else {
            tooLong(c.title(), JointOffer.TITLE_MAX_LENGTH, OfferField.TITLE, problems);
        }
        tooLong(c.summary(), JointOffer.TEXT_MAX_LENGTH, OfferField.SUMMARY, problems);
        tooLong(c.benefits(), JointOffer.TEXT_MAX_LENGTH, OfferField.BENEFITS, problems);
        if (c.budgetTotal() != null && !validAmount(c.budgetTotal())) {
            problems.add(OfferProblem.on(OfferField.BUDGET_TOTAL, "offer.error.budget"));
        }
        if (c.startDate() != null && c.endDate() != null && c.endDate().isBefore(c.startDate())) {
            problems.add(OfferProblem.on(OfferField.END_DATE, "offer.error.dates").reading(OfferField.START_DATE));
        }
        for (Milestone milestone : c.milestones()) {
            if (milestone.getTitle() == null || milestone.getTitle().isBlank()
                    || milestone.getTitle().strip().length() > MILESTONE_TITLE_MAX_LENGTH) {
                problems.add(OfferProblem.on(OfferField.MILESTONES, "offer.error.milestone", MILESTONE_TITLE_MAX_LENGTH));
                break;
            }
        }
        shares(c, leadId, problems);
        return problems;
    }

    /** The same message as the forms' live counter: "200 caractères au plus (2 000 saisis)". */
    private static void tooLong(@Nullable String text, int max, OfferField field, List<OfferProblem> problems) {
        if (text != null && text.strip().length() > max) {
            problems.add(OfferProblem.on(field, "form.error.tooLong", max, text.strip().length()));
        }
    }

    private static void shares(OfferContent c, Long leadId, List<OfferProblem> problems) {
        Set<Long> parties = new HashSet<>(c.partnerIds());
        parties.add(leadId);
        BigDecimal sum = BigDecimal.ZERO;
        for (BudgetShare share : c.budgetShares()) {
            if (!parties.contains(share.getOperatorId())) {
                problems.add(OfferProblem.on(OfferField.BUDGET_SHARES, "offer.error.shareNotParty").reading(OfferField.PARTNERS));
                return;
            }
            if (share.getAmount() == null || !validAmount(share.getAmount())) {
                problems.add(OfferProblem.on(OfferField.BUDGET_SHARES, "offer.error.share"));
                return;
            }
            sum = sum.add(share.getAmount());
        }
        if (c.budgetTotal() != null && validAmount(c.budgetTotal()) && sum.compareTo(c.budgetTotal()) > 0) {
            problems.add(OfferProblem.on(OfferField.BUDGET_SHARES, "offer.error.sharesExceedTotal")
                    .reading(OfferField.BUDGET_TOTAL));
        }
    }

    /** Positive or zero, below the maximum, and in cents at most: never rounded behind the user's back. */
    public static boolean validAmount(BigDecimal amount) {
        return amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) < 0 && amount.stripTrailingZeros().scale() <= 2;
    }
}
