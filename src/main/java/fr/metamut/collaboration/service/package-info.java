/** The change feed that relays committed data changes to the open UIs (server push). */
package fr.metamut.collaboration.service;
