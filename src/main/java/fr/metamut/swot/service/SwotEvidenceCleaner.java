package fr.metamut.swot.service;

import fr.metamut.partnership.domain.PartnershipsChangedEvent;
import fr.metamut.swot.domain.SwotChangedEvent;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.domain.SwotItemRepository;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a partnership is removed, the SWOT items that cite it drop the link, in the same transaction
 * (so the removal never fails on a dangling reference and the history shows the change).
 */
@Component
public class SwotEvidenceCleaner {

    private final SwotItemRepository items;
    private final ApplicationEventPublisher events;

    public SwotEvidenceCleaner(SwotItemRepository items, ApplicationEventPublisher events) {
        this.items = items;
        this.events = events;
    }

    @EventListener
    public void on(PartnershipsChangedEvent event) {
        if (event.change() != PartnershipsChangedEvent.Change.REMOVED) {
            return;
        }
        List<SwotItem> citing = items.findByEvidencePartnershipId(event.partnershipId());
        citing.forEach(SwotItem::forgetPartnership);
        if (!citing.isEmpty()) {
            items.flush();
            events.publishEvent(new SwotChangedEvent(null, event.changedBy()));
        }
    }
}
