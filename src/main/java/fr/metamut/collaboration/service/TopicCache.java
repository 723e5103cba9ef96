package fr.metamut.collaboration.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read from the database and shared by every session until their topic announces a change in the
 * {@link ChangeFeed}. The topic's count is noted before reading, and announcements come after commit, so a kept value
 * is at least as new as every change announced when it was read. A change made on another node moves the topic here
 * when its notice arrives, and every topic looks again when the cluster bridge reconnects: the same "look again" that
 * open screens follow. Kept values are shared: read them, never change them.
 *
 * <p>A value read inside a caller's transaction is not kept: that transaction may still roll back what it saw. A
 * loader's {@code null} (nothing to read) is not kept either. Past {@code capacity} keys, everything kept is dropped
 * (and read again when asked).
 */
public final class TopicCache<K, V> {

    private record Kept<V>(long announced, V value) {
    }

    private final ChangeFeed feed;
    private final Function<K, String> topicOf;
    private final int capacity;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

    public TopicCache(ChangeFeed feed, Function<K, String> topicOf, int capacity) {
        this.feed = feed;
        this.topicOf = topicOf;
        this.capacity = capacity;
    }

    /** The value kept for the key if its topic announced no change since it was read; else read now by the loader. */
    public @Nullable V get(K key, Function<K, @Nullable V> loader) {
        long announced = feed.announced(topicOf.apply(key));
        Kept<V> current = kept.get(key);
        if (current != null && current.announced() >= announced) {
            return current.value();
        }
        V fresh = loader.apply(key);
        if (fresh != null && !TransactionSynchronizationManager.isActualTransactionActive()) {
            if (kept.size() >= capacity) {
                kept.clear();
            }
            kept.merge(key, new Kept<>(announced, fresh), (old, newer) -> old.announced() >= newer.announced() ? old : newer);
        }
        return fresh;
    }
}
