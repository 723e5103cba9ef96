/** UI side of live collaboration. */
package fr.metamut.collaboration.ui;
