package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.tabs.TabSheet;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.offer.service.OfferCommentService;
import fr.metamut.offer.service.OfferHistoryService;

/** Below an offer's form: its discussion and its history. */
public class OfferTabs extends TabSheet {

    private final HistoryPanel history;

    public OfferTabs(OfferCommentService comments, OfferHistoryService history, ChangeFeed feed, Long offerId,
                     boolean canComment) {
        setWidthFull();
        add(getTranslation("offer.tab.discussion"), new CommentsPanel(comments, feed, offerId, canComment));
        this.history = new HistoryPanel(history, offerId);
        add(getTranslation("offer.tab.history"), this.history);
    }

    public void refreshHistory() {
        history.refresh();
    }
}
