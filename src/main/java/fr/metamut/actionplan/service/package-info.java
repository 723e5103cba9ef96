/**
 * Action plan services: reading the plan, creating, changing, deleting and generating actions with the
 * role checks of {@link fr.metamut.actionplan.service.ActionPermissions}, the Envers history, the
 * plain rows the workbook export writes as its "Plan d’actions" sheet, the actions linked to each
 * SWOT item as the SWOT board shows them, and the daily job that tells directors of their operator's newly late
 * actions ({@link fr.metamut.actionplan.service.LateActionNotices}).
 */
@NullMarked
package fr.metamut.actionplan.service;

import org.jspecify.annotations.NullMarked;
