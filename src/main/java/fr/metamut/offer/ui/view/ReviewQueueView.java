package fr.metamut.offer.ui.view;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.domain.Role;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.offer.service.OfferService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** The Région's validation queue: submitted and under-review offers, oldest first, with their age. */
@Route("instruction")
@Menu(order = 12.5, icon = "vaadin:inbox", title = "nav.queue")
@RolesAllowed(Role.COORDINATOR_NAME)
public class ReviewQueueView extends OffersView {

    public ReviewQueueView(OfferService offers, CatalogService catalog, CurrentUser currentUser, ChangeFeed feed,
                           Clock clock) {
        super(offers, catalog, currentUser, feed, clock, true);
    }

    @Override
    public String viewTitle() {
        return getTranslation("queue.title");
    }
}
