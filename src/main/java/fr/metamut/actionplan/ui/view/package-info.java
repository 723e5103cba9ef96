/** The action plan page: KPIs, filters, and the list, by-operator and month-by-month views. */
package fr.metamut.actionplan.ui.view;
