package fr.metamut.collaboration.service;

/**
 * Where {@link PresenceService} tells the other nodes about the seats taken on this one
 * ({@link ClusterChangeBridge} on PostgreSQL; nobody on a single node).
 */
interface PresenceRelay {

    PresenceRelay NOBODY = new PresenceRelay() {
        @Override
        public void seated(String room, String key, Presence presence) {
        }

        @Override
        public void left(String room, String key) {
        }
    };

    /** A seat of this node was taken, changed, or is still taken (sent again now and then, and on a roll call). */
    void seated(String room, String key, Presence presence);

    /** A seat of this node was freed. */
    void left(String room, String key);
}
