package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageInputI18n;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.Notifications;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.offer.domain.OfferChangedEvent;
import fr.metamut.offer.domain.OfferComment;
import fr.metamut.offer.service.OfferCommentService;

/** The offer's discussion, live: messages with their author and time, and a box to write with @mentions. */
public class CommentsPanel extends VerticalLayout {

    private final OfferCommentService comments;
    private final Long offerId;
    private final MessageList list = new MessageList();

    public CommentsPanel(OfferCommentService comments, ChangeFeed feed, Long offerId, boolean canWrite) {
        this.comments = comments;
        this.offerId = offerId;
        setId("offer-comments");
        setPadding(false);
        list.setId("offer-comment-list");
        add(list);
        if (canWrite) {
            MessageInput input = new MessageInput();
            input.setId("offer-comment-input");
            input.setWidthFull();
            input.setI18n(new MessageInputI18n().setMessage(getTranslation("comment.input.message"))
                    .setSend(getTranslation("comment.input.send")));
            input.addSubmitListener(submit -> {
                if (Notifications.attempt(() -> comments.post(offerId, submit.getValue()))) {
                    refresh();
                }
            });
            Paragraph hint = new Paragraph(getTranslation("comment.hint"));
            hint.addClassName("source");
            add(input, hint);
        }
        refresh();
        LiveRefresh.bind(this, feed, OfferChangedEvent.topicOf(offerId) + "/comments", this::refresh);
    }

    private void refresh() {
        list.setItems(comments.thread(offerId).stream().map(this::item).toList());
    }

    /**
     * The message with its time in the application's one format and zone (Europe/Paris, as history and bell):
     * given to the list, the time would be formatted by the browser in the browser's own zone.
     */
    private MessageListItem item(OfferComment comment) {
        MessageListItem item = new MessageListItem(comment.getText(), null,
                comment.getAuthorName() + " · " + Formats.dateTime(comment.getCreatedAt()));
        item.setUserAbbreviation(initials(comment.getAuthorName()));
        return item;
    }

    private static String initials(String name) {
        return java.util.Arrays.stream(name.trim().split("\\s+")).filter(word -> !word.isEmpty()).limit(2)
                .map(word -> word.substring(0, 1).toUpperCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining());
    }
}
