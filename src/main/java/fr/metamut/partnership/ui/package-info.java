/** The partnership registry's screens. */
package fr.metamut.partnership.ui;
