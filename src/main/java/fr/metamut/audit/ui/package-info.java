/** The audit log page for administrators. */
package fr.metamut.audit.ui;
