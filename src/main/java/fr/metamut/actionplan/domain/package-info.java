/**
 * The action entity with its invariants, its repository and change event, and the pure computations
 * on the plan (overdue, filters, KPIs, the by-operator and month-by-month views) on plain
 * {@link fr.metamut.actionplan.domain.ActionRow} records, unit-tested without Spring or Vaadin.
 */
package fr.metamut.actionplan.domain;
