package fr.metamut.offer.domain;

import fr.metamut.base.domain.UserFacingException;
import java.util.List;

/**
 * A joint offer's content refused, field by field: nothing was written. Its own message is the first
 * problem's (or a count when there are several), so a toast still says something useful; forms show
 * each problem on its field.
 */
public class OfferInvalidException extends UserFacingException {

    private final transient List<OfferProblem> problems;

    public OfferInvalidException(List<OfferProblem> problems) {
        super(problems.size() == 1 ? problems.getFirst().messageKey() : "offer.error.several",
                problems.size() == 1 ? problems.getFirst().arguments().toArray() : new Object[] {problems.size()});
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid offer has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<OfferProblem> getProblems() {
        return problems;
    }
}
