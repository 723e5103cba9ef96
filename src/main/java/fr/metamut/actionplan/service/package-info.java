/**
 * Action plan services: reading the plan, creating, changing, deleting and generating actions with the
 * role checks of {@link fr.metamut.actionplan.service.ActionPermissions}, the Envers history, the
 * plain rows the workbook export writes as its "Plan d’actions" sheet, and the actions linked to each
 * SWOT item as the SWOT board shows them.
 */
package fr.metamut.actionplan.service;
