/**
 * The action entity with its invariants, its repository and change event, the record of which late actions were
 * told to their directors ({@link fr.metamut.actionplan.domain.LateActionNotice}), and the pure computations
 * on the plan (overdue, filters, KPIs, the by-operator and month-by-month views) on plain
 * {@link fr.metamut.actionplan.domain.ActionRow} records, unit-tested without Spring or Vaadin.
 */
@NullMarked
package fr.metamut.actionplan.domain;

import org.jspecify.annotations.NullMarked;
