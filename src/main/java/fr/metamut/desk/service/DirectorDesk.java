package fr.metamut.desk.service;

import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.PriorityGap;
import fr.metamut.notification.domain.Notification;
import fr.metamut.partnership.domain.Partnership;
import java.util.List;

/**
 * What a director's operator must do next.
 *
 * @param territory    the départements where the operator works (its home and wherever it offers a service)
 * @param gaps         services asked for and offered by nobody in that territory, most asked first
 * @param offers       offers of the operator waiting on it: drafts to complete, changes asked by the Région
 * @param news         notifications not yet read (mentions, comments, decisions)
 * @param lateActions  the operator's actions past their due date, not done
 * @param dueSoon      the operator's actions due within {@link DeskService#DUE_SOON_DAYS} days
 * @param endingSoon   partnerships of the operator ending within {@link DeskService#ENDING_SOON_DAYS} days
 */
public record DirectorDesk(String operator, List<CoverageInput.Departement> territory, List<PriorityGap> gaps, List<OfferLine> offers,
                           List<Notification> news, List<ActionRow> lateActions, List<ActionRow> dueSoon,
                           List<Partnership> endingSoon) {

    /** What the desk shows of the coverage matrix. */
    public DirectorCoverage coverage() {
        return new DirectorCoverage(territory, gaps);
    }
}
