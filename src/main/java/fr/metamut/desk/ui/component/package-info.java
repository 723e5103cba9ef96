/** The desk's blocks. */
package fr.metamut.desk.ui.component;
