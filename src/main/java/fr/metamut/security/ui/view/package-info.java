/** The login page and the administrators' account management page. */
package fr.metamut.security.ui.view;
