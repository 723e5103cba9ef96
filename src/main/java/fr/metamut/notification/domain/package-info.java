/**
 * The notification entity (with where its e-mail stands), the kinds users choose for, their e-mail preferences,
 * and the event that asks for a mail after commit.
 */
@NullMarked
package fr.metamut.notification.domain;

import org.jspecify.annotations.NullMarked;
