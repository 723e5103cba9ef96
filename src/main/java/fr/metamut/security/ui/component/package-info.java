/** The account form used by the administrators' page, and the user's own profile form on "Mon compte". */
package fr.metamut.security.ui.component;
