/** Fills each revision with the current user. */
package fr.metamut.audit.service;
