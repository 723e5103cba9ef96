package fr.metamut.desk.service;

import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.notification.domain.Notification;
import fr.metamut.offer.domain.OfferStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the Région's coordinators must decide.
 *
 * @param queue          offers submitted or under review, the longest waiting first
 * @param byStatus       how many offers are in each state (drafts excluded: they are the operators' own)
 * @param budgetValidated the total budget of the validated offers
 * @param gapsAddressed  gaps (service × département) that a validated offer addresses
 * @param lateActions    every action of the plan past its due date, not done
 */
public record CoordinatorDesk(List<OfferLine> queue, Map<OfferStatus, Long> byStatus, BigDecimal budgetValidated,
                              long gapsAddressed, List<Notification> news, List<ActionRow> lateActions) {
}
