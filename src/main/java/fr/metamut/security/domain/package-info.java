/** User accounts and their repository; the temporary login locks that must survive a restart. */
@NullMarked
package fr.metamut.security.domain;

import org.jspecify.annotations.NullMarked;
