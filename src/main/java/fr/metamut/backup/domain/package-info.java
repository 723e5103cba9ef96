/** What backups are called and which ones are kept: plain Java, no Spring. */
@NullMarked
package fr.metamut.backup.domain;

import org.jspecify.annotations.NullMarked;
