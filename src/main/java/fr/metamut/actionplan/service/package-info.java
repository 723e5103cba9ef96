/**
 * Action plan services: reading the plan, creating, changing, deleting and generating actions with the
 * role checks of {@link fr.metamut.actionplan.service.ActionPermissions}, the Envers history, and the
 * plain rows the workbook export writes as its "Plan d’actions" sheet.
 */
package fr.metamut.actionplan.service;
