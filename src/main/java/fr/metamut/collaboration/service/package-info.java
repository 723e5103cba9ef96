/**
 * The change feed that relays committed data changes to the open UIs (server push), and the presence
 * rooms (who has an item open, in which field), freed on detach or when a browser falls silent. With several
 * nodes on one PostgreSQL database, the cluster bridge carries both to the other nodes through LISTEN/NOTIFY.
 */
package fr.metamut.collaboration.service;
