/** The account form used by the administrators' page. */
package fr.metamut.security.ui.component;
