/** Coverage pages. */
package fr.metamut.coverage.ui;
