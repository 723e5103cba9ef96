/**
 * Helpers that bind a component's lifetime to the change feed ({@code LiveRefresh}) and to a presence
 * room ({@code PresenceAvatars}).
 */
package fr.metamut.collaboration.ui.component;
