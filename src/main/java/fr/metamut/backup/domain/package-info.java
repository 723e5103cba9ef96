/** What backups are called and which ones are kept: plain Java, no Spring. */
package fr.metamut.backup.domain;
