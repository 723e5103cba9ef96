/** The administrators' audit log page: a lazy, filterable grid. */
package fr.metamut.audit.ui.view;
