package fr.metamut.swot.domain;

import fr.metamut.base.domain.DataChangedEvent;
import org.jspecify.annotations.Nullable;

/** Published inside the transaction that changes the SWOT board; open boards refresh once it commits. */
public record SwotChangedEvent(@Nullable Long itemId, String changedBy) implements DataChangedEvent {

    public static final String TOPIC = "swot";

    @Override
    public String topic() {
        return TOPIC;
    }
}
