package fr.metamut.collaboration.service;

import java.util.Collection;

/**
 * Published on this node when another node sharing the database committed a change under {@code topic}
 * ({@link ClusterChangeBridge}), just before the topic's signal moves here: a cache that serves several UIs
 * drops what the change made stale, so the screens that then look again read the new data. After a lost
 * connection the topic is {@link #ANY_TOPIC}: notices may have been missed, every cache is stale.
 *
 * <p>Deliberately not a {@link fr.metamut.base.domain.DataChangedEvent}: the change was announced on its own
 * node, where derived announcements (e.g. the coverage screens' topic) are made once and travel like any other.
 */
public record ChangedOnAnotherNode(String topic) {

    public static final String ANY_TOPIC = "*";

    /** Notices may have been missed (the listening connection was lost): anything may have changed. */
    public static ChangedOnAnotherNode anything() {
        return new ChangedOnAnotherNode(ANY_TOPIC);
    }

    /** Whether data under one of these topics may have changed. */
    public boolean concerns(Collection<String> topics) {
        return ANY_TOPIC.equals(topic) || topics.contains(topic);
    }
}
