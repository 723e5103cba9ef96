/** The desk page, the application's home. */
package fr.metamut.desk.ui.view;
